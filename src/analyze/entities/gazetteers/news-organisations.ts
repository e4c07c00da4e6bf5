// News agencies, newspapers and broadcasters that copy cites as sources, written by hand for the entity features.

export const NEWS_ORGANISATIONS: readonly string[] = [
  // agencies
  'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'Agence France Presse', 'AFP', 'United Press International',
  'UPI', 'Bloomberg', 'Dow Jones', 'Interfax', 'Itar-Tass', 'ITAR-TASS', 'Tass', 'TASS', 'RIA Novosti', 'RIA',
  'Ria Novosti', 'Xinhua', 'New China News Agency', 'Kyodo', 'Jiji', 'Yonhap', 'KCNA', 'Anadolu', 'ANSA', 'EFE',
  'DPA', 'dpa', 'APA', 'ANP', 'Belga', 'PAP', 'CTK', 'MTI', 'Tanjug', 'HINA', 'BTA', 'ATA', 'MENA', 'IRNA', 'INA',
  'SPA', 'WAFA', 'Petra', 'Antara', 'Bernama', 'PTI', 'Press Trust of India', 'UNI', 'APP', 'Press Association', 'PA',
  'Canadian Press', 'AAP', 'Australian Associated Press', 'SAPA', 'Notimex', 'Prensa Latina', 'Lusa', 'NTB', 'TT',
  'Ritzau', 'STT', 'Ukrinform', 'UNIAN', 'Belta', 'Azertac', 'Knight-Ridder', 'Market News', 'Bridge News',
  // newspapers and magazines
  'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Wall Street Journal',
  'The Wall Street Journal', 'Los Angeles Times', 'USA Today', 'Chicago Tribune', 'Boston Globe', 'Financial Times',
  'The Financial Times', 'The Times', 'Times', 'Sunday Times', 'The Guardian', 'Guardian', 'The Observer', 'Observer',
  'The Independent', 'Independent', 'Daily Telegraph', 'The Daily Telegraph', 'Telegraph', 'Daily Mail',
  'Daily Mirror', 'The Sun', 'The Economist', 'Economist', 'Time', 'Newsweek', 'Forbes', 'Fortune', 'Business Week',
  'BusinessWeek', 'Le Monde', 'Le Figaro', 'Liberation', 'Les Echos', 'Der Spiegel', 'Spiegel', 'Die Welt',
  'Frankfurter Allgemeine', 'Frankfurter Allgemeine Zeitung', 'Sueddeutsche Zeitung', 'Handelsblatt', 'Bild',
  'Die Zeit', 'Focus', 'Stern', 'El Pais', 'El Mundo', 'ABC', 'La Vanguardia', 'Corriere della Sera',
  'La Repubblica', 'La Stampa', 'Il Sole 24 Ore', 'Pravda', 'Izvestia', 'Kommersant', 'Komsomolskaya Pravda',
  'Nezavisimaya Gazeta', 'Segodnya', 'Trud', "People's Daily", 'China Daily', 'South China Morning Post',
  'Asahi', 'Asahi Shimbun', 'Yomiuri', 'Yomiuri Shimbun', 'Mainichi', 'Nihon Keizai', 'Nikkei', 'Haaretz',
  'Maariv', 'Yedioth Ahronoth', 'Jerusalem Post', 'Al-Ahram', 'Al Ahram', 'Al-Hayat', 'Al Hayat', 'Hurriyet',
  'Milliyet', 'Sabah', 'Times of India', 'Hindustan Times', 'Dawn', 'Straits Times', 'Bangkok Post',
  'Sydney Morning Herald', 'The Australian', 'Globe and Mail', 'Toronto Star', 'National Post', 'Clarin',
  'La Nacion', 'Folha de Sao Paulo', 'O Globo', 'Gazeta Mercantil', 'Jornal do Brasil', 'Excelsior',
  'International Herald Tribune', 'Herald Tribune', 'Politiken', 'Aftenposten', 'Dagens Nyheter',
  'Helsingin Sanomat', 'De Telegraaf', 'NRC Handelsblad', 'Le Soir', 'De Standaard', 'Irish Times',
  'Kathimerini', 'Ta Nea', 'Rzeczpospolita', 'Gazeta Wyborcza', 'Mlada Fronta Dnes', 'Nepszabadsag',
  // broadcasters
  'BBC', 'CNN', 'CBS', 'NBC', 'ABC News', 'Fox News', 'Sky News', 'Sky', 'ITN', 'ITV', 'Channel 4', 'CNBC', 'NPR',
  'PBS', 'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Deutsche Welle', 'ZDF', 'ARD', 'RTL', 'TF1', 'France 2',
  'Radio France Internationale', 'RFI', 'RAI', 'RTE', 'NHK', 'CCTV', 'Voice of America', 'VOA', 'Radio Free Europe',
  'Radio Liberty', 'Radio Free Asia', 'Ekho Moskvy', 'NTV', 'ORT', 'RTR', 'Euronews', 'Polish Radio',
  'Radio Monte Carlo', 'Israel Radio', 'Army Radio', 'Iran Radio', 'SABC', 'CBC', 'ABC Radio', 'Xinhua News Agency',
]
