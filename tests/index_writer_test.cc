// news::index_paths through the library: incremental updates, renames, missing roots,
// interruption, the lock, schema versions, and searches while the writer commits.
#include <atomic>
#include <cctype>
#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

#include "news/error.h"
#include "news/index_writer.h"
#include "news/searcher.h"
#include "aliases.h"
#include "reliability_util.h"
#include "document.h"
#include "schema.h"
#include "test_util.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string article(const std::string& word) {
  return "Report on " + word + "\n\nThe " + word + " story continues with more " + word +
         " details.\n";
}

using testing::touch_later;

struct Counts {
  std::size_t indexed, updated, unchanged, renamed, removed, skipped;
  bool operator==(const Counts&) const = default;
};
Counts counts(const IndexStats& s) {
  return {s.indexed, s.updated, s.unchanged, s.renamed, s.removed, s.skipped};
}
std::ostream& operator<<(std::ostream& o, const Counts& c) {
  return o << "{indexed " << c.indexed << ", updated " << c.updated << ", unchanged "
           << c.unchanged << ", renamed " << c.renamed << ", removed " << c.removed
           << ", skipped " << c.skipped << "}";
}

std::set<std::string> stored_names(const fs::path& db, const fs::path& root) {
  std::set<std::string> names;
  for (const auto& [path, entry] : testing::database_contents(db)) {
    names.insert(fs::path(path).lexically_relative(root).string());
  }
  return names;
}

// Each case: the corpus a.txt, b.txt, c.txt is indexed, then `change` is applied and the
// folder indexed again; the second run's counts and the database's files are checked.
TEST(IndexWriter, IncrementalUpdateTable) {
  const struct {
    std::string name;
    std::function<void(const TempDir&)> change;
    Counts expected;
    std::set<std::string> files;
  } cases[] = {
      {"nothing changed", [](const TempDir&) {}, {0, 0, 3, 0, 0, 0}, {"a.txt", "b.txt", "c.txt"}},
      {"one file edited",
       [](const TempDir& d) { touch_later(d.write("a.txt", article("anchovy changed"))); },
       {0, 1, 2, 0, 0, 0},
       {"a.txt", "b.txt", "c.txt"}},
      {"touched, same bytes", [](const TempDir& d) { touch_later(d.path() / "b.txt"); },
       {0, 0, 3, 0, 0, 0},
       {"a.txt", "b.txt", "c.txt"}},
      {"one file deleted", [](const TempDir& d) { fs::remove(d.path() / "c.txt"); },
       {0, 0, 2, 0, 1, 0},
       {"a.txt", "b.txt"}},
      {"one file added", [](const TempDir& d) { d.write("sub/d.txt", article("dolphin")); },
       {1, 0, 3, 0, 0, 0},
       {"a.txt", "b.txt", "c.txt", "sub/d.txt"}},
      {"renamed",
       [](const TempDir& d) { fs::rename(d.path() / "a.txt", d.path() / "renamed.txt"); },
       {0, 0, 2, 1, 0, 0},
       {"renamed.txt", "b.txt", "c.txt"}},
      {"moved into a new folder",
       [](const TempDir& d) {
         fs::create_directories(d.path() / "x" / "y");
         fs::rename(d.path() / "b.txt", d.path() / "x" / "y" / "b.txt");
       },
       {0, 0, 2, 1, 0, 0},
       {"a.txt", "x/y/b.txt", "c.txt"}},
      {"renamed and copied: one rename, one new",
       [](const TempDir& d) {
         fs::copy_file(d.path() / "a.txt", d.path() / "copy1.txt");
         fs::rename(d.path() / "a.txt", d.path() / "copy2.txt");
       },
       {1, 0, 2, 1, 0, 0},
       {"copy1.txt", "copy2.txt", "b.txt", "c.txt"}},
      {"copied, original kept: a new article",
       [](const TempDir& d) { fs::copy_file(d.path() / "a.txt", d.path() / "copy.txt"); },
       {1, 0, 3, 0, 0, 0},
       {"a.txt", "copy.txt", "b.txt", "c.txt"}},
      {"emptied: skipped and the old version dropped",
       [](const TempDir& d) { touch_later(d.write("c.txt", "")); },
       {0, 0, 2, 0, 1, 1},
       {"a.txt", "b.txt"}},
      {"hidden file and non-article ignored",
       [](const TempDir& d) {
         d.write(".hidden.txt", article("hidden"));
         d.write("notes.pdf", article("pdf"));
       },
       {0, 0, 3, 0, 0, 0},
       {"a.txt", "b.txt", "c.txt"}},
  };
  for (const auto& c : cases) {
    TempDir corpus, dbdir;
    corpus.write("a.txt", article("anchovy"));
    corpus.write("b.txt", article("barracuda"));
    corpus.write("c.txt", article("cod"));
    IndexOptions options;
    options.db_path = dbdir.path() / "db";
    ASSERT_EQ(counts(index_paths({corpus.path()}, options)), (Counts{3, 0, 0, 0, 0, 0})) << c.name;
    c.change(corpus);
    EXPECT_EQ(counts(index_paths({corpus.path()}, options)), c.expected) << c.name;
    EXPECT_EQ(stored_names(options.db_path, corpus.path()), c.files) << c.name;
    // A third run finds nothing to do: every change was recorded.
    const IndexStats third = index_paths({corpus.path()}, options);
    EXPECT_EQ(third.unchanged, c.files.size()) << c.name;
    EXPECT_EQ(third.indexed + third.updated + third.renamed + third.removed, 0u) << c.name;
  }
}

