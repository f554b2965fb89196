#include "news/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <set>

#include "aliases.h"
#include "document.h"
#include "facets.h"
#include "folding.h"
#include "highlight.h"
#include "news/error.h"
#include "news/speakers.h"
#include "query.h"
#include "schema.h"
#include "synonyms.h"
#include "top_lists.h"
#include "xapian_util.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// A trailing wildcard expands to at most this many terms, the most frequent ones.
constexpr Xapian::termcount kMaxWildcardExpansion = 100;

// Terms taken from the article given to --like.
constexpr Xapian::termcount kLikeTerms = 40;

// speaker:NAME, matched by speaker_key() so case and diacritics do not matter, and through
// the alias table to every name of the person (aliases.h).
class SpeakerProcessor : public Xapian::FieldProcessor {
 public:
  const AliasTable* aliases = nullptr;
  Xapian::Query operator()(const std::string& value) override {
    std::vector<Xapian::Query> terms;
    for (const std::string& key :
         aliases ? aliases->query_keys(value) : std::vector<std::string>{speaker_key(value)}) {
      terms.emplace_back(schema::make_term(schema::field("speaker").prefix, key));
    }
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }
};

// Sort key for --sort oldest: the date, with undated articles (no value) after every date.
// (Newest first sorts on the value itself: an empty value already comes last.)
class OldestFirstKey : public Xapian::KeyMaker {
 public:
  std::string operator()(const Xapian::Document& doc) const override {
    std::string date = doc.get_value(schema::kSlotDate);
    return date.empty() ? "~" : date;  // '~' sorts after every digit
  }
};

// The words joined by `sep`; past `max_words` the rest is summed up as "and N more", so a
// message about a 10,000-word query stays one line.
std::string join_words(const std::vector<std::string>& words, std::string_view sep,
                       std::size_t max_words = 12) {
  std::string out;
  for (std::size_t i = 0; i < words.size() && i < max_words; ++i) {
    if (!out.empty()) out += sep;
    out += words[i];
  }
  if (words.size() > max_words) {
    out += " and " + std::to_string(words.size() - max_words) + " more";
  }
  return out;
}

// The scored leaves of `q`: terms, phrases, synonym groups, wildcards; boolean filters,
// which never score, are skipped.
void scored_parts(const Xapian::Query& q, std::vector<Xapian::Query>& out) {
  switch (q.get_type()) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
      for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) scored_parts(q.get_subquery(i), out);
      return;
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT:
      if (q.get_num_subqueries() > 0) scored_parts(q.get_subquery(0), out);
      return;
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_VALUE_RANGE:
    case Xapian::Query::OP_VALUE_GE:
    case Xapian::Query::OP_VALUE_LE:
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return;
    default:
      out.push_back(q);
  }
}

}  // namespace

struct Searcher::Impl {
  fs::path path;
  Xapian::Database db;
  Xapian::Stem stemmer{schema::kStemLanguage};
  std::unique_ptr<SynonymDatabase> synonyms;
  std::optional<fs::path> synonyms_file;
  SpeakerProcessor speaker_processor;
  DateProcessor date_processor{&db};  // owned here: parse() reads its error after parsing
  AliasTable aliases;
  // The database's top lists are current (top_lists.h): read with the aliases, once per
  // revision the database is opened at.
  bool lists_current = false;
  // Built on first use; rebuilt after the synonyms change or the database is reopened.
  std::optional<Xapian::QueryParser> parser;

  // The database the parser consults: the articles (spelling, wildcards) and the synonyms.
  Xapian::Database parser_database() const {
    Xapian::Database combined(db);
    combined.add_database(synonyms->database());
    return combined;
  }

  Xapian::QueryParser make_parser(const Xapian::Database& parser_db) {
    Xapian::QueryParser qp;
    qp.set_database(parser_db);
    qp.set_stemmer(stemmer);
    qp.set_stemming_strategy(schema::kQueryStemming);
    qp.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                         Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
    for (const schema::Field& f : schema::kFields) {
      if (f.name.empty() || f.name == "id") continue;
      const std::string name(f.name);
      if (f.kind == schema::FieldKind::kFreeText) {
        qp.add_prefix(name, std::string(f.prefix));
      } else if (name == "speaker") {
        qp.add_boolean_prefix(name, &speaker_processor);
      } else if (name == "date") {
        qp.add_boolean_prefix(name, &date_processor);
      } else if (name == "site" || name == "url") {
        qp.add_boolean_prefix(name, (new SiteProcessor)->release());
      } else if (name == "source") {
        qp.add_boolean_prefix(name, (new FoldedProcessor(f.prefix))->release());
      } else {
        qp.add_boolean_prefix(name, std::string(f.prefix));
      }
    }
    qp.add_prefix(std::string(kAcronymField), (new AcronymProcessor(parser_db, stemmer))->release());
    return qp;
  }

