// news-index: options -> news::index_paths -> summary and exit status.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
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

Hidden files and folders are ignored; symbolic links to files are followed, to folders
not. --rebuild starts an empty database, so it keeps only the articles under PATH.

Files larger than --max-size MiB are skipped with a message. A file is read whole: peak
memory stays under about 32 times --max-size even for pathological files (a 10 MB line
of words took 320 MB), far less for articles. Changes are committed every --batch-size
changes: after a crash or kill the database holds every batch committed before it, and
the next run finishes the job. Ctrl-C or SIGTERM commits what is done and stops. If
another news-index holds the database, this one waits up to --wait seconds for it.

Exit status: 0 done (bad articles are reported and skipped), 2 error (also when a PATH
does not exist: its articles in the database are kept), 75 the database stayed locked,
130 / 143 stopped by SIGINT / SIGTERM (what was done is committed).

Options)";

std::atomic<bool> g_stop{false};
std::atomic<int> g_signal{0};

extern "C" void on_signal(int sig) {
  g_signal.store(sig);
  g_stop.store(true);
}

// SIGINT and SIGTERM ask the run to commit and stop; a second one kills as usual.
void install_signal_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

// A path for a one-line message: control characters (a newline in a file name) escaped.
std::string printable(const std::string& path) {
  std::string out;
  for (char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Reports skipped files on stderr as "news-index: PATH: reason", and progress (count, rate,
// time left) when stderr is a terminal.
class StderrObserver : public news::IndexObserver {
 public:
  StderrObserver() : progress_(isatty(STDERR_FILENO) == 1) {}

  void on_skip(const std::filesystem::path& path, const std::string& reason) override {
    clear_progress();
    std::cerr << "news-index: " << printable(path.string()) << ": " << reason << "\n";
  }

  void on_progress(std::size_t done, std::size_t total) override {
    if (!progress_) return;
    const auto now = Clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    if (!started_) {  // the rate counts from the first file, not from the walk before it
      started_ = true;
      start_ = now;
    }
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (seconds < 1 && done < total) {  // too early for a rate ("1/1000000 files, 0 files/s,
                                        // 84417:42 left" when it counted from the walk)
      std::fprintf(stderr, "\rnews-index: %zu/%zu files\x1b[K", done, total);
    } else {
      const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
      const auto left = rate > 0 ? static_cast<long>(static_cast<double>(total - done) / rate) : 0;
      std::fprintf(stderr, "\rnews-index: %zu/%zu files, %.0f files/s, %ld:%02ld left\x1b[K",
                   done, total, rate, left / 60, left % 60);
    }
    shown_ = true;
  }

  // On a terminal, what the run does after the files (the progress line was at 100%).
  void on_stage(news::IndexStage stage) override {
    if (!progress_) return;
    const char* what = stage == news::IndexStage::kMergingShards  ? "merging the shards"
                       : stage == news::IndexStage::kSpeakerAliases ? "building the speaker alias table"
                                                                    : "ranking frequent words (top lists)";
    std::fprintf(stderr, "\rnews-index: %s...\x1b[K", what);
    shown_ = true;
  }

  void clear_progress() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool progress_;
  bool shown_ = false;
  bool started_ = false;
  Clock::time_point start_{};
  Clock::time_point last_{};
};

// The summary on stderr; returns the exit status.
int report(const news::IndexStats& s, const news::IndexOptions& options) {
  std::cerr << "news-index: " << s.indexed << " indexed, " << s.updated << " updated, ";
  if (s.renamed > 0) std::cerr << s.renamed << " renamed, ";
  std::cerr << s.unchanged << " unchanged, " << s.removed << " removed, " << s.skipped
            << " skipped (database " << options.db_path.string() << ")\n";
  if (!s.skip_reasons.empty()) {
    std::cerr << "news-index: skipped:";
    const char* sep = " ";
    for (const auto& [reason, count] : s.skip_reasons) {
      std::cerr << sep << count << " " << reason;
      sep = ", ";
    }
    std::cerr << "\n";
  }
  for (const auto& root : s.missing_roots) {
    std::cerr << "news-index: " << printable(root.string())
              << ": no such file or directory; its articles in the database are kept\n";
  }
  if (s.kept > 0) {
    std::cerr << "news-index: kept " << s.kept
              << " articles whose folder is missing or could not be read\n";
  }
  if (s.interrupted) {
    const int sig = g_signal.load();
    std::cerr << "news-index: stopped by " << (sig == SIGTERM ? "SIGTERM" : "SIGINT")
              << "; what was done is committed, run again to finish\n";
    return 128 + (sig == SIGTERM ? SIGTERM : SIGINT);
  }
  return s.missing_roots.empty() ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description visible(kUsage);
  visible.add_options()
      ("db", po::value<std::string>(), "database directory")
      ("rebuild", "discard the database and index everything again")
      ("max-size", po::value<long long>()->default_value(16),
       "skip article files larger than this many MiB")
      ("wait", po::value<double>()->default_value(30),
       "seconds to wait for another news-index to release the database")
      ("batch-size", po::value<long long>()->default_value(1000), "changes per commit")
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
    const long long max_size = vm["max-size"].as<long long>();
    if (max_size < 1 || max_size > 4096) {
      std::cerr << "news-index: --max-size must be between 1 and 4096 (MiB)\n";
      return 2;
    }
    options.max_file_size = static_cast<std::uintmax_t>(max_size) << 20;
    const double wait = vm["wait"].as<double>();
    if (!(wait >= 0 && wait <= 86400)) {
      std::cerr << "news-index: --wait must be between 0 and 86400 seconds\n";
      return 2;
    }
    options.lock_wait = std::chrono::milliseconds(static_cast<long long>(wait * 1000));
    const long long batch = vm["batch-size"].as<long long>();
    if (batch < 1 || batch > 100000) {
      std::cerr << "news-index: --batch-size must be between 1 and 100000\n";
      return 2;
    }
    options.batch_size = static_cast<std::size_t>(batch);
    options.stop = &g_stop;
    std::vector<std::filesystem::path> roots;
    for (const auto& p : vm["path"].as<std::vector<std::string>>()) roots.emplace_back(p);

    install_signal_handlers();
    StderrObserver observer;
    const news::IndexStats s = news::index_paths(roots, options, &observer);
    observer.clear_progress();
    return report(s, options);
  } catch (const news::Error& e) {
    std::cerr << "news-index: " << e.what() << "\n";
    if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << "\n";
    return e.code() == news::ErrorCode::kDatabaseLocked ? 75 : 2;
  }
}
