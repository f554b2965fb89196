// The proximity boost (common/src/query.h): NEAR AND_MAYBE PHRASE, which tests the phrase
// only where the window matched, must rank exactly as PHRASE OR NEAR, which tests both on
// every match. Generated articles from a small vocabulary, so that windows, phrases and
// equal weights are frequent; every query is run both ways and the pages compared: the same
// document ids in the same order, the same weights to the last bit, the same counts.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "news/index_writer.h"
#include "news/searcher.h"
#include "query.h"
#include "schema.h"
#include "test_util.h"

namespace news {
namespace {

using testing::TempDir;

// Words in no synonym group (data/synonyms.txt), so the searcher parses them as plain terms;
// plural forms too, so that stemming matters.
const std::vector<std::string> kVocabulary = {
    "amber", "basalt", "cobalt", "dunes", "ember", "fjord",  "granite", "herons", "indigo",
    "jasper", "kelp",  "lichen", "marble", "nectar", "onyx", "pebbles", "quartz", "reef"};

// `count` words drawn from the vocabulary, skewed towards its first words, with now and then
// a pair or triple of the first words in order so that phrases occur.
std::string random_text(std::mt19937& rng, std::size_t count) {
  std::geometric_distribution<std::size_t> skewed(0.2);
  std::uniform_int_distribution<int> percent(0, 99);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (!out.empty()) out += ' ';
    if (percent(rng) < 3) {
      out += kVocabulary[0] + ' ' + kVocabulary[1] + (percent(rng) < 50 ? ' ' + kVocabulary[2] : "");
    } else {
      out += kVocabulary[skewed(rng) % kVocabulary.size()];
    }
    if (percent(rng) < 8) out += '.';
  }
  return out;
}

// A Xapian database of `docs` generated articles, indexed as news-index indexes free text.
void build_database(const std::string& path, unsigned seed, int docs) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> length(3, 120);
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem(schema::kStemLanguage));
  tg.set_stemming_strategy(schema::kIndexStemming);
  for (int d = 0; d < docs; ++d) {
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(random_text(rng, length(rng)));
    if (d % 3 == 0) doc.add_boolean_term("Kthird");
    db.add_document(doc);
  }
  db.commit();
}

// The queries compared: every pair and some triples and quadruples of the vocabulary's first
// words, in both orders, with repeats ("amber amber").
std::vector<std::vector<std::string>> query_words_to_compare() {
  std::vector<std::vector<std::string>> out;
  for (std::size_t a = 0; a < 8; ++a) {
    for (std::size_t b = 0; b < 8; ++b) out.push_back({kVocabulary[a], kVocabulary[b]});
  }
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> word(0, 6);
  for (int i = 0; i < 40; ++i) {
    out.push_back({kVocabulary[word(rng)], kVocabulary[word(rng)], kVocabulary[word(rng)]});
  }
  for (int i = 0; i < 10; ++i) {
    out.push_back({kVocabulary[word(rng)], kVocabulary[word(rng)], kVocabulary[word(rng)],
                   kVocabulary[word(rng)]});
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The page [first, first + size) of `query`, as "docid:weight" lines with the counts,
// weights in hex floating point so that a difference in the last bit shows.
std::string page(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount first,
                 Xapian::doccount size, Xapian::doccount check_at_least = 0) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(first, size, check_at_least);
  std::ostringstream out;
  out << std::hexfloat << "estimated " << mset.get_matches_estimated() << " lower "
      << mset.get_matches_lower_bound() << " upper " << mset.get_matches_upper_bound() << "\n";
  for (auto it = mset.begin(); it != mset.end(); ++it) out << *it << ':' << it.get_weight() << "\n";
  return out.str();
}

class ProximityBoostTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    build_database((dir_->path() / "db").string(), 20261206, 3000);
  }
  static void TearDownTestSuite() { delete dir_; }
  static Xapian::Database database() { return Xapian::Database((dir_->path() / "db").string()); }
  static TempDir* dir_;
};

TempDir* ProximityBoostTest::dir_ = nullptr;

