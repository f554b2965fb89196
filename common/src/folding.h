// Folding text before it is indexed or parsed as a query, so that matching ignores
// diacritics ("Jürgen" and "jurgen" give one term). Private to common/.
#pragma once

#include <string>
#include <string_view>

namespace news {

// `text` with every word that holds a non-ASCII character folded by news::fold (lower case,
// diacritics removed, other scripts transliterated) and typographic punctuation (curly
// quotes, dashes, ellipsis, no-break space) replaced by its ASCII form. Words in plain ASCII
// are left as they are, case included, so the query parser still sees "AND" and "US".
// Used on titles and bodies at index time and on queries, which must agree.
std::string fold_words(std::string_view text);

}  // namespace news
