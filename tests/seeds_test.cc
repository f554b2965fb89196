// Every label in the seed articles' gold file holds: title, date, URL, speakers,
// not-speakers, and no boilerplate reaches the body. The gold labels are a copy of
// shared/gold/seeds.json (tests/data/seeds_gold.json); the article bytes are the seeds in
// corpus/, the one place a test reads corpus/, because these labels are about those files.
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "news/article.h"
#include "news/index_writer.h"
#include "news/searcher.h"
#include "news/speakers.h"
#include "news/text.h"
#include "test_util.h"

namespace news {
namespace {

using nlohmann::json;

json gold() {
  std::ifstream in(NEWS_TEST_DATA_DIR "/seeds_gold.json");
  return json::parse(in);
}

std::set<std::string> keys(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const auto& n : names) out.insert(speaker_key(n));
  return out;
}

TEST(Seeds, EveryLabelHolds) {
  const json g = gold();
  ASSERT_EQ(g.at("articles").size(), 5u);
  for (const auto& [file, label] : g.at("articles").items()) {
    const std::string path = std::string(NEWS_SOURCE_DIR "/corpus/") + file;
    const Article a = read_article(path, 1 << 24);
    EXPECT_EQ(a.title, label.at("title").get<std::string>()) << path;
    const json& d = label.at("date");
    EXPECT_EQ(a.date, d.is_null() ? std::nullopt : std::optional<std::string>(d.get<std::string>()))
        << path;
    const json& u = label.at("url");
    EXPECT_EQ(a.url, u.is_null() ? std::string() : u.get<std::string>()) << path;
    EXPECT_EQ(keys(a.speakers), keys(label.at("speakers").get<std::vector<std::string>>())) << path;
    const std::set<std::string> got = keys(a.speakers);
    for (const auto& n : label.at("not_speakers")) {
      EXPECT_FALSE(got.count(speaker_key(n.get<std::string>()))) << path << ": " << n;
    }
    for (const auto& word : g.at("boilerplate_never_indexed")) {
      const std::string w = fold(word.get<std::string>());
      EXPECT_EQ(fold(a.body).find(w), std::string::npos) << path << ": body has " << w;
      EXPECT_EQ(fold(a.title).find(w), std::string::npos) << path << ": title has " << w;
    }
  }
}

// The gold queries and facet counts, through the real index writer and searcher (the alias
// table included: speaker:Gruško).
TEST(Seeds, QueriesAndFacetsHold) {
  const json g = gold();
  testing::TempDir dir;
  IndexOptions options;
  options.db_path = dir.path() / "db";
  const IndexStats stats = index_paths({NEWS_SOURCE_DIR "/corpus"}, options);
  ASSERT_EQ(stats.indexed, 5u);
  Searcher searcher(options.db_path);
  for (const auto& q : g.at("queries")) {
    const std::string query = q.at("query").get<std::string>();
    SearchRequest request;
    request.query = query;
    request.limit = 20;
    const SearchResult r = searcher.search(request);
    const std::set<std::string> got = testing::file_names(r.hits);
    if (q.contains("expect_exactly")) {
      const auto want = q.at("expect_exactly").get<std::set<std::string>>();
      EXPECT_EQ(got, want) << query;
    }
    if (q.contains("expect_top")) {
      const auto top = q.at("expect_top").get<std::vector<std::string>>();
      ASSERT_GE(r.hits.size(), top.size()) << query;
      std::set<std::string> first;
      for (std::size_t i = 0; i < top.size(); ++i) {
        first.insert(std::filesystem::path(r.hits[i].path).filename().string());
      }
      EXPECT_EQ(first, std::set<std::string>(top.begin(), top.end())) << query;
    }
    if (q.contains("expect_also")) {
      for (const auto& f : q.at("expect_also")) EXPECT_TRUE(got.count(f.get<std::string>())) << query << ": " << f;
    }
  }
  SearchRequest all;
  all.facet_limit = 0;
  const SearchResult r = searcher.search(all);
  std::map<std::string, std::size_t> speakers, months;
  for (const FacetCount& f : r.speaker_facets) speakers[f.value] = f.count;
  for (const FacetCount& f : r.date_facets) months[f.value] = f.count;
  const json& facets = g.at("facets_over_all_articles");
  EXPECT_EQ(speakers, (facets.at("speaker").get<std::map<std::string, std::size_t>>()));
  EXPECT_EQ(months, (facets.at("date_by_month").get<std::map<std::string, std::size_t>>()));
}

}  // namespace
}  // namespace news
