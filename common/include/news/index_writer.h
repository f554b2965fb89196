// Building and updating the database from folders of articles.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace news {

struct IndexOptions {
  std::filesystem::path db_path;
  bool rebuild = false;                            // drop everything and index from scratch
  // Larger files are skipped with a reason. A file is read whole, and peak memory was
  // measured at about 32 times the largest file for pathological content (docs/reliability.md).
  std::uintmax_t max_file_size = 16u << 20;
  std::size_t batch_size = 1000;                   // changes per commit
  // Threads that read, parse and tokenise articles while the calling thread writes them to
  // the database in the order of the walk; 0 means one per core.
  std::size_t threads = 0;
  // How long to keep retrying when another writer holds the database lock (Xapian's lock
  // does not block); then news::Error(kDatabaseLocked).
  std::chrono::milliseconds lock_wait{30000};
  // When set and it becomes true (a signal handler may set it), the run commits what is done
  // and returns with IndexStats::interrupted; nothing is removed in an interrupted run.
  const std::atomic<bool>* stop = nullptr;
  // Free-text terms held by at least top_list_min_articles articles get a top list: their
  // first top_list_size articles as a query of the word alone ranks them, which answers
  // such a query without visiting all its articles (docs/schema.md, "Top lists").
  std::size_t top_list_min_articles = 10000;
  std::size_t top_list_size = 1000;
};

struct IndexStats {
  std::size_t indexed = 0;    // new articles added
  std::size_t updated = 0;    // changed articles re-indexed
  std::size_t unchanged = 0;  // skipped because size and mtime (or content) did not change
  std::size_t renamed = 0;    // moved or renamed files, recognised by their content hash
  std::size_t removed = 0;    // documents whose file is gone from the given folders
  std::size_t skipped = 0;    // files that are not articles or could not be read
  std::size_t kept = 0;       // documents kept although their file was not seen: its root is
                              // missing or its folder could not be read
  std::size_t files = 0;      // article files found by the walk
  std::map<std::string, std::size_t> skip_reasons;  // short reason -> count, sums to skipped
  std::vector<std::filesystem::path> missing_roots;  // roots given that do not exist
  bool interrupted = false;   // stopped through IndexOptions::stop; the run is not complete
};

// Steps of a run over the whole database, after the files.
enum class IndexStage {
  kMergingShards,  // a first index written in parallel shards is merged into one database
  kSpeakerAliases,  // the speaker alias table is built from every article's speakers
  kTopLists,        // the top lists of frequent words are computed (docs/schema.md)
};

// Receives what happens during a run. common/ never prints: the program decides how to
// report. Default implementations ignore everything.
class IndexObserver {
 public:
  virtual ~IndexObserver() = default;
  // A file was not indexed; `reason` is one short clause ("empty file", "binary file").
  virtual void on_skip(const std::filesystem::path& /*path*/, const std::string& /*reason*/) {}
  // Called after each file is handled: `done` of `total` article files found by the walk.
  virtual void on_progress(std::size_t /*done*/, std::size_t /*total*/) {}
  // Called when the run starts a step over the whole database, after the files, which can
  // take a while on a large one (tens of seconds at a million articles): `stage` is one of
  // the IndexStage values.
  virtual void on_stage(IndexStage /*stage*/) {}
};

// Walks `roots` recursively (files may also be named directly; symbolic links to files are
// followed, to folders not; hidden entries are ignored), indexes every article file into the
// database at options.db_path, creating it when missing, and removes documents whose file
// under one of `roots` is gone. A root that does not exist is listed in
// IndexStats::missing_roots and its documents are kept. Changes are committed every
// options.batch_size changes, so a crash loses at most the batch in progress and the next
// run finishes the job. Returns the counts. Throws news::Error for database-level failures
// (kDatabaseLocked after options.lock_wait, kDatabaseCorrupt, kSchemaMismatch); a bad
// article is reported to `observer` and skipped.
IndexStats index_paths(const std::vector<std::filesystem::path>& roots,
                       const IndexOptions& options, IndexObserver* observer = nullptr);

}  // namespace news
