#include "news/speakers.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>

#include "ascii.h"
#include "lexicon.h"
#include "news/text.h"

namespace news {

// ---- keys ---------------------------------------------------------------------------------

namespace {

// `w` is one of the words in `list`.
template <std::size_t N>
bool one_of(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Lower case; the common ASCII case needs no ICU.
std::string lower_of(std::string_view w) { return is_ascii(w) ? ascii::lower(w) : fold(w); }

// Spelling differences that transliteration of one name produces (Russian and Ukrainian
// names above all): "Grushko"/"Gruško", "Zelenskyy"/"Zelenskiy"/"Zelensky",
// "Sergey"/"Sergei". Applied to an already folded ASCII word.
std::string transliteration_key(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (next == 'h' && (c == 'k' || c == 's' || c == 'z' || c == 'c')) {
      out.push_back(c == 'k' ? 'h' : c);  // kh -> h, sh -> s, zh -> z, ch -> c
      ++i;
      continue;
    }
    out.push_back(c == 'y' ? 'i' : c);
  }
  // Doubled letters collapse: "zelenskii" -> "zelenski", "douglass" -> "douglas".
  std::string collapsed;
  collapsed.reserve(out.size());
  for (char c : out) {
    if (collapsed.empty() || collapsed.back() != c) collapsed.push_back(c);
  }
  return collapsed;
}

// Spellings of one first name that transliteration rules above do not merge: the same
// name romanised or spelt two ways (never two names, such as Volodymyr and Vladimir).
// Applied to the first word of a name of two or more words, after transliteration_key.
std::string_view first_name_variant(std::string_view w) {
  // Keys are transliteration_key forms: "Yuliya" is already "iulia", "Sergey" "sergei".
  static const std::unordered_map<std::string_view, std::string_view> kVariants = {
      {"aleksandr", "alexander"}, {"alexandr", "alexander"},  {"aleksander", "alexander"},
      {"aleksei", "alexei"},      {"alexej", "alexei"},       {"aleksej", "alexei"},
      {"maksim", "maxim"},        {"sergej", "sergei"},       {"serguei", "sergei"},
      {"jurij", "iuri"},          {"julia", "iulia"},         {"iulija", "iulia"},
      {"mohamed", "muhamad"},     {"mohamad", "muhamad"},     {"muhamed", "muhamad"},
      {"mohamud", "muhamad"},     {"ahmad", "ahmed"},         {"ahmet", "ahmed"},
      {"husein", "husain"},       {"hosein", "husain"},       {"iousef", "iusuf"},
      {"iousuf", "iusuf"},        {"andrej", "andrei"},       {"evgeni", "ievgeni"},
      {"jevgeni", "ievgeni"},     {"ekaterina", "iekaterina"}, {"natalja", "natalia"},
      {"tatjana", "tatiana"}};
  const auto it = kVariants.find(w);
  return it == kVariants.end() ? w : it->second;
}

}  // namespace

std::string speaker_key(std::string_view name) {
  const std::string folded = lower_of(name);
  std::string key;
  std::string word;
  std::size_t first_end = std::string::npos;  // where the first word's key ends
  auto flush = [&] {
    if (word.empty()) return;
    if (!key.empty()) key.push_back(' ');
    key += transliteration_key(word);
    if (first_end == std::string::npos) first_end = key.size();
    word.clear();
  };
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
    } else if (c == '\'' || c == '.') {
      continue;  // "O'Brien" -> "obrien", "J." -> "j"
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      word.push_back(c);  // a letter ICU could not transliterate: kept as is
    } else {
      flush();
    }
  }
  flush();
  if (first_end != std::string::npos && first_end < key.size()) {  // two words or more
    const std::string_view first(key.data(), first_end);
    const std::string_view variant = first_name_variant(first);
    if (variant != first) key = std::string(variant) + key.substr(first_end);
  }
  return key;
}

// ---- tokens -------------------------------------------------------------------------------

namespace {

enum class Kind { kWord, kNumber, kPunct, kQuote, kPossessive };

struct Token {
  std::string_view text;
  std::string lower;  // folded ASCII, for word lists
  Kind kind = Kind::kPunct;
  bool cap = false;   // a word whose first letter is upper case
  int para = 0;       // paragraph number
};

std::uint32_t decode(std::string_view s, std::size_t i, std::size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  std::size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  std::uint32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : n == 4 ? (c & 0x07) : c;
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

bool is_letter(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return u_isalpha(static_cast<UChar32>(cp));
}
bool is_upper(std::uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool is_digit(std::uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_quote(std::uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB ||
         cp == 0x2018 || cp == 0x2019 || cp == '\'';
}
bool is_apostrophe(std::uint32_t cp) { return cp == '\'' || cp == 0x2019; }

// A party and state tag after a US legislator's name: "R-Texas", "D-Calif.", "I-Vt.".
bool is_party_tag_text(std::string_view w) {
  return w.size() > 3 && w[1] == '-' && w[0] >= 'A' && w[0] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z';
}

// Abbreviations whose full stop belongs to the word ("Mr.", "Gen.", "U.S.").
bool keeps_full_stop(std::string_view lower) {
  static constexpr std::string_view kAbbrev[] = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep",
                                                 "gov", "gen", "lt", "col", "capt", "adm", "sgt",
                                                 "maj", "cmdr", "st", "jr", "sr", "rev", "hon",
                                                 "pres", "amb", "supt", "insp", "det", "engr", "atty"};
  if (lower.size() == 1) return true;  // an initial
  if (lower.find('.') != std::string_view::npos) return true;
  return one_of(kAbbrev, lower);
}

// "al-Hakim", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name
// is a capitalised name word.
bool is_particle_hyphen_name(std::string_view w) {
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'A' &&
         w[dash + 1] <= 'Z' && lexicon::is_particle(w.substr(0, dash));
}

// An odd number of single quotation marks so far in paragraph `para` (within 80 tokens).
bool single_quote_open(const std::vector<Token>& out, int para) {
  int marks = 0;
  for (std::size_t k = out.size(), n = 0; k-- > 0 && n < 80 && out[k].para == para; ++n) {
    if (out[k].kind == Kind::kQuote && (out[k].text == "'" || out[k].text == "\u2018" || out[k].text == "\u2019")) ++marks;
  }
  return marks % 2 == 1;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5);
  int para = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    const std::uint32_t cp = decode(text, i, &len);
    if (cp == '\n') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++para;
      i += len;
      continue;
    }
    if (cp == ' ' || cp == '\t' || cp == '\r') {
      i += len;
      continue;
    }
    Token t;
    t.para = para;
    if (is_letter(cp) || is_digit(cp)) {
      const std::size_t start = i;
      bool digits_only = true;
      std::size_t j = i;
      while (j < text.size()) {
        std::size_t l = 0;
        const std::uint32_t c = decode(text, j, &l);
        if (is_letter(c) || is_digit(c)) {
          digits_only = digits_only && is_digit(c);
          j += l;
          continue;
        }
        // Joiners inside a word: hyphen, dot between letters, apostrophe before a letter
        // ("O'Brien") but not the possessive "'s".
        if (j + l < text.size()) {
          std::size_t l2 = 0;
          const std::uint32_t after = decode(text, j + l, &l2);
          if ((c == '-' || c == '.') && is_letter(after)) {
            j += l;
            continue;
          }
          if (is_apostrophe(c) && is_letter(after)) {
            const bool possessive =
                (after == 's' || after == 'S') &&
                (j + l + l2 >= text.size() || !is_letter(decode(text, j + l + l2, &l2)));
            if (!possessive) {
              j += l;
              continue;
            }
          }
        }
        break;
      }
      t.text = text.substr(start, j - start);
      t.kind = digits_only ? Kind::kNumber : Kind::kWord;
      t.lower = lower_of(t.text);
      if (j < text.size() && text[j] == '.' && t.kind == Kind::kWord &&
          (keeps_full_stop(t.lower) || (is_party_tag_text(t.text) && j - start <= 8))) {
        ++j;
        t.text = text.substr(start, j - start);
        t.lower += '.';
      }
      t.cap = t.kind == Kind::kWord && (is_upper(cp) || is_particle_hyphen_name(t.text));
      i = j;
      out.push_back(std::move(t));
      continue;
    }
    if (is_apostrophe(cp) && !out.empty() && out.back().kind == Kind::kWord &&
        i + len < text.size() && (text[i + len] == 's' || text[i + len] == 'S')) {
      std::size_t l2 = 0;
      const bool end = i + len + 1 >= text.size() || !is_letter(decode(text, i + len + 1, &l2));
      if (end) {
        t.text = text.substr(i, len + 1);
        t.kind = Kind::kPossessive;
        out.push_back(std::move(t));
        i += len + 1;
        continue;
      }
    }
    std::size_t next_len = 0;
    // "the Ashbury Street Traders' Association": a plural's possessive, unless a single
    // quotation mark opened not long before ('... called it 'a loss for farmers' and').
    if (is_apostrophe(cp) && !out.empty() && out.back().kind == Kind::kWord && out.back().text.ends_with('s') &&
        i + len + 1 < text.size() && text[i + len] == ' ' && is_letter(decode(text, i + len + 1, &next_len)) &&
        !single_quote_open(out, para)) {
      t.text = text.substr(i, len);
      t.kind = Kind::kPossessive;
      out.push_back(std::move(t));
      i += len;
      continue;
    }
    t.text = text.substr(i, len);
    t.kind = is_quote(cp) ? Kind::kQuote : Kind::kPunct;
    out.push_back(std::move(t));
    i += len;
  }
  return out;
}

// ---- mentions -------------------------------------------------------------------------------

// Initials of a name: "J.", "J.D.", "F." (but "U.S." is a nationality, see the lexicon).
bool is_initials(const Token& t) {
  if (t.text.size() < 2 || t.text.back() != '.' || lexicon::is_nationality(t.lower)) return false;
  for (std::size_t i = 0; i < t.text.size(); ++i) {
    const char c = t.text[i];
    const bool letter_slot = i % 2 == 0;
    if (letter_slot ? !(c >= 'A' && c <= 'Z') : c != '.') return false;
  }
  return true;
}

// "Jr.", "Sr.", "III" after a name: "Martin Luther King Jr." is not cut at "King".
bool is_name_suffix(const Token& t) {
  return t.lower == "jr." || t.lower == "sr." || t.lower == "jr" || t.lower == "sr" || t.text == "II" ||
         t.text == "III" || t.text == "IV";
}

bool is_party_tag(const Token& t) { return is_party_tag_text(t.text); }

bool is_acronym(const Token& t) {
  if (is_party_tag(t)) return true;
  if (t.text.size() < 2 || is_initials(t)) return false;
  // A plural acronym ("MPs", "GPs", "NGOs") is one too.
  const std::string_view text =
      t.text.size() > 2 && t.text.back() == 's' ? t.text.substr(0, t.text.size() - 1) : t.text;
  int letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2 || text.find('.') != std::string_view::npos;
}

