// news-search as a user runs it: options, text and JSON output (docs/json.md), stderr
// notices and exit status, on small articles written here and indexed with news-index.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "json_hits.h"
#include "test_util.h"

namespace news {
namespace {

using nlohmann::json;
using testing::CommandResult;
using testing::hit_names;
using testing::TempDir;

class SearchCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new TempDir;
    dir_ = new TempDir;
    corpus_->write("talks.txt",
                   "Talks on security guarantees stall\n\nDecember 17, 2021\n\n"
                   "Über alles: the security guarantees demanded by Moscow were rejected. "
                   "\"We will not yield,\" Jens Stoltenberg said. NATO met again.\n");
    corpus_->write("apart.txt",
                   "Guarantees and weather\n\nJanuary 9, 2022\n\n"
                   "Guarantees were discussed at length. Much later, after trade, fishing and "
                   "the weather, the talk turned to security. \"No,\" Sergei Ryabkov said.\n");
    corpus_->write(
        "states.txt",
        "Envoy lands\n\nFebruary 2, 2022\n\nThe United States sent an envoy to Kyiv on Monday.\n");
    corpus_->write("coach.txt",
                   "Coach praises young squad\n\n\"They were brilliant,\" Jürgen Klopp said.\n");
    const CommandResult r =
        testing::run({testing::news_index_bin(), "--db", db(), corpus_->path().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete corpus_;
    delete dir_;
  }

  static std::string db() { return (dir_->path() / "db").string(); }
  static std::string path_of(const std::string& name) { return (corpus_->path() / name).string(); }

  static CommandResult search(std::vector<std::string> args,
                              std::map<std::string, std::string> env = {}) {
    args.insert(args.begin(), {testing::news_search_bin(), "--db", db()});
    env.emplace("XDG_CACHE_HOME", (dir_->path() / "cache").string());
    return testing::run(args, env);
  }

  static json search_json(std::vector<std::string> args) {
    args.insert(args.begin(), "--json");
    const CommandResult r = search(args);
    EXPECT_NE(r.exit_code, 2) << r.err;
    return json::parse(r.out);
  }

  static TempDir* corpus_;
  static TempDir* dir_;
};

TempDir* SearchCli::corpus_ = nullptr;
TempDir* SearchCli::dir_ = nullptr;

TEST_F(SearchCli, JsonHasEveryDocumentedKey) {
  const json doc = search_json({"security", "guarantees"});
  for (const char* key :
       {"version", "query", "filters", "sort", "total", "offset", "limit", "matched_any_word",
        "hits", "facets", "suggestion", "notices", "parsed_query"}) {
    EXPECT_TRUE(doc.contains(key)) << key << " in " << doc.dump();
  }
  EXPECT_EQ(doc["version"], 1);
  for (const char* key : {"speakers", "sources", "since", "until", "like"}) {
    EXPECT_TRUE(doc["filters"].contains(key)) << "filters." << key;
  }
  for (const char* key : {"estimated", "exact", "lower", "upper"}) {
    EXPECT_TRUE(doc["total"].contains(key)) << "total." << key;
  }
  for (const char* key : {"speaker", "speaker_values", "date", "date_granularity", "exact"}) {
    EXPECT_TRUE(doc["facets"].contains(key)) << "facets." << key;
  }
  ASSERT_EQ(doc["hits"].size(), 2u);
  for (const json& hit : doc["hits"]) {
    for (const char* key : {"rank", "path", "title", "date", "url", "source", "speakers", "score",
                            "snippet", "highlights", "explanation"}) {
      EXPECT_TRUE(hit.contains(key)) << key << " in " << hit.dump();
    }
  }
  EXPECT_EQ(doc["sort"], "relevance");
  EXPECT_EQ(doc["total"]["lower"], 2);
  EXPECT_EQ(doc["total"]["upper"], 2);
  EXPECT_EQ(doc["facets"]["date_granularity"], "month");
  EXPECT_EQ(doc["facets"]["exact"], true);
  EXPECT_TRUE(doc["parsed_query"].is_null());
  EXPECT_EQ(hit_names(doc), (std::vector<std::string>{"talks.txt", "apart.txt"})) << "proximity";
}

TEST_F(SearchCli, HighlightSpansCountCodePoints) {
  const json doc = search_json({"\"security guarantees\""});
  ASSERT_EQ(doc["hits"].size(), 1u);
  const json& hit = doc["hits"][0];
  const std::string snippet = hit["snippet"];
  ASSERT_NE(snippet.find("Über"), std::string::npos) << snippet;  // a 2-byte character first
  ASSERT_FALSE(hit["highlights"].empty());
  const std::size_t begin = hit["highlights"][0][0], end = hit["highlights"][0][1];
  // Convert code point offsets to bytes to check the span.
  const auto byte_of = [&](std::size_t cp) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < snippet.size(); ++i) {
      if ((static_cast<unsigned char>(snippet[i]) & 0xC0) == 0x80) continue;
      if (n++ == cp) return i;
    }
    return snippet.size();
  };
  EXPECT_EQ(snippet.substr(byte_of(begin), byte_of(end) - byte_of(begin)), "security guarantees")
      << hit.dump();
}

