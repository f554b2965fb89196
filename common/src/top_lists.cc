#include "top_lists.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "schema.h"

namespace news {

namespace {

// Longer terms get no list: a metadata key holds at most a few hundred bytes.
constexpr std::size_t kMaxListedTermLength = 100;

std::string list_key(const std::string& term) {
  return std::string(schema::kTopListKeyPrefix) + term;
}

// A term of a free-text field: the field's prefix, then a character that starts no prefix.
bool is_free_text_term(const std::string& term) {
  for (const schema::Field& f : schema::kFields) {
    if (f.kind != schema::FieldKind::kFreeText || !term.starts_with(f.prefix)) continue;
    if (term.size() > f.prefix.size() && !(term[f.prefix.size()] >= 'A' && term[f.prefix.size()] <= 'Z')) {
      return true;
    }
  }
  return false;
}

// The state of `db` at `revision` that the lists are exact for: the revision (every commit
// changes it, so a change by any program makes the lists stale), then the documents' count,
// total length and last id. The stamp is this state, then the settings.
std::string state_of(const Xapian::Database& db, Xapian::rev revision) {
  return std::to_string(revision) + ' ' + std::to_string(db.get_doccount()) + ' ' +
         std::to_string(db.get_total_length()) + ' ' + std::to_string(db.get_lastdocid());
}

std::string stamp_of(const Xapian::Database& db, Xapian::rev revision,
                     const TopListSettings& settings) {
  return state_of(db, revision) + ' ' + std::to_string(settings.size) + ' ' +
         std::to_string(settings.min_articles);
}

// Stamps the lists of `db` as those of the state its next commit makes: the caller
// commits right after, and nothing else in between.
void stamp(Xapian::WritableDatabase& db, const TopListSettings& settings) {
  db.set_metadata(std::string(schema::kTopListsKey), stamp_of(db, db.get_revision() + 1, settings));
}

// Docids, 7 bits a byte.
std::string encode(const std::vector<Xapian::docid>& ids) {
  std::string out;
  for (Xapian::docid id : ids) {
    for (; id >= 0x80; id >>= 7) out.push_back(static_cast<char>((id & 0x7f) | 0x80));
    out.push_back(static_cast<char>(id));
  }
  return out;
}

std::optional<std::vector<Xapian::docid>> decode(std::string_view bytes) {
  std::vector<Xapian::docid> ids;
  Xapian::docid id = 0;
  unsigned shift = 0;
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (shift > 28 || (shift == 28 && (b & 0x7f) > 0x0f)) return std::nullopt;  // past 32 bits
    id |= static_cast<Xapian::docid>(b & 0x7f) << shift;
    if (b & 0x80) {
      shift += 7;
      continue;
    }
    if (id == 0) return std::nullopt;  // no docid is 0: not ours
    ids.push_back(id);
    id = 0;
    shift = 0;
  }
  if (shift != 0) return std::nullopt;
  return ids;
}

// The first `size` articles a query of `term` alone ranks, in that order.
std::vector<Xapian::docid> ranked_first(const Xapian::Database& db, const std::string& term,
                                        Xapian::doccount size) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(term));
  enquire.set_weighting_scheme(ranking_weight());
  const Xapian::MSet mset = enquire.get_mset(0, size);
  return std::vector<Xapian::docid>(mset.begin(), mset.end());
}

}  // namespace

bool clear_top_lists(Xapian::WritableDatabase& db) {
  const std::string prefix(schema::kTopListKeyPrefix);
  std::vector<std::string> keys(db.metadata_keys_begin(prefix), db.metadata_keys_end(prefix));
  const std::string marker(schema::kTopListsKey);
  const bool had = !db.get_metadata(marker).empty();
  if (had) db.set_metadata(marker, std::string());
  for (const std::string& key : keys) db.set_metadata(key, std::string());
  return had || !keys.empty();
}

void update_top_lists(Xapian::WritableDatabase& db, const TopListSettings& settings) {
  clear_top_lists(db);
  std::vector<std::string> terms;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    if (t.get_termfreq() < settings.min_articles) continue;
    std::string term = *t;
    if (term.size() <= kMaxListedTermLength && is_free_text_term(term)) terms.push_back(std::move(term));
  }
  // No list, no stamp: a database without a word in that many articles writes nothing here,
  // and a run that changes nothing in it commits nothing.
  if (terms.empty()) return;
  for (const std::string& term : terms) {
    db.set_metadata(list_key(term), encode(ranked_first(db, term, settings.size)));
  }
  stamp(db, settings);
}

bool restamp_top_lists(Xapian::WritableDatabase& db, const TopListSettings& settings) {
  if (db.get_metadata(std::string(schema::kTopListsKey)).empty()) return false;
  stamp(db, settings);
  return true;
}

bool top_lists_current(const Xapian::Database& db, const std::optional<TopListSettings>& settings) {
  const std::string stamp = db.get_metadata(std::string(schema::kTopListsKey));
  if (settings) return stamp == stamp_of(db, db.get_revision(), *settings);
  return stamp.starts_with(state_of(db, db.get_revision()) + ' ');
}

std::optional<std::vector<Xapian::docid>> top_list(const Xapian::Database& db,
                                                   const std::string& term) {
  if (term.size() > kMaxListedTermLength) return std::nullopt;
  const std::string bytes = db.get_metadata(list_key(term));
  if (bytes.empty()) return std::nullopt;
  return decode(bytes);
}

namespace {

// The articles of a fixed, sorted list of docids, as a boolean posting source.
class DocidListSource : public Xapian::PostingSource {
 public:
  // `ids` sorted.
  explicit DocidListSource(std::vector<Xapian::docid> ids) : ids_(std::move(ids)) {}

  Xapian::doccount get_termfreq_min() const override { return 0; }  // some may be deleted
  Xapian::doccount get_termfreq_est() const override { return count(); }
  Xapian::doccount get_termfreq_max() const override { return count(); }
  void init(const Xapian::Database&) override {
    pos_ = 0;
    started_ = false;
  }
  void next(double) override {
    if (started_) ++pos_;
    started_ = true;
  }
  void skip_to(Xapian::docid id, double) override {
    started_ = true;
    pos_ = static_cast<std::size_t>(
        std::lower_bound(ids_.begin() + static_cast<std::ptrdiff_t>(pos_), ids_.end(), id) - ids_.begin());
  }
  bool at_end() const override { return pos_ >= ids_.size(); }
  Xapian::docid get_docid() const override { return ids_[pos_]; }
  Xapian::PostingSource* clone() const override { return new DocidListSource(ids_); }
  std::string get_description() const override {
    return "DocidListSource(" + std::to_string(ids_.size()) + " articles)";
  }

 private:
  Xapian::doccount count() const { return static_cast<Xapian::doccount>(ids_.size()); }

  std::vector<Xapian::docid> ids_;
  std::size_t pos_ = 0;
  bool started_ = false;
};

}  // namespace

Xapian::Query docid_filter(std::vector<Xapian::docid> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return Xapian::Query((new DocidListSource(std::move(ids)))->release());
}

}  // namespace news
