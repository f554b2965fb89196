// Building and updating the database from folders of articles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace news {

struct IndexOptions {
  std::filesystem::path db_path;
  bool rebuild = false;                            // drop everything and index from scratch
  std::uintmax_t max_file_size = 64u << 20;        // larger files are skipped with a reason
  std::size_t batch_size = 1000;                   // documents per commit
};

struct IndexStats {
  std::size_t indexed = 0;    // new articles added
  std::size_t updated = 0;    // changed articles re-indexed
  std::size_t unchanged = 0;  // skipped because size and mtime (or content) did not change
  std::size_t removed = 0;    // documents whose file is gone from the given folders
  std::size_t skipped = 0;    // files that are not articles or could not be read
};

// Receives what happens during a run. common/ never prints: the program decides how to
// report. Default implementations ignore everything.
class IndexObserver {
 public:
  virtual ~IndexObserver() = default;
  // A file was not indexed; `reason` is one short clause ("empty file", "binary file").
  virtual void on_skip(const std::filesystem::path& /*path*/, const std::string& /*reason*/) {}
  // Called after each file is handled; `done` counts files seen so far.
  virtual void on_progress(std::size_t /*done*/) {}
};

// Walks `roots` recursively (files may also be named directly), indexes every article file
// into the database at options.db_path, creating it when missing, and removes documents
// whose file under one of `roots` is gone. Returns the counts. Throws news::Error for
// database-level failures (locked, corrupt, schema mismatch); a bad article is reported to
// `observer` and skipped.
IndexStats index_paths(const std::vector<std::filesystem::path>& roots,
                       const IndexOptions& options, IndexObserver* observer = nullptr);

}  // namespace news
