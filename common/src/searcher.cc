#include "news/searcher.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <xapian.h>

#include "document.h"
#include "news/dates.h"
#include "news/error.h"
#include "news/speakers.h"
#include "news/text.h"
#include "schema.h"
#include "xapian_util.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// Snippet highlight markers: control characters that never occur in stored text.
constexpr std::string_view kMarkStart = "\x02";
constexpr std::string_view kMarkEnd = "\x03";

// ---- field processors: what follows "name:" in a query ----------------------------------

// speaker:NAME, matched by speaker_key() so case and diacritics do not matter.
class SpeakerProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(schema::make_term(schema::field("speaker").prefix, speaker_key(value)));
  }
};

// A boolean field whose values are folded (case and diacritics ignored).
class FoldedProcessor : public Xapian::FieldProcessor {
 public:
  explicit FoldedProcessor(std::string_view prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(schema::make_term(prefix_, fold(value)));
  }

 private:
  std::string prefix_;
};

// site:HOST, with or without scheme and "www.".
class SiteProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(schema::make_term(schema::field("site").prefix, host_of(value)));
  }
};

// One end of a date range: "2021", "2021-12" or "2021-12-17", as the first or last day.
std::optional<std::string> date_bound(std::string_view text, bool upper) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  const std::string s(text);
  const int n = std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail);
  if (n == 1 && s.size() == 4) {
    m = upper ? 12 : 1;
    d = upper ? 31 : 1;
  } else if (n == 2 && s.size() == 7) {
    d = 1;
    if (upper) {
      while (is_valid_date(y, m, d + 1)) ++d;
    }
  } else if (!(n == 3 && s.size() == 10)) {
    return std::nullopt;
  }
  if (!is_valid_date(y, m, d)) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  return std::string(buf);
}

// date:DAY | date:MONTH | date:YEAR | date:FROM..TO with either end optional.
class DateProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    std::string_view from = value, to = value;
    if (const auto dots = value.find(".."); dots != std::string::npos) {
      from = std::string_view(value).substr(0, dots);
      to = std::string_view(value).substr(dots + 2);
    }
    std::optional<std::string> lo, hi;
    if (!from.empty() && !(lo = date_bound(from, false))) throw bad(value);
    if (!to.empty() && !(hi = date_bound(to, true))) throw bad(value);
    if (lo && hi) return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, *lo, *hi);
    if (lo) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, *lo);
    if (hi) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, *hi);
    throw bad(value);
  }

 private:
  static Xapian::QueryParserError bad(const std::string& value) {
    return Xapian::QueryParserError("date:" + value +
                                    " is not a date or range (use YYYY, YYYY-MM, YYYY-MM-DD, "
                                    "FROM..TO, FROM.. or ..TO)");
  }
};

// ---- facets -------------------------------------------------------------------------------

// Counts every entry of a '\x1f'-separated value slot, so an article with four speakers
// counts once for each of them.
class ListCountSpy : public Xapian::MatchSpy {
 public:
  explicit ListCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double) override {
    const std::string list = doc.get_value(slot_);
    std::size_t start = 0;
    while (start < list.size()) {
      std::size_t end = list.find(schema::kListSeparator, start);
      if (end == std::string::npos) end = list.size();
      if (end > start) ++counts_[list.substr(start, end - start)];
      start = end + 1;
    }
  }
  std::string name() const override { return "news::ListCountSpy"; }
  const std::unordered_map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::unordered_map<std::string, std::size_t> counts_;
};

// Counts articles per month of the date slot, with undated ones under "undated".
class MonthCountSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    const std::string d = doc.get_value(schema::kSlotDate);
    if (d.size() >= 6) {
      ++counts_[d.substr(0, 4) + "-" + d.substr(4, 2)];
    } else {
      ++counts_["undated"];
    }
  }
  std::string name() const override { return "news::MonthCountSpy"; }
  const std::map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  std::map<std::string, std::size_t> counts_;
};

template <typename Map>
std::vector<FacetCount> sorted_by_count(const Map& counts) {
  std::vector<FacetCount> out;
  for (const auto& [value, count] : counts) out.push_back({value, count});
  std::stable_sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return out;
}

