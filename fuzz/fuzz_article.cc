// libFuzzer target: article reading and extraction. Every input is parsed as text, HTML and
// Markdown, and each article that parses is turned into a Xapian document, as the indexer
// does. A news::Error is an answer (not an article); anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <xapian.h>

#include "document.h"
#include "news/article.h"
#include "news/dates.h"
#include "news/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static Xapian::TermGenerator termgen = [] {
    Xapian::TermGenerator t;
    t.set_stemmer(Xapian::Stem("english"));
    return t;
  }();
  for (const news::Format format : {news::Format::kText, news::Format::kHtml,
                                    news::Format::kMarkdown}) {
    try {
      const news::Article article = news::parse_article(bytes, format);
      news::make_document(article, news::FileIdentity{"/fuzz/input.txt", "1:1", "0"}, termgen);
    } catch (const news::Error&) {
      // Not an article: the indexer reports and skips it.
    }
  }
  news::find_date(bytes);
  news::date_from_url(bytes);
  return 0;
}
