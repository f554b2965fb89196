#include "facets.h"

#include <algorithm>

#include "schema.h"

namespace news {

void ListCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string list = doc.get_value(slot_);
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find(schema::kListSeparator, start);
    if (end == std::string::npos) end = list.size();
    if (end > start) ++counts_[list.substr(start, end - start)];
    start = end + 1;
  }
}

void DateCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string d = doc.get_value(schema::kSlotDate);
  if (d.size() < 8) {
    ++counts_[std::string()];
    return;
  }
  const std::size_t keep = granularity_ == DateFacet::kYear ? 4 : granularity_ == DateFacet::kMonth ? 6 : 8;
  ++counts_[d.substr(0, keep)];
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

std::vector<FacetCount> date_counts(const std::map<std::string, std::size_t>& counts) {
  std::vector<FacetCount> out;
  std::size_t undated = 0;
  for (const auto& [key, count] : counts) {
    if (key.empty()) {
      undated = count;
      continue;
    }
    std::string value = key.substr(0, 4);  // "YYYYMMDD" prefix -> "YYYY-MM-DD" prefix
    for (std::size_t at = 4; at + 2 <= key.size() && at < 8; at += 2) {
      value.push_back('-');
      value.append(key, at, 2);
    }
    out.push_back({value, count});
  }
  if (undated) out.push_back({"undated", undated});
  return out;
}

std::string_view date_facet_name(DateFacet granularity) {
  switch (granularity) {
    case DateFacet::kDay: return "day";
    case DateFacet::kMonth: return "month";
    case DateFacet::kYear: return "year";
  }
  return "month";
}

}  // namespace news