TEST(IndexWriter, RenamedArticleIsFoundUnderItsNewPathOnly) {
  TempDir corpus, dbdir;
  corpus.write("old.txt", article("walrus"));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  index_paths({corpus.path()}, options);
  fs::rename(corpus.path() / "old.txt", corpus.path() / "new name.txt");
  ASSERT_EQ(index_paths({corpus.path()}, options).renamed, 1u);
  Searcher searcher(options.db_path);
  SearchRequest request;
  request.query = "walrus";
  const SearchResult result = searcher.search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].path, (corpus.path() / "new name.txt").string());
  Xapian::Database db(options.db_path.string());
  EXPECT_FALSE(db.term_exists(schema::id_term((corpus.path() / "old.txt").string())));
  EXPECT_TRUE(db.term_exists(schema::id_term((corpus.path() / "new name.txt").string())));
}

TEST(IndexWriter, RebuildIndexesEverythingAgain) {
  TempDir corpus, dbdir;
  corpus.write("a.txt", article("anchovy"));
  corpus.write("b.txt", article("barracuda"));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  index_paths({corpus.path()}, options);
  options.rebuild = true;
  const IndexStats s = index_paths({corpus.path()}, options);
  EXPECT_EQ(counts(s), (Counts{2, 0, 0, 0, 0, 0}));
  EXPECT_EQ(testing::database_contents(options.db_path).size(), 2u);
}

TEST(IndexWriter, MissingRootKeepsItsArticlesAndOtherRootsAreUntouched) {
  TempDir one, two, dbdir;
  one.write("a.txt", article("anchovy"));
  two.write("b.txt", article("barracuda"));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  index_paths({one.path(), two.path()}, options);
  // Indexing `one` alone does not remove `two`'s articles (corpora share a database).
  const IndexStats only_one = index_paths({one.path()}, options);
  EXPECT_EQ(only_one.removed, 0u);
  // A root that has gone (an unmounted disk) is reported, and its articles are kept.
  fs::remove(two.path() / "b.txt");
  const fs::path missing = dbdir.path() / "unmounted";
  const IndexStats s = index_paths({one.path(), missing}, options);
  EXPECT_EQ(s.missing_roots, std::vector<fs::path>{missing});
  EXPECT_EQ(s.removed, 0u);
  EXPECT_EQ(testing::database_contents(options.db_path).size(), 2u);
  // Named as a root that is missing, b.txt's folder keeps its article too.
  fs::remove_all(two.path());
  const IndexStats t = index_paths({two.path()}, options);
  EXPECT_EQ(t.missing_roots.size(), 1u);
  EXPECT_EQ(t.kept, 1u);
  EXPECT_EQ(t.removed, 0u);
}

