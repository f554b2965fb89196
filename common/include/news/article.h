// Turning one article file into clean text and metadata. No Xapian here: everything is a
// pure function of the file's bytes (and its path, for the format), so it can be tested
// table-driven and fuzzed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news {

enum class Format { kText, kHtml, kMarkdown };

// The format an article file is read as, from its extension (case-insensitive):
// .txt, .text -> text; .html, .htm, .xhtml -> HTML; .md, .markdown -> Markdown.
// Anything else is not an article file: std::nullopt.
std::optional<Format> format_for_path(const std::filesystem::path& path);

struct Article {
  std::string title;                // never empty for a parsed article
  std::optional<std::string> date;  // publication date "YYYY-MM-DD"; nullopt when undated
  std::string url;                  // canonical URL, empty when unknown
  std::string source;               // publisher or host name, empty when unknown
  std::string body;                 // clean text, paragraphs separated by a blank line
  std::vector<std::string> speakers;  // named people quoted, fullest form in this article
};

// Parses an article from its raw bytes. Decodes UTF-8 (with or without BOM) or, when the
// bytes are not valid UTF-8, Windows-1252; normalises line ends; removes markup and web
// debris; extracts the metadata. Throws news::Error(kNotAnArticle) for empty or binary input.
Article parse_article(std::string_view bytes, Format format);

// Reads the whole file at `path`. Throws news::Error: kIo when it cannot be read,
// kNotAnArticle when it is larger than `max_size` bytes.
std::string read_file_bytes(const std::filesystem::path& path, std::uintmax_t max_size);

// Reads and parses the file at `path`. Throws news::Error: kIo when it cannot be read,
// kNotAnArticle when it is not an article or is larger than `max_size` bytes.
Article read_article(const std::filesystem::path& path, std::uintmax_t max_size);

}  // namespace news
