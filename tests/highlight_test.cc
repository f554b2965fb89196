// The snippet highlighter (common/src/highlight.h): which parts of a query it highlights,
// which passage it picks, and how it cuts and marks it. Tables of text + query -> snippet,
// with the highlights shown as [brackets].
#include "highlight.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "schema.h"

namespace news {
namespace {

Xapian::Query parse(const std::string& query) {
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem(schema::kStemLanguage));
  qp.set_stemming_strategy(schema::kQueryStemming);
  qp.add_prefix("title", "S");
  qp.add_boolean_prefix("speaker", "XSPEAKER");
  return qp.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT |
                                   Xapian::QueryParser::FLAG_WILDCARD);
}

// The snippet with each highlight in brackets; checks that the spans are in order, apart and
// inside the text.
std::string render(const Snippet& s) {
  std::string out;
  std::size_t at = 0;
  for (const Highlight& h : s.highlights) {
    EXPECT_LE(at, h.begin) << s.text;
    EXPECT_LT(h.begin, h.end) << s.text;
    EXPECT_LE(h.end, s.text.size()) << s.text;
    if (at > h.begin || h.end > s.text.size()) return "bad spans: " + s.text;
    out.append(s.text, at, h.begin - at).append("[");
    out.append(s.text, h.begin, h.end - h.begin).append("]");
    at = h.end;
  }
  return out.append(s.text, at);
}

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST(HighlightTerms, TakesTheBodyTermsPhrasesAndWildcardsOfAQuery) {
  using V = std::vector<std::string>;
  const struct {
    std::string query;
    V terms;
    std::vector<V> phrases;
    V wildcards;
  } cases[] = {
      {"security guarantees", {"secur", "guarante"}, {}, {}},
      {"\"security guarantees\"", {}, {{"secur", "guarante"}}, {}},
      {"\"security\"", {"secur"}, {}, {}},
      {"guarant*", {}, {}, {"guarant"}},
      {"security NOT europe", {"secur"}, {}, {}},
      {"security -europe", {"secur"}, {}, {}},
      {"title:sanctions", {}, {}, {}},
      {"title:\"sanctions package\" trade", {"trade"}, {}, {}},
      {"speaker:grushko moscow", {"moscow"}, {}, {}},
      {"moscow OR moscow", {"moscow"}, {}, {}},
  };
  for (const auto& c : cases) {
    const HighlightTerms t = highlight_terms(parse(c.query));
    EXPECT_EQ(t.terms, c.terms) << c.query;
    EXPECT_EQ(t.phrases, c.phrases) << c.query;
    EXPECT_EQ(t.wildcards, c.wildcards) << c.query;
  }
}

TEST(MakeSnippet, HighlightsWhatTheIndexWouldMatch) {
  const struct {
    std::string text, query, expected;
  } cases[] = {
      {"The security guarantees demanded by Moscow were rejected.", "\"security guarantees\"",
       "The [security guarantees] demanded by Moscow were rejected."},
      {"The security guarantees were rejected.", "guarantee",  // stemmed
       "The security [guarantees] were rejected."},
      {"\"They were brilliant,\" Jürgen Klopp said.", "jurgen",  // folded
       "\"They were brilliant,\" [Jürgen] Klopp said."},
      {"\"They were brilliant,\" Jürgen Klopp said.", "\"jurgen klopp\"",
       "\"They were brilliant,\" [Jürgen Klopp] said."},
      {"\"Moscow will respond,\" Alexander Gruško said.", "gruskos",
       "\"Moscow will respond,\" Alexander [Gruško] said."},
      {"The U.S. ambassador met officials.", "us", "The [U.S.] ambassador met officials."},
      {"Moscow’s answer and Moscow's reply.", "moscow",  // curly and straight apostrophes
       "[Moscow’s] answer and [Moscow's] reply."},
      {"Guarantees were guaranteed, not a guard.", "guarant*",
       "[Guarantees] were [guaranteed], not a guard."},
      {"Security in Europe.", "security NOT europe", "[Security] in Europe."},
      {"Growth was 3.5 per cent, not 3 per cent.", "3.5", "Growth was [3.5] per cent, not 3 per cent."},
      {"Security\n\nguarantees  and\tmore.", "\"security guarantees\"", "[Security guarantees] and more."},
      {"Security, guarantees.", "security guarantees", "[Security], [guarantees]."},
      {"Nothing here matches.", "zebra", "Nothing here matches."},
      {"", "zebra", ""},
  };
  const Xapian::Stem stemmer(schema::kStemLanguage);
  for (const auto& c : cases) {
    const Snippet s = make_snippet(c.text, highlight_terms(parse(c.query)), stemmer, 240);
    EXPECT_EQ(render(s), c.expected) << c.query << " in: " << c.text;
  }
}