TEST(IndexWriter, SkipReasonsAreGrouped) {
  TempDir corpus, dbdir;
  corpus.write("good.txt", article("anchovy"));
  corpus.write("e1.txt", "");
  corpus.write("e2.txt", "  \n\n ");
  corpus.write("bin.txt", std::string("abc\0def", 7));
  corpus.write("big.txt", std::string(5000, 'x'));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  options.max_file_size = 4096;
  const IndexStats s = index_paths({corpus.path()}, options);
  EXPECT_EQ(s.indexed, 1u);
  EXPECT_EQ(s.skipped, 4u);
  std::size_t sum = 0;
  for (const auto& [reason, n] : s.skip_reasons) sum += n;
  EXPECT_EQ(sum, s.skipped);
  EXPECT_EQ(s.skip_reasons.at("empty file"), 2u);
  EXPECT_EQ(s.skip_reasons.at("larger than the size limit"), 1u);
}

// Raises the stop flag after `after` files, as a signal handler would.
class StopAfter : public IndexObserver {
 public:
  StopAfter(std::atomic<bool>& stop, std::size_t after) : stop_(stop), after_(after) {}
  void on_progress(std::size_t done, std::size_t) override {
    if (done >= after_) stop_.store(true);
  }

 private:
  std::atomic<bool>& stop_;
  std::size_t after_;
};

TEST(IndexWriter, StopCommitsWhatIsDoneAndRemovesNothing) {
  for (const std::size_t after : {std::size_t{1}, std::size_t{7}, std::size_t{19}}) {
    TempDir corpus, dbdir;
    const auto files = testing::write_corpus(corpus, 20);
    corpus.write("old/gone.txt", article("gone"));
    IndexOptions options;
    options.db_path = dbdir.path() / "db";
    index_paths({corpus.path()}, options);
    fs::remove_all(corpus.path() / "old");
    options.rebuild = true;
    options.batch_size = 3;
    std::atomic<bool> stop{false};
    options.stop = &stop;
    StopAfter observer(stop, after);
    const IndexStats s = index_paths({corpus.path()}, options, &observer);
    EXPECT_TRUE(s.interrupted) << after;
    EXPECT_EQ(s.indexed, after) << after;
    EXPECT_EQ(testing::database_contents(options.db_path).size(), after) << after;
    // The next run finishes the job.
    stop.store(false);
    options.rebuild = false;
    const IndexStats rest = index_paths({corpus.path()}, options);
    EXPECT_FALSE(rest.interrupted);
    EXPECT_EQ(rest.indexed, 20 - after) << after;
    testing::expect_database_holds(options.db_path, corpus.path(), files);
  }
}

TEST(IndexWriter, InterruptedRunRemovesNothing) {
  TempDir corpus, dbdir;
  testing::write_corpus(corpus, 10);
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  index_paths({corpus.path()}, options);
  fs::remove(corpus.path() / "a" / "0.txt");
  std::atomic<bool> stop{true};
  options.stop = &stop;
  const IndexStats s = index_paths({corpus.path()}, options);
  EXPECT_TRUE(s.interrupted);
  EXPECT_EQ(s.removed, 0u);
  EXPECT_EQ(testing::database_contents(options.db_path).size(), 10u);
}

TEST(IndexWriter, LockedDatabaseWaitsThenFailsNamingIt) {
  TempDir corpus, dbdir;
  corpus.write("a.txt", article("anchovy"));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  options.lock_wait = std::chrono::milliseconds(400);
  Xapian::WritableDatabase holder(options.db_path.string(), Xapian::DB_CREATE_OR_OPEN);
  const auto start = std::chrono::steady_clock::now();
  try {
    index_paths({corpus.path()}, options);
    ADD_FAILURE() << "indexing a locked database succeeded";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kDatabaseLocked) << e.what();
    EXPECT_NE(std::string(e.what()).find(options.db_path.string()), std::string::npos) << e.what();
    EXPECT_FALSE(e.hint().empty());
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(400));
}

TEST(IndexWriter, LockReleasedWhileWaitingIsTaken) {
  TempDir corpus, dbdir;
  corpus.write("a.txt", article("anchovy"));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  options.lock_wait = std::chrono::seconds(20);
  auto holder = std::make_unique<Xapian::WritableDatabase>(options.db_path.string(),
                                                           Xapian::DB_CREATE_OR_OPEN);
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    holder.reset();
  });
  const IndexStats s = index_paths({corpus.path()}, options);
  release.join();
  EXPECT_EQ(s.indexed, 1u);
}