  // The user's query as a Xapian query: parsed, or its plain words when it cannot be.
  // `any_word` parses with OR between words instead of AND.
  Xapian::Query parse(const std::string& text, bool any_word, SearchResult& result) {
    if (!parser) parser = make_parser(parser_database());
    Xapian::QueryParser& qp = *parser;
    qp.set_default_op(any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
    constexpr unsigned kFlags =
        // Operators only in capitals: "not guilty" and "trade and tariffs" are words in news.
        Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
        Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
    const std::string marked = mark_acronyms(text, synonyms->table());
    const auto words_instead = [&](const std::string& why) {
      result.notices.push_back(why + "; searching for its words instead");
      return qp.parse_query(plain_words(text), Xapian::QueryParser::FLAG_AUTO_SYNONYMS);
    };
    Xapian::Query query;
    try {
      date_processor.take_error();
      query = qp.parse_query(marked, kFlags);
      if (auto bad_date = date_processor.take_error()) throw Xapian::QueryParserError(*bad_date);
    } catch (const Xapian::QueryParserError& e) {
      query = words_instead("could not parse the query (" + e.get_msg() + ")");
    } catch (const Xapian::WildcardError& e) {
      query = words_instead("a wildcard matched too many words (" + e.get_msg() + ")");
    }
    return query;
  }

  // The query with each word that is in no article replaced by the most frequent indexed
  // word within two edits, when there is one ("stoltenburg" -> "stoltenberg").
  std::optional<std::string> spelling_suggestion(const std::string& text) {
    std::string out;
    std::size_t copied = 0;
    for (const QueryWord& w : query_words(text)) {
      // The word or another form of it is indexed ("states" where articles say "state"):
      // the stemmed search finds it, so the word is not misspelt.
      const std::string stem = stemmer(w.lower);
      if (db.get_termfreq(stem) != 0) continue;
      const std::string suggestion = db.get_spelling_suggestion(w.lower);
      if (suggestion.empty() || stemmer(suggestion) == stem) continue;
      out.append(text, copied, w.begin - copied).append(suggestion);
      copied = w.end;
    }
    if (copied == 0) return std::nullopt;
    return out.append(text, copied);
  }

  // Filters from the request's options, AND-ed.
  Xapian::Query option_filters(const SearchRequest& request) {
    std::vector<Xapian::Query> filters;
    if (!request.speakers.empty()) {
      std::vector<Xapian::Query> any;
      for (const std::string& name : request.speakers) any.push_back(speaker_processor(name));
      filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
    }
    if (!request.sources.empty()) {
      FoldedProcessor source(schema::field("source").prefix);
      std::vector<Xapian::Query> any;
      for (const std::string& name : request.sources) any.push_back(source(name));
      filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
    }
    if (request.since || request.until) {
      DateRange range;
      const auto bound = [](const std::optional<std::string>& text, bool upper,
                            const char* option) -> std::optional<std::string> {
        if (!text) return std::nullopt;
        std::optional<std::string> b = date_bound(*text, upper);
        if (!b) {
          throw Error(ErrorCode::kInvalidArgument,
                      std::string(option) + " '" + *text + "' is not a date",
                      "use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return b;
      };
      range.from = bound(request.since, false, "--since");
      range.to = bound(request.until, true, "--until");
      filters.push_back(date_range_query(range, &db));
    }
    if (filters.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
  }

  // Relevance feedback from the indexed article at `article`: its most telling terms.
  Xapian::Query like_query(const fs::path& article) {
    std::error_code ec;
    const std::string abs = fs::absolute(article, ec).lexically_normal().string();
    const std::string id = schema::id_term(abs);
    Xapian::PostingIterator p = db.postlist_begin(id);
    if (p == db.postlist_end(id)) {
      throw Error(ErrorCode::kInvalidArgument, "--like: " + abs + " is not in the database",
                  "index it first: news-index FOLDER");
    }
    Xapian::RSet rset;
    rset.add_document(*p);
    Xapian::Enquire enquire(db);
    // Body words only ("secur"): not the title, id, speaker, date or other prefixed terms
    // (a prefix is in capitals); and only words some other article has, as the others
    // cannot find anything.
    struct SharedStemmedWords : Xapian::ExpandDecider {
      explicit SharedStemmedWords(const Xapian::Database& d) : db(d) {}
      bool operator()(const std::string& term) const override {
        return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z') && db.get_termfreq(term) > 1;
      }
      const Xapian::Database& db;
    } words_only(db);
    const Xapian::ESet eset = enquire.get_eset(kLikeTerms, rset, &words_only);
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);
    return Xapian::Query(Xapian::Query::OP_AND_NOT,
                         Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                         Xapian::Query(id));
  }

  // The weight `part` alone gives the document with id term `id`.
  double part_weight(const Xapian::Query& part, const std::string& id) {
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(ranking_weight());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, part, Xapian::Query(id)));
    const Xapian::MSet m = enquire.get_mset(0, 1);
    return m.empty() ? 0.0 : m.begin().get_weight();
  }

  // The term whose weight alone ranks `q`: `q` itself, or the term under boolean filters
  // (FILTER, AND_NOT: they add no weight). std::nullopt for any other query.
  static std::optional<std::string> sole_ranking_term(Xapian::Query q) {
    while ((q.get_type() == Xapian::Query::OP_FILTER || q.get_type() == Xapian::Query::OP_AND_NOT) &&
           q.get_num_subqueries() > 0) {
      q = q.get_subquery(0);
    }
    if (q.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
    return *q.get_terms_begin();
  }

  // The page of `q`, ranked by `term` alone (sole_ranking_term), from the term's top list
  // (top_lists.h): the same page as the full match, which visits all `term_articles`. When
  // the page lies within the list, or with filters, within the list's articles that pass
  // them; std::nullopt otherwise.
  std::optional<Xapian::MSet> top_list_page(const Xapian::Query& q, const std::string& term,
                                            Xapian::doccount term_articles,
                                            const SearchRequest& request, Xapian::Enquire& enquire) {
    std::optional<std::vector<Xapian::docid>> ids = top_list(db, term);
    if (!ids) return std::nullopt;
    const bool every_article = ids->size() >= term_articles;
    const std::size_t end = request.offset + request.limit;
    if (ids->size() < end && !every_article) return std::nullopt;  // the page is past the list
    // The list's first n articles are the first n results: when `end` of them pass the
    // filters, the page is among them. A word alone needs `end`; with filters, 4 x `end`
    // first, four times more while too few pass, up to the whole list.
    const bool filtered = q.get_type() != Xapian::Query::LEAF_TERM;
    std::size_t n = std::min(ids->size(), filtered ? 4 * end : end);
    for (;;) {
      enquire.set_query(Xapian::Query(
          Xapian::Query::OP_FILTER, q,
          docid_filter(std::vector<Xapian::docid>(ids->begin(), ids->begin() + static_cast<std::ptrdiff_t>(n)))));
      Xapian::MSet page = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                           static_cast<Xapian::doccount>(request.limit));
      if (page.size() == request.limit) return page;
      if (n == ids->size()) {  // too few of the list's articles pass the filters
        if (every_article) return page;
        return std::nullopt;  // the page may hold articles past the list
      }
      n = std::min(ids->size(), 4 * n);
    }
  }

  SearchResult run(const SearchRequest& request) {
    if (request.synonyms_file != synonyms_file || !synonyms) {
      synonyms = std::make_unique<SynonymDatabase>(request.synonyms_file);
      synonyms_file = request.synonyms_file;
      parser.reset();
    }
    SearchResult result;
    const std::string text = fold_words(request.query);
    const std::vector<std::string> words = bare_words(text);

    Xapian::Query query;
    if (!text.empty()) {
      query = parse(text, false, result);
      if (query.empty()) {  // only operators or punctuation: nothing to look for
        result.notices.push_back("nothing to search for in '" + request.query + "'");
        return result;
      }
    }
    const Xapian::Query filters = option_filters(request);
    Xapian::Query like;
    if (request.like) like = like_query(*request.like);

    // With the proximity boost (query.h), which only reorders, for two words or more and not
    // with --like; kAsOr is the form --explain shows. The counting pass leaves it out
    // (evaluating phrases and windows on every match is what makes counting slow).
    enum class Boost { kNone, kBoost, kAsOr };
    const auto assemble = [&](const Xapian::Query& parsed, Boost boost) {
      Xapian::Query q = parsed;
      if (boost != Boost::kNone && words.size() >= 2 && !request.like) {
        q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                          boost == Boost::kAsOr ? proximity_boost_as_or(words, stemmer)
                                                : proximity_boost(words, stemmer, q));
      }
      if (!like.empty()) q = q.empty() ? like : Xapian::Query(Xapian::Query::OP_FILTER, like, q);
      if (q.empty()) q = Xapian::Query::MatchAll;
      if (!filters.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, filters);
      return q;
    };

    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(ranking_weight());
    const SortOrder sort = request.sort.value_or(
        text.empty() && !request.like ? SortOrder::kNewest : SortOrder::kRelevance);
    result.sort = sort;
    OldestFirstKey oldest;
    if (sort == SortOrder::kNewest) {
      enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
    } else if (sort == SortOrder::kOldest) {
      enquire.set_sort_by_key_then_relevance(&oldest, false);
    }

    // The ranked page, looking at as few matches as Xapian needs. (Ranking every match in
    // this pass instead of the counting pass below, 1b3bc04, was measured at 358k: exact
    // 'people date:2018-01..2018-06' 9.5 -> 7 ms, but 'people' with exact facets 80-94 ->
    // 111-119 ms and 'people speaker:gray' 25-28 -> 30-32 ms: slower for large match sets.)
    const auto run_query = [&](const Xapian::Query& q) {
      enquire.set_query(q);
      return enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                              static_cast<Xapian::doccount>(request.limit));
    };

