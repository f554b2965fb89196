// The schema: the ONLY place that knows term prefixes, value slots and field names.
// The index writer and the query parser set-up both loop over kFields, so a field is
// added here and nowhere else. docs/schema.md describes the same table for users.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <xapian.h>

namespace news::schema {

// Bumped whenever terms, values or document data change meaning. A database written with
// another version is refused (news-index --rebuild makes a new one).
// 3: free text as one stemmed term per word (kIndexStemming), no unstemmed terms.
inline constexpr std::string_view kVersion = "3";
inline constexpr std::string_view kVersionKey = "news-search:schema-version";
// Database metadata key of the speaker alias table (common/src/aliases.h).
inline constexpr std::string_view kAliasesKey = "news-search:speaker-aliases";
// Top lists (common/src/top_lists.h): the stamp of the state they were computed on (empty
// or absent: none is current), and one key per term, this prefix + the term.
inline constexpr std::string_view kTopListsKey = "news-search:top-lists";
inline constexpr std::string_view kTopListKeyPrefix = "news-search:top:";

inline constexpr Xapian::valueno kNoSlot = Xapian::BAD_VALUENO;

enum class FieldKind {
  kFreeText,  // stemmed, positional text; searchable with a field prefix
  kBoolean,   // exact filter terms; never affect the score
  kValue,     // value slot only (sorting, facets, change detection)
  kConcept,   // added for synonym groups found in the text; reached through synonyms
};

struct Field {
  std::string_view name;    // what users type before ':' (empty: not a query field)
  std::string_view prefix;  // Xapian term prefix (empty for the body)
  Xapian::valueno slot;     // value slot, written out, or kNoSlot
  FieldKind kind;
  std::string_view example;  // an example query, for docs and --help
};

// Slots are written out, never implied by enum order.
inline constexpr Xapian::valueno kSlotDate = 0;         // "YYYYMMDD", sortable
inline constexpr Xapian::valueno kSlotSpeakers = 1;     // speaker keys, '\x1f'-separated
inline constexpr Xapian::valueno kSlotPath = 2;         // absolute path of the file
inline constexpr Xapian::valueno kSlotFingerprint = 3;  // "size:mtime_ns" of the file
inline constexpr Xapian::valueno kSlotContentHash = 4;  // hash of the file's bytes

// Concept terms: one per synonym group ("XCONCEPTnato" for NATO and its long forms).
inline constexpr std::string_view kConceptPrefix = "XCONCEPT";

inline constexpr std::array kFields = {
    Field{"id", "Q", kNoSlot, FieldKind::kBoolean, ""},
    Field{"title", "S", kNoSlot, FieldKind::kFreeText, "title:sanctions"},
    Field{"", "", kNoSlot, FieldKind::kFreeText, "\"security guarantees\""},
    Field{"speaker", "XSPEAKER", kSlotSpeakers, FieldKind::kBoolean, "speaker:grushko"},
    Field{"source", "XSOURCE", kNoSlot, FieldKind::kBoolean, "source:\"moscow times\""},
    Field{"site", "H", kNoSlot, FieldKind::kBoolean, "site:themoscowtimes.com"},
    Field{"url", "U", kNoSlot, FieldKind::kBoolean, "url:https://example.com/a"},
    Field{"date", "D", kSlotDate, FieldKind::kBoolean, "date:2021-12-01..2021-12-31"},
    Field{"", kConceptPrefix, kNoSlot, FieldKind::kConcept, "NATO"},
    Field{"", "", kSlotPath, FieldKind::kValue, ""},
    Field{"", "", kSlotFingerprint, FieldKind::kValue, ""},
    Field{"", "", kSlotContentHash, FieldKind::kValue, ""},
};

consteval bool prefixes_and_slots_unique() {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    for (std::size_t j = i + 1; j < kFields.size(); ++j) {
      const Field& a = kFields[i];
      const Field& b = kFields[j];
      if (!a.prefix.empty() && a.prefix == b.prefix) return false;
      if (a.slot != kNoSlot && a.slot == b.slot) return false;
      if (!a.name.empty() && a.name == b.name) return false;
    }
  }
  return true;
}
static_assert(prefixes_and_slots_unique(), "schema: prefixes, slots and names must be unique");

// Looks a field up by its query name; throws std::logic_error for an unknown name (a bug).
const Field& field(std::string_view name);

// Free text (body, title) is indexed as ONE stemmed, positional term per word, without the
// "Z" prefix ("guarantees" -> "guarante", title words "Sguarante"): Xapian's STEM_ALL. Half
// the terms of STEM_SOME (an unstemmed positional term plus a stemmed one), so indexing is
// about 1.5x cheaper; phrases match stems ("security guarantee" finds "security
// guarantees"); a wildcard expands over the stems ("guarant*"). Not STEM_ALL_Z: Xapian 1.4's
// QueryParser expands wildcards over unprefixed terms only, which STEM_ALL_Z has none of.
// The query parser must use the same strategy (kQueryStemming) and stemmer (kStemLanguage).
inline constexpr const char* kStemLanguage = "english";
inline constexpr auto kIndexStemming = Xapian::TermGenerator::STEM_ALL;
inline constexpr auto kQueryStemming = Xapian::QueryParser::STEM_ALL;

// Term positions left empty between fields, so a phrase never matches across two fields.
inline constexpr Xapian::termpos kFieldPositionGap = 100;

// Title words count this many times in the body's statistics too (title matches weigh more).
inline constexpr Xapian::termcount kTitleWeight = 3;

// Xapian rejects terms longer than 245 bytes; longer boolean terms are shortened and hashed.
inline constexpr std::size_t kMaxTermBytes = 240;

// `prefix` + `value`, shortened to fit Xapian's limit by replacing the tail with a hash.
std::string make_term(std::string_view prefix, std::string_view value);

// The unique id term of the article stored at `path` (absolute).
std::string id_term(std::string_view path);

// Keys of the document data (a JSON object) stored with each article.
namespace data {
inline constexpr const char* kPath = "path";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kDate = "date";
inline constexpr const char* kUrl = "url";
inline constexpr const char* kSource = "source";
inline constexpr const char* kSpeakers = "speakers";
inline constexpr const char* kText = "text";
}  // namespace data

// Separator of the speaker keys in kSlotSpeakers.
inline constexpr char kListSeparator = '\x1f';

}  // namespace news::schema
