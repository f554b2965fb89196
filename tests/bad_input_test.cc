// Bad input never crashes, hangs, or loses other articles. Each case writes one bad file (or
// tree) beside a good article, indexes the folder with the real code, and checks what
// happened to the bad file and that the good article is there.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <set>

#include <gtest/gtest.h>

#include "news/index_writer.h"
#include "reliability_util.h"
#include "test_util.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

constexpr const char* kGood = "Harbour control article\n\nThe controlword harbour reopened.\n";

class Collect : public IndexObserver {
 public:
  void on_skip(const fs::path& path, const std::string& reason) override {
    skips[path.filename().string()] = reason;
  }
  std::map<std::string, std::string> skips;  // file name -> reason
};

enum class Expect { kIndexed, kSkipped, kNotSeen };

struct Case {
  std::string name;
  std::function<void(const TempDir&)> make;  // writes the bad input into the folder
  std::string file;                          // the bad file's name (for the expectation)
  Expect expect;
  std::string reason;  // kSkipped: a part of the reason
  std::function<void(const testing::StoredEntry&)> check = nullptr;  // kIndexed: its content
};

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Removes a tree too deep for path-based calls, one directory fd at a time.
void remove_deep(int parent, const char* name) {
  const int fd = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
  if (fd >= 0) {
    for (const char* child : {"ddd", "bottom.txt"}) {
      if (::unlinkat(fd, child, 0) != 0) remove_deep(fd, child);
    }
    ::close(fd);
  }
  ::unlinkat(parent, name, AT_REMOVEDIR);
}

