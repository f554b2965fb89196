#include "query.h"

#include <algorithm>
#include <cstdio>

#include "ascii.h"
#include "document.h"
#include "news/dates.h"
#include "news/text.h"
#include "schema.h"
#include "synonyms.h"

namespace news {

namespace {

bool is_alnum_ascii(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_operator_word(std::string_view lower) {
  return lower == "and" || lower == "or" || lower == "not" || lower == "xor" || lower == "near" ||
         lower == "adj" || lower.starts_with("near/") || lower.starts_with("adj/");
}

// True for the name of a query field ("speaker", "DATE").
bool is_field_name(std::string_view name) {
  const std::string lower = ascii::lower(name);
  for (const schema::Field& f : schema::kFields) {
    if (!f.name.empty() && f.name == lower) return true;
  }
  return false;
}

// [begin, end) of each run of non-space characters.
std::vector<std::pair<std::size_t, std::size_t>> tokens_of(std::string_view query) {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;
  std::size_t i = 0;
  while (i < query.size()) {
    if (is_space(query[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && !is_space(query[end])) ++end;
    tokens.emplace_back(i, end);
    i = end;
  }
  return tokens;
}

}  // namespace

std::optional<std::string> date_bound(std::string_view text, bool upper) {
  int y = 0, m = 0, d = 0;
  const std::string s(text);
  for (char c : s) {
    if (!(c == '-' || (c >= '0' && c <= '9'))) return std::nullopt;
  }
  if (s.size() == 4 && std::sscanf(s.c_str(), "%4d", &y) == 1) {
    m = upper ? 12 : 1;
    d = upper ? 31 : 1;
  } else if (s.size() == 7 && s[4] == '-' && std::sscanf(s.c_str(), "%4d-%2d", &y, &m) == 2) {
    d = 1;
    if (upper) {
      while (d < 31 && is_valid_date(y, m, d + 1)) ++d;
    }
  } else if (!(s.size() == 10 && s[4] == '-' && s[7] == '-' &&
               std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3)) {
    return std::nullopt;
  }
  if (!is_valid_date(y, m, d)) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  return std::string(buf);
}

std::optional<DateRange> parse_date_range(std::string_view text) {
  std::string_view from = text, to = text;
  if (const auto dots = text.find(".."); dots != std::string_view::npos) {
    from = text.substr(0, dots);
    to = text.substr(dots + 2);
  }
  // "date:" + "" (date:"") has neither end: without this, date_range_query read an empty
  // optional and crashed (found by fuzz/fuzz_query.cc).
  if (from.empty() && to.empty()) return std::nullopt;
  DateRange range;
  if (!from.empty() && !(range.from = date_bound(from, false))) return std::nullopt;
  if (!to.empty() && !(range.to = date_bound(to, true))) return std::nullopt;
  if (range.from && range.to && *range.from > *range.to) return std::nullopt;
  return range;
}

namespace {

// The day terms `db` holds within `range`, at most kMaxDayTermsInRange of them; std::nullopt
// when there are more. Only what a day term looks like counts: the prefix and 8 digits.
std::optional<std::vector<std::string>> day_terms_in(const DateRange& range,
                                                     const Xapian::Database& db) {
  const std::string prefix(schema::field("date").prefix);
  const std::string first = prefix + range.from.value_or("");
  const std::string last = range.to ? prefix + *range.to : std::string();
  std::vector<std::string> days;
  Xapian::TermIterator it = db.allterms_begin(prefix);
  const Xapian::TermIterator end = db.allterms_end(prefix);
  if (range.from) it.skip_to(first);
  for (; it != end; ++it) {
    const std::string term = *it;
    if (range.to && term > last) break;
    const bool is_day = term.size() == prefix.size() + 8 &&
                        std::all_of(term.begin() + static_cast<std::ptrdiff_t>(prefix.size()),
                                    term.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!is_day) continue;
    if (days.size() == kMaxDayTermsInRange) return std::nullopt;
    days.push_back(term);
  }
  return days;
}

}  // namespace

Xapian::Query date_range_query(const DateRange& range, const Xapian::Database* db) {
  const Xapian::valueno slot = schema::kSlotDate;
  if (range.from && range.to && *range.from == *range.to) {
    // One day: its term is cheaper than a value range.
    return Xapian::Query(schema::make_term(schema::field("date").prefix, *range.from));
  }
  if (db) {
    // Dated articles, and only they, have a day term: the OR of the range's days matches
    // what the value range matches, open ends included. With no day in the range, the
    // term of its first (or last) day, which no article has: an empty Query would read as
    // no filter at all to a caller that tests empty().
    if (const auto days = day_terms_in(range, *db)) {
      if (days->empty()) {
        return Xapian::Query(
            schema::make_term(schema::field("date").prefix, range.from ? *range.from : *range.to));
      }
      return Xapian::Query(Xapian::Query::OP_OR, days->begin(), days->end());
    }
  }
  if (range.from && range.to) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, *range.from, *range.to);
  }
  if (range.from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, *range.from);
  // An undated article has no value, which OP_VALUE_LE would count as the smallest.
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, "0", *range.to);
}

Xapian::Query DateProcessor::operator()(const std::string& value) {
  const std::optional<DateRange> range = parse_date_range(value);
  if (!range) {
    if (!error_) {
      error_ = "date:" + value +
               " is not a date or range (use YYYY, YYYY-MM, YYYY-MM-DD, FROM..TO, FROM.. or ..TO)";
    }
    return Xapian::Query::MatchNothing;
  }
  return date_range_query(*range, db_);
}

Xapian::Query FoldedProcessor::operator()(const std::string& value) {
  return Xapian::Query(schema::make_term(prefix_, fold(value)));
}

Xapian::Query SiteProcessor::operator()(const std::string& value) {
  std::string_view rest = value;
  if (const auto scheme = rest.find("://"); scheme != std::string_view::npos) {
    rest.remove_prefix(scheme + 3);
  }
  const auto slash = rest.find_first_of("/?#");
  const bool has_path = slash != std::string_view::npos && slash + 1 < rest.size();
  const Xapian::Query host(schema::make_term(schema::field("site").prefix, host_of(value)));
  if (!has_path) return host;
  // A whole URL: the article at that address, as it was written in the article.
  return Xapian::Query(schema::make_term(schema::field("url").prefix, value));
}

Xapian::Query AcronymProcessor::operator()(const std::string& value) {
  // The parser hands over free-text field values in lower case and without dots ("us");
  // mark_acronyms only marked words written in capitals, so the capitals are restored.
  std::string key;
  for (char c : value) {
    if (c != '.') key.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (key.empty()) return Xapian::Query();
  std::vector<Xapian::Query> terms;
  for (auto it = db_.synonyms_begin(key); it != db_.synonyms_end(key); ++it) {
    terms.emplace_back(*it);
  }
  if (terms.empty()) return Xapian::Query(stemmer_(ascii::lower(key)));
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

std::string mark_acronyms(std::string_view query, const SynonymTable& table) {
  std::string out;
  bool in_quotes = false;
  std::size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    if (c == '"') {
      in_quotes = !in_quotes;
      out.push_back(c);
      ++i;
      continue;
    }
    const bool starts_word = is_alnum_ascii(c) && (i == 0 || !is_alnum_ascii(query[i - 1])) &&
                             (i == 0 || (query[i - 1] != ':' && query[i - 1] != '.'));
    if (in_quotes || !starts_word) {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && (is_alnum_ascii(query[end]) || query[end] == '.')) ++end;
    const std::string_view word = query.substr(i, end - i);
    const bool is_field_name = end < query.size() && query[end] == ':';
    const bool glued =
        end < query.size() && (static_cast<unsigned char>(query[end]) >= 0x80 ||
                               query[end] == '*' || query[end] == '-' || query[end] == '\'');
    if (!is_field_name && !glued && table.is_case_sensitive_acronym(word)) {
      out.append(kAcronymField).append(":").append(word);
    } else {
      out.append(word);
    }
    i = end;
  }
  return out;
}

std::string unmark_acronyms(std::string_view query) {
  const std::string marker = std::string(kAcronymField) + ":";
  std::string out(query);
  for (auto pos = out.find(marker); pos != std::string::npos; pos = out.find(marker, pos)) {
    out.erase(pos, marker.size());
  }
  return out;
}

std::vector<std::string> bare_words(std::string_view query) {
  std::vector<std::string> words;
  for (const auto& [begin, end] : tokens_of(query)) {
    const std::string_view token = query.substr(begin, end - begin);
    if (const auto colon = token.find(':'); colon != std::string_view::npos) {
      const std::string name = ascii::lower(token.substr(0, colon));
      const bool boolean_field =
          is_field_name(name) && schema::field(name).kind == schema::FieldKind::kBoolean;
      if (boolean_field && token.find('"') == std::string_view::npos) continue;  // a filter
      return {};
    }
    const std::string lower = ascii::lower(token);
    if (is_operator_word(lower)) return {};
    for (char c : token) {
      if (!is_alnum_ascii(c) && static_cast<unsigned char>(c) < 0x80) return {};
    }
    words.push_back(lower);
  }
  return words;
}

namespace {

// The phrase of `words` stemmed, and the window they must all stand in.
struct Proximity {
  std::vector<std::string> stems;
  Xapian::Query phrase, near;
  Xapian::Query as_or() const { return Xapian::Query(Xapian::Query::OP_OR, phrase, near); }
};

Proximity proximity(const std::vector<std::string>& words, const Xapian::Stem& stemmer) {
  Proximity p;
  for (const std::string& w : words) p.stems.push_back(stemmer(w));
  const auto n = static_cast<Xapian::termcount>(p.stems.size());
  p.phrase = Xapian::Query(Xapian::Query::OP_PHRASE, p.stems.begin(), p.stems.end(), n);
  p.near = Xapian::Query(Xapian::Query::OP_NEAR, p.stems.begin(), p.stems.end(), n + 4);
  return p;
}

// `query`, inside any FILTER, is an AND of terms among which every one of `stems`.
bool requires_every_stem(const Xapian::Query& query, const std::vector<std::string>& stems) {
  Xapian::Query q = query;
  while (q.get_type() == Xapian::Query::OP_FILTER && q.get_num_subqueries() > 0) q = q.get_subquery(0);
  if (q.get_type() != Xapian::Query::OP_AND) return false;
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
    const Xapian::Query sub = q.get_subquery(i);
    if (sub.get_type() != Xapian::Query::LEAF_TERM) return false;
    terms.push_back(*sub.get_terms_begin());
  }
  return std::all_of(stems.begin(), stems.end(), [&](const std::string& s) {
    return std::find(terms.begin(), terms.end(), s) != terms.end();
  });
}

}  // namespace

Xapian::Query proximity_boost(const std::vector<std::string>& words, const Xapian::Stem& stemmer,
                              const Xapian::Query& query) {
  const Proximity p = proximity(words, stemmer);
  if (!requires_every_stem(query, p.stems)) return p.as_or();
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, p.near, p.phrase);
}

