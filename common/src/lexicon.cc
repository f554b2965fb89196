#include "lexicon.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace news::lexicon {

namespace {

using Set = std::unordered_set<std::string_view>;

bool in(const Set& s, std::string_view w) { return s.find(w) != s.end(); }

// The word lists are constant arrays; each becomes a hash set on its first look-up, so a
// program that never asks (news-search for a plain query) does not build them at start-up.
// Thread-safe (a function-local static).
template <const auto& kWords>
const Set& set_of() {
  static const Set set(std::begin(kWords), std::end(kWords));
  return set;
}
template <const auto& kWords>
bool in(std::string_view w) {
  return in(set_of<kWords>(), w);
}

constexpr std::string_view kReportingVerbs[] = {
    "reminded", "reminds", "said", "says", "say", "told", "tells", "warned", "warns", "added", "adds", "stressed",
    "stresses", "noted", "notes", "confirmed", "confirms", "explained", "explains", "insisted",
    "insists", "argued", "argues", "claimed", "claims", "declared", "declares", "announced",
    "announces", "urged", "urges", "wrote", "writes", "tweeted", "tweets", "posted",
    "acknowledged", "acknowledges", "admitted", "admits", "affirmed", "affirms", "asserted",
    "asserts", "cautioned", "cautions", "commented", "comments", "conceded", "concedes",
    "emphasised", "emphasized", "emphasises", "emphasizes", "observed", "observes", "predicted",
    "predicts", "promised", "promises", "pledged", "pledges", "recalled", "recalls", "remarked",
    "replied", "replies", "responded", "responds", "revealed", "reveals", "stated", "states",
    "suggested", "suggests", "threatened", "vowed", "vows", "denied", "denies", "described",
    "describes", "complained", "complains", "accused", "accuses", "asked", "answered", "agreed",
    "requested", "demanded", "demands", "maintained", "maintains", "countered", "contended",
    "concluded", "reiterated", "reiterates", "underlined", "underscored", "highlighted",
    "disclosed", "objected", "protested", "boasted", "joked", "quipped", "lamented", "assured",
    "reassured", "signalled", "signaled", "indicated", "hinted", "questioned", "alleged",
    "blamed", "criticised", "criticized", "praised", "recounted", "testified", "wondered",
    "speculated", "estimated", "reported", "worried", "feared", "advised",
    "mentioned", "repeated", "summed",
    "hailed", "hails", "welcomed", "welcomes", "condemned", "condemns", "slammed", "dismissed",
    "branded", "defended", "apologised", "apologized", "apologises", "apologizes", "pointed"};

constexpr std::string_view kWeakVerbs[] = {
    "conceded", "concedes", "admitted", "admits", "acknowledged", "acknowledges", "agreed",
    "asked", "answered", "demanded", "demands", "requested", "hailed", "hails", "welcomed", "welcomes", "condemned",
    "condemns", "slammed", "dismissed", "branded", "defended", "threatened", "promised",
    "promises", "pledged", "pledges", "vowed", "vows", "accused", "accuses",
    "praised", "criticised", "criticized", "described", "describes", "questioned",
    "complained", "complains", "replied", "replies", "responded", "responds", "predicted",
    "predicts", "estimated", "reported", "revealed", "reveals", "announced", "announces",
    "recalled", "recalls", "observed", "observes", "indicated", "signalled", "signaled",
    "hinted", "continued", "concluded", "maintained", "maintains", "objected", "protested",
    "assured", "reassured", "mentioned", "repeated", "testified", "wondered", "speculated",
    "advised", "alleged", "declared", "declares", "posted", "states", "stated", "comments",
    "notes", "claims", "tweets", "writes", "say", "worried", "feared", "pointed", "reminded",
    "reminds"};

constexpr std::string_view kObjectTakingVerbs[] = {
    "told", "tells", "urged", "urges", "reminded", "reminds", "assured", "reassured", "advised",
    "accused", "accuses", "blamed", "praised", "criticised", "criticized", "hailed", "hails",
    "welcomed", "welcomes", "condemned", "condemns", "slammed", "dismissed", "branded",
    "defended", "described", "describes", "questioned", "thanked", "informed"};

constexpr std::string_view kDemonyms[] = {
    "spaniard", "briton", "brit", "frenchman", "frenchwoman", "dutchman", "dutchwoman",
    "englishman", "englishwoman", "scot", "scotsman", "scotswoman", "welshman", "irishman",
    "irishwoman", "swede", "dane", "finn", "pole", "turk", "swiss", "german", "american",
    "italian", "serbian", "serb", "croat", "croatian", "russian", "ukrainian", "australian",
    "canadian", "argentine", "argentinian", "brazilian", "chilean", "colombian", "mexican",
    "norwegian", "belgian", "austrian", "greek", "portuguese", "czech", "slovak", "hungarian",
    "romanian", "bulgarian", "japanese", "chinese", "korean", "indian", "pakistani", "kenyan",
    "nigerian", "ethiopian", "moroccan", "egyptian", "israeli", "palestinian", "iranian",
    "georgian", "kazakh", "belarusian", "new", "zealander", "kiwi", "aussie", "yank",
    "texan", "californian", "londoner", "parisian", "muscovite", "veteran", "champion",
    "incumbent", "newcomer", "teenager", "youngster", "rookie", "holder", "defending"};

constexpr std::string_view kVerbFillers[] = {"also",      "has",     "have",    "had",       "was",       "is",
                          "would",     "will",    "again",   "previously", "later",     "then",
                          "once",      "repeatedly", "further", "earlier",  "recently",  "already",
                          "separately", "reportedly", "publicly", "privately", "himself",
                          "herself",   "personally", "subsequently", "similarly", "initially",
                          "first",     "last",    "simply",  "only",      "firmly",    "flatly",
                          "bluntly",   "angrily", "quickly", "openly",
                          "since", "rightly", "correctly", "immediately", "proudly", "clearly"};

constexpr std::string_view kTitles[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "engr", "atty", "justices",
    "hon", "rev", "reverend", "father", "sister", "brother", "rabbi", "imam", "sheikh", "president",
    "vice", "deputy", "acting", "interim", "former", "ex", "prime", "minister", "ministers",
    "secretary", "general", "state", "foreign", "defence", "defense", "interior", "home",
    "finance", "economy", "economic", "trade", "health", "education", "energy", "transport",
    "infrastructure", "agriculture", "environment", "justice", "culture", "labour", "labor",
    "treasury", "chancellor", "undersecretary", "under", "assistant", "associate", "senior",
    "chief", "head", "spokesman", "spokeswoman", "spokesperson", "press", "ambassador", "envoy",
    "special", "representative", "rep", "sen", "senator", "congressman", "congresswoman",
    "governor", "gov", "mayor", "councillor", "councilor", "council", "alderman", "judge",
    "cllr", "councilmember", "alderperson", "det", "supt", "insp", "ch", "dci", "dsi", "pc", "trustee", "selectman",
    "selectwoman", "alderwoman", "supervisor", "commissioner", "baroness", "baron", "viscount", "earl", "countess", "marquess", "councilman", "councilwoman", "assemblyman", "assemblywoman", "assemblymember",
    "magistrate", "attorney", "solicitor", "prosecutor", "advocate", "lawyer",
    // Honorifics and local offices of other languages, as English-language copy keeps them.
    "kapitan", "kagawad", "alcalde", "senor", "senora", "herr", "frau", "monsieur", "madame",
    "mme", "signor", "signora", "bapak", "datuk", "dato", "datin", "alhaji", "alhaja", "mallam",
    "ustaz", "haji", "hajji", "aunty", "auntie", "td", "grade", "arbiter", "grandmaster", "master",
    "steward", "comrade",
    "king", "queen", "prince", "princess", "duke", "duchess", "emperor", "pope", "cardinal",
    "bishop", "archbishop", "patriarch", "gen", "lt", "lieutenant", "col", "colonel", "maj",
    "major", "capt", "captain", "cmdr", "commander", "admiral", "adm", "sgt", "sergeant",
    "corporal", "private", "marshal", "field", "officer", "inspector", "detective", "constable",
    "superintendent", "director", "executive", "ceo", "cfo", "coo", "chairman",
    "chairwoman", "chair", "chairperson", "founder", "cofounder", "co-founder", "owner",
    "manager", "coach", "adviser", "advisor", "advisers", "national", "security", "white",
    "house", "leader", "opposition", "party", "premier", "speaker", "mp", "mep", "lawmaker",
    "legislator", "delegate", "negotiator", "economist", "analyst", "forecaster", "meteorologist",
    "campaigner", "activist", "researcher", "scientist", "doctor", "nurse", "surgeon",
    "physician", "author", "writer", "journalist", "reporter", "editor", "correspondent",
    "historian", "expert", "spokesmen", "official", "officials", "incumbent", "candidate",
    "nominee", "chancellor-elect", "president-elect", "secretary-general", "under-secretary-general",
    "director-general", "attorney-general", "solicitor-general", "governor-general",
    "commander-in-chief", "vice-president", "vice-chancellor", "deputy-minister",
    "farmer", "grower", "teacher", "student", "resident", "commuter", "coordinator", "strategist",
    "chief-executive", "ombudsman", "regulator", "auditor", "controller", "clerk", "sheriff",
    "warden", "registrar", "dean", "provost", "rector", "principal", "headteacher", "pastor",
    "priest", "monk", "crown", "first", "mrs.", "mr.", "dr.", "prof.", "sen.", "rep.",
    "gov.", "gen.", "lt.", "col.", "capt.", "adm.", "sgt.", "st.", "hon.", "rev.", "maj.",
    "cmdr.", "administrator", "supreme", "high", "chief-of-staff", "staff", "aide", "whip", "majority", "minority",
    "shadow", "cabinet", "federal", "regional", "foreign-minister", "ukrainian", "russian",
    // Labels papers put before a name in sport and local news ("Boss Declan Ferris",
    // "Skipper Liam O'Dowd", "Patient Jean Etherington").
    "boss", "skipper", "gaffer", "striker", "midfielder", "winger", "goalkeeper", "patient", "pupil",
    // Offices, trades and labels before a name that are neither a surname nor a given name
    // ("Treasurer Daniel Harrow", "Actress Jane Doe", "Schoolboy Tom Lee"); job words that
    // are surnames too (Singer, Baker, Boxer, Bowler, Painter) stay out: "Singer said".
    "treasurer", "comptroller", "counsellor", "counselor", "barrister", "coroner", "bailiff",
    "notary", "consul", "attache", "emissary", "taoiseach", "tanaiste", "tsar", "czar",
    "ayatollah", "mufti", "cleric", "preacher", "vicar", "chaplain",
    "monsignor", "msgr", "headmaster", "headmistress", "lecturer", "brigadier", "brig",
    "commodore", "trooper", "cadet", "airman", "agent", "paramedic", "midwife", "carer",
    "caregiver", "optician", "engineer", "architect", "accountant", "consultant", "pilot",
    "plumber", "electrician", "mechanic", "contractor", "landlady", "publican", "barmaid",
    "barman", "bartender", "waitress", "chef", "cashier", "postman", "postwoman", "actor",
    "actress", "presenter", "newsreader", "comedian", "comedienne", "rapper", "songwriter",
    "singer-songwriter", "frontman", "frontwoman", "drummer", "composer", "conductor",
    "producer", "screenwriter", "playwright", "poet", "sculptor", "photographer", "designer",
    "choreographer", "ballerina", "influencer", "youtuber", "blogger", "vlogger", "podcaster",
    "curator", "entrepreneur", "tycoon", "billionaire", "millionaire", "mogul", "magnate",
    "socialite", "batsman", "batswoman", "quarterback", "linebacker", "defender", "fullback",
    "full-back", "centre-back", "center-back", "halfback", "fly-half", "scrum-half", "flanker",
    "outfielder", "infielder", "shortstop", "catcher", "referee", "umpire", "jockey",
    "sprinter", "swimmer", "golfer", "wrestler", "skier", "snowboarder", "gymnast", "athlete",
    "marathoner", "olympian", "paralympian", "debutant", "teenager", "youngster", "schoolboy",
    "schoolgirl", "schoolteacher", "graduate", "apprentice", "trainee", "intern", "volunteer",
    "protester", "demonstrator", "supporter", "rookie", "veteran", "newcomer", "novice",
    "prodigy", "starlet", "superstar",
    // Abbreviated ranks and offices ("Pte Jane Doe", "The Rt Hon X", "Fr Tom Lee", "Atty Gen").
    // speakers.cc drops a final full stop before looking ("Atty." is "atty").
    "pte", "cpl", "pfc", "spc", "rt", "fr", "coun", "amb", "pres", "atty", "asst", "dep", "sec",
    "supv"};

constexpr std::string_view kRoleNouns[] = {
    "minister", "diplomat", "chief", "president", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "chancellor", "premier", "leader", "mayor", "governor",
    "senator", "judge", "justice", "general", "commander", "director", "executive", "head",
    "chairman", "chairwoman", "chair", "ceo", "prosecutor", "lawyer", "attorney", "coach",
    "manager", "professor", "scientist", "doctor", "campaigner", "activist", "councillor",
    "king", "queen", "prince", "pope", "negotiator", "adviser", "advisor", "founder",
    "lawmaker", "legislator", "candidate", "economist", "forecaster", "meteorologist", "mp",
    "congressman", "congresswoman", "commissioner", "admiral", "colonel", "officer",
    "researcher", "author", "mogul", "billionaire", "entrepreneur", "actor", "actress",
    "singer", "player", "striker", "farmer", "grower", "prime", "captain", "skipper", "forward",
    "midfielder", "defender", "goalkeeper", "winger", "runner", "rider", "boxer", "sprinter",
    "swimmer", "golfer", "batter", "bowler", "star", "magistrate", "treasurer"};

constexpr std::string_view kFunctionWords[] = {
    "the", "a", "an", "on", "in", "at", "but", "and", "or", "nor", "however", "meanwhile",
    "after", "before", "when", "while", "as", "if", "for", "with", "from", "by", "to", "of",
    "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "we", "i", "he",
    "i've", "i'm", "i'll", "i'd", "i’ve", "i’m", "i’ll", "i’d",
    "she", "they", "you", "there", "here", "then", "so", "yet", "also", "still", "although",
    "though", "because", "since", "until", "despite", "during", "earlier", "later", "last",
    "next", "according", "speaking", "asked", "under", "over", "about", "all", "some", "many",
    "most", "several", "both", "each", "every", "no", "not", "one", "two", "three", "four",
    "five", "such", "other", "another", "what", "which", "who", "whom", "whose", "where", "why",
    "how", "instead", "indeed", "now", "today", "yesterday", "tomorrow", "tonight", "even",
    "just", "only", "thus", "hence", "therefore", "furthermore", "moreover", "additionally",
    "similarly", "likewise", "nevertheless", "nonetheless", "otherwise", "perhaps", "maybe",
    "unlike", "like", "among", "between", "against", "without", "within", "into", "onto",
    "upon", "through", "throughout", "toward", "towards", "via", "per", "amid", "amidst",
    "around", "across", "behind", "beyond", "near", "outside", "inside", "shortly", "soon",
    "once", "again", "either", "neither", "whether", "my", "your", "me", "him", "them",
    "us", "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could", "will",
    "would", "should", "may", "might", "must", "shall", "let", "yes", "oh", "well", "dear",
    "thank", "thanks", "please", "sources", "source", "breaking", "exclusive", "update",
    "updated", "watch", "live", "read", "photo", "video", "opinion", "analysis", "editorial",
    "comment", "explainer", "factbox", "podcast", "timeline", "review", "new", "old", "big", "top", "more", "less", "much", "few", "first", "second",
    "third", "final", "early", "late", "mid", "full", "whole", "half", "total", "overall",
    "ahead", "following", "including", "regarding", "concerning", "given", "having", "being",
    "addressing", "talking", "writing", "responding", "appearing", "standing", "sitting",
    "everybody", "everyone", "somebody", "someone", "nobody", "anybody", "anyone", "nothing",
    "everything", "something", "anything", "none"};

constexpr std::string_view kPlaces[] = {
    "russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "london", "paris", "berlin",
    "brussels", "beijing", "china", "america", "europe", "asia", "africa", "nato", "kremlin",
    "pentagon", "whitehall", "downing", "congress", "parliament", "senate", "duma", "britain",
    "england", "scotland", "wales", "ireland", "france", "germany", "italy", "spain", "portugal",
    "poland", "hungary", "romania", "bulgaria", "greece", "turkey", "turkiye", "iran", "iraq",
    "syria", "israel", "gaza", "lebanon", "jordan", "egypt", "libya", "tunisia", "algeria",
    "morocco", "saudi", "arabia", "qatar", "yemen", "oman", "kuwait", "bahrain", "emirates",
    "dubai", "india", "pakistan", "afghanistan", "bangladesh", "nepal", "japan", "korea",
    "taiwan", "vietnam", "thailand", "indonesia", "malaysia", "singapore", "philippines",
    "australia", "canada", "mexico", "brazil", "argentina", "chile", "peru", "colombia",
    "venezuela", "cuba", "nigeria", "kenya", "ethiopia", "sudan", "somalia", "ghana",
    "belarus", "moldova", "georgia", "armenia", "azerbaijan", "kazakhstan", "uzbekistan",
    "finland", "sweden", "norway", "denmark", "iceland", "estonia", "latvia", "lithuania",
    "netherlands", "holland", "belgium", "luxembourg", "switzerland", "austria", "czechia",
    "slovakia", "slovenia", "croatia", "serbia", "bosnia", "kosovo", "albania", "montenegro",
    "macedonia", "cyprus", "malta", "crimea", "donbas", "donbass", "donetsk", "luhansk",
    "kharkiv", "odesa", "odessa", "mariupol", "kherson", "lviv", "minsk", "warsaw", "vienna",
    "geneva", "zurich", "rome", "madrid", "lisbon", "athens", "ankara", "istanbul", "tehran",
    "baghdad", "damascus", "jerusalem", "cairo", "riyadh", "delhi", "mumbai", "tokyo", "seoul",
    "pyongyang", "taipei", "hanoi", "bangkok", "jakarta", "manila", "sydney", "canberra",
    "ottawa", "toronto", "york", "chicago", "boston", "california", "texas", "florida",
    "prague", "budapest", "bucharest", "sofia", "belgrade", "zagreb", "helsinki", "stockholm",
    "oslo", "copenhagen", "tallinn", "riga", "vilnius", "amsterdam", "hague", "dublin",
    "edinburgh", "cardiff", "belfast", "manchester", "birmingham", "liverpool", "leeds",
    "glasgow", "bristol", "reading", "oxford", "cambridge", "davos", "munich", "frankfurt",
    "hamburg", "milan", "naples", "barcelona", "seville", "valencia", "galicia", "catalonia",
    "tass", "ria", "interfax", "reuters", "ap", "afp", "bbc", "cnn", "nbc", "cbs", "abc", "fox",
    "sky", "bloomberg", "twitter", "facebook", "instagram", "telegram", "youtube", "tiktok",
    "google", "apple", "microsoft", "amazon", "meta", "tesla", "nasa", "fbi", "cia", "kgb",
    "fsb", "un", "eu", "us", "usa", "uk", "osce", "imf", "who", "wto", "opec", "g7", "g20",
    "brexit", "covid", "christmas", "easter", "ramadan", "west", "east", "north", "south",
    "midlands", "yorkshire", "cumbria", "allies", "alliance", "government",
    "ministry", "police", "army", "navy", "military", "court", "commission", "council",
    "committee", "cabinet", "house", "state", "department",
    "voi", "uber", "lyft", "airbnb", "netflix", "spotify", "sputnik", "xinhua", "pravda",
    "izvestia", "kommersant", "novosti", "guardian", "times", "telegraph", "independent",
    "economist", "politico", "axios", "wsj", "nyt", "eurozone", "scandinavia",
    "balkans", "caucasus", "siberia", "arctic", "antarctica", "atlantic", "pacific", "baltic",
    "mediterranean", "sahel", "kashmir", "tibet", "hong", "kong", "macau", "sri", "lanka",
    "myanmar", "burma", "cambodia", "laos", "mongolia", "zealand", "fiji", "haiti", "jamaica",
    "ecuador", "bolivia", "paraguay", "uruguay", "panama", "guatemala", "honduras",
    "nicaragua", "salvador", "tanzania", "uganda", "rwanda", "congo", "angola", "zambia",
    "zimbabwe", "mozambique", "namibia", "botswana", "senegal", "mali", "niger", "chad",
    "cameroon", "eritrea", "djibouti", "madagascar", "wagner", "hamas", "hezbollah", "taliban",
    "isis", "daesh", "asean", "nafta", "mercosur", "unicef", "unesco", "unhcr", "nhs",
    "ofcom", "ofgem", "fed", "ecb", "boe", "sec", "ftc", "fda", "cdc", "epa", "doj", "dhs",
    "hmrc", "fifa", "uefa", "ioc", "olympics", "wimbledon", "chornomorsk",
    // Companies known by two capitals, which could pass for initials ("SK Hynix").
    "lg", "sk", "bt", "bp", "ey", "ge", "hp", "dp", "ee", "jp", "gm", "vw", "bae", "ba"};

constexpr std::string_view kOrgWords[] = {
    "ministry", "department", "office", "agency", "council", "committee", "commission",
    "union", "group", "party", "bank", "court", "company", "corporation", "corp", "inc", "ltd",
    "llc", "plc", "university", "college", "school", "academy", "institute", "institution",
    "foundation", "fund", "association", "society", "organisation", "organization", "alliance",
    "federation", "league", "club", "army", "navy", "forces", "force", "police", "service",
    "services", "news", "times", "post", "herald", "tribune", "journal", "gazette", "press",
    "shimbun", "ilbo", "newswire", "wire", "health", "healthcare", "networks", "utilities", "unit",
    "community", "ward", "prefecture",
    // Words for a firm or a bank in the languages whose names English copy keeps.
    "maison", "banque", "banco", "banca", "tekstil", "holding", "gruppe", "groupe", "grupo",
    "societe", "compagnie", "compania", "empresa", "industrie", "industria", "stiftung", "verlag",
    "werke",
    "daily", "weekly", "magazine", "network", "radio", "television", "tv", "channel", "media",
    "street", "road", "avenue", "square", "castle", "palace", "airport", "station", "river",
    "sea", "ocean", "mountain", "mountains", "island", "islands", "city", "county", "province",
    "region", "republic", "kingdom", "states", "centre", "center", "centres", "centers", "hospital", "church",
    "cathedral", "mosque", "temple", "summit", "forum", "conference", "hall", "park", "bridge",
    "airlines", "airways", "motors", "motor", "automotive", "enterprise", "enterprises", "bros",
    "hotspur", "athletic", "rovers", "wanderers", "albion", "fc", "united", "pharmaceuticals", "pharma", "therapeutics",
    "semiconductor", "semiconductors", "software", "insurance", "logistics", "ventures", "resources",
    "mining", "foods", "brands", "retail", "holdings", "partners", "capital", "energy",
    "chamber", "affairs", "confederation", "minerals", "metals", "books", "publishing", "publishers", "productions",
    "pictures", "entertainment", "textiles", "chemicals", "shipping", "freight", "telecom",
    "telecoms", "communications", "brewery", "breweries", "bakery", "bakeries", "dairies",
    "farms", "properties", "realty", "hotels", "resorts",
    "oil", "gas", "systems", "technologies", "labs", "secretariat", "parliament", "assembly",
    "congress", "senate", "cabinet", "government", "administration", "authority", "board",
    "bureau", "directorate", "inspectorate", "tribunal", "guard", "command", "corps",
    "brigade", "battalion", "regiment", "division", "nations", "union's", "cup", "games",
    "championship", "prize", "award", "act", "treaty", "accord", "agreement", "plan",
    "programme", "program", "initiative", "project", "index", "report", "survey", "day",
    "week", "year", "war", "crisis", "delivery", "workers", "rail", "railway", "railways",
    "council's", "house", "office's", "district", "districts", "borough", "township",
    "municipality", "north", "south", "east", "west", "central", "western",
    "eastern", "northern", "southern", "world", "global", "international", "stock",
    "exchange", "market", "markets", "museum", "library", "gallery", "theatre", "theater",
    "zoo", "stadium", "arena", "estate", "valley", "lake", "bay", "gulf", "coast", "peninsula",
    "strait", "canal", "desert", "forest", "national", "royal", "federal", "democratic",
    "republican", "socialist", "communist", "liberal", "conservative", "labour", "green",
    "greens", "front", "movement", "coalition", "bloc", "caucus", "delegation", "mission",
    "embassy", "consulate", "headquarters", "base", "camp", "prison", "jail", "port", "ports",
    // Storms, buildings and clubs are named like people: "Hurricane Ian", "Storm Ciarán",
    // "Trump Tower", "Aston Villa", "Borussia Dortmund".
    "hurricane", "storm", "typhoon", "cyclone", "tower", "towers", "building", "plaza", "hotel",
    "villa", "borussia", "dortmund", "bayern", "juventus", "ajax", "benfica", "celtic", "rangers",
    "atletico", "sporting", "olympique", "inter", "water", "life", "ratings", "town", "agence",
    // Sports' governing bodies and competitions are named by the sport ("New Zealand Rugby",
    // "British Cycling", "Cricket Australia", "Super Rugby").
    "rugby", "football", "cricket", "tennis", "golf", "cycling", "athletics", "swimming",
    "hockey", "netball", "rowing", "boxing", "basketball", "baseball", "softball", "volleyball",
    "gymnastics", "triathlon", "snooker", "darts", "motorsport", "badminton", "lacrosse",
    // Public bodies named in the plural or by an adjective of public service ("Akron Public
    // Schools", "Leeds Teaching Hospitals", "Essex County Councils"); no surname is one.
    "public", "schools", "colleges", "universities", "academies", "hospitals", "libraries",
    "museums", "councils", "authorities", "agencies", "ministries", "departments",
    "committees", "commissions", "institutes", "associations", "federations", "leagues",
    "clubs", "unions", "foundations", "societies", "charity", "charities", "trust", "trusts",
    "trustees", "parish", "parishes", "diocese", "archdiocese", "synod", "counties", "cities",
    "boroughs", "constabulary", "rescue", "ambulance", "coastguard", "patrol", "hospice",
    "infirmary", "clinic", "laboratory", "observatory", "partnership", "cooperative",
    "co-operative", "co-op", "collective", "consortium", "campaign", "orchestra",
    "philharmonic", "symphony", "opera", "ballet", "choir", "studios", "productions",
    "pictures", "records", "entertainment", "research", "unified",
    // Trades that name a firm, never a person ("Clarion Housing", "Barratt Homes", "Hargreaves
    // Brewery", "Metro Transit", "Sky Sports").
    "housing", "homes", "electric", "care", "transit", "metro", "railroad", "financial",
    "bancorp", "realty", "estates", "sports", "digital", "interactive", "consulting", "advisory",
    "medical", "pharmacy", "dental", "bakery", "brewery", "distillery", "winery", "farms", "dairy",
    "aviation", "aerospace", "telecom", "telecoms", "wireless", "broadband", "cinemas", "stores",
    "supermarkets",
    // Charities and campaigns named by their cause ("Macmillan Cancer Support", "Comic Relief",
    // "Christian Aid", "ActionAid", "Extinction Rebellion", "Médecins Sans Frontières").
    "support", "relief", "aid", "action", "rights", "rebellion", "sans", "frontieres", "frontières"};

// Companies whose names read as a person's first name and surname: banks, brokers, law
// and accounting firms, housebuilders, brands. Natural spellings; speakers.cc keys them.
constexpr std::string_view kKnownFirms[] = {
    "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Charles Schwab", "Merrill Lynch",
    "Lehman Brothers", "Dow Jones", "Taylor Wimpey", "Ernst Young", "Marks Spencer",
    "Johnson Johnson", "Procter Gamble", "Eli Lilly", "Novo Nordisk", "Johnson Matthey",
    "Estee Lauder", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger", "Hugo Boss",
    "Louis Vuitton", "Christian Dior", "Dolce Gabbana", "Jimmy Choo", "Ted Baker",
    "William Hill", "Harley Davidson", "Aston Martin", "Alfa Romeo", "Bain Capital",
    "Stifel Nicolaus", "Piper Sandler", "Keefe Bruyette", "Canaccord Genuity",
    "Kepler Cheuvreux", "Wachtell Lipton", "Skadden Arps", "Clifford Chance", "Allen Overy",
    "Slaughter May", "Herbert Smith Freehills", "Baker McKenzie", "Latham Watkins",
    "Sullivan Cromwell", "Kirkland Ellis", "Crest Nicholson", "Bovis Homes", "Barratt Redrow",
    "Morgan Sindall", "Hargreaves Lansdown", "Rathbone Brothers", "Schroders", "Abrdn",
    "Red Bull", "JPMorgan Chase", "Berkshire Hathaway", "Walt Disney", "Johns Hopkins",
    "Grant Thornton", "Knight Frank", "Rio Tinto", "Jackson Hole", "Warner Bros", "Tate Lyle",
    "Fortnum Mason", "Jardine Matheson", "De Beers", "Fitch Ratings",
    "Cushman Wakefield", "Jones Lang LaSalle", "Severn Trent",
    // Consultancies and research firms named after their founders.
    "Wood Mackenzie", "Oliver Wyman", "Roland Berger", "Frost Sullivan", "Booz Allen",
    "Booz Allen Hamilton", "Simon Kucher", "Baker Hughes",
    // Venture and investment firms named after their founders.
    "Andreessen Horowitz", "Kleiner Perkins", "Cantor Fitzgerald", "Raymond James", "Edward Jones",
    "Evercore ISI", "Lazard Freres", "Brown Brothers Harriman", "Franklin Templeton", "T Rowe Price",
    "Fidelity Investments", "Russell Reynolds", "Spencer Stuart", "Egon Zehnder", "Korn Ferry",
    // Broadcasters and papers whose names read like a person's (with "al" as a particle).
    "Al Jazeera", "Al Arabiya", "Al Masirah", "Al Mayadeen", "Al Manar", "Al Ahram", "Al Hadath",
    "Al Quds", "Al Akhbar", "Al Monitor", "Asharq Al-Awsat", "Al Sharq", "Al Watan", "Al Ghad",
    "Al Riyadh", "Al Rai", "Al Hurra", "Fox News", "Sky News", "Rudaw", "Kurdistan 24",
    // Charities named after a person.
    "Marie Curie", "Sue Ryder", "Leonard Cheshire", "Anthony Nolan",
    // Parties whose names read as a first name and surname.
    "Plaid Cymru", "Sinn Féin", "Fianna Fáil", "Fine Gael", "Forza Italia", "Die Linke"};

// Brands and firms known by one word that is also a surname ("Ford said", "Dell said"):
// a person only when the article gives a full name with it ("Harrison Ford").
constexpr std::string_view kOneWordFirms[] = {
    "Ford", "Dell", "Disney", "Boeing", "Airbus", "Toyota", "Honda", "Nissan", "Ferrari",
    "Porsche", "Chrysler", "Kellogg", "Heinz", "Walmart", "Nike", "Adidas", "Puma", "Gucci",
    "Prada", "Chanel", "Dior", "Cartier", "Mattel", "Hasbro", "Pfizer", "Moderna", "Novartis",
    "Siemens", "Bosch", "Philips", "Samsung", "Sony", "Nintendo", "Intel", "Nvidia", "Oracle",
    "Cisco", "Adobe", "PayPal", "Mastercard", "Starbucks", "Barclays", "Lloyds", "NatWest",
    "Santander", "Nomura", "Mizuho", "Deloitte", "McKinsey", "Accenture", "Tesco", "Sainsbury",
    "Asda", "Morrisons", "Primark", "Ryanair", "EasyJet", "Lufthansa", "Exxon", "Chevron",
    "Unilever", "Nestle", "Danone", "Ikea", "Lego", "Zara", "Hyundai", "Volvo", "Renault",
    "Peugeot", "Fiat", "Volkswagen", "Audi", "Lamborghini", "Jefferies", "Goldman", "Citi",
    "Citigroup", "JPMorgan", "Barratt", "Persimmon", "Bellway", "Redrow", "Berkeley", "Vistry",
    "Kingfisher", "Currys", "Argos", "Ocado", "Boots", "Halifax", "Nationwide", "Vodafone",
    "Verizon", "Comcast", "PepsiCo", "Colgate", "Gillette", "Hershey", "Cadbury", "Kraft",
    "Cargill", "DuPont", "Caterpillar", "Honeywell", "Lockheed", "Raytheon", "Northrop",
    "Bombardier", "Embraer", "Rolex", "Burberry", "Dunhill", "Mulberry", "Marriott", "Hyatt",
    "Expedia", "Macy", "Costco", "Kroger", "Safeway", "Walgreens", "Merck", "Bayer", "Roche",
    "Sanofi", "AstraZeneca", "Medtronic", "Macquarie", "Rothschild", "Lazard", "Moelis",
    "Evercore", "Berenberg", "Linklaters", "Freshfields", "Cravath", "Marston", "Greggs",
    "Wetherspoon", "Sotheby", "Christie", "Bernstein", "Citadel", "Bridgewater", "Mercedes",
    // Hyphenated brands used alone (a hyphenated surname alone is not a company: the rule in
    // speakers.cc only judges the first word of a longer name).
    "Rolls-Royce", "Hewlett-Packard", "Mercedes-Benz", "Coca-Cola", "Harley-Davidson",
    "Bristol-Myers", "Saint-Gobain",
    "Chase", "Fitch", "Glencore", "Aviva", "Prudential", "Kering", "Gartner", "Nielsen", "Ipsos",
    "Kantar", "Experian", "Equifax", "Capita", "Serco", "Fujitsu", "Zoopla", "Savills",
    // Clubs known by one word that is also a first name or surname.
    "Arsenal", "Chelsea", "Everton", "Fulham", "Brentford", "Burnley", "Wolves", "Spurs",
    "Millwall", "Wrexham", "Napoli", "Lazio", "Roma", "Porto", "Feyenoord", "Galatasaray",
    "Hearts", "Hibernian", "Sevilla", "Villarreal",
    // Assistants and chatbots quoted like people.
    "ChatGPT", "Alexa", "Siri", "Gemini", "Copilot", "Grok", "Bard", "Claude", "Cortana"};

constexpr std::string_view kNationalities[] = {
    "russian", "ukrainian", "american", "british", "english", "scottish", "welsh", "irish",
    "french", "german", "italian", "spanish", "portuguese", "polish", "hungarian", "romanian",
    "bulgarian", "greek", "turkish", "iranian", "iraqi", "syrian", "israeli", "palestinian",
    "lebanese", "jordanian", "egyptian", "libyan", "saudi", "qatari", "emirati", "yemeni",
    "indian", "pakistani", "afghan", "chinese", "japanese", "korean", "taiwanese",
    "vietnamese", "thai", "indonesian", "malaysian", "filipino", "australian", "canadian",
    "mexican", "brazilian", "argentine", "argentinian", "chilean", "peruvian", "colombian",
    "venezuelan", "cuban", "nigerian", "kenyan", "ethiopian", "south", "belarusian",
    "moldovan", "georgian", "armenian", "azerbaijani", "kazakh", "finnish", "swedish",
    "norwegian", "danish", "icelandic", "estonian", "latvian", "lithuanian", "dutch",
    "belgian", "swiss", "austrian", "czech", "slovak", "slovenian", "croatian", "serbian",
    "bosnian", "albanian", "cypriot", "maltese", "european", "western", "eastern", "soviet",
    "nordic", "baltic", "arab", "african", "asian", "latin", "us", "u.s", "u.s.", "uk", "eu",
    "un", "nato", "g7", "u.k.", "u.k", "u.n.", "u.n", "e.u.", "e.u", "catalan", "basque", "flemish", "kurdish", "chechen", "tatar",
    "crimean", "scandinavian", "balkan", "gulf", "persian"};

constexpr std::string_view kParticles[] = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du",
                        "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das",
                        "do", "y", "zu", "vom", "af", "av", "st", "lo", "mac", "abu", "ben",
                        "ap", "ab", "bint", "binti", "dela", "delos", "los", "las", "wa", "i"};

