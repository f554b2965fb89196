#include "boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "ascii.h"
#include "folding.h"

namespace news::boilerplate {

namespace {

using ascii::count_words;
using ascii::trim;

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// Decodes one entity at the start of `s` ("&amp;", "&#8217;", "&#x2019;"); returns the
// number of bytes consumed, 0 when it is not an entity.
std::size_t decode_entity(std::string_view s, std::string& out) {
  const std::size_t semi = s.substr(0, 12).find(';');
  if (semi == std::string_view::npos || semi > 10 || semi < 3) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  if (name[0] == '#') {
    std::uint32_t cp = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    for (char c : name.substr(hex ? 2 : 1)) {
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    append_code_point(out, cp == 0xA0 ? U' ' : static_cast<char32_t>(cp));
    return semi + 1;
  }
  struct Named {
    std::string_view name;
    std::string_view text;
  };
  static constexpr std::array<Named, 12> kNamed = {{{"amp", "&"},
                                                    {"quot", "\""},
                                                    {"apos", "'"},
                                                    {"lt", "<"},
                                                    {"gt", ">"},
                                                    {"nbsp", " "},
                                                    {"rsquo", "\u2019"},
                                                    {"lsquo", "\u2018"},
                                                    {"rdquo", "\u201d"},
                                                    {"ldquo", "\u201c"},
                                                    {"mdash", "\u2014"},
                                                    {"ndash", "\u2013"}}};
  for (const Named& n : kNamed) {
    if (n.name == name) {
      out += n.text;
      return semi + 1;
    }
  }
  return 0;
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (s.starts_with(p)) return true;
  }
  return false;
}

bool equals_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s == w) return true;
  }
  return false;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (contains(s, n)) return true;
  }
  return false;
}

// Picture agencies and libraries whose names end credit lines.
bool is_picture_source(std::string_view w) {
  return equals_any(w, {"pixabay", "unsplash", "pexels", "shutterstock", "getty", "getty images",
                        "alamy", "istock", "istockphoto", "reuters", "ap", "afp", "epa",
                        "afp via getty images", "ap photo", "pa", "pa media", "pa wire",
                        "wikimedia commons", "wikimedia", "flickr", "tass", "sputnik", "ria novosti",
                        "anadolu", "xinhua", "bloomberg", "zuma", "sipa", "dpa", "ansa", "efe",
                        "depositphotos", "dreamstime", "creative commons", "public domain",
                        "handout", "supplied", "file photo", "file"});
}

}  // namespace

std::string normalized(std::string_view line) {
  std::string out = ascii::lower(trim(line));
  while (!out.empty() && (out.back() == '.' || out.back() == ':' || out.back() == '!' ||
                          out.back() == '>' || out.back() == ' ' || out.back() == '|')) {
    out.pop_back();
  }
  return out;
}

