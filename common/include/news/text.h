// Text utilities shared by extraction, indexing and search: decoding and folding.
#pragma once

#include <string>
#include <string_view>

namespace news {

// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

// Returns `bytes` as UTF-8: a UTF-8 BOM is dropped; bytes that are not valid UTF-8 are
// decoded as Windows-1252 (a superset of Latin-1's printable range) through ICU.
std::string to_utf8(std::string_view bytes);

// CRLF and lone CR become LF.
std::string normalize_newlines(std::string_view text);

// Unicode spaces (NO-BREAK SPACE, the U+2000 block, U+202F, U+3000), tabs, form feeds and
// the C1 control characters become a plain ASCII space; zero-width characters and the soft
// hyphen are removed. Line ends are kept.
std::string normalize_spaces(std::string_view utf8);

// Folds for matching: lower case, diacritics removed, other scripts transliterated to Latin
// ("Gruško" -> "grusko", "Jürgen" -> "jurgen"). Deterministic; used at index and query time.
std::string fold(std::string_view utf8);

}  // namespace news
