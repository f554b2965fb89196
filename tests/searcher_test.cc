// The searcher end to end through the library: small articles written here, indexed with
// the real code, then tables of requests -> expected articles, order, facets and notices.
#include "news/searcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "news/error.h"
#include "news/index_writer.h"
#include "test_util.h"

namespace news {
namespace {

using testing::TempDir;
using Names = std::vector<std::string>;

std::string name_of(const Hit& hit) { return std::filesystem::path(hit.path).filename().string(); }

class SearcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new TempDir;
    db_ = new TempDir;
    cache_ = new TempDir;
    setenv("XDG_CACHE_HOME", cache_->path().c_str(), 1);
    const TempDir& c = *corpus_;
    c.write("talks.txt",
            "Talks on security guarantees stall\n\nDecember 17, 2021\n\n"
            "The security guarantees demanded by Moscow were rejected. \"We will not "
            "yield,\" Jens Stoltenberg said on Friday. NATO met again.\n");
    c.write("apart.txt",
            "Guarantees and weather in Europe\n\nJanuary 9, 2022\n\n"
            "Guarantees were discussed at length. Later the talk turned, after many other "
            "matters of trade and fishing and weather, to security. \"No,\" Sergei Ryabkov "
            "said.\n");
    c.write("jurgen.txt",
            "Coach praises young squad\n\nDecember 3, 2021\n\n"
            "\"They were brilliant,\" Jürgen Klopp said after the match in Liverpool.\n");
    c.write("grusko.txt",
            "Diplomat warns of countermeasures\n\n"
            "\"Moscow will respond,\" Alexander Gruško said. The North Atlantic Treaty "
            "Organization did not reply.\n");
    c.write("states.txt",
            "Washington answers\n\nFebruary 2, 2022\n\n"
            "The United States delivered its written answer to Moscow, officials "
            "confirmed.\n");
    c.write("pronoun.txt",
            "Villagers speak out\n\nMarch 5, 2022\n\n"
            "Maria Lopez said the council never asked us about the road.\n");
    c.write("acronym.txt",
            "U.S. envoy visits Kyiv\n\nMarch 1, 2022\n\n"
            "The U.S. ambassador met officials in Kyiv. \"We stand together,\" Jens "
            "Stoltenberg said later. Stoltenberg added more.\n");
    c.write("title.txt",
            "Sanctions package agreed\n\nJanuary 20, 2022\n\n"
            "Ministers met in Brussels and agreed the package.\n");
    c.write("body.txt",
            "Ministers meet in Brussels\n\nJanuary 21, 2022\n\n"
            "The ministers discussed trade, energy, fishing, farming, transport and also "
            "sanctions among many other things on a long agenda.\n");
    IndexOptions options;
    options.db_path = db_->path() / "db";
    const IndexStats stats = index_paths({c.path()}, options);
    ASSERT_EQ(stats.indexed, 9u);
  }

  static void TearDownTestSuite() {
    delete corpus_;
    delete db_;
    delete cache_;
  }

  static SearchResult search(SearchRequest request) {
    Searcher searcher(db_->path() / "db");
    return searcher.search(request);
  }

  static SearchResult search(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.limit = 100;
    return search(request);
  }

  static std::set<std::string> names(const SearchResult& result) {
    return testing::file_names(result.hits);
  }

  static Names ordered(const SearchResult& result) {
    Names out;
    for (const Hit& hit : result.hits) out.push_back(name_of(hit));
    return out;
  }

  static TempDir* corpus_;
  static TempDir* db_;
  static TempDir* cache_;
};

TempDir* SearcherTest::corpus_ = nullptr;
TempDir* SearcherTest::db_ = nullptr;
TempDir* SearcherTest::cache_ = nullptr;