    Xapian::Query parsed = query;
    Xapian::Query final_query = assemble(parsed, Boost::kBoost);
    Xapian::MSet mset;
    const std::optional<std::string> list_term =
        lists_current && sort == SortOrder::kRelevance ? sole_ranking_term(final_query) : std::nullopt;
    const Xapian::doccount term_articles = list_term ? db.get_termfreq(*list_term) : 0;
    if (std::optional<Xapian::MSet> listed =
            list_term ? top_list_page(final_query, *list_term, term_articles, request, enquire)
                      : std::nullopt) {
      mset = std::move(*listed);
      result.ranked_from_top_list = true;
    } else {
      mset = run_query(final_query);
    }
    if (mset.get_matches_upper_bound() == 0 && words.size() >= 2) {
      // No article has every word: show those with any, and say so.
      result.matched_any_word = true;
      result.notices.push_back("no article has all of " + join_words(words, ", ") +
                               "; showing articles with any");
      parsed = parse(text, true, result);
      final_query = assemble(parsed, Boost::kBoost);
      mset = run_query(final_query);
      result.ranked_from_top_list = false;
    }

    result.total_estimated = mset.get_matches_estimated();
    result.total_lower = mset.get_matches_lower_bound();
    result.total_upper = mset.get_matches_upper_bound();
    if (result.ranked_from_top_list) {
      // The page's counts are the list's, not the query's. A word alone matches its articles.
      // With filters: at least the list's articles that passed, at most the word's articles;
      // with exact counts every match is counted below, else Xapian's estimate, matching
      // nothing, narrows them.
      result.total_estimated = result.total_upper = term_articles;
      result.total_lower = final_query.get_type() == Xapian::Query::LEAF_TERM
                               ? term_articles
                               : mset.get_matches_lower_bound();
      if (result.total_lower != result.total_upper && !request.exact_counts) {
        enquire.set_query(final_query);
        const Xapian::MSet none = enquire.get_mset(0, 0);
        result.total_upper = none.get_matches_upper_bound();
        result.total_lower = std::max<std::size_t>(none.get_matches_lower_bound(), result.total_lower);
        result.total_estimated = std::clamp<std::size_t>(none.get_matches_estimated(),
                                                         result.total_lower, result.total_upper);
      }
    }
    ListCountSpy speakers(schema::kSlotSpeakers);
    DateCountSpy dates(request.date_facet);
    double facet_scale = 1.0;
    result.facets_exact = false;
    if (request.facets || (request.exact_counts && result.total_lower != result.total_upper)) {
      // A second pass, unweighted and without the proximity boost (the same matches), far
      // cheaper than ranking: over every match for exact counts, else over a sample.
      std::vector<Xapian::MatchSpy*> spies;
      if (request.facets) spies = {&speakers, &dates};
      const FacetCounting counting =
          count_facets(db, assemble(parsed, Boost::kNone), spies, result.total_estimated,
                       result.total_upper, request.exact_counts ? 0 : kFacetSampleSize);
      if (counting.complete) {
        result.total_estimated = result.total_lower = result.total_upper = counting.counted;
      } else {  // the sample's estimate of the total, consistent with the scaled facets
        result.total_estimated = std::clamp(scaled_count(counting.counted, counting.scale),
                                            result.total_lower, result.total_upper);
      }
      result.facets_exact = request.facets && counting.complete;
      result.facets_counted = request.facets ? counting.counted : 0;
      facet_scale = counting.scale;
    }
    result.total_exact = result.total_lower == result.total_upper;
    auto speaker_counts = aliases.canonical_counts(speakers.counts());
    for (auto& entry : speaker_counts) entry.second = scaled_count(entry.second, facet_scale);
    result.speaker_values = speaker_counts.size();
    result.speaker_facets = top_counts(speaker_counts, request.facet_limit);
    result.date_facets = dates.counts();
    for (FacetCount& f : result.date_facets) f.count = scaled_count(f.count, facet_scale);
    if (result.total_upper == 0 || result.matched_any_word) {
      result.suggestion = spelling_suggestion(text);
    }

