#include "news/article.h"

#include <algorithm>
#include <cctype>
#include <fstream>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ascii.h"
#include "boilerplate.h"
#include "markdown.h"
#include "news/dates.h"
#include "news/error.h"
#include "news/speakers.h"
#include "news/text.h"

namespace news {

namespace {

// Lines this far into the text (counting non-empty, non-debris lines) are the header zone:
// the only place a dateline or a headline is looked for.
constexpr std::size_t kHeaderLines = 10;
// A dateline or byline is short; a longer line is a sentence that merely mentions a date.
constexpr std::size_t kMaxDatelineBytes = 100;

using ascii::count_words;
using ascii::trim;

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// White space runs inside a line become one space.
std::string collapse_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool space = false;
  for (char c : trim(line)) {
    if (ascii::is_space(c)) {
      space = true;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      out.push_back(c);
      space = false;
    }
  }
  return out;
}

// Rejects what is not text: magic numbers of common binary formats, NUL bytes, and text
// that is mostly control characters.
void check_is_text(std::string_view bytes) {
  if (trim(bytes).empty()) throw Error(ErrorCode::kNotAnArticle, "empty file");
  struct Magic {
    std::string_view bytes;
    std::string_view what;
  };
  static constexpr Magic kMagic[] = {
      {"\x89PNG", "a PNG image"},    {"\xFF\xD8\xFF", "a JPEG image"}, {"GIF8", "a GIF image"},
      {"%PDF", "a PDF document"},    {"PK\x03\x04", "a ZIP archive"},  {"\x1F\x8B", "gzip data"},
      {"RIFF", "a RIFF media file"}, {"\x7F" "ELF", "an executable"},  {"BM", "a bitmap image"},
  };
  for (const Magic& m : kMagic) {
    if (bytes.starts_with(m.bytes) && (m.bytes != "BM" || bytes.find('\0') != std::string_view::npos)) {
      throw Error(ErrorCode::kNotAnArticle, "binary file (" + std::string(m.what) + ")");
    }
  }
  if (bytes.find('\0') != std::string_view::npos) {
    throw Error(ErrorCode::kNotAnArticle, "binary file (contains NUL bytes)");
  }
  std::size_t control = 0;
  const std::string_view head = bytes.substr(0, 8192);
  for (unsigned char c : head) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 10 > head.size()) {
    throw Error(ErrorCode::kNotAnArticle, "binary file (mostly control characters)");
  }
}

std::string host_of(std::string_view url) {
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, url.find_first_of("/?#:"));
  std::string host = ascii::lower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

bool looks_like_url(std::string_view s) {
  return (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")) &&
         s.find(' ') == std::string_view::npos;
}

// The article's own address in the header zone, unlabelled: a bare URL line, or a short site
// name and the URL ("Tech Policy Brief — https://..."). The address must have a path (a
// site's home page is no article's). Empty when the line is neither.
std::string header_url(std::string_view line) {
  line = trim(line);
  std::string_view url = line;
  if (!looks_like_url(line)) {
    const std::size_t cut = line.rfind(' ');
    if (cut == std::string_view::npos) return {};
    url = line.substr(cut + 1);
    std::string_view name = trim(line.substr(0, cut));
    bool sep = false;
    for (std::string_view s : {"\u2014", "\u2013", "-", "|", "\u00B7", ":"}) {
      if (name.ends_with(s)) {
        name = trim(name.substr(0, name.size() - s.size()));
        sep = true;
        break;
      }
    }
    const std::string lname = ascii::lower(name);
    if (!sep || !looks_like_url(url) || name.empty() || count_words(name) > 4 ||
        lname.find("related") != std::string::npos || lname.find("read") != std::string::npos ||
        lname.find("see also") != std::string::npos || lname.find("more") != std::string::npos) {
      return {};
    }
  }
  const std::size_t scheme = url.find("://");
  const std::string_view rest = url.substr(scheme == std::string_view::npos ? 0 : scheme + 3);
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos || slash + 1 >= rest.size()) return {};
  return std::string(url);
}

// Metadata found outside the running text (HTML head, front matter); preferred when set.
struct Hints {
  std::string title;
  std::string date_text;  // any form parse_date() reads
  std::string url;
  std::string source;
  bool title_is_page_title = false;  // an HTML <title>: may end in " | Site Name"
};

// Drops a trailing " | Site Name" / " - Site Name" from a page title.
std::string strip_site_suffix(std::string title) {
  for (std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
    const std::size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    if (count_words(std::string_view(title).substr(at + sep.size())) <= 5) {
      title.resize(at);
      return title;
    }
  }
  return title;
}