// Only a query that requires every word gets NEAR AND_MAYBE PHRASE; the any-word fallback,
// synonym groups and other shapes keep PHRASE OR NEAR.
TEST(ProximityBoostForm, NestedOnlyWhenTheQueryRequiresEveryWord) {
  const Xapian::Stem stemmer(schema::kStemLanguage);
  const std::vector<std::string> words = {"herons", "dunes"};
  const Xapian::Query heron("heron"), dune("dune"), other("reef");
  const std::vector<Xapian::Query> three = {dune, other, heron};
  const struct {
    Xapian::Query query;
    bool nested;
  } cases[] = {
      {Xapian::Query(Xapian::Query::OP_AND, heron, dune), true},
      {Xapian::Query(Xapian::Query::OP_AND, three.begin(), three.end()), true},
      {Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_AND, heron, dune),
                     Xapian::Query("XSPEAKERgray")),
       true},
      {Xapian::Query(Xapian::Query::OP_OR, heron, dune), false},
      {Xapian::Query(Xapian::Query::OP_AND, heron, other), false},
      {Xapian::Query(Xapian::Query::OP_AND, heron,
                     Xapian::Query(Xapian::Query::OP_SYNONYM, dune, other)),
       false},
  };
  for (const auto& c : cases) {
    const Xapian::Query boost = proximity_boost(words, stemmer, c.query);
    EXPECT_EQ(boost.get_type(), c.nested ? Xapian::Query::OP_AND_MAYBE : Xapian::Query::OP_OR)
        << c.query.get_description();
    EXPECT_EQ(boost.get_description() == proximity_boost_as_or(words, stemmer).get_description(),
              !c.nested)
        << c.query.get_description();
  }
}

TEST_F(ProximityBoostTest, PhraseAlwaysLiesWithinTheWindow) {
  const Xapian::Database db = database();
  const Xapian::Stem stemmer(schema::kStemLanguage);
  for (const auto& words : query_words_to_compare()) {
    std::vector<std::string> stems;
    for (const std::string& w : words) stems.push_back(stemmer(w));
    const auto n = static_cast<Xapian::termcount>(stems.size());
    const Xapian::Query phrase(Xapian::Query::OP_PHRASE, stems.begin(), stems.end(), n);
    const Xapian::Query near(Xapian::Query::OP_NEAR, stems.begin(), stems.end(), n + 4);
    const std::string all = page(db, phrase, 0, 0, db.get_doccount());
    EXPECT_EQ(page(db, Xapian::Query(Xapian::Query::OP_AND, phrase, near), 0, 0, db.get_doccount()), all)
        << joined(words);
  }
}

// The ranking by definition: every match weighed in full, no pruning (the page never fills
// up, so Xapian's minimum weight stays 0), as "docid:weight" lines from `first`.
std::string unpruned(const Xapian::Database& db, const Xapian::Query& query, std::size_t first,
                     std::size_t size) {
  const std::string all = page(db, query, 0, db.get_doccount());
  std::istringstream lines(all);
  std::string line, out;
  std::getline(lines, line);  // the counts
  for (std::size_t i = 0; std::getline(lines, line); ++i) {
    if (i >= first && i < first + size) out += line + "\n";
  }
  return out;
}

// The lines of page() without its counts.
std::string hits(const std::string& page) { return page.substr(page.find('\n') + 1); }

// The counts line of page().
std::string counts(const std::string& page) { return page.substr(0, page.find('\n')); }

// The lines of page() in the order of their document ids (equal weights come in any order
// when every match is ranked).
std::vector<std::string> by_docid(const std::string& page) {
  std::istringstream lines(hits(page));
  std::vector<std::pair<Xapian::docid, std::string>> sorted;
  for (std::string line; std::getline(lines, line);) {
    sorted.emplace_back(static_cast<Xapian::docid>(std::stoul(line.substr(0, line.find(':')))), line);
  }
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::string> out;
  for (auto& [id, line] : sorted) out.push_back(std::move(line));
  return out;
}

TEST_F(ProximityBoostTest, SamePagesWeightsAndCountsAsPhraseOrNear) {
  const Xapian::Database db = database();
  const Xapian::Stem stemmer(schema::kStemLanguage);
  std::size_t boosted_first = 0;  // pages whose first hit the boost reordered: the test can fail
  std::size_t or_form_wrong = 0;  // pages where Xapian's pruning misranked the OR form
  std::size_t pages = 0;
  for (const auto& words : query_words_to_compare()) {
    std::vector<std::string> stems;
    for (const std::string& w : words) stems.push_back(stemmer(w));
    // The searcher's query for these words, alone and with a filter (as speaker:, date:).
    for (const bool filtered : {false, true}) {
      const std::string what = joined(words) + (filtered ? " (filtered)" : "");
      Xapian::Query parsed(Xapian::Query::OP_AND, stems.begin(), stems.end());
      if (filtered) parsed = Xapian::Query(Xapian::Query::OP_FILTER, parsed, Xapian::Query("Kthird"));
      const Xapian::Query before(Xapian::Query::OP_AND_MAYBE, parsed, proximity_boost_as_or(words, stemmer));
      const Xapian::Query now(Xapian::Query::OP_AND_MAYBE, parsed, proximity_boost(words, stemmer, parsed));
      // Weighed in full, each match weighs the same both ways.
      EXPECT_EQ(by_docid(page(db, now, 0, db.get_doccount())),
                by_docid(page(db, before, 0, db.get_doccount()))) << what;
      for (const Xapian::doccount first : {0u, 7u}) {
        const std::string expected = unpruned(db, before, first, 10);
        const std::string got = page(db, now, first, 10);
        EXPECT_EQ(hits(got), expected) << what << " from " << first;
        const std::string old = page(db, before, first, 10);
        // Counts: Xapian's estimate and bounds from the same visit of the matches.
        EXPECT_EQ(counts(got), counts(old)) << what << " from " << first;
        or_form_wrong += hits(old) != expected;
        ++pages;
      }
      EXPECT_EQ(hits(page(db, now, 0, 10, db.get_doccount())), unpruned(db, before, 0, 10))
          << what << " counting every match";
      Xapian::Enquire plain(db);
      plain.set_query(parsed);
      const Xapian::MSet unboosted = plain.get_mset(0, 1);
      Xapian::Enquire enquire(db);
      enquire.set_query(now);
      const Xapian::MSet boosted = enquire.get_mset(0, 1);
      if (!boosted.empty() && *boosted.begin() != *unboosted.begin()) ++boosted_first;
    }
  }
  // The comparison means something only if the boost changes rankings.
  EXPECT_GT(boosted_first, 10u);
  std::cout << "PHRASE OR NEAR with Xapian's pruning misranked " << or_form_wrong << " of " << pages
            << " pages\n";
}