    std::vector<Xapian::Query> parts;
    if (request.explain) {
      const Xapian::Query described = assemble(parsed, Boost::kAsOr);
      result.parsed_query = described.get_description();
      scored_parts(described, parts);
    }
    // Highlighted: the query's words, and where it found a synonym group (US for "United
    // States"), the group's forms.
    const std::set<std::string> terms(final_query.get_terms_begin(), final_query.get_terms_end());
    HighlightTerms highlighted = highlight_terms(final_query);
    add_highlight_terms(highlighted,
                        highlight_terms(synonyms->table().forms_of_concepts(terms, stemmer)));
    std::size_t rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      StoredArticle stored = read_stored(it.get_document());
      Hit hit;
      hit.rank = ++rank;
      hit.score = it.get_weight();
      Snippet snippet = make_snippet(stored.text, highlighted, stemmer, request.snippet_length);
      hit.snippet = std::move(snippet.text);
      hit.highlights = std::move(snippet.highlights);
      hit.speakers = aliases.canonical_names(stored.speakers);
      const std::string id = parts.empty() ? std::string() : schema::id_term(stored.path);
      for (const Xapian::Query& part : parts) {
        const double w = part_weight(part, id);
        if (w > 0) hit.explanation.push_back({part.get_description(), w});
      }
      hit.path = std::move(stored.path);
      hit.title = std::move(stored.title);
      hit.date = std::move(stored.date);
      hit.url = std::move(stored.url);
      hit.source = std::move(stored.source);
      result.hits.push_back(std::move(hit));
    }
    return result;
  }
};