bool is_byline(std::string_view line) {
  const std::string s = ascii::lower(line.substr(0, 16));
  for (std::string_view label : {"by ", "written by", "author:", "words by ", "story by ", "reporting by ",
                                 "report by ", "text by ", "posted by "}) {
    if (s.starts_with(label)) return count_words(line) <= 10;
  }
  return false;
}

// A byline with a date and credits, its parts set apart by " · " or " | ": "By Ann Lee ·
// Photographs by Kim Ho · 2 February 2024" (a byline of at most 16 words).
bool is_dated_byline(std::string_view line) {
  const std::string s = ascii::lower(line.substr(0, 3));
  return s == "by " && count_words(line) <= 16 &&
         (line.find(" \u00B7 ") != std::string_view::npos || line.find(" | ") != std::string_view::npos);
}

// A short header line that carries a date ("December 17, 2021", "Published: ...",
// "MADRID -- 3 March 2022", "By Ann Lee | February 28, 2023").
// Wire copy opens its first paragraph with the dateline: "BOSTON, June 12, 2024 — A man
// accused ...". Returns the part before the dash when it is short and starts like a
// dateline (a place in capitals, or the date itself); empty otherwise.
std::string_view wire_dateline(std::string_view line) {
  static constexpr std::string_view kDashes[] = {" \u2014 ", " \u2013 ", " -- ", " - ",
                                                 "\u2014"};
  std::size_t dash = std::string_view::npos;
  for (std::string_view d : kDashes) dash = std::min(dash, line.find(d));
  if (dash == std::string_view::npos || dash > kMaxDatelineBytes) return {};
  const std::string_view prefix = line.substr(0, dash);
  if (parse_date(prefix)) return prefix;
  const std::string_view first_word = prefix.substr(0, prefix.find_first_of(" ,("));
  if (first_word.size() < 2) return {};
  for (char c : first_word) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isupper(u) && c != '.' && c != '-') return {};
  }
  return prefix;
}

std::optional<std::string> dateline_date(std::string_view line) {
  if (line.size() > kMaxDatelineBytes) {
    const std::string_view prefix = wire_dateline(line);
    return prefix.empty() ? std::nullopt : find_date(prefix);
  }
  return find_date(line);
}

// True when the line is nothing but a date with its usual labels and time of day, so it
// has no place in the body.
bool is_pure_dateline(std::string_view line) {
  // Besides the date a dateline holds few words: weekday, labels, time of day, zone, place.
  return dateline_date(line) && count_words(line) <= 9;
}

struct Line {
  std::string text;
  bool paragraph_start = false;  // a blank line (or a block) came before it
  int heading = 0;               // Markdown heading level
};

// The years (1900-2099) written as words of their own in `line`.
void collect_years(std::string_view line, std::vector<int>& years) {
  for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
    const auto digit = [&](std::size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
    if (!digit(i) || (i > 0 && (digit(i - 1) || std::isalpha(static_cast<unsigned char>(line[i - 1]))))) continue;
    if (!digit(i + 1) || !digit(i + 2) || !digit(i + 3) || digit(i + 4)) continue;
    if (i + 4 < line.size() && std::isalpha(static_cast<unsigned char>(line[i + 4]))) continue;
    const int year = std::stoi(std::string(line.substr(i, 4)));
    if (year >= 1900 && year <= 2099 && std::find(years.begin(), years.end(), year) == years.end()) {
      years.push_back(year);
    }
  }
}

// "LAGOS, March 3 (Agency) - ...": wire copy gives the day without its year, which the
// header gives elsewhere ("AGENCY | Companies | 2023", "(Copyright 2023 Agency)"). The date
// when the lines above the dateline, debris included, name exactly one year; else nullopt,
// so that no year is guessed.
std::optional<std::string> wire_date_with_header_year(const std::vector<Line>& lines) {
  std::vector<int> years;
  for (std::size_t i = 0; i < lines.size() && i < 2 * kHeaderLines; ++i) {
    const std::string_view prefix = wire_dateline(lines[i].text);
    const std::size_t comma = prefix.find(',');
    if (comma != std::string_view::npos) {
      if (const auto md = parse_month_day(prefix.substr(comma + 1))) {
        collect_years(prefix, years);
        return years.size() == 1 ? date_in_year(years.front(), *md) : std::nullopt;
      }
    }
    collect_years(lines[i].text, years);
  }
  return std::nullopt;
}

// A line that dates a revision, not the publication: "Last modified on Tue 14 Mar 2023",
// "Updated: 15 March 2023".
bool is_update_label(std::string_view line) {
  const std::string l = ascii::lower(trim(line).substr(0, 24));
  for (std::string_view label : {"updated", "last updated", "last modified", "modified", "edited", "revised"}) {
    if (l.starts_with(label)) return true;
  }
  return false;
}