// Makes dir/ddd/ddd/... `depth` levels deep with bottom.txt at the bottom, by fd, so the
// whole path may be longer than PATH_MAX.
void make_deep(const fs::path& dir, int depth, const std::string& content) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  for (int i = 0; i < depth; ++i) {
    ::mkdirat(fd, "ddd", 0755);
    const int next = ::openat(fd, "ddd", O_RDONLY | O_DIRECTORY);
    ::close(fd);
    fd = next;
  }
  const int file = ::openat(fd, "bottom.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  EXPECT_EQ(::write(file, content.data(), content.size()), static_cast<ssize_t>(content.size()));
  ::close(file);
  ::close(fd);
}

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"empty file", [](const TempDir& d) { d.write("bad.txt", ""); }, "bad.txt",
       Expect::kSkipped, "empty file"},
      {"white space only", [](const TempDir& d) { d.write("bad.md", " \n\t\r\n  \n"); }, "bad.md",
       Expect::kSkipped, "empty file"},
      {"binary bytes",
       [](const TempDir& d) {
         std::string bytes;
         for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
         d.write("bad.txt", bytes);
       },
       "bad.txt", Expect::kSkipped, "binary"},
      {"NUL bytes inside text",
       [](const TempDir& d) {
         d.write("bad.txt", std::string("Title here\n\nSome text\0with a NUL byte.\n", 40));
       },
       "bad.txt", Expect::kSkipped, "binary"},
      {"invalid UTF-8 sequences",
       [](const TempDir& d) { d.write("bad.txt", "Broken \xC3\x28 title\n\nBody \xE2\x82 \xFF\xFE end.\n"); },
       "bad.txt", Expect::kIndexed, "",
       [](const testing::StoredEntry& e) {
         EXPECT_NE(e.title.find("Broken"), std::string::npos) << e.title;
       }},
      {"Latin-1", [](const TempDir& d) { d.write("bad.txt", "Caf\xE9 r\xE9sum\xE9\n\nNa\xEFve body.\n"); },
       "bad.txt", Expect::kIndexed, "",
       [](const testing::StoredEntry& e) { EXPECT_EQ(e.title, "Café résumé"); }},
      {"Windows-1252 quotes and dash",
       [](const TempDir& d) {
         d.write("bad.txt", "Talks \x96 again\n\n\x93We will,\x94 she said \x85\n");
       },
       "bad.txt", Expect::kIndexed, "",
       [](const testing::StoredEntry& e) {
         EXPECT_EQ(e.title, "Talks – again");
         EXPECT_NE(e.text.find("“We will,”"), std::string::npos) << e.text;
       }},
      {"UTF-8 BOM", [](const TempDir& d) { d.write("bad.txt", "\xEF\xBB\xBFTitle after BOM\n\nBody.\n"); },
       "bad.txt", Expect::kIndexed, "",
       [](const testing::StoredEntry& e) { EXPECT_EQ(e.title, "Title after BOM"); }},
      {"CRLF line ends",
       [](const TempDir& d) { d.write("bad.txt", "Title with CRLF\r\n\r\nFirst.\r\n\r\nSecond.\r\n"); },
       "bad.txt", Expect::kIndexed, "",
       [](const testing::StoredEntry& e) {
         EXPECT_EQ(e.title, "Title with CRLF");
         EXPECT_EQ(e.text.find('\r'), std::string::npos) << e.text;
       }},
      {"200 MB sparse file over --max-size",
       [](const TempDir& d) {
         const fs::path p = d.write("huge.txt", "Huge\n\n");
         fs::resize_file(p, 200u << 20);
       },
       "huge.txt", Expect::kSkipped, "larger than the size limit"},
      {"a 10 MB line",
       [](const TempDir& d) {
         d.write("bad.txt", "Long line title\n\n" + repeat("word ", 2u << 20) + "\n");
       },
       "bad.txt", Expect::kIndexed, "",
       [](const testing::StoredEntry& e) { EXPECT_EQ(e.title, "Long line title"); }},
      {"a 10 MB line without spaces",
       [](const TempDir& d) { d.write("bad.txt", std::string(10u << 20, 'x') + "\n"); },
       "bad.txt", Expect::kIndexed, ""},
      {"HTML nested 100k tags deep",
       [](const TempDir& d) {
         d.write("bad.html", "<html><body><h1>Deep</h1>" + repeat("<div>", 100000) + "deepword" +
                                 repeat("</div>", 100000) + "</body></html>");
       },
       "bad.html", Expect::kIndexed, ""},
      {"HTML unclosed 100k tags",
       [](const TempDir& d) { d.write("bad.htm", "<p>Unclosed" + repeat("<b><i>", 50000)); },
       "bad.htm", Expect::kIndexed, ""},
      {"terms longer than Xapian's limit",
       [](const TempDir& d) {
         d.write("bad.html", "<html><head><link rel=canonical href=\"https://example.com/" +
                                 std::string(600, 'p') + "\"><meta property=og:site_name content=\"" +
                                 std::string(400, 's') + "\"></head><body><h1>" +
                                 std::string(300, 'T') + "</h1><p>" + std::string(1000, 'w') +
                                 " \"Quote,\" " + std::string(300, 'N') + " said.</p></body></html>");
       },
       "bad.html", Expect::kIndexed, ""},
      {"impossible dates",
       [](const TempDir& d) {
         d.write("bad.txt", "February 30, 2021\n\n2021-13-45\n\nDated nowhere\n\nBody 0000-00-00.\n");
       },
       "bad.txt", Expect::kIndexed, ""},
      {"Markdown of only markup", [](const TempDir& d) { d.write("bad.md", "#\n\n---\n\n* \n\n> \n"); },
       "bad.md", Expect::kSkipped, ""},
      {"name that is not UTF-8",
       [](const TempDir& d) { d.write("bad\xFF\xFE.txt", "Odd name\n\nArticle with an odd name.\n"); },
       "bad\xFF\xFE.txt", Expect::kIndexed, ""},
      {"name with spaces and a newline",
       [](const TempDir& d) { d.write("bad name\nline two.txt", "Spaced\n\nNewline name.\n"); },
       "bad name\nline two.txt", Expect::kIndexed, ""},
      {"symbolic link to itself",
       [](const TempDir& d) { fs::create_symlink("self.txt", d.path() / "self.txt"); }, "self.txt",
       Expect::kSkipped, "symbolic link loop"},
      {"symbolic link loop of folders",
       [](const TempDir& d) {
         fs::create_directories(d.path() / "x");
         fs::create_directory_symlink("..", d.path() / "x" / "up");
       },
       "up", Expect::kNotSeen, ""},
      {"dangling symbolic link (a file that vanished)",
       [](const TempDir& d) { fs::create_symlink("nowhere.txt", d.path() / "gone.txt"); },
       "gone.txt", Expect::kSkipped, "vanished"},
      {"FIFO named like an article",
       [](const TempDir& d) { ::mkfifo((d.path() / "pipe.txt").c_str(), 0644); }, "pipe.txt",
       Expect::kSkipped, "not a regular file"},
      {"folder named like an article",
       [](const TempDir& d) { fs::create_directories(d.path() / "folder.txt"); }, "folder.txt",
       Expect::kNotSeen, ""},
      {"tree 1000 folders deep",
       [](const TempDir& d) { make_deep(d.path(), 1000, "Deep article\n\nAt the bottom.\n"); },
       "bottom.txt", Expect::kIndexed, ""},
      {"tree deeper than PATH_MAX",
       [](const TempDir& d) { make_deep(d.path(), 1500, "Deeper article\n\nBelow PATH_MAX.\n"); },
       "ddd", Expect::kSkipped, "folder could not be read (File name too long)"},
  };
  return all;
}