TEST(IndexWriter, OtherSchemaVersionIsRefusedUntilRebuild) {
  TempDir corpus, dbdir;
  corpus.write("a.txt", article("anchovy"));
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  index_paths({corpus.path()}, options);
  {
    Xapian::WritableDatabase db(options.db_path.string());
    db.set_metadata(std::string(schema::kVersionKey), "0-old");
    db.commit();
  }
  try {
    index_paths({corpus.path()}, options);
    ADD_FAILURE() << "a database of another schema version was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kSchemaMismatch) << e.what();
    EXPECT_NE(e.hint().find("--rebuild"), std::string::npos) << e.hint();
  }
  options.rebuild = true;
  EXPECT_EQ(index_paths({corpus.path()}, options).indexed, 1u);
}

TEST(IndexWriter, NoOpRunWritesNoNewRevision) {
  TempDir corpus, dbdir;
  testing::write_corpus(corpus, 10);
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  index_paths({corpus.path()}, options);
  const auto revision = [&] { return Xapian::Database(options.db_path.string()).get_revision(); };
  const auto before = revision();
  index_paths({corpus.path()}, options);
  EXPECT_EQ(revision(), before);
}

// An article quoting `speaker`, with enough words to be indexed.
std::string quoting(const std::string& speaker, const std::string& topic) {
  return "Harbour council on " + topic + "\n\n\"We will rebuild the " + topic +
         " before winter,\" said " + speaker + ", the head of the harbour council.\n\n"
         "The fleet returned after the storm and the crews counted the catch.\n";
}

// The speaker alias table stored in the database is the one its documents give, after a
// first index (written in shards when threads > 1) and after each run that changes
// documents; it goes in with the run's last commit. A run that changes no document does not
// build it again: a table put there by hand stays.
TEST(IndexWriter, AliasTableFollowsTheDocumentsAndANoOpRunLeavesIt) {
  for (const std::size_t threads : {1u, 3u}) {
    const std::string input = std::to_string(threads) + " threads";
    TempDir corpus, dbdir;
    testing::write_corpus(corpus, 30);
    corpus.write("q/kovalenko.txt", quoting("Olena Kovalenko", "pier"));
    IndexOptions options;
    options.db_path = dbdir.path() / "db";
    options.batch_size = 4;  // 31 files: shards when threads > 1
    options.threads = threads;
    const auto table = [&] {
      return Xapian::Database(options.db_path.string())
          .get_metadata(std::string(schema::kAliasesKey));
    };
    const auto up_to_date = [&] {
      Xapian::WritableDatabase db(options.db_path.string(), Xapian::DB_OPEN);
      return !update_aliases(db);  // true when rebuilding it would change nothing
    };
    EXPECT_EQ(index_paths({corpus.path()}, options).indexed, 31u) << input;
    EXPECT_NE(table().find("Olena Kovalenko"), std::string::npos) << input << ": " << table();
    EXPECT_TRUE(up_to_date()) << input << ", first index";

    corpus.write("q/marchetti.txt", quoting("Paolo Marchetti", "quay"));
    EXPECT_EQ(index_paths({corpus.path()}, options).indexed, 1u) << input;
    EXPECT_NE(table().find("Paolo Marchetti"), std::string::npos) << input << ": " << table();
    EXPECT_TRUE(up_to_date()) << input << ", after an added article";

    fs::remove(corpus.path() / "q/kovalenko.txt");
    EXPECT_EQ(index_paths({corpus.path()}, options).removed, 1u) << input;
    EXPECT_EQ(table().find("Olena Kovalenko"), std::string::npos) << input << ": " << table();
    EXPECT_TRUE(up_to_date()) << input << ", after a removed article";

    {
      Xapian::WritableDatabase db(options.db_path.string(), Xapian::DB_OPEN);
      db.set_metadata(std::string(schema::kAliasesKey), "Set\tBy hand\tset\n");
      db.commit();
    }
    EXPECT_EQ(index_paths({corpus.path()}, options).unchanged, 31u) << input;
    EXPECT_EQ(table(), "Set\tBy hand\tset\n") << input << ", no-op run";
  }
}