std::string strip_markup(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  // A broken comment: everything up to "-->" on a line that opens with "!--" or "<!--".
  std::string_view t = trim(line);
  if (t.starts_with("!--") || t.starts_with("<!--")) {
    const std::size_t close = t.find("-->");
    if (close == std::string_view::npos) return {};
    line = t.substr(close + 3);
  } else if (const std::size_t close = t.find("-->"); close != std::string_view::npos &&
                                                      t.find("<!--") == std::string_view::npos) {
    line = t.substr(close + 3);  // the tail of a comment opened on an earlier line
  }
  // Where the next '>' is, found once per stretch so a line full of '<' stays linear.
  std::size_t next_close = 0;
  bool close_known = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '<') {
      if (line.substr(i, 4) == "<!--") {
        const std::size_t close = line.find("-->", i + 4);
        if (close == std::string_view::npos) break;
        i = close + 2;
        continue;
      }
      if (!close_known || (next_close != std::string_view::npos && next_close <= i)) {
        next_close = line.find('>', i + 1);
        close_known = true;
      }
      // A tag: "<" then a letter, "/" or "!", up to the next ">" on this line.
      const char next = i + 1 < line.size() ? line[i + 1] : '\0';
      const bool tagish = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                          next == '/' || next == '!';
      if (tagish && next_close != std::string_view::npos) {
        i = next_close;
        continue;
      }
    } else if (c == '&') {
      if (const std::size_t used = decode_entity(line.substr(i), out)) {
        i += used - 1;
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

namespace {

// A site's menu or breadcrumb trail: three or more short items between " | " or " / "
// ("Markets | Business | Retail", "Home / Security / China"), or two or more between " > "
// ("Home > Deals > M&A", "Home \u00BB Sport", "News \u203A Politics"). A headline with one "|",
// "/" or ">" is not one.
bool is_menu(std::string_view s) {
  for (std::string_view sep : {std::string_view(" | "), std::string_view(" / "), std::string_view(" > "),
                               std::string_view(" \u00BB "), std::string_view(" \u203A ")}) {
    const std::vector<std::string_view> items = split_items(s, sep);
    const bool short_items = std::all_of(items.begin(), items.end(), [](std::string_view item) {
      const std::size_t n = count_words(item);
      return n >= 1 && n <= 3;
    });
    if (short_items && items.size() >= (sep == " | " || sep == " / " ? 3u : 2u)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string_view> split_items(std::string_view line, std::string_view sep) {
  std::vector<std::string_view> items;
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t end = line.find(sep, start);
    if (end == std::string_view::npos) end = line.size();
    items.push_back(line.substr(start, end - start));
    start = end + sep.size();
  }
  return items;
}

bool is_debris(std::string_view line) {
  const std::string s = normalized(line);
  if (s.empty()) return false;
  // A tracking script pasted as text: "window.dataLayer = window.dataLayer || []; function
  // gtag(){dataLayer.push(arguments);}". Prose has no braces with semicolons, nor these calls.
  if ((line.find(';') != std::string_view::npos &&
       (line.find('{') != std::string_view::npos || line.find("()") != std::string_view::npos)) ||
      contains_any(s, {"window.datalayer", "gtag(", "document.write(", "document.getelementby"})) {
    return true;
  }
  // "Skip to main content | Subscribe | Sign in": links set apart by " | " or " · ", each
  // of them debris on its own line.
  for (std::string_view sep : {std::string_view(" | "), std::string_view(" \u00B7 ")}) {
    if (line.find(sep) == std::string_view::npos) continue;
    std::size_t start = 0;
    bool all = true;
    while (all && start <= line.size()) {
      std::size_t end = line.find(sep, start);
      if (end == std::string_view::npos) end = line.size();
      const std::string_view item = line.substr(start, end - start);
      all = item.find(" | ") == std::string_view::npos && item.find(" \u00B7 ") == std::string_view::npos &&
            is_debris(item);
      start = end + sep.size();
    }
    if (all) return true;
  }
  // A rule or separator: "-----", "* * *", "=====" (ASCII with no letter or digit).
  if (std::all_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x80 && !std::isalnum(u);
      })) {
    return true;
  }
  const std::size_t words = count_words(s);
  // Prompts and labels that are the whole line.
  if (equals_any(s, {"leave a comment", "leave a reply", "post a comment", "add a comment",
                     "no comments", "comments", "view comments", "show comments", "comment",
                     "back to top", "back to top button", "to top", "scroll to top",
                     "related articles", "related article", "related stories", "related posts",
                     "related news", "related", "related content", "more stories", "more news",
                     "you may also like", "recommended", "read more", "read next", "see also",
                     "advertisement", "advertising", "sponsored", "sponsored content", "share",
                     "share this", "share this article", "share this story", "share this post",
                     "share on facebook", "share on twitter", "tweet", "email", "print",
                     "copy link", "facebook", "twitter", "whatsapp", "linkedin", "subscribe",
                     "sign up", "log in", "login", "register", "menu", "search", "skip to content",
                     "sign in", "sign out", "log out", "logout", "my account", "account",
                     "skip to navigation", "skip to search", "accessibility",
                     "skip to main content", "continue reading", "click to share", "follow us",
                     "most read", "most popular", "trending", "top stories", "newsletter",
                     "cookie settings", "accept cookies", "accept", "close"})) {
    return true;
  }
  // "12 comments", "Comments (3)", "Facebook Twitter WhatsApp Email".
  if (words <= 3 && (s.ends_with(" comments") || s.starts_with("comments ("))) return true;
  if (words <= 8 && contains(s, "facebook") && (contains(s, "twitter") || contains(s, "email") ||
                                                contains(s, "whatsapp") || contains(s, "linkedin"))) {
    return true;
  }
  // Labelled lines.
  if (starts_with_any(s, {"related article:", "related articles:", "related:", "related story:",
                          "read more:", "read also:", "also read:", "see also:", "read next:",
                          "more:", "tags:", "tagged:", "filed under", "posted in", "categories:",
                          "category:", "topics:", "original url", "original article", "source url",
                          "share this article", "share this story", "advertisement"})) {
    return true;
  }
  // Comment policies: nothing else is worded like them.
  if (contains_any(s, {"uses akismet", "comment data is processed",
                       "email address will not be published", "required fields are marked",
                       "comments are moderated", "be the first to comment"})) {
    return true;
  }
  // Cookie, newsletter, copyright and app prompts; a long line that merely mentions such
  // words is article text.
  if (words <= 25 &&
      contains_any(s, {"we use cookies", "uses cookies", "use of cookies", "cookie policy",
                       "cookies policy", "cookie settings", "all rights reserved",
                       "sign up for our", "sign up to our", "sign up for the", "subscribe to our",
                       "subscribe now", "follow us on", "click here to", "comment policy",
                       "to post a comment", "this content is not available", "enable javascript",
                       "javascript is disabled", "download our app", "privacy policy",
                       "terms of use", "terms of service", "terms and conditions"})) {
    return true;
  }
  if (words <= 10 && contains(s, "newsletter")) return true;
  // "Sign up to the Iberian Dispatch morning briefing – ...", "Follow Starline on Google
  // News": sign-up and follow prompts that name the site or the briefing.
  if (words <= 25 && (s.starts_with("sign up to ") || s.starts_with("sign up for ")) &&
      contains_any(s, {"briefing", "bulletin", "alerts", "email", "e-mail", "digest", "newsletter", "updates"})) {
    return true;
  }
  if (words <= 8 && s.starts_with("follow ") &&
      contains_any(s, {" on google news", " on twitter", " on x", " on facebook", " on instagram",
                       " on whatsapp", " on telegram", " on linkedin", " on threads", " on bluesky"})) {
    return true;
  }
  // A newsletter's e-mail chrome: "View this email in your browser", "Forwarded this email?
  // Subscribe here.", "Unsubscribe | Update your preferences".
  if (words <= 12 &&
      contains_any(s, {"this email in your browser", "this email in a browser", "view in browser",
                       "view in your browser", "view it in your browser", "view this email online",
                       "view the web version", "view as a web page", "view as a webpage",
                       "view online version", "open in browser", "read it in your browser",
                       "trouble viewing this email", "email not displaying correctly",
                       "forwarded this email", "this email was forwarded", "was this forwarded to you",
                       "forwarded to you by a friend", "subscribe here", "unsubscribe",
                       "update your preferences", "manage your preferences", "manage preferences",
                       "update preferences", "email preferences", "add us to your address book",
                       "receiving this email", "received this email", "this email was sent to",
                       "stop receiving these emails"})) {
    return true;
  }
  // Audio and reading-time labels: "Listen to this article", "5 min read", "Reading time: 4
  // minutes".
  if (words <= 6 && (s.starts_with("listen to this article") || s.starts_with("listen to article") ||
                     s.ends_with(" min read") || s.ends_with(" minute read") || s.ends_with(" mins read") ||
                     s.starts_with("reading time") || s.starts_with("estimated reading time"))) {
    return true;
  }
  // A sponsor's line: "Presented by Acme Bank", "In partnership with X".
  if (words <= 8 && starts_with_any(s, {"presented by ", "sponsored by ", "in partnership with ",
                                        "brought to you by ", "supported by ", "powered by "})) {
    return true;
  }
  if (is_menu(s)) return true;
  if (s.starts_with("\u00a9") || s.starts_with("(c) ") || s.starts_with("copyright ")) return true;
  return false;
}

bool is_photo_credit(std::string_view line) {
  const std::string s = normalized(line);
  if (s.empty() || count_words(s) > 25) return false;
  if (starts_with_any(s, {"photo:", "photo credit", "photos:", "photograph:", "photo by ",
                          "image:", "image source", "image credit", "image by ", "images:",
                          "picture:", "pictures:", "picture credit", "credit:", "credits:",
                          "illustration:", "(photo", "(image", "(picture", "[photo", "[image",
                          "file photo", "main image:", "top image:", "video:", "caption:",
                          "photo illustration", "graphic:"})) {
    return true;
  }
  if (contains_any(s, {"(image:", "(photo:", "(picture:", "(credit:", "photo credit:", "image source:",
                       "image credit:"})) {
    return true;
  }
  // "... kazac-maksim / pixabay", "... | Reuters", "Name/AP": a short line ending in a
  // picture source after a slash or a bar.
  const std::size_t cut = s.find_last_of("/|");
  if (cut != std::string::npos) {
    std::string_view tail = trim(std::string_view(s).substr(cut + 1));
    if (is_picture_source(tail)) return true;
  }
  // "Photo: ..." may also end a caption sentence: "Leaders arrive. Photo: X/AP".
  if (contains_any(s, {". photo:", ". image:", ". credit:", ". picture:"})) return true;
  return false;
}

bool is_caption_like(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return false;
  const char last = t.back();
  if (last == '.' || last == '"' || last == '?' || last == '!') return false;
  if (t.size() >= 3 && (t.ends_with("\u201d") || t.ends_with("\u2019"))) return false;
  return count_words(t) <= 14;
}

bool publisher_label(std::string_view line, std::string* publisher) {
  const std::string_view t = trim(line);
  std::string s(t.substr(0, 8));
  for (auto& c : s) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  for (std::string_view label : {"source:", "via:"}) {
    if (!s.starts_with(label)) continue;
    std::string_view rest = trim(t.substr(label.size()));
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ';')) rest.remove_suffix(1);
    if (rest.empty() || count_words(rest) > 5 || rest.find("://") != std::string_view::npos ||
        rest.starts_with("www.")) {
      return false;
    }
    *publisher = std::string(rest);
    return true;
  }
  return false;
}

bool url_label(std::string_view line, std::string* value) {
  const std::string_view t = trim(line);
  const std::string s = normalized(t.substr(0, 24));
  for (std::string_view label : {"original url:", "original url", "url:", "source url:", "source:",
                                 "original article:", "originally published at", "link:"}) {
    if (!s.starts_with(label)) continue;
    std::string_view rest = trim(t.substr(std::min(label.size(), t.size())));
    if (rest.starts_with(":")) rest = trim(rest.substr(1));
    if (!rest.empty() && !rest.starts_with("http://") && !rest.starts_with("https://") &&
        !rest.starts_with("www.")) {
      if (label == "source:") return false;  // "Source: Reuters" names a publisher, not a URL
      if (label.starts_with("original")) {  // "Original url: n/a": still a label
        *value = "";
        return true;
      }
      return false;
    }
    const std::size_t space = rest.find_first_of(" \t");
    *value = std::string(rest.substr(0, space));
    return true;
  }
  return false;
}

}  // namespace news::boilerplate
