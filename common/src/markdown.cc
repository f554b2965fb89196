#include "markdown.h"

#include "ascii.h"

namespace news::markdown {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\''))) {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// A link's text is its own target, give or take the scheme, "www." and a final slash:
// "[site.eu/path](https://site.eu/path)".
bool shows_own_address(std::string_view text, std::string_view target) {
  const auto bare = [](std::string_view u) {
    for (std::string_view p : {"https://", "http://"}) {
      if (u.starts_with(p)) u.remove_prefix(p.size());
    }
    if (u.starts_with("www.")) u.remove_prefix(4);
    if (u.ends_with("/")) u.remove_suffix(1);
    return u;
  };
  if (!(target.starts_with("https://") || target.starts_with("http://")) ||
      target.find(' ') != std::string_view::npos) {
    return false;
  }
  const std::string_view a = bare(trim(text));
  return !a.empty() && a == bare(target);
}

}  // namespace

Split split_front_matter(std::string_view text) {
  Split out;
  out.body = text;
  std::string_view rest = text;
  const std::size_t first_end = rest.find('\n');
  if (first_end == std::string_view::npos || trim(rest.substr(0, first_end)) != "---") return out;
  std::size_t pos = first_end + 1;
  std::map<std::string, std::string> fm;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(pos, end - pos);
    const std::string_view line = trim(raw);
    pos = end + 1;
    if (line == "---" || line == "...") {
      out.front_matter = std::move(fm);
      out.body = pos < text.size() ? text.substr(pos) : std::string_view();
      return out;
    }
    // Comments, list items and indented (nested) lines are not flat scalars.
    if (line.empty() || line.front() == '#' || line.front() == '-' || raw.front() == ' ' ||
        raw.front() == '\t') {
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    std::string key = ascii::lower(trim(line.substr(0, colon)));
    if (!fm.count(key)) fm[key] = unquote(line.substr(colon + 1));
  }
  return out;  // no closing line: not front matter after all
}

bool is_list_item(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return true;
  if (t.starts_with("\u2022 ")) return true;
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  return digits > 0 && digits < 4 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') &&
         t[digits + 1] == ' ';
}

bool is_structural_line(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  if (t.starts_with("```") || t.starts_with("~~~")) return true;
  bool rule = t.size() >= 3;
  for (char c : t) {
    if (c != '-' && c != '=' && c != '*' && c != '_' && c != ' ') rule = false;
  }
  if (rule) return true;
  if (t.front() == '[') {  // [ref]: url
    const std::size_t close = t.find("]:");
    if (close != std::string_view::npos && t.find(' ') > close) return true;
  }
  return false;
}

std::string line_to_text(std::string_view line, int* heading) {
  std::string_view t = trim(line);
  *heading = 0;
  while (!t.empty() && t.front() == '#') {
    ++*heading;
    t.remove_prefix(1);
  }
  if (*heading > 0 && !t.empty() && t.front() != ' ') {  // "#hashtag" is not a heading
    t = trim(line);
    *heading = 0;
  }
  t = trim(t);
  while (!t.empty() && t.front() == '>') t = trim(t.substr(1));
  if (t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') t = trim(t.substr(2));
  {
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits > 0 && digits < 4 && digits + 1 < t.size() && t[digits] == '.' && t[digits + 1] == ' ') {
      t = trim(t.substr(digits + 2));
    }
  }
  while (!t.empty() && t.back() == '#' && *heading > 0) t.remove_suffix(1);

  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '!' && i + 1 < t.size() && t[i + 1] == '[') {  // image: dropped whole
      const std::size_t close = t.find(']', i);
      if (close != std::string_view::npos && close + 1 < t.size() && t[close + 1] == '(') {
        const std::size_t paren = t.find(')', close);
        if (paren != std::string_view::npos) {
          i = paren;
          continue;
        }
      }
    }
    if (c == '[') {  // [text](url) or [text][ref] -> text
      const std::size_t close = t.find(']', i);
      if (close != std::string_view::npos && close + 1 < t.size() &&
          (t[close + 1] == '(' || t[close + 1] == '[')) {
        const char end_char = t[close + 1] == '(' ? ')' : ']';
        const std::size_t end = t.find(end_char, close + 2);
        if (end != std::string_view::npos) {
          // "[site.eu/path](https://site.eu/path)": a link that shows its own address is
          // the address, kept whole so the header can read it as the article's URL.
          const std::string_view text = t.substr(i + 1, close - i - 1);
          const std::string_view target = t.substr(close + 2, end - close - 2);
          if (end_char == ')' && shows_own_address(text, target)) {
            out.append(target);
            i = end;
            continue;
          }
          out.append(text);
          i = end;
          continue;
        }
      }
    }
    if (c == '*' || c == '`' || c == '~') continue;
    if (c == '_') {
      const bool inner = i > 0 && i + 1 < t.size() && is_word_char(t[i - 1]) && is_word_char(t[i + 1]);
      if (!inner) continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace news::markdown
