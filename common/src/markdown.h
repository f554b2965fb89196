// Markdown articles: YAML front matter and markup removal. Pure functions.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace news::markdown {

struct Split {
  std::map<std::string, std::string> front_matter;  // lower-case keys, unquoted values
  std::string_view body;                           // the text after the front matter
};

// Separates a leading YAML front matter block ("---" lines around "key: value" lines) from
// the rest. Only flat scalar keys are read; lists and nested maps are ignored. Without a
// front matter block the whole text is the body.
Split split_front_matter(std::string_view text);

// One line of Markdown as plain text: headings, emphasis, inline code, list and quote
// markers, images and link targets removed ("[text](url)" -> "text"). Returns the heading
// level in *heading (0 when the line is not a heading).
std::string line_to_text(std::string_view line, int* heading);

// True for a list item ("- x", "* x", "+ x", "• x", "1. x", "2) x"): each is a block
// of its own, never the continuation of the line before.
bool is_list_item(std::string_view line);

// True for lines that carry no text: horizontal rules, setext underlines, fences and
// reference definitions ("[1]: https://...").
bool is_structural_line(std::string_view line);

}  // namespace news::markdown