Xapian::Query proximity_boost_as_or(const std::vector<std::string>& words,
                                    const Xapian::Stem& stemmer) {
  return proximity(words, stemmer).as_or();
}

std::vector<QueryWord> query_words(std::string_view query) {
  std::vector<QueryWord> words;
  for (const auto& [begin, end] : tokens_of(query)) {
    std::size_t b = begin, e = end;
    while (b < e && (query[b] == '+' || query[b] == '-' || query[b] == '"' || query[b] == '(')) ++b;
    while (e > b && (query[e - 1] == '"' || query[e - 1] == ')' || query[e - 1] == ',')) --e;
    if (b == e) continue;
    bool letters = true;
    for (std::size_t k = b; k < e && letters; ++k) {
      const auto c = static_cast<unsigned char>(query[k]);
      letters = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    const std::string lower = ascii::lower(query.substr(b, e - b));
    if (!letters || is_operator_word(lower)) continue;
    words.push_back({b, e, lower});
  }
  return words;
}

std::string plain_words(std::string_view query) {
  // Field filters are not words: drop them whole ("date:2022-02-30 ukraine" -> "ukraine").
  std::string unfielded;
  for (const auto& [begin, end] : tokens_of(query)) {
    const std::string_view token = query.substr(begin, end - begin);
    const auto colon = token.find(':');
    if (colon != std::string_view::npos && is_field_name(token.substr(0, colon))) continue;
    unfielded.append(token).push_back(' ');
  }
  std::string spaced;
  for (char c : unfielded) {
    const auto u = static_cast<unsigned char>(c);
    spaced.push_back((u >= 0x80 || is_alnum_ascii(c)) ? c : ' ');
  }
  // Operators in capitals were meant as operators: drop them ("security AND").
  std::string out;
  for (const auto& [begin, end] : tokens_of(spaced)) {
    const std::string_view word = std::string_view(spaced).substr(begin, end - begin);
    const std::string lower = ascii::lower(word);
    if (is_operator_word(lower) && lower != word) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(word);
  }
  return out;
}

}  // namespace news
