// Top lists (common/src/top_lists.h): a query of one word found in many articles is ranked
// from the word's list, and gives the page the full match gives, through first indexes,
// changes, removals and interrupted runs.
#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "news/index_writer.h"
#include "news/searcher.h"
#include "schema.h"
#include "test_util.h"
#include "top_lists.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;
using testing::touch_later;

constexpr int kArticles = 150;
constexpr std::size_t kListThreshold = 20;  // "harbour" is in every article, "quay" in 10
constexpr std::size_t kListSize = 100;      // less than "harbour" has: pages past the list

// Article i: "harbour" 1 to 7 times among 0 to 120 words of filler, so that articles differ
// in the word's count and in length, which is what its BM25 weight depends on; dated in
// December 2019, 2020 or 2021.
std::string article(int i) {
  std::string text = (i % 2 ? "Dock report " : "Harbour report ") + std::to_string(i) + "\n\nDecember " +
                     std::to_string(1 + i % 28) + ", " + std::to_string(2019 + i % 3) +
                     "\n\nThe harbour";
  for (int k = 0; k < i % 7; ++k) text += " saw the harbour";
  if (i % 15 == 0) text += " by the quay";
  text += ".";
  for (int k = 0; k < (i * 37) % 121; ++k) text += " cargo" + std::to_string(k % 9);
  return text + ".\n";
}

// Writes article(0) to article(kArticles - 1) into a/ under `dir`; returns that folder.
fs::path write_articles(const TempDir& dir) {
  for (int i = 0; i < kArticles; ++i) dir.write("a/" + std::to_string(i) + ".txt", article(i));
  return dir.path() / "a";
}

IndexOptions options_for(const fs::path& db, bool shards) {
  IndexOptions o;
  o.db_path = db;
  o.top_list_min_articles = kListThreshold;
  o.top_list_size = kListSize;
  if (shards) {  // a first index of at least 2 batches on 2 threads is written in shards
    o.batch_size = 20;
    o.threads = 2;
  } else {
    o.threads = 1;
  }
  return o;
}

// The page as the full match ranks it: paths and weights, from Xapian directly.
std::vector<std::pair<std::string, double>> full_match_page(const fs::path& db_path,
                                                            const std::string& term,
                                                            std::size_t offset, std::size_t limit) {
  Xapian::Database db(db_path.string());
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(term));
  std::vector<std::pair<std::string, double>> page;
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(offset),
                                             static_cast<Xapian::doccount>(limit));
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    page.emplace_back(it.get_document().get_value(schema::kSlotPath), it.get_weight());
  }
  return page;
}

struct Page {
  std::vector<std::pair<std::string, double>> hits;
  std::size_t total = 0;
  bool from_list = false;
};

Page search_page(const fs::path& db, const std::string& query, std::size_t offset,
                 std::size_t limit) {
  Searcher searcher(db);
  SearchRequest r;
  r.query = query;
  r.offset = offset;
  r.limit = limit;
  r.facets = false;
  const SearchResult result = searcher.search(r);
  Page page;
  for (const Hit& h : result.hits) page.hits.emplace_back(h.path, h.score);
  page.total = result.total_estimated;
  page.from_list = result.ranked_from_top_list;
  return page;
}

// The same pages from `db` and from a copy of it without lists: hits, scores and totals.
// `from_list`: whether the page must come from a list (std::nullopt: either may).
struct PageCase {
  std::string query;
  std::size_t offset, limit;
  std::optional<bool> from_list;
};
void expect_same_pages_as_without_lists(const fs::path& db, const std::vector<PageCase>& cases,
                                        const std::string& context) {
  const fs::path copy = db.string() + "-without-lists";
  fs::remove_all(copy);
  fs::copy(db, copy, fs::copy_options::recursive);
  {
    Xapian::WritableDatabase w(copy.string(), Xapian::DB_OPEN);
    ASSERT_TRUE(clear_top_lists(w));
    w.commit();
  }
  for (const PageCase& c : cases) {
    SCOPED_TRACE(context + ": '" + c.query + "', offset " + std::to_string(c.offset) +
                 ", limit " + std::to_string(c.limit));
    const Page page = search_page(db, c.query, c.offset, c.limit);
    const Page full = search_page(copy, c.query, c.offset, c.limit);
    if (c.from_list) {
      EXPECT_EQ(page.from_list, *c.from_list);
    }
    EXPECT_FALSE(full.from_list);
    EXPECT_EQ(page.hits, full.hits);
    EXPECT_EQ(page.total, full.total);
    EXPECT_FALSE(page.hits.empty());
  }
}