TEST_F(SearcherTest, QueryLanguage) {
  const struct {
    std::string query;
    std::set<std::string> expected;
  } cases[] = {
      {"security AND guarantees", {"talks.txt", "apart.txt"}},
      {"fishing OR jurgen", {"apart.txt", "jurgen.txt", "body.txt"}},
      {"guarantees NOT weather", {"talks.txt"}},
      {"guarantees -weather", {"talks.txt"}},
      {"+guarantees +weather", {"apart.txt"}},
      {"\"security guarantees\"", {"talks.txt"}},
      {"security NEAR guarantees", {"talks.txt"}},
      {"(fishing OR farming) AND trade", {"apart.txt", "body.txt"}},
      {"guarant*", {"talks.txt", "apart.txt"}},
      {"title:sanctions", {"title.txt"}},
      {"title:\"sanctions package\"", {"title.txt"}},
      {"speaker:stoltenberg", {"talks.txt", "acronym.txt"}},
      {"speaker:\"Jens Stoltenberg\"", {"talks.txt", "acronym.txt"}},
      {"speaker:STOLTENBERG", {"talks.txt", "acronym.txt"}},
      {"speaker:stoltenberg kyiv", {"acronym.txt"}},
      {"date:2021-12-17", {"talks.txt"}},
      {"date:2021-12", {"talks.txt", "jurgen.txt"}},
      {"date:2022",
       {"apart.txt", "states.txt", "pronoun.txt", "acronym.txt", "title.txt", "body.txt"}},
      {"date:2021-12-01..2021-12-31", {"talks.txt", "jurgen.txt"}},
      {"date:2021-12..2022-01", {"talks.txt", "jurgen.txt", "apart.txt", "title.txt", "body.txt"}},
      {"date:2022-03-01..", {"pronoun.txt", "acronym.txt"}},
      {"date:..2021-12-10", {"jurgen.txt"}},
      {"date:..2099",
       {"talks.txt", "jurgen.txt", "apart.txt", "states.txt", "pronoun.txt", "acronym.txt",
        "title.txt", "body.txt"}},  // never grusko.txt: undated
      {"ministers date:2022-01-21", {"body.txt"}},
      {"zebra", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(search(c.query)), c.expected) << "query: " << c.query;
  }
}

TEST_F(SearcherTest, CaseAndDiacriticsNeverMatter) {
  const struct {
    std::string query;
    std::set<std::string> expected;
  } cases[] = {
      {"jurgen", {"jurgen.txt"}},
      {"Jürgen", {"jurgen.txt"}},
      {"JURGEN klopp", {"jurgen.txt"}},
      {"\"jurgen klopp\"", {"jurgen.txt"}},
      {"grusko", {"grusko.txt"}},
      {"Gruško", {"grusko.txt"}},
      {"speaker:grusko", {"grusko.txt"}},
      {"speaker:Gruško", {"grusko.txt"}},
      {"speaker:\"alexander grusko\"", {"grusko.txt"}},
      {"speaker:jurgen", {}},  // a first name alone is not a speaker key
      {"speaker:klopp", {"jurgen.txt"}},
      {"speaker:Klöpp", {"jurgen.txt"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(search(c.query)), c.expected) << "query: " << c.query;
  }
}

TEST_F(SearcherTest, AcronymsAndLongFormsFindEachOther) {
  const struct {
    std::string query;
    std::set<std::string> expected;
  } cases[] = {
      {"NATO", {"talks.txt", "grusko.txt"}},
      {"nato", {"talks.txt", "grusko.txt"}},
      {"North Atlantic Treaty Organization", {"talks.txt", "grusko.txt"}},
      {"north atlantic treaty organisation", {"talks.txt", "grusko.txt"}},
      {"US", {"states.txt", "acronym.txt"}},
      {"U.S.", {"states.txt", "acronym.txt"}},
      {"United States", {"states.txt", "acronym.txt"}},
      {"us", {"pronoun.txt", "acronym.txt"}},  // the pronoun, and "U.S." as a word
      {"asked us", {"pronoun.txt"}},
      {"US envoy", {"acronym.txt"}},
      {"\"united states\"", {"states.txt"}},  // a phrase is taken as written
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(search(c.query)), c.expected) << "query: " << c.query;
  }
}