constexpr std::string_view kSpeechNouns[] = {"offer", "warning", "warnings", "comments", "comment", "remarks",
                          "remark", "statement", "statements", "words", "claim", "claims",
                          "call", "calls", "promise", "pledge", "message", "assertion",
                          "description", "response", "reply", "appeal", "demand", "demands",
                          "insistence", "suggestion", "proposal", "vow", "threat", "plea",
                          "admission", "accusation", "criticism", "question", "answer",
                          "argument", "view", "verdict", "assessment", "prediction", "advice",
                          "announcement", "declaration", "denial", "tweet", "post", "speech",
                          "testimony", "characterisation", "characterization"};

constexpr std::string_view kCalendar[] = {"monday",  "tuesday", "wednesday", "thursday", "friday",   "saturday",
                       "sunday",  "january", "february",  "march",    "april",    "may",
                       "june",    "july",    "august",    "september", "october", "november",
                       "december", "jan",    "feb",       "mar",      "apr",      "jun",
                       "jul",     "aug",     "sep",       "sept",     "oct",      "nov",
                       "dec",     "mon",     "tue",       "wed",      "thu",      "fri",
                       "sat",     "sun"};

constexpr std::string_view kGroupNouns[] = {
    "police", "officials", "authorities", "residents", "witnesses", "analysts", "critics", "people",
    "experts", "investigators", "prosecutors", "doctors", "scientists", "researchers",
    "economists", "diplomats", "sources", "observers", "activists", "protesters",
    "campaigners", "officers", "troops", "soldiers", "lawmakers", "legislators", "ministers",
    "leaders", "regulators", "traders", "investors", "workers", "unions", "parents",
    "teachers", "students", "voters", "locals", "villagers", "farmers", "scholars",
    "historians", "organisers", "organizers", "rescuers", "firefighters", "paramedics",
    "medics", "staff", "employees", "managers", "executives", "bankers", "insiders",
    "inspectors", "auditors", "jurors", "judges", "lawyers", "attorneys", "nurses", "engineers",
    "pilots", "drivers", "miners", "dockers", "councillors", "councilors", "commissioners",
    "trustees", "governors", "planners", "surveyors",
    "supporters", "opponents", "republicans", "democrats", "conservatives", "liberals",
    "commuters", "passengers", "fans", "users", "customers", "consumers", "patients",
    "families", "relatives", "neighbours", "neighbors", "survivors", "victims", "allies",
    "partners", "members", "delegates", "citizens", "taxpayers", "participants", "readers", "viewers", "polls",
    "reports", "figures", "data", "studies", "documents", "records", "statistics",
    // Parties' members and camps, capitalised ("Tory MPs said", "Senior Tories said").
    "tories", "tory", "dems", "whigs", "blairites", "brexiteers", "remainers", "unionists",
    "nationalists", "loyalists", "socialists", "labourites", "corbynites", "trumpists"};

