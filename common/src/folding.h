// Folding text before it is indexed or parsed as a query, so that matching ignores
// diacritics ("Jürgen" and "jurgen" give one term). Private to common/.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

// `text` with every word that holds a non-ASCII character folded by news::fold (lower case,
// diacritics removed, other scripts transliterated) and typographic punctuation (curly
// quotes, dashes, ellipsis, no-break space) replaced by its ASCII form. Words in plain ASCII
// are left as they are, case included, so the query parser still sees "AND" and "US".
// Used on titles and bodies at index time and on queries, which must agree.
std::string fold_words(std::string_view text);

// news::fold() of text made only of ASCII and the Latin letters U+00C0..U+017F (à, é, ü,
// š, ł, ß...), computed without ICU; std::nullopt for any other text. fold() tries this
// first, so the common cases never pay for ICU's set-up.
std::optional<std::string> fold_latin(std::string_view utf8);

// Decodes the UTF-8 code point at `i` and advances `i` past it; a malformed byte is taken
// as one code point of its own value.
char32_t next_code_point(std::string_view text, std::size_t& i);

// Appends the UTF-8 encoding of `cp` (at most U+10FFFF) to `out`.
void append_code_point(std::string& out, char32_t cp);

// The white space fold_words() splits words on, and snippets collapse: ' ', '\n', '\t',
// '\r', '\f' (not '\v', unlike ascii::is_space).
inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Letters and digits of any script; spaces, punctuation (curly quotes, dashes) and
// symbols are not. What the synonym tokenizer and snippet highlighting split words on.
bool is_word_code_point(char32_t cp);

}  // namespace news
