// Every label in the seed articles' gold file holds: title, date, URL, speakers,
// not-speakers, and no boilerplate reaches the body. The gold labels are a copy of
// shared/gold/seeds.json (tests/data/seeds_gold.json); the article bytes are the seeds in
// corpus/, the one place a test reads corpus/, because these labels are about those files.
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "news/article.h"
#include "news/speakers.h"
#include "news/text.h"

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

}  // namespace
}  // namespace news