// Pages of "harbour" alone: within the list, from it; past it, not. The same as the full
// match, and as Xapian ranks it.
void expect_pages_match_full_ranking(const fs::path& db, std::size_t articles_with_word,
                                     const std::string& context) {
  expect_same_pages_as_without_lists(
      db,
      {{"harbour", 0, 10, true}, {"harbour", 10, 10, true}, {"harbour", 90, 10, true},
       {"harbour", 0, 100, true}, {"harbour", 95, 10, false}, {"harbour", 0, 101, false},
       {"harbour", 140, 10, false}},
      context);
  const Page page = search_page(db, "harbour", 0, 10);
  EXPECT_EQ(page.hits, full_match_page(db, "harbour", 0, 10)) << context;
  EXPECT_EQ(page.total, articles_with_word) << context;
}

TEST(TopLists, OneWordPagesMatchTheFullRanking) {
  for (const bool shards : {false, true}) {
    SCOPED_TRACE(shards ? "first index in shards" : "first index in one database");
    TempDir dir;
    write_articles(dir);
    const fs::path db = dir.path() / "db";
    const IndexStats stats = index_paths({dir.path() / "a"}, options_for(db, shards));
    ASSERT_EQ(stats.indexed, static_cast<std::size_t>(kArticles));
    EXPECT_TRUE(top_lists_current(Xapian::Database(db.string())));
    expect_pages_match_full_ranking(db, kArticles, "first index");

    // With filters: from the list when enough of its articles pass them (a third of the
    // articles are dated 2020), else from the full match; never anything else.
    expect_same_pages_as_without_lists(
        db,
        {{"harbour date:2020", 0, 10, true},
         {"harbour date:2020", 20, 10, std::nullopt},
         {"harbour date:2020", 40, 10, false},
         {"harbour -date:2020", 0, 10, true},
         {"harbour NOT cargo0", 0, 10, std::nullopt},
         {"title:harbour", 0, 10, true},
         {"title:harbour date:2021", 0, 10, true},
         {"harbour date:2019-12-05", 0, 10, false},  // two articles: fewer than the page
         // Never from a list: a word in fewer articles than the threshold, two words.
         {"quay", 0, 10, false},
         {"harbour cargo0", 0, 10, false},
         {"harbour OR quay", 0, 10, false}},
        "filters");
    SearchRequest newest;
    newest.query = "harbour";
    newest.sort = SortOrder::kNewest;
    EXPECT_FALSE(Searcher(db).search(newest).ranked_from_top_list);
  }
}

TEST(TopLists, FollowEditsAndRemovals) {
  TempDir dir;
  write_articles(dir);
  const fs::path db = dir.path() / "db";
  const IndexOptions options = options_for(db, false);
  index_paths({dir.path() / "a"}, options);
  const std::string last_before = full_match_page(db, "harbour", kArticles - 1, 1).at(0).first;

  // The article ranked last becomes the first: the word many times in a short text.
  std::string edited = "Harbour day\n\n";
  for (int k = 0; k < 30; ++k) edited += "harbour ";
  const fs::path target = last_before;
  dir.write(target.lexically_relative(dir.path()).string(), edited + "\n");
  touch_later(target);
  // And the article ranked first is removed.
  fs::remove(full_match_page(db, "harbour", 0, 1).at(0).first);
  const IndexStats stats = index_paths({dir.path() / "a"}, options);
  ASSERT_EQ(stats.updated, 1u);
  ASSERT_EQ(stats.removed, 1u);

  EXPECT_EQ(search_page(db, "harbour", 0, 1).hits.at(0).first, last_before);
  expect_pages_match_full_ranking(db, kArticles - 1, "after an edit and a removal");
}

// Raises the stop flag after the first file, as a signal handler would.
struct StopAfterFirst : IndexObserver {
  explicit StopAfterFirst(std::atomic<bool>& s) : stop(s) {}
  void on_progress(std::size_t, std::size_t) override { stop.store(true); }
  std::atomic<bool>& stop;
};

