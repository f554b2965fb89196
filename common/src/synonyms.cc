#include "synonyms.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "folding.h"
#include "news/error.h"
#include "news/text.h"
#include "schema.h"

namespace news {

// Defined in the generated default_synonyms.cc: the text of data/synonyms.txt.
extern const char* const kDefaultSynonymsText;

namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

struct Token {
  std::string_view text;  // as written (for a dotted acronym: "U.S.")
  std::string letters;    // a dotted acronym's letters ("US"), else empty
};

// Splits text into words; "U.S." and "U.N.S.C." are one token each.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (!is_word_code_point(cp)) continue;
    // A dotted acronym: capital, dot, capital, dot...
    if (is_upper_ascii(text[start]) && i < text.size() && text[i] == '.') {
      std::string letters(1, text[start]);
      std::size_t j = i;
      while (j + 1 < text.size() && text[j] == '.' && is_upper_ascii(text[j + 1]) &&
             (j + 2 >= text.size() || !is_ascii_alnum(static_cast<unsigned char>(text[j + 2])) ||
              text[j + 2] == '.')) {
        letters.push_back(text[j + 1]);
        j += 2;
      }
      if (letters.size() >= 2) {
        if (j < text.size() && text[j] == '.') ++j;
        tokens.push_back({text.substr(start, j - start), letters});
        i = j;
        continue;
      }
    }
    while (i < text.size()) {
      std::size_t k = i;
      if (!is_word_code_point(next_code_point(text, k))) break;
      i = k;
    }
    tokens.push_back({text.substr(start, i - start), {}});
  }
  return tokens;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// The words of a long form as the query parser keys them: split on spaces, folded.
std::vector<std::string> phrase_words(std::string_view form) {
  std::vector<std::string> words;
  std::istringstream in{std::string(form)};
  for (std::string w; in >> w;) words.push_back(fold(w));
  return words;
}

// The words of a long form as the indexer's tokenizer sees them.
std::vector<std::string> token_words(std::string_view form) {
  std::vector<std::string> words;
  for (const Token& t : tokenize(form)) words.push_back(fold(t.text));
  return words;
}

}  // namespace

std::string concept_term(std::string_view concept_key) {
  return schema::make_term(schema::kConceptPrefix, concept_key);
}

std::string acronym_letters(std::string_view word) {
  std::string letters;
  bool has_letter = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (is_upper_ascii(c)) {
      letters.push_back(c);
      has_letter = true;
    } else if (c >= '0' && c <= '9') {
      letters.push_back(c);
    } else if (c == '.' && i > 0 && word[i - 1] != '.') {
      continue;
    } else {
      return {};
    }
  }
  if (!has_letter || letters.size() < 2) return {};
  return letters;
}

SynonymTable SynonymTable::parse(std::string_view text, std::string_view origin) {
  SynonymTable table;
  std::istringstream in{std::string(text)};
  std::size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    const std::string stripped = trim(line);
    if (stripped.empty() || stripped[0] == '#') continue;
    const auto bad = [&](const std::string& why) {
      return Error(ErrorCode::kInvalidArgument,
                   std::string(origin) + ":" + std::to_string(line_no) + ": " + why,
                   "write one group per line, forms separated by '|': NATO | North Atlantic "
                   "Treaty Organization");
    };
    SynonymGroup group;
    std::size_t forms = 0;
    std::istringstream fields(stripped);
    for (std::string form; std::getline(fields, form, '|');) {
      form = trim(form);
      bool marked = false;
      if (!form.empty() && form[0] == '=') {
        marked = true;
        form = trim(std::string_view(form).substr(1));
      }
      if (form.empty()) throw bad("empty form");
      ++forms;
      if (const std::string letters = acronym_letters(form); !letters.empty()) {
        group.acronyms.push_back(letters);
        if (marked) group.case_sensitive.insert(letters);
        if (group.concept_key.empty()) group.concept_key = fold(letters);
      } else {
        if (marked) throw bad("'=' marks an acronym in capitals, not '" + form + "'");
        std::vector<std::string> words = token_words(form);
        if (words.empty()) throw bad("form without letters: '" + form + "'");
        if (group.concept_key.empty()) group.concept_key = join(words);
        group.phrases.push_back(std::move(words));
        group.phrase_keys.push_back(join(phrase_words(form)));
      }
    }
    if (forms < 2) throw bad("a group needs at least two forms");
    table.groups_.push_back(std::move(group));
  }
  return table;
}

const SynonymTable& SynonymTable::built_in() {
  static const SynonymTable table(kDefaultSynonymsText, "built-in synonyms");
  return table;
}

SynonymTable::SynonymTable(std::string_view text, std::string_view origin)
    : lazy_(std::make_shared<LazyGroups>()), index_(std::make_shared<LazyIndex>()) {
  lazy_->text = text;
  lazy_->origin = origin;
}