constexpr std::string_view kOrganisationNouns[] = {
    "company", "firm", "group", "bank", "lender", "insurer", "charity", "agency", "maker",
    "manufacturer", "carmaker", "automaker", "drugmaker", "chipmaker", "retailer", "chain",
    "carrier", "airline", "operator", "developer", "publisher", "broadcaster", "network",
    "startup", "start-up", "conglomerate", "giant", "club", "team", "side", "band",
    "organisation", "organization", "nonprofit", "non-profit", "thinktank", "think-tank",
    "consultancy", "brokerage", "utility", "supplier", "provider", "platform", "app", "brand",
    "union", "party", "outlet", "newspaper", "label", "studio", "fund",
    "investor", "subsidiary", "regulator", "watchdog", "body", "shipbuilder", "distributor",
    "exporter", "importer", "wholesaler", "service", "office", "authority", "institute",
    "institution", "ministry", "department", "bureau", "council", "commission", "committee",
    "observatory", "university", "college", "hospital", "school", "centre", "center",
    "association", "federation", "foundation", "society", "league", "government",
    "coalition", "alliance", "movement",
    "administration", "tribunal"};

constexpr std::string_view kKinNouns[] = {"husband", "wife", "partner", "daughter", "mother", "father",
                       "daughters", "granddaughter", "stepdaughter", "stepmother",
                       "stepfather", "spouse", "sibling",
                       "brother", "sister", "grandmother", "grandfather", "aunt", "uncle",
                       "cousin", "niece", "nephew", "friend", "neighbour", "neighbor",
                       "colleague", "fiancee", "fiance", "girlfriend", "boyfriend", "widow",
                       "widower", "team-mate", "teammate", "mentor", "witness", "shopper",
                       "passenger", "voter", "spectator", "bystander", "customer", "survivor",
                       "victim", "parent", "homeowner", "landlord", "tenant", "volunteer",
                       "retiree", "pensioner", "eyewitness", "mum", "mom", "dad"};

