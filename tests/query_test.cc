// The query language's pieces: dates (date ranges also against small in-memory databases),
// words, acronym marking, folding, the synonym table and its concept terms.
#include "query.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "document.h"
#include "folding.h"
#include "news/article.h"
#include "news/error.h"
#include "news/text.h"
#include "synonyms.h"

namespace news {
namespace {

TEST(DateBound, DaysMonthsAndYearsAsFirstOrLastDay) {
  const struct {
    std::string text;
    bool upper;
    std::optional<std::string> expected;
  } cases[] = {
      {"2021-12-17", false, "20211217"},    {"2021-12-17", true, "20211217"},
      {"2021-12", false, "20211201"},       {"2021-12", true, "20211231"},
      {"2022-02", true, "20220228"},        {"2024-02", true, "20240229"},
      {"2021-11", true, "20211130"},        {"2022", false, "20220101"},
      {"2022", true, "20221231"},           {"2022-02-30", false, std::nullopt},
      {"2021-13", false, std::nullopt},     {"2021-00-10", false, std::nullopt},
      {"21-12-17", false, std::nullopt},    {"2021/12/17", false, std::nullopt},
      {"december", false, std::nullopt},    {"", false, std::nullopt},
      {"2021-12-17x", false, std::nullopt}, {"20211217", false, std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(date_bound(c.text, c.upper), c.expected) << c.text << (c.upper ? " upper" : "");
  }
}

TEST(DateRange, PartialAndOpenEnds) {
  const struct {
    std::string text;
    std::optional<std::string> from, to;
    bool valid;
  } cases[] = {
      {"2021-12-17", "20211217", "20211217", true},
      {"2021-12", "20211201", "20211231", true},
      {"2022", "20220101", "20221231", true},
      {"2021-12-01..2021-12-31", "20211201", "20211231", true},
      {"2021-12..2022-01", "20211201", "20220131", true},
      {"2021..2022", "20210101", "20221231", true},
      {"2022-01-01..", "20220101", std::nullopt, true},
      {"..2021-12-31", std::nullopt, "20211231", true},
      {"..", std::nullopt, std::nullopt, false},
      {"2022..2021", std::nullopt, std::nullopt, false},
      {"2021-12-32..", std::nullopt, std::nullopt, false},
      {"yesterday", std::nullopt, std::nullopt, false},
  };
  for (const auto& c : cases) {
    const std::optional<DateRange> r = parse_date_range(c.text);
    ASSERT_EQ(r.has_value(), c.valid) << c.text;
    if (!r) continue;
    EXPECT_EQ(r->from, c.from) << c.text;
    EXPECT_EQ(r->to, c.to) << c.text;
  }
}

// It does not throw (Xapian's QueryParser crashes when a field processor throws after + or
// -): a bad value matches nothing and is reported through take_error().
TEST(DateProcessor, RejectsWhatIsNotADate) {
  for (const std::string bad : {"2021-13", "soon", "", ".."}) {
    DateProcessor p;
    EXPECT_TRUE(p(bad).empty()) << bad << ": matches nothing";
    DateProcessor q;
    q(bad);
    const auto error = q.take_error();
    ASSERT_TRUE(error.has_value()) << bad;
    EXPECT_NE(error->find("is not a date or range"), std::string::npos) << bad << ": " << *error;
    EXPECT_FALSE(q.take_error().has_value()) << "cleared after " << bad;
  }
  DateProcessor p;
  p("2021-12..");
  EXPECT_FALSE(p.take_error().has_value()) << "2021-12..";
}

// An in-memory database of articles dated `dates` ("" for undated), built by the indexer's
// own make_document: document i+1 has dates[i].
Xapian::WritableDatabase dated_database(const std::vector<std::string>& dates) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator termgen;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    Article article;
    article.title = "Article " + std::to_string(i);
    article.body = "Some words of article " + std::to_string(i) + ".";
    if (!dates[i].empty()) article.date = dates[i];
    const FileIdentity file{"/a/" + std::to_string(i) + ".txt", "1:1", std::to_string(i)};
    db.add_document(make_document(article, file, termgen));
  }
  db.commit();
  return db;
}

std::vector<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& filter) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, filter));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  return out;
}

// The documents whose date ("YYYY-MM-DD") lies in `range`, from the dates themselves.
std::vector<Xapian::docid> dated_within(const std::vector<std::string>& dates,
                                        const DateRange& range) {
  std::vector<Xapian::docid> out;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (dates[i].empty()) continue;
    const std::string day = dates[i].substr(0, 4) + dates[i].substr(5, 2) + dates[i].substr(8, 2);
    if ((!range.from || day >= *range.from) && (!range.to || day <= *range.to)) {
      out.push_back(static_cast<Xapian::docid>(i + 1));
    }
  }
  return out;
}