// Every space-separated word of `part` starts with a capital letter or is "&", "/", "and",
// "of" or "the"; and there are one to `max_words` of them.
bool capitalised_words(std::string_view part, std::size_t max_words) {
  std::size_t words = 0;
  std::size_t start = 0;
  while (start < part.size()) {
    std::size_t end = part.find(' ', start);
    if (end == std::string_view::npos) end = part.size();
    const std::string_view w = part.substr(start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    if (++words > max_words) return false;
    if (w == "&" || w == "/" || w == "and" || w == "of" || w == "the") continue;
    if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
  }
  return words > 0;
}

bool is_masthead(std::string_view line);
bool is_section_kicker(std::string_view line);

// The last space-separated word of `part` (all of it when it has no space).
std::string_view last_word(std::string_view part) { return part.substr(part.rfind(' ') + 1); }

// A publication's name and the section, on one line above the headline: "Science Frontline
// | Earth & Climate", "The Weekly Compass — World / Americas". Two short capitalised parts
// around " | " or a dash, the section a path or pair ("/", "&") or the name a masthead.
bool is_masthead_with_section(std::string_view line) {
  for (std::string_view sep : {std::string_view(" | "), std::string_view(" \u2014 "), std::string_view(" \u2013 "),
                               std::string_view(" - ")}) {
    const std::size_t at = line.find(sep);
    if (at == std::string_view::npos) continue;
    const std::string_view name = trim(line.substr(0, at)), section = trim(line.substr(at + sep.size()));
    if (section.find(sep) != std::string_view::npos) return false;
    if (!capitalised_words(name, 4) || !capitalised_words(section, 5)) return false;
    // "CEE Markets - Companies": a site's name and one of the usual sections.
    if (count_words(section) == 1 && is_section_kicker(section)) return true;
    // "PanAfrican Press Agency — Business Desk": a news agency's name and its desk.
    static constexpr std::string_view kAgencyWords[] = {"Agency", "Press", "Wire", "Service", "Media", "Network"};
    const bool agency = std::find(std::begin(kAgencyWords), std::end(kAgencyWords), last_word(name)) !=
                        std::end(kAgencyWords);
    const bool desk = last_word(section) == "Desk" || last_word(section) == "Bureau";
    return section.find(" / ") != std::string_view::npos || section.find(" & ") != std::string_view::npos ||
           is_masthead(name) || desk || (agency && count_words(section) <= 2);
  }
  return false;
}

// A publication's name alone on a line above the headline: "PharmaDeal Weekly", "The
// Northdale Gazette". At most four capitalised words, the last a word for a periodical.
bool is_masthead(std::string_view line) {
  const std::size_t words = count_words(line);
  if (words == 0 || words > 4) return false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((i == 0 || line[i - 1] == ' ') && !(line[i] >= 'A' && line[i] <= 'Z')) return false;
  }
  // Set in capitals or not: "SOUNDCHECK DAILY", "THE CANBERRA BRIEFING".
  static constexpr std::string_view kPeriodicals[] = {
      "weekly", "daily", "times", "post", "herald", "tribune", "journal", "gazette", "news",
      "chronicle", "observer", "monthly", "magazine", "digest", "review", "telegraph",
      "express", "mirror", "echo", "courier", "bulletin", "wire", "insider", "today",
      "brief", "briefing", "dispatch", "memo", "newsletter", "roundup", "edition", "sentinel", "newswire",
      "standard", "guardian", "independent", "record", "globe", "ledger", "register", "examiner",
      "inquirer", "enquirer", "gleaner", "argus", "advertiser", "press", "mail", "star", "sun",
      "report", "reporter", "recorder", "monitor", "leader", "clarion", "beacon", "sentry"};
  const std::string last = ascii::lower(last_word(line));
  return std::find(std::begin(kPeriodicals), std::end(kPeriodicals), last) != std::end(kPeriodicals);
}

// A site's section label above the headline: "Culture | Art", "News / World", "Life & Style
// | Fashion". Two or more items of one or two capitalised words between " | ", " / ", " > "
// or " · ", at least one item a single word ("Storm Warning | Stay Home" stays a headline).
bool is_section_label(std::string_view line) {
  for (std::string_view sep : {std::string_view(" | "), std::string_view(" / "), std::string_view(" > "),
                               std::string_view(" · "), std::string_view(" \u00BB "),
                               std::string_view(" \u203A ")}) {
    if (line.find(sep) == std::string_view::npos) continue;
    bool single = false;
    for (std::string_view item : boilerplate::split_items(line, sep)) {
      item = trim(item);
      const std::size_t words = count_words(item) - (item.find(" & ") != std::string_view::npos);
      if (!capitalised_words(item, 3) || words > 2) return false;
      single = single || words == 1;
    }
    return single;
  }
  return false;
}

