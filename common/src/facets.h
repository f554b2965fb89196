// Facet counting over the whole match set, with Xapian match spies. Private to common/.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "news/searcher.h"

namespace news {

// Counts every entry of a list-valued slot (entries separated by schema::kListSeparator),
// so an article with four speakers counts once for each of them.
class ListCountSpy : public Xapian::MatchSpy {
 public:
  explicit ListCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "news::ListCountSpy"; }
  const std::unordered_map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::unordered_map<std::string, std::size_t> counts_;
};

// Counts articles per day, month or year of the date slot; undated ones under "undated".
class DateCountSpy : public Xapian::MatchSpy {
 public:
  explicit DateCountSpy(DateFacet granularity) : granularity_(granularity) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "news::DateCountSpy"; }
  const std::map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  DateFacet granularity_;
  std::map<std::string, std::size_t> counts_;  // "YYYYMMDD" prefixes, "" for undated
};

// Most frequent first, ties by value; at most `limit` entries (0: all).
std::vector<FacetCount> top_counts(const std::unordered_map<std::string, std::size_t>& counts,
                                   std::size_t limit);

// Oldest first as "YYYY", "YYYY-MM" or "YYYY-MM-DD", then "undated".
std::vector<FacetCount> date_counts(const std::map<std::string, std::size_t>& counts);

}  // namespace news
