// Web debris in article text: what pages copied from the web carry besides the article.
// General rules about the shape of boilerplate (prompts, credits, labels, stray markup),
// never lists of particular articles' lines. Pure functions over one line of UTF-8 text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news::boilerplate {

// Removes markup from a line of plain text: whole tags ("<u>said</u>" -> "said"), HTML
// comments and their broken halves ("!-- Google tag (gtag.js) -->" -> ""), and decodes the
// common entities (&amp; &quot; &#39; &nbsp; ...).
std::string strip_markup(std::string_view line);

// True for a line that is page furniture rather than article text: comment prompts and
// comment policies, "Back to top", "Related Articles", "Related article: ...", share,
// newsletter, cookie and copyright lines, "Advertisement", tag and category lists.
bool is_debris(std::string_view line);

// True for a photo credit or an image label: "kazac-maksim / pixabay", "IMAGE SOURCE:
// REUTERS", "Photo: AP", "(Image: Getty Images)", "Photo credit: Reuters/...".
bool is_photo_credit(std::string_view line);

// True for a short line that reads like a caption or label rather than a sentence: few
// words and no sentence-ending punctuation. Used next to a photo credit.
bool is_caption_like(std::string_view line);

// The value of a labelled URL line ("Original url: X", "Source: https://...", "URL: X"):
// X, or an empty string when the label has no value on this line (the URL follows on the
// next line). nullopt-like: returns false when the line is not such a label.
bool url_label(std::string_view line, std::string* value);

// The publisher named by a "Source: Reuters" / "Via: AP" line of at most five words; false
// when the line is not such a label.
bool publisher_label(std::string_view line, std::string* publisher);

// The pieces of `line` between occurrences of `sep` ("a | b | c" -> "a", "b", "c"); the
// whole line when `sep` does not occur.
std::vector<std::string_view> split_items(std::string_view line, std::string_view sep);

// Lower-cased ASCII copy with surrounding white space and trailing punctuation removed.
std::string normalized(std::string_view line);

}  // namespace news::boilerplate
