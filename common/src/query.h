// The query language's pieces that need no database: date ranges, the field processors for
// boolean fields, the words a proximity boost is built from, the plain-words fallback and
// the marking of case-sensitive acronyms. Private to common/; docs/query-syntax.md is the
// user's description of the same language.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news {

class SynonymTable;

// One end of a date range: "2021", "2021-12" or "2021-12-17", as its first day
// (`upper` false) or last day (`upper` true), in the value slot's "YYYYMMDD" form.
// std::nullopt for anything else, impossible dates included ("2022-02-30").
std::optional<std::string> date_bound(std::string_view text, bool upper);

// A day, month or year, or FROM..TO where either end may be missing (not both): the
// first and last day it covers, "YYYYMMDD". std::nullopt when it is not one.
struct DateRange {
  std::optional<std::string> from;
  std::optional<std::string> to;
};
std::optional<DateRange> parse_date_range(std::string_view text);

// A range spanning at most this many days that have articles is searched as an OR of their
// day terms (D20180101, ...), which Xapian skips through; a longer one as a value range on the
// date slot, tested on every candidate of the rest of the query. Measured at 358k articles
// (docs/benchmarks.md): the OR costs about 10 us per day term plus a skip per candidate, so a
// half-year range is 2x faster with a common word and the value range wins beyond 150-300 days
// for mid-frequency words.
inline constexpr std::size_t kMaxDayTermsInRange = 240;

// Articles dated within `range`; undated articles never match. With `db`, the day terms it
// holds within the range are looked up (kMaxDayTermsInRange); without, a value range.
Xapian::Query date_range_query(const DateRange& range, const Xapian::Database* db = nullptr);

// date:VALUE. A value that is not a date or range matches nothing and is recorded in
// error(): throwing from a FieldProcessor makes Xapian 1.4's QueryParser free memory it does
// not own when the field follows + or - ("-date:abc" crashed news-search; found by
// fuzz/fuzz_query.cc).
class DateProcessor : public Xapian::FieldProcessor {
 public:
  // `db`, when given, must outlive the processor: see date_range_query.
  explicit DateProcessor(const Xapian::Database* db = nullptr) : db_(db) {}
  Xapian::Query operator()(const std::string& value) override;
  // The message for the first bad value since the last call, then cleared.
  std::optional<std::string> take_error() { return std::exchange(error_, std::nullopt); }

 private:
  const Xapian::Database* db_;
  std::optional<std::string> error_;
};

// A boolean field whose values are folded (case and diacritics ignored): source:.
class FoldedProcessor : public Xapian::FieldProcessor {
 public:
  explicit FoldedProcessor(std::string_view prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  std::string prefix_;
};

// site:HOST and url:URL, with or without scheme and "www.": both match the URL's host.
class SiteProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override;
};

// The hidden field that marked acronyms are parsed through (see mark_acronyms).
inline constexpr std::string_view kAcronymField = "newsacronym";

// kAcronymField:US: the synonyms the database lists under the key "US" (the concept term
// of US / U.S. / United States), as one synonym group; the lower-case word as the index
// holds it (stemmed with `stemmer`) when it has none.
class AcronymProcessor : public Xapian::FieldProcessor {
 public:
  AcronymProcessor(Xapian::Database db, Xapian::Stem stemmer)
      : db_(std::move(db)), stemmer_(std::move(stemmer)) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  Xapian::Database db_;
  Xapian::Stem stemmer_;
};

// `query` with every case-sensitive acronym of `table` written in capitals outside quotes
// and field values ("US", "U.S.") turned into kAcronymField:WORD, so the parser keeps
// its case; "us" in lower case is left alone.
std::string mark_acronyms(std::string_view query, const SynonymTable& table);

// Undoes mark_acronyms (for a corrected query shown to the user).
std::string unmark_acronyms(std::string_view query);

// The bare words of a query made only of words (and field filters such as speaker:x or
// date:2021), lower case: what a proximity boost and the any-word fallback are built from.
// Empty when the query uses quotes, operators, brackets, +/-, wildcards or free-text fields.
std::vector<std::string> bare_words(std::string_view query);

// The proximity boost for `words` (bare_words(), at least two) to add to `query` with
// AND_MAYBE: the articles where the words, stemmed with `stemmer` as the index holds them,
// all stand within words + 4 positions (NEAR), and among those, where they form the phrase
// (PHRASE). It only reorders the query's matches, each scoring its words' weights once more
// for the window and once more for the phrase.
//
// When `query` (inside any FILTER) is an AND of terms that include every stemmed word, so it
// matches only articles with all of them, the phrase is tested only where the window
// matched (NEAR AND_MAYBE PHRASE; a phrase always lies within the window): the weights of
// proximity_boost_as_or() with one positional test on most matches instead of two. For any
// other query it is proximity_boost_as_or(): Xapian 1.4.22 credits the phrase to articles
// without it when the nested AND_MAYBE meets articles that lack some words (found against
// the ranking with every match weighed in full; docs/benchmarks.md, Session 4).
Xapian::Query proximity_boost(const std::vector<std::string>& words, const Xapian::Stem& stemmer,
                              const Xapian::Query& query);

// The same boost as PHRASE OR NEAR, which tests both on every match: how --explain shows
// the boost, and what the tests compare proximity_boost() with.
Xapian::Query proximity_boost_as_or(const std::vector<std::string>& words,
                                    const Xapian::Stem& stemmer);

// A plain word of a query (not an operator, field name or field value), letters only:
// where a spelling correction may go.
struct QueryWord {
  std::size_t begin = 0;  // byte offsets into the query
  std::size_t end = 0;
  std::string lower;
};
std::vector<QueryWord> query_words(std::string_view query);

// The words of a query that could not be parsed, without punctuation, without field
// filters (name:value) and without the operators written in capitals (AND, OR, NOT, XOR,
// NEAR, ADJ).
std::string plain_words(std::string_view query);

}  // namespace news