TEST_F(SearcherTest, UserSynonymFileAddsGroups) {
  TempDir dir;
  const auto file = dir.write("syn.txt", "# mine\nKyiv | Kiev\n");
  SearchRequest request;
  request.query = "kiev";
  EXPECT_TRUE(search(request).hits.empty()) << request.query;
  request.synonyms_file = file;
  EXPECT_EQ(names(search(request)), std::set<std::string>{"acronym.txt"}) << request.query;

  request.synonyms_file = dir.write("bad.txt", "lonely\n");
  try {
    search(request);
    ADD_FAILURE() << "a group of one form was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(e.what()).find("bad.txt:1"), std::string::npos) << e.what();
  }
  request.synonyms_file = dir.path() / "missing.txt";
  EXPECT_THROW(search(request), Error) << "missing synonym file";
}

TEST_F(SearcherTest, UnparseableQueriesFallBackToTheirWords) {
  const struct {
    std::string query;
    std::set<std::string> expected;
  } cases[] = {
      {"AND", {}},
      {"and", {"apart.txt", "body.txt", "title.txt"}},  // a word in lower case
      {"security AND", {"talks.txt", "apart.txt"}},
      {"OR guarantees", {"talks.txt", "apart.txt"}},
      {"(guarantees", {"talks.txt", "apart.txt"}},
      {"guarantees)", {"talks.txt", "apart.txt"}},
      {"\"security guarantees", {"talks.txt"}},
      {"date:2021-13", {}},
      {"date:nonsense", {}},
      {"NOT", {}},
      {"* *", {}},
      {"unknownfield:value", {}},
      {std::string(10000, 'a') + " security", {"talks.txt", "apart.txt"}},  // too long: dropped
  };
  for (const auto& c : cases) {
    SearchResult result;
    ASSERT_NO_THROW(result = search(c.query)) << "query: " << c.query.substr(0, 40);
    EXPECT_EQ(names(result), c.expected) << "query: " << c.query.substr(0, 40);
  }
  const SearchResult bad = search("security AND");
  ASSERT_FALSE(bad.notices.empty());
  EXPECT_NE(bad.notices[0].find("could not parse"), std::string::npos) << bad.notices[0];
  EXPECT_NE(search("date:2021-13 security").notices.size(), 0u) << "bad date";
}

TEST_F(SearcherTest, WordsTogetherRankAboveWordsApart) {
  const SearchResult result = search("security guarantees");
  EXPECT_EQ(ordered(result), (Names{"talks.txt", "apart.txt"})) << "security guarantees";
  EXPECT_FALSE(result.matched_any_word);
}

TEST_F(SearcherTest, TitleMatchesWeighMore) {
  EXPECT_EQ(ordered(search("sanctions")), (Names{"title.txt", "body.txt"})) << "sanctions";
}

TEST_F(SearcherTest, NoArticleWithAllWordsShowsArticlesWithAny) {
  const SearchResult result = search("klopp fishing");
  EXPECT_TRUE(result.matched_any_word);
  EXPECT_EQ(names(result), (std::set<std::string>{"jurgen.txt", "apart.txt", "body.txt"}));
  ASSERT_EQ(result.notices.size(), 1u);
  EXPECT_EQ(result.notices[0], "no article has all of klopp, fishing; showing articles with any");
  EXPECT_FALSE(search("klopp").matched_any_word);
}