constexpr std::pair<std::string_view, char> kFirstNames[] = {
    {"wendy", 'f'},    {"jen", 'f'},       {"jennifer", 'f'}, {"karen", 'f'},     {"ursula", 'f'},
    {"emma", 'f'},     {"priya", 'f'},     {"helen", 'f'},    {"caroline", 'f'},  {"claire", 'f'},
    {"sophie", 'f'},   {"elizabeth", 'f'}, {"elena", 'f'},    {"leah", 'f'},      {"marta", 'f'},
    {"maria", 'f'},    {"mary", 'f'},      {"anna", 'f'},     {"ann", 'f'},       {"anne", 'f'},
    {"angela", 'f'},   {"hillary", 'f'},   {"kamala", 'f'},   {"nancy", 'f'},     {"sarah", 'f'},
    {"susan", 'f'},    {"linda", 'f'},     {"laura", 'f'},    {"julia", 'f'},     {"olga", 'f'},
    {"natalia", 'f'},  {"natalya", 'f'},   {"irina", 'f'},    {"tatiana", 'f'},   {"svetlana", 'f'},
    {"ines", 'f'},      {"ana", 'f'},      {"carmen", 'f'},    {"lucia", 'f'},
    {"liz", 'f'},      {"theresa", 'f'},   {"margaret", 'f'}, {"victoria", 'f'},  {"kaja", 'f'},
    {"annalena", 'f'}, {"christine", 'f'}, {"kristalina", 'f'}, {"janet", 'f'},   {"catherine", 'f'},
    {"kate", 'f'},     {"rachel", 'f'},    {"rebecca", 'f'},  {"emily", 'f'},     {"jessica", 'f'},
    {"amanda", 'f'},   {"lisa", 'f'},      {"michelle", 'f'}, {"patricia", 'f'},  {"barbara", 'f'},
    {"nicola", 'f'},   {"yvette", 'f'},    {"rishi", 'm'},    {"keir", 'm'},      {"ayesha", 'f'},
    {"fatima", 'f'},   {"aisha", 'f'},     {"mette", 'f'},    {"sanna", 'f'},     {"jacinda", 'f'},
    {"giorgia", 'f'},  {"roberta", 'f'},   {"kadri", 'f'},    {"iryna", 'f'},     {"olena", 'f'},
    {"maya", 'f'},     {"nina", 'f'},      {"grace", 'f'},    {"alice", 'f'},     {"hannah", 'f'},
    {"chloe", 'f'},    {"lucy", 'f'},      {"amy", 'f'},      {"zoe", 'f'},       {"diana", 'f'},
    {"sigrid", 'f'},   {"ingrid", 'f'},    {"astrid", 'f'},   {"freya", 'f'},     {"karin", 'f'},
    {"birgit", 'f'},   {"heidi", 'f'},     {"greta", 'f'},    {"agnieszka", 'f'}, {"katarzyna", 'f'},
    {"fiona", 'f'},    {"siobhan", 'f'},   {"aoife", 'f'},    {"niamh", 'f'},     {"sinead", 'f'},
    {"faith", 'f'},    {"mercy", 'f'},     {"joy", 'f'},      {"blessing", 'f'},  {"chiamaka", 'f'},
    {"ngozi", 'f'},    {"amina", 'f'},     {"leila", 'f'},    {"yasmin", 'f'},    {"mei", 'f'},
    {"sunita", 'f'},   {"anjali", 'f'},    {"deepa", 'f'},    {"lakshmi", 'f'},   {"meera", 'f'},
    // Common given names, for he/she: a pronoun never refers to a person of the other sex.
    {"tanya", 'f'}, {"tania", 'f'}, {"sonia", 'f'}, {"sonya", 'f'}, {"tina", 'f'}, {"gina", 'f'},
    {"nora", 'f'}, {"dora", 'f'}, {"vera", 'f'}, {"eva", 'f'}, {"ava", 'f'}, {"mia", 'f'},
    {"ella", 'f'}, {"olivia", 'f'}, {"isabella", 'f'}, {"sophia", 'f'}, {"charlotte", 'f'}, {"amelia", 'f'},
    {"harper", 'f'}, {"evelyn", 'f'}, {"abigail", 'f'}, {"madison", 'f'}, {"avery", 'f'}, {"scarlett", 'f'},
    {"aria", 'f'}, {"camila", 'f'}, {"penelope", 'f'}, {"layla", 'f'}, {"riley", 'f'}, {"zoey", 'f'},
    {"lily", 'f'}, {"eleanor", 'f'}, {"hazel", 'f'}, {"violet", 'f'}, {"aurora", 'f'}, {"savannah", 'f'},
    {"audrey", 'f'}, {"brooklyn", 'f'}, {"bella", 'f'}, {"skylar", 'f'}, {"paisley", 'f'}, {"everly", 'f'},
    {"nova", 'f'}, {"genesis", 'f'}, {"emilia", 'f'}, {"kennedy", 'f'}, {"samantha", 'f'}, {"willow", 'f'},
    {"kinsley", 'f'}, {"naomi", 'f'}, {"aaliyah", 'f'}, {"ariana", 'f'}, {"allison", 'f'}, {"gabriella", 'f'},
    {"madelyn", 'f'}, {"cora", 'f'}, {"ruby", 'f'}, {"serenity", 'f'}, {"autumn", 'f'}, {"adeline", 'f'},
    {"hailey", 'f'}, {"gianna", 'f'}, {"valentina", 'f'}, {"isla", 'f'}, {"eliana", 'f'}, {"quinn", 'f'},
    {"nevaeh", 'f'}, {"ivy", 'f'}, {"sadie", 'f'}, {"piper", 'f'}, {"lydia", 'f'}, {"alexa", 'f'},
    {"josephine", 'f'}, {"emery", 'f'}, {"delilah", 'f'}, {"arianna", 'f'}, {"vivian", 'f'}, {"kaylee", 'f'},
    {"brielle", 'f'}, {"madeline", 'f'}, {"rose", 'f'}, {"clara", 'f'}, {"megan", 'f'}, {"melissa", 'f'},
    {"stephanie", 'f'}, {"nicole", 'f'}, {"heather", 'f'}, {"amber", 'f'}, {"danielle", 'f'}, {"tiffany", 'f'},
    {"kimberly", 'f'}, {"christina", 'f'}, {"kelly", 'f'}, {"erin", 'f'}, {"crystal", 'f'}, {"tracy", 'f'},
    {"dawn", 'f'}, {"donna", 'f'}, {"debra", 'f'}, {"deborah", 'f'}, {"sharon", 'f'}, {"cynthia", 'f'},
    {"kathleen", 'f'}, {"pamela", 'f'}, {"shirley", 'f'}, {"janice", 'f'}, {"judith", 'f'}, {"judy", 'f'},
    {"joyce", 'f'}, {"virginia", 'f'}, {"beverly", 'f'}, {"denise", 'f'}, {"marilyn", 'f'}, {"frances", 'f'},
    {"jacqueline", 'f'}, {"gloria", 'f'}, {"teresa", 'f'}, {"doris", 'f'}, {"cheryl", 'f'}, {"mildred", 'f'},
    {"katherine", 'f'}, {"joan", 'f'}, {"ashley", 'f'}, {"brenda", 'f'}, {"diane", 'f'}, {"ruth", 'f'},
    {"melanie", 'f'}, {"jane", 'f'}, {"joanne", 'f'}, {"jo", 'f'}, {"louise", 'f'}, {"lorraine", 'f'},
    {"pauline", 'f'}, {"valerie", 'f'}, {"yvonne", 'f'}, {"sheila", 'f'}, {"gillian", 'f'}, {"jill", 'f'},
    {"carol", 'f'}, {"carole", 'f'}, {"alison", 'f'}, {"alexandra", 'f'}, {"natasha", 'f'}, {"tamara", 'f'},
    {"yulia", 'f'}, {"yuliya", 'f'}, {"oksana", 'f'}, {"tetiana", 'f'}, {"kateryna", 'f'}, {"marina", 'f'},
    {"galina", 'f'}, {"ludmila", 'f'}, {"lyudmila", 'f'}, {"elvira", 'f'}, {"ekaterina", 'f'}, {"yekaterina", 'f'},
    {"anastasia", 'f'}, {"daria", 'f'}, {"darya", 'f'}, {"polina", 'f'}, {"sofia", 'f'}, {"francesca", 'f'},
    {"giulia", 'f'}, {"chiara", 'f'}, {"federica", 'f'}, {"alessandra", 'f'}, {"paola", 'f'}, {"silvia", 'f'},
    {"valeria", 'f'}, {"beatriz", 'f'}, {"pilar", 'f'}, {"rosa", 'f'}, {"isabel", 'f'}, {"mariana", 'f'},
    {"adriana", 'f'}, {"fernanda", 'f'}, {"gabriela", 'f'}, {"carla", 'f'}, {"claudia", 'f'}, {"monica", 'f'},
    {"veronica", 'f'}, {"cristina", 'f'}, {"sabine", 'f'}, {"petra", 'f'}, {"monika", 'f'}, {"anke", 'f'},
    {"katrin", 'f'}, {"kristin", 'f'}, {"anja", 'f'}, {"nadine", 'f'}, {"jana", 'f'}, {"lena", 'f'},
    {"leonie", 'f'}, {"hanna", 'f'}, {"johanna", 'f'}, {"marie", 'f'}, {"camille", 'f'}, {"manon", 'f'},
    {"lea", 'f'}, {"julie", 'f'}, {"aurelie", 'f'}, {"helene", 'f'}, {"veronique", 'f'}, {"sandrine", 'f'},
    {"nathalie", 'f'}, {"isabelle", 'f'}, {"agnes", 'f'}, {"birgitta", 'f'}, {"annika", 'f'}, {"lotte", 'f'},
    {"marit", 'f'}, {"hilde", 'f'}, {"kari", 'f'}, {"siri", 'f'}, {"zainab", 'f'}, {"maryam", 'f'},
    {"khadija", 'f'}, {"noor", 'f'}, {"nour", 'f'}, {"hana", 'f'}, {"huda", 'f'}, {"salma", 'f'},
    {"rania", 'f'}, {"dina", 'f'}, {"deepika", 'f'}, {"pooja", 'f'}, {"neha", 'f'}, {"kavita", 'f'},
    {"rekha", 'f'}, {"asha", 'f'}, {"geeta", 'f'}, {"radha", 'f'}, {"shreya", 'f'}, {"divya", 'f'},
    {"nisha", 'f'}, {"aarti", 'f'}, {"ling", 'f'}, {"yan", 'f'}, {"xiu", 'f'}, {"hui", 'f'},
    {"jing", 'f'}, {"li", 'f'}, {"na", 'f'}, {"fang", 'f'}, {"keiko", 'f'}, {"yuko", 'f'},
    {"yuki", 'f'}, {"akiko", 'f'}, {"naoko", 'f'}, {"sakura", 'f'}, {"haruka", 'f'}, {"yumi", 'f'},
    {"emi", 'f'}, {"hiroko", 'f'}, {"chioma", 'f'}, {"adaeze", 'f'}, {"ifeoma", 'f'}, {"amara", 'f'},
    {"folake", 'f'}, {"funmilayo", 'f'}, {"nneka", 'f'}, {"precious", 'f'}, {"roisin", 'f'},
    {"orla", 'f'}, {"ciara", 'f'}, {"grainne", 'f'}, {"saoirse", 'f'}, {"mairead", 'f'}, {"nikki", 'f'},
    {"lauren", 'f'}, {"meghan", 'f'}, {"camilla", 'f'}, {"kemi", 'f'}, {"priti", 'f'}, {"suella", 'f'},
    {"marine", 'f'}, {"joseph", 'm'}, {"christopher", 'm'}, {"joshua", 'm'}, {"kenneth", 'm'}, {"timothy", 'm'},
    {"ronald", 'm'}, {"jeffrey", 'm'}, {"brandon", 'm'}, {"raymond", 'm'}, {"douglas", 'm'}, {"ethan", 'm'},
    {"walter", 'm'}, {"noah", 'm'}, {"jeremy", 'm'}, {"christian", 'm'}, {"keith", 'm'}, {"roger", 'm'},
    {"terry", 'm'}, {"gerald", 'm'}, {"harold", 'm'}, {"sean", 'm'}, {"austin", 'm'}, {"carl", 'm'},
    {"arthur", 'm'}, {"lawrence", 'm'}, {"dylan", 'm'}, {"jesse", 'm'}, {"jordan", 'm'}, {"bryan", 'm'},
    {"billy", 'm'}, {"bruce", 'm'}, {"gabriel", 'm'}, {"logan", 'm'}, {"albert", 'm'}, {"willie", 'm'},
    {"alan", 'm'}, {"juan", 'm'}, {"wayne", 'm'}, {"elijah", 'm'}, {"randy", 'm'}, {"roy", 'm'},
    {"vincent", 'm'}, {"ralph", 'm'}, {"eugene", 'm'}, {"russell", 'm'}, {"bobby", 'm'}, {"mason", 'm'},
    {"philip", 'm'}, {"louis", 'm'}, {"harry", 'm'}, {"oliver", 'm'}, {"jamie", 'm'}, {"ian", 'm'},
    {"neil", 'm'}, {"simon", 'm'}, {"nigel", 'm'}, {"graham", 'm'}, {"colin", 'm'}, {"barry", 'm'},
    {"derek", 'm'}, {"trevor", 'm'}, {"gordon", 'm'}, {"stuart", 'm'}, {"alistair", 'm'}, {"hamish", 'm'},
    {"angus", 'm'}, {"callum", 'm'}, {"declan", 'm'}, {"liam", 'm'}, {"ciaran", 'm'}, {"niall", 'm'},
    {"conor", 'm'}, {"eoin", 'm'}, {"padraig", 'm'}, {"cormac", 'm'}, {"fergus", 'm'}, {"seamus", 'm'},
    {"alexei", 'm'}, {"alexey", 'm'}, {"andrei", 'm'}, {"andrey", 'm'}, {"igor", 'm'}, {"pavel", 'm'},
    {"maxim", 'm'}, {"anatoly", 'm'}, {"gennady", 'm'}, {"konstantin", 'm'}, {"evgeny", 'm'}, {"yevgeny", 'm'},
    {"mykola", 'm'}, {"petro", 'm'}, {"taras", 'm'}, {"bohdan", 'm'}, {"vitali", 'm'}, {"vitaliy", 'm'},
    {"hans", 'm'}, {"jurgen", 'm'}, {"klaus", 'm'}, {"wolfgang", 'm'}, {"dieter", 'm'}, {"helmut", 'm'},
    {"gerhard", 'm'}, {"friedrich", 'm'}, {"karl", 'm'}, {"heinz", 'm'}, {"uwe", 'm'}, {"lars", 'm'},
    {"sven", 'm'}, {"erik", 'm'}, {"henrik", 'm'}, {"magnus", 'm'}, {"anders", 'm'}, {"nils", 'm'},
    {"bjorn", 'm'}, {"per", 'm'}, {"stefan", 'm'}, {"markus", 'm'}, {"matthias", 'm'}, {"tobias", 'm'},
    {"florian", 'm'}, {"felix", 'm'}, {"lukas", 'm'}, {"pierre", 'm'}, {"jacques", 'm'}, {"michel", 'm'},
    {"philippe", 'm'}, {"francois", 'm'}, {"nicolas", 'm'}, {"olivier", 'm'}, {"laurent", 'm'}, {"thierry", 'm'},
    {"didier", 'm'}, {"giovanni", 'm'}, {"antonio", 'm'}, {"francesco", 'm'}, {"marco", 'm'}, {"luca", 'm'},
    {"matteo", 'm'}, {"alessandro", 'm'}, {"lorenzo", 'm'}, {"paolo", 'm'}, {"roberto", 'm'}, {"carlos", 'm'},
    {"javier", 'm'}, {"alejandro", 'm'}, {"pablo", 'm'}, {"diego", 'm'}, {"sergio", 'm'}, {"jorge", 'm'},
    {"manuel", 'm'}, {"fernando", 'm'}, {"rafael", 'm'}, {"mohammed", 'm'}, {"muhammad", 'm'}, {"mohamed", 'm'},
    {"ahmed", 'm'}, {"ahmad", 'm'}, {"ali", 'm'}, {"hassan", 'm'}, {"hussein", 'm'}, {"omar", 'm'},
    {"khalid", 'm'}, {"abdullah", 'm'}, {"youssef", 'm'}, {"yusuf", 'm'}, {"ibrahim", 'm'}, {"mustafa", 'm'},
    {"karim", 'm'}, {"tariq", 'm'}, {"bilal", 'm'}, {"hamza", 'm'}, {"imran", 'm'}, {"faisal", 'm'},
    {"samir", 'm'}, {"walid", 'm'}, {"rahul", 'm'}, {"amit", 'm'}, {"ravi", 'm'}, {"sanjay", 'm'},
    {"vijay", 'm'}, {"anil", 'm'}, {"sunil", 'm'}, {"arjun", 'm'}, {"vikram", 'm'}, {"rohan", 'm'},
    {"wei", 'm'}, {"jun", 'm'}, {"hao", 'm'}, {"lei", 'm'}, {"jian", 'm'}, {"ming", 'm'},
    {"tao", 'm'}, {"hiroshi", 'm'}, {"takeshi", 'm'}, {"kenji", 'm'}, {"akira", 'm'}, {"satoshi", 'm'},
    {"fumio", 'm'}, {"shinzo", 'm'}, {"yoshihide", 'm'}, {"chinedu", 'm'}, {"emeka", 'm'}, {"olumide", 'm'},
    {"tunde", 'm'}, {"babajide", 'm'}, {"musa", 'm'}, {"kwame", 'm'}, {"kofi", 'm'}, {"yaw", 'm'},
    {"elon", 'm'}, {"jeff", 'm'}, {"bill", 'm'}, {"warren", 'm'}, {"tim", 'm'}, {"satya", 'm'},
    {"sundar", 'm'}, {"sam", 'm'}, {"jensen", 'm'},
    {"alexander", 'm'}, {"jens", 'm'},     {"vladimir", 'm'}, {"sergei", 'm'},    {"sergey", 'm'},
    {"jake", 'm'},     {"john", 'm'},      {"joe", 'm'},      {"antony", 'm'},    {"anthony", 'm'},
    {"volodymyr", 'm'}, {"kiril", 'm'},    {"mark", 'm'},     {"petr", 'm'},      {"peter", 'm'},
    {"olaf", 'm'},     {"luis", 'm'},      {"jose", 'm'},     {"andrew", 'm'},    {"daniel", 'm'},
    {"raj", 'm'},      {"martin", 'm'},    {"oleksandr", 'm'}, {"james", 'm'},    {"miguel", 'm'},
    {"alex", 'm'},     {"tom", 'm'},       {"wes", 'm'},      {"dmitry", 'm'},    {"dmitri", 'm'},
    {"boris", 'm'},    {"emmanuel", 'm'},  {"donald", 'm'},   {"barack", 'm'},    {"george", 'm'},
    {"david", 'm'},    {"michael", 'm'},   {"robert", 'm'},   {"william", 'm'},   {"richard", 'm'},
    {"thomas", 'm'},   {"charles", 'm'},   {"paul", 'm'},     {"steven", 'm'},    {"kevin", 'm'},
    {"brian", 'm'},    {"edward", 'm'},    {"jason", 'm'},    {"matthew", 'm'},   {"ryan", 'm'},
    {"jacob", 'm'},    {"gary", 'm'},      {"nicholas", 'm'}, {"eric", 'm'},      {"stephen", 'm'},
    {"jonathan", 'm'}, {"larry", 'm'},     {"justin", 'm'},   {"scott", 'm'},     {"frank", 'm'},
    {"benjamin", 'm'}, {"gregory", 'm'},   {"samuel", 'm'},   {"patrick", 'm'},   {"jack", 'm'},
    {"dennis", 'm'},   {"jerry", 'm'},     {"tyler", 'm'},    {"aaron", 'm'},     {"henry", 'm'},
    {"adam", 'm'},     {"nathan", 'm'},    {"zachary", 'm'},  {"kyle", 'm'},      {"ivan", 'm'},
    {"dmytro", 'm'},   {"mykhailo", 'm'},  {"andriy", 'm'},   {"oleg", 'm'},      {"nikolai", 'm'},
    {"mikhail", 'm'},  {"yuri", 'm'},      {"viktor", 'm'},   {"recep", 'm'},     {"xi", 'm'},
    {"narendra", 'm'}, {"pedro", 'm'},
    {"josep", 'm'},    {"josé", 'm'},      {"mario", 'm'},    {"giuseppe", 'm'},  {"pope", 'm'},
    {"mr", 'm'},       {"sir", 'm'},       {"lord", 'm'},     {"king", 'm'},      {"prince", 'm'},
    {"mrs", 'f'},      {"ms", 'f'},        {"miss", 'f'},     {"dame", 'f'},      {"lady", 'f'},
    {"queen", 'f'},    {"princess", 'f'}};