// A text of `n` sentences of filler with `special` as sentence number `at`.
std::string filler(int n, int at, const std::string& special) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    if (!text.empty()) text += ' ';
    text += i == at ? special : "Officials met again on Monday to talk about the weather.";
  }
  return text;
}

TEST(MakeSnippet, PicksThePassageWithTheMostDistinctTermsAndCutsAtWords) {
  const struct {
    std::string label, text, query, expected;
    std::size_t length;
  } cases[] = {
      {"the passage with both words, not the first with one",
       "Security was discussed. " + filler(10, -1, "") +
           " Later the security guarantees were rejected. " + filler(10, -1, ""),
       "security guarantees",
       "…Later the [security] [guarantees] were rejected. Officials met again on Monday to…",
       80},
      {"a phrase counts as one more thing found",
       "Guarantees of security. " + filler(10, -1, "") + " Security guarantees, at last. " +
           filler(10, -1, ""),
       "security guarantees \"security guarantees\"",
       "…[Security guarantees], at last. Officials met again on Monday to talk about the…", 80},
      {"the start of the text, cut at a word, when nothing matches", filler(5, -1, ""), "zebra",
       "Officials met again on Monday to talk about…", 44},
      {"a paragraph break starts a sentence",
       filler(3, -1, "") + "\n\nThe harbour reopened.\n\n" + filler(3, -1, ""), "harbour",
       "…The [harbour] reopened. Officials met again on Monday to talk about the weather.…",
       80},
      {"context starts at a sentence near the match",
       filler(4, 2, "Then the harbour reopened after the storm."), "harbour",
       "…Then the [harbour] reopened after the storm. Officials met again on Monday to talk…",
       80},
  };
  const Xapian::Stem stemmer(schema::kStemLanguage);
  for (const auto& c : cases) {
    const Snippet s = make_snippet(c.text, highlight_terms(parse(c.query)), stemmer, c.length);
    EXPECT_EQ(render(s), c.expected) << c.label;
    // The length, plus the two ellipses and punctuation clinging to the last word.
    EXPECT_LE(characters(s.text), c.length + 4) << c.label << ": " << s.text;
  }
}

// A stemmer that counts the words it is asked to stem.
class CountingStemmer : public Xapian::StemImplementation {
 public:
  explicit CountingStemmer(std::vector<std::string>& calls) : calls_(calls) {}
  std::string operator()(const std::string& word) override {
    calls_.push_back(word);
    return stem_(word);
  }
  std::string get_description() const override { return "counting"; }

 private:
  std::vector<std::string>& calls_;
  Xapian::Stem stem_{schema::kStemLanguage};
};

TEST(MakeSnippet, StemsEachDistinctWordOnceAndOnlyWordsThatCouldMatch) {
  std::vector<std::string> calls;
  const Xapian::Stem stemmer(new CountingStemmer(calls));
  const std::string text =
      "Security talks: security, SECURITY and security guarantees. Weather was fine on "
      "Sunday; snow in Paris, weather at home.";
  const Snippet s = make_snippet(text, highlight_terms(parse("security")), stemmer, 240);
  EXPECT_EQ(s.highlights.size(), 4u) << render(s);
  // "Security", "security" and "SECURITY" are one word folded; words starting with other
  // letters than the query's stems ("talks", "weather", and "Sunday" and "snow", which start
  // with its first letter but not its first two) are never stemmed.
  EXPECT_EQ(calls, std::vector<std::string>{"security"}) << text;

  // The stemmer's exceptions that change the first two letters: "dying" -> "die".
  calls.clear();
  const std::string dying = "Dying languages, lying witnesses, tying knots; a dig.";
  const Snippet d = make_snippet(dying, highlight_terms(parse("die lie tie")), stemmer, 240);
  EXPECT_EQ(render(d), "[Dying] languages, [lying] witnesses, [tying] knots; a dig.") << dying;
  EXPECT_EQ(calls, (std::vector<std::string>{"dying", "lying", "tying", "dig"})) << dying;
}