// With the database, a range of few days is an OR of the day terms the database holds: the
// same articles as the value range on the date slot (and as the dates say), undated never.
TEST(DateRangeQuery, DayTermsMatchWhatTheValueRangeMatches) {
  const std::vector<std::string> dates = {
      "2021-12-03", "2021-12-17", "", "2021-12-17", "2021-12-31", "2022-01-01",
      "2022-01-09", "",           "2022-02-28", "2023-06-30", "2021-11-30", "2024-02-29"};
  const Xapian::WritableDatabase db = dated_database(dates);
  const std::string cases[] = {
      "2021-12-17",              // one day
      "2021-12",                 // a month
      "2022",                    // a year
      "2021-12-20..2022-01-05",  // across a year's end
      "2022-01-15..",            // open end
      "..2021-12-31",            // open start
      "2019",                    // no article: nothing
      "2025..",                  // after every article: nothing
      "..2020-06",               // before every article: nothing
      "2021-12-18..2021-12-30",  // between two articles: nothing
      "2020..2030",              // every dated article
  };
  for (const std::string& text : cases) {
    const std::optional<DateRange> range = parse_date_range(text);
    ASSERT_TRUE(range.has_value()) << text;
    const Xapian::Query with_db = date_range_query(*range, &db);
    EXPECT_EQ(matches(db, with_db), matches(db, date_range_query(*range))) << text;
    EXPECT_EQ(matches(db, with_db), dated_within(dates, *range)) << text;
    EXPECT_FALSE(with_db.empty()) << text << ": an empty query reads as no filter";
    EXPECT_EQ(with_db.get_description().find("VALUE_"), std::string::npos)
        << text << ": " << with_db.get_description();
    DateProcessor processor(&db);
    EXPECT_EQ(matches(db, processor(text)), dated_within(dates, *range)) << "date:" << text;
  }
}

// A range over more days with articles than kMaxDayTermsInRange stays a value range (the OR
// would cost more); either way the same articles.
TEST(DateRangeQuery, ManyDaysStayAValueRange) {
  std::vector<std::string> dates;
  for (int d = 0; d < static_cast<int>(kMaxDayTermsInRange) + 40; ++d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "2020-%02d-%02d", d / 28 + 1, d % 28 + 1);  // 28 days a month
    dates.push_back(buf);
    if (d % 50 == 0) dates.push_back("");
  }
  const Xapian::WritableDatabase db = dated_database(dates);
  const struct {
    std::string range;
    bool value_range;
  } cases[] = {
      {"2020", true},  // every day
      {"2020..", true},
      {"..2021", true},
      {"2020-01..2020-06", false},  // 168 days
      {"2021", false},              // no article
      {"2020-03-05..2020-03-06", false},
  };
  for (const auto& c : cases) {
    const std::optional<DateRange> range = parse_date_range(c.range);
    ASSERT_TRUE(range.has_value()) << c.range;
    const Xapian::Query with_db = date_range_query(*range, &db);
    EXPECT_EQ(with_db.get_description().find("VALUE_") != std::string::npos, c.value_range)
        << c.range << ": " << with_db.get_description();
    EXPECT_EQ(matches(db, with_db), dated_within(dates, *range)) << c.range;
    EXPECT_EQ(matches(db, with_db), matches(db, date_range_query(*range))) << c.range;
  }
}

