// kill -9 of the real news-index at random moments on a generated corpus. After each kill
// the database must open and hold only whole batches of the right articles; after a final
// run it must hold exactly the corpus: every article once, with the content on disk.
#include <chrono>
#include <random>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "reliability_util.h"
#include "test_util.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing::Child;
using testing::news_index_bin;
using testing::TempDir;

constexpr std::size_t kArticles = 240;
constexpr std::size_t kBatch = 7;
constexpr int kKillsPerPhase = 16;

class CrashTest : public ::testing::Test {
 protected:
  std::vector<std::string> command(bool rebuild = false) const {
    std::vector<std::string> cmd = {news_index_bin(), "--db", db().string(), "--batch-size",
                                    std::to_string(kBatch), corpus_.path().string()};
    if (rebuild) cmd.insert(cmd.begin() + 1, "--rebuild");
    return cmd;
  }
  fs::path db() const { return dir_.path() / "db"; }
  fs::path err() const { return dir_.path() / "stderr"; }

  // How long one whole run from scratch takes here: the second of two runs on a scratch
  // database (the first one warms the caches).
  std::chrono::milliseconds full_run_time() {
    TempDir scratch;
    auto cmd = command(/*rebuild=*/true);
    cmd[3] = (scratch.path() / "db").string();
    std::chrono::steady_clock::duration took{};
    for (int i = 0; i < 2; ++i) {
      const auto start = std::chrono::steady_clock::now();
      Child child(cmd, scratch.path() / "stderr");
      EXPECT_EQ(child.wait(), 0) << testing::read_file(scratch.path() / "stderr");
      took = std::chrono::steady_clock::now() - start;
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(took);
  }

  // Starts the indexer (with --rebuild: from scratch, so there is work to interrupt), kills
  // it with SIGKILL at a random moment within the time such a run takes. Returns the exit
  // status (137 when the kill came first, 0 when the run finished before it). A run that
  // finishes first shortens the span for the next runs of its kind, so that most kills land
  // inside a run however fast this machine is.
  int run_and_kill(bool rebuild) {
    std::chrono::milliseconds& span = rebuild ? rebuild_span_ : plain_span_;
    std::uniform_int_distribution<long> pick(0, span.count());
    const std::chrono::milliseconds delay(pick(rng_));
    const auto start = std::chrono::steady_clock::now();
    Child child(command(rebuild), err());
    while (std::chrono::steady_clock::now() - start < delay && !child.exited()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    const bool finished_first = child.exited();
    if (finished_first) {
      span = std::max(std::chrono::milliseconds(5),
                      std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - start));
    }
    child.signal(SIGKILL);
    const int status = child.wait();
    delays_.push_back(delay.count() * (finished_first ? -1 : 1));
    return status;
  }

  // Every document is one of `allowed` (absolute path -> the markers of its versions), once.
  void expect_only_known_articles(const std::map<std::string, std::set<std::string>>& allowed,
                                  const std::string& context) {
    const auto contents = testing::database_contents(db());
    for (const auto& [path, entry] : contents) {
      EXPECT_EQ(entry.copies, 1u) << context << ": " << path;
      const auto it = allowed.find(path);
      if (it == allowed.end()) {
        ADD_FAILURE() << context << ": not in the corpus: " << path;
        continue;
      }
      bool matches = false;
      for (const std::string& m : it->second) {
        matches = matches || (entry.title == "Harbour report " + m &&
                              entry.text.find(m) != std::string::npos);
      }
      EXPECT_TRUE(matches) << context << ": wrong content for " << path << ": " << entry.title;
    }
  }

  std::string delays() const {
    std::string s = "kill delays (ms):";
    for (long d : delays_) s += " " + std::to_string(d);
    return s;
  }

  TempDir corpus_, dir_;
  std::mt19937 rng_{std::random_device{}()};
  std::vector<long> delays_;
  std::chrono::milliseconds rebuild_span_{}, plain_span_{};
};

TEST_F(CrashTest, KillNineAtRandomMomentsLosesNothing) {
  std::map<std::string, std::string> files = testing::write_corpus(corpus_, kArticles);
  rebuild_span_ = plain_span_ = full_run_time() * 11 / 10;
  auto abs_allowed = [&](const std::map<std::string, std::string>& corpus) {
    std::map<std::string, std::set<std::string>> out;
    for (const auto& [rel, m] : corpus) out[(corpus_.path() / rel).string()].insert(m);
    return out;
  };

  // Phase 1, from nothing or rebuilding: only additions, so until a run completes every
  // kill leaves a multiple of the batch size.
  const auto first_allowed = abs_allowed(files);
  int killed = 0;
  for (int i = 0; i < kKillsPerPhase; ++i) {
    const int status = run_and_kill(/*rebuild=*/i % 3 != 2);
    killed += status == 128 + SIGKILL;
    if (!fs::exists(db() / "iamglass")) continue;  // killed before the database was created
    const std::size_t held = testing::database_contents(db()).size();
    if (held != files.size()) {
      EXPECT_EQ(held % kBatch, 0u) << "held " << held << " after kill " << i << "; " << delays();
    }
    expect_only_known_articles(first_allowed, "phase 1, kill " + std::to_string(i));
  }

  // Phase 2: edit, delete, rename and add articles, then kill again.
  std::map<std::string, std::set<std::string>> allowed = first_allowed;
  std::size_t next = kArticles;
  auto it = files.begin();
  for (int i = 0; i < 80 && it != files.end(); ++i) {
    const fs::path p = corpus_.path() / it->first;
    switch (i % 4) {
      case 0: {  // edited
        corpus_.write(it->first, testing::generated_article(next, 1));
        testing::touch_later(p);
        it->second = testing::marker(next++, 1);
        allowed[p.string()].insert(it->second);
        ++it;
        break;
      }
      case 1:  // deleted
        fs::remove(p);
        it = files.erase(it);
        break;
      case 2: {  // renamed
        const std::string rel = "moved/" + std::to_string(i) + ".txt";
        fs::create_directories(corpus_.path() / "moved");
        fs::rename(p, corpus_.path() / rel);
        files[rel] = it->second;
        allowed[(corpus_.path() / rel).string()].insert(it->second);
        it = files.erase(it);
        break;
      }
      default: {  // added
        const std::string rel = "new/" + std::to_string(i) + ".txt";
        corpus_.write(rel, testing::generated_article(next, 0));
        files[rel] = testing::marker(next++, 0);
        allowed[(corpus_.path() / rel).string()].insert(files[rel]);
        ++it;
      }
    }
  }
  for (int i = 0; i < kKillsPerPhase; ++i) {
    killed += run_and_kill(/*rebuild=*/i % 2 == 1) == 128 + SIGKILL;
    expect_only_known_articles(allowed, "phase 2, kill " + std::to_string(i));
  }
  // Runs with little left to do often finish first; enough must be killed mid-way.
  EXPECT_GE(killed, kKillsPerPhase * 2 / 3) << "too few runs were killed before they finished; "
                                            << delays();

  // The final run finishes the job.
  Child last(command(), err());
  EXPECT_EQ(last.wait(), 0) << testing::read_file(err());
  testing::expect_database_holds(db(), corpus_.path(), files);
  RecordProperty("kills", killed);
  RecordProperty("delays", delays());
}

}  // namespace
}  // namespace news