TEST_F(SearchCli, OptionsFilterAndCombineWithQueries) {
  const struct {
    std::vector<std::string> args;
    std::vector<std::string> expected;  // in order
  } cases[] = {
      {{"--speaker", "stoltenberg"}, {"talks.txt"}},
      {{"--speaker", "stoltenberg", "--speaker", "Ryabkov", "--sort", "oldest"},
       {"talks.txt", "apart.txt"}},
      {{"--speaker", "klöpp"}, {"coach.txt"}},
      {{"--since", "2022"}, {"states.txt", "apart.txt"}},
      {{"--until", "2021-12-31"}, {"talks.txt"}},
      {{"--since", "2021-12", "--until", "2022-01", "guarantees", "--sort", "newest"},
       {"apart.txt", "talks.txt"}},
      {{"--source", "nowhere"}, {}},
      {{"--sort", "newest"}, {"states.txt", "apart.txt", "talks.txt", "coach.txt"}},
      {{"--sort", "oldest"}, {"talks.txt", "apart.txt", "states.txt", "coach.txt"}},
      {{"--sort", "oldest", "--limit", "1", "--offset", "1"}, {"apart.txt"}},
      {{"jurgen"}, {"coach.txt"}},
      {{"date:2021-12-01..2022-01-31", "--sort", "oldest"}, {"talks.txt", "apart.txt"}},
  };
  for (const auto& c : cases) {
    std::string label;
    for (const auto& a : c.args) label += a + " ";
    EXPECT_EQ(hit_names(search_json(c.args)), c.expected) << label;
  }
}

