#include "output.h"

#include <cstdio>
#include <iomanip>

#include <nlohmann/json.hpp>

namespace news::cli {

namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kMatch = "\x1b[1;31m";
constexpr const char* kPathColor = "\x1b[35m";
constexpr const char* kReset = "\x1b[0m";

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string styled_snippet(const Hit& hit, bool color) {
  if (!color) return hit.snippet;
  std::string out;
  std::size_t pos = 0;
  for (const Highlight& h : hit.highlights) {
    out.append(hit.snippet, pos, h.begin - pos);
    out.append(kMatch).append(hit.snippet, h.begin, h.end - h.begin).append(kReset);
    pos = h.end;
  }
  out.append(hit.snippet, pos);
  return out;
}

// Number of Unicode code points in the first `bytes` bytes of UTF-8 `s`.
std::size_t code_points(const std::string& s, std::size_t bytes) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < bytes && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

void print_facets(std::ostream& out, const char* title, const std::vector<FacetCount>& facets,
                  std::size_t limit, const TextStyle& style) {
  if (facets.empty()) return;
  out << (style.color ? kBold : "") << title << (style.color ? kReset : "") << "\n";
  std::size_t shown = 0;
  for (const FacetCount& f : facets) {
    if (shown++ == limit) break;
    out << "  " << std::setw(5) << f.count << "  " << f.value << "\n";
  }
}

}  // namespace

void print_text(std::ostream& out, const SearchRequest& request, const SearchResult& result,
                const TextStyle& style) {
  const bool c = style.color;
  for (const Hit& hit : result.hits) {
    out << (c ? kBold : "") << hit.rank << ". " << hit.title << (c ? kReset : "") << "\n";
    out << "   " << (c ? kDim : "") << (hit.date ? *hit.date : std::string("undated"));
    if (!hit.speakers.empty()) out << "  ·  " << join(hit.speakers, ", ");
    out << (c ? kReset : "") << "\n";
    out << "   " << (c ? kPathColor : "") << hit.path << (c ? kReset : "") << "\n";
    if (!hit.snippet.empty()) out << "   " << styled_snippet(hit, c) << "\n";
    out << "\n";
  }
  if (!result.hits.empty()) {
    const std::size_t first = request.offset + 1;
    const std::size_t last = request.offset + result.hits.size();
    out << (c ? kDim : "") << "Showing " << first << "-" << last << " of "
        << (result.total_exact ? "" : "about ") << result.total_estimated
        << (result.total_estimated == 1 ? " article" : " articles") << (c ? kReset : "") << "\n";
  }
  if (style.show_facets) {
    out << "\n";
    print_facets(out, "Speakers", result.speaker_facets, style.facet_limit, style);
    print_facets(out, "Dates", result.date_facets, style.facet_limit, style);
  }
}

std::string to_json(const SearchRequest& request, const SearchResult& result) {
  using nlohmann::json;
  json hits = json::array();
  for (const Hit& hit : result.hits) {
    json spans = json::array();
    for (const Highlight& h : hit.highlights) {
      spans.push_back({code_points(hit.snippet, h.begin), code_points(hit.snippet, h.end)});
    }
    hits.push_back({
        {"rank", hit.rank},
        {"path", hit.path},
        {"title", hit.title},
        {"date", hit.date ? json(*hit.date) : json(nullptr)},
        {"url", hit.url ? json(*hit.url) : json(nullptr)},
        {"source", hit.source.empty() ? json(nullptr) : json(hit.source)},
        {"speakers", hit.speakers},
        {"score", hit.score},
        {"snippet", hit.snippet},
        {"highlights", spans},
    });
  }
  auto facet_array = [](const std::vector<FacetCount>& facets) {
    json arr = json::array();
    for (const FacetCount& f : facets) arr.push_back({{"value", f.value}, {"count", f.count}});
    return arr;
  };
  json doc = {
      {"version", kJsonVersion},
      {"query", request.query},
      {"total", {{"estimated", result.total_estimated}, {"exact", result.total_exact}}},
      {"offset", request.offset},
      {"limit", request.limit},
      {"hits", hits},
      {"facets",
       {{"speaker", facet_array(result.speaker_facets)},
        {"date", facet_array(result.date_facets)}}},
      {"suggestion", result.suggestion ? json(*result.suggestion) : json(nullptr)},
      {"notices", result.notices},
  };
  return doc.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace news::cli
