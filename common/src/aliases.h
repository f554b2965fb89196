// One name per person across the corpus: the speaker alias table. Names that differ only
// by diacritics or transliteration ("Gruško"/"Grushko", "Zelenskyy"/"Zelensky"), by a
// middle name, or that give the surname alone where the corpus knows one person of that
// surname, are one person shown by the canonical name: the fullest form the corpus gives.
// The table is a pure function of the multiset of speaker names in the database, so it is
// deterministic and the same however the articles were added or removed.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace news {

class AliasTable {
 public:
  AliasTable() = default;  // knows no name

  // Builds the table from each document's speaker names.
  static AliasTable build(const std::vector<std::vector<std::string>>& documents);
  // The same from the number of documents quoting each name (what build() counts first):
  // memory grows with the distinct names, not with the documents.
  static AliasTable build_from_counts(const std::map<std::string, std::size_t>& documents_by_name);

  // "name\tcanonical\tkey\n" lines sorted by name, key being speaker_key(name), stored so
  // that loading needs no ICU folding; parse() reads them back, and also reads the older
  // "name\tcanonical\n" lines (computing the keys).
  std::string serialize() const;
  static AliasTable parse(std::string_view text);

  // The canonical name of `name`; `name` itself when the table does not know it (a view
  // into the table or into `name`).
  std::string_view canonical(std::string_view name) const;
  // `names` by their canonical names, each once, in the order given.
  std::vector<std::string> canonical_names(const std::vector<std::string>& names) const;
  // Facet counts keyed by stored names, merged under the canonical names.
  std::unordered_map<std::string, std::size_t> canonical_counts(
      const std::unordered_map<std::string, std::size_t>& counts) const;

  // The speaker_key() values of every name of every person `value` refers to: a canonical
  // name or an alias, given in full or as a surname, in any case and with or without
  // diacritics. When the table knows no such person, the key of `value` alone.
  std::vector<std::string> query_keys(std::string_view value) const;

  bool empty() const { return lines().empty(); }

 private:
  // Loading costs nothing: a stored table is read from the database on first use (a query
  // whose hits quote nobody, without facets or speaker filters, never reads it). A table
  // written by serialize() (stored, or built) is sorted by name, so canonical() finds a
  // name by binary search in the text itself. The lines (views into the text) and the keys
  // by person, which only serialize(), an unsorted text and speaker queries need, are
  // gathered on first use too (thread-safe; copies share them).
  struct Line {
    std::string_view name, canonical, key;  // key empty in a table written without keys
  };
  struct Lazy {
    std::optional<Xapian::Database> db;  // the database a stored table is still to be read from
    std::once_flag text_once;
    std::string text;
    std::once_flag lines_once;
    std::vector<Line> lines;  // sorted by name
    std::once_flag keys_once;
    std::map<std::string, std::vector<std::string>> keys;  // canonical -> names' keys
  };
  // `text` as serialize() writes it (sorted by name) when `sorted`.
  AliasTable(std::string text, bool sorted);
  const std::string& text() const;  // reads a stored table on first use
  const std::vector<Line>& lines() const;
  const std::map<std::string, std::vector<std::string>>& keys_by_person() const;

  bool sorted_ = false;
  std::shared_ptr<Lazy> lazy_ = std::make_shared<Lazy>();

  friend AliasTable load_aliases(const Xapian::Database& db);
};

// Recomputes the table from the speaker names of every document (value slot
// schema::kSlotSpeakers) and stores it in the metadata when it changed; returns whether it
// did. Does not commit.
bool update_aliases(Xapian::WritableDatabase& db);

// The table stored in `db`; empty when none is stored. It is read on first use, so a
// Xapian::Error reading it comes from the first method that needs it.
AliasTable load_aliases(const Xapian::Database& db);

}  // namespace news
