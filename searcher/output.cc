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

void print_facets(std::ostream& out, const std::string& title,
                  const std::vector<FacetCount>& facets, const TextStyle& style) {
  out << (style.color ? kBold : "") << title << (style.color ? kReset : "") << "\n";
  if (facets.empty()) out << "  (none)\n";
  for (const FacetCount& f : facets) {
    out << "  " << std::setw(5) << f.count << "  " << f.value << "\n";
  }
}

std::string format_weight(double w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", w);
  return buf;
}

}  // namespace

void print_text(std::ostream& out, const SearchRequest& request, const SearchResult& result,
                const TextStyle& style) {
  const bool c = style.color;
  if (result.suggestion) out << "Did you mean: " << *result.suggestion << "\n\n";
  if (request.explain) {
    out << "Query: " << result.parsed_query << "\n";
    if (result.ranked_from_top_list) out << "Ranked from the word's top list (docs/schema.md)\n";
    out << "\n";
  }
  for (const Hit& hit : result.hits) {
    out << (c ? kBold : "") << hit.rank << ". " << hit.title << (c ? kReset : "") << "\n";
    out << "   " << (c ? kDim : "") << (hit.date ? *hit.date : std::string("undated"));
    if (!hit.source.empty()) out << "  ·  " << hit.source;
    if (!hit.speakers.empty()) out << "  ·  " << join(hit.speakers, ", ");
    out << (c ? kReset : "") << "\n";
    out << "   " << (c ? kPathColor : "") << hit.path << (c ? kReset : "") << "\n";
    if (!hit.snippet.empty()) out << "   " << styled_snippet(hit, c) << "\n";
    if (request.explain) {
      out << "   " << (c ? kDim : "") << "score " << format_weight(hit.score);
      const char* sep = " = ";
      for (const ScorePart& part : hit.explanation) {
        out << sep << format_weight(part.weight) << " " << part.what;
        sep = " + ";
      }
      out << (c ? kReset : "") << "\n";
    }
    out << "\n";
  }
  if (!result.hits.empty()) {
    const std::size_t first = request.offset + 1;
    const std::size_t last = request.offset + result.hits.size();
    out << (c ? kDim : "") << "Showing " << first << "-" << last << " of ";
    if (result.total_exact) {
      out << result.total_estimated;
    } else {
      out << "about " << result.total_estimated << " (between " << result.total_lower << " and "
          << result.total_upper << ")";
    }
    out << (result.total_estimated == 1 && result.total_exact ? " article" : " articles")
        << (result.matched_any_word ? " with any of the words" : "") << (c ? kReset : "") << "\n";
  }
  if (style.show_facets) {
    const std::string counted =
        result.facets_exact ? ""
                            : " (estimated: counted over a sample of " +
                                  std::to_string(result.facets_counted) + " matches, scaled up)";
    out << "\n";
    print_facets(out, "Speakers" + counted, result.speaker_facets, style);
    if (result.speaker_values > result.speaker_facets.size()) {
      out << "  (" << result.speaker_values - result.speaker_facets.size()
          << " more; --facet-limit 0 shows all)\n";
    }
    const std::string unit(name_of(kDateFacetNames, request.date_facet));
    print_facets(out, "Dates by " + unit + counted, result.date_facets, style);
  }
}

std::string to_json(const SearchRequest& request, const SearchResult& result) {
  // Keys in the documented order (version first), not sorted.
  using json = nlohmann::ordered_json;
  const auto optional_string = [](const auto& value) {
    return value ? json(std::string(*value)) : json(nullptr);
  };
  json hits = json::array();
  for (const Hit& hit : result.hits) {
    json spans = json::array();
    for (const Highlight& h : hit.highlights) {
      spans.push_back({code_points(hit.snippet, h.begin), code_points(hit.snippet, h.end)});
    }
    json explanation = json::array();
    for (const ScorePart& part : hit.explanation) {
      explanation.push_back({{"what", part.what}, {"weight", part.weight}});
    }
    hits.push_back({
        {"rank", hit.rank},
        {"path", hit.path},
        {"title", hit.title},
        {"date", optional_string(hit.date)},
        {"url", optional_string(hit.url)},
        {"source", hit.source.empty() ? json(nullptr) : json(hit.source)},
        {"speakers", hit.speakers},
        {"score", hit.score},
        {"snippet", hit.snippet},
        {"highlights", spans},
        {"explanation", explanation},
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
      {"filters",
       {{"speakers", request.speakers},
        {"sources", request.sources},
        {"since", optional_string(request.since)},
        {"until", optional_string(request.until)},
        {"like", request.like ? json(request.like->string()) : json(nullptr)}}},
      {"sort", name_of(kSortOrderNames, result.sort)},
      {"total",
       {{"estimated", result.total_estimated},
        {"exact", result.total_exact},
        {"lower", result.total_lower},
        {"upper", result.total_upper}}},
      {"offset", request.offset},
      {"limit", request.limit},
      {"matched_any_word", result.matched_any_word},
      {"hits", hits},
      {"facets",
       {{"speaker", facet_array(result.speaker_facets)},
        {"speaker_values", result.speaker_values},
        {"date", facet_array(result.date_facets)},
        {"date_granularity", name_of(kDateFacetNames, request.date_facet)},
        {"exact", result.facets_exact},
        {"counted", result.facets_counted}}},
      {"suggestion", optional_string(result.suggestion)},
      {"notices", result.notices},
      {"parsed_query", request.explain ? json(result.parsed_query) : json(nullptr)},
  };
  return doc.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace news::cli