TEST(TopLists, InterruptedRunLeavesNoStaleListAndTheNextRunMakesThem) {
  TempDir dir;
  write_articles(dir);
  // One more article, in a folder walked first: the word once among 30 other words.
  const auto with_words = [](const std::string& word) {
    std::string text = "Quiet day\n\nThe harbour";
    for (int k = 0; k < 30; ++k) text += " " + word;
    return text + ".\n";
  };
  const fs::path edited = dir.write("b/edited.txt", with_words("cargo1"));
  const std::vector<fs::path> roots = {dir.path() / "b", dir.path() / "a"};
  const fs::path db = dir.path() / "db";
  IndexOptions options = options_for(db, false);
  index_paths(roots, options);
  ASSERT_TRUE(top_lists_current(Xapian::Database(db.string())));

  // Edited to say the word 31 times, which ranks it first, in as many words: the
  // database's count of articles, total length and last id stay the same. A run stopped
  // after that file must leave no list that misses it.
  dir.write("b/edited.txt", with_words("harbour"));
  touch_later(edited);
  std::atomic<bool> stop{false};
  options.stop = &stop;
  StopAfterFirst observer(stop);
  const IndexStats stopped = index_paths(roots, options, &observer);
  ASSERT_TRUE(stopped.interrupted);
  ASSERT_EQ(stopped.updated, 1u);

  EXPECT_FALSE(top_lists_current(Xapian::Database(db.string())));
  const Page page = search_page(db, "harbour", 0, 10);
  EXPECT_FALSE(page.from_list);
  EXPECT_EQ(page.hits, full_match_page(db, "harbour", 0, 10));
  EXPECT_EQ(page.hits.at(0).first, edited.string());

  // The next run changes nothing but makes the missing lists.
  options.stop = nullptr;
  const IndexStats rest = index_paths(roots, options);
  EXPECT_EQ(rest.indexed + rest.updated + rest.removed, 0u);
  EXPECT_TRUE(top_lists_current(Xapian::Database(db.string())));
  expect_pages_match_full_ranking(db, kArticles + 1, "after the interrupted run");
  EXPECT_EQ(search_page(db, "harbour", 0, 1).hits.at(0).first, edited.string());
}

// The list's last places fall within a group of tied articles (the same text): ties are
// ranked by docid, in the list as in the full match.
TEST(TopLists, TiesAtTheEndOfTheList) {
  for (const bool shards : {false, true}) {
    SCOPED_TRACE(shards ? "first index in shards" : "first index in one database");
    TempDir dir;
    for (int i = 0; i < kArticles; ++i) {
      dir.write("a/" + std::to_string(i) + ".txt", article(i));
      dir.write("b/same" + std::to_string(i) + ".txt",
                "Tide table\n\nDecember 2, 2020\n\nThe harbour, the harbour and the harbour.\n");
    }
    const fs::path db = dir.path() / "db";
    index_paths({dir.path() / "a", dir.path() / "b"}, options_for(db, shards));
    // The tied group starts before the list's end and goes on past it.
    std::size_t tied_before_end = 0;
    const auto first_110 = full_match_page(db, "harbour", 0, 110);
    for (std::size_t k = 0; k < first_110.size(); ++k) {
      if (k < kListSize && first_110[k].second == first_110.back().second) ++tied_before_end;
    }
    ASSERT_GT(tied_before_end, 10u);
    ASSERT_EQ(first_110[kListSize - 1].second, first_110[kListSize].second);
    expect_same_pages_as_without_lists(
        db,
        {{"harbour", 0, 100, true}, {"harbour", 90, 10, true}, {"harbour", 95, 10, false},
         {"harbour date:2020-12-02", 0, 10, true}, {"harbour date:2020-12-02", 95, 10, false}},
        "ties");
  }
}

// Renamed and touched files move no ranking: the lists stay, stamped with the new state.
TEST(TopLists, RenamesAndTouchesKeepThem) {
  TempDir dir;
  write_articles(dir);
  const fs::path db = dir.path() / "db";
  const IndexOptions options = options_for(db, false);
  index_paths({dir.path() / "a"}, options);
  fs::rename(dir.path() / "a/3.txt", dir.path() / "a/3-renamed.txt");
  touch_later(dir.path() / "a/4.txt");
  const IndexStats stats = index_paths({dir.path() / "a"}, options);
  ASSERT_EQ(stats.renamed, 1u);
  ASSERT_EQ(stats.indexed + stats.updated + stats.removed, 0u);
  EXPECT_TRUE(top_lists_current(Xapian::Database(db.string())));
  expect_pages_match_full_ranking(db, kArticles, "after a rename and a touch");
}

// The steps after the files, as the observer hears of them: the lists are computed when an
// article was added, changed or removed, or when they are missing; not after a rename.
struct StageRecorder : IndexObserver {
  void on_stage(IndexStage stage) override { stages.push_back(stage); }
  std::vector<IndexStage> stages;
};

