// news-index: options -> news::index_paths -> summary and exit status.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "news/database.h"
#include "news/error.h"
#include "news/index_writer.h"

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage = R"(Usage: news-index [OPTIONS] PATH...

Index the news articles (.txt, .html, .htm, .md) under each PATH into the database.
Run it again to pick up changes: unchanged files are skipped, changed ones re-indexed,
and articles whose file is gone from PATH are removed.

Examples:
  news-index corpus/                 index a folder into the default database
  news-index --db /tmp/news a/ b/    two folders into one database at /tmp/news
  news-index --rebuild corpus/       start the database again from scratch

Database: --db DIR, else $NEWS_DB, else $XDG_DATA_HOME/news-search/db
(~/.local/share/news-search/db).

Exit status: 0 done (bad articles are reported and skipped), 2 error.

Options)";

// Reports skipped files on stderr as "news-index: PATH: reason".
class StderrObserver : public news::IndexObserver {
 public:
  void on_skip(const std::filesystem::path& path, const std::string& reason) override {
    std::cerr << "news-index: " << path.string() << ": " << reason << "\n";
  }
};

}  // namespace

int main(int argc, char** argv) {
  po::options_description visible(kUsage);
  visible.add_options()
      ("db", po::value<std::string>(), "database directory")
      ("rebuild", "discard the database and index everything again")
      ("max-size", po::value<std::uintmax_t>()->default_value(64),
       "skip article files larger than this many MiB")
      ("help,h", "show this help")
      ("version", "show the version");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("path", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "news-index: " << e.what() << "\nTry 'news-index --help'.\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << visible << "\n";
    return 0;
  }
  if (vm.count("version")) {
    std::cout << "news-index " << NEWS_VERSION << "\n";
    return 0;
  }
  if (!vm.count("path")) {
    std::cerr << "news-index: no folder given\nUsage: news-index [OPTIONS] PATH...  "
                 "(try 'news-index --help')\n";
    return 2;
  }

  try {
    news::IndexOptions options;
    std::optional<std::filesystem::path> db;
    if (vm.count("db")) db = vm["db"].as<std::string>();
    options.db_path = news::resolve_database_path(db);
    options.rebuild = vm.count("rebuild") > 0;
    options.max_file_size = vm["max-size"].as<std::uintmax_t>() << 20;
    std::vector<std::filesystem::path> roots;
    for (const auto& p : vm["path"].as<std::vector<std::string>>()) roots.emplace_back(p);

    StderrObserver observer;
    const news::IndexStats s = news::index_paths(roots, options, &observer);
    std::cerr << "news-index: " << s.indexed << " indexed, " << s.updated << " updated, "
              << s.unchanged << " unchanged, " << s.removed << " removed, " << s.skipped
              << " skipped (database " << options.db_path.string() << ")\n";
    return 0;
  } catch (const news::Error& e) {
    std::cerr << "news-index: " << e.what() << "\n";
    if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << "\n";
    return 2;
  }
}
