// news-search: options -> news::Searcher -> text or JSON -> exit status (0 found, 1 none, 2 error).
#include <unistd.h>

#include <boost/program_options.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "news/database.h"
#include "news/error.h"
#include "news/searcher.h"
#include "output.h"

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage = R"(Usage: news-search [OPTIONS] [QUERY...]

Search the indexed news articles (build the index with news-index FOLDER first).
Words are ANDed and ranked with BM25, articles where they stand together first;
"quoted words" are a phrase; AND, OR, NOT, +word, -word, NEAR, parentheses and
trailing wildcards (secur*) work as in Xapian's query parser. Case and accents
never matter; NATO finds "North Atlantic Treaty Organization" and US finds
"United States" (but "us" stays the pronoun).
Fields: speaker:NAME  title:WORD  source:NAME  site:HOST  url:URL
        date:2021-12-17 | date:2021-12 | date:2022 | date:2021-12..2022-01 | date:2022-01-01..
With no query, every article, newest first. See docs/query-syntax.md.

Examples:
  news-search "security guarantees"
  news-search '"security guarantees"' speaker:grushko
  news-search ukraine date:2022-01-01..
  news-search --speaker Grushko --speaker Stoltenberg --since 2021-12 de-escalation
  news-search --facets --date-facet year NATO
  news-search --json --limit 3 sanctions
  news-search --like corpus/000_2f85f99983d3ee02.txt

Exit status: 0 something found, 1 nothing found, 2 error.

Options)";

enum class ColorMode { kAuto, kAlways, kNever };

