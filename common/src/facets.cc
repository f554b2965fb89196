#include "facets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "schema.h"

namespace news {

namespace {

// Windows a facet sample is spread over: enough that a run of similar articles indexed
// together (a day's feed) weighs little, few enough that skipping between them is free.
constexpr std::size_t kWindows = 64;

}  // namespace

void ListCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string list = doc.get_value(slot_);
  const std::string_view all = list;
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t end = all.find(schema::kListSeparator, start);
    if (end == std::string_view::npos) end = all.size();
    if (end > start) {
      const std::string_view entry = all.substr(start, end - start);
      if (auto it = counts_.find(entry); it != counts_.end()) {
        ++it->second;
      } else {
        counts_.emplace(std::string(entry), 1);
      }
    }
    start = end + 1;
  }
}

std::unordered_map<std::string, std::size_t> ListCountSpy::counts() const {
  return {counts_.begin(), counts_.end()};
}

void DateCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string d = doc.get_value(schema::kSlotDate);
  std::uint32_t key = 0;  // undated
  if (d.size() >= 8) {
    const std::size_t digits = granularity_ == DateFacet::kYear    ? 4
                               : granularity_ == DateFacet::kMonth ? 6
                                                                   : 8;
    for (std::size_t i = 0; i < digits; ++i)
      key = key * 10 + static_cast<std::uint32_t>(d[i] - '0');
  }
  ++counts_[key];
}

std::vector<FacetCount> DateCountSpy::counts() const {
  std::vector<std::pair<std::uint32_t, std::size_t>> sorted(counts_.begin(), counts_.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<FacetCount> out;
  std::size_t undated = 0;
  char buf[16];
  for (const auto& [key, count] : sorted) {
    if (key == 0) {
      undated = count;
      continue;
    }
    if (granularity_ == DateFacet::kYear) {
      std::snprintf(buf, sizeof buf, "%04u", key);
    } else if (granularity_ == DateFacet::kMonth) {
      std::snprintf(buf, sizeof buf, "%04u-%02u", key / 100, key % 100);
    } else {
      std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", key / 10000, key / 100 % 100, key % 100);
    }
    out.push_back({buf, count});
  }
  if (undated) out.push_back({"undated", undated});
  return out;
}

void DocidWindows::init(const Xapian::Database& db) {
  last_ = db.get_lastdocid();
  docs_ = db.get_doccount();
  starts_.clear();
  at_ = 0;
  did_ = 0;
  covered_ = 0;
  if (last_ == 0) return;
  const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(windows_, last_));
  const double per_window =
      std::clamp(fraction_, 0.0, 1.0) * static_cast<double>(last_) / static_cast<double>(n);
  length_ = std::max<Xapian::docid>(1, static_cast<Xapian::docid>(std::ceil(per_window)));
  for (std::size_t i = 0; i < n; ++i) {
    const auto start = static_cast<Xapian::docid>(1 + i * last_ / n);
    const Xapian::docid end = std::min<Xapian::docid>(start + length_, last_ + 1);
    if (!starts_.empty() && start < starts_.back() + length_) continue;  // would overlap
    starts_.push_back(start);
    covered_ += end - start;
  }
}

Xapian::doccount DocidWindows::get_termfreq_est() const {
  if (last_ == 0) return 0;
  return static_cast<Xapian::doccount>(std::uint64_t{covered_} * docs_ / last_);
}

double DocidWindows::covered_fraction() const {
  return last_ == 0 ? 1.0 : static_cast<double>(covered_) / static_cast<double>(last_);
}

void DocidWindows::settle() {
  while (at_ < starts_.size() && did_ >= starts_[at_] + length_) ++at_;
  if (at_ < starts_.size() && did_ < starts_[at_]) did_ = starts_[at_];
  if (at_ < starts_.size() && did_ > last_) at_ = starts_.size();
}

void DocidWindows::next(double) {
  ++did_;
  settle();
}

void DocidWindows::skip_to(Xapian::docid did, double) {
  if (did <= did_) return;
  did_ = did;
  settle();
}

FacetCounting count_facets(const Xapian::Database& db, const Xapian::Query& query,
                           const std::vector<Xapian::MatchSpy*>& spies, std::size_t estimated,
                           std::size_t upper, std::size_t sample_size) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  for (Xapian::MatchSpy* spy : spies) enquire.add_matchspy(spy);
  // A sample covering at least every id counts everything: count everything then.
  const bool sample = sample_size != 0 && upper > sample_size && sample_size < estimated;
  DocidWindows windows(
      sample ? static_cast<double>(sample_size) / static_cast<double>(estimated) : 1.0, kWindows);
  if (sample) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(&windows)));
  } else {
    enquire.set_query(query);
  }
  const Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
  FacetCounting out;
  out.counted = all.get_matches_estimated();
  windows.init(db);
  if (sample && windows.covered_fraction() < 1.0) {
    out.scale = 1.0 / windows.covered_fraction();
    out.complete = false;
  }
  return out;
}

std::size_t scaled_count(std::size_t count, double scale) {
  if (count == 0) return 0;
  return std::max<std::size_t>(
      1, static_cast<std::size_t>(std::llround(static_cast<double>(count) * scale)));
}

std::vector<FacetCount> top_counts(const std::unordered_map<std::string, std::size_t>& counts,
                                   std::size_t limit) {
  std::vector<FacetCount> out;
  out.reserve(counts.size());
  for (const auto& [value, count] : counts) out.push_back({value, count});
  const auto order = [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  if (limit != 0 && limit < out.size()) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(),
                      order);
    out.resize(limit);
  } else {
    std::sort(out.begin(), out.end(), order);
  }
  return out;
}

}  // namespace news
