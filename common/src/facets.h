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

// Estimated facets (SearchRequest::exact_counts false) are counted over about this many
// matches and scaled up. Measured on the 358k index (docs/benchmarks.md): about 0.7 us per
// counted match, so 3-4 ms; a period or speaker holding c of the sampled matches is then
// known to about 1/sqrt(c) (a month of 120 about 30% of the time within +-10%).
inline constexpr std::size_t kFacetSampleSize = 5000;

// The windows of document ids a facet sample is taken from: `windows` runs of consecutive
// ids, spread evenly over 1..last id, together covering about `fraction` of them. Spread
// out, not the first ids: an archive indexed as it grows has its old articles first.
class DocidWindows : public Xapian::PostingSource {
 public:
  DocidWindows(double fraction, std::size_t windows) : fraction_(fraction), windows_(windows) {}
  void init(const Xapian::Database& db) override;
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override;
  Xapian::doccount get_termfreq_max() const override { return covered_; }
  void next(double min_weight) override;
  void skip_to(Xapian::docid did, double min_weight) override;
  bool at_end() const override { return at_ >= starts_.size(); }
  Xapian::docid get_docid() const override { return did_; }
  Xapian::PostingSource* clone() const override { return new DocidWindows(fraction_, windows_); }
  std::string name() const override { return "news::DocidWindows"; }
  // The ids covered over all ids, after init(): one sampled match stands for 1/this. (The
  // match works on a clone, so call init() on this object to read it.)
  double covered_fraction() const;

 private:
  void settle();  // moves did_ into the current window or the next one
  double fraction_;
  std::size_t windows_;
  std::vector<Xapian::docid> starts_;  // first id of each window
  Xapian::docid length_ = 0;           // ids per window
  Xapian::doccount covered_ = 0, docs_ = 0;
  Xapian::docid last_ = 0;
  std::size_t at_ = 0;  // the current window
  Xapian::docid did_ = 0;
};

// What count_facets did.
struct FacetCounting {
  std::size_t counted = 0;  // matches the spies saw
  double scale = 1.0;       // multiply a count by this for the whole match set
  bool complete = true;     // every match was counted: the counts are exact
};

// Runs `query` unweighted over `db` with `spies` attached: over every match when
// `sample_size` is 0 or the matches are at most `sample_size` (`estimated`: how many there
// are thought to be, `upper`: at most), else over a sample of about `sample_size` of them
// (DocidWindows), and says how to scale the counts.
FacetCounting count_facets(const Xapian::Database& db, const Xapian::Query& query,
                           const std::vector<Xapian::MatchSpy*>& spies, std::size_t estimated,
                           std::size_t upper, std::size_t sample_size);

// `count` for the whole match set: count * scale rounded, never 0 for a value that was seen.
std::size_t scaled_count(std::size_t count, double scale);

// Most frequent first, ties by value; at most `limit` entries (0: all).
std::vector<FacetCount> top_counts(const std::unordered_map<std::string, std::size_t>& counts,
                                   std::size_t limit);

}  // namespace news