Searcher::Searcher(const fs::path& db_path) : impl_(std::make_unique<Impl>()) {
  impl_->path = db_path;
  std::error_code ec;
  if (!fs::exists(db_path, ec)) {
    throw Error(ErrorCode::kNoDatabase, "no database at " + db_path.string(),
                "run news-index FOLDER first to build one");
  }
  try {
    impl_->db = Xapian::Database(db_path.string());
  } catch (const Xapian::Error& e) {
    throw translate_xapian_error(e, db_path);
  }
  check_schema_version(impl_->db, db_path);
  try {
    impl_->aliases = load_aliases(impl_->db);
    impl_->lists_current = top_lists_current(impl_->db);
  } catch (const Xapian::Error& e) {
    throw translate_xapian_error(e, db_path);
  }
  impl_->speaker_processor.aliases = &impl_->aliases;
}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) {
  // A writer committing meanwhile can invalidate what we read: reopen and try again.
  for (int attempt = 0;; ++attempt) {
    try {
      return impl_->run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) {
        throw Error(ErrorCode::kDatabaseLocked,
                    "database " + impl_->path.string() + " kept changing during the search",
                    "try again when news-index has finished");
      }
      impl_->db.reopen();
      impl_->aliases = load_aliases(impl_->db);
      impl_->lists_current = top_lists_current(impl_->db);
      impl_->parser.reset();
    } catch (const Xapian::Error& e) {
      throw translate_xapian_error(e, impl_->path);
    }
  }
}

}  // namespace news
