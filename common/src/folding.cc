#include "folding.h"

#include <iterator>

#include "news/text.h"

namespace news {

namespace {

// ASCII stand-ins for the punctuation that fills web text, so that it never costs a call
// into ICU. Xapian treats each the same as its stand-in.
// clang-format off
std::string_view ascii_punctuation(char32_t cp) {
  switch (cp) {
    case 0x00A0: return " ";
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: return "-";
    case 0x2026: return "...";
    case 0x2009: case 0x200A: case 0x202F: case 0x2002: case 0x2003: return " ";
    default: return {};
  }
}
// clang-format on

// fold() of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), one entry
// per code point, generated from ICU's transliterator, so common accented letters never
// need ICU (whose set-up costs more than a whole search); FoldLatin in query_test
// check that it still agrees with ICU.
// clang-format off: one row per 16 code points
constexpr std::string_view kLatinFolded[] = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e",  "e", "e", "i", "i", "i",  "i",
    "d", "n", "o",  "o",  "o", "o", "o",  "*", "o", "u",  "u", "u", "u", "y", "th", "ss",
    "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e",  "e", "e", "i", "i", "i",  "i",
    "d", "n", "o",  "o",  "o", "o", "o",  "/", "o", "u",  "u", "u", "u", "y", "th", "y",
    "a", "a", "a",  "a",  "a", "a", "c",  "c", "c", "c",  "c", "c", "c", "c", "d",  "d",
    "d", "d", "e",  "e",  "e", "e", "e",  "e", "e", "e",  "e", "e", "g", "g", "g",  "g",
    "g", "g", "g",  "g",  "h", "h", "h",  "h", "i", "i",  "i", "i", "i", "i", "i",  "i",
    "i", "i", "ij", "ij", "j", "j", "k",  "k", "q", "l",  "l", "l", "l", "l", "l",  "l",
    "l", "l", "l",  "n",  "n", "n", "n",  "n", "n", "'n", "n", "n", "o", "o", "o",  "o",
    "o", "o", "oe", "oe", "r", "r", "r",  "r", "r", "r",  "s", "s", "s", "s", "s",  "s",
    "s", "s", "t",  "t",  "t", "t", "t",  "t", "u", "u",  "u", "u", "u", "u", "u",  "u",
    "u", "u", "u",  "u",  "w", "w", "y",  "y", "y", "z",  "z", "z", "z", "z", "z",  "s",
};
// clang-format on
constexpr char32_t kLatinFirst = 0xC0;
static_assert(std::size(kLatinFolded) == 0x180 - kLatinFirst);

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += len;
  return cp;
}

void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  constexpr unsigned char kLead[] = {0, 0xC0, 0xE0, 0xF0};  // by continuation bytes
  const int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  out.push_back(static_cast<char>(kLead[extra] | (cp >> (6 * extra))));
  for (int k = extra - 1; k >= 0; --k) {
    out.push_back(static_cast<char>(0x80 | ((cp >> (6 * k)) & 0x3F)));
  }
}

bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation: quotes, dashes
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  return true;
}

std::optional<std::string> fold_latin(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : utf8[i]);
      ++i;
      continue;
    }
    // Two-byte sequences C3 80 .. C5 BF are U+00C0 .. U+017F.
    if (i + 1 >= utf8.size() || c < 0xC3 || c > 0xC5) return std::nullopt;
    const auto c2 = static_cast<unsigned char>(utf8[i + 1]);
    if ((c2 & 0xC0) != 0x80) return std::nullopt;
    const char32_t cp = (static_cast<char32_t>(c & 0x1F) << 6) | (c2 & 0x3F);
    out.append(kLatinFolded[cp - kLatinFirst]);
    i += 2;
  }
  return out;
}

std::string fold_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_ascii_space(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    // One whitespace-delimited word; in plain ASCII (most words) it is copied as it is.
    std::size_t end = i;
    bool ascii = true;
    while (end < text.size() && !is_ascii_space(text[end])) {
      ascii = ascii && static_cast<unsigned char>(text[end]) < 0x80;
      ++end;
    }
    if (ascii) {
      out.append(text, i, end - i);
      i = end;
      continue;
    }
    // Otherwise its punctuation is mapped to ASCII and the rest folded through ICU.
    std::string word;
    bool needs_icu = false;
    while (i < text.size() && !is_ascii_space(text[i])) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        word.push_back(text[i++]);
        continue;
      }
      const std::size_t len = (c & 0xE0) == 0xC0   ? 2
                              : (c & 0xF0) == 0xE0 ? 3
                              : (c & 0xF8) == 0xF0 ? 4
                                                   : 1;
      char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      bool ok = i + len <= text.size() && len > 1;
      for (std::size_t k = 1; ok && k < len; ++k) {
        const auto cc = static_cast<unsigned char>(text[i + k]);
        ok = (cc & 0xC0) == 0x80;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (!ok) {  // not UTF-8: leave the byte to the tokenizer
        word.push_back(text[i++]);
        continue;
      }
      if (const std::string_view p = ascii_punctuation(cp); !p.empty()) {
        word.append(p);
      } else {
        word.append(text.substr(i, len));
        needs_icu = true;
      }
      i += len;
    }
    out += needs_icu ? fold(word) : word;  // fold() handles common Latin letters itself
  }
  return out;
}

}  // namespace news
