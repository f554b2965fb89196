#include "news/index_writer.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "aliases.h"
#include "document.h"
#include "news/article.h"
#include "news/error.h"
#include "hash.h"
#include "schema.h"
#include "top_lists.h"
#include "xapian_util.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// A file's size and modification time, the fingerprint of change detection. It is stored
// as the text "size:mtime_ns" and held as two integers (24 bytes of text on the heap each
// otherwise: 48 MB at 1M files).
struct Stamp {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const Stamp&) const = default;
};

Stamp stamp_of(const struct stat& st) {
  return Stamp{static_cast<std::int64_t>(st.st_size),
               static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
}

// Room for "size:mtime_ns": two 64-bit integers with their signs and the colon.
constexpr std::size_t kFingerprintMax = 2 * 20 + 1;

// The fingerprint's text, as stored, written into `buf`.
std::string_view format_fingerprint(const Stamp& stamp, char (&buf)[kFingerprintMax]) {
  char* end = std::to_chars(buf, buf + kFingerprintMax / 2, stamp.size).ptr;  // <= 20 chars
  *end++ = ':';
  end = std::to_chars(end, buf + kFingerprintMax, stamp.mtime_ns).ptr;
  return {buf, static_cast<std::size_t>(end - buf)};
}

std::string fingerprint_text(const Stamp& stamp) {
  char buf[kFingerprintMax];
  return std::string(format_fingerprint(stamp, buf));
}

// The stamp of a stored fingerprint, when the text is exactly what fingerprint_text() writes
// for it. Any other text ("01:5", "+1:5", "1:5 ", "x") never equals the fingerprint of a file
// found by the walk, so it has no stamp: the file is read again, as a changed one.
std::optional<Stamp> parse_fingerprint(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  Stamp stamp;
  const char* mid = text.data() + colon;
  const char* end = text.data() + text.size();
  const auto size = std::from_chars(text.data(), mid, stamp.size);
  const auto mtime = std::from_chars(mid + 1, end, stamp.mtime_ns);
  if (size.ec != std::errc() || size.ptr != mid || mtime.ec != std::errc() || mtime.ptr != end) {
    return std::nullopt;
  }
  char buf[kFingerprintMax];
  if (format_fingerprint(stamp, buf) != text) return std::nullopt;  // leading zeros, "-0"
  return stamp;
}

// The value of a content hash as stable_hash_hex() writes it: 16 lower-case hex digits.
// Other text never equals a hash of this run: nullopt.
std::optional<std::uint64_t> parse_hash(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  std::uint64_t value = 0;
  for (const char c : text) {
    unsigned digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<unsigned>(c - 'a' + 10);
    } else {
      return std::nullopt;
    }
    value = value << 4 | digit;
  }
  return value;
}

// Strings kept for the whole run, in blocks that never move: a view of one stays valid, and
// growing never copies (a std::string or vector doubling holds two copies for a moment).
// Without the allocator's 16-32 bytes of overhead per string.
class StringArena {
 public:
  std::string_view add(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > left_) {
      const std::size_t size = std::max(kBlockSize, s.size());
      blocks_.push_back(std::make_unique<char[]>(size));
      next_ = blocks_.back().get();
      left_ = size;
    }
    std::memcpy(next_, s.data(), s.size());
    const std::string_view out(next_, s.size());
    next_ += s.size();
    left_ -= s.size();
    return out;
  }

 private:
  static constexpr std::size_t kBlockSize = 1 << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

// The absolute, normalised form of a path given by the user, without a trailing '/'.
std::string normal_absolute(const fs::path& p) {
  std::error_code ec;
  std::string s = fs::absolute(p, ec).lexically_normal().string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

bool is_under(std::string_view path, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (path == root) return true;
    if (path.size() > root.size() && path.starts_with(root) &&
        (root.back() == '/' || path[root.size()] == '/')) {
      return true;
    }
  }
  return false;
}

// The part of a skip reason that groups it in the summary: "larger than the size limit
// (300 > 200 bytes)" counts as "larger than the size limit".
std::string reason_group(const std::string& reason) {
  return reason.substr(0, reason.find(" ("));
}

// What the database holds for a path: 32 bytes, the fingerprint and content hash as
// integers (a stored text that does not parse as what this code writes never matches).
struct Known {
  Xapian::docid docid = 0;
  bool seen = false;       // found by this run's walk (or claimed as the source of a rename)
  bool has_stamp = false;  // the stored fingerprint is one fingerprint_text() writes
  bool has_hash = false;   // the stored content hash is one stable_hash_hex() writes
  Stamp stamp;
  std::uint64_t hash = 0;
};

// path (in the run's arena) -> what the database holds for it.
using KnownMap = std::unordered_map<std::string_view, Known>;

// Reads what the database holds for each path from the value streams, one pass each; the
// paths are kept in `arena`.
KnownMap load_known(const Xapian::Database& db, StringArena& arena) {
  KnownMap known;
  known.reserve(db.get_doccount());
  // In docid order, as every value stream is: the other two streams are merged with it.
  std::vector<Known*> by_id;
  by_id.reserve(db.get_doccount());
  for (auto v = db.valuestream_begin(schema::kSlotPath); v != db.valuestream_end(schema::kSlotPath);
       ++v) {
    const std::string path = *v;
    if (known.contains(path)) continue;
    Known& k = known.emplace(arena.add(path), Known()).first->second;
    k.docid = v.get_docid();
    by_id.push_back(&k);
  }
  const auto merge = [&](Xapian::valueno slot, auto set) {
    auto k = by_id.begin();
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
      while (k != by_id.end() && (*k)->docid < v.get_docid()) ++k;
      if (k != by_id.end() && (*k)->docid == v.get_docid()) set(**k, *v);
    }
  };
  merge(schema::kSlotFingerprint, [](Known& k, const std::string& text) {
    const std::optional<Stamp> stamp = parse_fingerprint(text);
    k.has_stamp = stamp.has_value();
    if (stamp) k.stamp = *stamp;
  });
  merge(schema::kSlotContentHash, [](Known& k, const std::string& text) {
    const std::optional<std::uint64_t> hash = parse_hash(text);
    k.has_hash = hash.has_value();
    if (hash) k.hash = *hash;
  });
  return known;
}

