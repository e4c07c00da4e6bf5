// Regions that are states or provinces with their own government (GPE, not plain LOC), written by hand.

export const REGIONS: readonly string[] = [
  // United States
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  // Canada
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
  'Newfoundland', 'Prince Edward Island', 'Yukon', 'Nunavut',
  // Australia
  'New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania',
  'Northern Territory',
  // Germany, Austria, Switzerland
  'Bavaria', 'Baden-Wuerttemberg', 'Hesse', 'Saxony', 'Thuringia', 'Brandenburg', 'North Rhine-Westphalia',
  'Lower Saxony', 'Schleswig-Holstein', 'Saarland', 'Rhineland-Palatinate', 'Tyrol', 'Carinthia', 'Styria',
  // Spain, Italy, France, Belgium, the United Kingdom
  'Catalonia', 'Andalusia', 'Galicia', 'Basque Country', 'Navarre', 'Sicily', 'Sardinia', 'Lombardy', 'Tuscany',
  'Corsica', 'Brittany', 'Flanders', 'Wallonia',
  // Russia and the former Soviet Union
  'Tatarstan', 'Bashkortostan', 'Dagestan', 'Ingushetia', 'North Ossetia', 'South Ossetia', 'Nagorno-Karabakh',
  'Crimea', 'Siberia',
  // Asia
  'Punjab', 'Kashmir', 'Jammu and Kashmir', 'Bengal', 'West Bengal', 'Kerala', 'Tamil Nadu', 'Gujarat',
  'Maharashtra', 'Uttar Pradesh', 'Bihar', 'Assam', 'Sindh', 'Baluchistan', 'Xinjiang', 'Guangdong', 'Sichuan',
  'Yunnan', 'Hainan', 'Fujian', 'Inner Mongolia', 'Aceh', 'Bali', 'Java', 'Sumatra', 'Mindanao', 'Kurdistan',
  // Africa and the Americas
  'KwaZulu-Natal', 'Natal', 'Transvaal', 'Darfur', 'Katanga', 'Shaba', 'Kivu', 'Chiapas', 'Sao Paulo state',
]
