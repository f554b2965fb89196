#include "aliases.h"

#include <string.h>  // memrchr

#include <algorithm>
#include <set>

#include "lexicon.h"
#include "news/speakers.h"
#include "schema.h"

namespace news {

namespace {

// The non-empty pieces of `text` between `separator`s.
std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> pieces;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) pieces.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return pieces;
}

// "von der leien" -> the name is known by its surname only.
bool is_particle_key(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"von", "van", "der", "den", "de", "del",
                                                    "della", "da", "di", "du", "la", "le",
                                                    "bin", "ibn", "al", "el", "ter", "ten",
                                                    "ap", "ab", "bint", "binti"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// The first of two surnames of a name key of three words or more ("begona castaneda
// ruiz" -> "castaneda", "maria fernanda rivas de la tore" -> "rivas"): the word before the
// last surname and its particles, unless it is the first word or a given name ("john paul
// jones"). Empty when there is none. Spanish and Portuguese names are cited by it alone.
std::string first_of_two_surnames(const std::vector<std::string>& words) {
  if (words.size() < 3) return {};
  std::size_t k = words.size() - 2;
  while (k > 0 && is_particle_key(words[k])) --k;
  if (k == 0 || lexicon::first_name_gender(words[k]) != 0) return {};
  return words[k];
}

// A line of the stored text, "name\tcanonical\tkey" or the older "name\tcanonical"; the
// name is the whole line when there is no tab (such a line is not a name: skipped).
struct Fields {
  std::string_view name, canonical, key;
  bool valid = false;
};

Fields fields_of(std::string_view line) {
  Fields f;
  const std::size_t tab = line.find('\t');
  f.name = line.substr(0, tab);
  if (tab == std::string_view::npos) return f;
  const std::size_t key_tab = line.find('\t', tab + 1);
  f.canonical =
      line.substr(tab + 1, (key_tab == std::string_view::npos ? line.size() : key_tab) - tab - 1);
  if (key_tab != std::string_view::npos) f.key = line.substr(key_tab + 1);
  f.valid = true;
  return f;
}

// The line of `text` that starts at `start` (up to its '\n' or the end).
std::string_view line_at(std::string_view text, std::size_t start) {
  const std::size_t end = text.find('\n', start);
  return text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
}

struct NameInfo {
  std::string name;
  std::string key;
  std::size_t words = 0;
  std::size_t documents = 0;
  std::string first;    // first word's key; empty for a surname alone
  std::string surname;  // last word's key
  std::string first_surname;  // first_of_two_surnames(), for a name of three words or more
};

bool fuller(const NameInfo& a, const NameInfo& b) {
  if (a.words != b.words) return a.words > b.words;
  if (a.documents != b.documents) return a.documents > b.documents;
  return a.name < b.name;
}

}  // namespace

namespace {

// Counts `names` (one document's) once each into `doc_count`.
void count_once(std::vector<std::string> names, std::map<std::string, std::size_t>& doc_count) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const std::string& n : names) {
    if (!n.empty()) ++doc_count[n];
  }
}

}  // namespace

AliasTable AliasTable::build(const std::vector<std::vector<std::string>>& documents) {
  std::map<std::string, std::size_t> doc_count;
  for (const auto& names : documents) count_once(names, doc_count);
  return build_from_counts(doc_count);
}

AliasTable AliasTable::build_from_counts(const std::map<std::string, std::size_t>& doc_count) {
  std::vector<NameInfo> infos;
  for (const auto& [name, count] : doc_count) {
    NameInfo info;
    info.name = name;
    info.key = speaker_key(name);
    const auto words = split(info.key, ' ');
    if (words.empty()) continue;
    info.words = words.size();
    info.documents = count;
    info.surname = words.back();
    if (words.size() > 1 && !is_particle_key(words.front())) info.first = words.front();
    if (!info.first.empty()) info.first_surname = first_of_two_surnames(words);
    infos.push_back(std::move(info));
  }
  // Full names group by first name and surname (middle names and spellings aside).
  std::map<std::string, std::vector<const NameInfo*>> groups;
  std::map<std::string, std::set<std::string>> groups_by_surname;
  std::map<std::string, std::set<std::string>> groups_by_first_surname;
  for (const NameInfo& info : infos) {
    if (info.first.empty()) continue;
    const std::string id = info.first + "|" + info.surname;
    groups[id].push_back(&info);
    groups_by_surname[info.surname].insert(id);
    if (!info.first_surname.empty()) groups_by_first_surname[info.first_surname].insert(id);
  }
  // A surname alone joins the one person with that surname, or stands alone. When no
  // full name ends in it, it joins the one person whose first of two surnames it is
  // ("Castañeda" and "Begoña Castañeda Ruiz").
  for (const NameInfo& info : infos) {
    if (!info.first.empty()) continue;
    const std::set<std::string>* people = nullptr;
    if (const auto it = groups_by_surname.find(info.surname); it != groups_by_surname.end()) {
      people = &it->second;
    } else if (const auto f = groups_by_first_surname.find(info.surname);
               info.words == 1 && f != groups_by_first_surname.end()) {
      people = &f->second;
    }
    if (people != nullptr && people->size() == 1) {
      groups[*people->begin()].push_back(&info);
    } else {
      groups["|" + info.surname + "|" + info.key].push_back(&info);
    }
  }
  std::map<std::string, std::pair<std::string, std::string>> entries;  // name -> canonical, key
  for (auto& [id, members] : groups) {
    const NameInfo* best = members.front();
    for (const NameInfo* m : members) {
      if (fuller(*m, *best)) best = m;
    }
    for (const NameInfo* m : members) entries[m->name] = {best->name, m->key};
  }
  std::string text;
  for (const auto& [name, entry] : entries) {
    text.append(name).push_back('\t');
    text.append(entry.first).push_back('\t');
    text.append(entry.second).push_back('\n');
  }
  return AliasTable(std::move(text), /*sorted=*/true);  // a std::map's order
}

