#include "news/article.h"

#include <algorithm>
#include <cctype>
#include <fstream>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "news/dates.h"
#include "news/error.h"
#include "news/speakers.h"
#include "news/text.h"

namespace news {

namespace {

std::string lower_ascii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

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

void check_is_text(std::string_view bytes) {
  if (trim(bytes).empty()) throw Error(ErrorCode::kNotAnArticle, "empty file");
  if (bytes.find('\0') != std::string_view::npos) {
    throw Error(ErrorCode::kNotAnArticle, "binary file (contains NUL bytes)");
  }
}

// ---- HTML -------------------------------------------------------------------------------

bool is_dropped_element(std::string_view name) {
  static constexpr std::string_view kDropped[] = {"script", "style",  "nav",      "header",
                                                  "footer", "aside",  "form",     "noscript",
                                                  "iframe", "svg",    "template", "button"};
  return std::find(std::begin(kDropped), std::end(kDropped), name) != std::end(kDropped);
}

bool is_block_element(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div", "br", "h1",  "h2",      "h3",         "h4",      "h5",     "h6", "li",
      "ul", "ol",  "tr", "article", "section", "blockquote", "figure", "figcaption", "pre",
      "table", "main", "title"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return std::string(trim(s));
}

struct HtmlParts {
  std::string title;
  std::string h1;
  std::string date;
  std::string url;
  std::string site_name;
  std::string body;
};

std::string attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

void walk_html(xmlNode* node, HtmlParts& parts, int depth) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) parts.body += reinterpret_cast<const char*>(n->content);
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;  // comments and the rest
    const std::string name = lower_ascii(reinterpret_cast<const char*>(n->name));
    if (name == "title") {
      if (parts.title.empty()) parts.title = node_text(n);
      continue;
    }
    if (name == "meta") {
      const std::string key = lower_ascii(attr(n, "property") + attr(n, "name") +
                                          attr(n, "itemprop"));
      const std::string content = attr(n, "content");
      if (key == "article:published_time" || key == "datepublished" || key == "date" ||
          key == "pubdate") {
        if (parts.date.empty()) parts.date = content;
      } else if (key == "og:url") {
        if (parts.url.empty()) parts.url = content;
      } else if (key == "og:site_name") {
        parts.site_name = content;
      }
      continue;
    }
    if (name == "link" && lower_ascii(attr(n, "rel")) == "canonical") {
      parts.url = attr(n, "href");
      continue;
    }
    if (name == "time" && parts.date.empty()) parts.date = attr(n, "datetime");
    if (is_dropped_element(name)) continue;
    if (name == "h1" && parts.h1.empty()) parts.h1 = node_text(n);
    const bool block = is_block_element(name);
    if (block) parts.body += "\n\n";
    // Deeply nested documents are flattened past this depth rather than recursed into.
    if (depth < 512) walk_html(n->children, parts, depth + 1);
    if (block) parts.body += "\n\n";
  }
}

// Collapses runs of white space inside lines and runs of blank lines to one blank line.
std::string tidy_paragraphs(std::string_view text) {
  std::string out;
  for (std::string_view line : split_lines(text)) {
    std::string collapsed;
    bool space = false;
    for (char c : trim(line)) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        space = true;
      } else {
        if (space && !collapsed.empty()) collapsed.push_back(' ');
        collapsed.push_back(c);
        space = false;
      }
    }
    if (collapsed.empty()) {
      if (!out.empty() && !out.ends_with("\n\n")) out += "\n";
    } else {
      if (!out.empty() && !out.ends_with("\n")) out += "\n";
      out += collapsed;
      out += "\n";
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

Article parse_html(const std::string& utf8) {
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
  if (!doc) throw Error(ErrorCode::kNotAnArticle, "HTML could not be parsed");
  HtmlParts parts;
  walk_html(xmlDocGetRootElement(doc), parts, 0);
  xmlFreeDoc(doc);

  Article a;
  a.body = tidy_paragraphs(parts.body);
  a.title = !parts.h1.empty() ? parts.h1 : parts.title;
  if (const auto bar = a.title.find(" | "); bar != std::string::npos) a.title.resize(bar);
  a.url = parts.url;
  a.source = parts.site_name;
  if (!parts.date.empty()) a.date = parse_date(parts.date);
  return a;
}

// ---- plain text and Markdown ------------------------------------------------------------

Article parse_plain(const std::string& utf8) {
  Article a;
  const auto lines = split_lines(utf8);
  std::string body;
  bool url_next = false;
  std::size_t seen = 0;
  for (std::string_view raw : lines) {
    const std::string_view line = trim(raw);
    if (line.empty()) continue;
    ++seen;
    if (url_next) {
      a.url = std::string(line);
      url_next = false;
      continue;
    }
    const std::string lower = lower_ascii(std::string(line.substr(0, 16)));
    if (lower.starts_with("original url:") || lower.starts_with("source:")) {
      const std::string_view rest = trim(line.substr(line.find(':') + 1));
      if (rest.empty()) {
        url_next = true;
      } else {
        a.url = std::string(rest);
      }
      continue;
    }
    if (!a.date && seen <= 8) {
      if (auto d = parse_date(line)) {
        a.date = d;
        continue;
      }
    }
    if (a.title.empty()) {
      a.title = std::string(line);
      continue;
    }
    body.append(line).append("\n\n");
  }
  a.body = tidy_paragraphs(body);
  if (!a.date && !a.url.empty()) a.date = date_from_url(a.url);
  return a;
}

}  // namespace

std::optional<Format> format_for_path(const std::filesystem::path& path) {
  const std::string ext = lower_ascii(path.extension().string());
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".md" || ext == ".markdown") return Format::kMarkdown;
  return std::nullopt;
}

Article parse_article(std::string_view bytes, Format format) {
  check_is_text(bytes);
  const std::string utf8 = normalize_newlines(to_utf8(bytes));
  Article a = format == Format::kHtml ? parse_html(utf8) : parse_plain(utf8);
  if (a.title.empty()) {
    const auto first_break = a.body.find('\n');
    a.title = a.body.substr(0, first_break);
  }
  if (a.title.empty()) throw Error(ErrorCode::kNotAnArticle, "no text");
  a.speakers = find_speakers(a.body);
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
