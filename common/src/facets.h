// Facet counting over the whole match set, with Xapian match spies. Private to common/.
// The spies run once per matching document, so they count without allocating: the cost of
// exact facets is one value read and a few hash look-ups per match.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "news/searcher.h"

namespace news {

// Counts every entry of a list-valued slot (entries separated by schema::kListSeparator),
// so an article with four speakers counts once for each of them.
class ListCountSpy : public Xapian::MatchSpy {
 public:
  explicit ListCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "news::ListCountSpy"; }
  // Entry -> number of matching documents holding it.
  std::unordered_map<std::string, std::size_t> counts() const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Xapian::valueno slot_;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> counts_;
};

// Counts articles per day, month or year of the date slot; undated ones apart.
class DateCountSpy : public Xapian::MatchSpy {
 public:
  explicit DateCountSpy(DateFacet granularity) : granularity_(granularity) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "news::DateCountSpy"; }
  // Oldest first as "YYYY", "YYYY-MM" or "YYYY-MM-DD", then "undated".
  std::vector<FacetCount> counts() const;

 private:
  DateFacet granularity_;
  std::unordered_map<std::uint32_t, std::size_t> counts_;  // YYYY, YYYYMM or YYYYMMDD; 0: undated
};

// Most frequent first, ties by value; at most `limit` entries (0: all).
std::vector<FacetCount> top_counts(const std::unordered_map<std::string, std::size_t>& counts,
                                   std::size_t limit);

}  // namespace news