// news::Searcher end to end, by relevance and newest first: for plain words, its page is the
// ranking of the query with the boost as PHRASE OR NEAR, every match weighed in full, and its
// estimated counts are those of that query; --explain still shows that form.
TEST(ProximityBoostSearcher, RanksAsPhraseOrNear) {
  TempDir corpus, db_dir, cache;
  setenv("XDG_CACHE_HOME", cache.path().c_str(), 1);
  std::mt19937 rng(11);
  std::uniform_int_distribution<std::size_t> length(5, 80);
  for (int i = 0; i < 300; ++i) {
    // Three dates, so that sorting by date leaves many ties for the relevance to order.
    corpus.write("a" + std::to_string(i) + ".txt", "Report " + std::to_string(i) + "\n\nMarch " +
                                                      std::to_string(1 + i % 3) + ", 2022\n\n" +
                                                      random_text(rng, length(rng)) + "\n");
  }
  IndexOptions options;
  options.db_path = db_dir.path() / "db";
  ASSERT_EQ(index_paths({corpus.path()}, options).indexed, 300u);

  Searcher searcher(options.db_path);
  const Xapian::Database db(options.db_path.string());
  const Xapian::Stem stemmer(schema::kStemLanguage);
  std::size_t compared = 0;
  for (const SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest}) {
    for (const auto& words : query_words_to_compare()) {
      std::vector<std::string> stems;
      for (const std::string& w : words) stems.push_back(stemmer(w));
      const Xapian::Query before(Xapian::Query::OP_AND_MAYBE,
                                 Xapian::Query(Xapian::Query::OP_AND, stems.begin(), stems.end()),
                                 proximity_boost_as_or(words, stemmer));
      // The page by definition (every match weighed in full), and the counts of the OR form.
      Xapian::Enquire enquire(db);
      enquire.set_query(before);
      if (sort == SortOrder::kNewest) enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
      const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
      const Xapian::MSet old = enquire.get_mset(0, 10);
      if (all.empty()) continue;  // the searcher falls back to any word: not this query
      SearchRequest request;
      request.query = joined(words);
      request.sort = sort;
      request.facets = false;
      request.exact_counts = false;
      request.explain = true;
      const SearchResult result = searcher.search(request);
      const std::string what = request.query + (sort == SortOrder::kNewest ? " (newest first)" : "");
      ASSERT_EQ(result.hits.size(), std::min<std::size_t>(all.size(), 10)) << what;
      std::size_t i = 0;
      for (auto it = all.begin(); it != all.end() && i < result.hits.size(); ++it, ++i) {
        EXPECT_EQ(result.hits[i].score, it.get_weight()) << what << " #" << i;
        EXPECT_EQ(result.hits[i].path, it.get_document().get_value(schema::kSlotPath))
            << what << " #" << i;
      }
      EXPECT_EQ(result.total_estimated, old.get_matches_estimated()) << what;
      EXPECT_EQ(result.total_lower, old.get_matches_lower_bound()) << what;
      EXPECT_EQ(result.total_upper, old.get_matches_upper_bound()) << what;
      if (stems.size() >= 2) {
        EXPECT_NE(result.parsed_query.find("PHRASE"), std::string::npos) << result.parsed_query;
        EXPECT_NE(result.parsed_query.find(") OR ("), std::string::npos) << result.parsed_query;
      }
      ++compared;
    }
  }
  EXPECT_GT(compared, 100u);
}

}  // namespace
}  // namespace news