// A section name or kicker alone above the headline: "OPINION", "EXCLUSIVE", "Arts &
// Culture", "Sport". One to three words (besides "&" and "and"), each a section's word.
bool is_section_kicker(std::string_view line) {
  static constexpr std::string_view kSections[] = {
      "opinion", "analysis", "exclusive", "breaking", "live", "explainer", "review", "reviews",
      "interview", "obituary", "obituaries", "comment", "editorial", "feature", "features", "sport",
      "sports", "news", "world", "business", "politics", "culture", "arts", "art", "music", "film",
      "films", "tv", "television", "science", "technology", "tech", "health", "travel", "lifestyle",
      "life", "style", "entertainment", "markets", "economy", "money", "finance", "environment",
      "climate", "education", "local", "national", "international", "uk", "us", "europe", "asia",
      "africa", "americas", "football", "rugby", "cricket", "tennis", "golf", "motoring", "property",
      "food", "drink", "books", "theatre", "stage", "fashion", "beauty", "wellbeing", "letters",
      "columnists", "video", "podcast", "podcasts", "photos", "gallery", "weather", "crime",
      "courts", "media", "gaming", "sponsored", "advertorial", "latest", "top", "stories",
      "companies", "industry", "deals", "startups", "policy", "economics", "banking", "retail",
      "transport", "energy", "society", "regions", "nation", "metro", "city", "region", "transfers",
      "results", "fixtures"};
  const std::vector<std::string_view> items = boilerplate::split_items(trim(line), " ");
  // "SOCIETY", "WELLNESS": one word in capitals is a section, never a headline.
  if (items.size() == 1 && items[0].size() >= 3 &&
      std::all_of(items[0].begin(), items[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return true;
  }
  // "Recalls & Safety", "Home & Garden": two capitalised words joined by "&" name a section.
  if (items.size() == 3 && items[1] == "&" && !items[0].empty() && !items[2].empty() &&
      items[0][0] >= 'A' && items[0][0] <= 'Z' && items[2][0] >= 'A' && items[2][0] <= 'Z') {
    return true;
  }
  std::size_t words = 0;
  for (std::string_view w : items) {
    if (w.empty() || w == "&" || w == "and") continue;
    if (++words > 3) return false;
    const std::string lw = ascii::lower(w);
    if (std::find(std::begin(kSections), std::end(kSections), lw) == std::end(kSections)) return false;
  }
  return words > 0;
}

// A newsletter's tagline under its masthead, addressed to the reader: "Your insider's guide to
// what's happening in Parliament House", "Your daily briefing on the markets".
bool is_tagline(std::string_view line) {
  line = trim(line);
  if (!line.starts_with("Your ") || line.empty() || line.back() == '.' || line.back() == '?' ||
      line.back() == '!' || count_words(line) > 14) {
    return false;
  }
  const std::string head = ascii::lower(line.substr(0, 48));
  static constexpr std::string_view kNouns[] = {" guide", " briefing", " digest", " roundup", " round-up",
                                                " dose", " rundown", " catch-up", " newsletter", " companion",
                                                " source for", " look at", " weekly", " daily"};
  return std::any_of(std::begin(kNouns), std::end(kNouns),
                     [&](std::string_view n) { return head.find(n) != std::string::npos; });
}

// Shared by every format: the article from its text lines and outside metadata.
// "*Tuesday, 14 February 2023* · Site Name · Source: https://...": a header line longer than
// a dateline may be, joining a dateline, a site's name and a labelled URL with " · " or
// " | ". When one of its parts is a dateline or a URL and every other part is short, the
// line becomes one line per dateline or URL part, and the other parts (the site's name) are
// dropped; otherwise it is left whole (a headline with a " | " stays one).
std::vector<Line> split_header_line(const Line& line) {
  std::vector<std::string> parts;
  std::string_view rest = line.text;
  while (true) {
    std::size_t cut = std::string_view::npos;
    std::size_t sep_len = 0;
    for (std::string_view sep : {" \u00B7 ", " | "}) {
      const std::size_t at = rest.find(sep);
      if (at < cut) {
        cut = at;
        sep_len = sep.size();
      }
    }
    parts.emplace_back(trim(rest.substr(0, cut)));
    if (cut == std::string_view::npos) break;
    rest = rest.substr(cut + sep_len);
  }
  if (parts.size() < 2 || line.text.size() <= kMaxDatelineBytes) return {line};
  std::vector<Line> out;
  bool found = false;
  for (const std::string& part : parts) {
    std::string value;
    if (is_pure_dateline(part) || boilerplate::url_label(part, &value) || looks_like_url(part)) {
      found = true;
      Line l;
      l.text = part;
      l.paragraph_start = out.empty() && line.paragraph_start;
      out.push_back(std::move(l));
    } else if (count_words(part) > 4) {
      return {line};  // a sentence among the parts: not a header line
    }
  }
  if (!found) return {line};
  return out;
}

Article assemble(std::vector<Line> raw_lines, const Hints& hints) {
  Article a;
  std::vector<Line> lines;
  for (std::size_t i = 0; i < raw_lines.size(); ++i) {
    if (i < kHeaderLines) {
      for (Line& l : split_header_line(raw_lines[i])) lines.push_back(std::move(l));
    } else {
      lines.push_back(std::move(raw_lines[i]));
    }
  }
  std::vector<bool> keep(lines.size(), true);

  // 1. Debris, credits and labelled URLs.
  bool url_next = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) {
      keep[i] = false;
      continue;
    }
    if (url_next) {
      url_next = false;
      if (looks_like_url(t)) {
        if (a.url.empty()) a.url = t;
        keep[i] = false;
        continue;
      }
    }
    std::string value;
    if (boilerplate::url_label(t, &value)) {
      keep[i] = false;
      if (value.empty()) {
        url_next = true;
      } else if (a.url.empty()) {
        a.url = value;
      }
      continue;
    }
    if (boilerplate::publisher_label(t, &value)) {
      keep[i] = false;
      if (a.source.empty()) a.source = value;
      continue;
    }
    if (i < kHeaderLines && a.url.empty()) {
      if (std::string url = header_url(t); !url.empty()) {
        a.url = std::move(url);
        keep[i] = false;
        continue;
      }
    }
    // "Central Europe Daily | News | 2024-02-20" reads as a menu, but a short header line
    // with a date is a dateline, which step 2 reads and drops.
    const auto header_dateline = [&] {
      return i < kHeaderLines && t.size() <= kMaxDatelineBytes && t.find("://") == std::string::npos &&
             t.find("www.") == std::string::npos && find_date(t);
    };
    if ((boilerplate::is_debris(t) && !header_dateline()) || looks_like_url(t)) {
      keep[i] = false;
      continue;
    }
    if (boilerplate::is_photo_credit(t)) {
      keep[i] = false;
      // A caption next to a credit goes with it.
      for (std::size_t j = i; j-- > 0;) {
        if (lines[j].text.empty()) continue;
        if (keep[j] && !lines[i].paragraph_start && boilerplate::is_caption_like(lines[j].text) &&
            !find_date(lines[j].text)) {
          keep[j] = false;
        }
        break;
      }
    }
  }

  // 2. Header zone: title, dateline, byline.
  std::optional<std::string> text_date;
  std::optional<std::string> updated_date;
  std::string title = hints.title_is_page_title ? strip_site_suffix(hints.title) : hints.title;
  std::size_t title_line = lines.size();
  std::size_t seen = 0;
  bool after_masthead = false;  // the previous kept header line was a masthead
  for (std::size_t i = 0; i < lines.size() && seen < kHeaderLines; ++i) {
    if (!keep[i]) continue;
    ++seen;
    const std::string& t = lines[i].text;
    if (!text_date) {
      if (auto d = dateline_date(t)) {
        // "Last modified on ...", "Updated ...": the publication date is another line's;
        // this one only when the header gives no other.
        if (is_update_label(t)) {
          if (!updated_date) updated_date = d;
        } else {
          text_date = d;
        }
        // "By Hannah Lindqvist · Photographs by Park Jae-won · 2 February 2024": a byline
        // that carries the date goes too.
        if (is_pure_dateline(t) || is_dated_byline(t)) keep[i] = false;
        continue;
      }
    }
    if (is_byline(t)) {
      keep[i] = false;
      continue;
    }
    const bool before_title = title.empty() && title_line == lines.size();
    if (before_title &&
        (is_masthead(t) || is_masthead_with_section(t) || is_section_label(t) || is_section_kicker(t))) {
      keep[i] = false;  // the publication's name or section above the headline
      after_masthead = is_masthead(t);
      continue;
    }
    // "THE MARGIN CALL" over "Your weekly markets briefing | Issue #212": a short line
    // right above a newsletter's tagline is its masthead, whatever its words.
    if (before_title && count_words(t) <= 5 && !t.ends_with(".")) {
      std::size_t n = i + 1;
      while (n < lines.size() && !keep[n]) ++n;
      if (n < lines.size() && is_tagline(lines[n].text)) {
        keep[i] = false;
        after_masthead = true;
        continue;
      }
    }
    if (before_title && after_masthead && is_tagline(t)) {
      keep[i] = false;  // a newsletter's tagline under its name
      after_masthead = false;
      continue;
    }
    // "Gulf Energy Review" over "Hydrogen & Future Fuels": a few capitalised words right
    // under the masthead, with a longer line after them, are its section.
    if (before_title && after_masthead && count_words(t) <= 4 && capitalised_words(t, 4) && !t.ends_with(".")) {
      std::size_t n = i + 1;
      while (n < lines.size() && !keep[n]) ++n;
      if (n < lines.size() && count_words(lines[n].text) > count_words(t)) {
        keep[i] = false;
        after_masthead = false;
        continue;
      }
    }
    after_masthead = false;
    if (before_title && !is_pure_dateline(t)) {
      title = t;
      title_line = i;
    }
  }
  if (hints.title.empty() && title_line == lines.size()) {  // Markdown: a "# heading" wins
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (keep[i] && lines[i].heading == 1) {
        title = lines[i].text;
        break;
      }
    }
  }
  if (!text_date) text_date = updated_date;
  a.title = title;

  // 3. Body: kept lines without the headline (and its repeats), joined into paragraphs.
  const std::string folded_title = ascii::lower(title);
  std::string body;
  bool open_line = false;  // the previous kept line looks hard-wrapped: join the next
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i]) continue;
    const std::string& t = lines[i].text;
    if (i == title_line || (!folded_title.empty() && ascii::lower(t) == folded_title)) continue;
    if (!body.empty()) body += (open_line && !lines[i].paragraph_start) ? " " : "\n\n";
    body += t;
    const char last = t.back();
    open_line = t.size() >= 40 && last != '.' && last != '!' && last != '?' && last != ':' &&
                last != '"' && !t.ends_with("\u201d");
  }
  a.body = std::move(body);

  // 4. Metadata, outside hints first.
  if (!hints.url.empty()) a.url = hints.url;
  if (!hints.source.empty()) a.source = hints.source;
  if (a.source.empty() && !a.url.empty()) a.source = host_of(a.url);
  if (!hints.date_text.empty()) a.date = parse_date(hints.date_text);
  if (!a.date) a.date = text_date;
  if (!a.date && !a.url.empty()) a.date = date_from_url(a.url);
  if (!a.date) a.date = wire_date_with_header_year(lines);
  return a;
}

