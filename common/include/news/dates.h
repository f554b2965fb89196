// Publication dates: parsing the many English forms news sites print. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

// Parses one date expression ("December 17, 2021", "Sunday, January 9, 2022",
// "21 January 2022", "Mon 14 Feb 2022 10.30 GMT", "Mar. 1, 2022", "2022-02-15",
// "2022-02-15T10:00:00Z", "17th of December 2021", "2021/12/17") found at the start of
// `text` (leading white space is skipped). Returns "YYYY-MM-DD", or nullopt when `text` does
// not start with a real calendar date (February 30 is not one).
std::optional<std::string> parse_date(std::string_view text);

// The first date expression anywhere in `text` that starts on a word boundary, as
// parse_date() reads it; nullopt when there is none. Linear in the length of `text`.
std::optional<std::string> find_date(std::string_view text);

// A day of the year without its year, as wire datelines print it ("LAGOS, March 3 (Agency) -").
struct MonthDay {
  int month = 0;
  int day = 0;
};

// Parses "March 3", "Mar. 3" or "3 March" at the start of `text` (leading white space is
// skipped); nullopt when `text` does not start with one. February 29 is allowed.
std::optional<MonthDay> parse_month_day(std::string_view text);

// "YYYY-MM-DD" for that day in `year`; nullopt when the day does not exist in that year.
std::optional<std::string> date_in_year(int year, MonthDay md);

// A date inside a URL path such as /2021/12/17/, /2021-12-17/ or /20211217/; nullopt when
// there is none or it is not a real calendar date.
std::optional<std::string> date_from_url(std::string_view url);

// True when year/month/day name a day that exists in the Gregorian calendar.
bool is_valid_date(int year, int month, int day);

}  // namespace news
