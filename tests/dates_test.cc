// Dates: every common English form, impossible dates, URLs. Table-driven.
#include <gtest/gtest.h>

#include "news/dates.h"

namespace news {
namespace {

struct Case {
  const char* input;
  const char* want;  // nullptr: no date
};

TEST(ParseDate, Forms) {
  const Case cases[] = {
      {"December 17, 2021", "2021-12-17"},
      {"Sunday, January 9, 2022", "2022-01-09"},
      {"21 January 2022", "2022-01-21"},
      {"Mon 14 Feb 2022 10.30 GMT", "2022-02-14"},
      {"Mar. 1, 2022", "2022-03-01"},
      {"Sept. 3, 2021", "2021-09-03"},
      {"2022-02-15", "2022-02-15"},
      {"2022-02-15T10:00:00Z", "2022-02-15"},
      {"2021/12/17", "2021-12-17"},
      {"20220118", "2022-01-18"},
      {"20220230", nullptr},
      {"17th of December 2021", "2021-12-17"},
      {"March 15th, 2023", "2023-03-15"},
      {"  Jan 27, 2023", "2023-01-27"},
      {"February 29, 2024", "2024-02-29"},
      {"February 30, 2022", nullptr},
      {"February 29, 2023", nullptr},
      {"2022-13-01", nullptr},
      {"31 April 2022", nullptr},
      {"December 2021", nullptr},
      {"Mayday 5, 2022", nullptr},
      {"March 3, 20222", nullptr},
      {"the talks", nullptr},
      {"", nullptr},
      {"14.03.2023", "2023-03-14"},
      {"3.4.2023", "2023-04-03"},
      {"14/03/2023", "2023-03-14"},
      {"3/14/2023", "2023-03-14"},
      {"3/3/2023", "2023-03-03"},
      {"12/03/2023", nullptr},
      {"31/02/2023", nullptr},
      {"13/13/2023", nullptr},
      {"3/14/23", nullptr},
      {"1.2.3", nullptr},
  };
  for (const Case& c : cases) {
    const auto got = parse_date(c.input);
    if (c.want) {
      EXPECT_EQ(got, std::optional<std::string>(c.want)) << c.input;
    } else {
      EXPECT_EQ(got, std::nullopt) << c.input;
    }
  }
}

TEST(FindDate, InsideLines) {
  const Case cases[] = {
      {"Published: 21 January 2022", "2022-01-21"},
      {"MADRID -- 3 March 2022", "2022-03-03"},
      {"Updated: Mon 29 Aug 2022 14.10 BST", "2022-08-29"},
      {"By Leah Porter | February 28, 2023", "2023-02-28"},
      {"Posted on 2023-04-02", "2023-04-02"},
      {"Brussels, Feb. 24, 2023", "2023-02-24"},
      {"No date here at all", nullptr},
      {"Published 3 hours ago", nullptr},
  };
  for (const Case& c : cases) {
    const auto got = find_date(c.input);
    if (c.want) {
      EXPECT_EQ(got, std::optional<std::string>(c.want)) << c.input;
    } else {
      EXPECT_EQ(got, std::nullopt) << c.input;
    }
  }
}

TEST(ParseMonthDay, WireForms) {
  const std::vector<std::tuple<std::string, int, int>> ok = {
      {"March 3", 3, 3}, {" Mar. 3 (Reuters)", 3, 3}, {"3 March", 3, 3}, {"Feb 29", 2, 29},
      {"17 Dec", 12, 17}};
  for (const auto& [text, month, day] : ok) {
    const auto md = parse_month_day(text);
    ASSERT_TRUE(md.has_value()) << text;
    EXPECT_EQ(md->month, month) << text;
    EXPECT_EQ(md->day, day) << text;
  }
  for (std::string text : {"March", "Marching 3", "February 30", "March 123", "3 Marbles", "in March 3"}) {
    EXPECT_FALSE(parse_month_day(text).has_value()) << text;
  }
  EXPECT_EQ(date_in_year(2023, MonthDay{2, 29}), std::nullopt);
  EXPECT_EQ(date_in_year(2024, MonthDay{2, 29}), "2024-02-29");
}

TEST(DateFromUrl, Paths) {
  const Case cases[] = {
      {"https://www.themoscowtimes.com/2021/12/17/russia-accuses-a75850", "2021-12-17"},
      {"https://example.com/news/2022-04-05-council-vote", "2022-04-05"},
      {"https://example.com/a/20211217/story", "2021-12-17"},
      {"https://example.com/2022/02/30/story", nullptr},
      {"https://example.com/2022/story-12", nullptr},
      {"https://example.com/news/12345678901", nullptr},
  };
  for (const Case& c : cases) {
    const auto got = date_from_url(c.input);
    if (c.want) {
      EXPECT_EQ(got, std::optional<std::string>(c.want)) << c.input;
    } else {
      EXPECT_EQ(got, std::nullopt) << c.input;
    }
  }
}

}  // namespace
}  // namespace news