// Roots that overlap (a folder and a folder inside it, or one root given twice) index each
// file once.
TEST(IndexWriter, OverlappingRootsIndexEachFileOnce) {
  TempDir corpus, dbdir;
  const auto files = testing::write_corpus(corpus, 10);
  const struct {
    std::string label;
    std::vector<fs::path> roots;
  } cases[] = {
      {"folder and subfolder", {corpus.path(), corpus.path() / "a"}},
      {"subfolder first", {corpus.path() / "b", corpus.path()}},
      {"the same root twice", {corpus.path(), corpus.path()}},
      {"a file and its folder", {corpus.path() / "a" / "0.txt", corpus.path()}},
  };
  for (const auto& c : cases) {
    IndexOptions options;
    options.db_path = dbdir.path() / c.label;
    const IndexStats stats = index_paths(c.roots, options);
    EXPECT_EQ(stats.indexed, files.size()) << c.label;
    EXPECT_EQ(stats.files, files.size()) << c.label;
    testing::expect_database_holds(options.db_path, corpus.path(), files);
  }
}

// What make_document stores is what read_stored gives back, whatever the text holds:
// quotes, backslashes, control characters, letters of any script, 4-byte characters, bytes
// that are not UTF-8 (stored as U+FFFD), nulls for a missing date or URL.
TEST(StoredData, ReadsBackWhatMakeDocumentWrote) {
  const auto make = [](std::string title, std::optional<std::string> date, std::string url,
                       std::string source, std::string body, std::vector<std::string> speakers) {
    Article a;
    a.title = std::move(title);
    a.date = std::move(date);
    a.url = std::move(url);
    a.source = std::move(source);
    a.body = std::move(body);
    a.speakers = std::move(speakers);
    return a;
  };
  const Article cases[] = {
      make("Plain", "2021-12-17", "https://example.com/a", "Example", "Body text.", {"Jens Stoltenberg"}),
      make("Undated", std::nullopt, "", "", "", {}),
      make("Quotes \"and\" back\\slashes /", "2022-01-09", "", "Src",
           "Line one\nline\ttwo\r\x01\x1f end", {"A \"Nick\" B", "C\\D"}),
      make("Jürgen Gruško 日本 😀", std::nullopt, "https://ex.com/ü?q=\"x\"", "Über",
           "Émigré’s café — “quoted” …", {"Jürgen Klopp", "Олена Зеленська"}),
  };
  Xapian::TermGenerator termgen;
  for (const Article& a : cases) {
    const FileIdentity file{"/corpus/" + a.title + ".txt", "1:2", "abc"};
    const Xapian::Document doc = make_document(a, file, termgen);
    const StoredArticle s = read_stored(doc);
    EXPECT_EQ(s.path, file.path) << a.title;
    EXPECT_EQ(s.title, a.title) << a.title;
    EXPECT_EQ(s.date, a.date) << a.title;
    EXPECT_EQ(s.url, a.url.empty() ? std::nullopt : std::optional<std::string>(a.url)) << a.title;
    EXPECT_EQ(s.source, a.source) << a.title;
    EXPECT_EQ(s.speakers, a.speakers) << a.title;
    EXPECT_EQ(s.text, a.body) << a.title;
  }
  // Not UTF-8: stored with U+FFFD instead of the bad byte, read back the same way.
  Article bad = cases[0];
  bad.body = "caf\xe9 au lait";
  const StoredArticle s = read_stored(make_document(bad, {"/corpus/bad.txt", "1:2", "abc"}, termgen));
  EXPECT_EQ(s.text, "caf\xef\xbf\xbd au lait") << bad.body;
}

// Data that is not of make_document's shape is read by the general JSON parser, or refused
// as corrupt.
TEST(StoredData, OtherShapesAreParsedOrRefused) {
  Xapian::Document doc;
  doc.set_data(R"({"text": "t", "path": "/p", "extra": 1, "title": "T", "date": null,
                   "url": null, "speakers": []})");
  EXPECT_EQ(read_stored(doc).title, "T") << doc.get_data();
  doc.set_data(R"({"path": "/p", "title": "\u00e9\u20ac\ud83d\ude00\n", "date": null, "url": null,
                   "speakers": ["a\"b"], "text": ""})");  // escapes other writers use
  EXPECT_EQ(read_stored(doc).title, "é€😀\n") << doc.get_data();
  EXPECT_EQ(read_stored(doc).speakers, std::vector<std::string>{"a\"b"}) << doc.get_data();
  doc.set_data(R"({"title": "T"})");
  EXPECT_THROW(read_stored(doc), Error) << doc.get_data();
  doc.set_data("not json");
  EXPECT_THROW(read_stored(doc), Error) << doc.get_data();
}

