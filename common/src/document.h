// Article <-> Xapian::Document, following the schema table. Private to common/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "news/article.h"

namespace news {

// What each document stores for results: the document data, decoded.
struct StoredArticle {
  std::string path;
  std::string title;
  std::optional<std::string> date;
  std::optional<std::string> url;
  std::string source;
  std::vector<std::string> speakers;
  std::string text;  // the clean body, for snippets
};

// Where a document came from, for change detection on the next run.
struct FileIdentity {
  std::string path;         // absolute
  std::string fingerprint;  // "size:mtime_ns"
  std::string content_hash;
};

// Builds the document for `article`. `termgen` carries the stemmer and flags; its document
// is replaced.
Xapian::Document make_document(const Article& article, const FileIdentity& file,
                               Xapian::TermGenerator& termgen);

// Decodes a document's data. Throws news::Error(kDatabaseCorrupt) on malformed data.
StoredArticle read_stored(const Xapian::Document& doc);

// The host part of a URL, lower case, without "www." ("https://www.x.com/a" -> "x.com").
std::string host_of(std::string_view url);

}  // namespace news
