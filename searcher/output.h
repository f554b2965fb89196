// Rendering search results for people (terminal text) and for scripts (JSON).
#pragma once

#include <ostream>
#include <string>

#include "news/searcher.h"

namespace news::cli {

struct TextStyle {
  bool color = false;        // ANSI colour and bold
  bool show_facets = false;  // speaker and date counts under the results
};

// A did-you-mean line when there is a suggestion, the parsed query with
// SearchRequest::explain, one block per hit (rank, title, date, source, speakers, path,
// snippet, and the score's parts with explain), a one-line total, then the facets.
void print_text(std::ostream& out, const SearchRequest& request, const SearchResult& result,
                const TextStyle& style);

// Format version of the JSON document; bumped on any incompatible change (docs/json.md).
inline constexpr int kJsonVersion = 1;

// The whole result as one JSON object, documented in docs/json.md.
std::string to_json(const SearchRequest& request, const SearchResult& result);

}  // namespace news::cli
