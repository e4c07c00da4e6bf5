// Words that mark the head of an organisation's or a place's name, written by hand for the entity features.

/** Words that end or head an organisation's name: "Acme Corp", "Bank of ...", "... Party". */
export const ORGANISATION_WORDS: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC',
  'plc', 'LLC', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'SpA', 'AB', 'ASA', 'Oy', 'Bhd', 'Pty', 'KK', 'Group',
  'Holdings', 'Holding', 'Industries', 'International', 'Bank', 'Bancorp', 'Bancshares', 'Trust', 'Capital',
  'Securities', 'Investments', 'Partners', 'Associates', 'Airlines', 'Airways', 'Motors', 'Petroleum', 'Oil',
  'Energy', 'Resources', 'Mining', 'Minerals', 'Steel', 'Telecom', 'Communications', 'Systems', 'Technologies',
  'Electric', 'Electronics', 'Pharmaceuticals', 'Chemicals', 'Foods', 'Stores', 'Exchange', 'Fund', 'Insurance',
  'Assurance', 'Party', 'Front', 'Movement', 'Alliance', 'Union', 'League', 'Congress', 'Council', 'Committee',
  'Commission', 'Ministry', 'Department', 'Agency', 'Authority', 'Office', 'Bureau', 'Board', 'Court', 'Parliament',
  'Assembly', 'Senate', 'Government', 'Army', 'Navy', 'Police', 'Forces', 'Guard', 'Brigade', 'Institute',
  'University', 'College', 'School', 'Academy', 'Foundation', 'Association', 'Federation', 'Organisation',
  'Organization', 'Society', 'Club', 'FC', 'United', 'City', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'County',
  'Town', 'Sporting', 'Real', 'Dynamo', 'Dinamo', 'Spartak', 'Lokomotiv', 'Olympique', 'Racing', 'Red Sox',
  'Yankees', 'Mets', 'Cubs', 'Giants', 'Dodgers', 'Braves', 'Rangers', 'Celtic', 'Newspaper', 'Times', 'Post',
  'News', 'Herald', 'Journal', 'Gazette', 'Radio', 'Television', 'TV', 'Network', 'Press',
]

/** Words that head or end a place's name: "River Thames", "Gulf of ...", "... Mountains". */
export const LOCATION_WORDS: readonly string[] = [
  'River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'Channel', 'Island', 'Islands', 'Isle',
  'Peninsula', 'Mount', 'Mountain', 'Mountains', 'Mt', 'Mt.', 'Hills', 'Valley', 'Desert', 'Coast', 'Cape',
  'Province', 'Region', 'State', 'County', 'District', 'Street', 'St', 'Avenue', 'Road', 'Square', 'Park',
  'Airport', 'Port', 'Harbour', 'Harbor', 'Stadium', 'Bridge', 'Canal', 'Falls', 'Beach', 'Heights', 'Plain',
  'Basin', 'Delta', 'Forest', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
  'Central', 'Upper', 'Lower', 'New', 'Fort', 'Port', 'San', 'Santa', 'Saint', 'St.', 'Los', 'Las', 'Le', 'La',
]
