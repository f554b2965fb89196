// news-search: options -> news::Searcher -> text or JSON -> exit status (0 found, 1 none, 2 error).
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "news/database.h"
#include "news/error.h"
#include "news/searcher.h"
#include "output.h"

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage = R"(Usage: news-search [OPTIONS] [QUERY...]

Search the indexed news articles. Words are ANDed; "quoted words" are a phrase;
AND, OR, NOT, +word, -word and parentheses work as in Xapian's query parser.
Fields: speaker:NAME  title:WORD  source:NAME  site:HOST  date:2021-12 (day, month,
year or FROM..TO). With no query, every article, newest first.

Examples:
  news-search "security guarantees"
  news-search '"security guarantees"' speaker:grushko
  news-search ukraine date:2022-01-01..
  news-search --json --limit 3 sanctions

Exit status: 0 something found, 1 nothing found, 2 error.

Options)";

enum class ColorMode { kAuto, kAlways, kNever };

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

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe (news-search ... | head) shows up as a failed write, handled below.
  std::signal(SIGPIPE, SIG_IGN);

  po::options_description visible(kUsage);
  visible.add_options()
      ("db", po::value<std::string>(), "database directory")
      ("json", "print one JSON object (see docs/json.md)")
      ("limit,n", po::value<std::size_t>()->default_value(10), "how many results")
      ("offset", po::value<std::size_t>()->default_value(0), "skip this many results first")
      ("sort", po::value<std::string>(), "relevance, newest or oldest")
      ("facets", "print speaker and date counts under the results")
      ("facet-limit", po::value<std::size_t>()->default_value(10), "facet values shown")
      ("color", po::value<std::string>()->default_value("auto"), "auto, always or never")
      ("help,h", "show this help")
      ("version", "show the version");
  po::options_description hidden;
  hidden.add_options()("query", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("query", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "news-search: " << e.what() << "\nTry 'news-search --help'.\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << visible << "\n";
    return 0;
  }
  if (vm.count("version")) {
    std::cout << "news-search " << NEWS_VERSION << "\n";
    return 0;
  }

  news::SearchRequest request;
  if (vm.count("query")) request.query = join_words(vm["query"].as<std::vector<std::string>>());
  request.limit = vm["limit"].as<std::size_t>();
  request.offset = vm["offset"].as<std::size_t>();
  if (vm.count("sort")) {
    const std::string s = vm["sort"].as<std::string>();
    if (s == "relevance") {
      request.sort = news::SortOrder::kRelevance;
    } else if (s == "newest") {
      request.sort = news::SortOrder::kNewest;
    } else if (s == "oldest") {
      request.sort = news::SortOrder::kOldest;
    } else {
      std::cerr << "news-search: --sort must be relevance, newest or oldest, not '" << s << "'\n";
      return 2;
    }
  }
  ColorMode color;
  const std::string c = vm["color"].as<std::string>();
  if (c == "auto") {
    color = ColorMode::kAuto;
  } else if (c == "always") {
    color = ColorMode::kAlways;
  } else if (c == "never") {
    color = ColorMode::kNever;
  } else {
    std::cerr << "news-search: --color must be auto, always or never, not '" << c << "'\n";
    return 2;
  }

  try {
    std::optional<std::filesystem::path> db;
    if (vm.count("db")) db = vm["db"].as<std::string>();
    news::Searcher searcher(news::resolve_database_path(db));
    const news::SearchResult result = searcher.search(request);
    for (const std::string& notice : result.notices) std::cerr << "news-search: " << notice << "\n";

    if (vm.count("json")) {
      std::cout << news::cli::to_json(request, result) << "\n";
    } else {
      news::cli::TextStyle style;
      style.color = use_color(color);
      style.show_facets = vm.count("facets") > 0;
      style.facet_limit = vm["facet-limit"].as<std::size_t>();
      if (result.suggestion) std::cout << "Did you mean: " << *result.suggestion << "\n\n";
      news::cli::print_text(std::cout, request, result, style);
      if (result.hits.empty()) {
        std::cerr << "news-search: no articles match" << (request.query.empty() ? "" : " '")
                  << request.query << (request.query.empty() ? "" : "'") << "\n";
      }
    }
    std::cout.flush();
    if (!std::cout) return result.hits.empty() ? 1 : 0;  // closed pipe: end quietly
    return result.total_estimated == 0 ? 1 : 0;
  } catch (const news::Error& e) {
    std::cerr << "news-search: " << e.what() << "\n";
    if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << "\n";
    return 2;
  }
}
