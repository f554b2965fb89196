// Synonym groups (NATO / North Atlantic Treaty Organization, US / U.S. / United States):
// the table format, the concept terms the indexer adds for the built-in groups, and the
// Xapian synonym dictionary the query parser expands words with. Private to common/.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// One line of a synonym file: forms that mean the same thing.
struct SynonymGroup {
  std::string concept_key;            // folded letters of the first form: "nato", "us"
  std::vector<std::string> acronyms;  // capital letters without dots: "NATO", "US", "USA"
  std::vector<std::vector<std::string>> phrases;  // other forms as folded words
  std::vector<std::string> phrase_keys;           // the same as the query parser keys them
  std::set<std::string> case_sensitive;           // acronyms marked '=': "US"
};

// A set of synonym groups. Format (data/synonyms.txt): one group per line, forms separated
// by '|'; a form in capitals (dots allowed) is an acronym; '=' before an acronym makes it
// match only when written in capitals; '#' starts a comment line.
class SynonymTable {
 public:
  SynonymTable();
  SynonymTable(const SynonymTable& other);
  SynonymTable& operator=(const SynonymTable& other);
  ~SynonymTable();

  // Parses `text`. Throws news::Error(kInvalidArgument) naming `origin` and the line for a
  // line that cannot be a group (fewer than two forms, an empty form).
  static SynonymTable parse(std::string_view text, std::string_view origin);

  // The table shipped with the program (data/synonyms.txt, compiled in). Its text is
  // parsed on the first use of its groups: a query without capitals and without a synonym
  // found never needs them.
  static const SynonymTable& built_in();

  const std::vector<SynonymGroup>& groups() const;

  // Adds the groups of `other` after this table's.
  void append(const SynonymTable& other);

  // Concept term -> occurrences of any form of its group in `text` (original case: a
  // case-sensitive acronym counts only in capitals). The indexer adds these terms.
  std::map<std::string, Xapian::termcount> concept_terms(std::string_view text) const;

  // The words as they stand in article text for the groups whose concept terms are in
  // `terms`, as the index holds them (stemmed with `stemmer`): each acronym as a lower-case
  // term ("us") and each long form as a phrase ("unit state"). Empty when `terms` holds no
  // concept term. For snippets: the concept term itself never appears in the text.
  Xapian::Query forms_of_concepts(const std::set<std::string>& terms,
                                  const Xapian::Stem& stemmer) const;

  // True when `word` (as typed, dots allowed) is an acronym of this table that only
  // matches in capitals, and it is written in capitals.
  bool is_case_sensitive_acronym(std::string_view word) const;

  // Writes the Xapian synonym dictionary for these groups into `db`. With `indexed` the
  // groups' concept terms are in the index (built-in table) and every form maps to its
  // concept term; otherwise every form maps to the group's one-word forms as the index
  // holds them (stemmed with `stemmer`). Case-sensitive acronyms are keyed in capitals
  // ("US"), so the parser's automatic lower-case lookups never expand "us".
  void add_to(Xapian::WritableDatabase& db, bool indexed, const Xapian::Stem& stemmer) const;

 private:
  struct Index;
  // Built on first use by concept_terms (thread-safe), so indexing does not rebuild it for
  // every article; copies get their own, as it points into groups_.
  struct LazyIndex {
    std::once_flag once;
    std::unique_ptr<Index> index;
  };
  const Index& index() const;
  // A table whose groups are `text`, parsed on first use (thread-safe). `text` must be
  // valid (parse() throws nothing for it) and outlive the table.
  struct LazyGroups {
    std::once_flag once;
    std::string_view text, origin;
  };
  SynonymTable(std::string_view text, std::string_view origin);

  mutable std::vector<SynonymGroup> groups_;  // written once, by groups(), when lazy_
  std::shared_ptr<LazyGroups> lazy_;          // null once parsed or when built by parse()
  std::shared_ptr<LazyIndex> index_;
};

// The concept term of a group key ("nato" -> "XCONCEPTnato").
std::string concept_term(std::string_view concept_key);

// Letters of an acronym as typed, without dots, when it is one ("U.S." -> "US", "G7" ->
// "G7"); empty when `word` is not written in capitals.
std::string acronym_letters(std::string_view word);

}  // namespace news

namespace news {

// A Xapian database holding only the synonym dictionary of the built-in table plus an
// optional user table, for the query parser (Xapian keeps synonyms in a database; the
// article database is read-only here). Built once per table content and cached under
// $XDG_CACHE_HOME/news-search (or ~/.cache/news-search); in a temporary folder, removed
// again, when there is no usable cache folder.
class SynonymDatabase {
 public:
  // Throws news::Error(kInvalidArgument / kIo) for a user file that cannot be used.
  explicit SynonymDatabase(const std::optional<std::filesystem::path>& user_file);
  ~SynonymDatabase();
  SynonymDatabase(const SynonymDatabase&) = delete;
  SynonymDatabase& operator=(const SynonymDatabase&) = delete;

  const Xapian::Database& database() const { return db_; }
  // The built-in table plus the user's groups: what mark_acronyms needs.
  const SynonymTable& table() const { return user_table_ ? *user_table_ : SynonymTable::built_in(); }

 private:
  Xapian::Database db_;
  std::optional<SynonymTable> user_table_;  // the built-in groups and the user's; none without a file
  std::filesystem::path temporary_;  // removed on destruction when not empty
};

}  // namespace news