TEST(TopLists, ComputedWhenRankingsMayHaveMovedAndOnlyThen) {
  using S = IndexStage;
  for (const bool shards : {false, true}) {
    SCOPED_TRACE(shards ? "first index in shards" : "first index in one database");
    TempDir dir;
    write_articles(dir);
    const fs::path db = dir.path() / "db";
    const IndexOptions options = options_for(db, shards);
    const auto stages_of_a_run = [&] {
      StageRecorder recorder;
      index_paths({dir.path() / "a"}, options, &recorder);
      return recorder.stages;
    };
    const std::vector<S> first_index =
        shards ? std::vector<S>{S::kMergingShards, S::kSpeakerAliases, S::kTopLists}
               : std::vector<S>{S::kSpeakerAliases, S::kTopLists};
    EXPECT_EQ(stages_of_a_run(), first_index);
    EXPECT_EQ(stages_of_a_run(), std::vector<S>{}) << "nothing changed";
    fs::rename(dir.path() / "a/7.txt", dir.path() / "a/7-moved.txt");
    EXPECT_EQ(stages_of_a_run(), (std::vector<S>{S::kSpeakerAliases})) << "a rename";
    EXPECT_TRUE(top_lists_current(Xapian::Database(db.string())));
    fs::remove(dir.path() / "a/8.txt");
    EXPECT_EQ(stages_of_a_run(), (std::vector<S>{S::kSpeakerAliases, S::kTopLists})) << "a removal";
    {
      Xapian::WritableDatabase w(db.string(), Xapian::DB_OPEN);
      w.set_metadata("another-program", "was here");
      w.commit();
    }
    EXPECT_EQ(stages_of_a_run(), (std::vector<S>{S::kTopLists})) << "stale after another commit";
    EXPECT_TRUE(top_lists_current(Xapian::Database(db.string())));
  }
}

TEST(TopLists, ChangeMadeOutsideNewsIndexMakesThemStale) {
  TempDir dir;
  write_articles(dir);
  const fs::path db = dir.path() / "db";
  index_paths({dir.path() / "a"}, options_for(db, false));
  {
    Xapian::WritableDatabase w(db.string(), Xapian::DB_OPEN);
    Xapian::Document doc = w.get_document(1);  // a copy that says "harbour" 50 times more
    doc.add_term("harbour", 50);
    w.add_document(doc);
    w.commit();
  }
  EXPECT_FALSE(top_lists_current(Xapian::Database(db.string())));
  const Page page = search_page(db, "harbour", 0, 10);
  EXPECT_FALSE(page.from_list);
  EXPECT_EQ(page.hits, full_match_page(db, "harbour", 0, 10));
}

// Another program replaces an article by one as long (one word swapped for "harbour"):
// the count of articles, their total length and the last id stay; the lists are stale.
TEST(TopLists, SameLengthChangeOutsideNewsIndexMakesThemStale) {
  TempDir dir;
  write_articles(dir);
  const fs::path db = dir.path() / "db";
  index_paths({dir.path() / "a"}, options_for(db, false));
  const std::string last = full_match_page(db, "harbour", kArticles - 1, 1).at(0).first;
  {
    Xapian::WritableDatabase w(db.string(), Xapian::DB_OPEN);
    const Xapian::docid id = *w.postlist_begin(schema::id_term(last));
    Xapian::Document doc = w.get_document(id);
    Xapian::termcount moved = 0;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      if ((*t).starts_with("cargo")) moved += t.get_wdf();
    }
    ASSERT_GT(moved, 0u);
    for (const std::string term : {"cargo0", "cargo1", "cargo2", "cargo3", "cargo4", "cargo5",
                                   "cargo6", "cargo7", "cargo8"}) {
      try {
        doc.remove_term(term);
      } catch (const Xapian::InvalidArgumentError&) {  // not in this article
      }
    }
    doc.add_term("harbour", moved);
    w.replace_document(id, doc);
    w.commit();
  }
  EXPECT_FALSE(top_lists_current(Xapian::Database(db.string())));
  const Page page = search_page(db, "harbour", 0, 10);
  EXPECT_FALSE(page.from_list);
  EXPECT_EQ(page.hits.at(0).first, last);
}

TEST(TopLists, DocidFilterMatchesExactlyItsArticles) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < 50; ++i) {
    Xapian::Document doc;
    doc.add_term("w", static_cast<Xapian::termcount>(1 + i % 3));
    db.add_document(doc);
  }
  const std::vector<std::vector<Xapian::docid>> lists = {{}, {1}, {50}, {2, 3, 17, 49}, {7, 8, 9, 10}};
  for (const auto& ids : lists) {
    SCOPED_TRACE(::testing::PrintToString(ids));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("w"), docid_filter(ids)));
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet m = enquire.get_mset(0, 100);
    EXPECT_EQ(std::vector<Xapian::docid>(m.begin(), m.end()), ids);
  }
  // The filter as the longer side, which Xapian skips through, and given out of order with
  // repeats.
  db.add_document([] {
    Xapian::Document doc;
    doc.add_term("rare");
    return doc;
  }());
  for (Xapian::docid rare : {3u, 40u}) db.replace_document(rare, [] {
      Xapian::Document doc;
      doc.add_term("rare");
      return doc;
    }());
  std::vector<Xapian::docid> many;
  for (Xapian::docid id = 51; id >= 2; --id) many.push_back(id);
  many.push_back(40);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("rare"), docid_filter(many)));
  const Xapian::MSet m = enquire.get_mset(0, 100);
  std::vector<Xapian::docid> got(m.begin(), m.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<Xapian::docid>{3, 40, 51}));
}

}  // namespace
}  // namespace news