// An article file found by the walk: 48 bytes, its path in the run's arena.
struct FileEntry {
  const std::string_view* dir;  // absolute, in Run::dirs_
  const char* name;             // in the arena, name_size bytes
  Known* known;                 // what the database holds for this path, or nullptr
  Stamp stamp;
  std::uint16_t name_size;  // a file name has at most NAME_MAX (255) bytes
  Format format;

  std::string path() const {
    std::string p;
    p.reserve(dir->size() + 1 + name_size);
    p = *dir;
    if (p.back() != '/') p.push_back('/');
    p.append(name, name_size);
    return p;
  }
  std::string fingerprint() const { return fingerprint_text(stamp); }
};

// Documents whose file vanished in this run, by content hash: where a new file has the same
// bytes, it is the same article moved or renamed.
using VanishedByHash = std::unordered_multimap<std::uint64_t, KnownMap::value_type*>;

// Distinct words held for the spelling table before they are written (see commit_batch):
// about 100 bytes each.
constexpr std::size_t kSpellingFlushWords = 200000;

// ---- the per-file work: read, hash, parse, build the document. It does not touch the
// database, so it can run on any thread with its own TermGenerator. -----------------------

// Word -> occurrences, for the spelling table.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

// The English stemmer, counting the words it is given. The TermGenerator passes every word
// it indexes through the stemmer once (schema::kIndexStemming stems them all), so this
// yields the spelling data, unstemmed, without tokenising twice and without
// TermGenerator::set_database, which would write to the database from the worker threads.
// Numbers ("2021", "3.5") are not spelling data: only words starting with a letter count.
//
// It also remembers the stems of the words it has counted: one hash look-up per word then
// gives both the count and the stem, and Snowball runs once per distinct word instead of
// once per occurrence (most occurrences are of a few thousand words).
class CountingStem : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    if (word.empty() || !((word[0] >= 'a' && word[0] <= 'z') ||
                          static_cast<unsigned char>(word[0]) >= 0x80)) {
      return stem_(word);  // not counted, so not remembered either: memory stays bounded
    }
    auto it = words_.find(word);
    if (it == words_.end()) it = words_.emplace(word, Word{stem_(word), 0}).first;
    if (it->second.count++ == 0) counted_.push_back(&*it);
    return it->second.stem;
  }
  std::string get_description() const override { return "english, counting words"; }

  // The words counted since the last take(), with their counts.
  SpellingCounts take() {
    SpellingCounts out;
    out.reserve(counted_.size());
    for (auto* w : counted_) {
      out.emplace(w->first, w->second.count);
      w->second.count = 0;
    }
    counted_.clear();
    // Every count is 0 now, so forgetting the stems loses nothing but time.
    if (words_.size() > kRememberedWords) words_.clear();
    return out;
  }
  // Distinct words counted since the last take().
  std::size_t size() const { return counted_.size(); }

 private:
  // Stems remembered, about 100 bytes each; past this, forgotten at the next take(). Between
  // two takes only counted words are added: a document's, or a shard worker's hand-over.
  static constexpr std::size_t kRememberedWords = 65536;
  struct Word {
    std::string stem;
    Xapian::termcount count = 0;  // since the last take()
  };
  Xapian::Stem stem_{schema::kStemLanguage};
  std::unordered_map<std::string, Word> words_;
  std::vector<std::pair<const std::string, Word>*> counted_;  // count > 0, in words_
};

// A TermGenerator set up as the schema wants, with its word counts. One per thread.
class DocumentMaker {
 public:
  DocumentMaker() : stem_(new CountingStem) {
    termgen_.set_stemmer(Xapian::Stem(stem_));  // the Stem owns stem_ from here on
    termgen_.set_stemming_strategy(schema::kIndexStemming);
  }
  Xapian::TermGenerator& termgen() { return termgen_; }
  // The words of the document just made, for the spelling table; nothing when keeping them.
  SpellingCounts take_spellings() { return keep_ ? SpellingCounts{} : stem_->take(); }
  // From now on the words of every document made pile up here (a shard worker's: see
  // PreparePipeline) instead of being handed over with each document: no map per document,
  // and the writer thread adds each word up once per hand-over, not once per document.
  void keep_spellings() { keep_ = true; }
  std::size_t kept_words() const { return stem_->size(); }
  SpellingCounts take_kept_spellings() { return stem_->take(); }

 private:
  CountingStem* stem_;
  bool keep_ = false;
  Xapian::TermGenerator termgen_;
};

enum class Outcome {
  kDocument,      // `doc` is ready to be written
  kSameContent,   // touched but not changed: only the fingerprint is new
  kMaybeRenamed,  // new path with the bytes of a vanished article; `bytes` kept
  kGone,          // the file vanished before it could be read
  kUnreadable,    // exists but cannot be read: the previous version is kept
  kNotArticle,    // empty, binary, too large...: the previous version is dropped
};

struct Prepared {
  Outcome outcome = Outcome::kDocument;
  std::string hash;
  std::string reason;  // why, for kGone, kUnreadable and kNotArticle
  std::string bytes;   // kMaybeRenamed only
  Xapian::Document doc;
  // For the spelling table: the words of `doc`; from a shard worker, the words of the
  // documents it wrote since its last hand-over (or nothing).
  SpellingCounts spellings;
  bool in_shard = false;     // kDocument: already written to a shard (see Shards); no `doc`
  std::size_t shard = 0;     // in_shard: which shard, and the document's id there
  Xapian::docid shard_docid = 0;
};

Prepared failed(Outcome outcome, std::string reason) {
  Prepared p;
  p.outcome = outcome;
  p.reason = std::move(reason);
  return p;
}

Prepared read_failure(int err) {
  if (err == ENOENT || err == ENOTDIR) return failed(Outcome::kGone, "vanished before it was read");
  if (err == ELOOP) return failed(Outcome::kUnreadable, "symbolic link loop");
  return failed(Outcome::kUnreadable, std::strerror(err));
}

