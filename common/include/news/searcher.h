// Answering queries against the database. Returns data; never prints.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

// How the date facet groups articles.
enum class DateFacet { kDay, kMonth, kYear };

// An enum value with its name as the command line and the JSON output spell it.
template <typename Enum>
struct NamedValue {
  std::string_view name;
  Enum value;
};

inline constexpr NamedValue<SortOrder> kSortOrderNames[] = {
    {"relevance", SortOrder::kRelevance},
    {"newest", SortOrder::kNewest},
    {"oldest", SortOrder::kOldest}};
inline constexpr NamedValue<DateFacet> kDateFacetNames[] = {
    {"day", DateFacet::kDay}, {"month", DateFacet::kMonth}, {"year", DateFacet::kYear}};

// The name of `value` among `names`.
template <typename Enum, std::size_t N>
constexpr std::string_view name_of(const NamedValue<Enum> (&names)[N], Enum value) {
  for (const NamedValue<Enum>& n : names) {
    if (n.value == value) return n.name;
  }
  return {};
}

struct SearchRequest {
  std::string query;  // QueryParser syntax (docs/query-syntax.md); empty: every article
  std::size_t offset = 0;
  std::size_t limit = 10;
  // Default: kRelevance with a query, kNewest without one. Undated articles come last for
  // kNewest and kOldest alike.
  std::optional<SortOrder> sort;
  std::size_t snippet_length = 240;  // characters of context in each snippet

  // Filters combined with the query (AND): any of `speakers` (as speaker:NAME), dated on or
  // after `since` / on or before `until` ("YYYY", "YYYY-MM" or "YYYY-MM-DD"; undated
  // articles are then excluded), any of `sources` (as source:NAME).
  std::vector<std::string> speakers;
  std::optional<std::string> since;
  std::optional<std::string> until;
  std::vector<std::string> sources;

  // Articles like the indexed article at this path (relevance feedback), itself excluded.
  // With a query too, only articles matching the query.
  std::optional<std::filesystem::path> like;

  // Count speaker and date facets (false leaves them empty and saves reading every
  // match's values).
  bool facets = true;
  std::size_t facet_limit = 10;  // speaker facet values returned; 0 for all
  DateFacet date_facet = DateFacet::kMonth;
  // Count every match, so totals and facets are exact. false: Xapian's estimate with
  // bounds, facets over the matches looked at (faster on very large databases).
  bool exact_counts = true;
  bool explain = false;  // fill SearchResult::parsed_query and Hit::explanation

  // A synonym file (data/synonyms.txt format) added to the built-in table.
  std::optional<std::filesystem::path> synonyms_file;
};

// A span of a snippet to highlight, as byte offsets [begin, end) into Hit::snippet.
struct Highlight {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One part of a hit's score: a query term, phrase, synonym group or proximity boost.
struct ScorePart {
  std::string what;  // Xapian's description of the part ("Zsecur", "(security PHRASE 2 ...)")
  double weight = 0;
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first result, not the page
  std::string path;
  std::string title;
  std::optional<std::string> date;  // "YYYY-MM-DD"
  std::optional<std::string> url;
  std::string source;
  std::vector<std::string> speakers;
  double score = 0;
  std::string snippet;  // plain text
  std::vector<Highlight> highlights;
  std::vector<ScorePart> explanation;  // with SearchRequest::explain: parts with weight > 0
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct SearchResult {
  std::size_t total_estimated = 0;
  bool total_exact = true;
  std::size_t total_lower = 0;  // bounds of the total; equal to it when exact
  std::size_t total_upper = 0;
  std::vector<Hit> hits;
  std::vector<FacetCount> speaker_facets;  // most frequent first, SearchRequest::facet_limit
  std::size_t speaker_values = 0;          // distinct speakers before the limit
  std::vector<FacetCount> date_facets;     // oldest first, then "undated"
  bool facets_exact = true;                // counted over every match
  // The matches the facets were counted over: every match when facets_exact, else a sample
  // spread over the database whose counts were scaled up to the whole match set.
  std::size_t facets_counted = 0;
  // No article had all the words, so the articles with any of them are shown.
  bool matched_any_word = false;
  std::optional<std::string> suggestion;   // did-you-mean query, when one is better
  std::vector<std::string> notices;        // things the user should know about the query
  std::string parsed_query;                // with SearchRequest::explain: the Xapian query
  SortOrder sort = SortOrder::kRelevance;  // the order used (the request's, or its default)
  // The page was ranked from the word's top list, kept by news-index for words in many
  // articles (docs/schema.md): the same page, without visiting every article of the word.
  bool ranked_from_top_list = false;
};

// A read-only view of the database. Throws news::Error(kNoDatabase) when there is no
// database at `db_path`, kSchemaMismatch / kDatabaseCorrupt when it cannot be used.
class Searcher {
 public:
  explicit Searcher(const std::filesystem::path& db_path);
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;

  // A query that cannot be parsed is searched as plain words, with a notice. Throws
  // news::Error(kInvalidArgument) for a bad since/until date, a `like` path that is not
  // indexed or an unreadable synonym file.
  SearchResult search(const SearchRequest& request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace news