// A menu copied from a page, its items set apart by runs of spaces: "CAPITALWIRE  Tech
// Startups  Funding  Policy". Four or more items of one or two words, nothing else.
bool is_spaced_menu(std::string_view line) {
  line = trim(line);
  std::size_t items = 1;
  std::size_t words_in_item = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '.' || c == ',' || c == '"' || c == ':' || c == ';') return false;
    if (c != ' ') continue;
    if (i + 1 < line.size() && line[i + 1] == ' ') {
      while (i + 1 < line.size() && line[i + 1] == ' ') ++i;
      ++items;
      words_in_item = 1;
    } else if (++words_in_item > 2) {
      return false;
    }
  }
  return items >= 4;
}

std::vector<Line> text_lines(std::string_view text) {
  std::vector<Line> out;
  bool blank_before = true;
  for (std::string_view raw : split_lines(text)) {
    Line l;
    const std::string stripped = boilerplate::strip_markup(raw);
    if (!is_spaced_menu(stripped)) l.text = collapse_spaces(stripped);
    if (l.text.empty()) {
      blank_before = true;
      continue;
    }
    l.paragraph_start = blank_before || markdown::is_list_item(raw);
    blank_before = false;
    out.push_back(std::move(l));
  }
  return out;
}

// ---- HTML -------------------------------------------------------------------------------