// Reads a regular file of at most `max_size` bytes into `bytes`. O_NONBLOCK because a FIFO
// put in the file's place after the walk must not hang the run. Returns an outcome on failure.
std::optional<Prepared> read_regular_file(const std::string& path, std::uintmax_t max_size,
                                          std::string& bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return read_failure(errno);
  struct stat st;
  std::optional<Prepared> failure;
  if (::fstat(fd, &st) != 0) {
    failure = read_failure(errno);
  } else if (!S_ISREG(st.st_mode)) {
    failure = failed(Outcome::kNotArticle, "not a regular file");
  } else if (static_cast<std::uintmax_t>(st.st_size) > max_size) {
    failure = failed(Outcome::kNotArticle, "larger than the size limit (" +
                                               std::to_string(st.st_size) + " > " +
                                               std::to_string(max_size) + " bytes, see --max-size)");
  } else {
    bytes.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    while (got < bytes.size()) {
      const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        failure = read_failure(errno);
        break;
      }
      if (n == 0) break;  // the file shrank meanwhile: index what is there
      got += static_cast<std::size_t>(n);
    }
    bytes.resize(got);
  }
  ::close(fd);
  return failure;
}

// Parses `bytes` and builds the document of `file`.
Prepared build_document(const FileEntry& file, std::string hash, const std::string& bytes,
                        DocumentMaker& maker) {
  try {
    const Article article = parse_article(bytes, file.format);
    Prepared p;
    p.doc = make_document(article, FileIdentity{file.path(), file.fingerprint(), hash},
                          maker.termgen());
    p.spellings = maker.take_spellings();
    p.hash = std::move(hash);
    return p;
  } catch (const Error& e) {
    maker.take_spellings();  // not indexed: its words are not either
    return failed(Outcome::kNotArticle, e.what());
  }
}

Prepared prepare_file(const FileEntry& file, const VanishedByHash& vanished,
                      std::uintmax_t max_size, DocumentMaker& maker) {
  std::string bytes;
  if (auto failure = read_regular_file(file.path(), max_size, bytes)) return std::move(*failure);
  const std::uint64_t hash_value = stable_hash(bytes);  // change detection only
  std::string hash = hash_hex(hash_value);
  if (file.known && file.known->has_hash && file.known->hash == hash_value) {
    Prepared p;
    p.outcome = Outcome::kSameContent;
    p.hash = std::move(hash);
    return p;
  }
  if (!file.known && vanished.count(hash_value) > 0) {
    Prepared p;
    p.outcome = Outcome::kMaybeRenamed;
    p.hash = std::move(hash);
    p.bytes = std::move(bytes);
    return p;
  }
  return build_document(file, std::move(hash), bytes, maker);
}

// Puts the database folder `from` at `to` in one step: renameat2(RENAME_EXCHANGE) swaps the
// two atomically, so at every moment `to` holds a whole database, the old or the new one;
// the old one, left at `from`, is then deleted. Falls back to two renames where the file
// system cannot exchange.
void replace_directory(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno == ENOENT) {
      fs::rename(from, to, ec);  // nothing at `to` yet
    } else {
      const fs::path old = to.string() + ".old";
      fs::remove_all(old, ec);
      fs::rename(to, old, ec);
      if (!ec) fs::rename(from, to, ec);
      fs::remove_all(old, ec);
    }
    if (ec) {
      throw Error(ErrorCode::kIo,
                  "cannot move a database to " + to.string() + ": " + ec.message());
    }
  }
  fs::remove_all(from, ec);
}