// Built on first use, like the sets above.
const std::unordered_map<std::string_view, Set>& role_match_table() {
  static const std::unordered_map<std::string_view, Set> kRoleMatches = {
    {"diplomat", {"foreign", "diplomat", "ambassador", "envoy", "state", "diplomacy"}},
    {"chief", {"chief", "head", "secretary", "general", "secretary-general", "director",
               "leader", "executive", "chairman", "chairwoman", "president", "commissioner",
               "under-secretary-general", "director-general"}},
    {"head", {"chief", "head", "secretary-general", "director", "leader", "chairman",
              "president", "director-general"}},
    {"leader", {"leader", "president", "prime", "chancellor", "premier", "head", "chief"}},
    {"premier", {"premier", "prime"}},
    {"prime", {"premier", "prime"}},
    {"spokesman", {"spokesman", "spokeswoman", "spokesperson"}},
    {"spokeswoman", {"spokesman", "spokeswoman", "spokesperson"}},
    {"spokesperson", {"spokesman", "spokeswoman", "spokesperson"}},
    {"justice", {"justice", "judge"}},
    {"judge", {"justice", "judge"}},
    {"lawmaker", {"lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp",
                  "representative", "rep", "sen"}},
    {"senator", {"senator", "sen"}},
    {"adviser", {"adviser", "advisor"}},
    {"advisor", {"adviser", "advisor"}},
    {"executive", {"executive", "ceo", "chief"}},
    {"ceo", {"executive", "ceo"}},
  };
  return kRoleMatches;
}

}  // namespace