// The spelling table (did-you-mean) holds the unstemmed words of the articles with their
// counts, numbers left out, whether the first index is written in shards by several
// threads (each shard writing its own spelling data) or by one thread.
TEST(IndexWriter, SpellingDataIsTheSameWithOrWithoutShards) {
  TempDir corpus;
  testing::write_corpus(corpus, 30);
  corpus.write("z/extra.txt",
               "Guarantees for harbours\n\nSecurity guarantees were given in 2021.\n");
  const auto spellings = [&](std::size_t threads) {
    TempDir dbdir;
    IndexOptions options;
    options.db_path = dbdir.path() / "db";
    options.batch_size = 4;  // 31 files, at least two batches: shards when threads > 1
    options.threads = threads;
    EXPECT_EQ(index_paths({corpus.path()}, options).indexed, 31u) << threads;
    Xapian::Database db(options.db_path.string());
    std::map<std::string, Xapian::doccount> words;
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) {
      words[*w] = w.get_termfreq();
    }
    return words;
  };
  const auto one = spellings(1);
  EXPECT_EQ(spellings(3), one) << "3 threads";
  EXPECT_TRUE(one.contains("guarantees")) << "unstemmed words";
  EXPECT_TRUE(one.contains("harbours")) << "unstemmed words";
  EXPECT_FALSE(one.contains("guarante")) << "no stems";
  EXPECT_FALSE(one.contains("2021")) << "no numbers";
  // Each generated article: "harbour" in the title (indexed twice: title and body) and in
  // each of its 4 paragraphs.
  EXPECT_EQ(one.count("harbour") ? one.at("harbour") : 0u, 30u * (2 + 4)) << "harbour";
}

// A reader searching in a loop while the writer commits small batches: every search answers.
TEST(IndexWriter, SearchesAnswerWhileTheWriterCommits) {
  TempDir corpus, dbdir;
  testing::write_corpus(corpus, 400);
  IndexOptions options;
  options.db_path = dbdir.path() / "db";
  options.batch_size = 10;
  {
    TempDir first;
    first.write("seed.txt", testing::generated_article(9999, 0));
    index_paths({first.path()}, options);
  }
  std::atomic<bool> done{false};
  std::thread writer([&] {
    index_paths({corpus.path()}, options);
    done.store(true);
  });
  Searcher searcher(options.db_path);
  std::size_t searches = 0, failures = 0;
  std::string last_error;
  while (!done.load()) {
    try {
      SearchRequest request;
      request.query = "harbour quotas";
      searcher.search(request);
    } catch (const Error& e) {
      ++failures;
      last_error = e.what();
    }
    ++searches;
  }
  writer.join();
  EXPECT_GT(searches, 5u);
  EXPECT_EQ(failures, 0u) << last_error << " (" << searches << " searches)";
}

// The value in `slot` of the document for `path`.
std::string stored_value(const fs::path& db_path, const fs::path& path, Xapian::valueno slot) {
  Xapian::Database db(db_path.string());
  auto p = db.postlist_begin(schema::id_term(path.string()));
  if (p == db.postlist_end(schema::id_term(path.string()))) return "(no document)";
  return db.get_document(*p).get_value(slot);
}

