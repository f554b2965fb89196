#include "news/index_writer.h"

#include <cinttypes>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include <xapian.h>

#include "document.h"
#include "news/article.h"
#include "news/error.h"
#include "schema.h"
#include "xapian_util.h"

namespace news {

namespace fs = std::filesystem;

namespace {

std::string content_hash(std::string_view bytes) {
  // FNV-1a over the bytes: change detection only, not security.
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, h);
  return buf;
}

std::string fingerprint_of(const fs::directory_entry& entry, std::error_code& ec) {
  const auto size = entry.file_size(ec);
  if (ec) return {};
  const auto mtime = entry.last_write_time(ec);
  if (ec) return {};
  const auto ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
  return std::to_string(size) + ":" + std::to_string(ns);
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

bool is_under(const std::string& path, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (path == root) return true;
    if (path.size() > root.size() && path.starts_with(root) &&
        (root.back() == '/' || path[root.size()] == '/')) {
      return true;
    }
  }
  return false;
}

struct Known {
  Xapian::docid docid;
  std::string fingerprint;
  std::string content_hash;
  bool seen = false;
};

// path -> what the database holds for it, read from the value streams in one pass each.
std::unordered_map<std::string, Known> load_known(const Xapian::Database& db) {
  std::unordered_map<std::string, Known> known;
  known.reserve(db.get_doccount());
  for (auto v = db.valuestream_begin(schema::kSlotPath); v != db.valuestream_end(schema::kSlotPath);
       ++v) {
    known.emplace(*v, Known{v.get_docid(), {}, {}});
  }
  std::unordered_map<Xapian::docid, Known*> by_id;
  by_id.reserve(known.size());
  for (auto& [path, k] : known) by_id.emplace(k.docid, &k);
  for (auto v = db.valuestream_begin(schema::kSlotFingerprint);
       v != db.valuestream_end(schema::kSlotFingerprint); ++v) {
    if (auto it = by_id.find(v.get_docid()); it != by_id.end()) it->second->fingerprint = *v;
  }
  for (auto v = db.valuestream_begin(schema::kSlotContentHash);
       v != db.valuestream_end(schema::kSlotContentHash); ++v) {
    if (auto it = by_id.find(v.get_docid()); it != by_id.end()) it->second->content_hash = *v;
  }
  return known;
}

class Run {
 public:
  Run(Xapian::WritableDatabase& db, const IndexOptions& options, IndexObserver& observer)
      : db_(db), options_(options), observer_(observer), known_(load_known(db)) {
    termgen_.set_stemmer(Xapian::Stem("english"));
    termgen_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    termgen_.set_database(db_);
    termgen_.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  }

  void walk(const fs::path& root) {
    std::error_code ec;
    const fs::directory_entry top(root, ec);
    if (ec || !top.exists(ec)) {
      skip(root, "no such file or directory");
      return;
    }
    if (!top.is_directory(ec)) {
      handle_file(top, /*named=*/true);
      return;
    }
    auto it = fs::recursive_directory_iterator(
        root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      skip(root, ec.message());
      return;
    }
    for (const auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
      if (ec) {
        skip(it->path(), ec.message());
        ec.clear();
        continue;
      }
      const fs::directory_entry& entry = *it;
      if (is_hidden(entry.path())) {
        if (entry.is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_regular_file(ec)) handle_file(entry, /*named=*/false);
    }
  }

  // Deletes the documents under `roots` whose file was not seen in this run.
  void remove_missing(const std::vector<std::string>& roots) {
    for (auto& [path, k] : known_) {
      if (k.seen || !is_under(path, roots)) continue;
      db_.delete_document(k.docid);
      ++stats_.removed;
      count_change();
    }
  }

  void commit() { db_.commit(); }
  const IndexStats& stats() const { return stats_; }

 private:
  void handle_file(const fs::directory_entry& entry, bool named) {
    const fs::path& path = entry.path();
    const auto format = format_for_path(path);
    if (!format) {
      if (named) skip(path, "not an article file type (expected .txt, .html, .htm or .md)");
      return;
    }
    std::error_code ec;
    const std::string abs = fs::absolute(path, ec).lexically_normal().string();
    const std::string fingerprint = fingerprint_of(entry, ec);
    if (ec) {
      skip(path, ec.message());
      return;
    }
    observer_.on_progress(++files_seen_);
    auto known = known_.find(abs);
    if (known != known_.end()) {
      known->second.seen = true;
      if (known->second.fingerprint == fingerprint) {
        ++stats_.unchanged;
        return;
      }
    }
    try {
      const std::string bytes = read_file_bytes(path, options_.max_file_size);
      const std::string hash = content_hash(bytes);
      if (known != known_.end() && known->second.content_hash == hash) {
        // Touched but not changed: record the new fingerprint so the next run skips it.
        Xapian::Document doc = db_.get_document(known->second.docid);
        doc.add_value(schema::kSlotFingerprint, fingerprint);
        db_.replace_document(known->second.docid, doc);
        ++stats_.unchanged;
        count_change();
        return;
      }
      const Article article = parse_article(bytes, *format);
      const Xapian::Document doc =
          make_document(article, FileIdentity{abs, fingerprint, hash}, termgen_);
      db_.replace_document(schema::id_term(abs), doc);
      ++(known != known_.end() ? stats_.updated : stats_.indexed);
      count_change();
    } catch (const Error& e) {
      if (known != known_.end()) known->second.seen = false;  // a bad new version: drop the old
      skip(path, e.what());
    }
  }

  void skip(const fs::path& path, const std::string& reason) {
    ++stats_.skipped;
    observer_.on_skip(path, reason);
  }

  void count_change() {
    if (++pending_ >= options_.batch_size) {
      db_.commit();
      pending_ = 0;
    }
  }

  Xapian::WritableDatabase& db_;
  const IndexOptions& options_;
  IndexObserver& observer_;
  std::unordered_map<std::string, Known> known_;
  Xapian::TermGenerator termgen_;
  IndexStats stats_;
  std::size_t pending_ = 0;
  std::size_t files_seen_ = 0;
};

}  // namespace

IndexStats index_paths(const std::vector<fs::path>& roots, const IndexOptions& options,
                       IndexObserver* observer) {
  IndexObserver ignore;
  IndexObserver& obs = observer ? *observer : ignore;
  try {
    std::error_code ec;
    fs::create_directories(options.db_path, ec);
    if (ec) {
      throw Error(ErrorCode::kIo,
                  "cannot create database folder " + options.db_path.string() + ": " + ec.message());
    }
    Xapian::WritableDatabase db(options.db_path.string(), options.rebuild
                                                              ? Xapian::DB_CREATE_OR_OVERWRITE
                                                              : Xapian::DB_CREATE_OR_OPEN);
    check_schema_version(db, options.db_path);
    db.set_metadata(std::string(schema::kVersionKey), std::string(schema::kVersion));

    std::vector<std::string> abs_roots;
    for (const fs::path& root : roots) {
      abs_roots.push_back(fs::absolute(root, ec).lexically_normal().string());
      if (abs_roots.back().size() > 1 && abs_roots.back().back() == '/') abs_roots.back().pop_back();
    }
    Run run(db, options, obs);
    for (const fs::path& root : roots) run.walk(root);
    run.remove_missing(abs_roots);
    run.commit();
    return run.stats();
  } catch (const Xapian::Error& e) {
    throw translate_xapian_error(e, options.db_path);
  }
}

}  // namespace news
