#include "news/dates.h"

#include <array>
#include <cstdio>

namespace news {

bool is_valid_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = (month == 2 && leap) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
  return day <= max_day;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::optional<std::string> format_date(int year, int month, int day) {
  if (!is_valid_date(year, month, day)) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

// A small cursor over the text; every reader either consumes what it read or nothing.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  std::size_t pos() const { return pos_; }
  void seek(std::size_t p) { pos_ = p; }
  bool done() const { return pos_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[pos_]; }

  void skip_spaces() {
    while (!done() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  bool eat(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  // Digits, at most `max`; returns how many were read and their value.
  int number(int max, int* count) {
    int v = 0, n = 0;
    while (n < max && !done() && is_digit(s_[pos_])) {
      v = v * 10 + (s_[pos_] - '0');
      ++pos_;
      ++n;
    }
    *count = n;
    return v;
  }
  std::string word() {
    std::string w;
    while (!done() && is_alpha(s_[pos_])) w.push_back(lower(s_[pos_++]));
    return w;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

// Month number from an English month name or a standard abbreviation, 0 if none.
int month_number(const std::string& w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == w) return static_cast<int>(i) + 1;
    if ((w.size() == 3 || w == "sept") && kMonths[i].substr(0, w.size()) == w) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

bool is_weekday(const std::string& w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view d : kDays) {
    if (d == w) return true;
    if ((w.size() == 3 || w == "tues" || w == "thur" || w == "thurs") && d.substr(0, w.size()) == w) {
      return true;
    }
  }
  return false;
}

// A four-digit year not followed by another digit.
bool read_year(Cursor& c, int* year) {
  int n = 0;
  *year = c.number(5, &n);
  return n == 4;
}

// A day of the month with an optional ordinal suffix ("1st", "22nd", "17th").
bool read_day(Cursor& c, int* day) {
  int n = 0;
  *day = c.number(3, &n);
  if (n < 1 || n > 2) return false;
  const std::size_t before = c.pos();
  const std::string suffix = c.word();
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    c.seek(before);
    return false;
  }
  return true;
}

// Month name, optionally abbreviated with a full stop.
int read_month(Cursor& c) {
  const std::size_t before = c.pos();
  const int m = month_number(c.word());
  if (m == 0 || is_alpha(c.peek())) {
    c.seek(before);
    return 0;
  }
  c.eat('.');
  return m;
}

// 14.03.2023 (dots: day first, as in Europe), 14/03/2023 and 3/14/2023 when only one order
// is a real date, 3/3/2023 when both orders agree. 12/03/2023 could be either: not a date,
// so that no article is given a date it may not have.
std::optional<std::string> day_month_year(Cursor& c) {
  int n = 0;
  const int a = c.number(3, &n);
  if (n < 1 || n > 2) return std::nullopt;
  const char sep = c.peek();
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  c.eat(sep);
  const int b = c.number(3, &n);
  if (n < 1 || n > 2 || !c.eat(sep)) return std::nullopt;
  int y = 0;
  if (!read_year(c, &y)) return std::nullopt;
  const std::optional<std::string> day_first = format_date(y, b, a);
  if (sep == '.') return day_first;
  const std::optional<std::string> month_first = format_date(y, a, b);
  if (day_first && month_first && *day_first != *month_first) return std::nullopt;
  return day_first ? day_first : month_first;
}

// 2022-02-15, 2022/02/15, 2022.02.15 (same separator twice).
std::optional<std::string> numeric_date(Cursor& c) {
  int n = 0;
  const std::size_t start = c.pos();
  const int compact = c.number(9, &n);
  if (n == 8) return format_date(compact / 10000, compact / 100 % 100, compact % 100);  // 20220118
  c.seek(start);
  const int y = c.number(5, &n);
  if (n >= 1 && n <= 2) {
    c.seek(start);
    return day_month_year(c);
  }
  if (n != 4) return std::nullopt;
  const char sep = c.peek();
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  c.eat(sep);
  const int m = c.number(3, &n);
  if (n < 1 || n > 2 || !c.eat(sep)) return std::nullopt;
  const int d = c.number(3, &n);
  if (n < 1 || n > 2) return std::nullopt;
  return format_date(y, m, d);
}

std::optional<std::string> worded_date(Cursor& c) {
  const std::size_t start = c.pos();
  // Optional weekday: "Sunday, ", "Mon ", "Tue. ".
  if (is_weekday(c.word()) && !is_alpha(c.peek())) {
    c.eat('.');
    c.eat(',');
    c.skip_spaces();
  } else {
    c.seek(start);
  }
  int day = 0, year = 0;
  if (is_digit(c.peek())) {  // 21 January 2022, 17th of December, 2021
    if (!read_day(c, &day)) return std::nullopt;
    c.skip_spaces();
    const std::size_t before_of = c.pos();
    if (c.word() == "of") {
      c.skip_spaces();
    } else {
      c.seek(before_of);
    }
    const int month = read_month(c);
    if (month == 0) return std::nullopt;
    c.eat(',');
    c.skip_spaces();
    if (!read_year(c, &year)) return std::nullopt;
    return format_date(year, month, day);
  }
  const int month = read_month(c);  // December 17, 2021; Mar. 1 2022
  if (month == 0) return std::nullopt;
  c.skip_spaces();
  if (!read_day(c, &day)) return std::nullopt;
  c.eat(',');
  c.skip_spaces();
  if (!read_year(c, &year)) return std::nullopt;
  return format_date(year, month, day);
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  Cursor c(text.substr(0, 200));
  c.skip_spaces();
  const std::size_t start = c.pos();
  if (auto d = numeric_date(c)) {
    if (!is_digit(c.peek())) return d;
    return std::nullopt;
  }
  c.seek(start);
  auto d = worded_date(c);
  if (d && is_digit(c.peek())) return std::nullopt;  // "2021" must not be part of "20215"
  return d;
}

std::optional<std::string> find_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!is_digit(c) && !is_alpha(c)) continue;
    if (i > 0 && (is_digit(text[i - 1]) || is_alpha(text[i - 1]))) continue;
    if (auto d = parse_date(text.substr(i))) return d;
  }
  return std::nullopt;
}

std::optional<MonthDay> parse_month_day(std::string_view text) {
  Cursor c(text);
  c.skip_spaces();
  int count = 0;
  int day = c.number(2, &count);
  if (count > 0) {  // "3 March"
    c.skip_spaces();
    const int month = month_number(c.word());
    c.eat('.');
    if (month == 0 || !is_valid_date(2000, month, day)) return std::nullopt;
    return MonthDay{month, day};
  }
  const int month = month_number(c.word());  // "March 3", "Mar. 3"
  if (month == 0) return std::nullopt;
  c.eat('.');
  c.skip_spaces();
  day = c.number(2, &count);
  if (count == 0 || is_digit(c.peek()) || !is_valid_date(2000, month, day)) return std::nullopt;
  return MonthDay{month, day};
}

std::optional<std::string> date_in_year(int year, MonthDay md) {
  return format_date(year, md.month, md.day);
}

std::optional<std::string> date_from_url(std::string_view url) {
  // Every run of digits that starts a path segment: /2021/12/17/, /2021-12-17-, /20211217/.
  for (std::size_t i = 0; i + 1 < url.size(); ++i) {
    if (url[i] != '/' || !is_digit(url[i + 1])) continue;
    const std::string_view rest = url.substr(i + 1);
    int y = 0, m = 0, d = 0;
    std::size_t n = 0;
    while (n < rest.size() && is_digit(rest[n])) ++n;
    if (n == 8) {
      y = std::stoi(std::string(rest.substr(0, 4)));
      m = std::stoi(std::string(rest.substr(4, 2)));
      d = std::stoi(std::string(rest.substr(6, 2)));
    } else if (n == 4 && rest.size() > 5 && (rest[4] == '/' || rest[4] == '-')) {
      const char sep = rest[4];
      Cursor c(rest);
      int count = 0;
      y = c.number(4, &count);
      c.eat(sep);
      m = c.number(3, &count);
      if (count < 1 || count > 2 || !c.eat(sep)) continue;
      d = c.number(3, &count);
      if (count < 1 || count > 2 || is_digit(c.peek())) continue;
    } else {
      continue;
    }
    if (auto date = format_date(y, m, d)) return date;
  }
  return std::nullopt;
}

}  // namespace news