TEST(BareWords, OnlyForQueriesOfPlainWordsAndFilters) {
  using W = std::vector<std::string>;
  const struct {
    std::string query;
    W expected;
  } cases[] = {
      {"security guarantees", {"security", "guarantees"}},
      {"Security  Guarantees ", {"security", "guarantees"}},
      {"security guarantees speaker:grushko", {"security", "guarantees"}},
      {"ukraine date:2022-01-01..", {"ukraine"}},
      {"\"security guarantees\"", {}},
      {"security AND guarantees", {}},
      {"security or guarantees", {}},
      {"security -guarantees", {}},
      {"secur* guarantees", {}},
      {"title:security guarantees", {}},
      {"(security guarantees)", {}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(bare_words(c.query), c.expected) << c.query;
}

TEST(PlainWords, KeepsWordsDropsOperatorsAndPunctuation) {
  const struct {
    std::string query, expected;
  } cases[] = {
      {"security AND", "security"},
      {"(security", "security"},
      {"\"security guarantees", "security guarantees"},
      {"OR guarantees", "guarantees"},
      {"and or", "and or"},  // lower case: words
      {"NOT", ""},
      {"* *", ""},
      {"speaker:grushko", ""},
      {"ukraine date:2022-02-30", "ukraine"},
      {"notafield:x", "notafield x"},
  };
  for (const auto& c : cases) EXPECT_EQ(plain_words(c.query), c.expected) << c.query;
}

TEST(QueryWords, WordsWhereACorrectionMayGo) {
  const std::string q = "+Stoltenburg said speaker:x \"nato chief\" AND g7";
  std::vector<std::string> words;
  for (const QueryWord& w : query_words(q)) {
    words.push_back(w.lower);
    EXPECT_EQ(q.substr(w.begin, w.end - w.begin).size(), w.lower.size()) << w.lower;
  }
  EXPECT_EQ(words, (std::vector<std::string>{"stoltenburg", "said", "nato", "chief"})) << q;
}

TEST(MarkAcronyms, OnlyCaseSensitiveAcronymsInCapitalsOutsideQuotesAndFields) {
  const SynonymTable& table = SynonymTable::built_in();
  const std::string m = std::string(kAcronymField) + ":";
  const struct {
    std::string query, expected;
  } cases[] = {
      {"US", m + "US"},
      {"U.S. sanctions", m + "U.S. sanctions"},
      {"us", "us"},
      {"Us", "Us"},
      {"tell us", "tell us"},
      {"US AND UK", m + "US AND UK"},  // UK is not case-sensitive: plain synonyms
      {"\"US officials\"", "\"US officials\""},
      {"title:US", "title:US"},
      {"US:x", "US:x"},
      {"USB", "USB"},
      {"(US OR EU)", "(" + m + "US OR EU)"},
      {"-US", "-" + m + "US"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(mark_acronyms(c.query, table), c.expected) << c.query;
    EXPECT_EQ(unmark_acronyms(mark_acronyms(c.query, table)), c.query) << c.query;
  }
}

TEST(FoldWords, FoldsWordsWithNonAsciiLettersOnly) {
  const struct {
    std::string text, expected;
  } cases[] = {
      {"Jürgen Klopp", "jurgen Klopp"},
      {"GRUŠKO said", "grusko said"},
      {"US AND NATO", "US AND NATO"},
      {"“We will,” he said — again…", "\"We will,\" he said - again..."},
      {"Russia’s", "Russia's"},
      {"Зеленський", "zelens'kij"},
      {"a\nb\tc", "a\nb\tc"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(fold_words(c.text), c.expected) << c.text;
}

TEST(FoldLatin, AgreesWithIcuOnEveryLatinLetterItHandles) {
  // A Cyrillic letter forces fold() through ICU; fold_latin must give the same for the rest.
  const std::string cyrillic_zhe = "\u0416";
  const std::string zhe_folded = fold(cyrillic_zhe);
  ASSERT_FALSE(zhe_folded.empty());
  for (char32_t cp = 0xC0; cp < 0x180; ++cp) {
    std::string letter;
    letter.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    letter.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    const std::optional<std::string> quick = fold_latin("Xy" + letter);
    ASSERT_TRUE(quick.has_value()) << "U+" << std::hex << static_cast<unsigned>(cp);
    EXPECT_EQ(*quick + zhe_folded, fold("Xy" + letter + cyrillic_zhe))
        << "U+" << std::hex << static_cast<unsigned>(cp);
  }
  EXPECT_EQ(fold_latin("Gruško"), "grusko");
  EXPECT_EQ(fold_latin("Зеленський"), std::nullopt);
  EXPECT_EQ(fold_latin("a\u0301"), std::nullopt) << "a combining accent goes to ICU";
}

TEST(AcronymLetters, CapitalsWithOrWithoutDots) {
  const struct {
    std::string word, expected;
  } cases[] = {
      {"US", "US"}, {"U.S.", "US"}, {"U.S", "US"}, {"G7", "G7"}, {"NATO", "NATO"},
      {"Nato", ""}, {"us", ""},     {"A", ""},     {"77", ""},   {"U..S", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(acronym_letters(c.word), c.expected) << c.word;
}

TEST(SynonymTable, ParsesGroupsAndRejectsBadLines) {
  const SynonymTable t = SynonymTable::parse(
      "# comment\n\nNATO | North Atlantic Treaty Organization\n=US | U.S. | United States\n",
      "test");
  ASSERT_EQ(t.groups().size(), 2u);
  EXPECT_EQ(t.groups()[0].concept_key, "nato");
  EXPECT_EQ(t.groups()[1].acronyms, (std::vector<std::string>{"US", "US"}));
  EXPECT_TRUE(t.is_case_sensitive_acronym("US"));
  EXPECT_TRUE(t.is_case_sensitive_acronym("U.S."));
  EXPECT_FALSE(t.is_case_sensitive_acronym("us"));
  EXPECT_FALSE(t.is_case_sensitive_acronym("NATO"));
  const char* bad[] = {"NATO\n", "NATO | | x\n", "=nato | North Atlantic\n", " | \n"};
  for (const char* text : bad) {
    EXPECT_THROW(SynonymTable::parse(text, "bad"), Error) << text;
  }
}

TEST(SynonymTable, ConceptTermsFollowCaseForCaseSensitiveAcronyms) {
  const SynonymTable& t = SynonymTable::built_in();
  const std::string us = concept_term("us");
  const std::string nato = concept_term("nato");
  const struct {
    std::string text;
    std::map<std::string, Xapian::termcount> expected;
  } cases[] = {
      {"The US and the U.S. and the United States", {{us, 3}}},
      {"Tell us about it", {}},
      {"US-led alliance", {{us, 1}}},
      {"the united states of america", {{us, 1}}},
      {"NATO, Nato and the North Atlantic Treaty Organisation", {{nato, 3}}},
      {"USB sticks", {}},
      {"“NATO”", {{nato, 1}}},
  };
  for (const auto& c : cases) EXPECT_EQ(t.concept_terms(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace news