// A first index of many files is written as one temporary database per thread, in
// parallel, and merged with Xapian's compactor at the end: Xapian's inverter, not parsing,
// is where a single writer spends most of its time. Only used when the database starts
// empty, so an interrupted or failed run loses nothing that was there before.
class Shards {
 public:
  Shards(const fs::path& db_path, std::size_t count, std::size_t batch_size)
      : dir_(db_path.string() + ".shards"), batch_size_(batch_size), added_(count, 0),
        kept_(count), errors_(count) {
    std::error_code ec;
    fs::remove_all(dir_, ec);  // left by a run that crashed
    fs::create_directories(dir_, ec);
    if (ec) throw Error(ErrorCode::kIo, "cannot create " + dir_.string() + ": " + ec.message());
    // No fsync: a shard is thrown away unless the run completes, and the merged database
    // is written (and synced) by the compactor.
    for (std::size_t i = 0; i < count; ++i) {
      dbs_.emplace_back(shard_path(i), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
    }
  }
  Shards(const Shards&) = delete;
  Shards& operator=(const Shards&) = delete;
  ~Shards() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Adds `doc` to shard `i` and returns its id there; only thread i calls this.
  Xapian::docid add(std::size_t i, const Xapian::Document& doc) {
    const Xapian::docid id = dbs_[i].add_document(doc);
    ++added_[i];
    return id;
  }

  // Commits shard i every batch_size documents, to bound memory; only thread i calls this.
  // Its worker calls it after handing the document over: the writer thread takes results in
  // the order of the walk, so a result held back during a commit (a second or more) would
  // stall the other workers once they are a window ahead.
  // A failure is thrown, and thrown again by merge_into.
  void commit_when_due(std::size_t i) {
    if (added_[i] == 0 || added_[i] % batch_size_ != 0) return;
    try {
      dbs_[i].commit();
    } catch (...) {
      errors_[i] = std::current_exception();
      throw;
    }
  }

  // The end of thread i's work: commits its shard, so the shards' last commits run in
  // parallel. A failure is thrown again by merge_into.
  void finish(std::size_t i) noexcept {
    if (errors_[i]) return;
    try {
      dbs_[i].commit();
    } catch (...) {
      errors_[i] = std::current_exception();
    }
  }

  // Marks a document the run has accounted for; the others (written ahead by a worker when
  // the run was stopped) are left out of the merge. Called by the writer thread only.
  void keep(std::size_t i, Xapian::docid id) {
    if (kept_[i].size() < id) kept_[i].resize(id, false);
    kept_[i][id - 1] = true;
  }

  // Replaces the (document-less) database at `db_path`, which `db` has open, by its
  // metadata and spelling data merged with every shard. `db` is closed; the caller reopens.
  void merge_into(Xapian::WritableDatabase& db, const fs::path& db_path,
                  const TopListSettings& top_lists, IndexObserver& observer) {
    for (const std::exception_ptr& e : errors_) {
      if (e) std::rethrow_exception(e);
    }
    Xapian::Database all(db_path.string());
    for (std::size_t i = 0; i < dbs_.size(); ++i) {
      for (Xapian::docid id = 1; id <= added_[i]; ++id) {
        if (id > kept_[i].size() || !kept_[i][id - 1]) dbs_[i].delete_document(id);
      }
      dbs_[i].commit();
      all.add_database(Xapian::Database(shard_path(i)));
    }
    const fs::path merged = dir_ / "merged";
    observer.on_stage(IndexStage::kMergingShards);
    all.compact(merged.string());
    all.close();
    {
      // The speaker alias table and the top lists go in before the database takes its
      // place: a kill after that never leaves documents without them (a run that changes
      // nothing does not build them again).
      Xapian::WritableDatabase out(merged.string(), Xapian::DB_OPEN);
      observer.on_stage(IndexStage::kSpeakerAliases);
      update_aliases(out);
      observer.on_stage(IndexStage::kTopLists);
      update_top_lists(out, top_lists);
      out.commit();
    }
    db.close();
    replace_directory(merged, db_path);  // atomic: a kill never leaves no database
  }

 private:
  std::string shard_path(std::size_t i) const { return (dir_ / std::to_string(i)).string(); }

  fs::path dir_;
  std::size_t batch_size_;
  std::vector<Xapian::WritableDatabase> dbs_;
  std::vector<std::size_t> added_;
  std::vector<std::vector<bool>> kept_;
  std::vector<std::exception_ptr> errors_;  // of finish(), by shard
};

// Runs prepare_file() for a list of files on worker threads, each with its own
// DocumentMaker, and hands the results back in list order. At most `window` results wait
// at any time, so memory stays bounded however far the workers run ahead of the writer.
// With `shards`, worker i also writes its documents to shard i and keeps their words for the
// spelling table (handed over now and then, and at its end: leftover_spellings()).
//
// A prefetch thread asks the kernel to read the files a little ahead of the workers
// (posix_fadvise WILLNEED): a file whose pages are not in memory would otherwise stop its
// worker in read() for a disk access (a few ms each), leaving its core idle. On the
// benchmark machine, whose page cache is trimmed of cold pages, the two workers spent about
// a fifth of a first index of 10k articles blocked in read().
class PreparePipeline {
 public:
  PreparePipeline(std::vector<const FileEntry*> files, const VanishedByHash& vanished,
                  std::uintmax_t max_size, std::size_t threads, Shards* shards)
      : files_(std::move(files)), vanished_(vanished), max_size_(max_size),
        window_(32 * threads), slots_(window_), shards_(shards),
        threads_(std::min(threads, files_.size())), leftovers_(threads_) {
    for (std::size_t i = 0; i < threads_; ++i) {
      workers_.emplace_back([this, i] { work(i); });
    }
    if (!files_.empty()) prefetcher_ = std::thread([this] { prefetch(); });
  }
  PreparePipeline(const PreparePipeline&) = delete;
  PreparePipeline& operator=(const PreparePipeline&) = delete;

  ~PreparePipeline() {
    stop();
    for (std::thread& t : workers_) t.join();
    if (prefetcher_.joinable()) prefetcher_.join();
  }

  // The result for the next file of the list; rethrows what its worker threw.
  Prepared next() {
    std::unique_lock lock(mutex_);
    Slot& slot = slots_[taken_ % window_];
    ready_.wait(lock, [&] { return slot.ready; });
    Slot out = std::move(slot);
    slot = Slot{};
    ++taken_;
    lock.unlock();
    space_.notify_all();
    if (out.error) std::rethrow_exception(out.error);
    return std::move(out.prepared);
  }

  // Makes the workers stop claiming files.
  void stop() {
    {
      std::lock_guard lock(mutex_);
      abort_ = true;
    }
    space_.notify_all();
    claimed_cv_.notify_all();
  }

