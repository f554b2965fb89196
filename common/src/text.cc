#include "news/text.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "folding.h"
#include "news/error.h"

namespace news {

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, surrogates and code points past U+10FFFF.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return false;
    }
    i += len;
  }
  return true;
}

std::string to_utf8(std::string_view bytes) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  if (is_valid_utf8(bytes)) return std::string(bytes);

  // ICU's converter maps every byte; the five bytes windows-1252 leaves undefined become
  // their C1 control counterparts, which later cleaning treats as white space.
  const icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()),
                                   "windows-1252");
  std::string out;
  decoded.toUTF8String(out);
  return out;
}

std::string normalize_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string normalize_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t' || c == '\f' || c == '\v') {
      out.push_back(' ');
      continue;
    }
    if (c < 0x20 && c != '\n') continue;  // other C0 controls carry nothing
    if (c == 0xC2 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xA0 || (d >= 0x80 && d <= 0x9F)) {  // NBSP and C1 controls
        out.push_back(' ');
        ++i;
        continue;
      }
      if (d == 0xAD) {  // soft hyphen
        ++i;
        continue;
      }
    }
    if (c == 0xE2 && i + 2 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      const auto e = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x80 && (e <= 0x8A || e == 0xAF)) {  // U+2000..U+200A, U+202F
        out.push_back(' ');
        i += 2;
        continue;
      }
      if (d == 0x80 && (e >= 0x8B && e <= 0x8D)) {  // zero-width space and joiners
        i += 2;
        continue;
      }
      if (d == 0x81 && e == 0xA0) {  // word joiner
        i += 2;
        continue;
      }
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {  // ideographic space
      out.push_back(' ');
      i += 2;
      continue;
    }
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF) {  // a BOM inside the text
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

namespace {
// Transliterator construction parses rules and is slow; one per thread is reused.
icu::Transliterator& folder() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower; NFC", UTRANS_FORWARD,
        status));
    if (U_FAILURE(status) || !made) {
      throw Error(ErrorCode::kInternal,
                  std::string("cannot create ICU transliterator: ") + u_errorName(status));
    }
    return made;
  }();
  return *t;
}

}  // namespace

std::string fold(std::string_view utf8) {
  // The common cases (ASCII, accented Latin letters) without ICU: folding.cc.
  if (std::optional<std::string> quick = fold_latin(utf8)) return std::move(*quick);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  folder().transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace news