bool is_reporting_verb(std::string_view w) { return in<kReportingVerbs>(w); }
bool is_weak_reporting_verb(std::string_view w) { return in<kWeakVerbs>(w); }
bool is_object_taking_verb(std::string_view w) { return in<kObjectTakingVerbs>(w); }
bool is_demonym(std::string_view w) { return in<kDemonyms>(w); }
bool is_verb_filler(std::string_view w) {
  return in<kVerbFillers>(w) || (w.size() > 4 && w.ends_with("ly") && !in<kReportingVerbs>(w));
}
bool is_title(std::string_view w) {
  // Occupations in "-ist" ("violinist", "columnist") work as titles before a name, and so do
  // compounds of a trade ("dockworker", "shopkeeper", "homeowner", "fisherman"); the
  // length bound keeps the surnames Driver and Keeper out.
  if (in<kTitles>(w) || (w.size() >= 7 && w.ends_with("ist"))) return true;
  // Not "-maker", "-builder", "-seller", "-dealer": chipmakers and housebuilders are companies,
  // but filmmakers and policymakers are people.
  for (std::string_view maker : {"filmmaker", "film-maker", "moviemaker", "policymaker", "policy-maker",
                                 "peacemaker", "playmaker", "dealmaker", "winemaker", "kingmaker",
                                 "documentary-maker", "programme-maker", "decision-maker"}) {
    if (w == maker) return true;
  }
  // Companions by a shared place or group ("bandmate", "classmate", "housemate", "cellmate").
  if (w.size() >= 8 && w.ends_with("mate")) return true;
  for (std::string_view end : {"worker", "keeper", "owner", "fighter", "driver", "fisherman", "businessman",
                               "businesswoman", "tradesman", "craftsman", "policeman",
                               "policewoman", "fireman", "firefighter"}) {
    if (w.size() >= end.size() + 3 && w.ends_with(end)) return true;
  }
  return false;
}
bool is_role_noun(std::string_view w) { return in<kRoleNouns>(w); }
bool is_function_word(std::string_view w) { return in<kFunctionWords>(w); }
bool is_place_or_institution(std::string_view w) { return in<kPlaces>(w); }
bool is_org_word(std::string_view w) { return in<kOrgWords>(w); }
bool is_nationality(std::string_view w) { return in<kNationalities>(w); }
bool is_particle(std::string_view w) { return in<kParticles>(w); }
bool is_speech_noun(std::string_view w) { return in<kSpeechNouns>(w); }
bool is_calendar_word(std::string_view w) { return in<kCalendar>(w); }
bool is_group_noun(std::string_view w) { return in<kGroupNouns>(w); }
bool is_kin_noun(std::string_view w) { return in<kKinNouns>(w); }
// Countries, territories and capitals of two or more words that read like a name (the
// single words of most countries and capitals are in kPlaces).
constexpr std::string_view kKnownPlaces[] = {
    "Burkina Faso", "Sierra Leone", "Costa Rica", "Puerto Rico", "El Salvador", "Sri Lanka",
    "Saudi Arabia", "Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "Cape Verde", "Cabo Verde",
    "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea", "East Timor", "Timor-Leste",
    "San Marino", "Trinidad and Tobago", "Antigua and Barbuda", "Saint Lucia", "Sao Tome",
    "South Sudan", "North Macedonia", "North Korea", "South Korea", "South Africa",
    "Western Sahara", "Nagorno-Karabakh", "Abu Dhabi", "Tel Aviv", "Buenos Aires", "La Paz",
    "Addis Ababa", "Dar es Salaam", "Kuala Lumpur", "Phnom Penh", "Port Moresby", "Santo Domingo",
    "Port-au-Prince", "Rio de Janeiro", "Sao Paulo", "São Paulo", "Hong Kong", "New Delhi",
    "Mexico City", "Guatemala City", "Panama City", "Kuwait City", "Port Louis", "Port Sudan",
    "Sharm el-Sheikh", "Ras Lanuf", "Deir ez-Zor", "Khan Younis", "Rafah", "Bir Zeit",
    "Porto Novo", "Porto-Novo", "Ouagadougou", "Niamey", "Bamako", "Nouakchott", "Freetown",
    "Monrovia", "Conakry", "Banjul", "Lome", "Lomé", "Cotonou", "Yaounde", "Yaoundé", "Bangui",
    "N'Djamena", "Ndjamena", "Kinshasa", "Brazzaville", "Kigali", "Bujumbura", "Kampala",
    "Mogadishu", "Hargeisa", "Asmara", "Khartoum", "Omdurman", "Tripoli", "Benghazi", "Misrata",
    "Tunis", "Algiers", "Sanaa", "Sana'a", "Aden", "Hodeidah", "Marib", "Muscat", "Doha",
    "Manama", "Kabul", "Kandahar", "Islamabad", "Karachi", "Lahore", "Dhaka", "Kathmandu",
    "Yangon", "Naypyidaw", "Vientiane", "Ulaanbaatar", "Tbilisi", "Yerevan", "Baku", "Astana",
    "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Chisinau", "Skopje", "Tirana", "Sarajevo",
    "Podgorica", "Pristina", "Ljubljana", "Bratislava", "Nicosia", "Valletta", "Caracas",
    "Bogota", "Bogotá", "Quito", "Montevideo", "Managua", "Tegucigalpa", "Havana", "Nairobi",
    "Mombasa", "Accra", "Abuja", "Dakar", "Harare", "Lusaka", "Luanda", "Maputo", "Windhoek",
    "Gaborone", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Benin", "Togo", "Gabon", "Liberia",
    "Gambia", "Mauritania", "Malawi", "Burundi", "Lesotho", "Eswatini", "Somaliland", "Darfur",
    "Tigray", "Herzegovina", "Liechtenstein", "Andorra", "Monaco", "Guyana", "Suriname", "Belize",
    "Bahamas", "Barbados", "Brunei"};

