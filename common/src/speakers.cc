#include "news/speakers.h"

#include <algorithm>
#include <regex>

#include "news/text.h"

namespace news {

std::string speaker_key(std::string_view name) { return fold(name); }

std::vector<std::string> find_speakers(std::string_view clean_text) {
  // First cut: "Firstname Lastname said". Issue "Article understanding" makes this right.
  static const std::regex kSaid(R"(\b([A-Z][a-z]+(?: [A-Z][a-z]+)+) said\b)");
  std::vector<std::string> out;
  const std::string text(clean_text);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kSaid);
       it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1];
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace news
