/**
 * Curated cue words for typing proper names in news text. General English and general world
 * knowledge only: nothing here is taken from the sample articles, and the same lists must serve
 * any story (tests run them on other stories too).
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*/));

/** Heads of personal titles: "Prime Minister X", "CIA Director X", "Sen. X". */
export const TITLE_HEADS = words(`
  President|President-elect|Minister|Secretary|Director|Envoy|Advisor|Adviser|Ambassador|Senator|Sen.|Sen|
  Representative|Rep.|Governor|Gov.|Mayor|General|Gen.|Lieutenant|Lt.|Colonel|Col.|Admiral|Adm.|Major|Maj.|
  Captain|Capt.|Sergeant|Sgt.|Commander|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|Emir|Sultan|
  Chancellor|Chairman|Chairwoman|Chair|Chairperson|CEO|CFO|COO|CTO|Chief|Spokesman|Spokeswoman|Spokesperson|
  Judge|Justice|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Sir|Dame|Lord|Lady|Rabbi|Imam|Cardinal|Bishop|Father|
  Speaker|Leader|Commissioner|Professor|Prof.|Premier|Attorney|Coordinator|Negotiator|Mediator|Analyst|
  Correspondent|Reporter|Editor|Founder|Co-founder|Vice-President|Deputy|Councillor|Councilman|Councilwoman|
  Inspector|Superintendent|Marshal|Brigadier|Spokesman`);

/** Lowercase role nouns that announce a person's name: "analyst Paul Nesbit", "a hostage". */
export const PERSON_ROLE_NOUNS = words(`
  analyst|analysist|spokesman|spokeswoman|spokesperson|official|officer|minister|president|director|envoy|
  reporter|correspondent|economist|executive|founder|chairman|chairwoman|chief|ceo|leader|commander|general|
  senator|lawmaker|diplomat|ambassador|adviser|advisor|hostage|prisoner|soldier|journalist|author|professor|
  researcher|expert|lawyer|attorney|judge|activist|candidate|mayor|governor|secretary|negotiator|mediator|
  photographer|writer|editor|doctor|student|victim|witness|resident|farmer|worker|owner|partner|head|member`);

/** Words that head organisation names: "Israel Democracy Institute", "Daily Mail". */
export const ORG_HEADS = words(`
  Institute|Institution|Department|Ministry|Agency|Council|Committee|Commission|Corporation|Corp.|Corp|Inc.|Inc|
  Ltd.|Ltd|LLC|PLC|plc|AG|SA|N.V.|NV|GmbH|Co.|Group|Company|Bank|University|College|School|Academy|Party|Army|
  Navy|Forces|Force|Guard|Guards|Corps|Association|Organization|Organisation|Union|Foundation|Fund|Court|
  Parliament|Assembly|Authority|Bureau|Office|Service|Services|Times|Post|News|Journal|Herald|Tribune|Press|
  Telegraph|Guardian|Gazette|Chronicle|Observer|Mail|Express|Review|Magazine|Weekly|Broadcasting|Television|
  Radio|International|Airlines|Airways|Motors|Systems|Technologies|Industries|Holdings|Partners|Capital|
  Securities|Exchange|Church|Brigades|Brigade|Movement|Front|Coalition|Alliance|Federation|Network|Media|
  Studios|Labs|Laboratories|Research|Center|Centre|Hospital|Museum|Club|Cabinet|Police|Intelligence|Command|
  Administration|Board|Society|Trust|Watch|Institutes|Commission|Secretariat|Directorate|Senate|Congress|
  Parliament|Knesset|Duma|Agencies|Aerospace|Dynamics|Electric|Energy|Pharmaceuticals|Mobile|Telecom|Store|
  Stores|Motor|Motors|Automotive|Computer|Computers|Software|Foods|Brands|Entertainment|Records|Pictures|
  Petroleum|Oil|Steel|Chemicals|Semiconductor|Electronics|Communications|Telecommunications|Insurance|
  Financial|Investments|Ventures|Logistics|Shipping|Railways|Rail|Workers|Airlines|Airways`);

/** "Department of X", "University of X": org heads that take an "of"-complement. */
export const ORG_HEADS_WITH_OF = words(`
  Department|Ministry|University|Bank|Office|Bureau|Institute|College|School|Academy|Council|Board|Court|
  House|Church|Federation|Union|Association|Organization|Organisation|Society|League|Secretary|Minister|
  Chamber|Kingdom|Republic|State|States|Gulf|Sea|Strait|Bay|Isle|Islands|Cape|Lake|Envoy|Director|Chief|
  Commissioner|Governor|Mayor|Speaker|President|Commander|Chairman|Head`);