TEST_F(SearcherTest, OptionsFilterAnyQuery) {
  const auto request = [](std::string query, std::vector<std::string> speakers,
                          std::optional<std::string> since, std::optional<std::string> until,
                          std::vector<std::string> sources = {}) {
    SearchRequest r;
    r.query = std::move(query);
    r.speakers = std::move(speakers);
    r.since = std::move(since);
    r.until = std::move(until);
    r.sources = std::move(sources);
    r.limit = 100;
    return r;
  };
  const auto none = std::nullopt;
  const struct {
    std::string label;
    SearchRequest request;
    std::set<std::string> expected;
  } cases[] = {
      {"speaker", request("", {"Stoltenberg"}, none, none), {"talks.txt", "acronym.txt"}},
      {"two speakers", request("", {"ryabkov", "Gruško"}, none, none), {"apart.txt", "grusko.txt"}},
      {"speaker and query", request("kyiv", {"stoltenberg"}, none, none), {"acronym.txt"}},
      {"since", request("", {}, "2022-03", none), {"pronoun.txt", "acronym.txt"}},
      {"until", request("", {}, none, "2021-12-10"), {"jurgen.txt"}},
      {"since and until", request("", {}, "2022-01-20", "2022-01-21"), {"title.txt", "body.txt"}},
      {"since with query", request("ministers", {}, "2022-01-21", none), {"body.txt"}},
      {"since and field", request("date:2021", {}, "2021-12-10", none), {"talks.txt"}},
      {"source none", request("", {}, none, none, {"Nowhere News"}), {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(names(search(c.request)), c.expected) << c.label;
  }
  EXPECT_THROW(search(request("", {}, "2022-02-30", none)), Error) << "impossible --since";
  EXPECT_THROW(search(request("", {}, none, "soon")), Error) << "--until soon";
}

TEST_F(SearcherTest, SortNewestAndOldestPutUndatedLast) {
  SearchRequest request;
  request.limit = 100;
  request.sort = SortOrder::kNewest;
  const Names newest = ordered(search(request));
  ASSERT_EQ(newest.size(), 9u);
  EXPECT_EQ(newest.front(), "pronoun.txt");
  EXPECT_EQ(newest.back(), "grusko.txt");
  request.sort = SortOrder::kOldest;
  const Names oldest = ordered(search(request));
  EXPECT_EQ(oldest.front(), "jurgen.txt");
  EXPECT_EQ(oldest.back(), "grusko.txt");
  EXPECT_EQ(search(SearchRequest{}).hits.front().date, "2022-03-05") << "no query: newest";
}

TEST_F(SearcherTest, FacetsCountTheWholeMatchSet) {
  SearchRequest request;
  request.limit = 1;  // facets do not depend on the page
  request.facet_limit = 2;
  const SearchResult all = search(request);
  EXPECT_TRUE(all.facets_exact);
  EXPECT_TRUE(all.total_exact);
  EXPECT_EQ(all.total_estimated, 9u);
  ASSERT_EQ(all.speaker_facets.size(), 2u);
  EXPECT_EQ(all.speaker_facets[0].value, "Jens Stoltenberg");
  EXPECT_EQ(all.speaker_facets[0].count, 2u);
  EXPECT_EQ(all.speaker_values, 5u);  // Stoltenberg, Ryabkov, Klopp, Gruško, Lopez
  const std::vector<std::pair<std::string, std::size_t>> months = {
      {"2021-12", 2}, {"2022-01", 3}, {"2022-02", 1}, {"2022-03", 2}, {"undated", 1}};
  ASSERT_EQ(all.date_facets.size(), months.size());
  for (std::size_t i = 0; i < months.size(); ++i) {
    EXPECT_EQ(all.date_facets[i].value, months[i].first) << i;
    EXPECT_EQ(all.date_facets[i].count, months[i].second) << months[i].first;
  }
  request.date_facet = DateFacet::kYear;
  const SearchResult years = search(request);
  ASSERT_EQ(years.date_facets.size(), 3u);
  EXPECT_EQ(years.date_facets[0].value, "2021");
  EXPECT_EQ(years.date_facets[1].count, 6u);
  EXPECT_EQ(years.date_facets[2].value, "undated");
  request.date_facet = DateFacet::kDay;
  request.query = "security";
  const SearchResult days = search(request);
  ASSERT_EQ(days.date_facets.size(), 2u);
  EXPECT_EQ(days.date_facets[0].value, "2021-12-17");
  EXPECT_EQ(days.date_facets[1].value, "2022-01-09");
  request.facets = false;  // not wanted: not counted, and not claimed exact
  const SearchResult none = search(request);
  EXPECT_TRUE(none.speaker_facets.empty());
  EXPECT_TRUE(none.date_facets.empty());
  EXPECT_FALSE(none.facets_exact);
  EXPECT_EQ(none.total_estimated, days.total_estimated);
}

TEST_F(SearcherTest, LimitAndOffsetPageThroughOneRanking) {
  SearchRequest request;
  request.sort = SortOrder::kOldest;
  request.limit = 100;
  const Names all = ordered(search(request));
  request.limit = 3;
  request.offset = 2;
  const SearchResult page = search(request);
  EXPECT_EQ(ordered(page), Names(all.begin() + 2, all.begin() + 5));
  EXPECT_EQ(page.hits.front().rank, 3u);
  EXPECT_EQ(page.total_estimated, 9u);
  // Estimating, a match set no larger than the facet sample is counted whole, so exactly.
  request.exact_counts = false;
  const SearchResult estimated = search(request);
  EXPECT_EQ(estimated.total_estimated, 9u);
  EXPECT_TRUE(estimated.total_exact);
  EXPECT_TRUE(estimated.facets_exact);
  EXPECT_EQ(estimated.facets_counted, 9u);
  EXPECT_EQ(estimated.date_facets.size(), page.date_facets.size());
}

TEST_F(SearcherTest, SnippetHighlightsTheMatchedWordsInTheOriginalText) {
  const struct {
    std::string query;
    std::string highlighted;
  } cases[] = {
      {"\"security guarantees\"", "security guarantees"},
      {"brilliant", "brilliant"},
      {"klopp", "Klopp"},
      {"jurgen", "Jürgen"},
      {"\"jurgen klopp\"", "Jürgen Klopp"},  // a phrase is one span
      {"gruskos", "Gruško"},
  };
  for (const auto& c : cases) {
    const SearchResult result = search(c.query);
    ASSERT_EQ(result.hits.size(), 1u) << c.query;
    const Hit& hit = result.hits[0];
    ASSERT_FALSE(hit.highlights.empty()) << c.query;
    const Highlight& h = hit.highlights[0];
    EXPECT_EQ(hit.snippet.substr(h.begin, h.end - h.begin), c.highlighted) << c.query;
  }
  EXPECT_NE(search("klopp").hits[0].snippet.find("Jürgen"), std::string::npos) << "original";
}

TEST_F(SearcherTest, HitsFoundThroughSynonymsHighlightTheFormsFound) {
  const struct {
    std::string query, article, highlighted;
  } cases[] = {
      {"US", "states.txt", "United States"},
      {"United States", "acronym.txt", "U.S."},
      {"North Atlantic Treaty Organization", "talks.txt", "NATO"},
  };
  for (const auto& c : cases) {
    const SearchResult result = search(c.query);
    const auto hit = std::find_if(result.hits.begin(), result.hits.end(),
                                  [&](const Hit& h) { return name_of(h) == c.article; });
    ASSERT_NE(hit, result.hits.end()) << c.query;
    ASSERT_FALSE(hit->highlights.empty()) << c.query << ": " << hit->snippet;
    const Highlight& h = hit->highlights[0];
    EXPECT_EQ(hit->snippet.substr(h.begin, h.end - h.begin), c.highlighted) << c.query;
  }
}

TEST_F(SearcherTest, SuggestsSpellingWhenNothingMatches) {
  const struct {
    std::string query;
    std::optional<std::string> suggestion;
  } cases[] = {
      {"stoltenburg", "stoltenberg"},
      {"Stoltenburg said", "stoltenberg said"},
      {"stoltenberg", std::nullopt},
      {"security", std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(search(c.query).suggestion, c.suggestion) << "query: " << c.query;
  }
}

// Exact totals come from a counting pass separate from the ranked page: they must be the
// number of matching articles however small the page and with or without facets.
TEST_F(SearcherTest, ExactTotalsWhateverThePageSize) {
  const struct {
    std::string query;
    std::size_t total;
  } cases[] = {
      {"security guarantees", 2},  // talks.txt, apart.txt
      {"moscow", 3},               // talks.txt, grusko.txt, states.txt
      {"ministers brussels", 2},   // title.txt, body.txt
      {"stoltenberg said", 2},     // talks.txt, acronym.txt
  };
  for (const auto& c : cases) {
    for (const bool facets : {false, true}) {
      for (const std::size_t limit : {1, 10}) {
        SearchRequest request;
        request.query = c.query;
        request.limit = limit;
        request.facets = facets;
        const SearchResult r = search(request);
        const std::string shown =
            c.query + " (limit " + std::to_string(limit) + ", facets " + std::to_string(facets) + ")";
        EXPECT_TRUE(r.total_exact) << shown;
        EXPECT_EQ(r.total_estimated, c.total) << shown;
        EXPECT_EQ(r.hits.size(), std::min(limit, c.total)) << shown;
        if (facets) {
          std::size_t dated = 0;
          for (const FacetCount& f : r.date_facets) dated += f.count;
          EXPECT_EQ(dated, c.total) << shown << ": every match in the date facet";
        }
      }
    }
  }
}

// A word whose other forms are indexed ("states" where the articles say "state") is found
// by stemming, so it is not misspelt: no "Did you mean: united state".
TEST(SearcherSpelling, NoSuggestionForAnotherFormOfAnIndexedWord) {
  TempDir corpus;
  TempDir db;
  corpus.write("budget.txt",
               "Budget approved\n\nMay 2, 2022\n\nThe state budget was approved. Officials "
               "in the state said the stoltenberg plan would wait.\n");
  IndexOptions options;
  options.db_path = db.path() / "db";
  ASSERT_EQ(index_paths({corpus.path()}, options).indexed, 1u);
  const struct {
    std::string query;
    std::optional<std::string> suggestion;
  } cases[] = {
      {"united states", std::nullopt},
      {"states", std::nullopt},
      {"stoltenburg states", "stoltenberg states"},  // a real misspelling still is
  };
  for (const auto& c : cases) {
    SearchRequest request;
    request.query = c.query;
    EXPECT_EQ(Searcher(db.path() / "db").search(request).suggestion, c.suggestion)
        << "query: " << c.query;
  }
}

TEST_F(SearcherTest, LikeFindsSimilarArticlesButNotItself) {
  SearchRequest request;
  request.like = corpus_->path() / "talks.txt";
  const SearchResult result = search(request);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(names(result).count("talks.txt"), 0u);
  const Names order = ordered(result);
  const auto at = [&](const std::string& name) {
    return std::find(order.begin(), order.end(), name) - order.begin();
  };
  EXPECT_LT(at("apart.txt"), at("title.txt")) << "shares security and guarantees";
  EXPECT_LT(at("acronym.txt"), at("title.txt")) << "shares Jens Stoltenberg said";
  request.like = corpus_->path() / "not-indexed.txt";
  EXPECT_THROW(search(request), Error) << "a file that is not in the database";
}

TEST_F(SearcherTest, ExplainShowsTheQueryAndTheScoreParts) {
  SearchRequest request;
  request.query = "security guarantees";
  request.explain = true;
  const SearchResult result = search(request);
  EXPECT_NE(result.parsed_query.find("PHRASE"), std::string::npos) << result.parsed_query;
  ASSERT_EQ(result.hits.size(), 2u);
  for (const Hit& hit : result.hits) {
    ASSERT_FALSE(hit.explanation.empty()) << hit.path;
    double sum = 0;
    for (const ScorePart& part : hit.explanation) sum += part.weight;
    EXPECT_NEAR(sum, hit.score, 1e-6 * hit.score + 1e-9) << hit.path;
  }
  EXPECT_GT(result.hits[0].explanation.size(), result.hits[1].explanation.size())
      << "the phrase adds a part";
  EXPECT_TRUE(search("security guarantees").parsed_query.empty()) << "only when asked";
}

}  // namespace
}  // namespace news