bool is_dropped_element(std::string_view name) {
  static constexpr std::string_view kDropped[] = {
      "script", "style",  "nav",    "header", "footer",   "aside",  "form",   "noscript",
      "iframe", "svg",    "button", "select", "template", "figure", "figcaption", "menu",
      "dialog", "object", "embed",  "canvas", "video",    "audio",  "input",  "textarea"};
  return std::find(std::begin(kDropped), std::end(kDropped), name) != std::end(kDropped);
}

bool is_block_element(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",     "div",  "br",    "h1",   "h2",      "h3",         "h4",     "h5", "h6",
      "li",    "ul",   "ol",    "tr",   "article", "section",    "figure", "pre",
      "table", "main", "title", "dd",   "dt",      "blockquote", "hr",     "td", "th",
      "footer"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// class/id words of page furniture: menus, cookie banners, share bars, related links.
bool is_furniture(const std::string& class_and_id) {
  if (class_and_id.empty()) return false;
  static constexpr std::string_view kWords[] = {
      "nav",      "menu",    "footer",  "cookie",   "consent",  "related", "share",  "social",
      "newsletter", "subscribe", "comment", "sidebar", "advert", "promo",   "breadcrumb",
      "popup",    "modal",   "banner",  "masthead", "toolbar", "signup",  "paywall", "recommend",
      "most-read", "trending", "caption", "credit", "tags"};
  for (std::string_view w : kWords) {
    if (class_and_id.find(w) != std::string::npos) return true;
  }
  return false;
}

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return collapse_spaces(normalize_spaces(s));
}