/** Lowercase nouns after a name that make it an organisation: "Hamas leaders", "Apple shares". */
export const ORG_FOLLOWERS = words(`
  shares|stock|stocks|stake|spokesman|spokeswoman|spokesperson|officials|executives|employees|workers|board|
  headquarters|subsidiary|leaders|leadership|figures|fighters|militants|members|operatives|commanders|
  chief|chiefs|ceo|chairman|founder|investors|shareholders|customers|products|brand|militia|group`);

/** Words that head place names: "Gaza Strip", "Golan Heights", "Red Sea". */
export const PLACE_HEADS = words(`
  Strip|Valley|River|Sea|Ocean|Gulf|Bay|Mountains|Mountain|Mount|Peninsula|Island|Islands|Desert|Heights|
  Corridor|Province|Region|County|District|Governorate|Street|Square|Avenue|Road|Canal|Strait|Lake|Coast|
  Plateau|Basin|Border|City|Town|Village|Port|Airport|Base|Camp|Crossing|Hills|Highlands|Territory|
  Territories|Oblast|Prefecture|Emirate|Republic|Kingdom|State|Capitol|Plaza|Park|Bridge`);

/** Lowercase nouns after a name that make it a place: "the Hakirya base", "Rafah crossing". */
export const PLACE_FOLLOWERS = words(
  `base|airbase|crossing|border|province|region|district|camp|area|city|town|village|port|airport|valley|coast|governorate|neighbourhood|neighborhood|refugee`,
);

/** Prepositions that take places more often than anything else. */
export const PLACE_PREPOSITIONS = words(
  `in|into|near|across|outside|inside|around|throughout|toward|towards`,
);

/**
 * Well-known organisations of world news (governments' institutions, international bodies, armed
 * groups, agencies, wire services). World knowledge in the sense any newsroom style guide has it.
 */
