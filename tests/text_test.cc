// Text utilities: decoding, line ends, spaces, folding.
#include <gtest/gtest.h>

#include "news/text.h"

namespace news {
namespace {

TEST(Text, ToUtf8) {
  const std::pair<std::string, std::string> cases[] = {
      {"plain", "plain"},
      {"\xEF\xBB\xBFwith bom", "with bom"},
      {"caf\xC3\xA9", "caf\u00e9"},
      {"caf\xE9", "caf\u00e9"},
      {"\x93quoted\x94", "\u201cquoted\u201d"},
      {"\x80 euro", "\u20ac euro"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(to_utf8(in), want) << in;
}

TEST(Text, NewlinesAndSpaces) {
  EXPECT_EQ(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
  const std::pair<std::string, std::string> cases[] = {
      {"a\u00a0b", "a b"}, {"a\tb", "a b"}, {"a\u200bb", "ab"}, {"a\u2009b", "a b"},
      {"soft\u00adhyphen", "softhyphen"}, {"keep\nline", "keep\nline"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(normalize_spaces(in), want) << in;
}

TEST(Text, Fold) {
  const std::pair<std::string, std::string> cases[] = {
      {"Gruško", "grusko"}, {"Jürgen", "jurgen"}, {"ÁLVAREZ", "alvarez"}, {"plain", "plain"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(fold(in), want) << in;
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9"));
  EXPECT_FALSE(is_valid_utf8("caf\xE9"));
}

}  // namespace
}  // namespace news
