// Who spoke: named people quoted or whose statements are reported. Pure functions over
// clean article text; no Xapian.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

// The speakers of one article, each once, in order of first appearance, by the fullest
// form of the name the article gives ("Grushko" alone resolves to "Alexander Grushko").
std::vector<std::string> find_speakers(std::string_view clean_text);

// The same, with the article's headline as context: a name the headline gives in full
// ("Mariama Ndiaye's film wins ...") is whom a surname alone in the text means, but the
// headline itself reports no statement.
std::vector<std::string> find_speakers(std::string_view clean_text, std::string_view headline);

// The key a name is matched by: folded, with transliteration variants merged, so that
// "Gruško", "Grushko" and "GRUSHKO" share one key. Used for speaker: terms and aliases.
std::string speaker_key(std::string_view name);

}  // namespace news