AliasTable::AliasTable(std::string text, bool sorted) : sorted_(sorted) {
  lazy_->text = std::move(text);
}

const std::string& AliasTable::text() const {
  if (lazy_->db) {
    std::call_once(lazy_->text_once,
                   [this] { lazy_->text = lazy_->db->get_metadata(std::string(schema::kAliasesKey)); });
  }
  return lazy_->text;
}

std::string AliasTable::serialize() const {
  std::string out;
  for (const Line& l : lines()) {
    out.append(l.name).push_back('\t');
    out.append(l.canonical).push_back('\t');
    out.append(l.key).push_back('\n');
  }
  return out;
}

AliasTable AliasTable::parse(std::string_view text) { return AliasTable(std::string(text), false); }

const std::vector<AliasTable::Line>& AliasTable::lines() const {
  std::call_once(lazy_->lines_once, [this] {
    const std::string_view all = text();
    std::vector<Line>& lines = lazy_->lines;
    for (std::size_t start = 0; start < all.size();) {
      const std::string_view line = line_at(all, start);
      start += line.size() + 1;
      if (const Fields f = fields_of(line); f.valid) lines.push_back({f.name, f.canonical, f.key});
    }
    const auto by_name = [](const Line& a, const Line& b) { return a.name < b.name; };
    if (!std::is_sorted(lines.begin(), lines.end(), by_name)) {
      std::sort(lines.begin(), lines.end(), by_name);
    }
  });
  return lazy_->lines;
}

std::string_view AliasTable::canonical(std::string_view name) const {
  if (!sorted_) {
    const std::vector<Line>& all = lines();
    const auto it = std::lower_bound(all.begin(), all.end(), name,
                                     [](const Line& l, std::string_view n) { return l.name < n; });
    return it == all.end() || it->name != name ? name : it->canonical;
  }
  // Binary search over the text's lines: the lines starting before `lo` hold smaller
  // names, those from `hi` on larger ones.
  const std::string_view all = text();
  std::size_t lo = 0, hi = all.size();
  while (lo < hi) {
    std::size_t start = lo + (hi - lo) / 2;
    if (const void* nl = ::memrchr(all.data() + lo, '\n', start - lo)) {
      start = static_cast<std::size_t>(static_cast<const char*>(nl) - all.data()) + 1;
    } else {
      start = lo;
    }
    const std::string_view line = line_at(all, start);
    const Fields f = fields_of(line);
    if (f.name < name) {
      lo = start + line.size() + 1;
    } else if (name < f.name) {
      hi = start;
    } else {
      return f.valid ? f.canonical : name;
    }
  }
  return name;
}

std::vector<std::string> AliasTable::canonical_names(const std::vector<std::string>& names) const {
  std::vector<std::string> out;
  for (const std::string& n : names) {
    const std::string_view c = canonical(n);
    if (std::find(out.begin(), out.end(), c) == out.end()) out.emplace_back(c);
  }
  return out;
}

std::unordered_map<std::string, std::size_t> AliasTable::canonical_counts(
    const std::unordered_map<std::string, std::size_t>& counts) const {
  std::unordered_map<std::string, std::size_t> out;
  for (const auto& [name, count] : counts) out[std::string(canonical(name))] += count;
  return out;
}

const std::map<std::string, std::vector<std::string>>& AliasTable::keys_by_person() const {
  std::call_once(lazy_->keys_once, [this] {
    for (const Line& l : lines()) {
      // A table written before keys were stored: compute them (ICU folding, slow).
      lazy_->keys[std::string(l.canonical)].push_back(l.key.empty() ? speaker_key(l.name)
                                                                     : std::string(l.key));
    }
  });
  return lazy_->keys;
}

std::vector<std::string> AliasTable::query_keys(std::string_view value) const {
  const std::string key = speaker_key(value);
  std::set<std::string> keys;
  if (!key.empty()) {
    const std::string suffix = " " + key;
    const std::string inner = suffix + " ";
    const bool one_word = key.find(' ') == std::string::npos;
    for (const auto& [canonical, member_keys] : keys_by_person()) {
      // "castaneda" finds "Begoña Castañeda Ruiz" too (a one-word query only).
      const bool match = std::any_of(member_keys.begin(), member_keys.end(), [&](const std::string& k) {
        return k == key || k.ends_with(suffix) ||
               (one_word && k.find(inner) != std::string::npos && first_of_two_surnames(split(k, ' ')) == key);
      });
      if (match) keys.insert(member_keys.begin(), member_keys.end());
    }
  }
  keys.insert(key);
  return {keys.begin(), keys.end()};
}

bool update_aliases(Xapian::WritableDatabase& db) {
  // Counted while streaming: a list of every document's names would grow with the
  // collection (about 150 MB at a million articles, the peak of a first index there).
  std::map<std::string, std::size_t> doc_count;
  for (auto v = db.valuestream_begin(schema::kSlotSpeakers);
       v != db.valuestream_end(schema::kSlotSpeakers); ++v) {
    count_once(split(*v, schema::kListSeparator), doc_count);
  }
  const std::string table = AliasTable::build_from_counts(doc_count).serialize();
  const std::string key(schema::kAliasesKey);
  if (db.get_metadata(key) == table) return false;
  db.set_metadata(key, table);
  return true;
}

AliasTable load_aliases(const Xapian::Database& db) {
  // update_aliases() stores serialize()'s text: sorted by name.
  AliasTable table(std::string(), /*sorted=*/true);
  table.lazy_->db = db;
  return table;
}

}  // namespace news
