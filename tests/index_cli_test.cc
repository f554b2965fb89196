// news-index as a user runs it: summary, exit statuses (0, 2, 75, 130, 143), the lock,
// schema and corrupt databases, signals, unreadable files and progress on a terminal.
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

#include "reliability_util.h"
#include "schema.h"
#include "test_util.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::news_index_bin;
using testing::news_search_bin;
using testing::run;
using testing::TempDir;

void overwrite(const fs::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << content;
}

class IndexCli : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("one.txt", "Harbour talks collapse\n\nThe harbour talks collapsed today.\n");
    corpus_.write("two.txt", "Fishing fleet returns\n\nThe fishing fleet returned home.\n");
    db_ = (dir_.path() / "db").string();
  }
  CommandResult index(std::vector<std::string> args) {
    args.insert(args.begin(), {news_index_bin(), "--db", db_});
    return run(args);
  }
  std::string summary(const std::string& counts) const {
    return "news-index: " + counts + " (database " + db_ + ")\n";
  }

  TempDir corpus_, dir_;
  std::string db_;
};

TEST_F(IndexCli, SummaryCountsAndGroupsSkipReasons) {
  corpus_.write("empty.txt", "");
  corpus_.write("blank.md", "\n\n");
  corpus_.write("bin.html", std::string("<p>\0\0\0</p>", 10));
  const CommandResult r = index({corpus_.path().string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string expected_tail =
      summary("2 indexed, 0 updated, 0 unchanged, 0 removed, 3 skipped") +
      "news-index: skipped: 1 binary file, 2 empty file\n";
  ASSERT_GE(r.err.size(), expected_tail.size()) << r.err;
  EXPECT_EQ(r.err.substr(r.err.size() - expected_tail.size()), expected_tail) << r.err;
  EXPECT_NE(r.err.find("news-index: " + (corpus_.path() / "empty.txt").string() + ": empty file\n"),
            std::string::npos)
      << r.err;

  fs::rename(corpus_.path() / "one.txt", corpus_.path() / "uno.txt");
  fs::remove(corpus_.path() / "two.txt");
  const CommandResult again = index({corpus_.path().string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find(summary("0 indexed, 0 updated, 1 renamed, 0 unchanged, 1 removed, "
                                   "3 skipped")),
            std::string::npos)
      << again.err;
}

TEST_F(IndexCli, MissingFolderIsReportedExitsTwoAndKeepsItsArticles) {
  ASSERT_EQ(index({corpus_.path().string()}).exit_code, 0);
  const std::string moved = corpus_.path().string() + "-unmounted";
  fs::rename(corpus_.path(), moved);
  const CommandResult r = index({corpus_.path().string()});
  fs::rename(moved, corpus_.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("news-index: " + corpus_.path().string() +
                       ": no such file or directory; its articles in the database are kept\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("0 removed"), std::string::npos) << r.err;
  EXPECT_EQ(testing::database_contents(db_).size(), 2u);
}

TEST_F(IndexCli, LockedDatabaseWaitsThenExits75NamingIt) {
  ASSERT_EQ(index({corpus_.path().string()}).exit_code, 0);
  Xapian::WritableDatabase holder(db_);
  const auto start = std::chrono::steady_clock::now();
  const CommandResult r = index({"--wait", "0.5", corpus_.path().string()});
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(r.exit_code, 75) << r.err;
  EXPECT_NE(r.err.find("database " + db_ + " is locked"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--wait"), std::string::npos) << r.err;
  EXPECT_GE(took, std::chrono::milliseconds(500));
  EXPECT_LT(took, std::chrono::seconds(10));
  // Searching is not blocked by a writer.
  EXPECT_EQ(run({news_search_bin(), "--db", db_, "harbour"}).exit_code, 0);
}

TEST_F(IndexCli, BadOptionValuesExitTwo) {
  const std::vector<std::vector<std::string>> cases = {
      {"--wait", "-1"}, {"--wait", "soon"}, {"--batch-size", "many"}, {"--batch-size", "-5"},
      {"--batch-size", "0"},  {"--max-size", "-3"},    {"--max-size", "0"}};
  for (const auto& args : cases) {
    const CommandResult r = index({args[0], args[1], corpus_.path().string()});
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << args[1] << ": " << r.err;
    EXPECT_NE(r.err.find("news-index: "), std::string::npos) << args[1];
  }
}

TEST_F(IndexCli, OtherSchemaOrCorruptDatabaseIsRefusedWithRebuildHint) {
  const struct {
    std::string name;
    std::function<void(const std::string&)> damage;
  } cases[] = {
      {"other schema version",
       [](const std::string& db) {
         Xapian::WritableDatabase w(db);
         w.set_metadata(std::string(schema::kVersionKey), "0-old");
         w.commit();
       }},
      {"garbage in the version file",
       [](const std::string& db) {
         overwrite(fs::path(db) / "iamglass", "not a database");
       }},
      {"garbage in the posting table",
       [](const std::string& db) {
         overwrite(fs::path(db) / "postlist.glass", std::string(8192, 'z'));
       }},
      {"truncated posting table",
       [](const std::string& db) { fs::resize_file(fs::path(db) / "postlist.glass", 100); }},
  };
  for (const auto& c : cases) {
    fs::remove_all(db_);
    ASSERT_EQ(index({corpus_.path().string()}).exit_code, 0) << c.name;
    c.damage(db_);
    const CommandResult r = index({corpus_.path().string()});
    EXPECT_EQ(r.exit_code, 2) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find("database " + db_), std::string::npos) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find("hint: rebuild it with: news-index --rebuild"), std::string::npos)
        << c.name << ": " << r.err;
    const CommandResult s = run({news_search_bin(), "--db", db_, "harbour"});
    EXPECT_EQ(s.exit_code, 2) << c.name << ": " << s.err;
    const CommandResult rebuilt = index({"--rebuild", corpus_.path().string()});
    EXPECT_EQ(rebuilt.exit_code, 0) << c.name << ": " << rebuilt.err;
    EXPECT_EQ(run({news_search_bin(), "--db", db_, "harbour"}).exit_code, 0) << c.name;
  }
}

// SIGINT and SIGTERM in the middle of a run: what is done is committed, the exit status
// says which signal, and the next run finishes the job.
// The signal must land while the run is under way: too early (nothing done yet) or too late
// (the run already finished) says nothing about the handler, so the delay is halved or
// doubled and the signal sent again, a few times. Every attempt checks the exit status, the
// message and that the next run finishes the job; the test fails unless one attempt stops
// a run with part of the corpus committed.
TEST(IndexCliSignals, SignalCommitsWhatIsDoneAndExits128PlusSignal) {
  for (const int sig : {SIGTERM, SIGINT}) {
    const std::string name = sig == SIGTERM ? "SIGTERM" : "SIGINT";
    bool stopped_part_way = false;
    auto delay = std::chrono::milliseconds(150);
    for (int attempt = 0; attempt < 6 && !stopped_part_way; ++attempt) {
      TempDir corpus, dir;
      const auto files = testing::write_corpus(corpus, 600);
      const fs::path db = dir.path() / "db";
      const fs::path err = dir.path() / "stderr";
      testing::Child child({news_index_bin(), "--db", db.string(), "--batch-size", "5",
                            corpus.path().string()},
                           err);
      // Once the database exists the handlers are installed (even on a loaded machine).
      for (int i = 0; i < 1000 && !fs::exists(db / "iamglass"); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      std::this_thread::sleep_for(delay);
      child.signal(sig);
      const int status = child.wait();
      const std::string message = testing::read_file(err);
      const std::size_t held = testing::database_contents(db).size();
      SCOPED_TRACE(name + " after " + std::to_string(delay.count()) + " ms, " +
                   std::to_string(held) + " held: " + message);
      if (status == 0) {  // finished before the signal
        EXPECT_EQ(held, files.size());
        delay /= 2;
        continue;
      }
      ASSERT_EQ(status, 128 + sig);
      EXPECT_NE(message.find("stopped by " + name +
                             "; what was done is committed, run again to finish\n"),
                std::string::npos);
      EXPECT_LT(held, files.size());
      const CommandResult rest =
          run({news_index_bin(), "--db", db.string(), corpus.path().string()});
      EXPECT_EQ(rest.exit_code, 0) << rest.err;
      EXPECT_NE(rest.err.find(std::to_string(files.size() - held) + " indexed"),
                std::string::npos)
          << rest.err;
      testing::expect_database_holds(db, corpus.path(), files);
      if (held == 0) {
        delay *= 2;  // stopped before the first batch was done
      } else {
        stopped_part_way = true;
      }
    }
    EXPECT_TRUE(stopped_part_way) << name << " never stopped a run with part of it committed";
  }
}

// Runs as an unprivileged user where the tests run as root (chmod 000 does not stop root).
std::vector<std::string> unprivileged(std::vector<std::string> argv) {
  if (geteuid() == 0) {
    argv.insert(argv.begin(),
                {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  }
  return argv;
}

TEST(IndexCliPermissions, UnreadableFileAndFolderAreReportedAndOldVersionsKept) {
  TempDir corpus, dir;
  fs::permissions(corpus.path(), fs::perms::all);
  fs::permissions(dir.path(), fs::perms::all);
  corpus.write("ok.txt", "Harbour news\n\nThe harbour is open.\n");
  corpus.write("secret.txt", "Secret plans\n\nThe secret plans leaked.\n");
  corpus.write("locked/inner.txt", "Inner story\n\nAn inner story of the harbour.\n");
  for (const auto& e : fs::recursive_directory_iterator(corpus.path())) {
    fs::permissions(e.path(), fs::perms::all);
  }
  const std::string db = (dir.path() / "db").string();
  const std::vector<std::string> cmd = {news_index_bin(), "--db", db, corpus.path().string()};
  const CommandResult first = run(unprivileged(cmd));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_NE(first.err.find("3 indexed"), std::string::npos) << first.err;

  // Changed, then made unreadable: the run reports it and keeps what the database has.
  corpus.write("secret.txt", "Secret plans v2\n\nChanged and longer than before.\n");
  fs::permissions(corpus.path() / "secret.txt", fs::perms::none);
  fs::permissions(corpus.path() / "locked", fs::perms::none);
  const CommandResult r = run(unprivileged(cmd));
  fs::permissions(corpus.path() / "locked", fs::perms::all);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find((corpus.path() / "secret.txt").string() + ": Permission denied\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find((corpus.path() / "locked").string() + ": folder could not be read"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("0 removed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("kept 1 articles"), std::string::npos) << r.err;
  const auto contents = testing::database_contents(db);
  EXPECT_EQ(contents.size(), 3u) << r.err;
  EXPECT_EQ(contents.at((corpus.path() / "secret.txt").string()).title, "Secret plans");
}

TEST(IndexCliProgress, ProgressOnATerminalOnlyWithCountRateAndTimeLeft) {
  TempDir corpus, dir;
  testing::write_corpus(corpus, 30);
  const std::string db = (dir.path() / "db").string();
  // script(1) gives the indexer a terminal; its output is the terminal's.
  const CommandResult tty = run({"/usr/bin/script", "-qec",
                                 news_index_bin() + " --db " + db + " " + corpus.path().string(),
                                 "/dev/null"});
  EXPECT_EQ(tty.exit_code, 0) << tty.out;
  EXPECT_NE(tty.out.find("\rnews-index: 30/30 files, "), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find(" files/s, 0:00 left"), std::string::npos) << tty.out;
  // No rate from the first file alone (it once read "1/1000000 files, 0 files/s, 84417:42
  // left", counting from the walk before it).
  EXPECT_NE(tty.out.find("\rnews-index: 1/30 files\x1b[K"), std::string::npos) << tty.out;
  fs::remove_all(db);
  const CommandResult pipe = run({news_index_bin(), "--db", db, corpus.path().string()});
  EXPECT_EQ(pipe.err.find('\r'), std::string::npos) << pipe.err;
}

}  // namespace
}  // namespace news

namespace news {
namespace {

TEST(IndexCliDatabaseFolder, FolderOfOtherFilesIsNeverUsedOrReplaced) {
  testing::TempDir corpus, dir;
  corpus.write("a.txt", "Harbour news\n\nThe harbour is open.\n");
  dir.write("docs/keep.txt", "precious");
  for (const bool rebuild : {false, true}) {
    std::vector<std::string> argv = {testing::news_index_bin(), "--db",
                                     (dir.path() / "docs").string(), corpus.path().string()};
    if (rebuild) argv.insert(argv.begin() + 1, "--rebuild");
    const testing::CommandResult r = testing::run(argv);
    EXPECT_EQ(r.exit_code, 2) << "rebuild " << rebuild << ": " << r.err;
    EXPECT_NE(r.err.find("holds files that are not a news-search database"), std::string::npos)
        << r.err;
    EXPECT_EQ(testing::read_file(dir.path() / "docs" / "keep.txt"), "precious") << rebuild;
  }
}

}  // namespace
}  // namespace news

namespace news {
namespace {

// A 200 MB file over --max-size is refused without being read: memory stays small. The
// peak of the run is measured with wait4(); the bound leaves room for sanitizer builds.
TEST(IndexCliMemory, HugeFileIsRefusedWithoutReadingIt) {
  testing::TempDir corpus, dir;
  corpus.write("a.txt", "Harbour news\n\nThe harbour is open.\n");
  const auto huge = corpus.write("huge.txt", "Huge\n\n");
  std::filesystem::resize_file(huge, 200u << 20);  // sparse: no disk used
  const auto err = dir.path() / "stderr";
  testing::Child child({testing::news_index_bin(), "--db", (dir.path() / "db").string(),
                        corpus.path().string()},
                       err);
  long max_rss_kb = 0;
  EXPECT_EQ(child.wait(&max_rss_kb), 0);
  const std::string message = testing::read_file(err);
  EXPECT_NE(message.find(huge.string() + ": larger than the size limit (209715200 > 16777216 "
                                         "bytes, see --max-size)\n"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("1 indexed"), std::string::npos) << message;
  EXPECT_LT(max_rss_kb, 150 * 1024) << "peak memory in KB";
}

}  // namespace
}  // namespace news
