// Helpers of the reliability tests (index_writer, index_cli, crash, bad_input): generated
// corpora, the database's contents as a map, and child processes that can be signalled.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "document.h"
#include "test_util.h"

extern char** environ;

namespace news::testing {

// A word no other article of a generated corpus contains: "kw" + letters of n, then "v" +
// letters of the version ("kwbcvb"). Letters only, so no tokenizer or stemmer splits it.
inline std::string marker(std::size_t n, std::size_t version) {
  auto letters = [](std::size_t x) {
    std::string s;
    do {
      s.push_back(static_cast<char>('b' + x % 20));
      x /= 20;
    } while (x > 0);
    return s;
  };
  return "kw" + letters(n) + "v" + letters(version);
}

// The text of generated article `n` in its `version`: a title line, then paragraphs.
inline std::string generated_article(std::size_t n, std::size_t version) {
  const std::string m = marker(n, version);
  std::string text = "Harbour report " + m + "\n\n";
  for (int p = 0; p < 4; ++p) {
    text += "The fleet returned to the harbour after the storm and the crews counted the "
            "catch of the week " + m + " while the council debated new quotas.\n\n";
  }
  return text;
}

// Writes articles 0..n-1 (version 0) as a/N.txt, b/N.txt... spread over a few folders.
// Returns relative path -> marker.
inline std::map<std::string, std::string> write_corpus(const TempDir& dir, std::size_t n) {
  std::map<std::string, std::string> corpus;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string rel = std::string(1, static_cast<char>('a' + i % 5)) + "/" +
                            std::to_string(i) + ".txt";
    dir.write(rel, generated_article(i, 0));
    corpus[rel] = marker(i, 0);
  }
  return corpus;
}

struct StoredEntry {
  std::string title;
  std::string text;
  std::size_t copies = 0;  // documents with this path (must be 1)
};

// Every document of the database at `db`, by path. The database must open.
inline std::map<std::string, StoredEntry> database_contents(const std::filesystem::path& db) {
  std::map<std::string, StoredEntry> out;
  try {
    Xapian::Database database(db.string());
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
      const StoredArticle s = read_stored(database.get_document(*it));
      StoredEntry& e = out[s.path];
      e.title = s.title;
      e.text = s.text;
      ++e.copies;
    }
  } catch (const Xapian::Error& e) {
    ADD_FAILURE() << "database " << db << " cannot be read: " << e.get_description();
  }
  return out;
}

// Checks that the database holds exactly `corpus` (relative path -> marker) under `root`:
// every article once, with the title and text of the version on disk.
inline void expect_database_holds(const std::filesystem::path& db, const std::filesystem::path& root,
                                  const std::map<std::string, std::string>& corpus) {
  const auto contents = database_contents(db);
  EXPECT_EQ(contents.size(), corpus.size()) << "database " << db;
  for (const auto& [rel, m] : corpus) {
    const std::string path = (root / rel).string();
    const auto it = contents.find(path);
    if (it == contents.end()) {
      ADD_FAILURE() << "missing from the database: " << path;
      continue;
    }
    EXPECT_EQ(it->second.copies, 1u) << path;
    EXPECT_EQ(it->second.title, "Harbour report " + m) << path;
    EXPECT_NE(it->second.text.find(m), std::string::npos) << path;
  }
}

// A child process whose stderr goes to a file, so it can be signalled while it runs.
class Child {
 public:
  Child(const std::vector<std::string>& argv, const std::filesystem::path& err_file) {
    std::vector<std::string> copy = argv;
    std::vector<char*> args = c_strings(copy);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int rc = posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
      ADD_FAILURE() << "cannot run " << argv[0];
      pid_ = -1;
    }
  }
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  // True when the child has exited (it is then reaped; wait() returns its status).
  bool exited() {
    if (pid_ <= 0) return true;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) != pid_) return false;
    pid_ = -1;
    status_ = exit_status(status);
    return true;
  }

  void signal(int sig) const {
    if (pid_ > 0) ::kill(pid_, sig);
  }
  // The exit status, or 128 + signal when killed by one; `max_rss_kb`, when given, receives
  // the child's peak resident memory.
  int wait(long* max_rss_kb = nullptr) {
    if (pid_ <= 0) return status_;
    int status = 0;
    struct rusage usage {};
    ::wait4(pid_, &status, 0, &usage);
    if (max_rss_kb) *max_rss_kb = usage.ru_maxrss;
    pid_ = -1;
    return exit_status(status);
  }

 private:
  pid_t pid_ = -1;
  int status_ = -1;  // once reaped by exited()
};

}  // namespace news::testing