// Every part of a hyphenated word is a title word ("Secretary-General").
bool is_title_word(const Token& t) {
  std::string_view lw = t.lower;
  if (lw.size() > 1 && lw.back() == '.') lw.remove_suffix(1);  // "Ms." is "ms"
  if (lexicon::is_title(lw)) return true;
  // "Co-star", "Co-host", "Ex-wife", "Ex-teammate": a prefix before a title, a role or a
  // relative.
  static constexpr std::string_view kCoRoles[] = {"star", "host", "accused", "defendant", "worker",
                                                  "lead", "anchor", "creator", "conspirator"};
  for (std::string_view prefix : {"co-", "ex-", "vice-", "deputy-", "acting-"}) {
    if (!lw.starts_with(prefix)) continue;
    const std::string_view rest = lw.substr(prefix.size());
    if (lexicon::is_title(rest) || lexicon::is_role_noun(rest) || lexicon::is_kin_noun(rest) ||
        (prefix == "co-" && one_of(kCoRoles, rest))) {
      return true;
    }
  }
  if (lw.find('-') == std::string_view::npos) return false;
  // "Secretary-General", "Mayor-elect", "Mother-of-two", "Father-of-six", "Son-in-law":
  // titles, relatives, function and number words.
  static constexpr std::string_view kParts[] = {"elect", "designate", "son", "law", "six", "seven",
                                                "eight", "nine", "ten", "eleven", "twelve"};
  std::size_t start = 0;
  while (start <= lw.size()) {
    std::size_t end = lw.find('-', start);
    if (end == std::string_view::npos) end = lw.size();
    const std::string_view part = lw.substr(start, end - start);
    if (!lexicon::is_title(part) && !lexicon::is_function_word(part) && !lexicon::is_kin_noun(part) &&
        !one_of(kParts, part)) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

// An age used as an adjective: "Seventeen-year-old", "17-year-old", "Six-month-old".
bool is_age_word(std::string_view lw) {
  for (std::string_view end : {"-year-old", "-years-old", "-yr-old", "-month-old", "-week-old", "-day-old"}) {
    if (lw.size() > end.size() && lw.ends_with(end)) return true;
  }
  return false;
}

// Plural endings of company-like words that surnames hardly ever have ("Renewables",
// "Industries", "Technologies", "Communications", "Logistics").
bool is_company_plural(std::string_view lw) {
  for (std::string_view end : {"ables", "ibles", "ies", "ments", "tions", "sions", "ics"}) {
    if (lw.size() > end.size() + 3 && lw.ends_with(end)) return true;
  }
  return false;
}

// A noun for someone who does something ("supporter", "resident", "student"), by its
// ending; not a verb, adverb or function word ("never", "whether", "either").
bool is_agent_noun_word(std::string_view w) {
  if (w.size() < 6) return false;
  if (lexicon::is_function_word(w) || lexicon::is_verb_filler(w) || lexicon::is_reporting_verb(w) ||
      w.ends_with("ever") || w.ends_with("ther")) {
    return false;
  }
  for (std::string_view end : {"er", "or", "ist", "ant", "ent"}) {
    if (w.ends_with(end)) return true;
  }
  return false;
}
// The same, written in lower case in the text.
bool is_agent_noun(const Token& t) { return t.kind == Kind::kWord && !t.cap && is_agent_noun_word(t.lower); }

// Words that open the object of "added" ("added a goal", "added another", "added two").
constexpr std::string_view kCountedObjects[] = {"a", "an", "another", "two", "three", "four", "five",
                                                "six", "seven", "eight", "nine", "ten", "his", "her",
                                                "their", "its"};

// Prepositions that open a sentence before a place or a time ("In Barangay Sulangan, ...").
bool is_preposition(std::string_view lw) {
  static constexpr std::string_view kWords[] = {"in", "at", "on", "from", "for", "with", "by", "to", "of",
                                                "near", "after", "before", "during", "outside", "inside",
                                                "across", "under", "over", "into", "since", "between",
                                                "among", "around", "across", "throughout"};
  return one_of(kWords, lw);
}

// Words that may stand between a lower-case title and the name ("its general secretary").
bool is_determiner(std::string_view lw) {
  for (std::string_view d : {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}) {
    if (lw == d) return true;
  }
  return false;
}

bool is_dash_text(std::string_view s) { return s == "-" || s == "\u2013" || s == "\u2014"; }

// Words stripped from the front of a capitalised run: they describe a person but are not
// part of the name.
bool is_leading_non_name(const Token& t) {
  const std::string_view lw = t.lower;
  return lexicon::is_function_word(lw) || is_title_word(t) || lexicon::is_nationality(lw) ||
         lexicon::is_calendar_word(lw) || lexicon::is_place_or_institution(lw) ||
         lexicon::is_org_word(lw) || is_acronym(t) || lexicon::is_kin_noun(lw) || is_age_word(lw);
}

// A Korean given name as news romanises it: two syllables joined by a hyphen, the second
// in lower case ("Ji-hoon", "Jae-in", "Heung-min").
bool is_korean_given_name(std::string_view text) {
  const std::size_t hyphen = text.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 2 < text.size() &&
         text.find('-', hyphen + 1) == std::string_view::npos && text[hyphen + 1] >= 'a' && text[hyphen + 1] <= 'z';
}

// A hyphenated word with a part in capitals, as organisations' names have ("Promo-LEX",
// "Euro-NCAP"); a person's name has none ("Jean-Luc", "al-Sisi").
bool has_acronym_part(std::string_view text) {
  std::size_t start = 0;
  bool hyphenated = false;
  while (start <= text.size()) {
    std::size_t end = text.find('-', start);
    if (end == std::string_view::npos) end = text.size();
    else hyphenated = true;
    const std::string_view part = text.substr(start, end - start);
    if (hyphenated && part.size() >= 2 &&
        std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

// Post-nominal letters and suffixes between a name and what follows: "Jonathan Crow KC",
// "Jane Doe MP".
bool is_post_nominal(const Token& t) { return t.kind == Kind::kWord && (is_acronym(t) || t.lower == "phd"); }

// Legal forms that end a company's name: "Harwood Lettings Ltd", "Acme Inc".
bool is_legal_form(std::string_view lw) {
  for (std::string_view f : {"ltd", "inc", "plc", "llc", "llp", "corp", "gmbh", "limited", "incorporated"}) {
    if (lw == f) return true;
  }
  return false;
}

struct Mention {
  std::size_t run_begin = 0;  // the capitalised run, titles included
  std::size_t begin = 0;      // the name itself
  std::size_t end = 0;        // one past the name
  bool valid = false;         // looks like a person's name
  bool surname_only = false;  // one word (or a particle-led surname): resolved later
  bool titled = false;        // a title or honorific came before it
  bool after_the = false;     // "the Kremlin": an institution
  bool the_first = false;     // the run began with "the" (even if a title followed)
  bool first_kept = false;    // a function word kept as a name ("Will Quince")
  bool place_first_name = false;  // a place that is a given name before a surname ("Sofía Lozano")
  bool org_evidence = false;  // used the way only organisations are ("X chief executive Y")
  bool firm_evidence = false;  // a company even as one word ("group Brandt", "X, founded in")
  bool acronym_first = false;  // a first name written as capitals ("TM Roh", "JD Vance")
  bool family_name_first = false;  // a Korean family name that is also a word ("Park Ji-hoon")
  bool calendar_first_name = false;  // a month that is a given name ("Jan de Vries")
  bool aged = false;           // an age follows ("Lakshmamma, a 62-year-old cane grower,")
  std::vector<std::string> descriptor;  // titles and role words around the mention
  int person = -1;
};

struct Person {
  std::string display;  // the fullest form the article gives
  std::size_t words = 0;
  std::string key;
  std::string surname_key;
  std::string first_key;
  char gender = 0;
  bool titled = false;
  bool aged = false;  // given an age: a person even when known by one name
  std::vector<std::string> descriptor;
  bool speaker = false;
  bool referred_to = false;  // a "he"/"she" or a role ("the coach said") refers back to this person
  std::size_t first_mention = 0;
};

bool is_name_word(const Token& t) { return t.kind == Kind::kWord && t.cap; }

// A full stop, question or exclamation mark: the end of a sentence.
bool ends_sentence(const Token& t) {
  return t.kind == Kind::kPunct && (t.text == "." || t.text == "?" || t.text == "!");
}

// Organisation words that no surname is ("Logan Airport", "Austin Energy", "Kennedy Center"),
// unlike "Hall", "Church", "Lake" or "Green", which are surnames as well.
bool never_a_surname(std::string_view lw) {
  static constexpr std::string_view kWords[] = {
      "airport", "station", "university", "college", "foundation", "hospital", "institute",
      "centre", "center", "energy", "power", "company", "corporation", "corp", "inc", "ltd", "llc",
      "plc", "group", "council", "ministry", "department", "agency", "committee", "commission",
      "service", "services", "holdings", "partners", "capital", "ventures", "museum", "library", "stadium",
      "arena", "school", "academy", "airlines", "airways", "motors", "bank", "trust", "society",
      "association", "federation", "union", "party", "club", "fc", "united", "city", "county",
      "hotel", "tower", "building", "plaza", "memorial", "prize", "award", "act", "water", "life",
      "health", "healthcare", "networks", "utilities", "unit", "books", "publishing", "publishers",
      "productions", "pictures", "entertainment", "minerals", "metals", "chemicals", "logistics",
      "foods", "chamber", "realty", "properties", "farms"};
  return one_of(kWords, lw);
}

// The words of a folded name and the parts of its hyphenated words.
std::vector<std::string> split_name_words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : name) {
    if (c == ' ' || c == '-') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The speaker keys of a list of names, for lookups by key.
std::unordered_set<std::string> keys_of(std::span<const std::string_view> names) {
  std::unordered_set<std::string> keys;
  for (std::string_view n : names) keys.insert(speaker_key(n));
  return keys;
}

// Bounds on look-back, so that no article costs more than linear time times a constant.
constexpr std::size_t kMaxPeopleCompared = 400;
constexpr std::size_t kPronounReach = 400;    // tokens
constexpr std::size_t kRoleReach = 4000;      // tokens
constexpr std::size_t kSentenceReach = 200;   // tokens

class Extractor {
 public:
  // Statements are looked for from byte `body_start` on; what comes before (the headline)
  // only names people.
  explicit Extractor(std::string_view text, std::size_t body_start = 0) : toks_(tokenize(text)) {
    find_quotations();
    while (first_event_token_ < toks_.size() && byte_offset(toks_[first_event_token_], text) < body_start) {
      ++first_event_token_;
    }
  }

  std::vector<std::string> run() {
    find_mentions();
    build_people();
    person_evidence_ = person_evidence();
    find_events();
    std::vector<const Person*> speakers;
    for (std::size_t id = 0; id < people_.size(); ++id) {
      if (people_[id].speaker && known_as_person(id)) speakers.push_back(&people_[id]);
    }
    std::stable_sort(speakers.begin(), speakers.end(), [](const Person* a, const Person* b) {
      return a->first_mention < b->first_mention;
    });
    std::vector<std::string> out;
    for (const Person* p : speakers) out.push_back(p->display);
    return out;
  }

 private:
  bool word_is(std::size_t i, std::string_view lw) const {
    return i < toks_.size() && toks_[i].kind == Kind::kWord && toks_[i].lower == lw;
  }
  bool punct_is(std::size_t i, std::string_view p) const {
    return i < toks_.size() && toks_[i].kind == Kind::kPunct && toks_[i].text == p;
  }
  bool is_quote_tok(std::size_t i) const { return i < toks_.size() && toks_[i].kind == Kind::kQuote; }

  // speaker_key of the words [b, e), computed once per article: the same names come back
  // in every rule (companies, full names, surnames), and a key costs a fold and an
  // allocation or two.
  const std::string& span_key(std::size_t b, std::size_t e) const {
    const std::uint64_t id = (static_cast<std::uint64_t>(b) << 32) | static_cast<std::uint64_t>(e - b);
    auto it = span_keys_.find(id);
    if (it == span_keys_.end()) it = span_keys_.emplace(id, speaker_key(name_text(b, e))).first;
    return it->second;
  }

  std::string name_text(std::size_t b, std::size_t e) const {
    std::string s;
    for (std::size_t i = b; i < e; ++i) {
      if (!s.empty()) s.push_back(' ');
      s.append(toks_[i].text);
    }
    return s;
  }

  // Which quotation each token is inside (-1: none), by double quotation marks. A
  // paragraph that opens a quotation and does not close it continues into the next one
  // when that one opens with a quotation mark, the convention for a quotation running over
  // several paragraphs; otherwise the quotation ends with its paragraph.
  void find_quotations() {
    quote_of_.assign(toks_.size(), -1);
    int current = -1, next = 0;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      const Token& t = toks_[i];
      const bool dq = t.kind == Kind::kQuote && (t.text == "\"" || t.text == "\u201c" || t.text == "\u201d" ||
                                                 t.text == "\u201e" || t.text == "\u00ab" || t.text == "\u00bb");
      const bool closing = t.text == "\u201d" || t.text == "\u00bb";
      if (i > 0 && t.para != toks_[i - 1].para && current >= 0) {
        if (dq && !closing) {  // the same quotation, reopened
          quote_of_[i] = current;
          continue;
        }
        current = -1;
      }
      // Marks alternate: copy often has the wrong curl ('... eventualities, \u201cshe told').
      if (!dq) {
        quote_of_[i] = current;
      } else if (current >= 0) {
        quote_of_[i] = current;
        current = -1;
      } else {
        current = next++;
        quote_of_[i] = current;
      }
    }
  }

  void find_mentions() {
    for (const Token& t : toks_) {
      if (t.kind == Kind::kWord) (t.cap ? cap_words_ : lower_words_).insert(t.lower);
    }
    mention_at_end_.assign(toks_.size(), -1);
    mention_at_start_.assign(toks_.size(), -1);
    std::size_t i = 0;
    while (i < toks_.size()) {
      if (!is_name_word(toks_[i])) {
        ++i;
        continue;
      }
      std::size_t e = i + 1;
      while (e < toks_.size() && toks_[e].para == toks_[i].para) {
        if (is_name_word(toks_[e])) {
          ++e;
        } else if (toks_[e].kind == Kind::kWord && lexicon::is_particle(toks_[e].lower) &&
                   e + 1 < toks_.size() && (is_name_word(toks_[e + 1]) ||
                                            (lexicon::is_particle(toks_[e + 1].lower) &&
                                             e + 2 < toks_.size() && is_name_word(toks_[e + 2])))) {
          ++e;
        } else {
          break;
        }
      }
      add_mention(i, e);
      i = e;
    }
  }

  void add_mention(std::size_t run_begin, std::size_t run_end) {
    Mention m;
    m.run_begin = run_begin;
    std::size_t b = run_begin;
    std::size_t e = run_end;
    // Lower-case role words just before the run: "council leader Claire Douglas".
    for (std::size_t k = run_begin, n = 0; k-- > 0 && n < 4; ++n) {
      const Token& t = toks_[k];
      if (t.kind != Kind::kWord || t.cap || t.para != toks_[run_begin].para) break;
      if (is_title_word(t) || lexicon::is_role_noun(t.lower) || lexicon::is_kin_noun(t.lower)) {
        m.descriptor.push_back(t.lower);
        m.titled = true;
      } else if (!is_determiner(t.lower)) {
        break;  // "an analyst at InTouch": a preposition ends the title
      }
    }
    m.after_the = run_begin > 0 && word_is(run_begin - 1, "the");
    // Capitals at a sentence start say nothing; elsewhere a capitalised "Will" is a name.
    const bool sentence_initial = run_begin == 0 || toks_[run_begin - 1].para != toks_[run_begin].para ||
                                  toks_[run_begin - 1].kind == Kind::kQuote ||
                                  (toks_[run_begin - 1].kind == Kind::kPunct &&
                                   (toks_[run_begin - 1].text == "." || toks_[run_begin - 1].text == "?" ||
                                    toks_[run_begin - 1].text == "!" || toks_[run_begin - 1].text == ":" ||
                                    is_dash_text(toks_[run_begin - 1].text)));  // "BEIRUT - For X,"
    if (acronym_first_name(b, e)) {
      m.acronym_first = true;
      m.begin = b;
    }
    // "Sofía Lozano-Uribe", "Jordan Henderson": a place that is also a given name, before a
    // word that can only be a surname, is the given name ("Sofia University" stays a place).
    const auto given_name_place = [&](std::size_t k) {
      return k + 1 < e && lexicon::is_place_or_institution(toks_[k].lower) &&
             lexicon::is_known_given_name(toks_[k].lower) && !is_leading_non_name(toks_[k + 1]) &&
             !never_a_surname(toks_[k + 1].lower) && !lexicon::is_group_noun(toks_[k + 1].lower) &&
             !is_company_plural(toks_[k + 1].lower);
    };
    // "Undergraduate Pria Ramasami said", "Publisher Wambui Mwangi": a capital that only
    // opens the sentence, on a noun for what someone does, before a name of two words or
    // more, is a role, not a given name.
    if (sentence_initial && b == run_begin && e - b >= 3 && is_sentence_initial_role(b)) {
      m.descriptor.push_back(toks_[b].lower);
      m.titled = true;
      ++b;
    }
    while (!m.acronym_first && b < e && ((is_leading_non_name(toks_[b]) &&
                      !(!sentence_initial && b + 1 < e && lexicon::is_function_word(toks_[b].lower) &&
                        !is_title_word(toks_[b]) && toks_[b].lower != "the" &&
                        !lexicon::is_place_or_institution(toks_[b].lower))) ||
                     (b + 1 < e && lexicon::is_particle(toks_[b].lower) && !is_name_word(toks_[b + 1]) &&
                      !given_name_particle(b, e)))) {
      if (given_name_place(b)) {
        m.place_first_name = true;
        break;
      }
      // "Can Özdemir, an economist, noted", "Will Quince said": a modal that is also a given
      // name, opening a sentence before one surname and then a comma or a reporting verb.
      if (b == run_begin && sentence_initial && e - b == 2 && e == run_end &&
          (toks_[b].lower == "can" || toks_[b].lower == "will" || toks_[b].lower == "may") &&
          (punct_is(run_end, ",") ||
           (run_end < toks_.size() && lexicon::is_reporting_verb(toks_[run_end].lower)))) {
        break;
      }
      // "Jan de Vries", "June Sarpong": a month that is also a given name, before a surname
      // (a date has a number after the month: "Jan 5").
      if (b == run_begin && b + 1 < e && lexicon::is_calendar_word(toks_[b].lower) &&
          lexicon::is_known_given_name(toks_[b].lower) && !toks_[b].text.ends_with(".") &&
          !lexicon::is_calendar_word(toks_[b + 1].lower) &&
          (is_name_word(toks_[b + 1]) || lexicon::is_particle(toks_[b + 1].lower))) {
        m.calendar_first_name = true;
        break;
      }
      // "Park Ji-hoon", "Moon Jae-in": a Korean family name that is also a word, before a
      // hyphenated given name.
      // (After a title too: "Dr Park Ji-hoon".)
      if (e - b == 2 && lexicon::is_family_name_first(toks_[b].lower) && is_korean_given_name(toks_[b + 1].text)) {
        m.family_name_first = true;
        break;
      }
      // "Park said": the family name alone; the people found later decide (a park, else).
      if (b == run_begin && e - b == 1 && e == run_end && lexicon::is_family_name_first(toks_[b].lower) &&
          lexicon::is_org_word(toks_[b].lower) && run_end < toks_.size() &&
          lexicon::is_reporting_verb(toks_[run_end].lower)) {
        break;
      }
      // "Earl Jenkins, 88,": a peer's title that is also a given name, before one surname
      // and an age, is the given name ("Earl Spencer said" stays the peer).
      if ((toks_[b].lower == "earl" || toks_[b].lower == "duke") && b + 2 == e && e == run_end &&
          age_follows(run_end)) {
        break;
      }
      // "senior meteorologist Dean Narramore": after a lower-case role, a title that is also
      // a given name, before one surname, is the given name (no one writes "meteorologist Dean").
      if (b == run_begin && m.titled && b + 2 == e && e == run_end && !sentence_initial &&
          lexicon::is_known_given_name(toks_[b].lower) && !lexicon::is_title(toks_[b + 1].lower)) {
        break;
      }
      const Token& t = toks_[b];
      if (t.lower == "the" && b == run_begin) m.after_the = true;
      if (is_title_word(t)) {
        m.titled = true;
      }
      m.descriptor.push_back(t.lower);
      ++b;
    }
    while (e > b && (lexicon::is_calendar_word(toks_[e - 1].lower) || is_acronym(toks_[e - 1]))) --e;
    // A title inside the run ends what came before it: "Nebraska Solicitor General James
    // Campbell" is James Campbell.
    for (std::size_t k = e; k-- > b + 1;) {
      if (is_title_word(toks_[k]) && k + 1 < e && !is_name_suffix(toks_[k + 1])) {
        for (std::size_t d = b; d <= k; ++d) m.descriptor.push_back(toks_[d].lower);
        m.titled = true;
        b = k + 1;
        break;
      }
    }
    m.begin = b;
    m.first_kept = b < e && lexicon::is_function_word(toks_[b].lower);
    m.end = e;
    m.the_first = m.after_the;
    if (m.titled) m.after_the = false;  // "the Deputy Minister X": a person after all
    // "the Italian Marco Bellandi": a nationality, then a given name and a surname.
    if (m.after_the && b > run_begin && e - b >= 2 && lexicon::is_nationality(toks_[b - 1].lower) &&
        lexicon::is_known_given_name(toks_[b].lower)) {
      m.after_the = false;
    }
    // Appositive right after: "X, the UN relief chief," adds role words.
    if (run_end < toks_.size() && punct_is(run_end, ",")) {
      for (std::size_t k = run_end + 1; k < toks_.size() && k < run_end + 14; ++k) {
        const Token& t = toks_[k];
        if (t.kind != Kind::kWord) break;
        if (t.cap && !is_title_word(t) && !lexicon::is_function_word(t.lower) &&
            !lexicon::is_org_word(t.lower) && !is_acronym(t)) {
          break;
        }
        m.descriptor.push_back(t.lower);
      }
    }
    // "appointed Joost van der Berg as head coach": the role after "as".
    if (word_is(run_end, "as")) {
      for (std::size_t k = run_end + 1; k < toks_.size() && k < run_end + 6; ++k) {
        const Token& t = toks_[k];
        if (t.kind != Kind::kWord || t.cap) break;
        if (is_determiner(t.lower)) continue;
        if (!is_title_word(t) && !lexicon::is_role_noun(t.lower)) break;
        m.descriptor.push_back(t.lower);
      }
    }
    m.valid = classify(m);
    // "Ishikawa's new album, Broken Dial,": a name set off after a possessive and a noun
    // that is no role or relative names a thing of the owner's.
    if (m.valid && names_a_work(run_begin)) m.valid = false;
    // "Londoners", "Berliners", "Parisians": the people of a place the article names.
    if (m.valid && m.end == m.begin + 1 && is_people_of_named_place(toks_[m.begin].lower)) m.valid = false;
    // "Collecting the award, Ndiaye dedicated it": a participle opening the sentence, before
    // its object ("Kettering said" is a surname).
    if (m.valid && sentence_initial && m.end == m.begin + 1 && m.begin == run_begin &&
        toks_[m.begin].lower.size() > 5 && toks_[m.begin].lower.ends_with("ing") &&
        !lexicon::is_known_given_name(toks_[m.begin].lower) && run_end < toks_.size() &&
        toks_[run_end].kind == Kind::kWord && !toks_[run_end].cap && lexicon::is_function_word(toks_[run_end].lower)) {
      m.valid = false;
    }
    // An age makes a one-word name a person ("Lakshmamma, 62,"), not a capitalised noun at a
    // sentence's start ("Actress, 58, told pals").
    m.aged = m.valid && !sentence_initial && !is_title_word(toks_[m.begin]) &&
             !lexicon::is_role_noun(toks_[m.begin].lower) && age_follows(run_end);
    // "Bavarian Nordic, the Danish company that makes the vaccine,": an appositive whose
    // head noun names an organisation.
    if (m.valid && appositive_names_organisation(run_end, m.begin < m.end && lexicon::is_given_name(toks_[m.begin].lower))) {
      m.valid = false;
      m.org_evidence = true;
    }
    if (firm_context(run_begin, run_end)) {
      m.valid = false;
      m.org_evidence = true;
      m.firm_evidence = true;
    }
    if (m.valid && (joined_by_ampersand(run_begin, run_end) || owned_by_person(run_begin) || staff_of(run_end) ||
                    outlet_noun_follows(run_end) || workplace_at(run_begin) ||
                    inside_organisation_name(run_begin) || analysts_at(run_begin))) {
      m.valid = false;
      m.org_evidence = true;
    }
    if (m.valid && (place_or_ship_prefix(toks_[run_begin]) || known_firm(m) || known_place(m))) m.valid = false;
    if (m.valid && hyphenated_firm(m)) {
      m.valid = false;
      m.org_evidence = true;
    }
    // "Lille coach Paulo Fonseca", "Wizz Air chief executive József Váradi": a name
    // followed by a lower-case title and another name is an organisation or a place.
    {
      std::size_t k = run_end;
      // Coordinated titles count as one: "Saltwell co-founder and chief executive X".
      const auto role_at = [&](std::size_t j) {
        return j < toks_.size() && toks_[j].kind == Kind::kWord && !toks_[j].cap &&
               (is_title_word(toks_[j]) || lexicon::is_role_noun(toks_[j].lower));
      };
      while (k < toks_.size() && k < run_end + 6 &&
             (role_at(k) || (k > run_end && word_is(k, "and") && role_at(k + 1)))) {
        ++k;
      }
      if (k > run_end && k < toks_.size() && is_name_word(toks_[k])) {
        m.valid = false;
        m.org_evidence = true;
      }
      // "A former Melbourne councillor ... has told a jury", "Biden aide": one capitalised
      // word before a role noun modifies it; the role is the subject.
      if (m.valid && k > run_end && m.end == m.begin + 1) m.valid = false;
      // "Lifelong supporter Kelly-Ann Prosser": a capitalised word opening a sentence before
      // a lower-case agent noun and a name is an adjective, not a name.
      if (m.valid && sentence_initial && run_end == run_begin + 1 && run_end + 1 < toks_.size() &&
          is_agent_noun(toks_[run_end]) && is_name_word(toks_[run_end + 1]) &&
          lexicon::first_name_gender(toks_[run_begin].lower) == 0) {
        m.valid = false;
      }
    }
    const int id = static_cast<int>(mentions_.size());
    if (m.end > m.begin) {
      mention_at_end_[m.end - 1] = id;
      mention_at_start_[run_begin] = id;
      if (m.begin != run_begin) mention_at_start_[m.begin] = id;
    }
    mentions_.push_back(std::move(m));
  }

  // The run starting at `run_begin` follows "X's [adjectives] NOUN," where NOUN names a work
  // or a thing ("album", "film", "book", "company"); "the club's head of medical, Dr X" is
  // no such noun.
  bool names_a_work(std::size_t run_begin) const {
    if (run_begin < 3 || !punct_is(run_begin - 1, ",")) return false;
    std::size_t k = run_begin - 1;
    const std::size_t noun = k - 1;
    static constexpr std::string_view kWorks[] = {
        "album", "single", "song", "track", "record", "film", "movie", "documentary", "book", "novel",
        "memoir", "biography", "series", "show", "play", "musical", "opera", "podcast", "painting",
        "exhibition", "collection", "game", "app", "brand", "label", "ship", "boat", "yacht", "horse",
        "dog", "restaurant", "bar", "cafe", "shop", "project", "campaign", "report", "debut", "sequel",
        "tour", "festival", "play", "poem", "column", "blog", "newsletter", "band", "company", "firm"};
    const Token& n = toks_[noun];
    if (n.kind != Kind::kWord || n.cap || !one_of(kWorks, n.lower)) return false;
    for (k = noun; k-- > 0 && noun - k <= 3;) {
      if (toks_[k].kind == Kind::kPossessive) return true;
      if (toks_[k].kind != Kind::kWord || toks_[k].cap) return false;
    }
    return false;
  }

  // A plural for the people of a place the article names in capitals: "Londoners" with
  // "London", "Parisians" with "Paris" ("Myers" and "Powers" are surnames: no "My", "Pow").
  bool is_people_of_named_place(std::string_view lw) const {
    for (std::string_view end : {"ers", "ians", "ans", "ites"}) {
      if (lw.size() > end.size() + 3 && lw.ends_with(end) &&
          cap_words_.count(lw.substr(0, lw.size() - end.size()))) {
        return true;
      }
    }
    return false;
  }

  // A capitalised word that is a noun for a person's role or trade: one the article also
  // writes in lower case, or one with the ending of an agent noun ("performer",
  // "undergraduate", "economist") before a given name; never a given name itself.
  bool is_sentence_initial_role(std::size_t k) const {
    const Token& t = toks_[k];
    if (t.kind != Kind::kWord || t.lower.size() < 5 || lexicon::is_known_given_name(t.lower) ||
        lexicon::is_particle(t.lower)) {
      return false;
    }
    if (lower_words_.count(t.lower)) return true;
    if (k + 1 >= toks_.size() || !lexicon::is_known_given_name(toks_[k + 1].lower)) return false;
    for (std::string_view end : {"er", "or", "ist", "ant", "ent", "ate", "ian", "ee", "ic"}) {
      if (t.lower.ends_with(end)) return true;
    }
    return false;
  }

  // "Ben van Loon": a capitalised "Ben" before a lower-case particle and a surname is a
  // given name, not the Hebrew or Arabic particle.
  bool given_name_particle(std::size_t b, std::size_t e) const {
    return toks_[b].lower == "ben" && toks_[b].cap && b + 2 < e && !toks_[b + 1].cap &&
           lexicon::is_particle(toks_[b + 1].lower);
  }

  // ", 88," or ", a 62-year-old cane grower": an age right after the name at `end`.
  bool age_follows(std::size_t end) const {
    if (!punct_is(end, ",") || end + 1 >= toks_.size()) return false;
    const Token& n = toks_[end + 1];
    if (n.kind == Kind::kNumber) {
      return n.text.size() <= 3 && n.text.find_first_not_of("0123456789") == std::string_view::npos &&
             punct_is(end + 2, ",");
    }
    return (word_is(end + 1, "a") || word_is(end + 1, "an")) && end + 2 < toks_.size() &&
           toks_[end + 2].kind == Kind::kWord && toks_[end + 2].lower.ends_with("-year-old");
  }

  // "TM Roh, has described", "JD Vance said": two or three capitals that are not a known
  // acronym, then one surname, then a comma or a reporting verb: the capitals are initials.
  bool acronym_first_name(std::size_t b, std::size_t e) const {
    if (e != b + 2) return false;
    const Token& a = toks_[b];
    if (a.text.size() != 2 || !is_acronym(a) || is_party_tag(a)) return false;
    for (char c : a.text) {
      if (c < 'A' || c > 'Z') return false;
    }
    const std::string_view lw = a.lower;
    if (lexicon::is_place_or_institution(lw) || lexicon::is_nationality(lw) || lexicon::is_org_word(lw) ||
        is_title_word(a) || is_leading_non_name(toks_[b + 1]) || !is_name_word(toks_[b + 1])) {
      return false;
    }
    // A company's capitals also stand alone ("BT Openreach ... BT said"); initials do not.
    if (acronym_stands_alone(a.text, toks_[b + 1].text)) return false;
    std::size_t k = e;
    while (k < toks_.size() && k < e + 3 && toks_[k].kind == Kind::kWord && lexicon::is_verb_filler(toks_[k].lower)) {
      ++k;
    }
    return punct_is(e, ",") || (k < toks_.size() && toks_[k].kind == Kind::kWord &&
                                lexicon::is_reporting_verb(toks_[k].lower));
  }

  // Capitals `acronym` appear somewhere not followed by `surname`. Computed once per
  // article: the first call records where every two-capital token stands.
  bool acronym_stands_alone(std::string_view acronym, std::string_view surname) const {
    if (!acronym_index_built_) {
      for (std::size_t i = 0; i < toks_.size(); ++i) {
        if (toks_[i].kind == Kind::kWord && toks_[i].text.size() == 2 && is_acronym(toks_[i])) {
          acronym_uses_[toks_[i].text].push_back(i);
        }
      }
      acronym_index_built_ = true;
    }
    const auto it = acronym_uses_.find(acronym);
    if (it == acronym_uses_.end()) return false;
    for (std::size_t i : it->second) {
      if (i + 1 >= toks_.size() || toks_[i + 1].text != surname) return true;
    }
    return false;
  }

  // The context of a capitalised run shows a company, so strongly that even a one-word name
  // is one wherever it appears: a company noun before it ("the car-parts group Brandt",
  // "drugmaker Halvorsen Pharma"), "X, founded in/by", "X was founded", "X shares fell".
  bool firm_context(std::size_t run_begin, std::size_t run_end) const {
    if (run_begin > 0 && toks_[run_begin - 1].kind == Kind::kWord && !toks_[run_begin - 1].cap) {
      const std::string_view w = toks_[run_begin - 1].lower;
      static constexpr std::string_view kFirmNouns[] = {
          "company", "firm", "group", "bank", "lender", "insurer", "retailer", "chain", "carrier",
          "airline", "conglomerate", "giant", "brokerage", "consultancy", "subsidiary", "housebuilder",
          "biotech", "startup", "start-up", "supermarket", "grocer", "manufacturer", "automaker",
          "carmaker", "drugmaker", "chipmaker", "miner", "utility", "outfit",
          // "The farmers' organisation LTO Nederland", "trading house Agroport Black Sea".
          "organisation", "organization", "association", "union", "charity",
          "cooperative", "co-operative", "coalition", "alliance", "federation", "agency", "label",
          "studio", "broadcaster", "network", "platform", "app", "brand", "club", "house"};
      // Not "the company Elon Musk founded": a person's name followed by what they did to it.
      static constexpr std::string_view kDidToIt[] = {
          "founded", "co-founded", "runs", "ran", "leads", "led", "chairs", "chaired", "owns",
          "owned", "started", "created", "built", "set", "heads", "headed", "joined", "left",
          "bought", "sold", "took", "works", "worked", "manages", "managed", "represents",
          "advises", "advised", "launched", "backs", "backed", "sued", "had", "once"};
      const bool did_to_it = run_end < toks_.size() && toks_[run_end].kind == Kind::kWord &&
                             one_of(kDidToIt, toks_[run_end].lower);
      if (!did_to_it &&
          (one_of(kFirmNouns, w) || (w.size() > 7 && w.ends_with("maker") && !lexicon::is_title(w)))) {
        return true;
      }
    }
    auto founded = [&](std::size_t k) {
      return word_is(k, "founded") || word_is(k, "headquartered") || word_is(k, "incorporated");
    };
    if (punct_is(run_end, ",") && founded(run_end + 1)) return true;
    if ((word_is(run_end, "was") || word_is(run_end, "is")) && founded(run_end + 1)) return true;
    if (word_is(run_end, "shares") || word_is(run_end, "stock")) return movement_verb(run_end + 1);
    // "Shares in Kestrel rose", "a stake in Saltwell": only a company has shares.
    if (run_begin >= 2 && (word_is(run_begin - 1, "in") || word_is(run_begin - 1, "of")) &&
        (word_is(run_begin - 2, "shares") || word_is(run_begin - 2, "stake") || word_is(run_begin - 2, "stock"))) {
      return true;
    }
    return false;
  }

  // "Barclay Hedges analysts said", "Acme Jones employees": a name before the plural of a
  // firm's staff is the firm's.
  bool staff_of(std::size_t run_end) const {
    if (run_end >= toks_.size() || toks_[run_end].kind != Kind::kWord || toks_[run_end].cap) return false;
    static constexpr std::string_view kStaff[] = {"analysts", "economists", "strategists", "executives",
                                                  "employees", "shareholders", "bankers", "engineers"};
    return one_of(kStaff, toks_[run_end].lower);
  }

  // "told Al-Masirah television", "the Daily Nation newspaper reported": a name before a
  // medium's noun is a broadcaster or a paper.
  bool outlet_noun_follows(std::size_t run_end) const {
    if (run_end >= toks_.size() || toks_[run_end].kind != Kind::kWord || toks_[run_end].cap) return false;
    static constexpr std::string_view kOutlets[] = {"television", "tv", "radio", "channel", "newspaper",
                                                    "broadcaster", "daily", "magazine", "website",
                                                    "tabloid", "weekly", "network", "outlet"};
    return one_of(kOutlets, toks_[run_end].lower);
  }

  // Verbs of a share price: "X's shares fell", "X stock jumped".
  bool movement_verb(std::size_t k) const {
    if (k >= toks_.size() || toks_[k].kind != Kind::kWord) return false;
    static constexpr std::string_view kMoves[] = {
        "fell", "rose", "jumped", "slumped", "slump", "climbed", "dropped", "gained", "closed",
        "tumbled", "surged", "plunged", "slid", "sank", "soared", "edged", "dipped", "rallied",
        "fall", "rise", "jump", "climb", "drop", "tumble", "surge", "plunge", "sink", "soar"};
    return one_of(kMoves, toks_[k].lower);
  }

  // "Johnson & Johnson", "Marks & Spencer", "Ernst & Young": names joined by "&".
  bool joined_by_ampersand(std::size_t run_begin, std::size_t run_end) const {
    return (run_begin >= 2 && punct_is(run_begin - 1, "&") && is_name_word(toks_[run_begin - 2])) ||
           (punct_is(run_end, "&") && run_end + 1 < toks_.size() && is_name_word(toks_[run_end + 1]));
  }

  // "Jeff Bezos's Blue Origin said": a name owned by a person's full name is a thing of
  // theirs, unless a title makes it a person ("Donald Trump's Secretary of State X").
  bool owned_by_person(std::size_t run_begin) const {
    if (run_begin < 2 || toks_[run_begin - 1].kind != Kind::kPossessive || is_title_word(toks_[run_begin])) {
      return false;
    }
    const int id = mention_at_end_[run_begin - 2];
    if (id < 0) return false;
    const Mention& owner = mentions_[static_cast<std::size_t>(id)];
    return owner.valid && !owner.surname_only && !owner.titled;
  }

  // "the Department of Health and Social Care", "the Department for Business and Trade":
  // a run after "and" that continues an organisation's "of/for" name.
  bool inside_organisation_name(std::size_t run_begin) const {
    if (run_begin < 3 || !word_is(run_begin - 1, "and") || !is_name_word(toks_[run_begin - 2])) return false;
    std::size_t k = run_begin - 2;
    while (k > 0 && run_begin - k < 6 && is_name_word(toks_[k - 1])) --k;
    if (k < 2 || !(word_is(k - 1, "of") || word_is(k - 1, "for"))) return false;
    return is_name_word(toks_[k - 2]) && lexicon::is_org_word(toks_[k - 2].lower);
  }

  // "Analysts at Morgan Stanley", "an economist at Berenberg": a workplace.
  // "spent 11 seasons at Vitória de Guimarães", "worked at Harwood Lettings": a name where
  // someone works, plays or studies is an organisation's, not a person's.
  bool workplace_at(std::size_t run_begin) const {
    if (run_begin < 2 || !word_is(run_begin - 1, "at")) return false;
    static constexpr std::string_view kWork[] = {
        "years", "seasons", "season", "months", "spell", "stint", "career", "worked", "works",
        "working", "studied", "studies", "played", "plays", "playing", "taught", "teaches", "based",
        "employed", "trained", "coached", "job", "jobs", "post", "internship", "apprenticeship"};
    return toks_[run_begin - 2].kind == Kind::kWord && one_of(kWork, toks_[run_begin - 2].lower);
  }

  bool analysts_at(std::size_t run_begin) const {
    if (run_begin < 2 || !word_is(run_begin - 1, "at") || toks_[run_begin - 2].kind != Kind::kWord) return false;
    const Token& t = toks_[run_begin - 2];
    return (!t.cap || run_begin - 2 == 0 || toks_[run_begin - 3].kind != Kind::kWord) &&
           (lexicon::is_title(t.lower) || lexicon::is_group_noun(t.lower) || t.lower.ends_with("ists"));
  }

  // "St. Louis", "Fort Worth", "San Jose", "Mount Kenya", "HMS Victory", "USS Ford".
  static bool place_or_ship_prefix(const Token& t) {
    // And teams: "Team Velocita", "Team Sky".
    static constexpr std::string_view kPrefixes[] = {
        "st", "st.", "saint", "fort", "ft.", "mount", "mt", "mt.", "san", "santa", "sao", "cape",
        "hms", "uss", "rms", "hmcs", "hmas", "mv", "ss", "ins", "team"};
    return one_of(kPrefixes, t.lower);
  }

  // "Krauss-Maffei Wegmann", "Hewlett-Packard Enterprise", "Rolls-Royce Holdings": a name of
  // two words or more led by two capitalised names joined by a hyphen, neither of them a
  // given name, is a company. People's hyphenated names are given names ("Jean-Luc
  // Mélenchon", "Kelly-Ann Prosser", "Abdel-Fattah el-Sisi") or surnames, which come last
  // ("Sofía Lozano-Uribe").
  bool hyphenated_firm(const Mention& m) const {
    if (m.end < m.begin + 2 || m.titled || m.acronym_first) return false;
    const std::string_view w = toks_[m.begin].text;
    const std::string_view lw = toks_[m.begin].lower;
    const std::size_t dash = w.find('-'), ldash = lw.find('-');
    if (dash == std::string_view::npos || ldash == std::string_view::npos || dash == 0 || dash + 1 >= w.size() ||
        w.find('-', dash + 1) != w.npos || !(w[dash + 1] >= 'A' && w[dash + 1] <= 'Z')) {
      return false;
    }
    const std::string_view a = lw.substr(0, ldash), b = lw.substr(ldash + 1);
    // The first part against the wide list ("Jan-Pieter"), the second against the common
    // names only ("Rolls-Royce" is a firm though Royce is a given name).
    return !lexicon::is_known_given_name(a) && !lexicon::is_given_name(b) && !lexicon::is_particle(a);
  }

  // Companies that read as a first name and surname ("Goldman Sachs", "Taylor Wimpey").
  bool known_firm(const Mention& m) const {
    if (m.end < m.begin + 2 || m.acronym_first) return false;
    static const std::unordered_set<std::string> kKeys = keys_of(lexicon::known_firms());
    return kKeys.count(span_key(m.begin, m.end)) > 0;
  }

  // Countries and cities whose names read as a first name and surname ("Burkina Faso",
  // "Sierra Leone", "Costa Rica"), with or without a particle ("El Salvador").
  bool known_place(const Mention& m) const {
    static const std::unordered_set<std::string> kKeys = keys_of(lexicon::known_places());
    return (m.end > m.begin && kKeys.count(span_key(m.begin, m.end)) > 0) ||
           (m.end > m.run_begin + 1 && kKeys.count(span_key(m.run_begin, m.end)) > 0);
  }

  // The appositive after a name at `run_end` (", the Danish company that ...") has an
  // organisation noun as its head: the last word before "that/which/who/of/in/,".
  // given_name: the name opens with a known given name, so a head noun that names people
  // as often as firms ("John Smith, a local investor") is a person's.
  // The head noun of an appositive that follows a name: "X, the Danish company that ..." is
  // "company", "X, a Lagos-based investor," is "investor"; empty when there is none, or when
  // it is a possessive ("the company's chief executive") or a "who" clause follows.
  std::string_view appositive_head(std::size_t run_end) const {
    if (!punct_is(run_end, ",") || !(word_is(run_end + 1, "the") || word_is(run_end + 1, "a") ||
                                     word_is(run_end + 1, "an"))) {
      return {};
    }
    std::string_view head;
    for (std::size_t k = run_end + 2; k < toks_.size() && k < run_end + 8; ++k) {
      const Token& t = toks_[k];
      if (t.kind == Kind::kPossessive) return {};  // "the company's chief executive"
      if (t.kind != Kind::kWord) break;
      // "X, a Lagos-based investor who advises ...": "who" makes the head a person.
      if (t.lower == "who") return {};
      if (t.lower == "that" || t.lower == "which" || t.lower == "whose" || t.lower == "of" || t.lower == "in" ||
          t.lower == "at" || t.lower == "with" || t.lower == "for") {
        break;
      }
      // "the German fertiliser and chemicals group": coordinated modifiers before the head.
      if (t.lower != "and") head = t.lower;
    }
    return head;
  }

  bool appositive_names_organisation(std::size_t run_end, bool given_name) const {
    const std::string_view head = appositive_head(run_end);
    if (given_name) {
      for (std::string_view either : {"investor", "developer", "publisher", "operator", "supplier", "provider",
                                      "broadcaster", "maker", "manufacturer", "retailer"}) {
        if (head == either) return false;
      }
    }
    return lexicon::is_organisation_noun(head);
  }

  // An appositive whose head names a person's role or trade: "X, a welder,", "X, the
  // mission's chief,"; not "X, the main observer mission," (the head is "mission").
  bool appositive_names_person(std::size_t run_end) const {
    const std::string_view head = appositive_head(run_end);
    if (head.empty() || lexicon::is_organisation_noun(head)) return false;
    return lexicon::is_title(head) || lexicon::is_role_noun(head) || lexicon::is_kin_noun(head) ||
           is_agent_noun_word(head);
  }

  // "fire information officer Forrest Tower said", "Daniel Tower said": a building word that
  // is also a surname ends a two-word name led by a known given name or a lower-case role
  // word, right before a reporting verb ("Trump Tower said", "the Willis Tower" stay buildings).
  bool building_surname(const Mention& m, std::size_t k) const {
    const std::string_view w = toks_[k].lower;
    if (w != "tower" && w != "towers" && w != "building") return false;
    if (k + 1 != m.end || m.end - m.begin != 2 || m.the_first || m.after_the) return false;
    if (!lexicon::is_given_name(toks_[m.begin].lower) && !(m.titled && m.run_begin == m.begin)) return false;
    return m.end < toks_.size() && lexicon::is_reporting_verb(toks_[m.end].lower);
  }

  bool classify(Mention& m) const {
    if (m.end <= m.begin || m.after_the) return false;
    std::size_t name_words = 0;
    // "Local MP Ben Lake", "David Price": after a title or a known first name, later words
    // may also be ordinary nouns.
    const bool person_led = m.end - m.begin >= 2 &&
                            ((m.titled && !m.the_first) ||
                             lexicon::first_name_gender(toks_[m.begin].lower) != 0) &&
                            !lexicon::is_org_word(toks_[m.begin].lower) &&
                            !lexicon::is_place_or_institution(toks_[m.begin].lower);
    for (std::size_t k = m.begin; k < m.end; ++k) {
      const Token& t = toks_[k];
      if (lexicon::is_particle(t.lower) && k + 1 < m.end) continue;
      if (k == m.begin && (m.family_name_first || m.calendar_first_name ||
                           (m.end == m.begin + 1 && lexicon::is_family_name_first(t.lower)))) {
        ++name_words;
        continue;
      }
      if (person_led && k > m.begin && (!never_a_surname(t.lower) || building_surname(m, k)) &&
          (lexicon::is_org_word(t.lower) || lexicon::is_place_or_institution(t.lower))) {
        ++name_words;
        continue;
      }
      // "Gerrit Jan Smits": a month that is a given name, between a given name and a surname.
      const bool middle_given_name = k > m.begin && k + 1 < m.end && lexicon::is_known_given_name(t.lower) &&
                                     lexicon::is_known_given_name(toks_[k - 1].lower);
      if (lexicon::is_org_word(t.lower) || has_acronym_part(t.text) ||
          (lexicon::is_place_or_institution(t.lower) && !(k == m.begin && m.place_first_name)) ||
          (is_company_plural(t.lower) && !given_name_in_ies(m, k)) ||
          (lexicon::is_calendar_word(t.lower) && !middle_given_name) ||
          (lexicon::is_function_word(t.lower) && !(k == m.begin && m.first_kept)) ||
          lexicon::is_group_noun(t.lower) || (is_acronym(t) && !(k == m.begin && m.acronym_first))) {
        return false;
      }
      ++name_words;
    }
    if (name_words == 0 || name_words > 4) return false;
    // "Anglo American", "Pan American": a continent's adjective ends a company, not a
    // surname (unlike "English" or "French", which are surnames too).
    if (m.end - m.begin >= 2) {
      for (std::string_view w : {"american", "african", "asian", "european", "continental"}) {
        if (toks_[m.end - 1].lower == w) return false;
      }
    }
    // "Ben Crump", "Ben van Loon": a capitalised "Ben" before one name, or before a
    // lower-case particle, is a first name, not a particle.
    const bool first_name_particle =
        toks_[m.begin].lower == "ben" && (m.end - m.begin == 2 || given_name_particle(m.begin, m.end));
    m.surname_only = !first_name_particle && (name_words == 1 || lexicon::is_particle(toks_[m.begin].lower));
    return true;
  }

  // "Annelies Vogelsang-Meier": a word in "-ies" ("Industries", "Properties") ends a company's
  // name, but first in a name of two or more words, before a surname that is no company or
  // institution word, it is a given name.
  bool given_name_in_ies(const Mention& m, std::size_t k) const {
    if (k != m.begin || m.end - m.begin < 2 || !toks_[k].lower.ends_with("ies")) return false;
    for (std::size_t j = k + 1; j < m.end; ++j) {
      const std::string_view w = toks_[j].lower;
      if (is_company_plural(w) || lexicon::is_org_word(w) || lexicon::is_place_or_institution(w)) return false;
    }
    return true;
  }

  int find_person_by_key(const std::string& key) const {
    const auto it = person_by_key_.find(key);
    return it == person_by_key_.end() ? -1 : it->second;
  }

  void update_person(Person& p, const Mention& m) {
    p.titled = p.titled || m.titled;
    p.aged = p.aged || m.aged;
    for (const std::string& d : m.descriptor) {  // a set: repeated mentions add nothing
      if (std::find(p.descriptor.begin(), p.descriptor.end(), d) == p.descriptor.end()) {
        p.descriptor.push_back(d);
      }
    }
    for (const std::string& d : m.descriptor) {
      if (!p.gender) p.gender = lexicon::first_name_gender(d.ends_with('.') ? d.substr(0, d.size() - 1) : d);
    }
  }

  void build_people() {
    // A name seen once with a legal form ("Harwood Lettings Ltd") or used the way only
    // organisations are ("Goldman Sachs chief economist X", "Lockheed Martin, which makes",
    // "Wells Fargo's profits") is a company wherever it appears ("Goldman Sachs said").
    // Strong evidence ("group Brandt", "Halvorsen's shares fell", "Hartwell, founded in")
    // makes even a one-word name a company; a title still makes it a person ("Mr Brandt").
    std::unordered_set<std::string> companies;
    for (const Mention& m : mentions_) {
      if (m.end > m.begin + 1 && is_legal_form(toks_[m.end - 1].lower)) {
        companies.insert(span_key(m.begin, m.end - 1));
      } else if (m.end > m.begin && (m.firm_evidence || used_as_organisation(m.end))) {
        companies.insert(span_key(m.begin, m.end));
      } else if (m.end > m.begin + 1 && m.org_evidence) {
        companies.insert(span_key(m.begin, m.end));
      }
    }
    // "Andreessen Horowitz ... the firm's co-founder, Marc Andreessen": two words, the first
    // no given name but the surname of a person the article names in full (led by a known
    // given name), are a firm named after its founders.
    {
      std::unordered_set<std::string> founder_surnames;
      for (const Mention& m : mentions_) {
        if (m.valid && !m.surname_only && m.end >= m.begin + 2 && lexicon::first_name_gender(toks_[m.begin].lower) != 0) {
          founder_surnames.insert(span_key(m.end - 1, m.end));
        }
      }
      for (const Mention& m : mentions_) {
        if (m.valid && !m.titled && !m.surname_only && m.end == m.begin + 2 &&
            !lexicon::is_given_name(toks_[m.begin].lower) && !lexicon::is_given_name(toks_[m.begin + 1].lower) &&
            founder_surnames.count(span_key(m.begin, m.begin + 1)) > 0) {
          companies.insert(span_key(m.begin, m.end));
        }
      }
    }
    if (!companies.empty()) {
      for (Mention& m : mentions_) {
        if (m.valid && !(m.surname_only && m.titled) && companies.count(span_key(m.begin, m.end))) {
          m.valid = false;
        }
      }
    }
    // "Lansdowne Ventures ... Lansdowne said": the first word of an organisation's name,
    // used alone, is that organisation unless a person in the article has it as surname.
    std::unordered_set<std::string> organisation_heads;
    for (const Mention& m : mentions_) {
      if (!m.valid && m.end >= m.begin + 2 && !m.after_the) {
        const std::string_view last = toks_[m.end - 1].lower;
        if (lexicon::is_org_word(last) || is_company_plural(last) || is_legal_form(last) || m.org_evidence) {
          organisation_heads.insert(span_key(m.begin, m.begin + 1));
        }
      }
    }
    // Full names first, so a surname can refer forward or back to them.
    for (Mention& m : mentions_) {
      if (!m.valid || m.surname_only) continue;
      const std::string display = name_text(m.begin, m.end);
      const std::string& key = span_key(m.begin, m.end);
      int id = find_person_by_key(key);
      const std::string first(first_name_variant(span_key(m.begin, m.begin + 1)));
      const std::string& surname = span_key(m.end - 1, m.end);
      const std::size_t words = m.end - m.begin;
      if (id < 0) {
        // "José Álvarez" after "José María Álvarez": one person. So is a tail of a longer
        // name ("Lula da Silva" of "Luiz Inácio Lula da Silva"), either way round.
        // Bounded: an article naming thousands of people only gets exact-key grouping.
        for (std::size_t p = 0; p < people_.size() && p < kMaxPeopleCompared; ++p) {
          const Person& o = people_[p];
          // And a head of a longer name ("Mariana de la Cruz" in a headline, "Mariana de la
          // Cruz Ferreira" in the text).
          if ((o.first_key == first && o.surname_key == surname) ||
              (o.words > 1 && (o.key.ends_with(" " + key) || key.ends_with(" " + o.key))) ||
              (o.words > 1 && words > 1 && (o.key.starts_with(key + " ") || key.starts_with(o.key + " ")))) {
            id = static_cast<int>(p);
          }
        }
        if (id >= 0 && words > people_[static_cast<std::size_t>(id)].words) {
          people_[static_cast<std::size_t>(id)].first_key = first;
        }
      }
      if (id < 0) {
        Person p;
        p.display = display;
        p.words = words;
        p.key = key;
        p.first_key = first;
        p.surname_key = surname;
        p.gender = lexicon::first_name_gender(first);
        if (!p.gender) p.gender = lexicon::given_name_sex(toks_[m.begin].lower);
        p.first_mention = m.begin;
        id = static_cast<int>(people_.size());
        people_.push_back(std::move(p));
      } else if (words > people_[static_cast<std::size_t>(id)].words) {
        people_[static_cast<std::size_t>(id)].display = display;
        people_[static_cast<std::size_t>(id)].words = words;
      }
      person_by_key_[key] = id;
      m.person = id;
      update_person(people_[static_cast<std::size_t>(id)], m);
    }
    // Surnames: the nearest earlier full name with that surname, else the first later one.
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, int>>> full_by_surname;
    std::unordered_map<std::string, int> long_by_first;
    std::unordered_map<std::string, int> full_by_first;
    std::unordered_map<std::string, int> full_by_first_surname;
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      const Mention& m = mentions_[mi];
      if (m.person < 0) continue;
      const Person& p = people_[static_cast<std::size_t>(m.person)];
      if (p.words > 1) full_by_surname[p.surname_key].emplace_back(mi, m.person);
      // "Park Ji-woo ... Park said": a family name written first is what the name alone is.
      if (p.words > 1 && p.words <= 3 && m.family_name_first) {
        full_by_surname[span_key(m.begin, m.begin + 1)].emplace_back(mi, m.person);
      }
      // "Ahmad bin Ismail ... Mr Ahmad said": a name with a patronymic ("bin", "binti",
      // "ibn") is called by its given name.
      if (m.end >= m.begin + 3 && (word_is(m.begin + 1, "bin") || word_is(m.begin + 1, "binti") ||
                                   word_is(m.begin + 1, "bint") || word_is(m.begin + 1, "ibn"))) {
        full_by_surname[span_key(m.begin, m.begin + 1)].emplace_back(mi, m.person);
      }
      if (p.words > 2) long_by_first.emplace(p.first_key, m.person);
      if (p.words > 1) {
        const auto [it, fresh] = full_by_first.emplace(p.first_key, m.person);
        if (!fresh && it->second != m.person) it->second = -1;  // two people: ambiguous
      }
      if (const std::size_t k = first_of_two_surnames(m); k != m.end) {
        const auto [it, fresh] = full_by_first_surname.emplace(span_key(k, k + 1), m.person);
        if (!fresh && it->second != m.person) it->second = -1;
      }
    }
    std::unordered_map<std::string, std::vector<int>> surname_owners;  // whom a surname alone meant so far
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      Mention& m = mentions_[mi];
      if (!m.valid || !m.surname_only) continue;
      const std::string& surname = span_key(m.end - 1, m.end);
      int best = -1;
      if (const auto it = full_by_surname.find(surname); it != full_by_surname.end()) {
        // The nearest earlier full name with this surname, else the first one.
        const auto& list = it->second;
        auto after = std::lower_bound(list.begin(), list.end(), std::make_pair(mi, -1));
        best = after == list.begin() ? list.front().second : std::prev(after)->second;
        // "Adeyemi-Clarke, 58, arrived ... Her husband, Emmanuel Adeyemi-Clarke, ...
        // Adeyemi-Clarke says": a relative introduced by kinship does not take over a
        // surname that already stood alone for the person named before him.
        if (after != list.begin() && kin_introduced(mentions_[std::prev(after)->first])) {
          const auto& known = surname_owners[surname];
          // "Mohammed Iqbal runs a stall that his father, Tariq Iqbal, opened": the sentence
          // that introduces the relative is about the person named before.
          const int kin_sentence_subject = sentence_subject(mentions_[std::prev(after)->first].run_begin);
          for (auto r = std::prev(after); r != list.begin();) {
            --r;
            if (!kin_introduced(mentions_[r->first]) &&
                (std::find(known.begin(), known.end(), r->second) != known.end() ||
                 reported_at(mentions_[r->first]) || kin_sentence_subject == r->second)) {
              best = r->second;
              break;
            }
          }
        }
        // "Séamus Brennan ... the youngest of nine children born to Dan Brennan ... Brennan
        // told this newspaper": a parent named for the record does not take the surname from
        // the person named before.
        if (after != list.begin() && parent_introduced(mentions_[std::prev(after)->first])) {
          for (auto r = std::prev(after); r != list.begin();) {
            --r;
            if (!parent_introduced(mentions_[r->first]) && r->second != std::prev(after)->second) {
              best = r->second;
              break;
            }
          }
        }
      }
      // "Bridget Hanrahan ... her son, Declan Hanrahan ... Mr Hanrahan said": an honorific's
      // sex, or a reflexive's ("Bakare-Williams taught himself"), picks the person of that sex
      // among those with the surname.
      if (best >= 0) {
        if (const auto it = full_by_surname.find(surname); it != full_by_surname.end()) {
          best = fit_sex(sex_of_mention(m), best, it->second, mi);
        }
      }
      // "Park said" with no Korean name of that family in the article: the park.
      if (best < 0 && lexicon::is_family_name_first(toks_[m.begin].lower) &&
          (lexicon::is_org_word(toks_[m.begin].lower) || lexicon::is_place_or_institution(toks_[m.begin].lower))) {
        m.valid = false;
        continue;
      }
      if (best < 0) {  // family name first ("Yoon" of "Yoon Suk Yeol")
        if (const auto it = long_by_first.find(surname); it != long_by_first.end()) best = it->second;
      }
      if (best < 0) {  // a first name alone ("Xavi" of "Xavi Hernández"), when only one has it
        if (const auto it = full_by_first.find(surname); it != full_by_first.end()) {
          if (it->second < 0) {  // "Mark" when both Mark Lee and Mark Chan are named: unsure
            m.valid = false;
            continue;
          }
          best = it->second;
        }
      }
      if (best < 0) {  // the first of two surnames ("Castañeda" of "Begoña Castañeda Ruiz")
        if (const auto it = full_by_first_surname.find(surname); it != full_by_first_surname.end()) {
          if (it->second < 0) {  // two people have it: unsure which
            m.valid = false;
            continue;
          }
          best = it->second;
        }
      }
      if (best < 0 && !m.titled && (organisation_heads.count(surname) || one_word_firm(surname))) {
        m.valid = false;  // "Lansdowne said", "Ford said": the company
        continue;
      }
      if (best < 0) {  // a person known by one name only ("Fomin")
        const std::string key = "1:" + span_key(m.begin, m.end);
        best = find_person_by_key(key);
        if (best < 0) {
          Person p;
          p.display = name_text(m.begin, m.end);
          p.words = 1;
          p.key = key;
          p.surname_key = surname;
          p.first_mention = m.begin;
          best = static_cast<int>(people_.size());
          people_.push_back(std::move(p));
          person_by_key_[key] = best;
        }
      }
      m.person = best;
      surname_owners[surname].push_back(best);
      update_person(people_[static_cast<std::size_t>(best)], m);
    }
  }

  // The sex an honorific before the mention gives ("Mr" 'm', "Mrs"/"Ms" 'f'), 0 when none.
  static char honorific_sex(const Mention& m) {
    for (const std::string& d : m.descriptor) {
      const std::string_view w = d.ends_with('.') ? std::string_view(d).substr(0, d.size() - 1) : std::string_view(d);
      if (w == "mr" || w == "mrs" || w == "ms" || w == "miss" || w == "sir" || w == "dame") {
        return lexicon::first_name_gender(w);
      }
    }
    return 0;
  }

  // The sex a mention shows: its honorific's, else a reflexive pronoun's in the few words
  // after it ("Bakare-Williams taught himself"); 0 when neither.
  char sex_of_mention(const Mention& m) const {
    if (const char sex = honorific_sex(m)) return sex;
    for (std::size_t k = m.end; k < toks_.size() && k < m.end + 6; ++k) {
      if (ends_sentence(toks_[k]) || toks_[k].kind == Kind::kQuote) break;
      if (word_is(k, "himself")) return 'm';
      if (word_is(k, "herself")) return 'f';
    }
    return 0;
  }

  // `best`, or when `sex` rules `best` out, the nearest person of that surname (earlier
  // first, then later) whose sex fits; `list` holds the full names' mentions in order.
  int fit_sex(char sex, int best, const std::vector<std::pair<std::size_t, int>>& list, std::size_t mi) const {
    const auto fits = [&](int person) {
      const char g = people_[static_cast<std::size_t>(person)].gender;
      return g == 0 || g == sex;
    };
    if (sex == 0 || fits(best)) return best;
    const auto after = std::lower_bound(list.begin(), list.end(), std::make_pair(mi, -1));
    for (auto r = after; r != list.begin();) {
      --r;
      if (fits(r->second)) return r->second;
    }
    for (auto r = after; r != list.end(); ++r) {
      if (fits(r->second)) return r->second;
    }
    return best;
  }

  // "born to X", "the son of X", "daughter of the late X": a full name introduced as
  // someone's parent.
  bool parent_introduced(const Mention& m) const {
    std::size_t k = m.run_begin;
    if (k > 0 && word_is(k - 1, "late")) --k;
    if (k > 0 && word_is(k - 1, "the")) --k;
    if (k < 2) return false;
    if (word_is(k - 1, "to")) return word_is(k - 2, "born");
    if (!word_is(k - 1, "of")) return false;
    for (std::string_view w : {"son", "daughter", "child", "children", "sons", "daughters", "grandson",
                               "granddaughter"}) {
      if (word_is(k - 2, w)) return true;
    }
    return false;
  }

  // "Her husband, X", "his son X", "Petrović's son, X": a full name introduced as someone's
  // relative.
  bool kin_introduced(const Mention& m) const {
    std::size_t k = m.run_begin;
    if (k > 0 && punct_is(k - 1, ",")) --k;
    if (k < 2 || (!lexicon::is_kin_noun(toks_[k - 1].lower) && relative_sex(toks_[k - 1].lower) == 0)) return false;
    // "her brother", "her older brother", "his late grandmother": up to two words between.
    for (std::size_t j = k - 1; j-- > 0 && k - 1 - j <= 3;) {
      const std::string_view w = toks_[j].lower;
      if (w == "her" || w == "his" || w == "their" || w == "whose") return true;
      // "Petrović's son, Nikola Petrović" (not "Miss Lefèvre's mother, Françoise Lefèvre ...
      // Mrs Lefèvre said", where the honorifics tell the two apart).
      if (toks_[j].kind == Kind::kPossessive) return j < 2 || !is_title_word(toks_[j - 2]);
      if (toks_[j].kind != Kind::kWord || toks_[j].cap) return false;
    }
    return false;
  }

  // The mention stands right after or before a reporting verb: "said Luis Ferreira",
  // "Luis Ferreira said".
  bool reported_at(const Mention& m) const {
    return (m.run_begin > 0 && lexicon::is_reporting_verb(toks_[m.run_begin - 1].lower)) ||
           (m.end < toks_.size() && lexicon::is_reporting_verb(toks_[m.end].lower));
  }

  // Spanish and Portuguese names carry two surnames, and the first is the one used alone:
  // "Begoña Castañeda Ruiz ... Castañeda said", "María Fernanda Rivas de la Torre ...
  // Rivas", "Luiz Inácio Lula da Silva ... Lula". The word before the last surname (and its
  // particles) of a name of three words or more, unless it is a given name ("John Paul
  // Jones", "María José García"); m.end when there is none.
  std::size_t first_of_two_surnames(const Mention& m) const {
    if (m.end < m.begin + 3) return m.end;
    std::size_t k = m.end - 2;
    while (k > m.begin && lexicon::is_particle(toks_[k].lower)) --k;
    if (k <= m.begin || toks_[k].kind != Kind::kWord || !toks_[k].cap || is_initials(toks_[k]) ||
        lexicon::first_name_gender(toks_[k].lower) != 0) {
      return m.end;
    }
    return k;
  }

  // A brand known by one word that is also a surname ("Ford", "Dell").
  static bool one_word_firm(const std::string& key) {
    static const std::unordered_set<std::string> kKeys = keys_of(lexicon::one_word_firms());
    return kKeys.count(key) > 0;
  }

  // A one-word name counts as a person only with a title or a quotation next to it, so
  // "Moscow said" or "Voi said" without either is not taken for a person.
  void credit(int person, bool quote_adjacent) {
    if (person < 0) return;
    Person& p = people_[static_cast<std::size_t>(person)];
    if (p.words == 1 && p.display.size() == 1) return;  // "Coach P told me": an initial
    if (p.words > 1 || p.titled || p.aged || quote_adjacent) p.speaker = true;
    if (p.speaker && quote_of_[event_token_] < 0) speaker_of_sentence_[sentence_start(event_token_)] = person;
  }

  // credit() for a person found through "he"/"she" or a role noun ("the coach said"):
  // also evidence that the name is a person's.
  void credit_reference(int person) {
    if (person < 0) return;
    Person& p = people_[static_cast<std::size_t>(person)];
    // A one-word name ("Eastfield") is a person only with a title or an age, as below.
    if (p.words > 1 || p.titled || p.aged) p.referred_to = true;
    credit(person, p.words > 1);
  }

  // A name of two or more words whose first word is no known given name ("Peel Hunt",
  // "Nova Scotia Health", "Chennai Super Kings") reads as a person only with evidence
  // that it is one: a title or a role word, an age, a "he"/"she" or a surname alone that
  // refers back to it. Organisations are spoken of in the same verbs, but never so.
  bool known_as_person(std::size_t id) const {
    const Person& p = people_[id];
    return p.words < 2 || p.referred_to || (id < person_evidence_.size() && person_evidence_[id]);
  }

  // The part of known_as_person() that the text shows before any statement is attributed,
  // per person: computed once, after build_people(), in one pass over the mentions.
  std::vector<bool> person_evidence() const {
    std::vector<bool> evidence(people_.size(), false);
    for (const Mention& m : mentions_) {
      if (!m.valid || m.person < 0) continue;
      const auto id = static_cast<std::size_t>(m.person);
      // A surname alone or capitals for a first name; "X, 54, said", "X, who runs the yard,
      // said": an age, and "who" (not "which"); "X, a welder," (not "X, a shipbuilder,").
      if (m.acronym_first || (m.surname_only && span_key(m.begin, m.end) == people_[id].surname_key) ||
          age_follows(m.end) || (punct_is(m.end, ",") && word_is(m.end + 1, "who")) ||
          appositive_names_person(m.end)) {
        evidence[id] = true;
      }
    }
    for (std::size_t id = 0; id < people_.size(); ++id) {
      if (!evidence[id]) evidence[id] = shows_person_evidence(people_[id]);
    }
    return evidence;
  }

  // What a person's own name and descriptors show: a title, an age, a known given name in
  // any word or hyphenated part (given names come last in Korean and Chinese order, "Roh
  // Tae-moon", and in parts, "Jean-Luc"), an East Asian family name first, a role word.
  static bool shows_person_evidence(const Person& p) {
    if (p.titled || p.aged) return true;
    const std::vector<std::string> words = split_name_words(lower_of(p.display));
    for (const std::string& word : words) {
      if (lexicon::is_known_given_name(word)) return true;
    }
    if (p.words <= 3 && !words.empty() && lexicon::is_family_name_first(words.front())) return true;
    for (const std::string& d : p.descriptor) {
      if (lexicon::is_title(d) || lexicon::is_role_noun(d) || lexicon::is_kin_noun(d)) return true;
    }
    return false;
  }

  // A quotation attached to a name and its verb, in their paragraph: it closes right before
  // the name ('..." Fomin warned', '...," X said') or opens right after the verb ('X said:
  // "...', 'X said, "...', 'X said "...').
  // "Kempenlijn said it "deeply regretted"" or "Inspectors said pupils "read widely"" quote
  // a phrase, which organisations and groups do too.
  bool quote_near(std::size_t from, std::size_t to) const {
    const auto here = [&](std::size_t k) { return k < toks_.size() && is_quote_tok(k) && toks_[k].para == toks_[from].para; };
    if (from >= 1 && here(from - 1)) return true;
    if (from >= 2 && here(from - 2) && punct_is(from - 1, ",")) return true;
    if (here(to + 1)) return true;
    return (punct_is(to + 1, ":") || punct_is(to + 1, ",")) && here(to + 2);
  }

  // The person a mention ending at token i stands for, or -1.
  int person_ending_at(std::size_t i) const {
    const int id = mention_at_end_[i];
    if (id < 0) return -1;
    const Mention& m = mentions_[static_cast<std::size_t>(id)];
    return m.valid ? m.person : -1;
  }
  int person_starting_at(std::size_t i) const {
    const int id = mention_at_start_[i];
    if (id < 0) return -1;
    const Mention& m = mentions_[static_cast<std::size_t>(id)];
    return m.valid ? m.person : -1;
  }
  std::size_t mention_start(std::size_t end_token) const {
    const int id = mention_at_end_[end_token];
    return id < 0 ? end_token : mentions_[static_cast<std::size_t>(id)].run_begin;
  }

  bool after_place_preposition(std::size_t run_begin) const {
    if (run_begin == 0) return false;
    const Token& t = toks_[run_begin - 1];
    static constexpr std::string_view kPlaces[] = {"in", "at", "from", "to", "near", "into",
                                                   "across", "outside", "inside", "around"};
    return t.kind == Kind::kWord && one_of(kPlaces, t.lower);
  }

  // A reporting verb right before the comma at `comma` ('..., a spokesperson said,'), in
  // the sentence; toks_.size() when there is none.
  std::size_t reporting_verb_before(std::size_t comma) const {
    const std::size_t start = sentence_start(comma);
    if (comma < 2 || comma <= start + 1) return toks_.size();
    const std::size_t v = comma - 1;
    return toks_[v].kind == Kind::kWord && !toks_[v].cap && lexicon::is_reporting_verb(toks_[v].lower) ? v
                                                                                                      : toks_.size();
  }

  // A lower-case word that shows the clause's verb has come: an auxiliary or modal, a
  // reporting verb, a past tense not after a determiner ("the injured"), "to" before a verb.
  bool clause_verb_at(std::size_t k) const {
    const Token& t = toks_[k];
    if (t.kind != Kind::kWord || t.cap) return false;
    static constexpr std::string_view kAuxiliaries[] = {"is", "are", "was", "were", "has", "have", "had",
                                                        "will", "would", "can", "could", "should", "may",
                                                        "might", "must", "did", "does", "gave", "made",
                                                        "took", "met", "went", "came", "sent", "won", "lost"};
    if (one_of(kAuxiliaries, t.lower) || lexicon::is_reporting_verb(t.lower)) return true;
    // "to restore Bazoum", "to thank the", not "to police, X" or "to local police".
    if (t.lower == "to") {
      return k + 2 < toks_.size() && toks_[k + 1].kind == Kind::kWord && !toks_[k + 1].cap &&
             !is_determiner(toks_[k + 1].lower) &&
             (is_determiner(toks_[k + 2].lower) || (toks_[k + 2].kind == Kind::kWord && toks_[k + 2].cap));
    }
    // "Soldiers ousted President X", "(ECOWAS) condemned X": a past tense after its subject.
    const Token& before = toks_[k - 1];
    return t.lower.size() > 4 && t.lower.ends_with("ed") &&
           ((before.kind == Kind::kWord && (before.cap || before.lower.ends_with("s")) && !is_determiner(before.lower)) ||
            (before.kind == Kind::kPunct && before.text == ")"));
  }

  // The subject of the sentence holding token v: its first person mention not governed by
  // a preposition ("At a meeting with X, Y confirmed ... and said").
  int sentence_subject(std::size_t v) const {
    std::size_t start = sentence_start(v);
    // "Asked about reports that chairman X had ..., Whelan-Murphy was short": the subject
    // comes after an opening subordinate clause.
    static constexpr std::string_view kOpeners[] = {"asked", "after", "when", "while", "although", "though",
                                                    "despite", "since", "because", "before", "following",
                                                    "if", "unlike", "like", "once", "whereas"};
    if (start < v && toks_[start].kind == Kind::kWord && one_of(kOpeners, toks_[start].lower)) {
      for (std::size_t k = start + 1; k < v; ++k) {
        if (punct_is(k, ",")) {
          start = k + 1;
          break;
        }
      }
    }
    // "She cites director Abbas Kiarostami as an influence, but insists": a pronoun is the
    // subject, and no name after it.
    if (start < v && (word_is(start, "he") || word_is(start, "she") || word_is(start, "they") ||
                      word_is(start, "i") || word_is(start, "we") || word_is(start, "it"))) {
      return -1;
    }
    for (std::size_t k = start; k < v; ++k) {
      // "... on Sunday gave the junta one week to restore Bazoum": a name after the clause's
      // verb is its object.
      if (k > start && clause_verb_at(k)) return -1;
      const int id = mention_at_start_[k];
      if (id < 0) continue;
      const Mention& m = mentions_[static_cast<std::size_t>(id)];
      if (m.run_begin != k) continue;
      // "The Economic Community of West African States ... gave the junta a week to restore
      // Bazoum, and said": an organisation opening the sentence is its subject.
      // ("NIAMEY (Agency) - The Economic Community ...": a capitalised "The" opens a clause
      // after a dateline too.)
      if (!m.valid && m.end >= m.run_begin + 2 &&
          ((k == start && m.begin == k) || (k == start + 1 && word_is(start, "the")) ||
           (word_is(k, "the") && toks_[k].cap))) {
        return -1;
      }
      // "In Barangay Sulangan, Teresita Bautista sat": a capitalised preposition opening the
      // sentence is stripped into the run, and governs the name all the same.
      const bool governed = (k > 0 && toks_[k - 1].kind == Kind::kWord && !toks_[k - 1].cap &&
                             lexicon::is_function_word(toks_[k - 1].lower) && k != start) ||
                            (m.begin > k && is_preposition(toks_[k].lower));
      // "Nichols's mother, RowVaughn Wells, said": the owner is not the subject.
      if (m.end < toks_.size() && toks_[m.end].kind == Kind::kPossessive) continue;
      if (m.valid && m.person >= 0 && !governed) return m.person;
      if (m.valid && !governed) return -1;
    }
    return -1;
  }

  // The first token of the sentence holding token v (in its paragraph).
  std::size_t sentence_start(std::size_t v) const {
    std::size_t start = v;
    while (start > 0 && v - start < kSentenceReach && toks_[start - 1].para == toks_[v].para &&
           !ends_sentence(toks_[start - 1])) {
      --start;
    }
    return start;
  }

  // `subject`, what sentence_subject(v) found in the sentence that opens at `start`, stands
  // inside a quotation.
  bool subject_inside_quote(std::size_t start, std::size_t v, int subject) const {
    for (std::size_t k = start; k < v; ++k) {
      if (person_starting_at(k) == subject) return quote_of_[k] >= 0;
    }
    return false;
  }

  bool person_confirmed(int person) const {
    const Person& p = people_[static_cast<std::size_t>(person)];
    return p.words > 1 || p.titled || p.aged || p.speaker;
  }

  // "X of Y" / "X from Y" where X is a confirmed person (a full name or titled) and Y starts
  // at run_begin: X, or -1.
  // Also over a chain of organisations: "Katrin Praprotnik of the University of Graz".
  int person_before_of(std::size_t run_begin) const {
    for (int hop = 0; hop < 3; ++hop) {
      if (run_begin < 2 || !(word_is(run_begin - 1, "of") || word_is(run_begin - 1, "from"))) return -1;
      const int id = mention_at_end_[run_begin - 2];
      if (id < 0) {
        // A run made only of organisation words ("University") records no mention: step
        // back over its capitalised words.
        std::size_t k = run_begin - 1;
        while (k > 0 && run_begin - k < 6 && is_name_word(toks_[k - 1])) --k;
        if (k == run_begin - 1) return -1;
        run_begin = k;
        if (run_begin > 0 && word_is(run_begin - 1, "the")) --run_begin;
        continue;
      }
      const Mention& m = mentions_[static_cast<std::size_t>(id)];
      if (m.valid && m.person >= 0) {
        return people_[static_cast<std::size_t>(m.person)].words > 1 ? m.person : -1;
      }
      if (m.valid) return -1;
      run_begin = m.run_begin;  // an organisation: step over it, and a "the" before it
      if (run_begin > 0 && word_is(run_begin - 1, "the")) --run_begin;
    }
    return -1;
  }

  // What follows a name at `end` shows an organisation: ", which", or a possessive before a
  // corporate noun ("Wells Fargo's profits"; not "shares", which people hold too).
  bool used_as_organisation(std::size_t end) const {
    if (punct_is(end, ",") && word_is(end + 1, "which")) return true;
    if (end + 1 < toks_.size() && toks_[end].kind == Kind::kPossessive && toks_[end + 1].kind == Kind::kWord) {
      static constexpr std::string_view kCorporate[] = {
          "profit", "profits", "revenue", "revenues", "ceo", "headquarters", "subsidiary",
          "subsidiaries", "shareholders", "stores", "factories", "factory", "valuation",
          "workforce", "employees", "earnings", "turnover", "takeover", "acquisition", "boards"};
      const std::string_view w = toks_[end + 1].lower;
      if ((w == "shares" || w == "stock") && movement_verb(end + 2)) return true;  // "X's shares fell"
      if (w == "chief" && word_is(end + 2, "executive")) return true;
      return one_of(kCorporate, w);
    }
    return false;
  }

  // "a lawyer for Jane Doe said", "the family of John Smith said": the name is not the
  // subject. A title keeps "Secretary of State Antony Blinken" a subject.
  bool governed_by_preposition(const Mention& m) const {
    if (m.run_begin == 0 || toks_[m.run_begin - 1].kind != Kind::kWord) return false;
    const std::string_view w = toks_[m.run_begin - 1].lower;
    if (w == "for" || w == "with" || w == "against" || w == "about" || w == "by" || w == "to" || w == "at" ||
        w == "between") {
      return true;
    }
    if (w != "of") return false;
    // "The office of President Tsai Ing-wen said": a common noun's "of" governs even a
    // titled name ("Secretary of State Antony Blinken" is a title).
    const bool common_noun_of = m.run_begin >= 3 && toks_[m.run_begin - 2].kind == Kind::kWord &&
                                !toks_[m.run_begin - 2].cap && is_determiner(toks_[m.run_begin - 3].lower);
    return !m.titled || common_noun_of;
  }

  // A mention right after a lower-case word that is neither a title, a reporting verb nor a
  // conjunction is an object ("who has run Vortex Automotive"), not a likely antecedent.
  bool in_object_position(std::size_t run_begin) const {
    std::size_t k = run_begin;
    while (k > 0 && toks_[k - 1].kind == Kind::kWord && !toks_[k - 1].cap &&
           (is_title_word(toks_[k - 1]) || lexicon::is_role_noun(toks_[k - 1].lower))) {
      --k;
    }
    if (k == 0 || toks_[k - 1].kind != Kind::kWord || toks_[k - 1].cap) return false;
    const std::string_view w = toks_[k - 1].lower;
    // "Among the fundraisers was Tariq bin Hamdan": after a copula the name is the subject.
    const bool copula = w == "was" || w == "is" || w == "were" || w == "are";
    return !lexicon::is_reporting_verb(w) && w != "and" && w != "but" && w != "then" && !copula &&
           !is_determiner(w);
  }

  // "he"/"she": the most recent fitting person mentioned before token i, within a few
  // paragraphs.
  // "declined to comment", "refused to be interviewed", "would not speak": the tokens
  // [from, to) refuse a statement.
  bool declines_to_speak(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k + 2 < to; ++k) {
      if (!(word_is(k, "declined") || word_is(k, "refused") || word_is(k, "declines") || word_is(k, "refuses"))) {
        continue;
      }
      if (!word_is(k + 1, "to")) continue;
      for (std::string_view w : {"comment", "be", "speak", "talk", "answer", "respond", "elaborate", "discuss"}) {
        if (word_is(k + 2, w)) return true;
      }
    }
    return false;
  }

  int resolve_pronoun(std::size_t i, std::string_view pronoun, int depth = 0) const {
    const char want = (pronoun == "she" || pronoun == "her") ? 'f' : 'm';
    // "referee Stuart Hamm, who he claimed should have ...": the pronoun inside a relative
    // clause is not the person the clause is about.
    const int excluded = i >= 3 && (word_is(i - 1, "who") || word_is(i - 1, "whom")) && punct_is(i - 2, ",")
                             ? person_ending_at(i - 3)
                             : -1;
    // '"Phil knows every blade of grass here," he said': whom the quotation names is not its
    // speaker.
    const QuotationSpan quotation = quotation_before(i);
    const std::vector<int> quoted = people_in(quotation);
    const auto named_in_quote = [&](int person) {
      return std::find(quoted.begin(), quoted.end(), person) != quoted.end();
    };
    // Whom the sentence ending at token `last` was reported as saying, found by any rule
    // ("the new coach stressed that ... '...,' he said"), else its grammatical subject.
    const auto reported_subject = [&](std::size_t last) {
      const auto said = speaker_of_sentence_.find(sentence_start(last));
      return said != speaker_of_sentence_.end() ? said->second : sentence_subject(last);
    };
    const auto eligible = [&](int person, int declined_person) {
      return person >= 0 && person != excluded && person != declined_person && !named_in_quote(person) &&
             person_confirmed(person);
    };
    // "Pieter van der Merwe told the commission he had declared it": a pronoun after the
    // name that opens its own sentence, outside any quotation and not in a tail ("..., she
    // added"), is that person.
    if (quote_of_[i] < 0 && i > 0 && !punct_is(i - 1, ",")) {
      if (const int own = person_opening_sentence(sentence_start(i), i); eligible(own, -1)) {
        const Person& p = people_[static_cast<std::size_t>(own)];
        if (p.gender == 0 || p.gender == want) return own;
      }
    }
    // The subject of the sentence before the pronoun's, when it fits, over a later object
    // ("Emmanuel Macron met Olaf Scholz in Paris. "We are united," he said.").
    int declined = -1;
    if (const std::size_t first = sentence_start(i); first > 0 && quote_of_[first - 1] < 0) {
      const std::size_t before = sentence_start(first - 1);
      // "He said his grandfather, Emrys Jones, was there. "He is 84," he added.": the sentence
      // before opens with the same pronoun, its subject; the name after it is no antecedent.
      if (depth < 3 && before < first - 1 && quote_of_[before] < 0 && toks_[before].kind == Kind::kWord &&
          toks_[before].lower == (want == 'f' ? "she" : "he")) {
        if (const int r = resolve_pronoun(before, toks_[before].lower, depth + 1); r >= 0) return r;
      }
      const int subject = reported_subject(first - 1);
      // 'A Grade 4 pupil, asked what she liked best, did not hesitate. "Thursday," she said':
      // an unnamed subject, not the last name before it.
      if (subject < 0 && opens_with_unnamed_subject(before)) return -1;
      // "Her husband, X, declined to comment. "...," he said": who declined said nothing.
      if (declines_to_speak(before, first)) declined = subject;
      if (eligible(subject, declined)) {
        const Person& p = people_[static_cast<std::size_t>(subject)];
        if ((p.gender == 0 || p.gender == want) &&
            (quote_of_[i] >= 0 || !subject_inside_quote(before, first - 1, subject))) {
          return subject;
        }
      }
    }
    // '... the new coach stressed that ... "Maybe three or four. I am not here to clear the
    // building," he said': after a quotation of several sentences, the one before the
    // quotation opened.
    if (const std::size_t open = quotation.open; open > 0 && open < i && quote_of_[open - 1] < 0) {
      const int subject = reported_subject(open - 1);
      if (eligible(subject, declined)) {
        const Person& p = people_[static_cast<std::size_t>(subject)];
        if (p.gender == 0 || p.gender == want) return subject;
      }
    }
    int fallback = -1;
    for (std::size_t k = i; k-- > 0 && i - k < kPronounReach;) {
      if (toks_[i].para - toks_[k].para > 3) break;
      const int person = person_ending_at(k);
      if (!eligible(person, declined)) continue;
      // "X, the granddaughter of the founder, Erik Halvorsen,": the inner name is no antecedent.
      const std::size_t start = mention_start(k);
      if (start > 0 && punct_is(start - 1, ",") && owner_of_of_phrase(start - 1) >= 0) continue;
      // A name inside a quotation is someone the speaker talks about, not "he" outside it.
      if (quote_of_[i] < 0 && quote_of_[k] >= 0) continue;
      const Person& p = people_[static_cast<std::size_t>(person)];
      if (p.gender != 0 && p.gender != want) continue;
      // "open in Castlebridge, Wenlow, Ashby Moor and Kingsmere": a name of unknown sex that
      // shows no sign of a person's and never spoke.
      if (p.gender == 0 && !p.speaker && !known_as_person(static_cast<std::size_t>(person))) continue;
      // An object or a place's complement ("voted for Wilders") who never spoke is the
      // antecedent only when no one before fits: of unknown sex, never.
      if (!p.titled && !p.speaker &&
          (after_place_preposition(mention_start(k)) || in_object_position(mention_start(k)))) {
        if (p.gender != 0 && fallback < 0) fallback = person;
        continue;
      }
      return person;
    }
    return fallback;
  }

  // The tokens of the quotation that closes right before token i (', he said'): its first
  // token and its closing mark; {i, i} when none does.
  struct QuotationSpan {
    std::size_t open;
    std::size_t close;
  };
  QuotationSpan quotation_before(std::size_t i) const {
    for (std::size_t k = i; k-- > 0 && i - k <= 3;) {
      if (toks_[k].kind != Kind::kQuote || quote_of_[k] < 0) continue;
      std::size_t open = k;
      while (open > 0 && k - open < kPronounReach && quote_of_[open - 1] == quote_of_[k]) --open;
      return {open, k};
    }
    return {i, i};
  }

  // The people named inside that quotation, by full name, surname or first name.
  std::vector<int> people_in(QuotationSpan q) const {
    std::vector<int> people;
    for (std::size_t k = q.open; k < q.close; ++k) {
      if (const int p = person_ending_at(k); p >= 0) people.push_back(p);
    }
    return people;
  }

  // "the (modifiers) ROLE" ending at token j: the person given that role earlier.
  int resolve_role(std::size_t role_tok) const {
    std::vector<std::string_view> modifiers;
    std::size_t k = role_tok;
    bool definite = false;
    for (int n = 0; n < 5 && k > 0; ++n) {
      --k;
      const Token& t = toks_[k];
      if (t.kind != Kind::kWord) break;
      if (t.lower == "the") {
        // "a spokesman for the chancellor said": the role is not the subject.
        if (k > 0 && toks_[k - 1].kind == Kind::kWord &&
            (toks_[k - 1].lower == "for" || toks_[k - 1].lower == "of" || toks_[k - 1].lower == "to" ||
             toks_[k - 1].lower == "with" || toks_[k - 1].lower == "from" || toks_[k - 1].lower == "by")) {
          return -1;
        }
        definite = true;
        break;
      }
      if (t.lower == "a" || t.lower == "an" || t.lower == "one") return -1;
      modifiers.push_back(t.lower);
    }
    if (!definite) return -1;
    const std::string_view role = toks_[role_tok].lower;
    // The nearest person given the role, preferring one who also has the modifiers ("the
    // Russian diplomat"), then one who has already spoken ("the new coach" after the head
    // coach was quoted, not the goalkeeping coach he kept on).
    int best = -1;
    int best_rank = -1;
    for (std::size_t m = k; m-- > 0 && k - m < kRoleReach;) {
      const int person = person_ending_at(m);
      if (person < 0) continue;
      const Person& p = people_[static_cast<std::size_t>(person)];
      bool matches = false, modified = false;
      for (const std::string& d : p.descriptor) {
        if (lexicon::role_matches(role, d)) matches = true;
        for (std::string_view mod : modifiers) {
          if (d == mod) modified = true;
        }
      }
      if (!matches) continue;
      const int rank = (modified ? 2 : 0) + (p.speaker ? 1 : 0);
      if (rank > best_rank) {
        best = person;
        best_rank = rank;
      }
      if (best_rank == 3) break;
    }
    return best;
  }

  // "the France captain wrote": when no earlier person was given the role, a definite role
  // with a proper-noun modifier ("France", "Kenyan") means the person the text is about.
  int resolve_role_or_topic(std::size_t role_tok, std::size_t v) const {
    const int p = resolve_role(role_tok);
    if (p >= 0) return p;
    bool proper = false;
    for (std::size_t k = role_tok, n = 0; k-- > 0 && n < 4; ++n) {
      const Token& t = toks_[k];
      if (t.kind != Kind::kWord) return -1;
      if (t.lower == "the") {
        if (k > 0 && toks_[k - 1].kind == Kind::kWord && lexicon::is_function_word(toks_[k - 1].lower) &&
            !toks_[k - 1].cap) {
          return -1;  // "a spokesman for the France coach said"
        }
        return proper ? resolve_topic(v) : -1;
      }
      if (t.cap || lexicon::is_nationality(t.lower)) proper = true;
    }
    return -1;
  }

  // A lower-case noun that heads what an appositive names: an organisation ("association")
  // or a plural ("architects"), not a person ("lawyer", "actress").
  bool names_organisation_or_group(std::size_t k) const {
    const Token& t = toks_[k];
    if (t.kind != Kind::kWord || t.cap) return false;
    if (lexicon::is_organisation_noun(t.lower)) return true;
    const std::string_view w = t.lower;
    return w.size() > 4 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
           !lexicon::is_role_noun(w) && !is_title_word(t);
  }

  // The subject right before a reporting verb at v: a name, a pronoun, "the ROLE", or a
  // name followed by an appositive ("X, the deputy minister, said").
  bool attribute_before(std::size_t v) {
    std::size_t j = v;
    for (int n = 0; n < 3 && j > 0 && toks_[j - 1].kind == Kind::kWord &&
                    !toks_[j - 1].cap && lexicon::is_verb_filler(toks_[j - 1].lower);
         ++n) {
      --j;
    }
    // "who for years described ...", "who for decades has argued ...".
    if (j > 1 && word_is(j - 2, "for") &&
        (word_is(j - 1, "years") || word_is(j - 1, "decades") || word_is(j - 1, "months") || word_is(j - 1, "weeks"))) {
      j -= 2;
    }
    if (j == 0) return false;
    std::size_t s = j - 1;
    // "The Economic Freedom Fighters have said": a plural verb's subject right before it is
    // a group, not one person ("Jane Doe and John Smith have said" is two, found below).
    const bool plural_verb = j < v && (word_is(j, "have") || word_is(j, "are") || word_is(j, "were"));
    if (plural_verb && mention_at_end_[s] >= 0) {
      const Mention& m = mentions_[static_cast<std::size_t>(mention_at_end_[s])];
      if (!(m.run_begin >= 2 && word_is(m.run_begin - 1, "and"))) return true;
    }
    // "Yevgenia Lobanova — whose name also appears as ... — said", "Jane Doe (no relation)
    // said": the subject is before the aside.
    if (const std::size_t open = aside_opening(s); open != s) {
      // "The minister — Jane Doe — said": the aside is the name.
      if (const int p = person_starting_at(open + 1); p >= 0 && mention_at_end_[s - 1] >= 0 &&
                                                       person_ending_at(s - 1) == p &&
                                                       mention_start(s - 1) == open + 1) {
        credit(p, quote_near(open, v));
        return true;
      }
      if (open == 0) return false;
      s = open - 1;
    }
    const Token& t = toks_[s];
    if (t.kind == Kind::kWord && mention_at_end_[s] < 0 && s > 0 && is_post_nominal(t) &&
        full_name_ends_at(s - 1)) {
      return attribute_subject_at(s - 1, v);  // "Jane Doe MP said"
    }
    return attribute_subject_at(s, v);
  }

  // The token `close` ends an aside set off by dashes or brackets: the dash or bracket that
  // opens it, in the same sentence and within 40 tokens; else `close` itself.
  std::size_t aside_opening(std::size_t close) const {
    const auto is_dash = [&](std::size_t k) {
      return toks_[k].kind == Kind::kPunct && is_dash_text(toks_[k].text);
    };
    const bool dash = is_dash(close);
    if (!dash && !punct_is(close, ")")) return close;
    for (std::size_t k = close; k-- > 0 && close - k < 40;) {
      const Token& a = toks_[k];
      if (a.para != toks_[close].para || a.kind == Kind::kQuote) break;
      if (a.kind == Kind::kPunct && (a.text == "." || a.text == ";" || a.text == ":" || a.text == "?" ||
                                     a.text == "!" || a.text == ")")) {
        break;
      }
      if (dash ? is_dash(k) : punct_is(k, "(")) return k;
      if (!dash && is_dash(k)) break;
    }
    return close;
  }

  // The sex of a relative who usually shares a family name ('m', 'f'; '?' for either), 0 for
  // other words.
  static char relative_sex(std::string_view w) {
    static const std::unordered_map<std::string_view, char> kRelatives = {
        {"husband", 'm'}, {"wife", 'f'},        {"son", 'm'},         {"daughter", 'f'},
        {"father", 'm'},  {"mother", 'f'},      {"brother", 'm'},     {"sister", 'f'},
        {"widow", 'f'},   {"widower", 'm'},     {"grandfather", 'm'}, {"grandmother", 'f'},
        {"grandson", 'm'}, {"granddaughter", 'f'}, {"parents", '?'},  {"sibling", '?'}};
    const auto it = kRelatives.find(w);
    return it == kRelatives.end() ? 0 : it->second;
  }

  // The one person other than `person` who shares their family name and can be of `sex`;
  // -1 when none or several fit.
  int relative_of(int person, char sex) const {
    if (person < 0) return -1;
    const Person& o = people_[static_cast<std::size_t>(person)];
    if (o.words < 2) return -1;
    int found = -1;
    for (std::size_t p = 0; p < people_.size() && p < kMaxPeopleCompared; ++p) {
      const Person& r = people_[p];
      if (static_cast<int>(p) == person || r.words < 2 || r.surname_key != o.surname_key) continue;
      if (sex != '?' && r.gender != 0 && r.gender != sex) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(p);
    }
    return found;
  }

  // A person's name of two or more words ends at token i ("Jonathan Crow" before "KC").
  bool full_name_ends_at(std::size_t i) const {
    const int p = person_ending_at(i);
    return p >= 0 && people_[static_cast<std::size_t>(p)].words > 1;
  }

  bool attribute_subject_at(std::size_t s, std::size_t v) {
    const Token& t = toks_[s];
    if (t.kind == Kind::kWord) {
      // Before the mention check: "the Dutchman" is also a capitalised run.
      if (is_demonym_or_age(t) && s > 0 &&
          (word_is(s - 1, "the") || (s > 1 && word_is(s - 2, "the") && is_demonym_or_age(toks_[s - 1])))) {
        credit_reference(resolve_topic(s));  // "the Serbian said"
        return true;
      }
      if (mention_at_end_[s] >= 0) {
        const Mention& m = mentions_[static_cast<std::size_t>(mention_at_end_[s])];
        if (const int owner = person_before_of(m.run_begin); owner >= 0) {
          credit(owner, quote_near(m.run_begin, v));  // "Jane Doe of Acme said"
        } else if (m.valid && !governed_by_preposition(m)) {
          // "Jane Doe and John Smith said": both, when the first is a full name too; neither
          // in "Lawyers for Jane Doe and John Smith said".
          const Mention* first = nullptr;
          if (m.run_begin >= 2 && word_is(m.run_begin - 1, "and") && full_name_ends_at(m.run_begin - 2)) {
            first = &mentions_[static_cast<std::size_t>(mention_at_end_[m.run_begin - 2])];
          }
          if (first == nullptr) {
            credit(m.person, quote_near(m.run_begin, v));
          } else if (!governed_by_preposition(*first)) {
            credit(m.person, quote_near(m.run_begin, v));
            credit(first->person, false);
          }
        }
        return true;  // an organisation, a place or "a lawyer for X": no speaker, subject found
      }
      if (t.lower == "who" && s > 1 && punct_is(s - 1, ",")) {  // "Vladimir Putin, who said"
        std::size_t e = s - 2;  // "Brian Cole, 71, who said"
        if (toks_[e].kind == Kind::kNumber && e > 1 && punct_is(e - 1, ",")) e -= 2;
        credit(person_ending_at(e), quote_near(s, v));
        return true;
      }
      if (t.lower == "he" || t.lower == "she") {
        // '"She told me she would pay," X said': inside a quotation the pronoun is someone
        // the speaker talks about, whom the text does not name there.
        if (quote_of_[s] < 0) credit_reference(resolve_pronoun(s, t.lower));
        return true;
      }
      if (!t.cap && lexicon::is_role_noun(t.lower)) {
        credit_reference(resolve_role_or_topic(s, v));
        return true;
      }
      // "Karina Milei ... Her brother told supporters": the one other person of her surname
      // who can be her brother.
      if (const char sex = relative_sex(t.lower); sex != 0 && s > 0 && (word_is(s - 1, "her") || word_is(s - 1, "his"))) {
        if (quote_of_[s] < 0) credit(relative_of(resolve_pronoun(s - 1, toks_[s - 1].lower), sex), true);
        return true;
      }
      return false;
    }
    if (t.kind == Kind::kPunct && t.text == ",") {
      // "The company's chief executive, Satya Nadella, said": the name is the appositive.
      if (s > 0 && mention_at_end_[s - 1] >= 0) {
        const Mention& m = mentions_[static_cast<std::size_t>(mention_at_end_[s - 1])];
        if (m.valid && m.run_begin > 0 && punct_is(m.run_begin - 1, ",") && m.person >= 0 &&
            person_confirmed(m.person)) {
          // "The architects, Hallam Ross, said", "The neighbourhood association, Kiezinitiative
          // Weserstraße, said": a firm or a group set off after a plural or a body.
          if (m.run_begin >= 2 && names_organisation_or_group(m.run_begin - 2)) return true;
          // "Sigrid Halvorsen, the chief executive and granddaughter of the company's
          // founder, Erik Halvorsen, said": the inner name describes an "of" phrase.
          if (const int outer = owner_of_of_phrase(m.run_begin - 1); outer >= 0) {
            credit(outer, quote_near(m.run_begin, v));
            return true;
          }
          credit(m.person, quote_near(m.run_begin, v));
          return true;
        }
      }
      // Back over an appositive to its opening comma; over a second one when the first
      // ends in a company or place governed by a preposition ("Martin Sion, chief executive
      // of ArianeGroup, which builds the rocket, said").
      bool nested = false;
      for (std::size_t k = s; k-- > 0 && s - k < 30;) {
        const Token& a = toks_[k];
        if (a.para != t.para || a.kind == Kind::kQuote) break;
        if (a.kind == Kind::kPunct && (a.text == "." || a.text == ";" || a.text == ":")) break;
        if (a.kind == Kind::kWord && (a.lower == "said" || a.lower == "says" || a.lower == "told")) break;
        if (a.kind == Kind::kPunct && a.text == ",") {
          if (k >= 3 && toks_[k - 1].kind == Kind::kNumber && punct_is(k - 2, ",")) k -= 2;  // ", 67,"
          if (k == 0) break;
          std::size_t end = k - 1;  // "Jonathan Crow KC, for the landlord, had argued"
          if (mention_at_end_[end] < 0 && end > 0 && is_post_nominal(toks_[end]) && full_name_ends_at(end - 1)) {
            --end;
          }
          // "Sen. Katie Britt, R-Ala., who has pushed her own bill, said"
          if (mention_at_end_[end] < 0 && end > 1 && is_party_tag(toks_[end]) && punct_is(end - 1, ",") &&
              full_name_ends_at(end - 2)) {
            end -= 2;
          }
          if (mention_at_end_[end] >= 0) {
            const Mention& m = mentions_[static_cast<std::size_t>(mention_at_end_[end])];
            // "Rosa DeLauro of Connecticut, the top Democrat, called": the person before
            // "of/from PLACE" is the subject, not the place.
            if (const int owner = person_before_of(m.run_begin); owner >= 0) {
              credit(owner, quote_near(m.run_begin, v));
              return true;
            }
            const bool governed = m.run_begin > 0 && toks_[m.run_begin - 1].kind == Kind::kWord &&
                                  !toks_[m.run_begin - 1].cap;
            // "The RSF, commanded by Mohamed Hamdan Dagalo, widely known as Hemedti, said": the
            // agent of a passive in the appositive is never the subject.
            const bool agent = word_is(m.run_begin - 1, "by");
            // "One pensioner from Whitmore Reans, who ..., said", "X, director for Families
            // First Missouri, the coalition ..., called": a place or a body after a
            // preposition is not the subject either.
            const bool prepositional = governed && is_preposition(toks_[m.run_begin - 1].lower) &&
                                       !word_is(m.run_begin - 1, "of");  // "Member of County Assembly X"
            if (governed && !nested &&
                (agent || prepositional || !(m.valid && m.person >= 0 && person_confirmed(m.person)))) {
              nested = true;
              continue;
            }
            if (m.valid) {
              // "De la Fuente, who took over from Marguerite Delacroix, the granddaughter of
              // the founder, said": a name governed by a preposition inside a "who" clause is
              // not the subject; the name before the clause is.
              // "Hiroshi Tanaka, whose daughter, Yui Tanaka, is in the third year, said": so is a
              // relative set off inside a "whose" clause.
              if (const int outer = governed || kin_introduced(m) ? subject_before_who(m.run_begin) : -1;
                  outer >= 0) {
                credit(outer, quote_near(m.run_begin, v));
                return true;
              }
              credit(m.person, quote_near(m.run_begin, v));
              return true;
            }
          }
          break;
        }
      }
    }
    return false;
  }

  // The person named right before ", who" earlier in the sentence that holds token `from`,
  // within 30 tokens; -1 when there is none.
  int subject_before_who(std::size_t from) const {
    for (std::size_t k = from; k-- > 2 && from - k < 30;) {
      const Token& a = toks_[k];
      if (a.para != toks_[from].para || a.kind == Kind::kQuote || ends_sentence(a)) return -1;
      if (a.kind == Kind::kWord && (a.lower == "who" || a.lower == "whose") && punct_is(k - 1, ",")) {
        return person_before_comma(k - 1);
      }
    }
    return -1;
  }

  // The person whose name (titles and particles included) opens the sentence at `start`
  // and ends before token `limit`; -1 when the sentence opens otherwise.
  int person_opening_sentence(std::size_t start, std::size_t limit) const {
    std::size_t k = start;
    while (k < limit && toks_[k].kind == Kind::kWord && (toks_[k].cap || lexicon::is_particle(toks_[k].lower))) ++k;
    return k > start && k < limit ? person_ending_at(k - 1) : -1;
  }

  // The sentence starting at `start` opens with an indefinite subject ("A pupil", "One
  // resident", "An elderly man") and names no one before its verb.
  bool opens_with_unnamed_subject(std::size_t start) const {
    if (!(word_is(start, "a") || word_is(start, "an") || word_is(start, "one"))) return false;
    for (std::size_t k = start + 1; k < toks_.size() && k < start + 40; ++k) {
      if (ends_sentence(toks_[k]) || clause_verb_at(k)) return true;
      if (person_starting_at(k) >= 0) return false;
    }
    return true;
  }

  // The confirmed person whose name ends right before the comma `comma`, over an age and a
  // place of origin ("Siân Llewellyn, 58, from Swansea, who"), not one governed by a
  // preposition ("One pensioner from Whitmore Reans, who"); -1 when there is none.
  int person_before_comma(std::size_t comma) const {
    std::size_t e = comma;  // the comma after the name
    for (int hop = 0; hop < 2 && e >= 2; ++hop) {
      if (toks_[e - 1].kind == Kind::kNumber && punct_is(e - 2, ",")) {
        e -= 2;  // ", 58,"
        continue;
      }
      // ", from Swansea,": "from" and capitalised words between two commas.
      std::size_t k = e - 1;
      while (k > 0 && toks_[k].kind == Kind::kWord && toks_[k].cap && e - k < 5) --k;
      if (k + 1 < e && k >= 2 && word_is(k, "from") && punct_is(k - 1, ",")) {
        e = k - 1;
        continue;
      }
      break;
    }
    if (e == 0 || mention_at_end_[e - 1] < 0) return -1;
    const Mention& m = mentions_[static_cast<std::size_t>(mention_at_end_[e - 1])];
    if (!m.valid || m.person < 0 || governed_by_preposition(m) || !person_confirmed(m.person)) return -1;
    return m.person;
  }

  // The appositive ending at the comma `comma` holds "of" or opens with "who", after a
  // person's name and a comma ("X, the granddaughter of the founder,", "X, who farms with
  // her husband,"): that person, else -1.
  int owner_of_of_phrase(std::size_t comma) const {
    bool of = false;
    for (std::size_t k = comma; k-- > 0 && comma - k < 30;) {
      const Token& a = toks_[k];
      if (a.para != toks_[comma].para || a.kind == Kind::kQuote) return -1;
      if (a.kind == Kind::kPunct && a.text != ",") return -1;
      if (word_is(k, "of")) of = true;
      if (a.kind == Kind::kPunct) {
        // "Ewa Nowak, who farms with her husband, Jan Nowak, said": a "who" clause too.
        if (!(of || word_is(k + 1, "who")) || k == 0) return -1;
        return person_before_comma(k);
      }
    }
    return -1;
  }

  // A quotation's signature on its own paragraph: '"..."' then '— Tomás Aguilera, analyst'.
  // Also on the quotation's own line: '"It works." - Jane Doe'.
  void attribute_signature(std::size_t dash) {
    if (dash == 0 || punct_is(dash - 1, "-")) return;
    std::size_t name = dash + 1;  // "-- Jane Doe"
    while (name < toks_.size() && name < dash + 3 && punct_is(name, "-")) ++name;
    if (!signature_ends(name)) return;
    if (toks_[dash - 1].para == toks_[dash].para) {
      if (toks_[dash - 1].kind == Kind::kQuote && quote_of_[dash - 1] >= 0) credit(person_starting_at(name), true);
      return;
    }
    bool quoted = false;
    for (std::size_t k = dash; k-- > 0 && dash - k <= 3;) {
      if (toks_[k].para != toks_[dash - 1].para) break;
      quoted = quoted || toks_[k].kind == Kind::kQuote;
    }
    if (quoted) credit(person_starting_at(name), true);
  }

  // A signature is a name alone or with a description after a comma or in brackets
  // ("— Tomás Aguilera, analyst at Bernstein"); a name before a colon is a label ("-
  // Explainer: How the court works") and a name before a verb a sentence ("- Jane Doe was
  // pleased").
  bool signature_ends(std::size_t name) const {
    const int id = name < toks_.size() ? mention_at_start_[name] : -1;
    if (id < 0) return false;
    const std::size_t end = mentions_[static_cast<std::size_t>(id)].end;
    return end >= toks_.size() || toks_[end].para != toks_[name].para || punct_is(end, ",") ||
           punct_is(end, "(") || punct_is(end, ".") || punct_is(end, ";");
  }

  // Inverted order after a quotation: '..." said X', '..., said the minister', '" said he'.
  void attribute_after(std::size_t v) {
    if (v == 0) return;
    const Token& before = toks_[v - 1];
    if (!(before.kind == Kind::kQuote || (before.kind == Kind::kPunct && before.text == ","))) return;
    if (lexicon::is_object_taking_verb(toks_[v].lower)) return;  // "..., told Starline that"
    std::size_t n = v + 1;
    if (n >= toks_.size()) return;
    const Token& t = toks_[n];
    if (t.kind != Kind::kWord) return;
    if (t.lower == "he" || t.lower == "she") {
      credit_reference(resolve_pronoun(v, t.lower));
      return;
    }
    // "said Jane Doe's lawyer, John Roe": the owner named first is not the speaker.
    const bool owner = mention_at_start_[n] >= 0 &&
                       mentions_[static_cast<std::size_t>(mention_at_start_[n])].end < toks_.size() &&
                       toks_[mentions_[static_cast<std::size_t>(mention_at_start_[n])].end].kind == Kind::kPossessive;
    if (const int p = person_starting_at(n); p >= 0 && !owner) {
      credit(p, true);
      return;
    }
    // "said coach Tom Harris", "said her husband, John Doe", "said the team's coach, Tom
    // Harris", "said Acme Bank economist Tom Harris": a description made of an organisation,
    // titles, role words and possessives, then the name.
    for (std::size_t k = n; k < toks_.size() && k < n + 10; ++k) {
      const Token& d = toks_[k];
      if (d.kind == Kind::kPossessive) continue;
      if (d.kind == Kind::kPunct && d.text == "," && k > n) {
        if (const int p = person_starting_at(k + 1); p >= 0) {
          credit(p, true);
          return;
        }
        break;
      }
      if (d.kind != Kind::kWord) break;
      if (d.cap) {
        if (const int id = mention_at_start_[k]; k == n && id >= 0 &&
                                                (!mentions_[static_cast<std::size_t>(id)].valid || owner)) {
          k = std::max(k, mentions_[static_cast<std::size_t>(id)].end) - 1;  // "Acme Bank"
          continue;
        }
        if (const int p = person_starting_at(k); p >= 0 && k > n) {
          credit(p, true);
          return;
        }
        break;
      }
      const bool describes = is_title_word(d) || lexicon::is_role_noun(d.lower) ||
                             lexicon::is_kin_noun(d.lower) || is_determiner(d.lower) ||
                             (k + 1 < toks_.size() && toks_[k + 1].kind == Kind::kPossessive) ||
                             // "said X co-founder and chief executive Y": coordinated titles
                             (d.lower == "and" && k > n && k + 1 < toks_.size() && !toks_[k + 1].cap &&
                              (is_title_word(toks_[k + 1]) || lexicon::is_role_noun(toks_[k + 1].lower)));
      if (!describes) break;
    }
    if (t.lower == "the") {
      for (std::size_t k = n + 1; k < toks_.size() && k < n + 6; ++k) {
        if (toks_[k].kind != Kind::kWord) break;
        if (is_demonym_or_age(toks_[k]) &&
            (k + 1 >= toks_.size() || toks_[k + 1].kind != Kind::kWord || !is_demonym_or_age(toks_[k + 1]))) {
          credit_reference(resolve_topic(v));
          return;
        }
        if (!toks_[k].cap && lexicon::is_role_noun(toks_[k].lower)) {
          const bool last = k + 1 >= toks_.size() || !(toks_[k + 1].kind == Kind::kWord &&
                                                       lexicon::is_role_noun(toks_[k + 1].lower));
          if (last) {
            credit_reference(resolve_role_or_topic(k, v));
            return;
          }
        }
      }
    }
  }

  // A lower-case word for who someone is: a title, a role, a relative, or one who acts for
  // someone ("agent", "publicist", "biographer").
  static bool describes_person(const Token& t) {
    // "son" is no kin noun of the lexicon: capitalised, it is a Korean family name ("Son Heung-min").
    static constexpr std::string_view kAgents[] = {"agent", "publicist", "biographer", "friend", "colleague",
                                                   "aide", "representative", "rep", "partner", "teammate",
                                                   "son", "sons", "grandson", "stepson"};
    return t.kind == Kind::kWord && !t.cap &&
           (is_title_word(t) || lexicon::is_role_noun(t.lower) || lexicon::is_kin_noun(t.lower) ||
            one_of(kAgents, t.lower));
  }

  // "according to (its general secretary) X".
  void attribute_according(std::size_t i) {
    std::size_t n = i + 2;
    bool role = false;  // a role word came between: "according to her agent, Jane Doe"
    for (int k = 0; k < 5 && n < toks_.size() && toks_[n].kind == Kind::kWord && !toks_[n].cap; ++k) {
      const bool owner = toks_[n].lower == "her" && n + 1 < toks_.size() && describes_person(toks_[n + 1]);
      if (!owner && (toks_[n].lower == "him" || toks_[n].lower == "her")) {
        credit_reference(resolve_pronoun(n, toks_[n].lower == "her" ? "she" : "he"));
        return;
      }
      if (toks_[n].lower == "a" || toks_[n].lower == "an") return;
      // Only a description of the person may come between: "according to data from X" is
      // not according to X.
      if (!is_determiner(toks_[n].lower) && !lexicon::is_nationality(toks_[n].lower) &&
          !describes_person(toks_[n])) {
        return;
      }
      role = role || describes_person(toks_[n]);
      ++n;
    }
    if (n >= toks_.size()) return;
    // "according to her agent, Carol Pemberton-Hughes, the actress has": the name set off
    // after the comma ("according to her lawyer, Smith was innocent" names no source).
    if (role && punct_is(n, ",")) {
      if (const int id = mention_at_start_[n + 1 < toks_.size() ? n + 1 : n]; id >= 0 && n + 1 < toks_.size()) {
        const std::size_t end = mentions_[static_cast<std::size_t>(id)].end;
        // "according to her son, Declan Hanrahan." ends the sentence with the name.
        if (punct_is(end, ",") || (end < toks_.size() && ends_sentence(toks_[end]))) {
          credit(person_starting_at(n + 1), true);
        }
      }
      return;
    }
    // "according to Comets team governor Lourdes Santiago": the name after the role.
    if (const int id = mention_at_start_[n]; id >= 0) {
      std::size_t k = mentions_[static_cast<std::size_t>(id)].end;
      const std::size_t role_start = k;
      while (k < toks_.size() && k < role_start + 4 && toks_[k].kind == Kind::kWord && !toks_[k].cap) ++k;
      if (k > role_start && k < toks_.size() && person_starting_at(k) >= 0) {
        credit(person_starting_at(k), true);
        return;
      }
    }
    if (const int id = mention_at_start_[n]; id >= 0) {
      const std::size_t end = mentions_[static_cast<std::size_t>(id)].end;
      // "according to Busan city officials": the name qualifies the unnamed sources.
      for (std::size_t k = end; k < toks_.size() && k < end + 3 && toks_[k].kind == Kind::kWord && !toks_[k].cap; ++k) {
        if (lexicon::is_group_noun(toks_[k].lower)) return;
      }
      // "according to John Smith's biographer, Jane Doe": the owner is not the source.
      if (end < toks_.size() && toks_[end].kind == Kind::kPossessive) {
        std::size_t k = end + 1;
        while (k < toks_.size() && k < end + 6 && toks_[k].kind == Kind::kWord && !toks_[k].cap) ++k;
        if (punct_is(k, ",")) credit(person_starting_at(k + 1), true);
        return;
      }
    }
    credit(person_starting_at(n), true);
  }

  // "X's offer of "meaningful dialogue"": a possessive, a noun for speech, then a quotation
  // before the sentence ends or another name begins.
  void attribute_possessive(std::size_t poss) {
    if (poss == 0 || poss + 1 >= toks_.size()) return;
    const int person = person_ending_at(poss - 1);
    if (person < 0) return;
    if (!(toks_[poss + 1].kind == Kind::kWord && lexicon::is_speech_noun(toks_[poss + 1].lower))) return;
    for (std::size_t k = poss + 2; k < toks_.size() && k < poss + 14; ++k) {
      const Token& t = toks_[k];
      if (t.kind == Kind::kQuote) {
        credit(person, true);
        return;
      }
      if ((t.kind == Kind::kPunct && t.text == ".") || t.para != toks_[poss].para) return;
      if (mention_at_start_[k] >= 0 && mentions_[static_cast<std::size_t>(mention_at_start_[k])].valid) return;
    }
  }

  // After "said nothing": the end of the clause or a preposition, not an adjective.
  bool says_nothing(std::size_t k) const {
    if (k >= toks_.size() || toks_[k].kind == Kind::kPunct || toks_[k].kind == Kind::kQuote) return true;
    static constexpr std::string_view kAfter[] = {"about", "before", "after", "to", "of", "during", "when",
                                                  "while", "and", "but", "on", "in", "at", "as", "until"};
    return toks_[k].kind == Kind::kWord && one_of(kAfter, toks_[k].lower);
  }

  static bool is_participle(std::string_view w) {
    static constexpr std::string_view kParticiples[] = {
        "saying", "adding", "telling", "warning", "insisting", "noting", "arguing", "stressing",
        "explaining", "urging", "claiming", "declaring", "acknowledging", "admitting", "writing",
        "describing", "stating", "asserting", "complaining", "suggesting", "recalling"};
    return one_of(kParticiples, w);
  }

  bool quote_follows(std::size_t i, std::size_t within) const {
    for (std::size_t k = i + 1; k < toks_.size() && k <= i + within; ++k) {
      if (toks_[k].kind == Kind::kQuote) return true;
      if (toks_[k].kind == Kind::kPunct && toks_[k].text == ".") return false;
    }
    return false;
  }

  // "said in a statement that it would": a statement's clause that opens with "it" or
  // "its" ("noted that it was the largest turnout" is anyone's).
  bool that_it_follows(std::size_t i) const {
    bool statement = false;
    for (std::size_t k = i + 1; k < toks_.size() && k <= i + 7; ++k) {
      if (toks_[k].kind != Kind::kWord) return false;
      statement = statement || toks_[k].lower == "statement";
      if (toks_[k].lower == "that") return statement && (word_is(k + 1, "it") || word_is(k + 1, "its"));
    }
    return false;
  }

  // A weak verb ("conceded", "described", "asked") reports speech only with what was said
  // right after it: "that", "whether", "how" or "why" within a few words ("conceded on
  // Tuesday that"), a colon, "for" ("asked for"), a quotation before the sentence goes on
  // far. Further on, a "that" or "for" belongs to something else ("declared an outbreak in
  // two districts, a status that", "agreed to set up a system for the river").
  bool complement_follows(std::size_t i) const {
    // "ruled after a 14-hour hearing in a courtroom inside the prison that": only
    // prepositional phrases between the verb and "that", which may then be further away.
    bool adverbial = i + 1 < toks_.size() && is_preposition(toks_[i + 1].lower);
    for (std::size_t k = i + 1; k < toks_.size() && k <= i + 16; ++k) {
      const Token& t = toks_[k];
      if (t.para != toks_[i].para) return false;
      if (t.kind == Kind::kPunct) adverbial = false;
      if (t.kind == Kind::kQuote) return k <= i + 12;
      if (ends_sentence(t)) return false;
      const std::size_t dist = k - i;
      if (t.kind == Kind::kPunct && t.text == ":" && dist <= 3) return true;
      if (t.kind == Kind::kWord && (dist <= 5 || adverbial) &&
          (t.lower == "that" || t.lower == "whether" || t.lower == "how" || t.lower == "why")) {
        return true;
      }
      if (t.kind == Kind::kWord && t.lower == "for" && dist == 1) return true;
      // "has described AI as the biggest change": what the person called it.
      if (t.kind == Kind::kWord && t.lower == "as" && toks_[i].lower.starts_with("describ")) return true;
    }
    return false;
  }

  // '"India is on the Moon," S. Somanath ... announced': the sentence opens with a quotation
  // that ends in a comma, question or exclamation mark, which is what the verb reports.
  bool quotation_precedes(std::size_t i) const {
    for (std::size_t k = i; k-- > 0 && i - k < 40;) {
      const Token& t = toks_[k];
      if (t.para != toks_[i].para) return false;
      if (t.kind == Kind::kPunct && (t.text == "." || t.text == ";")) return false;
      if (t.kind == Kind::kQuote) {
        return k > 0 && toks_[k - 1].kind == Kind::kPunct &&
               (toks_[k - 1].text == "," || toks_[k - 1].text == "?" || toks_[k - 1].text == "!");
      }
    }
    return false;
  }

  // The subject of the nearest earlier sentence that has a person as its subject, within
  // two paragraphs: what "the 20-year-old Spaniard said" refers to.
  int resolve_topic(std::size_t v) const {
    std::size_t pos = v;
    for (int n = 0; n < 8 && pos > 0; ++n) {
      std::size_t start = pos;
      while (start > 0 && pos - start < kSentenceReach) {
        const Token& t = toks_[start - 1];
        if (ends_sentence(t)) break;
        if (t.para != toks_[pos > 0 ? pos - 1 : 0].para) break;
        --start;
      }
      if (toks_[v].para - toks_[start].para > 2) return -1;
      if (pos != v) {
        const int subject = sentence_subject(pos);
        if (subject >= 0) return subject;
      }
      if (start == 0) break;
      pos = start - 1;  // the full stop (or last token) of the sentence before
    }
    return -1;
  }

  // "the Serbian", "the 20-year-old Spaniard", "the 36-year-old": a description by
  // nationality or age.
  bool is_demonym_or_age(const Token& t) const {
    if (t.kind != Kind::kWord) return false;
    if (t.lower.ends_with("-year-old")) return true;
    return lexicon::is_demonym(t.lower);
  }

  bool passive_before(std::size_t i) const {
    return i > 0 && (word_is(i - 1, "was") || word_is(i - 1, "were") || word_is(i - 1, "is") ||
                     word_is(i - 1, "are") || word_is(i - 1, "been") || word_is(i - 1, "be") ||
                     word_is(i - 1, "being"));
  }

  // 'Manager Jane Doe was delighted to get the deal done. [paragraph] "She is a special
  // talent ..."': a paragraph that is nothing but a quotation, right after a sentence whose
  // subject is a person and whose verb is a feeling ("was delighted", "is proud"), is that
  // person's (the club and press-release convention). `open` opens the quotation paragraph.
  void attribute_feeling_then_quote(std::size_t open) {
    static constexpr std::string_view kFeelings[] = {
        "delighted", "pleased", "thrilled", "proud", "happy", "disappointed", "frustrated", "relieved",
        "excited", "upbeat", "confident", "adamant", "furious", "angry", "emotional", "bullish",
        "optimistic", "philosophical", "gutted", "elated", "satisfied", "unrepentant", "defiant"};
    for (std::size_t k = open; k < toks_.size() && toks_[k].para == toks_[open].para; ++k) {
      if (toks_[k].kind == Kind::kWord && quote_of_[k] < 0) return;  // attributed in the paragraph
    }
    const std::size_t last = open - 1;  // the previous paragraph's last token
    if (!punct_is(last, ".")) return;
    const std::size_t start = sentence_start(last);
    const int subject = sentence_subject(last);
    if (subject < 0 || quote_of_[start] >= 0 || !person_confirmed(subject)) return;
    for (std::size_t k = start; k + 1 < last && k < start + 30; ++k) {
      if (!(word_is(k, "was") || word_is(k, "is") || word_is(k, "were"))) continue;
      std::size_t a = k + 1;
      if (a + 1 < last && toks_[a].kind == Kind::kWord && lexicon::is_verb_filler(toks_[a].lower)) ++a;
      if (toks_[a].kind == Kind::kWord && one_of(kFeelings, toks_[a].lower)) {
        if (person_ending_at(k - 1) == subject || sentence_subject(k) == subject) credit(subject, true);
        return;
      }
    }
  }

  // A sentence ends (".", "?", "!") between token `from` and the end of its paragraph.
  bool sentence_ends_in_paragraph(std::size_t from) const {
    for (std::size_t k = from; k < toks_.size() && toks_[k].para == toks_[from].para; ++k) {
      if (ends_sentence(toks_[k])) return true;
    }
    return false;
  }

  // After the colon at `colon`: a speaker's own words to the end of the paragraph, at least
  // eight words in the first person ("I", "my", "we") and a full stop, question or
  // exclamation mark at the end; not a heading ("Jane Doe: a life in music") nor the title of
  // a show or book ("Jane Doe: Woman in Green runs until June.").
  bool answer_follows(std::size_t colon) const {
    static constexpr std::string_view kFirstPerson[] = {"i", "i'm", "i've", "i'd", "i'll", "me", "my",
                                                        "we", "we're", "we've", "us", "our"};
    std::size_t words = 0;
    bool first_person = false;
    std::size_t k = colon + 1;
    for (; k < toks_.size() && toks_[k].para == toks_[colon].para; ++k) {
      if (toks_[k].kind != Kind::kWord) continue;
      ++words;
      first_person = first_person || (quote_of_[k] < 0 && one_of(kFirstPerson, toks_[k].lower));
    }
    if (words < 8 || !first_person) return false;
    return ends_sentence(toks_[k - 1]);
  }

  // "has (repeatedly) called": a perfect before the verb at i, over adverbs.
  bool perfect_before(std::size_t i) const {
    for (std::size_t k = i; k-- > 0 && i - k <= 3;) {
      if (word_is(k, "has") || word_is(k, "have") || word_is(k, "had")) return true;
      if (toks_[k].kind != Kind::kWord || toks_[k].cap ||
          !(lexicon::is_verb_filler(toks_[k].lower) || toks_[k].lower.ends_with("ly") || toks_[k].lower == "long")) {
        return false;
      }
    }
    return false;
  }

  // "on parties to talk": "to" and a verb within a few words, in the sentence.
  bool to_infinitive_follows(std::size_t k) const {
    for (std::size_t n = k; n < toks_.size() && n < k + 8; ++n) {
      if (toks_[n].kind == Kind::kPunct || toks_[n].kind == Kind::kQuote) return false;
      if (word_is(n, "to") && n + 1 < toks_.size() && toks_[n + 1].kind == Kind::kWord && !toks_[n + 1].cap &&
          !is_determiner(toks_[n + 1].lower)) {
        return true;
      }
    }
    return false;
  }

  // "a statement", "out a brief statement", "the family's statement" at k.
  bool statement_follows(std::size_t k) const {
    if (word_is(k, "out") || word_is(k, "from")) ++k;
    if (!(k < toks_.size() && toks_[k].kind == Kind::kWord && is_determiner(toks_[k].lower))) return false;
    for (std::size_t n = k + 1; n < toks_.size() && n < k + 3; ++n) {
      if (word_is(n, "statement")) return true;
      if (toks_[n].kind != Kind::kWord || toks_[n].cap) return false;
    }
    return false;
  }

  bool is_judge(int person) const {
    for (const std::string& d : people_[static_cast<std::size_t>(person)].descriptor) {
      if (d == "judge" || d == "justice" || d == "magistrate" || d == "arbitrator") return true;
    }
    return false;
  }

  // Where token `t` starts in `text`, which it views.
  static std::size_t byte_offset(const Token& t, std::string_view text) {
    return static_cast<std::size_t>(t.text.data() - text.data());
  }

  void find_events() {
    // A headline "Manuel de la Fuente: 'The guitar taught me ...'" quotes the person it
    // opens with (an interview's usual headline); nothing else in a headline reports.
    if (first_event_token_ > 0) {
      if (const int id = mention_at_start_[0]; id >= 0) {
        const Mention& m = mentions_[static_cast<std::size_t>(id)];
        if (m.valid && m.person >= 0 && m.begin == 0 && m.end >= 2 && punct_is(m.end, ":") &&
            m.end + 1 < first_event_token_ && toks_[m.end + 1].kind == Kind::kQuote &&
            people_[static_cast<std::size_t>(m.person)].words > 1) {
          credit(m.person, true);
        }
      }
    }
    for (std::size_t i = first_event_token_; i < toks_.size(); ++i) {
      event_token_ = i;
      const Token& t = toks_[i];
      if (t.kind == Kind::kPossessive) {
        attribute_possessive(i);
        continue;
      }
      if (t.kind == Kind::kQuote && i > 0 && toks_[i - 1].para != t.para) {
        attribute_feeling_then_quote(i);
        continue;
      }
      if (t.kind == Kind::kWord && t.lower == "according" && word_is(i + 1, "to")) {
        attribute_according(i);
        continue;
      }
      if (t.kind == Kind::kPunct && (t.text == "\u2014" || t.text == "\u2013" || t.text == "-")) {
        attribute_signature(i);
        continue;
      }
      // 'Jane Doe put it bluntly: "We are broke."', 'Jane Doe: "It works."': a sentence
      // whose subject is a person and which opens a quotation with a colon.
      // A headline or link label ("- Jane Doe: 'I'm not done yet'") has no full stop after
      // the colon: it reports no statement.
      if (t.kind == Kind::kPunct && t.text == ":" && is_quote_tok(i + 1) && quote_of_[i] < 0) {
        if (sentence_ends_in_paragraph(i + 1)) credit(sentence_subject(i), false);  // no "Lifelong"
        continue;
      }
      // An interview's answer: 'Jane Doe: On a night shift, actually. My phone was ...', a
      // paragraph led by a person's name and a colon, then sentences.
      if (t.kind == Kind::kPunct && t.text == ":" && quote_of_[i] < 0 && i > 0) {
        if (const int id = mention_at_end_[i - 1]; id >= 0) {
          const Mention& m = mentions_[static_cast<std::size_t>(id)];
          const bool opens = m.run_begin == 0 || toks_[m.run_begin - 1].para != t.para;
          if (opens && m.valid && m.person >= 0 && person_confirmed(m.person) && answer_follows(i)) {
            credit(m.person, false);
          }
        }
        continue;
      }
      if (t.kind != Kind::kWord || t.cap) continue;
      if (t.lower == "saying" && i > 1 && word_is(i - 1, "as") && word_is(i - 2, "quoted")) {
        credit(sentence_subject(i), false);  // "Jane Doe was quoted as saying"
        continue;
      }
      if (i > 0 && punct_is(i - 1, ",") && is_participle(t.lower)) {
        // "X defended the record, telling lawmakers ...": the sentence's subject. "Minister X
        // is expected to meet them, a spokesperson said, adding that": the subject of the
        // nearer "said".
        if (const std::size_t said = reporting_verb_before(i - 1); said < i) {
          credit(person_ending_at(said - 1), false);
        } else {
          credit(sentence_subject(i), false);
        }
        continue;
      }
      // "has made what he calls "total peace" its goal": the person's term, not a statement.
      if ((t.lower == "called" || t.lower == "calls") && i >= 2 && word_is(i - 2, "what")) continue;
      if ((t.lower == "called" || t.lower == "calls") && quote_follows(i, 5)) {
        if (!attribute_before(i)) credit(sentence_subject(i), false);
        continue;
      }
      // "X called for calm", "He called on parties to talk": an appeal is a statement, unless
      // told as a habit in the perfect ("has repeatedly called for tougher rules"), which
      // describes a position without reporting a statement.
      if ((t.lower == "called" || t.lower == "calls") && !perfect_before(i) && !passive_before(i) &&
          (word_is(i + 1, "for") || (word_is(i + 1, "on") && to_infinitive_follows(i + 2)))) {
        attribute_before(i);
        continue;
      }
      // "X read a statement calling for a ceasefire", "X issued a statement".
      if ((t.lower == "read" || t.lower == "issued" || t.lower == "released") && statement_follows(i + 1)) {
        attribute_before(i);
        continue;
      }
      // "Judge X ruled that ...": a judge's ruling, with what was ruled.
      if ((t.lower == "ruled" || t.lower == "rules") && complement_follows(i) && !passive_before(i)) {
        const int judge = sentence_subject(i);
        if (judge >= 0 && is_judge(judge)) credit(judge, true);
        continue;
      }
      if (!lexicon::is_reporting_verb(t.lower)) continue;
      // "Nolan Arenado added an RBI double", "she added two goals": "added" with an object
      // adds something, it says nothing ("added: ", "added that" and '," he added' do).
      if ((t.lower == "added" || t.lower == "adds") && i + 1 < toks_.size() &&
          (toks_[i + 1].kind == Kind::kNumber ||
           (toks_[i + 1].kind == Kind::kWord &&
            (one_of(kCountedObjects, toks_[i + 1].lower) || (toks_[i + 1].lower == "the" && !complement_follows(i)))))) {
        continue;  // "first five Ben Treadwell added the conversion"
      }
      // "the streets Behan wrote about": a subject written about, nothing quoted.
      if ((t.lower == "wrote" || t.lower == "writes") && word_is(i + 1, "about") && !quote_follows(i, 12)) continue;
      // Passive: "was told by police", "is said to have left", "was urged to resign": the
      // subject is who was spoken to or about.
      if (passive_before(i)) continue;
      // "Orla Keaveney confirmed as the first headliners", "X announced as the new coach": a
      // participle before "as" names a role; no one spoke.
      if (word_is(i + 1, "as") && (t.lower == "confirmed" || t.lower == "announced" || t.lower == "named" ||
                                   t.lower == "revealed" || t.lower == "unveiled")) {
        continue;
      }
      // "He said nothing before he died", "she told no one": no statement ("said nothing
      // new" is one).
      if ((word_is(i + 1, "nothing") || word_is(i + 1, "little")) && says_nothing(i + 2)) continue;
      // "X visited the ward and praised its lounge as a model": no statement.
      if (lexicon::is_weak_reporting_verb(t.lower) && !complement_follows(i) && !quotation_precedes(i)) continue;
      // "X has repeatedly urged carmakers to cut prices", "has criticised the plan": a position
      // held towards someone or something over time, not a statement, unless what was said
      // follows ("has warned of risks" and "has told" report one).
      if (perfect_before(i) && lexicon::is_object_taking_verb(t.lower) && t.lower != "told" &&
          !complement_follows(i) && !quotation_precedes(i)) {
        continue;
      }
      if (i > 0 && (word_is(i - 1, "and") || word_is(i - 1, "but"))) {
        credit(sentence_subject(i), false);  // "X called it barbaric and said ..."
        continue;
      }
      if (word_is(i + 1, "its") || (word_is(i + 1, "that") && word_is(i + 2, "its"))) {
        continue;  // "Morgan Stanley said its profit fell": a company
      }
      // "Junts said in a statement that it would": what the subject says of itself shows an
      // organisation.
      if (that_it_follows(i)) continue;
      if (!attribute_before(i)) attribute_after(i);
    }
  }

  std::vector<Token> toks_;
  std::vector<Mention> mentions_;
  std::unordered_set<std::string_view> lower_words_;  // every word the article writes in lower case
  std::unordered_set<std::string_view> cap_words_;    // and every one it capitalises
  std::size_t event_token_ = 0;                      // the token find_events() is looking at
  std::vector<bool> person_evidence_;                // per person: person_evidence()
  std::size_t first_event_token_ = 0;                // tokens before it (the headline) report nothing
  std::unordered_map<std::size_t, int> speaker_of_sentence_;  // sentence start -> who it reports
  std::vector<int> mention_at_end_;
  std::vector<int> mention_at_start_;
  std::vector<int> quote_of_;
  mutable std::unordered_map<std::uint64_t, std::string> span_keys_;
  mutable bool acronym_index_built_ = false;
  mutable std::unordered_map<std::string_view, std::vector<std::size_t>> acronym_uses_;
  std::vector<Person> people_;
  std::unordered_map<std::string, int> person_by_key_;
};

}  // namespace

std::vector<std::string> find_speakers(std::string_view clean_text) {
  return Extractor(clean_text).run();
}

std::vector<std::string> find_speakers(std::string_view clean_text, std::string_view headline) {
  if (headline.empty()) return find_speakers(clean_text);
  std::string text(headline);
  text += "\n\n";
  const std::size_t body_start = text.size();
  text += clean_text;
  return Extractor(text, body_start).run();
}

}  // namespace news
