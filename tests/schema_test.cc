#include "schema.h"

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
