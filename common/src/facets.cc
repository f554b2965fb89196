#include "facets.h"

#include <algorithm>
#include <cstdio>

#include "schema.h"

namespace news {

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