// Turns a snippet with highlight markers into plain text and spans.
void unmark_snippet(const std::string& marked, Hit& hit) {
  hit.snippet.clear();
  std::size_t begin = 0;
  for (char c : marked) {
    if (c == kMarkStart[0]) {
      begin = hit.snippet.size();
    } else if (c == kMarkEnd[0]) {
      hit.highlights.push_back({begin, hit.snippet.size()});
    } else if (c == '\n') {
      if (!hit.snippet.empty() && hit.snippet.back() != ' ') hit.snippet.push_back(' ');
    } else {
      hit.snippet.push_back(c);
    }
  }
}

// The words of a query that could not be parsed, without operators or punctuation.
std::string plain_words(const std::string& query) {
  std::string out;
  for (char c : query) {
    const auto u = static_cast<unsigned char>(c);
    out.push_back((u >= 0x80 || std::isalnum(u)) ? c : ' ');
  }
  return out;
}

}  // namespace

struct Searcher::Impl {
  fs::path path;
  Xapian::Database db;
  Xapian::Stem stemmer{"english"};

  Xapian::QueryParser make_parser() {
    Xapian::QueryParser qp;
    qp.set_database(db);
    qp.set_stemmer(stemmer);
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_AND);
    for (const schema::Field& f : schema::kFields) {
      if (f.name.empty() || f.name == "id") continue;
      const std::string name(f.name);
      if (f.kind == schema::FieldKind::kFreeText) {
        qp.add_prefix(name, std::string(f.prefix));
      } else if (name == "speaker") {
        qp.add_boolean_prefix(name, (new SpeakerProcessor)->release());
      } else if (name == "date") {
        qp.add_boolean_prefix(name, (new DateProcessor)->release());
      } else if (name == "site") {
        qp.add_boolean_prefix(name, (new SiteProcessor)->release());
      } else if (name == "source") {
        qp.add_boolean_prefix(name, (new FoldedProcessor(f.prefix))->release());
      } else {
        qp.add_boolean_prefix(name, std::string(f.prefix));
      }
    }
    return qp;
  }

  SearchResult run(const SearchRequest& request) {
    SearchResult result;
    Xapian::QueryParser qp = make_parser();
    Xapian::Query query = Xapian::Query::MatchAll;
    constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT |
                                Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE |
                                Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
    if (!request.query.empty()) {
      try {
        query = qp.parse_query(request.query, kFlags);
      } catch (const Xapian::QueryParserError& e) {
        const std::string words = plain_words(request.query);
        result.notices.push_back("could not parse the query (" + e.get_msg() +
                                 "); searching for its words instead");
        query = qp.parse_query(words, 0);
      }
      if (const std::string corrected = qp.get_corrected_query_string(); !corrected.empty()) {
        result.suggestion = corrected;
      }
      if (query.empty()) query = Xapian::Query::MatchAll;
    }

    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const SortOrder sort =
        request.sort.value_or(request.query.empty() ? SortOrder::kNewest : SortOrder::kRelevance);
    if (sort == SortOrder::kNewest) {
      enquire.set_sort_by_value_then_relevance(schema::kSlotDate, true);
    } else if (sort == SortOrder::kOldest) {
      enquire.set_sort_by_value_then_relevance(schema::kSlotDate, false);
    }
    ListCountSpy speakers(schema::kSlotSpeakers);
    MonthCountSpy months;
    enquire.add_matchspy(&speakers);
    enquire.add_matchspy(&months);

    // Asking to check every document makes the total and the facet counts exact.
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit),
                                               db.get_doccount());
    result.total_estimated = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    result.speaker_facets = sorted_by_count(speakers.counts());
    result.date_facets = sorted_by_count(months.counts());

    std::size_t rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const StoredArticle stored = read_stored(it.get_document());
      Hit hit;
      hit.rank = ++rank;
      hit.path = stored.path;
      hit.title = stored.title;
      hit.date = stored.date;
      hit.url = stored.url;
      hit.source = stored.source;
      hit.speakers = stored.speakers;
      hit.score = it.get_weight();
      unmark_snippet(mset.snippet(stored.text, request.snippet_length, stemmer,
                                  Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                      Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                  std::string(kMarkStart), std::string(kMarkEnd), "…"),
                     hit);
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
    } catch (const Xapian::Error& e) {
      throw translate_xapian_error(e, impl_->path);
    }
  }
}

}  // namespace news
