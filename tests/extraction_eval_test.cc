// Evaluation of extraction over every labelled article: the five seeds (corpus/, with the
// gold labels copied to tests/data/seeds_gold.json) and tests/data/labelled/. Prints speaker
// precision / recall / F1 (micro-averaged over the speaker sets) and date accuracy, per
// batch and overall, and asserts the targets of issue "Article understanding".
//   build-dir/tests/extraction_eval_test --gtest_filter='*'   (figures on stdout)
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "news/article.h"
#include "news/speakers.h"

namespace news {
namespace {

using nlohmann::json;

struct Score {
  std::size_t tp = 0, fp = 0, fn = 0;
  std::size_t articles = 0, dates_right = 0, undated = 0, invented = 0;
  std::size_t titles_right = 0, urls_right = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double date_accuracy() const { return articles ? double(dates_right) / double(articles) : 1.0; }
};

json load(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  return json::parse(in);
}

// Scores one article against its labels; prints every disagreement.
void score(const std::string& path, const json& label, Score& s) {
  const Article a = read_article(path, 1 << 24);
  std::set<std::string> gold, got;
  for (const auto& n : label.at("speakers")) gold.insert(speaker_key(n.get<std::string>()));
  for (const auto& n : a.speakers) got.insert(speaker_key(n));
  for (const auto& k : got) {
    if (gold.count(k)) {
      ++s.tp;
    } else {
      ++s.fp;
      std::printf("  %s: extra speaker %s\n", path.c_str(), k.c_str());
    }
  }
  for (const auto& k : gold) {
    if (!got.count(k)) {
      ++s.fn;
      std::printf("  %s: missed speaker %s\n", path.c_str(), k.c_str());
    }
  }
  ++s.articles;
  if (a.title == label.at("title").get<std::string>()) {
    ++s.titles_right;
  } else {
    std::printf("  %s: title \"%s\"\n", path.c_str(), a.title.c_str());
  }
  const json& u = label.at("url");
  if (a.url == (u.is_null() ? std::string() : u.get<std::string>())) {
    ++s.urls_right;
  } else {
    std::printf("  %s: url \"%s\"\n", path.c_str(), a.url.c_str());
  }
  const json& d = label.at("date");
  const std::optional<std::string> want =
      d.is_null() ? std::nullopt : std::optional<std::string>(d.get<std::string>());
  if (a.date == want) {
    ++s.dates_right;
  } else {
    std::printf("  %s: date %s, labelled %s\n", path.c_str(), a.date.value_or("null").c_str(),
                want.value_or("null").c_str());
  }
  if (!want) {
    ++s.undated;
    if (a.date) ++s.invented;
  }
}

void print(const std::string& name, const Score& s) {
  std::printf("%-8s articles=%2zu speakers: P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)  "
              "dates: %zu/%zu = %.3f, invented on undated: %zu/%zu  titles %zu, urls %zu\n",
              name.c_str(), s.articles, s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn,
              s.dates_right, s.articles, s.date_accuracy(), s.invented, s.undated,
              s.titles_right, s.urls_right);
}

void add(Score& total, const Score& s) {
  total.tp += s.tp;
  total.fp += s.fp;
  total.fn += s.fn;
  total.articles += s.articles;
  total.dates_right += s.dates_right;
  total.undated += s.undated;
  total.invented += s.invented;
  total.titles_right += s.titles_right;
  total.urls_right += s.urls_right;
}

TEST(ExtractionEval, MeetsTargetsOnAllLabelledArticles) {
  std::map<std::string, Score> batches;
  const json seeds = load(NEWS_TEST_DATA_DIR "/seeds_gold.json");
  for (const auto& [file, label] : seeds.at("articles").items()) {
    score(std::string(NEWS_SOURCE_DIR "/corpus/") + file, label, batches["seeds"]);
  }
  const json labelled = load(NEWS_TEST_DATA_DIR "/labelled/labels.json");
  for (const auto& [file, label] : labelled.at("articles").items()) {
    score(std::string(NEWS_TEST_DATA_DIR "/labelled/") + file, label,
          batches[label.at("batch").get<std::string>()]);
  }
  Score total;
  for (const auto& [name, s] : batches) {
    print(name, s);
    add(total, s);
  }
  print("all", total);
  EXPECT_GE(total.articles, 30u);
  EXPECT_GE(total.precision(), 0.95);
  EXPECT_GE(total.f1(), 0.90);
  EXPECT_GE(total.date_accuracy(), 0.97);
  EXPECT_EQ(total.invented, 0u) << "a date was invented for an undated article";
}

}  // namespace
}  // namespace news