std::string attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

struct HtmlParts {
  std::string page_title;
  std::string h1;
  std::string og_title;
  std::string meta_date;
  std::string time_date;
  std::string url;
  std::string site_name;
  std::string text;
};

// The "datePublished" value inside JSON-LD, without a JSON parser: the field is flat.
std::string json_ld_date(std::string_view script) {
  const std::size_t key = script.find("\"datePublished\"");
  if (key == std::string_view::npos) return {};
  const std::size_t open = script.find('"', script.find(':', key) + 1);
  if (open == std::string_view::npos) return {};
  const std::size_t close = script.find('"', open + 1);
  if (close == std::string_view::npos) return {};
  return std::string(script.substr(open + 1, close - open - 1));
}

// `node` has an <article> or <main> element among its ancestors.
bool inside_article(xmlNode* node) {
  for (xmlNode* p = node->parent; p != nullptr && p->type == XML_ELEMENT_NODE; p = p->parent) {
    const std::string name = ascii::lower(reinterpret_cast<const char*>(p->name));
    if (name == "article" || name == "main") return true;
  }
  return false;
}

void walk_html(xmlNode* node, HtmlParts& parts, bool in_text, int depth) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (in_text && n->content) parts.text += reinterpret_cast<const char*>(n->content);
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;  // comments and the rest
    const std::string name = ascii::lower(reinterpret_cast<const char*>(n->name));
    if (name == "title") {
      if (parts.page_title.empty()) parts.page_title = node_text(n);
      continue;
    }
    if (name == "meta") {
      const std::string key =
          ascii::lower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"));
      const std::string content = attr(n, "content");
      if (key == "article:published_time" || key == "datepublished" || key == "date" ||
          key == "pubdate" || key == "publishdate" || key == "publish-date" ||
          key == "dc.date" || key == "dc.date.issued" || key == "dcterms.created" ||
          key == "og:published_time" || key == "parsely-pub-date" || key == "sailthru.date" ||
          key == "article.published" || key == "original-publish-date") {
        if (parts.meta_date.empty()) parts.meta_date = content;
      } else if (key == "og:url") {
        if (parts.url.empty()) parts.url = content;
      } else if (key == "og:site_name") {
        parts.site_name = content;
      } else if (key == "og:title") {
        parts.og_title = content;
      }
      continue;
    }
    if (name == "link" && ascii::lower(attr(n, "rel")) == "canonical") {
      parts.url = attr(n, "href");
      continue;
    }
    if (name == "script") {
      if (ascii::lower(attr(n, "type")) == "application/ld+json" && parts.meta_date.empty()) {
        parts.meta_date = json_ld_date(node_text(n));
      }
      continue;
    }
    if (name == "time" || ascii::lower(attr(n, "itemprop")) == "datepublished") {
      if (parts.time_date.empty()) {
        std::string when = attr(n, "datetime");
        if (when.empty()) when = attr(n, "content");
        if (when.empty()) when = node_text(n);
        if (parse_date(when)) parts.time_date = when;
      }
    }
    // A <footer> or <cite> right inside a <blockquote> names who is quoted: it is text, not
    // page furniture.
    const bool quote_signature = (name == "footer" || name == "cite") && n->parent != nullptr && n->parent->name != nullptr &&
                                 ascii::lower(reinterpret_cast<const char*>(n->parent->name)) == "blockquote";
    // A <header> inside an <article> or <main> is the article's own (headline, byline,
    // date), not the site's.
    const bool article_header = name == "header" && inside_article(n);
    const bool dropped = (is_dropped_element(name) && !quote_signature && !article_header) ||
                         is_furniture(ascii::lower(attr(n, "class") + " " + attr(n, "id")));
    const bool text_here = in_text && !dropped;
    // The first <h1> that is not the site's name or a section's ("<h1>SOUNDCHECK DAILY</h1>" as a logo).
    if (name == "h1" && text_here && parts.h1.empty()) {
      std::string h = node_text(n);
      const std::string t = collapse_spaces(h);
      if (!is_masthead(t) && !is_section_label(t) && !is_section_kicker(t)) parts.h1 = std::move(h);
    }
    const bool block = is_block_element(name) || quote_signature;
    if (block && text_here) parts.text += "\n\n";
    // A signature without its dash gets one, so that it reads as a signature in the text.
    if (quote_signature && text_here) {
      const std::string signed_by = std::string(trim(node_text(n)));
      if (!signed_by.starts_with("\u2014") && !signed_by.starts_with("\u2013") && !signed_by.starts_with("-")) {
        parts.text += "\u2014 ";
      }
    }
    // Deeply nested documents are flattened past this depth rather than recursed into.
    if (depth < 256) walk_html(n->children, parts, text_here, depth + 1);
    if (block && text_here) parts.text += "\n\n";
  }
}