const std::vector<SynonymGroup>& SynonymTable::groups() const {
  if (lazy_) std::call_once(lazy_->once, [this] { groups_ = parse(lazy_->text, lazy_->origin).groups_; });
  return groups_;
}

Xapian::Query SynonymTable::forms_of_concepts(const std::set<std::string>& terms,
                                              const Xapian::Stem& stemmer) const {
  // No concept term, no group: the groups are not even looked at (nor parsed).
  const std::string prefix(schema::kConceptPrefix);
  if (const auto first = terms.lower_bound(prefix); first == terms.end() || !first->starts_with(prefix)) {
    return Xapian::Query();
  }
  std::set<std::string> words_of_acronyms;
  std::set<std::vector<std::string>> phrases;
  for (const SynonymGroup& g : groups()) {
    if (!terms.contains(concept_term(g.concept_key))) continue;
    for (const std::string& a : g.acronyms) words_of_acronyms.insert(stemmer(fold(a)));
    for (std::vector<std::string> words : g.phrases) {
      for (std::string& w : words) w = stemmer(w);
      phrases.insert(std::move(words));
    }
  }
  std::vector<Xapian::Query> forms(words_of_acronyms.begin(), words_of_acronyms.end());
  for (auto it = phrases.begin(); it != phrases.end(); ++it) {
    // "united states of america" adds nothing to "united states" (sorted just before it),
    // and Xapian's snippets highlight neither when both are asked for.
    const auto& words = *it;
    if (it != phrases.begin()) {
      const auto& shorter = *std::prev(it);
      if (std::equal(shorter.begin(), shorter.end(), words.begin(),
                     words.begin() +
                         static_cast<std::ptrdiff_t>(std::min(shorter.size(), words.size())))) {
        continue;
      }
    }
    forms.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                       static_cast<Xapian::termcount>(words.size()));
  }
  return Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
}

bool SynonymTable::is_case_sensitive_acronym(std::string_view word) const {
  const std::string letters = acronym_letters(word);
  if (letters.empty()) return false;
  for (const SynonymGroup& g : groups()) {
    if (g.case_sensitive.contains(letters)) return true;
  }
  return false;
}

// Lookup tables over a table's groups: acronym letters, and long forms by first word.
struct SynonymTable::Index {
  std::unordered_map<std::string, std::pair<const SynonymGroup*, bool>> acronyms;
  std::unordered_multimap<std::string,
                          std::pair<const SynonymGroup*, const std::vector<std::string>*>>
      phrases;
};

const SynonymTable::Index& SynonymTable::index() const {
  std::call_once(index_->once, [this] {
    auto built = std::make_unique<Index>();
    for (const SynonymGroup& g : groups()) {
      for (const std::string& a : g.acronyms) {
        built->acronyms[a] = {&g, g.case_sensitive.contains(a)};
      }
      for (const auto& p : g.phrases) built->phrases.emplace(p.front(), std::make_pair(&g, &p));
    }
    index_->index = std::move(built);
  });
  return *index_->index;
}

std::map<std::string, Xapian::termcount> SynonymTable::concept_terms(std::string_view text) const {
  const Index& index = this->index();
  std::map<std::string, Xapian::termcount> out;
  const std::vector<Token> tokens = tokenize(text);
  std::string key;  // reused: most tokens start nothing, and must cost no allocation
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (is_upper_ascii(t.text[0])) {  // an acronym starts with a capital
      const std::string as_written = t.letters.empty() ? std::string(t.text) : t.letters;
      if (const std::string caps = acronym_letters(as_written); !caps.empty()) {
        if (auto it = index.acronyms.find(caps); it != index.acronyms.end()) {
          ++out[concept_term(it->second.first->concept_key)];
          continue;
        }
      } else if (auto it = index.acronyms.find(ascii_upper(as_written));
                 it != index.acronyms.end() && !it->second.second) {
        ++out[concept_term(it->second.first->concept_key)];  // "Nato"
        continue;
      }
    }
    key.assign(t.text);
    if (std::any_of(key.begin(), key.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      key = fold(key);
    } else {
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const auto [lo, hi] = index.phrases.equal_range(key);
    std::size_t longest = 0;
    const SynonymGroup* group = nullptr;
    for (auto it = lo; it != hi; ++it) {
      const std::vector<std::string>& words = *it->second.second;
      if (words.size() <= longest || i + words.size() > tokens.size()) continue;
      bool all = true;
      for (std::size_t k = 1; k < words.size() && all; ++k) {
        all = fold(tokens[i + k].text) == words[k];
      }
      if (all) {
        longest = words.size();
        group = it->second.first;
      }
    }
    if (group) {
      ++out[concept_term(group->concept_key)];
      i += longest - 1;
    }
  }
  return out;
}

void SynonymTable::add_to(Xapian::WritableDatabase& db, bool indexed,
                          const Xapian::Stem& stemmer) const {
  for (const SynonymGroup& g : groups()) {
    std::vector<std::string> values;
    if (indexed) {
      values.push_back(concept_term(g.concept_key));
    } else {
      for (const std::string& a : g.acronyms) values.push_back(stemmer(fold(a)));
      for (const auto& p : g.phrases) {
        if (p.size() == 1) values.push_back(stemmer(p.front()));
      }
    }
    const auto add = [&](const std::string& key) {
      for (const std::string& v : values) db.add_synonym(key, v);
    };
    for (const std::string& a : g.acronyms) {
      add(g.case_sensitive.contains(a) ? a : fold(a));
    }
    for (const std::string& key : g.phrase_keys) add(key);
  }
}

}  // namespace news