// Sets the stored fingerprint and content hash of the document for `path`.
void set_stored(const fs::path& db_path, const fs::path& path, const std::string& fingerprint,
                const std::string& hash) {
  Xapian::WritableDatabase db(db_path.string(), Xapian::DB_OPEN);
  const Xapian::docid id = *db.postlist_begin(schema::id_term(path.string()));
  Xapian::Document doc = db.get_document(id);
  doc.add_value(schema::kSlotFingerprint, fingerprint);
  doc.add_value(schema::kSlotContentHash, hash);
  db.replace_document(id, doc);
  db.commit();
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The stored fingerprint ("size:mtime_ns") and content hash (16 lower-case hex digits) are
// compared as numbers. A stored text in any other form never matches, as when they were
// compared as text: the file is read again; the same bytes get the fingerprint written
// again, a hash in another form means the file is indexed again, and a rename is only
// recognised by a hash in the form the indexer writes.
TEST(IndexWriter, StoredFingerprintOrHashInAnotherFormIsNotAMatch) {
  using Edit = std::function<std::string(const std::string&)>;
  const Edit same = [](const std::string& s) { return s; };
  const Edit none = [](const std::string&) { return std::string(); };
  const struct {
    std::string name;
    Edit fingerprint, hash;
    bool rename;  // a.txt renamed to b.txt before the second run
    Counts expected;
    bool writes;  // the second run writes a new revision
  } cases[] = {
      {"as written", same, same, false, {0, 0, 1, 0, 0, 0}, false},
      {"fingerprint with a leading zero", [](const std::string& s) { return "0" + s; }, same,
       false, {0, 0, 1, 0, 0, 0}, true},
      {"fingerprint with a plus sign", [](const std::string& s) { return "+" + s; }, same, false,
       {0, 0, 1, 0, 0, 0}, true},
      {"fingerprint with a trailing space", [](const std::string& s) { return s + " "; }, same,
       false, {0, 0, 1, 0, 0, 0}, true},
      {"fingerprint with a third field", [](const std::string& s) { return s + ":0"; }, same,
       false, {0, 0, 1, 0, 0, 0}, true},
      {"fingerprint with another separator",
       [](const std::string& s) {
         std::string t = s;
         t[t.find(':')] = ';';
         return t;
       },
       same, false, {0, 0, 1, 0, 0, 0}, true},
      {"fingerprint missing", none, same, false, {0, 0, 1, 0, 0, 0}, true},
      {"hash in upper case", none, upper, false, {0, 1, 0, 0, 0, 0}, true},
      {"hash one digit short", none, [](const std::string& s) { return s.substr(1); }, false,
       {0, 1, 0, 0, 0, 0}, true},
      {"hash with a trailing space", none, [](const std::string& s) { return s + " "; }, false,
       {0, 1, 0, 0, 0, 0}, true},
      {"hash missing", none, none, false, {0, 1, 0, 0, 0, 0}, true},
      {"renamed, hash as written", same, same, true, {0, 0, 0, 1, 0, 0}, true},
      {"renamed, hash in upper case", same, upper, true, {1, 0, 0, 0, 1, 0}, true},
  };
  for (const auto& c : cases) {
    TempDir corpus, dbdir;
    const fs::path a = corpus.write("a.txt", article("anchovy"));
    const fs::path b = corpus.path() / "b.txt";
    IndexOptions options;
    options.db_path = dbdir.path() / "db";
    ASSERT_EQ(counts(index_paths({corpus.path()}, options)), (Counts{1, 0, 0, 0, 0, 0})) << c.name;
    const std::string fingerprint = stored_value(options.db_path, a, schema::kSlotFingerprint);
    const std::string hash = stored_value(options.db_path, a, schema::kSlotContentHash);
    ASSERT_NE(upper(hash), hash) << c.name << ": the hash has no letter, " << hash;
    set_stored(options.db_path, a, c.fingerprint(fingerprint), c.hash(hash));
    if (c.rename) fs::rename(a, b);
    const auto revision = [&] { return Xapian::Database(options.db_path.string()).get_revision(); };
    const auto before = revision();
    EXPECT_EQ(counts(index_paths({corpus.path()}, options)), c.expected) << c.name;
    EXPECT_EQ(revision() != before, c.writes) << c.name;
    // The fingerprint is the one the indexer writes again (a rename keeps size and mtime),
    // so a third run reads nothing and writes nothing.
    const fs::path now = c.rename ? b : a;
    EXPECT_EQ(stored_value(options.db_path, now, schema::kSlotFingerprint), fingerprint) << c.name;
    const auto after = revision();
    EXPECT_EQ(counts(index_paths({corpus.path()}, options)), (Counts{0, 0, 1, 0, 0, 0})) << c.name;
    EXPECT_EQ(revision(), after) << c.name;
  }
}

}  // namespace
}  // namespace news
