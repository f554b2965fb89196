// Snippets: the passage of an article's stored text that best shows why it matched, with
// the query's words highlighted. Pure functions over text, no database. Private to common/.
//
// The index holds one stemmed term per word (schema::kIndexStemming), so matching a word of
// the text against the query means folding it as the indexer does (folding.h), then stemming
// it: "Jürgen" -> "jurgen", "guarantees" -> "guarante".
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "news/searcher.h"

namespace news {

// What a snippet highlights, as the index spells it.
struct HighlightTerms {
  std::vector<std::string> terms;                 // stems: "secur", "guarante"
  std::vector<std::vector<std::string>> phrases;  // stems standing together, in order
  std::vector<std::string> wildcards;             // a stem starting with one of these matches

  bool empty() const { return terms.empty() && phrases.empty() && wildcards.empty(); }
};

// The parts of `query` the stored body can show: its unprefixed terms, its phrases (of
// terms only) and its wildcard patterns. Terms with a prefix (title words, filters, synonym
// concepts) never occur in the body and are left out, as is the right side of AND_NOT.
HighlightTerms highlight_terms(const Xapian::Query& query);

// Adds the terms, phrases and wildcards of `more` to `terms`.
void add_highlight_terms(HighlightTerms& terms, const HighlightTerms& more);

// A passage of stored text with highlight spans (byte offsets into `text`).
struct Snippet {
  std::string text;
  std::vector<Highlight> highlights;  // in order, never overlapping
};

// The passage of `text` of at most about `length` characters that holds the most distinct
// query terms and phrases (then the most matches), cut at word boundaries, with "…" where
// text is left out and runs of white space as one space; the start of the text when nothing
// matches. A phrase found in the text is one highlight span. Each distinct word of `text`
// is folded and stemmed at most once, and only when its first letters can start a match.
Snippet make_snippet(std::string_view text, const HighlightTerms& terms,
                     const Xapian::Stem& stemmer, std::size_t length);

// make_snippet() folding and stemming every distinct word, with no test of its first
// letters: slower, and always the same snippet (the tests compare the two).
Snippet make_snippet_stemming_every_word(std::string_view text, const HighlightTerms& terms,
                                         const Xapian::Stem& stemmer, std::size_t length);

}  // namespace news