constexpr news::NamedValue<ColorMode> kColorModeNames[] = {
    {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};

bool use_color(ColorMode mode) {
  if (mode == ColorMode::kAlways) return true;
  if (mode == ColorMode::kNever) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return isatty(STDOUT_FILENO) == 1;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string q;
  for (const auto& w : words) {
    if (!q.empty()) q += ' ';
    q += w;
  }
  return q;
}

// The value of option `name` among `choices`; throws po::error naming them otherwise.
template <typename T, std::size_t N>
T choose(const po::variables_map& vm, const char* name,
         const news::NamedValue<T> (&choices)[N]) {
  const std::string value = vm[name].as<std::string>();
  std::string names;
  for (const auto& [text, choice] : choices) {
    if (value == text) return choice;
    names += names.empty() ? "" : ", ";
    names += text;
  }
  throw po::error("--" + std::string(name) + " must be one of " + names + ", not '" + value + "'");
}

// A count option's value; throws po::error for a negative one (which size_t would wrap).
std::size_t count(const po::variables_map& vm, const char* name) {
  const long long value = vm[name].as<long long>();
  if (value < 0) {
    throw po::error("--" + std::string(name) + " must be 0 or more, not " + std::to_string(value));
  }
  return static_cast<std::size_t>(value);
}

struct Options {
  news::SearchRequest request;
  ColorMode color = ColorMode::kAuto;
  bool json = false;
  bool show_facets = false;
  std::optional<std::filesystem::path> db;
};

// Parses the command line into `options`; returns an exit status when the program is done
// (help, version, usage error), std::nullopt when it should search.
std::optional<int> parse_options(int argc, char** argv, Options& options) {
  po::options_description visible(kUsage);
  // clang-format off
  visible.add_options()
      ("db", po::value<std::string>()->value_name("DIR"),
       "database directory (default: $NEWS_DB, else $XDG_DATA_HOME/news-search/db)")
      ("speaker", po::value<std::vector<std::string>>()->value_name("NAME"),
       "only articles quoting NAME (repeat: any of them)")
      ("since", po::value<std::string>()->value_name("DATE"),
       "only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
      ("until", po::value<std::string>()->value_name("DATE"),
       "only articles dated on or before DATE")
      ("source", po::value<std::vector<std::string>>()->value_name("NAME"),
       "only articles from this publisher (repeat: any of them)")
      ("like", po::value<std::string>()->value_name("PATH"),
       "articles similar to this indexed article file")
      ("sort", po::value<std::string>()->value_name("ORDER"),
       "relevance, newest or oldest (default: relevance, or newest without a query)")
      ("limit,n", po::value<long long>()->value_name("N")->default_value(10),
       "how many results")
      ("offset", po::value<long long>()->value_name("N")->default_value(0),
       "skip this many results first")
      ("facets", "print speaker and date counts under the results")
      ("facet-limit", po::value<long long>()->value_name("N")->default_value(10),
       "speakers listed in the facets (0: all)")
      ("date-facet", po::value<std::string>()->value_name("UNIT")->default_value("month"),
       "date facet by day, month or year")
      ("estimate", "do not count every match: faster on huge databases; totals become "
                   "estimates with bounds and facets are counted over a sample of the matches and scaled up")
      ("explain", "print the parsed query and what each hit's score is made of")
      ("synonyms", po::value<std::string>()->value_name("FILE"),
       "add the synonym groups of FILE (format of share/news-search/synonyms.txt)")
      ("json", "print one JSON object (see docs/json.md)")
      ("color", po::value<std::string>()->value_name("WHEN")->default_value("auto"),
       "auto, always or never")
      ("help,h", "show this help")
      ("version", "show the version");
  // clang-format on
  po::options_description hidden;
  hidden.add_options()("query", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << visible << "\n";
    return 0;
  }
  if (vm.count("version")) {
    std::cout << "news-search " << NEWS_VERSION << "\n";
    return 0;
  }

  news::SearchRequest& request = options.request;
  if (vm.count("query")) request.query = join_words(vm["query"].as<std::vector<std::string>>());
  request.limit = count(vm, "limit");
  request.offset = count(vm, "offset");
  if (vm.count("sort")) {
    request.sort = choose(vm, "sort", news::kSortOrderNames);
  }
  if (vm.count("speaker")) request.speakers = vm["speaker"].as<std::vector<std::string>>();
  if (vm.count("source")) request.sources = vm["source"].as<std::vector<std::string>>();
  if (vm.count("since")) request.since = vm["since"].as<std::string>();
  if (vm.count("until")) request.until = vm["until"].as<std::string>();
  if (vm.count("like")) request.like = vm["like"].as<std::string>();
  if (vm.count("synonyms")) request.synonyms_file = vm["synonyms"].as<std::string>();
  request.facet_limit = count(vm, "facet-limit");
  request.date_facet = choose(vm, "date-facet", news::kDateFacetNames);
  request.exact_counts = vm.count("estimate") == 0;
  request.explain = vm.count("explain") > 0;
  options.color = choose(vm, "color", kColorModeNames);
  options.json = vm.count("json") > 0;
  options.show_facets = vm.count("facets") > 0;
  request.facets = options.json || options.show_facets;  // text shows them only when asked
  if (vm.count("db")) options.db = vm["db"].as<std::string>();
  return std::nullopt;
}

// A query as quoted back in messages: at most 80 bytes, cut on a character boundary.
std::string shortened(const std::string& query) {
  constexpr std::size_t kMax = 80;
  if (query.size() <= kMax) return query;
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(query[cut]) & 0xC0) == 0x80) --cut;
  return query.substr(0, cut) + "…";
}

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (news-search ... | head) shows up as a failed write, handled below.
  std::signal(SIGPIPE, SIG_IGN);

  Options options;
  try {
    if (const std::optional<int> done = parse_options(argc, argv, options)) {
      std::cout.flush();
      return *done;
    }
  } catch (const po::error& e) {
    std::cerr << "news-search: " << e.what() << "\nTry 'news-search --help'.\n";
    return 2;
  }
  const news::SearchRequest& request = options.request;

  try {
    news::Searcher searcher(news::resolve_database_path(options.db));
    const news::SearchResult result = searcher.search(request);
    for (const std::string& notice : result.notices) std::cerr << "news-search: " << notice << "\n";

    if (options.json) {
      std::cout << news::cli::to_json(request, result) << "\n";
    } else {
      news::cli::TextStyle style;
      style.color = use_color(options.color);
      style.show_facets = options.show_facets;
      news::cli::print_text(std::cout, request, result, style);
      if (result.hits.empty()) {
        std::cerr << "news-search: no articles match";
        if (!request.query.empty()) std::cerr << " '" << shortened(request.query) << "'";
        std::cerr << "\n";
      }
    }
    std::cout.flush();
    if (!std::cout) return result.hits.empty() ? 1 : 0;  // closed pipe: end quietly
    return result.total_upper == 0 ? 1 : 0;
  } catch (const news::Error& e) {
    std::cerr << "news-search: " << e.what() << "\n";
    if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << "\n";
    return 2;
  }
}