  // With shards: the words the workers kept and had not handed over yet, once every worker
  // has run out of files (or was stopped). They hand them over before their shard's last
  // commit, so the caller can write them while those commits run.
  SpellingCounts leftover_spellings() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return workers_done_ == threads_; });
    SpellingCounts all;
    for (SpellingCounts& words : leftovers_) {
      if (all.empty()) {
        all = std::move(words);
      } else {
        for (auto& [word, count] : words) all[word] += count;
      }
      words = SpellingCounts{};
    }
    return all;
  }

 private:
  struct Slot {
    bool ready = false;
    Prepared prepared;
    std::exception_ptr error;
  };

  // Files read ahead of the workers: enough to keep a disk queue busy, few enough that
  // their pages are still there when read (and never more than kPrefetchBytes).
  static constexpr std::size_t kPrefetchFiles = 256;
  static constexpr std::uintmax_t kPrefetchBytes = 64u << 20;

  void work(std::size_t index) {
    DocumentMaker maker;
    if (shards_) maker.keep_spellings();
    work_on(index, maker);
    {
      std::lock_guard lock(mutex_);
      if (shards_) leftovers_[index] = maker.take_kept_spellings();
      ++workers_done_;
    }
    ready_.notify_all();
    if (shards_) shards_->finish(index);
  }

  void work_on(std::size_t index, DocumentMaker& maker) {
    // A shard worker hands its words over when it holds this many (about 100 bytes a
    // word): often enough that the writer thread has added most of them to the database
    // by the end of the run, seldom enough that it adds up each common word rarely.
    const std::size_t hand_over_words =
        std::min<std::size_t>(16384, kSpellingFlushWords / (2 * threads_));
    std::exception_ptr commit_error;  // of this worker's shard, reported with its next result
    for (;;) {
      std::size_t k;
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] {
          return abort_ || claimed_ >= files_.size() || claimed_ < taken_ + window_;
        });
        if (abort_ || claimed_ >= files_.size()) return;
        k = claimed_++;
        if (prefetch_waiting_) claimed_cv_.notify_one();
      }
      Slot slot;
      bool added = false;
      try {
        if (commit_error) std::rethrow_exception(std::exchange(commit_error, nullptr));
        slot.prepared = prepare_file(*files_[k], vanished_, max_size_, maker);
        if (shards_ && slot.prepared.outcome == Outcome::kDocument) {
          slot.prepared.shard_docid = shards_->add(index, slot.prepared.doc);
          slot.prepared.shard = index;
          slot.prepared.doc = Xapian::Document();
          slot.prepared.in_shard = true;
          added = true;
          if (maker.kept_words() >= hand_over_words) {
            slot.prepared.spellings = maker.take_kept_spellings();
          }
        }
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.ready = true;
      bool last = false;  // no file left to claim: the shard's last commit (finish) follows
      {
        std::lock_guard lock(mutex_);
        slots_[k % window_] = std::move(slot);
        last = claimed_ >= files_.size();
      }
      ready_.notify_all();
      if (added && !last) {
        try {
          shards_->commit_when_due(index);
        } catch (...) {
          commit_error = std::current_exception();  // also kept by shards_: see merge_into
        }
      }
    }
  }

  // Asks the kernel to read files_[claimed_ ..] ahead of the workers (see the class comment).
  void prefetch() {
    std::size_t next = 0;       // the next file to fetch
    std::size_t unclaimed = 0;  // files_[unclaimed, next) are fetched and not yet claimed,
    std::uintmax_t ahead = 0;   // this many bytes of them
    const auto room = [&] {     // under mutex_
      for (; unclaimed < std::min(claimed_, next); ++unclaimed) ahead -= fetched_size(unclaimed);
      if (next < claimed_) {  // the workers overtook it
        next = unclaimed = claimed_;
        ahead = 0;
      }
      return next < claimed_ + kPrefetchFiles && ahead < kPrefetchBytes;
    };
    while (next < files_.size()) {
      {
        std::unique_lock lock(mutex_);
        prefetch_waiting_ = true;
        claimed_cv_.wait(lock, [&] { return abort_ || room(); });
        prefetch_waiting_ = false;
        if (abort_) return;
      }
      for (const std::size_t end = std::min(files_.size(), next + 16); next < end; ++next) {
        if (fetched_size(next) == 0) continue;
        ahead += fetched_size(next);
        const int fd =
            ::open(files_[next]->path().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) continue;  // its worker reports why
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        ::close(fd);
      }
    }
  }

  // The bytes the prefetcher reads of files_[k]: none of a file that is refused unread.
  std::uintmax_t fetched_size(std::size_t k) const {
    const auto size =
        static_cast<std::uintmax_t>(std::max<std::int64_t>(0, files_[k]->stamp.size));
    return size <= max_size_ ? size : 0;
  }

  const std::vector<const FileEntry*> files_;
  const VanishedByHash& vanished_;
  const std::uintmax_t max_size_;
  const std::size_t window_;
  std::vector<Slot> slots_;  // result k waits in slots_[k % window_]
  Shards* shards_;
  std::mutex mutex_;
  std::condition_variable ready_;       // a slot was filled, or a worker is done
  std::condition_variable space_;       // a slot was emptied, or abort_
  std::condition_variable claimed_cv_;  // a file was claimed (for the prefetcher), or abort_
  std::size_t claimed_ = 0;             // files handed to workers
  std::size_t taken_ = 0;               // results handed to the writer
  std::size_t workers_done_ = 0;        // workers out of files, their words handed over
  bool prefetch_waiting_ = false;
  bool abort_ = false;
  const std::size_t threads_;              // workers started
  std::vector<SpellingCounts> leftovers_;  // by worker, see leftover_spellings()
  std::vector<std::thread> workers_;  // last: started once everything else is ready
  std::thread prefetcher_;
};

// Points a stored document at its new path without parsing the file again. False when the
// document data cannot be read (the caller then indexes the file afresh).
bool move_document(Xapian::Document& doc, std::string_view old_path, const FileEntry& file) {
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
  if (!data.is_object()) return false;
  const std::string path = file.path();
  data[schema::data::kPath] = path;
  doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  const std::string old_id = schema::id_term(old_path);
  if (doc.termlist_begin() != doc.termlist_end()) {
    auto t = doc.termlist_begin();
    t.skip_to(old_id);
    if (t != doc.termlist_end() && *t == old_id) doc.remove_term(old_id);
  }
  doc.add_boolean_term(schema::id_term(path));
  doc.add_value(schema::kSlotPath, path);
  doc.add_value(schema::kSlotFingerprint, file.fingerprint());
  return true;
}

// True when `dir` is missing, empty or holds only Xapian's files: replacing it loses nothing
// but a database. A folder of other files given as --db by mistake is never replaced.
bool holds_only_a_database(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return true;
  if (!fs::is_directory(dir, ec)) return false;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name != "iamglass" && name != "flintlock" && !name.ends_with(".glass")) return false;
  }
  return !ec;
}

