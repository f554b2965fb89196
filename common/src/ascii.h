// ASCII string helpers shared by the extraction code (article.cc, boilerplate.cc,
// markdown.cc). Private to common/. White space is what std::isspace sees in the C locale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace news::ascii {

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Runs of non-space bytes.
inline std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

// A-Z become a-z; every other byte is kept.
inline std::string lower(std::string_view in) {
  std::string s(in);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace news::ascii