Article parse_html(const std::string& utf8) {
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET);
  if (!doc) throw Error(ErrorCode::kNotAnArticle, "HTML could not be parsed");
  HtmlParts parts;
  walk_html(xmlDocGetRootElement(doc), parts, true, 0);
  xmlFreeDoc(doc);

  Hints hints;
  if (!parts.h1.empty()) {
    hints.title = parts.h1;
  } else if (!parts.og_title.empty()) {
    hints.title = parts.og_title;
    hints.title_is_page_title = true;
  } else {
    hints.title = parts.page_title;
    hints.title_is_page_title = true;
  }
  hints.date_text = !parts.meta_date.empty() ? parts.meta_date : parts.time_date;
  hints.url = parts.url;
  hints.source = parts.site_name;
  // Text nodes hold decoded entities but may still carry markup-like debris.
  return assemble(text_lines(normalize_spaces(parts.text)), hints);
}

// ---- Markdown ---------------------------------------------------------------------------

Article parse_markdown(const std::string& utf8) {
  const markdown::Split split = markdown::split_front_matter(utf8);
  Hints hints;
  auto get = [&](const char* key) {
    const auto it = split.front_matter.find(key);
    return it == split.front_matter.end() ? std::string() : it->second;
  };
  hints.title = get("title");
  hints.date_text = get("date");
  if (hints.date_text.empty()) hints.date_text = get("published");
  hints.url = get("url");
  if (hints.url.empty()) hints.url = get("canonical_url");
  hints.source = get("source");
  if (hints.source.empty()) hints.source = get("publisher");

  std::vector<Line> lines;
  bool blank_before = true;
  for (std::string_view raw : split_lines(split.body)) {
    if (markdown::is_structural_line(raw)) {
      blank_before = true;
      continue;
    }
    int heading = 0;
    Line l;
    l.text = collapse_spaces(boilerplate::strip_markup(markdown::line_to_text(raw, &heading)));
    if (l.text.empty()) {
      blank_before = true;
      continue;
    }
    l.heading = heading;
    l.paragraph_start = blank_before || heading > 0 || markdown::is_list_item(raw);
    blank_before = heading > 0;
    lines.push_back(std::move(l));
  }
  return assemble(std::move(lines), hints);
}

}  // namespace

std::optional<Format> format_for_path(const std::filesystem::path& path) {
  const std::string ext = ascii::lower(path.extension().string());
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".md" || ext == ".markdown") return Format::kMarkdown;
  return std::nullopt;
}

Article parse_article(std::string_view bytes, Format format) {
  check_is_text(bytes);
  const std::string utf8 = normalize_spaces(normalize_newlines(to_utf8(bytes)));
  Article a;
  switch (format) {
    case Format::kHtml: a = parse_html(utf8); break;
    case Format::kMarkdown: a = parse_markdown(utf8); break;
    case Format::kText: a = assemble(text_lines(utf8), Hints{}); break;
  }
  if (a.title.empty()) {
    const auto first_break = a.body.find('\n');
    a.title = a.body.substr(0, first_break);
  }
  if (a.title.empty()) throw Error(ErrorCode::kNotAnArticle, "no text");
  a.speakers = find_speakers(a.body, a.title);
  return a;
}

std::string read_file_bytes(const std::filesystem::path& path, std::uintmax_t max_size) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw Error(ErrorCode::kIo, ec.message());
  if (size > max_size) {
    throw Error(ErrorCode::kNotAnArticle, "larger than the size limit (" + std::to_string(size) +
                                              " > " + std::to_string(max_size) + " bytes)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, "cannot open for reading");
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (in.bad()) throw Error(ErrorCode::kIo, "read error");
  bytes.resize(static_cast<std::size_t>(in.gcount()));  // the file may have shrunk meanwhile
  return bytes;
}

Article read_article(const std::filesystem::path& path, std::uintmax_t max_size) {
  const auto format = format_for_path(path);
  if (!format) throw Error(ErrorCode::kNotAnArticle, "not an article file type");
  return parse_article(read_file_bytes(path, max_size), *format);
}

}  // namespace news