TEST_F(SearchCli, BadOptionValuesExitTwoWithAMessage) {
  const std::vector<std::vector<std::string>> cases = {
      {"--since", "2022-02-30"}, {"--until", "tomorrow"},         {"--sort", "random"},
      {"--date-facet", "week"},  {"--color", "sometimes"},        {"--like", "/no/such.txt"},
      {"--limit", "-3"},         {"--synonyms", "/no/such/file"},
  };
  for (const auto& args : cases) {
    const CommandResult r = search(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << args[1];
    EXPECT_EQ(r.out, "") << args[0];
    EXPECT_NE(r.err.find("news-search: "), std::string::npos) << args[0] << ": " << r.err;
  }
}

TEST_F(SearchCli, NoticesGoToStderrAndNeverCrash) {
  const struct {
    std::string query;
    int exit_code;
    std::string notice;
  } cases[] = {
      {"security AND", 0, "could not parse the query"},
      {"(guarantees", 0, ""},
      {"klopp fishing", 0, "no article has all of klopp, fishing; showing articles with any"},
      {"AND", 1, "nothing to search for"},
      {"stoltenburg", 1, "no articles match 'stoltenburg'"},
  };
  for (const auto& c : cases) {
    const CommandResult r = search({c.query});
    EXPECT_EQ(r.exit_code, c.exit_code) << c.query << ": " << r.err;
    EXPECT_NE(r.err.find(c.notice), std::string::npos) << c.query << ": " << r.err;
  }
  EXPECT_NE(search({"stoltenburg"}).out.find("Did you mean: stoltenberg\n"), std::string::npos);
  EXPECT_EQ(search_json({"stoltenburg"})["suggestion"], "stoltenberg");
  const json any = search_json({"klopp", "fishing"});
  EXPECT_EQ(any["matched_any_word"], true);
  EXPECT_EQ(any["notices"].size(), 1u);
}

TEST_F(SearchCli, FacetsPrintUnderTheResults) {
  const CommandResult r = search({"--facets", "--facet-limit", "1", "--date-facet", "year"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string tail = r.out.substr(r.out.find("Showing"));
  EXPECT_EQ(tail,
            "Showing 1-4 of 4 articles\n\n"
            "Speakers\n"
            "      1  Jens Stoltenberg\n"
            "  (2 more; --facet-limit 0 shows all)\n"
            "Dates by year\n"
            "      1  2021\n"
            "      2  2022\n"
            "      1  undated\n")
      << r.out;
  const json doc = search_json({"--date-facet", "day"});
  EXPECT_EQ(
      doc["facets"]["date"],
      json::parse(
          R"([{"value":"2021-12-17","count":1},{"value":"2022-01-09","count":1},{"value":"2022-02-02","count":1},
                            {"value":"undated","count":1}])"));
  EXPECT_EQ(doc["facets"]["speaker_values"], 3);
  EXPECT_EQ(doc["sort"], "newest") << "the default without a query";
}

TEST_F(SearchCli, LikeFindsOthersAndExplainShowsScores) {
  const json like = search_json({"--like", path_of("talks.txt")});
  ASSERT_FALSE(like["hits"].empty());
  EXPECT_EQ(hit_names(like)[0], "apart.txt");
  for (const std::string& name : hit_names(like)) EXPECT_NE(name, "talks.txt");

  const CommandResult r = search({"--explain", "security", "guarantees"});
  EXPECT_NE(r.out.find("Query: Query("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("   score "), std::string::npos) << r.out;
  const json doc = search_json({"--explain", "security", "guarantees"});
  EXPECT_TRUE(doc["parsed_query"].is_string());
  EXPECT_FALSE(doc["hits"][0]["explanation"].empty());
  EXPECT_TRUE(doc["hits"][0]["explanation"][0].contains("what"));
  EXPECT_TRUE(doc["hits"][0]["explanation"][0].contains("weight"));
}

TEST_F(SearchCli, AcronymsSynonymsAndAUserSynonymFile) {
  const struct {
    std::vector<std::string> args;
    std::vector<std::string> expected;
  } cases[] = {
      {{"US"}, {"states.txt"}},
      {{"U.S."}, {"states.txt"}},
      {{"us"}, {}},  // the pronoun: no article has it
      {{"NATO"}, {"talks.txt"}},
      {{"north", "atlantic", "treaty", "organization"}, {"talks.txt"}},
      {{"kiev"}, {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(hit_names(search_json(c.args)), c.expected) << c.args[0];
  }
  TempDir tmp;
  const std::string file = tmp.write("mine.txt", "Kyiv | Kiev\n").string();
  EXPECT_EQ(hit_names(search_json({"--synonyms", file, "kiev"})),
            std::vector<std::string>{"states.txt"});
  const std::string bad = tmp.write("bad.txt", "Kyiv\n").string();
  const CommandResult r = search({"--synonyms", bad, "kiev"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(bad + ":1: a group needs at least two forms"), std::string::npos) << r.err;
}

TEST_F(SearchCli, ColourOnlyWhenAskedOrOnATerminal) {
  const std::string red = "\x1b[1;31m";
  EXPECT_NE(search({"--color", "always", "security"}).out.find(red + "security"),
            std::string::npos);
  EXPECT_EQ(search({"--color", "never", "security"}).out.find("\x1b["), std::string::npos);
  EXPECT_EQ(search({"--color", "auto", "security"}, {{"NO_COLOR", "1"}}).out.find("\x1b["),
            std::string::npos);
  EXPECT_EQ(search({"security"}, {{"NO_COLOR", ""}}).out.find("\x1b["), std::string::npos)
      << "not a terminal";
}

TEST_F(SearchCli, ClosedPipeEndsQuietly) {
  TempDir tmp;
  const std::string status = (tmp.path() / "status").string();
  const CommandResult r = testing::run(
      {"/bin/sh", "-c",
       "exec 3>\"$3\"; { \"$0\" --db \"$1\" --limit 100 --color always \"$2\"; echo $? >&3; } "
       "| true",
       testing::news_search_bin(), db(), "guarantees", status});
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(testing::read_file(status), "0\n");
}

}  // namespace
}  // namespace news
