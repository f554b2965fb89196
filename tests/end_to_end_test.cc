// End to end through the library: small articles written here, indexed with the real code,
// then a table of query -> expected articles.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "news/index_writer.h"
#include "news/searcher.h"
#include "test_util.h"

namespace news {
namespace {

using testing::TempDir;

class EndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("a.txt",
                  "Talks on security guarantees stall\n\nDecember 17, 2021\n\n"
                  "The security guarantees demanded by Moscow were rejected. \"We will not "
                  "yield,\" Jens Stoltenberg said on Friday.\n");
    corpus_.write("b.txt",
                  "Guarantees and security in Europe\n\nJanuary 9, 2022\n\n"
                  "Guarantees were discussed at length. Later the talk turned to security. "
                  "\"No,\" Sergei Ryabkov said.\n");
    corpus_.write("sub/c.md", "# Fishing quotas agreed\n\nThe fishing fleet welcomed quotas.\n");
    corpus_.write("d.html",
                  "<html><head><title>Harbour reopens | Coast News</title>"
                  "<script>var tracking = 1;</script></head><body><nav>Home Menu</nav>"
                  "<h1>Harbour reopens</h1><p>The harbour reopened on Monday.</p></body></html>");
    options_.db_path = db_.path() / "db";
    const IndexStats stats = index_paths({corpus_.path()}, options_);
    ASSERT_EQ(stats.indexed, 4u);
  }

  std::set<std::string> names_for(const std::string& query) {
    Searcher searcher(options_.db_path);
    SearchRequest request;
    request.query = query;
    request.limit = 100;
    return testing::file_names(searcher.search(request).hits);
  }

  TempDir corpus_, db_;
  IndexOptions options_;
};

TEST_F(EndToEnd, QueryTable) {
  const struct {
    std::string query;
    std::set<std::string> expected;
  } cases[] = {
      {"security guarantees", {"a.txt", "b.txt"}},
      {"\"security guarantees\"", {"a.txt"}},
      {"guarantee", {"a.txt", "b.txt"}},  // stemming
      {"fishing OR harbour", {"c.md", "d.html"}},
      {"security NOT europe", {"a.txt"}},
      {"will not yield", {"a.txt"}},  // lower-case "not" is a word, not an operator
      {"title:harbour", {"d.html"}},
      {"tracking", {}},  // script content is not text
      {"menu", {}},      // navigation is not text
      {"speaker:stoltenberg", {"a.txt"}},
      {"speaker:\"Sergei Ryabkov\"", {"b.txt"}},
      {"date:2021-12", {"a.txt"}},
      {"date:2022", {"b.txt"}},
      {"date:2021-12-01..2022-01-31", {"a.txt", "b.txt"}},
      {"date:..2021-12-31", {"a.txt"}},
      {"zebra", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names_for(c.query), c.expected) << "query: " << c.query;
  }
}

TEST_F(EndToEnd, NoQueryListsEveryArticleNewestFirst) {
  Searcher searcher(options_.db_path);
  const SearchResult result = searcher.search(SearchRequest{});
  ASSERT_EQ(result.hits.size(), 4u);
  EXPECT_EQ(result.hits[0].date, "2022-01-09");
  EXPECT_EQ(result.hits[1].date, "2021-12-17");
  EXPECT_TRUE(result.total_exact);
}

TEST_F(EndToEnd, PhraseRanksAboveScatteredWords) {
  Searcher searcher(options_.db_path);
  SearchRequest request;
  request.query = "security guarantees";
  const SearchResult result = searcher.search(request);
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(std::filesystem::path(result.hits[0].path).filename(), "a.txt");
}

TEST_F(EndToEnd, HitsCarryMetadataAndHighlightedSnippet) {
  Searcher searcher(options_.db_path);
  SearchRequest request;
  request.query = "\"security guarantees\"";
  const SearchResult result = searcher.search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  const Hit& hit = result.hits[0];
  EXPECT_EQ(hit.title, "Talks on security guarantees stall");
  EXPECT_EQ(hit.date, "2021-12-17");
  EXPECT_EQ(hit.speakers, std::vector<std::string>{"Jens Stoltenberg"});
  EXPECT_TRUE(std::filesystem::path(hit.path).is_absolute());
  ASSERT_FALSE(hit.highlights.empty());
  const Highlight& h = hit.highlights[0];
  EXPECT_EQ(hit.snippet.substr(h.begin, h.end - h.begin), "security guarantees");
}

TEST_F(EndToEnd, ReindexingUnchangedFolderChangesNothing) {
  const IndexStats again = index_paths({corpus_.path()}, options_);
  EXPECT_EQ(again.indexed, 0u);
  EXPECT_EQ(again.unchanged, 4u);
  EXPECT_EQ(again.removed, 0u);
}

TEST_F(EndToEnd, DeletedFileIsRemoved) {
  std::filesystem::remove(corpus_.path() / "a.txt");
  const IndexStats again = index_paths({corpus_.path()}, options_);
  EXPECT_EQ(again.removed, 1u);
  EXPECT_EQ(names_for("security"), std::set<std::string>{"b.txt"});
}

}  // namespace
}  // namespace news
