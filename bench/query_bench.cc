// In-process query latency: news::Searcher against a news-index database, a plain Xapian
// Enquire (what `quest` does) against the scriptindex database of the same corpus, and
// SQLite FTS5 through its C API. Each query runs once per repetition, so the p50 and p99
// statistics are per-query latencies. Built and run by bench/bench.py:
//
//   query_bench --news DB --xapian DB --sqlite FILE --queries FILE [benchmark flags]
//
// The queries file has one "kind<TAB>news query<TAB>xapian query<TAB>fts5 MATCH<TAB>extra
// SQL condition" line per query kind; an empty column skips that engine for that kind.
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <benchmark/benchmark.h>
#include <xapian.h>

#include "news/searcher.h"

namespace {

struct QueryLine {
  std::string kind, news, xapian, fts, sql_extra;
};

std::vector<QueryLine> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<QueryLine> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    cols.resize(5);
    out.push_back({cols[0], cols[1], cols[2], cols[3], cols[4]});
  }
  return out;
}

double percentile(const std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  std::vector<double> s(v);
  std::sort(s.begin(), s.end());
  const auto i = static_cast<std::size_t>(p * static_cast<double>(s.size() - 1) + 0.5);
  return s[std::min(i, s.size() - 1)];
}

// A plain Xapian search as quest runs it, with the scriptindex field prefixes. The stemming
// strategy follows the database: STEM_SOME where stems are Z-prefixed (scriptindex, omindex),
// STEM_ALL where every word is indexed stemmed and unprefixed (news-index's format 3).
class XapianEngine {
 public:
  explicit XapianEngine(const std::string& path) : db_(path) {
    qp_.set_database(db_);
    qp_.set_stemmer(Xapian::Stem("english"));
    const bool z_stems = db_.allterms_begin("Z") != db_.allterms_end("Z");
    qp_.set_stemming_strategy(z_stems ? Xapian::QueryParser::STEM_SOME
                                      : Xapian::QueryParser::STEM_ALL);
    qp_.set_default_op(Xapian::Query::OP_AND);
    qp_.add_prefix("title", "S");
    qp_.add_boolean_prefix("speaker", "XSPEAKER");
    qp_.add_rangeprocessor(new Xapian::RangeProcessor(0, "date:"));  // "date:20180101..20180630"
  }
  // Top 10; with `facets`, every match is counted into a month facet as news-search does;
  // with `exact`, every match is visited so that the total is exact.
  std::size_t run(const std::string& query, bool facets, bool exact) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(qp_.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT));
    Xapian::ValueCountMatchSpy spy(0);
    if (facets) enquire.add_matchspy(&spy);
    const Xapian::MSet mset = enquire.get_mset(0, 10, exact ? db_.get_doccount() : 0);
    std::size_t n = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) n += it.get_document().get_data().size();
    return n + mset.get_matches_estimated();
  }

 private:
  Xapian::Database db_;
  Xapian::QueryParser qp_;
};

class SqliteEngine {
 public:
  explicit SqliteEngine(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      throw std::runtime_error("cannot open " + path);
    }
  }
  ~SqliteEngine() { sqlite3_close(db_); }
  SqliteEngine(const SqliteEngine&) = delete;
  SqliteEngine& operator=(const SqliteEngine&) = delete;

  std::size_t run(const std::string& match, const std::string& extra, bool facets) {
    const std::string sql =
        facets ? "SELECT substr(date,1,7), count(*) FROM articles WHERE articles MATCH ?1 " +
                     extra + " GROUP BY 1"
               : "SELECT path, title, snippet(articles, 6, '[', ']', '…', 24) FROM articles "
                 "WHERE articles MATCH ?1 " + extra + " ORDER BY rank LIMIT 10";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db_) + ": " + sql);
    }
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    std::size_t n = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) n += static_cast<std::size_t>(sqlite3_column_bytes(stmt, 1));
    sqlite3_finalize(stmt);
    return n;
  }

 private:
  sqlite3* db_ = nullptr;
};

std::string arg(int argc, char** argv, const std::string& name) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == "--" + name) return argv[i + 1];
  }
  return {};
}

// Sets exact counting when the SearchRequest has that switch (it answers faster without).
template <typename Request>
void set_exact(Request& r, bool exact) {
  if constexpr (requires { r.exact_counts; }) r.exact_counts = exact;
}

void add(const std::string& name, std::function<std::size_t()> query, int repetitions) {
  query();  // warm: the first run pays for opening tables and reading the page cache
  benchmark::RegisterBenchmark(name.c_str(),
                               [query](benchmark::State& state) {
                                 for (auto _ : state) benchmark::DoNotOptimize(query());
                               })
      ->Iterations(1)
      ->Repetitions(repetitions)
      ->Unit(benchmark::kMillisecond)
      ->ComputeStatistics("p50", [](const std::vector<double>& v) { return percentile(v, 0.5); })
      ->ComputeStatistics("p99", [](const std::vector<double>& v) { return percentile(v, 0.99); })
      ->ReportAggregatesOnly(true);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string news_db = arg(argc, argv, "news");
  const std::string xapian_db = arg(argc, argv, "xapian");
  const std::string sqlite_db = arg(argc, argv, "sqlite");
  const std::vector<QueryLine> queries = read_queries(arg(argc, argv, "queries"));
  const std::string reps = arg(argc, argv, "repetitions");
  const int repetitions = reps.empty() ? 100 : std::stoi(reps);

  std::unique_ptr<news::Searcher> news;
  std::unique_ptr<XapianEngine> xapian;
  std::unique_ptr<SqliteEngine> sqlite;
  if (!news_db.empty()) news = std::make_unique<news::Searcher>(news_db);
  if (!xapian_db.empty()) xapian = std::make_unique<XapianEngine>(xapian_db);
  if (!sqlite_db.empty()) sqlite = std::make_unique<SqliteEngine>(sqlite_db);

  for (const QueryLine& q : queries) {
    const bool facets = q.kind == "faceted";
    // Plain queries estimate their totals (news-search --estimate, quest's default); the
    // faceted one counts exactly. The filtered and faceted kinds are also run the other way
    // ("date-exact", "faceted-estimate"): what exact counts cost.
    std::vector<std::pair<std::string, bool>> variants{{q.kind, facets}};
    if (q.kind == "date" || q.kind == "speaker") variants.emplace_back(q.kind + "-exact", true);
    if (facets) variants.emplace_back(q.kind + "-estimate", false);
    for (const auto& [kind, exact] : variants) {
      if (news && !q.news.empty()) {
        add("news/" + kind, [&news, q, facets, exact = exact] {
          news::SearchRequest r;
          r.query = q.news;
          r.limit = 10;
          r.facets = facets;  // as news-search counts them: only when asked (--facets, --json)
          set_exact(r, exact);
          return news->search(r).hits.size();
        }, repetitions);
      }
      if (xapian && !q.xapian.empty()) {
        add("xapian/" + kind,
            [&xapian, q, facets, exact = exact] { return xapian->run(q.xapian, facets, exact); },
            repetitions);
      }
    }
    if (sqlite && !q.fts.empty()) {
      add("fts5/" + q.kind,
          [&sqlite, q, facets] { return sqlite->run(q.fts, q.sql_extra, facets); }, repetitions);
    }
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