// make_snippet() stems only words whose first letters can match, and splits into words only
// the text around those and around the passage it shows; splitting all the text and
// stemming every word must give the same snippet and highlights, whatever the text and the
// query. Texts from a pool of words chosen to meet the filter's edges: stems that change a
// word's first letters (dying -> die), one-letter words and stems, acronyms with dots,
// non-ASCII and folded words, digits, apostrophes, and words that share a first letter with
// the query's but not the first two; joined by separators that do and do not end a word
// (spaces, punctuation, apostrophes, '&', dashes, curly quotes, nothing at all), and now and
// then a byte that is not UTF-8.
TEST(MakeSnippet, FilteringWordsGivesWhatStemmingEveryWordGives) {
  const std::vector<std::string> pool = {
      "dying", "die", "died", "dies", "dy", "lying", "lie", "lies", "ly", "tying", "tie",
      "tied", "ty", "skies", "sky", "ski", "skis", "idly", "gently", "ugly", "early", "only",
      "singly", "news", "howe", "atlas", "cosmos", "bias", "andes", "a", "I", "A.", "U.S.",
      "U.K.", "US", "us", "USA", "Jürgen", "jurgen", "Gruško", "Grusko", "Ærø", "Straße",
      "Москва", "Ελλάδα", "北京", "naïve", "café", "3.5", "1,000", "42", "G7", "don't",
      "Moscow's", "Moscow’s", "AT&T", "people", "peoples", "person", "pea", "security",
      "secure", "sea", "sunday", "snow", "guarantees", "guard", "guaranteed", "generous",
      "general", "communism", "communal", "arsenal", "arsenic", "yes", "yesterday", "eyed",
      "agreed", "inning", "outing", "canning", "proceed", "exceed", "succeed", "ties", "tries",
      "cries", "cry", "by", "bye", "\"quoted\"", "(aside)", "—", "–", "...", "\n\n", "It",
      "is", "was", "running", "ran", "runner", "relational", "conditional", "hopeful"};
  const std::vector<std::string> queries = {
      "die", "lie tie", "dying", "sky", "skies", "early", "only", "a", "i", "us", "US",
      "jurgen", "grusko", "moscow", "people", "peopl*", "p*", "d*", "di*", "dy*", "ly*",
      "se*", "s*", "\"security guarantees\"", "\"dying lying\"", "guarant*", "3.5",
      "general", "communism", "arsenal", "yes", "succeed", "cry", "runner", "relate", "hope",
      "naive", "cafe", "strasse", "москва", "don't", "att", "g7", "1,000"};
  const Xapian::Stem stemmer(schema::kStemLanguage);
  std::uint32_t seed = 12345;  // a fixed linear congruential sequence: the same texts each run
  const auto next = [&seed](std::size_t n) {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<std::size_t>(seed >> 8) % n;
  };
  const std::vector<std::string> separators = {
      " ", " ", " ", " ", ". ", ", ", "\n\n", " \xE2\x80\x94 ", "\xE2\x80\x99", "'", "&", "-", "",
      "...", "\"", " (", ") ", "/", "\t", "\xC3\xA9", "\xE2\x80\x93", "!!! ", "\xC2\xAB", ".", ",",
      "  \xE2\x80\x9C", "\xE2\x80\x9D "};
  for (int t = 0; t < 80; ++t) {
    std::string text;
    const std::size_t n = 5 + next(120);
    for (std::size_t w = 0; w < n; ++w) {
      if (!text.empty()) text += separators[next(separators.size())];
      if (t % 20 == 19 && next(40) == 0) text += "\x80";  // not UTF-8: the whole text is split
      std::string word = pool[next(pool.size())];
      if (next(4) == 0 && !word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
      text += word;
    }
    for (const std::string& q : queries) {
      const HighlightTerms terms = highlight_terms(parse(q));
      for (std::size_t length : {12u, 40u, 240u}) {
        const Snippet fast = make_snippet(text, terms, stemmer, length);
        const Snippet full = make_snippet_stemming_every_word(text, terms, stemmer, length);
        EXPECT_EQ(render(fast), render(full)) << q << " (length " << length << ") in: " << text;
      }
    }
  }
}

}  // namespace
}  // namespace news