namespace news {

namespace fs = std::filesystem;

void SynonymTable::append(const SynonymTable& other) {
  groups();  // parsed before groups are added
  lazy_.reset();
  groups_.insert(groups_.end(), other.groups().begin(), other.groups().end());
  index_ = std::make_shared<LazyIndex>();  // the groups moved: build the index again
}

SynonymTable::SynonymTable() : index_(std::make_shared<LazyIndex>()) {}
SynonymTable::SynonymTable(const SynonymTable& other)
    : groups_(other.groups()), index_(std::make_shared<LazyIndex>()) {}
SynonymTable& SynonymTable::operator=(const SynonymTable& other) {
  groups_ = other.groups();
  lazy_.reset();
  index_ = std::make_shared<LazyIndex>();
  return *this;
}
SynonymTable::~SynonymTable() = default;

namespace {

// Bumped when the layout of the synonym database changes.
// 2: user groups map to stemmed terms without the "Z" prefix (schema version 3).
constexpr std::string_view kSynonymCacheFormat = "2";

std::optional<fs::path> cache_root() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return fs::path(xdg) / "news-search";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return fs::path(home) / ".cache" / "news-search";
  }
  return std::nullopt;
}

fs::path unique_sibling(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  return fs::path(path.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                  std::to_string(counter++));
}

void build(const fs::path& dir, const SynonymTable* user) {
  const Xapian::Stem stemmer(schema::kStemLanguage);
  Xapian::WritableDatabase db(dir.string(),
                              Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
  SynonymTable::built_in().add_to(db, /*indexed=*/true, stemmer);
  if (user) user->add_to(db, /*indexed=*/false, stemmer);
  db.commit();
  db.close();
}

}  // namespace

SynonymDatabase::SynonymDatabase(const std::optional<fs::path>& user_file) {
  std::string key_text(kSynonymCacheFormat);
  key_text.append("\n").append(kDefaultSynonymsText);
  std::optional<SynonymTable> user;
  if (user_file) {
    std::ifstream in(*user_file, std::ios::binary);
    if (!in) {
      throw Error(ErrorCode::kIo, "cannot read synonym file " + user_file->string(),
                  "check the path given to --synonyms");
    }
    std::ostringstream s;
    s << in.rdbuf();
    const std::string text = to_utf8(s.str());
    user = SynonymTable::parse(text, user_file->string());
    user_table_ = SynonymTable::built_in();
    user_table_->append(*user);
    key_text.append("\n--user--\n").append(text);
  }
  char name[40];
  std::snprintf(name, sizeof name, "synonyms-%016llx",
                // A cache key only: a new library version at worst builds the dictionary again.
                static_cast<unsigned long long>(std::hash<std::string>{}(key_text)));

  try {
    if (const std::optional<fs::path> root = cache_root()) {
      const fs::path final_dir = *root / name;
      std::error_code ec;
      if (!fs::exists(final_dir / "iamglass", ec)) {
        fs::create_directories(*root, ec);
        const fs::path tmp = unique_sibling(final_dir);
        build(tmp, user ? &*user : nullptr);
        fs::rename(tmp, final_dir, ec);  // another process may have won the race: fine
        if (ec) fs::remove_all(tmp, ec);
      }
      db_ = Xapian::Database(final_dir.string());
      return;
    }
  } catch (const Xapian::Error&) {
    // No usable cache folder (read-only home, ...): fall through to a temporary one.
  } catch (const fs::filesystem_error&) {
  }
  try {
    temporary_ = unique_sibling(fs::temp_directory_path() / name);
    build(temporary_, user ? &*user : nullptr);
    db_ = Xapian::Database(temporary_.string());
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::kIo, "cannot build the synonym dictionary: " + e.get_msg());
  }
}

SynonymDatabase::~SynonymDatabase() {
  if (temporary_.empty()) return;
  db_.close();
  std::error_code ec;
  fs::remove_all(temporary_, ec);
}

}  // namespace news
