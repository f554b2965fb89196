// The hand labels' queries and facet counts (tests/data/seeds_gold.json, a copy of
// shared/gold/seeds.json) through the real programs: news-index on the seed articles of
// corpus/, then news-search --json. The labels are expectations, never special cases.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "json_hits.h"
#include "test_util.h"

namespace news {
namespace {

using nlohmann::json;
using testing::CommandResult;
using testing::hit_names;
using testing::TempDir;
using Counts = std::map<std::string, std::size_t>;

class SeedsSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    std::ifstream in(NEWS_TEST_DATA_DIR "/seeds_gold.json");
    ASSERT_TRUE(in.good()) << "tests/data/seeds_gold.json";
    gold_ = new json(json::parse(in));
    const CommandResult r = testing::run(
        {testing::news_index_bin(), "--db", db(), std::string(NEWS_SOURCE_DIR) + "/corpus"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete gold_;
  }

  static std::string db() { return (dir_->path() / "db").string(); }

  // news-search --json with `args`; the parsed document and the exit status.
  static std::pair<json, int> search(std::vector<std::string> args) {
    std::vector<std::string> argv = {testing::news_search_bin(), "--db", db(), "--json"};
    argv.insert(argv.end(), args.begin(), args.end());
    const CommandResult r =
        testing::run(argv, {{"XDG_CACHE_HOME", (dir_->path() / "cache").string()}});
    EXPECT_NE(r.exit_code, 2) << r.err;
    return {json::parse(r.out), r.exit_code};
  }

  static Counts counts(const json& facet) {
    Counts out;
    for (const json& f : facet)
      out[f.at("value").get<std::string>()] = f.at("count").get<std::size_t>();
    return out;
  }

  static TempDir* dir_;
  static json* gold_;
};

TempDir* SeedsSearch::dir_ = nullptr;
json* SeedsSearch::gold_ = nullptr;

TEST_F(SeedsSearch, EveryLabelledQueryHolds) {
  ASSERT_FALSE(gold_->at("queries").empty());
  for (const json& q : gold_->at("queries")) {
    const std::string query = q.at("query").get<std::string>();
    const auto [doc, exit_code] = search({"--limit", "100", query});
    const std::vector<std::string> got = hit_names(doc);
    const std::set<std::string> got_set(got.begin(), got.end());
    if (q.contains("expect_exactly")) {
      const auto expected = q.at("expect_exactly").get<std::set<std::string>>();
      EXPECT_EQ(got_set, expected) << "query: " << query;
      EXPECT_EQ(exit_code, expected.empty() ? 1 : 0) << "query: " << query;
    }
    if (q.contains("expect_top")) {
      const auto top = q.at("expect_top").get<std::set<std::string>>();
      ASSERT_GE(got.size(), top.size()) << "query: " << query;
      EXPECT_EQ(
          std::set<std::string>(got.begin(), got.begin() + static_cast<std::ptrdiff_t>(top.size())),
          top)
          << "query: " << query;
    }
    if (q.contains("expect_also")) {
      for (const std::string& name : q.at("expect_also").get<std::vector<std::string>>()) {
        EXPECT_EQ(got_set.count(name), 1u) << "query: " << query << " should also find " << name;
      }
    }
  }
}

TEST_F(SeedsSearch, FacetCountsOverAllArticles) {
  const json& expected = gold_->at("facets_over_all_articles");
  const auto [doc, exit_code] = search({"--facet-limit", "0", "--date-facet", "month"});
  EXPECT_EQ(exit_code, 0);
  EXPECT_TRUE(doc.at("facets").at("exact").get<bool>());
  EXPECT_EQ(counts(doc.at("facets").at("speaker")), expected.at("speaker").get<Counts>())
      << doc.at("facets").at("speaker").dump();
  EXPECT_EQ(counts(doc.at("facets").at("date")), expected.at("date_by_month").get<Counts>())
      << doc.at("facets").at("date").dump();
}

}  // namespace
}  // namespace news