std::span<const std::string_view> known_firms() { return kKnownFirms; }
std::span<const std::string_view> known_places() { return kKnownPlaces; }
std::span<const std::string_view> one_word_firms() { return kOneWordFirms; }
bool is_organisation_noun(std::string_view w) { return in<kOrganisationNouns>(w); }

char first_name_gender(std::string_view w) {
  static const std::unordered_map<std::string_view, char> names(std::begin(kFirstNames),
                                                                 std::end(kFirstNames));
  const auto it = names.find(w);
  return it == names.end() ? 0 : it->second;
}

bool is_given_name(std::string_view w) {
  static const Set kOtherGivenNames = {
      "jean", "luc", "claude", "yves", "noel", "lou", "rene", "franz", "josef", "georg", "heinz",
      "jose", "juan", "abdel", "abdul", "abd", "abu", "mohammed", "ali", "hee", "jae", "ji",
      "kyung", "sung", "young", "min", "jin", "hyun", "mei", "xiao", "anne", "marie", "sophie"};
  return first_name_gender(w) != 0 || in(kOtherGivenNames, w);
}

// Common given names of many cultures (given_names.inc), sorted, for telling a person's
// name from an organisation's; kept apart from kFirstNames, which the rules that let a
// known first name carry ordinary nouns after it ("David Price") use.
constexpr std::pair<std::string_view, char> kGivenNames[] = {
#include "given_names.inc"
};