TEST(BadInput, NothingCrashesHangsOrLosesTheOtherArticle) {
  for (const Case& c : cases()) {
    TempDir corpus, dbdir;
    corpus.write("good.txt", kGood);
    c.make(corpus);
    IndexOptions options;
    options.db_path = dbdir.path() / "db";
    Collect observer;
    const auto start = std::chrono::steady_clock::now();
    IndexStats stats;
    try {
      stats = index_paths({corpus.path()}, options, &observer);
    } catch (const std::exception& e) {
      ADD_FAILURE() << c.name << ": threw " << e.what();
    }
    const auto took = std::chrono::steady_clock::now() - start;
    // A hang guard, not a speed target: generous enough for ASan on a loaded 2-core machine.
    EXPECT_LT(took, std::chrono::seconds(60)) << c.name;
    RecordProperty(c.name.substr(0, 20), static_cast<int>(took / std::chrono::milliseconds(1)));
    const auto contents = testing::database_contents(options.db_path);
    const std::string good = (corpus.path() / "good.txt").string();
    EXPECT_EQ(contents.count(good), 1u) << c.name << ": the good article is missing";

    const testing::StoredEntry* bad = nullptr;
    for (const auto& [path, entry] : contents) {
      if (fs::path(path).filename() == c.file) bad = &entry;
    }
    switch (c.expect) {
      case Expect::kIndexed:
        EXPECT_TRUE(bad != nullptr) << c.name << ": not indexed; skipped because: "
                                    << (observer.skips.count(c.file) ? observer.skips[c.file]
                                                                     : "(not reported)");
        if (bad && c.check) {
          SCOPED_TRACE(c.name);
          c.check(*bad);
        }
        break;
      case Expect::kSkipped:
        EXPECT_TRUE(bad == nullptr) << c.name;
        ASSERT_EQ(observer.skips.count(c.file), 1u) << c.name << ": no reason given ("
                                                     << stats.skipped << " skipped)";
        EXPECT_NE(observer.skips[c.file].find(c.reason), std::string::npos)
            << c.name << ": " << observer.skips[c.file];
        break;
      case Expect::kNotSeen:
        EXPECT_TRUE(bad == nullptr) << c.name;
        EXPECT_EQ(observer.skips.count(c.file), 0u) << c.name << ": " << observer.skips[c.file];
        EXPECT_EQ(stats.skipped, 0u) << c.name;
        break;
    }
    EXPECT_EQ(contents.size(), 1u + (bad != nullptr)) << c.name;
    // Running again changes nothing.
    const IndexStats again = index_paths({corpus.path()}, options);
    EXPECT_EQ(again.indexed + again.updated + again.removed + again.renamed, 0u) << c.name;
    remove_deep(AT_FDCWD, (corpus.path() / "ddd").c_str());
  }
}

// Files deleted while the run is under way (after the walk saw them) are reported or
// indexed, never crash the run; the next run leaves exactly the files that exist.
class DeleteDuringRun : public IndexObserver {
 public:
  explicit DeleteDuringRun(fs::path dir) : dir_(std::move(dir)) {}
  void on_progress(std::size_t done, std::size_t) override {
    if (done == 1) fs::remove_all(dir_);
  }

 private:
  fs::path dir_;
};

TEST(BadInput, FilesVanishingDuringTheRun) {
  TempDir corpus, dbdir;
  const auto files = testing::write_corpus(corpus, 300);
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  DeleteDuringRun observer(corpus.path() / "c");
  index_paths({corpus.path()}, options, &observer);
  std::map<std::string, std::string> left;
  for (const auto& [rel, m] : files) {
    if (!rel.starts_with("c/")) left[rel] = m;
  }
  index_paths({corpus.path()}, options);
  testing::expect_database_holds(options.db_path, corpus.path(), left);
}

}  // namespace
}  // namespace news