// Creates an empty database at `db_path`, replacing whatever is there. It is created next to
// it and moved into place in one step: Xapian's DB_CREATE_OR_OVERWRITE truncates the tables
// in place, and crash_test found that a kill during it leaves a database that cannot be
// opened. When an old database is there, its lock is held during the swap. Throws
// Xapian::DatabaseLockError while another writer holds it.
void create_fresh(const fs::path& db_path) {
  if (!holds_only_a_database(db_path)) {
    throw Error(ErrorCode::kInvalidArgument,
                db_path.string() + " holds files that are not a news-search database",
                "give an empty or new folder with --db DIR");
  }
  std::optional<Xapian::WritableDatabase> holder;
  try {
    holder.emplace(db_path.string(), Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw;
  } catch (const Xapian::Error&) {
    // Missing, corrupt or of another version: there is no lock to take.
  }
  const std::string prefix = db_path.filename().string() + ".new-";
  std::error_code ec;
  // Left by a run killed while creating: the process that named it is gone.
  for (const auto& e : fs::directory_iterator(fs::absolute(db_path, ec).parent_path(), ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const long pid = std::atol(name.c_str() + prefix.size());
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      fs::remove_all(e.path(), ec);
    }
  }
  const fs::path fresh = db_path.string() + ".new-" + std::to_string(::getpid());
  fs::remove_all(fresh, ec);
  {
    Xapian::WritableDatabase db(fresh.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    db.set_metadata(std::string(schema::kVersionKey), std::string(schema::kVersion));
    db.commit();
  }
  replace_directory(fresh, db_path);
}

// Opens the database for writing, retrying while another writer holds the lock: Xapian's
// lock does not wait. nullopt when options.stop was raised while waiting.
std::optional<Xapian::WritableDatabase> open_writable(const IndexOptions& options) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + options.lock_wait;
  for (;;) {
    try {
      // A new database is created whole, never in place (see create_fresh).
      std::error_code ec;
      if (options.rebuild || !fs::exists(options.db_path / "iamglass", ec)) {
        create_fresh(options.db_path);
      }
      return Xapian::WritableDatabase(options.db_path.string(), Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError& e) {
      if (options.stop && options.stop->load()) return std::nullopt;
      const auto now = Clock::now();
      if (now >= deadline) {
        const auto waited = std::chrono::duration_cast<std::chrono::seconds>(options.lock_wait);
        Error translated = translate_xapian_error(e, options.db_path);
        throw Error(translated.code(),
                    std::string(translated.what()) + " (waited " +
                        std::to_string(waited.count()) + " s)",
                    translated.hint());
      }
      std::this_thread::sleep_for(
          std::min<Clock::duration>(std::chrono::milliseconds(100), deadline - now));
    }
  }
}

class Run {
 public:
  // `several_roots`: the walk may reach a file through two roots (see collect_file).
  Run(Xapian::WritableDatabase& db, const IndexOptions& options, IndexObserver& observer,
      bool several_roots)
      : db_(db), options_(options), observer_(observer), known_(load_known(db, arena_)),
        lists_were_current_(top_lists_current(db, top_list_settings())),
        several_roots_(several_roots) {}

  // Finds the article files under `root` (or `root` itself when it is a file).
  void walk(const fs::path& root) {
    const std::string abs = normal_absolute(root);
    struct stat st;
    if (::stat(abs.c_str(), &st) != 0) {
      const int err = errno;
      protected_.push_back(abs);  // whatever the database holds under it is kept
      if (err == ENOENT || err == ENOTDIR) {
        stats_.missing_roots.push_back(root);
      } else {
        skip(root, std::strerror(err));
      }
      return;
    }
    removal_roots_.push_back(abs);
    if (!S_ISDIR(st.st_mode)) {
      collect_file(AT_FDCWD, abs, abs.rfind('/') + 1, /*named=*/true);
      return;
    }
    // An explicit stack, not recursion: a very deep tree cannot exhaust the call stack.
    std::vector<std::string> pending{abs};
    while (!pending.empty() && !stop_now()) {
      const std::string dir = std::move(pending.back());
      pending.pop_back();
      // readdir's d_type tells folders from files without a stat (std::filesystem's
      // iterator costs an lstat per entry): a no-op run costs one stat per article file.
      DIR* d = ::opendir(dir.c_str());
      int err = d ? 0 : errno;
      while (d) {
        errno = 0;
        const dirent* e = ::readdir(d);
        if (!e) {
          err = errno;
          break;
        }
        const std::string_view name = e->d_name;
        if (name == "." || name == ".." || (name.size() > 1 && name[0] == '.')) continue;
        std::string path = dir;
        if (path.back() != '/') path.push_back('/');
        const std::size_t name_pos = path.size();
        path += name;
        bool is_dir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {  // some file systems do not say
          struct stat lst;
          is_dir = ::lstat(path.c_str(), &lst) == 0 && S_ISDIR(lst.st_mode);
        }
        if (is_dir) {
          pending.push_back(std::move(path));
        } else {
          collect_file(::dirfd(d), path, name_pos, /*named=*/false);
        }
      }
      if (d) ::closedir(d);
      if (err != 0) {
        // Its files were not all seen: keep what the database holds for them.
        protected_.push_back(dir);
        skip(dir, "folder could not be read (" + std::string(std::strerror(err)) + ")");
      }
    }
  }

  // Indexes every file found by the walk that is new or changed.
  void index_files() {
    stats_.files = files_.size();
    VanishedByHash vanished;
    if (!stop_now()) {
      for (auto& entry : known_) {
        const Known& k = entry.second;
        if (!k.seen && k.has_hash && removable(entry.first)) vanished.emplace(k.hash, &entry);
      }
    }
    const auto unchanged = [](const FileEntry& file) {
      return file.known && file.known->has_stamp && file.known->stamp == file.stamp;
    };
    std::vector<const FileEntry*> work;
    work.reserve(static_cast<std::size_t>(
        std::count_if(files_.begin(), files_.end(), [&](const FileEntry& f) { return !unchanged(f); })));
    for (const FileEntry& file : files_) {
      if (!unchanged(file)) work.push_back(&file);
    }
    // Reading, parsing and tokenising run on the workers; Xapian's writes stay on this thread,
    // except for a first index of many files, written in shards by the workers.
    const std::size_t threads =
        options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
    if (threads > 1 && db_.get_doccount() == 0 && work.size() >= 2 * options_.batch_size) {
      shards_.emplace(options_.db_path, threads, options_.batch_size);
    }
    PreparePipeline pipeline(std::move(work), vanished, options_.max_file_size, threads,
                             shards_ ? &*shards_ : nullptr);
    std::size_t done = 0;
    for (const FileEntry& file : files_) {
      if (stop_now()) {
        pipeline.stop();
        break;
      }
      if (unchanged(file)) {
        ++stats_.unchanged;
      } else {
        apply(file, pipeline.next(), vanished);
      }
      observer_.on_progress(++done, files_.size());
    }
    if (shards_) {
      // Every document is in a shard: the spelling data is written and committed while the
      // workers make their shards' last commits.
      change();
      add_spellings(pipeline.leftover_spellings());
      commit_batch(/*last=*/true);
    }
  }

  // Deletes the documents under the roots whose file was not seen in this run. Does nothing
  // in an interrupted run: the walk may not have seen everything.
  void remove_missing() {
    if (stopped()) {
      // Cut short only when there was something to remove: a signal after the last file of
      // a run with nothing to delete leaves that run complete.
      for (const auto& [path, k] : known_) {
        if (!k.seen && removable(path)) {
          cut_short_ = true;
          return;
        }
      }
      return;
    }
    for (auto& [path, k] : known_) {
      if (k.seen) continue;
      if (is_under(path, protected_)) {
        ++stats_.kept;
      } else if (is_under(path, removal_roots_)) {
        change();
        db_.delete_document(k.docid);
        ++stats_.removed;
        count_change();
      }
    }
  }

  // Commits the batch in progress. When this run changed documents in the database (not
  // in shards: see merge_shards), the speaker alias table is rebuilt in the same commit, so
  // that no committed state has documents the table was not built from; a run that changed
  // nothing leaves the table alone (rebuilding it reads every document's speakers).
  //
  // The top lists are computed again in that commit too when the run cleared them
  // (count_change) or found them missing or stale (an older database, a change by another
  // program), unless it was cut short; after changes that move no ranking they are only
  // stamped with the new state.
  void finish() {
    if (changed_ && !shards_) {
      change();
      observer_.on_stage(IndexStage::kSpeakerAliases);
      update_aliases(db_);
    }
    if (!shards_ && !cut_short_) {
      if (lists_cleared_ || !lists_were_current_) {
        change();
        observer_.on_stage(IndexStage::kTopLists);
        update_top_lists(db_, top_list_settings());
      } else if (changed_) {
        change();
        restamp_top_lists(db_, top_list_settings());
      }
    }
    if (in_transaction_ || !spellings_.empty()) {
      change();
      commit_batch(/*last=*/true);
    }
    db_.commit();
    // A signal that came after the last file and the removals cut nothing short.
    stats_.interrupted = cut_short_;
  }

  const IndexStats& stats() const { return stats_; }

  // After finish(): frees what the walk kept (files, paths, known documents), so that it
  // does not add to the peaks of the shards' merge and of the alias table.
  void release_walk() {
    std::deque<FileEntry>().swap(files_);
    std::deque<std::string_view>().swap(dirs_);
    KnownMap().swap(known_);
    std::unordered_set<std::string>().swap(collected_);
    arena_ = StringArena();
  }

  // After finish(): when this run wrote shards, merges them into the database, which `db`
  // has open, and reopens it.
  void merge_shards(std::optional<Xapian::WritableDatabase>& db) {
    if (!shards_) return;
    shards_->merge_into(*db, options_.db_path, top_list_settings(), observer_);
    shards_.reset();
    IndexOptions reopen = options_;
    reopen.rebuild = false;  // the merged database is the one to keep
    db = open_writable(reopen);
    if (!db) throw Error(ErrorCode::kDatabaseLocked, "database reopened while stopping");
  }

 private:
  bool stopped() const { return options_.stop && options_.stop->load(); }
  TopListSettings top_list_settings() const {
    return {static_cast<Xapian::doccount>(options_.top_list_size),
            static_cast<Xapian::doccount>(options_.top_list_min_articles)};
  }
  // stopped(), remembered: the run leaves out work from the first time this says true.
  bool stop_now() {
    if (stopped()) cut_short_ = true;
    return cut_short_;
  }

  bool removable(std::string_view path) const {
    return is_under(path, removal_roots_) && !is_under(path, protected_);
  }

  // `path` is absolute; its file name starts at name_pos. `dir_fd` is its folder, open (the
  // stat then looks up the name alone, not every folder of the path again), or AT_FDCWD.
  void collect_file(int dir_fd, const std::string& path, std::size_t name_pos, bool named) {
    const auto format = format_for_path(path);
    if (!format) {
      if (named) skip(path, "not an article file type (expected .txt, .html, .htm or .md)");
      return;
    }
    // Reached twice through overlapping roots. One root never reaches a path twice (links to
    // folders are not followed), and the set would cost ~120 bytes a file (120 MB at 1M).
    if (several_roots_ && !collected_.insert(path).second) return;
    auto known = known_.find(path);
    Known* k = known != known_.end() ? &known->second : nullptr;
    struct stat st;
    if (::fstatat(dir_fd, dir_fd == AT_FDCWD ? path.c_str() : path.c_str() + name_pos, &st, 0) !=
        0) {
      const Prepared why = read_failure(errno);
      if (k && why.outcome == Outcome::kUnreadable) k->seen = true;  // keep the old version
      skip(path, why.reason);
      return;
    }
    if (!S_ISREG(st.st_mode)) {
      if (!S_ISDIR(st.st_mode)) skip(path, "not a regular file");
      return;
    }
    if (k) k->seen = true;
    // The files of a folder come one after another: its path is kept once.
    const std::string_view dir(path.data(), name_pos > 1 ? name_pos - 1 : 1);
    if (dirs_.empty() || dirs_.back() != dir) dirs_.push_back(arena_.add(dir));
    const std::string_view name = std::string_view(path).substr(name_pos);
    files_.push_back(FileEntry{&dirs_.back(), arena_.add(name).data(), k, stamp_of(st),
                               static_cast<std::uint16_t>(name.size()), *format});
  }

  void apply(const FileEntry& file, Prepared p, const VanishedByHash& vanished) {
    switch (p.outcome) {
      case Outcome::kGone:
      case Outcome::kNotArticle:
        if (file.known) file.known->seen = false;  // drop the old version
        skip(file.path(), p.reason);
        return;
      case Outcome::kUnreadable:
        skip(file.path(), p.reason);
        return;
      case Outcome::kSameContent: {
        // Touched but not changed: record the new fingerprint so the next run skips it.
        Xapian::Document doc = db_.get_document(file.known->docid);
        doc.add_value(schema::kSlotFingerprint, file.fingerprint());
        change();
        db_.replace_document(file.known->docid, doc);
        ++stats_.unchanged;
        count_change(Ranking::kSame);
        return;
      }
      case Outcome::kMaybeRenamed:
        if (rename_from_vanished(file, p.hash, vanished)) return;
        p = build_document(file, p.hash, p.bytes, maker_);
        if (p.outcome != Outcome::kDocument) return apply(file, std::move(p), vanished);
        [[fallthrough]];
      case Outcome::kDocument:
        change();
        add_spellings(std::move(p.spellings));
        if (p.in_shard) {
          shards_->keep(p.shard, p.shard_docid);  // written by its worker, merged at the end
        } else if (file.known) {
          db_.replace_document(schema::id_term(file.path()), p.doc);
        } else {
          // The walk saw each path once and the database has no document for it: adding
          // skips the look-up of the id term.
          db_.add_document(p.doc);
        }
        ++(file.known ? stats_.updated : stats_.indexed);
        count_change();
        return;
    }
  }

  // Moves the document of a vanished file with the same content to `file`. False when there
  // is none left (each vanished document is claimed once).
  bool rename_from_vanished(const FileEntry& file, const std::string& hash,
                            const VanishedByHash& vanished) {
    auto [first, last] = vanished.equal_range(parse_hash(hash).value());
    for (auto it = first; it != last; ++it) {
      auto& [old_path, old] = *it->second;
      if (old.seen) continue;
      Xapian::Document doc = db_.get_document(old.docid);
      if (!move_document(doc, old_path, file)) return false;
      old.seen = true;  // not removed: it lives on under the new path
      change();
      db_.replace_document(old.docid, doc);
      ++stats_.renamed;
      count_change(Ranking::kSame);
      return true;
    }
    return false;
  }

  void skip(const fs::path& path, const std::string& reason) {
    ++stats_.skipped;
    ++stats_.skip_reasons[reason_group(reason)];
    observer_.on_skip(path, reason);
  }

  // Every change happens inside a transaction of at most options.batch_size changes, so a
  // crash leaves whole batches only, whatever Xapian's own flush threshold is.
  void change() {
    if (!in_transaction_) {
      db_.begin_transaction(/*flushed=*/true);
      in_transaction_ = true;
    }
  }

  // The words of documents written (or about to be), for the spelling table. When the
  // documents go to shards, they go to Xapian at once, as the workers hand them over, so
  // that little is left for the end of the run (see commit_batch).
  void add_spellings(SpellingCounts words) {
    if (shards_) {
      for (const auto& [word, count] : words) db_.add_spelling(word, count);
      spelling_words_ += words.size();
    } else if (spellings_.empty()) {
      spellings_ = std::move(words);
    } else {
      for (auto& [word, count] : words) spellings_[word] += count;
    }
  }

  // Commits the transaction in progress with the spelling data of its batch, one
  // add_spelling() per distinct word. A first index written in shards holds nothing but
  // spelling data in this database (the documents only appear at the merge), so it commits
  // only at the end or when Xapian holds about kSpellingFlushWords / 2 words (memory; the
  // workers hold up to the other half, see PreparePipeline): Xapian compresses every
  // spelling entry it writes (zlib, a deflateReset each), and per batch it rewrote the
  // entries of the common words and of their letter n-grams (9% of indexing CPU under
  // callgrind).
  void commit_batch(bool last = false) {
    if (shards_) {
      pending_ = 0;
      if (!last && spelling_words_ < kSpellingFlushWords / 2) return;  // still one transaction
      spelling_words_ = 0;
    } else {
      for (const auto& [word, count] : spellings_) db_.add_spelling(word, count);
      spellings_.clear();
    }
    db_.commit_transaction();
    in_transaction_ = false;
    pending_ = 0;
  }

  // Whether a change can move a relevance ranking: kSame for changes to boolean terms,
  // values and document data only (a rename, a refreshed fingerprint).
  enum class Ranking { kChanged, kSame };

  void count_change(Ranking ranking = Ranking::kChanged) {
    // The top lists are cleared in the transaction of the run's first change that can move
    // a ranking: no committed state pairs documents with lists computed from others. (Their
    // stamp's revision already makes them stale at the next commit; this does not depend on
    // it, and an interrupted run leaves no list behind.)
    if (ranking == Ranking::kChanged && !lists_cleared_) {
      clear_top_lists(db_);
      lists_cleared_ = true;
    }
    changed_ = true;
    if (++pending_ >= options_.batch_size) commit_batch();
  }

  Xapian::WritableDatabase& db_;
  const IndexOptions& options_;
  IndexObserver& observer_;
  StringArena arena_;  // the paths of known_, the folders and file names of files_
  KnownMap known_;
  DocumentMaker maker_;       // for files parsed on this thread (a rename that was not one)
  SpellingCounts spellings_;  // of the batch in progress (not with shards_)
  std::size_t spelling_words_ = 0;  // with shards_: added since the last commit
  std::optional<Shards> shards_;
  IndexStats stats_;
  std::deque<FileEntry> files_;              // a deque: growing never copies it
  std::deque<std::string_view> dirs_;        // folders of files_, in the arena
  std::unordered_set<std::string> collected_;  // with several_roots_ only
  std::vector<std::string> removal_roots_;  // roots that exist: vanished files are removed
  std::vector<std::string> protected_;      // missing roots, unreadable folders: kept
  std::size_t pending_ = 0;
  bool in_transaction_ = false;
  bool changed_ = false;  // a document was added, replaced or deleted
  bool lists_cleared_ = false;       // count_change cleared the top lists
  bool lists_were_current_ = false;  // the top lists were current when the run began
  bool cut_short_ = false;  // stop_now() said true: the run is not complete
  bool several_roots_;
};

}  // namespace

IndexStats index_paths(const std::vector<fs::path>& roots, const IndexOptions& options,
                       IndexObserver* observer) {
  IndexObserver ignore;
  IndexObserver& obs = observer ? *observer : ignore;
  try {
    std::error_code ec;
    fs::create_directories(fs::absolute(options.db_path, ec).parent_path(), ec);
    if (ec) {
      throw Error(ErrorCode::kIo,
                  "cannot create database folder " + options.db_path.string() + ": " + ec.message());
    }
    std::optional<Xapian::WritableDatabase> db = open_writable(options);
    if (!db) {
      IndexStats stats;
      stats.interrupted = true;
      return stats;
    }
    check_schema_version(*db, options.db_path);
    // Written only when it differs: a run that changes nothing writes nothing.
    if (db->get_metadata(std::string(schema::kVersionKey)) != schema::kVersion) {
      db->set_metadata(std::string(schema::kVersionKey), std::string(schema::kVersion));
    }

    Run run(*db, options, obs, roots.size() > 1);
    for (const fs::path& root : roots) run.walk(root);
    run.index_files();
    run.remove_missing();
    run.finish();
    run.release_walk();
    run.merge_shards(db);
    return run.stats();
  } catch (const Xapian::Error& e) {
    throw translate_xapian_error(e, options.db_path);
  }
}

}  // namespace news