// find_given_name() searches the table by halves.
static_assert(std::is_sorted(std::begin(kGivenNames), std::end(kGivenNames),
                             [](const auto& a, const auto& b) { return a.first < b.first; }),
              "given_names.inc must be sorted by name");

namespace {
const std::pair<std::string_view, char>* find_given_name(std::string_view w) {
  const auto* it = std::lower_bound(std::begin(kGivenNames), std::end(kGivenNames), w,
                                    [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it != std::end(kGivenNames) && it->first == w ? it : nullptr;
}
}  // namespace

// Given names that given_names.inc leaves out because they are also places, words or
// titles ("Morgan", "Chelsea", "Hunter"): a person's name may still have one.
constexpr std::string_view kGivenNamesAlsoWords[] = {
    "morgan", "chelsea", "hunter", "sierra", "emir", "madison", "austin", "dallas", "lincoln",
    "brooklyn", "georgia", "virginia", "carolina", "sydney", "paris", "india", "israel", "kenya",
    "florida", "houston", "chase", "victoria", "jordan", "summer", "autumn", "winter", "king",
    "prince", "duke", "earl", "major", "justice", "liberty", "unity", "harmony", "royal",
    "trinity", "genesis", "nova", "river", "sky", "storm", "rock", "london", "washington"};

bool is_known_given_name(std::string_view w) {
  return is_given_name(w) || find_given_name(w) != nullptr || in<kGivenNamesAlsoWords>(w);
}

// Family names written first in Chinese, Korean and Vietnamese names ("Fan Bingbing",
// "Roh Tae-woo"), whose given names are too many to list.
constexpr std::string_view kFamilyNamesFirst[] = {
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang",
    "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
    "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "fan",
    "jin", "shi", "qin", "gu", "hou", "meng", "bai", "qiu", "kong", "mao", "xi", "yi", "kim", "lee",
    "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "shin", "kwon",
    "hwang", "ahn", "yoo", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "heo", "nam",
    "roh", "nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ho",
    "ngo", "duong", "ly"};

bool is_family_name_first(std::string_view w) { return in<kFamilyNamesFirst>(w); }

char given_name_sex(std::string_view w) {
  if (const char sex = first_name_gender(w)) return sex;
  const auto* entry = find_given_name(w);
  return entry && entry->second != 'u' ? entry->second : 0;
}

bool role_matches(std::string_view role, std::string_view word) {
  if (role == word) return true;
  const auto& table = role_match_table();
  const auto it = table.find(role);
  return it != table.end() && in(it->second, word);
}

}  // namespace news::lexicon
