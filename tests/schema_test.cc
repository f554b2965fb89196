#include "schema.h"

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "news/database.h"
#include "news/error.h"

namespace news {
namespace {

TEST(Schema, FieldLookupByName) {
  EXPECT_EQ(schema::field("speaker").prefix, "XSPEAKER");
  EXPECT_EQ(schema::field("title").prefix, "S");
  EXPECT_EQ(schema::field("date").slot, schema::kSlotDate);
  EXPECT_THROW(schema::field("nonsense"), std::logic_error);
}

TEST(Schema, LongTermsAreShortenedDeterministically) {
  const struct {
    std::string value;
    bool shortened;
  } cases[] = {
      {"short", false},
      {std::string(240 - 8, 'a'), false},
      {std::string(300, 'a'), true},
      {std::string(150, 'a') + std::string(100, 'b'), true},
      {std::string(120, '\xC3') + std::string(120, '\xA9'), true},
  };
  for (const auto& c : cases) {
    const std::string term = schema::make_term("XSPEAKER", c.value);
    EXPECT_LE(term.size(), schema::kMaxTermBytes) << c.value;
    EXPECT_EQ(term == "XSPEAKER" + c.value, !c.shortened) << c.value;
    EXPECT_EQ(term, schema::make_term("XSPEAKER", c.value)) << c.value;
  }
  EXPECT_NE(schema::make_term("Q", std::string(300, 'a')),
            schema::make_term("Q", std::string(299, 'a') + "b"));
}

TEST(DatabasePath, ExplicitPathWins) {
  EXPECT_EQ(resolve_database_path(std::filesystem::path("/x/db")), "/x/db");
}

TEST(ErrorCode, NamesAreStable) {
  EXPECT_EQ(error_code_name(ErrorCode::kNoDatabase), "no-database");
  EXPECT_EQ(error_code_name(ErrorCode::kDatabaseLocked), "locked");
  const Error e(ErrorCode::kIo, "cannot read", "check permissions");
  EXPECT_STREQ(e.what(), "cannot read");
  EXPECT_EQ(e.hint(), "check permissions");
}

}  // namespace
}  // namespace news

namespace news {
namespace {

// docs/schema.md is the users' copy of the table: it must name every prefix and slot.
TEST(Schema, DocsNameEveryPrefixAndSlot) {
  std::ifstream in(std::string(NEWS_SOURCE_DIR) + "/docs/schema.md");
  ASSERT_TRUE(in.good());
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const schema::Field& f : schema::kFields) {
    if (!f.prefix.empty()) {
      EXPECT_NE(doc.find("`" + std::string(f.prefix) + "`"), std::string::npos) << f.prefix;
    }
    if (f.slot != schema::kNoSlot) {
      const std::string cell = "| " + std::to_string(f.slot);
      EXPECT_NE(doc.find(cell + " |"), std::string::npos) << f.slot;
    }
    if (!f.name.empty() && f.name != "id") {
      EXPECT_NE(doc.find("`" + std::string(f.name) + ":`"), std::string::npos) << f.name;
    }
  }
}

}  // namespace
}  // namespace news
