// Titles and roles that stand right before a person's name, written by hand for the entity features.

export const TITLES: readonly string[] = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mister', 'Madam', 'Madame', 'Dr', 'Dr.', 'Doctor', 'Prof',
  'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Baron', 'Baroness', 'Count', 'Countess', 'Duke', 'Duchess',
  'Prince', 'Princess', 'King', 'Queen', 'Emperor', 'Sheikh', 'Sheik', 'Emir', 'Sultan', 'Shah', 'Ayatollah',
  'Imam', 'Mullah', 'Rabbi', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Father', 'Reverend', 'Rev', 'Rev.',
  'Brother', 'Sister', 'Saint', 'President', 'Vice President', 'Vice-President', 'Premier', 'Prime Minister',
  'Minister', 'Deputy', 'Chancellor', 'Secretary', 'Secretary-General', 'Senator', 'Sen', 'Sen.', 'Congressman',
  'Congresswoman', 'Representative', 'Rep', 'Rep.', 'Governor', 'Gov', 'Gov.', 'Mayor', 'Ambassador', 'Envoy',
  'Speaker', 'Judge', 'Justice', 'Attorney General', 'Prosecutor', 'Commissioner', 'Chairman', 'Chairwoman',
  'Chair', 'Chief', 'Director', 'Spokesman', 'Spokeswoman', 'General', 'Gen', 'Gen.', 'Lieutenant', 'Lt', 'Lt.',
  'Colonel', 'Col', 'Col.', 'Major', 'Maj', 'Maj.', 'Captain', 'Capt', 'Capt.', 'Sergeant', 'Sgt', 'Sgt.',
  'Admiral', 'Adm', 'Adm.', 'Marshal', 'Field Marshal', 'Commander', 'Cmdr', 'Corporal', 'Private', 'Inspector',
  'Superintendent', 'Detective', 'Officer', 'Coach', 'Manager', 'Striker', 'Midfielder', 'Defender',
  'Goalkeeper', 'Captain', 'Skipper', 'Champion', 'Leader', 'Dictator', 'Opposition leader', 'Aide', 'Adviser',
  'Advisor', 'Economist', 'Analyst', 'Dealer', 'Trader', 'Broker', 'Strategist', 'Executive', 'CEO',
]
