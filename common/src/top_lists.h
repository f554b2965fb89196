// Top lists: for each free-text term that many articles hold, the articles a query of that
// term alone ranks first, kept in the database's metadata by news-index and used by the
// searcher to rank such a query without visiting every posting of the term. Private to
// common/; docs/schema.md describes the metadata, docs/benchmarks.md what it saves.
//
// A one-term BM25 query ranks by the term's weight alone, which depends on the database's
// statistics as they stand (collection size, average length): a list is exact only for
// the database it was computed on. Hence the stamp kept with the lists, and why the index
// writer clears them with the first change of a run and computes them again in the run's
// last commit, so that no committed state pairs documents with lists of other documents.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace news {

// What news-index keeps lists of (IndexOptions::top_list_size, top_list_min_articles).
// A page within the first `size` results of a query of a word alone is answered from its
// list; so is a page of the word with boolean filters (speaker:, date:, ...) when enough of
// the list's articles pass them.
struct TopListSettings {
  Xapian::doccount size = 0;          // articles ranked in each list
  Xapian::doccount min_articles = 0;  // terms in fewer articles get none
};

// The weighting scheme of relevance ranking, the lists' and the searcher's: a list is the
// ranking of this scheme.
inline Xapian::BM25Weight ranking_weight() { return Xapian::BM25Weight(); }

// Clears every top list of `db`, in the caller's transaction. Returns false when it had none.
bool clear_top_lists(Xapian::WritableDatabase& db);

// Computes the list of every free-text term of `db` held by at least settings.min_articles
// articles, from the documents as they are now (uncommitted changes included), and stores
// them stamped with the state the caller's next commit makes (it commits right after, and
// nothing else); with no such term, no list and no stamp. Costs a full match of each term.
void update_top_lists(Xapian::WritableDatabase& db, const TopListSettings& settings);

// After changes that leave every BM25 statistic and every free-text term as they were (a
// renamed file, a refreshed fingerprint: boolean terms and values only), marks the lists
// as those of the state the caller's next commit makes, without computing them. False
// when there were none.
bool restamp_top_lists(Xapian::WritableDatabase& db, const TopListSettings& settings);

// True when `db` holds top lists computed from exactly its current documents (with
// `settings`, when given): stamped at its current revision.
bool top_lists_current(const Xapian::Database& db,
                       const std::optional<TopListSettings>& settings = std::nullopt);

// The first results of a query of `term` alone (TopListSettings::size), in that order: Xapian's BM25
// ranking, ties broken by docid. Ranked again with the same statistics (any query whose
// weight is that term's alone, filters included), they come out in the same order.
// std::nullopt when `term` has no list. Only for a database whose lists are current
// (top_lists_current), which a caller checks once per revision it opens.
std::optional<std::vector<Xapian::docid>> top_list(const Xapian::Database& db,
                                                   const std::string& term);

// A boolean query matching exactly the articles `ids` (distinct, in any order).
Xapian::Query docid_filter(std::vector<Xapian::docid> ids);

}  // namespace news
