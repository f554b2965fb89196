// The query language's pieces that need no database: dates, words, acronym marking,
// folding, the synonym table and its concept terms.
#include "query.h"

#include <gtest/gtest.h>

#include "folding.h"
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
