// CLI tests of the real binaries: output, JSON shape and exit status, as a user sees them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace news {
namespace {

using nlohmann::json;
using testing::CommandResult;
using testing::TempDir;
using testing::news_index_bin;
using testing::news_search_bin;
using testing::run;

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("one.txt",
                  "Harbour talks collapse\n\nMarch 3, 2022\n\n\"We walked away,\" Anna Berg "
                  "said after the harbour talks.\n");
    corpus_.write("two.txt", "Fishing fleet returns\n\nThe fishing fleet returned to the harbour.\n");
    db_ = (dir_.path() / "db").string();
  }

  CommandResult index() { return run({news_index_bin(), "--db", db_, corpus_.path().string()}); }
  CommandResult search(std::vector<std::string> args) {
    args.insert(args.begin(), {news_search_bin(), "--db", db_});
    return run(args);
  }

  TempDir corpus_, dir_;
  std::string db_;
};

TEST_F(Cli, IndexPrintsOneLineSummaryOnStderr) {
  const CommandResult r = index();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "news-index: 2 indexed, 0 updated, 0 unchanged, 0 removed, 0 skipped "
                   "(database " + db_ + ")\n");
}

TEST_F(Cli, SearchShowsRankedBlocksAndExitsZero) {
  ASSERT_EQ(index().exit_code, 0);
  const CommandResult r = search({"harbour", "talks"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string path = (corpus_.path() / "one.txt").string();
  EXPECT_NE(r.out.find("1. Harbour talks collapse\n   2022-03-03  ·  Anna Berg\n   " + path + "\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("two.txt"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no colour in a pipe: " << r.out;
  EXPECT_NE(r.out.find("Showing 1-1 of 1 article\n"), std::string::npos) << r.out;
}

TEST_F(Cli, ColorAlwaysHighlightsMatches) {
  ASSERT_EQ(index().exit_code, 0);
  const CommandResult r = search({"--color", "always", "fishing"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("\x1b[1;31mfishing\x1b[0m"), std::string::npos) << r.out;
}

TEST_F(Cli, NoHitsExitsOne) {
  ASSERT_EQ(index().exit_code, 0);
  const CommandResult r = search({"zebra"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("no articles match"), std::string::npos) << r.err;
}

TEST_F(Cli, LongQueryIsShortenedInMessages) {
  ASSERT_EQ(index().exit_code, 0);
  std::string query;
  for (int i = 0; i < 2000; ++i) query += "zebra" + std::to_string(i) + " ";
  const CommandResult r = search({query});
  EXPECT_EQ(r.exit_code, 1) << r.err.substr(0, 300);
  EXPECT_NE(r.err.find("no articles match 'zebra0 zebra1"), std::string::npos)
      << r.err.substr(0, 300);
  EXPECT_LT(r.err.size(), 1000u) << r.err.substr(0, 300);
}

TEST_F(Cli, MissingDatabaseExitsTwoAndNamesNewsIndex) {
  const CommandResult r = search({"anything"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no database at " + db_), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("news-index"), std::string::npos) << r.err;
}

TEST_F(Cli, DatabaseComesFromNewsDbThenXdgDataHome) {
  const std::string xdg = (dir_.path() / "xdg").string();
  CommandResult r = run({news_index_bin(), corpus_.path().string()}, {{"NEWS_DB", db_}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(run({news_search_bin(), "fishing"}, {{"NEWS_DB", db_}}).exit_code, 0);

  r = run({news_index_bin(), corpus_.path().string()}, {{"NEWS_DB", ""}, {"XDG_DATA_HOME", xdg}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(xdg + "/news-search/db"), std::string::npos) << r.err;
  EXPECT_EQ(run({news_search_bin(), "fishing"}, {{"NEWS_DB", ""}, {"XDG_DATA_HOME", xdg}}).exit_code,
            0);
}

TEST_F(Cli, JsonHasTheDocumentedShape) {
  ASSERT_EQ(index().exit_code, 0);
  const CommandResult r = search({"--json", "harbour"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json doc = json::parse(r.out);
  for (const char* key :
       {"version", "query", "total", "offset", "limit", "hits", "facets", "suggestion"}) {
    EXPECT_TRUE(doc.contains(key)) << key << " in " << r.out;
  }
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["query"], "harbour");
  EXPECT_EQ(doc["total"]["estimated"], 2);
  EXPECT_EQ(doc["total"]["exact"], true);
  EXPECT_EQ(doc["offset"], 0);
  EXPECT_EQ(doc["limit"], 10);
  EXPECT_TRUE(doc["suggestion"].is_null());
  ASSERT_EQ(doc["hits"].size(), 2u);
  for (const json& hit : doc["hits"]) {
    for (const char* key :
         {"rank", "path", "title", "date", "url", "speakers", "score", "snippet"}) {
      EXPECT_TRUE(hit.contains(key)) << key << " in " << hit.dump();
    }
  }
  const json& undated = doc["hits"][0]["title"] == "Fishing fleet returns" ? doc["hits"][0]
                                                                            : doc["hits"][1];
  EXPECT_TRUE(undated["date"].is_null());
  EXPECT_TRUE(undated["url"].is_null());
  EXPECT_EQ(undated["speakers"], json::array());
}

TEST_F(Cli, NoQueryListsEverythingNewestFirst) {
  ASSERT_EQ(index().exit_code, 0);
  const CommandResult r = search({"--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json doc = json::parse(r.out);
  ASSERT_EQ(doc["hits"].size(), 2u);
  EXPECT_EQ(doc["hits"][0]["date"], "2022-03-03");
  EXPECT_TRUE(doc["hits"][1]["date"].is_null());
}

TEST_F(Cli, HelpAndVersion) {
  for (const std::string& bin : {news_index_bin(), news_search_bin()}) {
    const CommandResult help = run({bin, "--help"});
    EXPECT_EQ(help.exit_code, 0) << bin;
    EXPECT_NE(help.out.find("Examples:"), std::string::npos) << bin << help.out;
    const CommandResult version = run({bin, "--version"});
    EXPECT_EQ(version.exit_code, 0) << bin;
    EXPECT_NE(version.out.find(" 0."), std::string::npos) << bin << version.out;
  }
}

TEST_F(Cli, BadOptionsExitTwo) {
  const struct {
    std::vector<std::string> argv;
    std::string message;
  } cases[] = {
      {{news_index_bin()}, "no folder given"},
      {{news_index_bin(), "--frobnicate", "x"}, "frobnicate"},
      {{news_search_bin(), "--db", "/nonexistent", "--sort", "sideways", "x"}, "--sort"},
      {{news_search_bin(), "--db", "/nonexistent", "--color", "pink", "x"}, "--color"},
      {{news_search_bin(), "--limit", "many"}, "limit"},
  };
  for (const auto& c : cases) {
    const CommandResult r = run(c.argv);
    EXPECT_EQ(r.exit_code, 2) << c.argv.back();
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.argv.back() << ": " << r.err;
  }
}

}  // namespace
}  // namespace news
