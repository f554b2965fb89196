// The benchmark in CI: bench/bench.py --smoke generates a small corpus offline (sentences
// from tests/data), indexes it with the built news-index and with every peer that is
// installed, and writes a results file. No timing is asserted: only that the generator and
// the harness run and that what they report is complete and consistent.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;

constexpr int kSize = 1000;

// One test, one run of the harness: ctest runs each test in its own process, and the run
// indexes the corpus with every installed tool.
TEST(BenchSmoke, HarnessRunsEveryInstalledToolAndWritesResults) {
  TempDir work;
  const testing::CommandResult run = testing::run(
      {"/usr/bin/python3", std::string(NEWS_SOURCE_DIR) + "/bench/bench.py", "--smoke", "--size",
       std::to_string(kSize), "--work", work.path().string(), "--fallback",
       std::string(NEWS_TEST_DATA_DIR) + "/labelled", "--news-index", testing::news_index_bin(),
       "--news-search", testing::news_search_bin()});
  ASSERT_EQ(run.exit_code, 0) << run.err;

  const fs::path results_file = work.path() / ("results-" + std::to_string(kSize) + ".json");
  std::ifstream in(results_file);
  const json r = json::parse(in, nullptr, /*allow_exceptions=*/false);
  ASSERT_TRUE(r.is_object()) << results_file << "\n" << run.err;
  EXPECT_EQ(r["size"], kSize) << r.dump();
  EXPECT_EQ(r["corpus"]["queries"]["source"], "labelled") << r["corpus"].dump();
  EXPECT_TRUE(fs::exists(work.path() / ("results-" + std::to_string(kSize) + ".md")));

  // The generator wrote every article.
  const fs::path articles = work.path() / std::to_string(kSize) / "corpus" / "articles";
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(articles)) files += e.is_regular_file();
  EXPECT_EQ(files, static_cast<std::size_t>(kSize)) << articles;

  // Each tool is measured, or reported as not installed; never both, never neither.
  for (const char* name : {"news-index", "omindex", "scriptindex", "sqlite-fts5"}) {
    const std::string tool = name;
    const bool measured = r["indexing"].contains(tool);
    const bool noted = r["notes"].dump().find(tool + " is not installed") != std::string::npos;
    EXPECT_NE(measured, noted) << tool << ": " << r.dump();
    if (!measured) continue;
    const json& m = r["indexing"][tool];
    for (const char* key : {"wall_s", "cpu_s", "peak_rss_mb", "disk_mb", "docs_per_s"}) {
      EXPECT_GT(m[key].get<double>(), 0) << tool << " " << key << ": " << m.dump();
    }
  }
  EXPECT_TRUE(r["indexing"].contains("news-index")) << r.dump();
  EXPECT_GT(r["noop"]["news-index"]["wall_s"].get<double>(), 0) << r["noop"].dump();
  EXPECT_GT(r["process"]["news-search"]["p50_ms"].get<double>(), 0) << r["process"].dump();
}

}  // namespace
}  // namespace news