export const KNOWN_ORGANIZATIONS: ReadonlyArray<readonly string[]> = [
  ['United Nations', 'UN', 'U.N.'],
  ['United Nations Security Council', 'UN Security Council', 'Security Council', 'UNSC'],
  ['UNRWA'],
  ['UNICEF'],
  ['UNESCO'],
  ['UNHCR'],
  ['World Health Organization', 'WHO'],
  ['World Food Programme', 'WFP'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission'],
  ['African Union'],
  ['Arab League'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO'],
  ['OPEC'],
  ['G7'],
  ['G20'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['Amnesty International'],
  ['Human Rights Watch'],
  ['Doctors Without Borders', 'MSF'],
  ['White House'],
  ['Pentagon'],
  ['Congress', 'U.S. Congress', 'US Congress'],
  ['Senate'],
  ['House of Representatives'],
  ['State Department', 'Department of State'],
  ['Department of Defense', 'Defense Department', 'DoD'],
  ['Central Intelligence Agency', 'CIA'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['National Security Agency', 'NSA'],
  ['National Security Council', 'NSC'],
  ['Supreme Court'],
  ['Kremlin'],
  ['Knesset'],
  ['Mossad'],
  ['Shin Bet'],
  ['Israel Defense Forces', 'IDF'],
  ['Hamas'],
  ['Hezbollah'],
  ['Islamic Jihad'],
  ['Houthis', 'Houthi'],
  ['Taliban'],
  ['Islamic State', 'ISIS', 'ISIL', 'IS'],
  ['al-Qaeda', 'Al Qaeda', 'al Qaeda'],
  ['Revolutionary Guards', 'IRGC', 'Islamic Revolutionary Guard Corps'],
  ['Wagner Group', 'Wagner'],
  ['Fatah'],
  ['Palestinian Authority', 'PA'],
  ['Muslim Brotherhood'],
  ['Kurdistan Workers’ Party', 'PKK'],
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['BBC'],
  ['CNN'],
  ['Al Jazeera'],
  ['The New York Times', 'New York Times', 'NYT'],
  ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Fox News'],
  ['NBC News', 'NBC'],
  ['CBS News', 'CBS'],
  ['ABC News', 'ABC'],
  ['Bloomberg'],
  ['Politico'],
  ['Axios'],
  ['The Guardian'],
  ['Financial Times', 'FT'],
  ['Democratic Party', 'Democrats'],
  ['Republican Party', 'Republicans', 'GOP'],
];

/** Regions and other places that are not countries or cities. */
export const KNOWN_PLACES: ReadonlyArray<readonly string[]> = [
  ['Middle East'],
  ['Europe'],
  ['Asia'],
  ['Africa'],
  ['North America'],
  ['South America'],
  ['Latin America'],
  ['Central Asia'],
  ['East Asia'],
  ['Southeast Asia'],
  ['South Asia'],
  ['Eastern Europe'],
  ['Western Europe'],
  ['Balkans'],
  ['Caucasus'],
  ['Sahel'],
  ['Scandinavia'],
  ['Arctic'],
  ['Antarctica'],
  ['Pacific'],
  ['Atlantic'],
  ['Mediterranean'],
  ['Persian Gulf', 'Gulf'],
  ['Red Sea'],
  ['Black Sea'],
  ['South China Sea'],
  ['Horn of Africa'],
  ['West Bank'],
  ['Gaza Strip', 'Gaza'],
  ['Golan Heights'],
  ['Sinai', 'Sinai Peninsula'],
  ['Crimea'],
  ['Donbas'],
  ['Kashmir'],
  ['Kurdistan'],
  ['Darfur'],
  ['Tigray'],
  ['Taiwan Strait'],
  ['Strait of Hormuz'],
  ['Suez Canal'],
  ['Alabama'],
  ['Alaska'],
  ['Arizona'],
  ['Arkansas'],
  ['California'],
  ['Colorado'],
  ['Connecticut'],
  ['Delaware'],
  ['Florida'],
  ['Georgia'],
  ['Hawaii'],
  ['Idaho'],
  ['Illinois'],
  ['Indiana'],
  ['Iowa'],
  ['Kansas'],
  ['Kentucky'],
  ['Louisiana'],
  ['Maine'],
  ['Maryland'],
  ['Massachusetts'],
  ['Michigan'],
  ['Minnesota'],
  ['Mississippi'],
  ['Missouri'],
  ['Montana'],
  ['Nebraska'],
  ['Nevada'],
  ['New Hampshire'],
  ['New Jersey'],
  ['New Mexico'],
  ['New York State'],
  ['North Carolina'],
  ['North Dakota'],
  ['Ohio'],
  ['Oklahoma'],
  ['Oregon'],
  ['Pennsylvania'],
  ['Rhode Island'],
  ['South Carolina'],
  ['South Dakota'],
  ['Tennessee'],
  ['Texas'],
  ['Utah'],
  ['Vermont'],
  ['Virginia'],
  ['Washington State'],
  ['West Virginia'],
  ['Wisconsin'],
  ['Wyoming'],
];

/** Abbreviations news writers use for countries (the ISO codes alone collide with words). */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  UAE: 'United Arab Emirates',
  'U.A.E.': 'United Arab Emirates',
  DRC: 'DR Congo',
  PRC: 'China',
  DPRK: 'North Korea',
  ROK: 'South Korea',
  'Palestinian territories': 'Palestine',
  'Soviet Union': 'Soviet Union',
  USSR: 'Soviet Union',
};

/** Month and weekday names: dates, never names. */
export const CALENDAR_WORDS = words(`
  January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|
  Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|
  Easter|Ramadan|Eid|Passover|Hanukkah|Thanksgiving`);

/** Capitalised words that start sentences or headlines but never names. */
export const NOT_NAMES = words(`
  The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|Him|Them|Us|Me|
  Mr|Mrs|Ms|Dr|However|Meanwhile|Moreover|Furthermore|Notably|Consequently|Instead|Despite|Although|While|
  According|Earlier|Later|Both|Some|Many|Most|All|Each|Every|Other|Another|Such|Several|In|On|At|By|For|
  With|From|To|Of|As|If|But|And|Or|Nor|So|Yet|Why|What|When|Where|Who|How|Which|Conclusion|Introduction|
  Summary|Update|Breaking|Exclusive|Analysis|Opinion|Editorial|Key|Current|Potential|Frequently|Questions|
  Government|Administration|Officials|Sources|Source|Photo|Image|Video|Watch|Read|Listen|Click|Here`);

/** Nouns that head equipment phrases: "155 mm artillery rounds", "F-15EX aircraft". */
export const EQUIPMENT_HEADS = words(`
  bomb|munition|round|shell|missile|rocket|aircraft|jet|fighter|plane|warplane|helicopter|drone|tank|artillery|
  ammunition|interceptor|warhead|launcher|rifle|gun|howitzer|submarine|warship|frigate|destroyer|carrier|radar|
  system|defense|defence|kit|vehicle|bomber|mortar|grenade|torpedo|mine|battery|weapon|weaponry|armament|
  sub|gunship|cruiser|corvette|satellite|ordnance|explosive|projectile`);

/** Heads that make an equipment mention on their own, without a modifier. */
export const STANDALONE_EQUIPMENT = words(`
  artillery|ammunition|missile|rocket|drone|tank|howitzer|interceptor|warhead|submarine|warship|frigate|
  destroyer|helicopter|bomber|mortar|torpedo|gunship|ordnance|warplane`);

/** Heads too generic to be equipment unless a military modifier narrows them. */
export const GENERIC_EQUIPMENT_HEADS = words(
  `system|defense|defence|kit|vehicle|battery|weapon|weaponry|armament|gun|round|shell|mine|carrier|satellite|sub|plane|radar|explosive|projectile`,
);

/** Modifiers that make a generic head military: "air defense systems", "conversion kits". */
export const MILITARY_MODIFIERS = words(`
  air|missile|defense|defence|defensive|anti-aircraft|anti-tank|anti-ship|ballistic|cruise|guided|
  precision-guided|conversion|guidance|armored|armoured|artillery|military|combat|naval|nuclear|chemical|
  tactical|strategic|attack|fighter|surface-to-air|air-to-air|hypersonic|loitering|mm|millimeter|caliber|
  calibre|offensive|heavy|light|assault|automatic|semi-automatic|smart|laser-guided|radar|rocket|mortar|
  interceptor|infantry|main|battle|unmanned|stealth|bunker-buster|cluster|incendiary|phosphorus`);

/** Adjectives that say how much, not what kind: left out of equipment names. */
export const NON_DESCRIPTIVE_MODIFIERS = words(`
  additional|extensive|more|other|certain|new|ordinary|such|many|several|various|potential|specific|further|
  some|any|most|much|few|requested|needed|remaining|existing|current|future|previous|same|different|crucial|
  vital|key|important|significant|sophisticated|modern|advanced|american-made|us-made|israeli|american|
  offensive-only|planned|promised|delayed|withheld|its|their|his|her|our|total|overall|supplied|sent`);

/** Units that follow a number: "155 mm", "5 km", "10 tons". */
/** How a figure is hedged, by what it allows: one list for recognition and for comparison. */
export const FIGURE_QUALIFIERS = {
  /** "more than 35,000": at least the figure. */
  lowerBound: ['more than', 'at least', 'as many as', 'over'],
  /** "under 35,000": at most the figure. */
  upperBound: ['less than', 'fewer than', 'at most', 'up to', 'under'],
  /** "about 35,000": near the figure. */
  approximate: ['about', 'nearly', 'almost', 'around', 'approximately', 'roughly', 'some', 'estimated'],
  exact: ['exactly'],
} as const;

export const UNITS: Readonly<Record<string, string>> = {
  '%': '%',
  percent: '%',
  'per cent': '%',
  mm: 'mm',
  millimeter: 'mm',
  millimetre: 'mm',
  cm: 'cm',
  m: 'm',
  km: 'km',
  kilometer: 'km',
  kilometre: 'km',
  mile: 'mi',
  miles: 'mi',
  kg: 'kg',
  kilogram: 'kg',
  ton: 't',
  tons: 't',
  tonne: 't',
  tonnes: 't',
  pound: 'lb',
  pounds: 'lb',
  lb: 'lb',
  lbs: 'lb',
  meter: 'm',
  meters: 'm',
  metre: 'm',
  metres: 'm',
  feet: 'ft',
  foot: 'ft',
  inch: 'in',
  inches: 'in',
  gallon: 'gal',
  barrel: 'bbl',
  barrels: 'bbl',
  acre: 'acre',
  acres: 'acre',
  hectare: 'ha',
  hectares: 'ha',
};

/** Currency signs and codes before or after an amount. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  pound: 'GBP',
  '¥': 'JPY',
  yen: 'JPY',
  shekel: 'ILS',
  shekels: 'ILS',
  NIS: 'ILS',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
};

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
  k: 1e3,
  mn: 1e6,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
