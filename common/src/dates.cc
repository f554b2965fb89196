#include "news/dates.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <regex>

namespace news {

bool is_valid_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = (month == 2 && leap) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
  return day <= max_day;
}

namespace {

std::optional<std::string> format_date(int year, int month, int day) {
  if (!is_valid_date(year, month, day)) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

// Month number from an English month name or abbreviation (case-insensitive), 0 if none.
int month_number(std::string name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == name) return static_cast<int>(i) + 1;
    if (name.size() <= 4 && kMonths[i].substr(0, name.size()) == name) {
      return static_cast<int>(i) + 1;  // "Feb", "Sept"
    }
  }
  return 0;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  const std::string s(text.substr(0, 200));
  static const std::regex kIso(R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[^\d]))");
  static const std::regex kMonthFirst(
      R"(^\s*(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)");
  static const std::regex kDayFirst(
      R"(^\s*(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b)");
  std::smatch m;
  if (std::regex_search(s, m, kIso)) {
    return format_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  }
  if (std::regex_search(s, m, kMonthFirst)) {
    if (int month = month_number(m[1])) {
      return format_date(std::stoi(m[3]), month, std::stoi(m[2]));
    }
  }
  if (std::regex_search(s, m, kDayFirst)) {
    if (int month = month_number(m[2])) {
      return format_date(std::stoi(m[3]), month, std::stoi(m[1]));
    }
  }
  return std::nullopt;
}

std::optional<std::string> date_from_url(std::string_view url) {
  static const std::regex kPath(R"(/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$))");
  const std::string s(url);
  std::smatch m;
  if (std::regex_search(s, m, kPath)) {
    return format_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  }
  return std::nullopt;
}

}  // namespace news
