// Answering queries against the database. Returns data; never prints.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchRequest {
  std::string query;     // QueryParser syntax; empty means every article
  std::size_t offset = 0;
  std::size_t limit = 10;
  // Default: kRelevance with a query, kNewest without one.
  std::optional<SortOrder> sort;
  std::size_t snippet_length = 240;  // characters of context in each snippet
};

// A span of a snippet to highlight, as byte offsets [begin, end) into Hit::snippet.
struct Highlight {
  std::size_t begin = 0;
  std::size_t end = 0;
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
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct SearchResult {
  std::size_t total_estimated = 0;
  bool total_exact = true;
  std::vector<Hit> hits;
  std::vector<FacetCount> speaker_facets;
  std::vector<FacetCount> date_facets;
  std::optional<std::string> suggestion;  // did-you-mean query, when one is better
  std::vector<std::string> notices;       // things the user should know about the query
};

// A read-only view of the database. Throws news::Error(kNoDatabase) when there is no
// database at `db_path`, kSchemaMismatch / kDatabaseCorrupt when it cannot be used.
class Searcher {
 public:
  explicit Searcher(const std::filesystem::path& db_path);
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;

  // Throws news::Error(kQuerySyntax) only when nothing at all can be made of the query.
  SearchResult search(const SearchRequest& request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace news
