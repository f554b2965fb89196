#include "highlight.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <unordered_map>

#include "ascii.h"
#include "folding.h"

namespace news {

namespace {

// The ellipsis put where text is left out.
constexpr std::string_view kOmitted = "…";

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// ASCII letters and digits by byte: one look-up in split_words' per-byte loops.
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  return table;
}();
bool is_alnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

// Terms with a prefix ("Ssanction", "XCONCEPTnato", "XSPEAKER...") never come from body text.
bool prefixed(std::string_view term) { return term.empty() || is_upper(term[0]); }

template <typename T>
void add_unique(std::vector<T>& to, const T& value) {
  if (std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

// The pattern of a wildcard query: Xapian 1.4 has no accessor for it, but its description is
// "Query(WILDCARD <combiner> <pattern>)" and a pattern holds no space.
std::string wildcard_pattern(const Xapian::Query& q) {
  std::string d = q.get_description();
  if (d.ends_with(')')) d.pop_back();
  const auto space = d.rfind(' ');
  return space == std::string::npos ? std::string() : d.substr(space + 1);
}

void collect(const Xapian::Query& q, HighlightTerms& out) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      const std::string term = *q.get_terms_begin();
      if (!prefixed(term)) add_unique(out.terms, term);
      return;
    }
    case Xapian::Query::OP_PHRASE: {
      std::vector<std::string> words;
      for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
        const Xapian::Query sub = q.get_subquery(i);
        if (sub.get_type() != Xapian::Query::LEAF_TERM) {
          words.clear();
          break;
        }
        words.push_back(*sub.get_terms_begin());
        if (prefixed(words.back())) return;  // a title phrase
      }
      if (words.size() == 1) {
        add_unique(out.terms, words.front());
      } else if (!words.empty()) {
        add_unique(out.phrases, words);
      } else {  // a phrase of synonym groups or wildcards: show its parts
        for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) collect(q.get_subquery(i), out);
      }
      return;
    }
    case Xapian::Query::OP_WILDCARD: {
      const std::string pattern = wildcard_pattern(q);
      if (!prefixed(pattern)) add_unique(out.wildcards, pattern);
      return;
    }
    case Xapian::Query::OP_AND_NOT:  // what is NOT-ed is not in a matching article
      if (q.get_num_subqueries() > 0) collect(q.get_subquery(0), out);
      return;
    default:
      for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) collect(q.get_subquery(i), out);
  }
}

// A word of the text: bytes [begin, end) and characters [cbegin, cend).
struct Word {
  std::size_t begin, end;
  std::size_t cbegin, cend;
  std::string_view raw;
};

// The byte at `i` is the first of a character (not a UTF-8 continuation byte).
bool starts_character(unsigned char c) { return (c & 0xC0) != 0x80; }

// True for the ASCII bytes no word holds (all but letters, digits and ' & . ,): in valid
// UTF-8, no word is open just after one, so WordScanner can start there.
bool ends_every_word(char c) {
  return static_cast<unsigned char>(c) < 0x80 && !is_alnum(c) && c != '\'' && c != '&' && c != '.' &&
         c != ',';
}

// Splits text into words as Xapian's TermGenerator does, closely enough for highlighting:
// letters and digits of any script; an apostrophe or '&' between two word characters, and
// '.' or ',' between two digits, stay inside a word ("don't", "AT&T", "3.5", "1,000"); a
// dotted acronym ("U.S.") is one word. Word by word, from the start of the text or from any
// position where no word is open (see ends_every_word()).
class WordScanner {
 public:
  explicit WordScanner(std::string_view text) : text_(text) {}

  // The next word; false at the end of the text.
  bool next(Word& word) {
    const std::string_view text = text_;
    std::size_t i = i_, chars = chars_;
    const auto word_at = [&](std::size_t k) {
      return k < text.size() && is_word_code_point(next_code_point(text, k));
    };
    bool found = false;
    while (!found && i < text.size()) {
      const std::size_t start = i, cstart = chars;
      if (static_cast<unsigned char>(text[i]) < 0x80) {  // most bytes: no decoding
        ++i;
        ++chars;
        if (!is_alnum(text[start])) continue;
      } else {
        const char32_t cp = next_code_point(text, i);
        ++chars;
        if (!is_word_code_point(cp)) continue;
      }
      found = true;
      if (is_upper(text[start]) && i < text.size() && text[i] == '.') {
        std::size_t j = i, letters = 1;
        while (j + 1 < text.size() && text[j] == '.' && is_upper(text[j + 1]) &&
               (j + 2 >= text.size() || !word_at(j + 2))) {
          ++letters;
          j += 2;
        }
        if (letters >= 2) {
          if (j < text.size() && text[j] == '.') ++j;
          chars += j - i;  // ASCII
          i = j;
          word = {start, i, cstart, chars, text.substr(start, i - start)};
          break;
        }
      }
      while (i < text.size()) {
        if (is_alnum(text[i])) {  // ASCII letters and digits, without decoding
          ++i;
          ++chars;
          continue;
        }
        if (ends_every_word(text[i])) break;  // other ASCII, but for ' & . ,
        std::size_t k = i;
        const char32_t c = next_code_point(text, k);
        bool inside = is_word_code_point(c);
        if (!inside && (c == '\'' || c == 0x2019 || c == '&')) {
          inside = word_at(k);
        } else if (!inside && (c == '.' || c == ',')) {
          inside = is_digit(text[i - 1]) && k < text.size() && is_digit(text[k]);
        }
        if (!inside) break;
        i = k;
        ++chars;
      }
      word = {start, i, cstart, chars, text.substr(start, i - start)};
    }
    i_ = i;
    chars_ = chars;
    return found;
  }

  // Where the next word is looked for (no word is open there).
  std::size_t position() const { return i_; }
  // Goes on from byte `at`, `chars` characters into the text: `at` must be 0 or follow a
  // byte for which ends_every_word() holds.
  void jump(std::size_t at, std::size_t chars) {
    i_ = at;
    chars_ = chars;
  }

 private:
  std::string_view text_;
  std::size_t i_ = 0, chars_ = 0;
};

// Moves byte `p` (`chars` characters into `text`) back, not below `floor`, to just after a
// byte for which ends_every_word() holds: where WordScanner can start.
void back_to_word_start(std::string_view text, std::size_t floor, std::size_t& p,
                        std::size_t& chars) {
  while (p > floor && !ends_every_word(text[p - 1])) {
    --p;
    chars -= starts_character(static_cast<unsigned char>(text[p]));
  }
}

// Every word of `text`.
std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 5);
  WordScanner scanner(text);
  for (Word w; scanner.next(w);) words.push_back(w);
  return words;
}

// A word as the indexer's TermGenerator sees it: folded (folding.h), lower case, and for a
// dotted acronym without its dots.
std::string normalized(std::string_view raw) {
  const bool ascii_only =
      std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string w = ascii_only ? ascii::lower(raw) : ascii::lower(fold_words(raw));
  const bool acronym = is_upper(raw[0]) && raw.find('.') != std::string_view::npos;
  if (acronym) std::erase(w, '.');
  return w;
}

// A match in the text: words [first, last] show `feature` (a term, phrase or wildcard).
struct Event {
  std::size_t first, last;
  int feature;
};

// True when word `k` starts a sentence: the text starts there, or a line break or '.', '!',
// '?' comes before it (opening and closing quotes aside).
bool starts_sentence(std::string_view text, const Word& word) {
  std::size_t p = word.begin;
  while (p > 0 && !is_ascii_space(text[p - 1])) --p;  // opening quotes, brackets
  bool newline = false;
  for (; p > 0 && is_ascii_space(text[p - 1]); --p) newline = newline || text[p - 1] == '\n';
  if (p == 0 || newline) return true;
  // Closing quotes and brackets: " ' ) and the curly ’ ” (E2 80 99, E2 80 9D).
  for (;;) {
    const char c = text[p - 1];
    if (c == '"' || c == '\'' || c == ')') {
      --p;
    } else if (p >= 3 && text.substr(p - 3, 2) == "\xE2\x80" &&
               (c == '\x99' || c == '\x9D')) {
      p -= 3;
    } else {
      break;
    }
    if (p == 0) return true;
  }
  const char c = text[p - 1];
  return c == '.' || c == '!' || c == '?';
}

}  // namespace

HighlightTerms highlight_terms(const Xapian::Query& query) {
  HighlightTerms out;
  collect(query, out);
  return out;
}

void add_highlight_terms(HighlightTerms& terms, const HighlightTerms& more) {
  for (const auto& t : more.terms) add_unique(terms.terms, t);
  for (const auto& p : more.phrases) add_unique(terms.phrases, p);
  for (const auto& w : more.wildcards) add_unique(terms.wildcards, w);
}

namespace {

// Which words of a text can match: only those are folded and stemmed. The English (Porter2)
// stemmer keeps a word's first two letters, so a stem of two letters or more can only come
// from a word starting with the same two, and a stem of one letter from a word starting
// with that letter. Its three exceptions, "dying", "lying" and "tying" (-> "die", "lie",
// "tie"), are allowed for by letting "dy", "ly" and "ty" through with "di", "li" and "ti".
class WordFilter {
 public:
  // `start` begins a stem or a wildcard pattern the text is searched for.
  void add(std::string_view start) {
    if (start.empty()) return;
    add_unique(heads_, std::string(start.substr(0, start.size() - 1)));
    first_bytes_.set(static_cast<unsigned char>(start[0]));
    written_first_bytes_.set(static_cast<unsigned char>(start[0]));
    if (start[0] >= 'a' && start[0] <= 'z') written_first_bytes_.set(static_cast<unsigned char>(start[0] - 'a' + 'A'));
    if (start.size() == 1) {
      one_letter_.set(static_cast<unsigned char>(start[0]));
      return;
    }
    add_pair(start.substr(0, 2));
    if (start[1] == 'i' && (start[0] == 'd' || start[0] == 'l' || start[0] == 't')) {
      add_pair(std::string{start[0], 'y'});
    }
  }
  // The first byte of a word (lower case) can start a match: a cheap test before folding.
  bool may_start(unsigned char c) const { return first_bytes_.test(c); }
  // The same for a first byte as written, in either case.
  bool may_start_written(unsigned char c) const { return written_first_bytes_.test(c); }
  // `word`, folded, can match.
  bool may_match(std::string_view word) const {
    if (word.empty()) return false;
    if (one_letter_.test(static_cast<unsigned char>(word[0]))) return true;
    return word.size() >= 2 && std::find(pairs_.begin(), pairs_.end(), word.substr(0, 2)) != pairs_.end();
  }
  // `word`, folded and whole, can stem to a stem added or to one a wildcard starts. The
  // stemmer changes only the end of a word, so a stem but for its last letter starts the
  // word it came from ("happi" <- "happy", "hop" <- "hopping", "sensibl" <- "sensibility";
  // true of all 83,250 distinct words of the 100k benchmark corpus), but for "dying",
  // "lying" and "tying".
  bool may_stem_to(std::string_view word) const {
    if (!may_match(word)) return false;
    if (word == "dying" || word == "lying" || word == "tying") return true;
    return std::any_of(heads_.begin(), heads_.end(), [&](const std::string& h) { return word.starts_with(h); });
  }

 private:
  void add_pair(std::string_view pair) { add_unique(pairs_, std::string(pair)); }
  std::bitset<256> first_bytes_, written_first_bytes_, one_letter_;
  std::vector<std::string> pairs_;
  std::vector<std::string> heads_;  // each stem or pattern but for its last letter
};

// The snippet of `text` cut from the passage of words [first, last] (indices into `words`;
// no match when `matched` is false), with `spans` (pairs of word indices) highlighted.
// `words` holds, in text order, every word from the text's first one or from one that
// starts more than the context's lead before words[first], to the first one past the room
// the snippet has, or to the last one.
Snippet cut(std::string_view text, const std::vector<Word>& words, std::size_t first,
            std::size_t last, bool matched, std::size_t length,
            const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  Snippet out;
  if (words.empty()) {
    // No words at all: the text itself, if short.
    if (text.size() <= length) out.text.assign(text);
    return out;
  }
  // Some context before the first match (a third of the room left), from a sentence start
  // when one is near.
  std::size_t s = first;
  if (matched) {
    const std::size_t span = words[last].cend - words[first].cbegin;
    const std::size_t lead = length > span ? (length - span) / 3 : 0;
    while (s > 0 && words[first].cbegin - words[s - 1].cbegin <= lead) --s;
    for (std::size_t k = s; k <= first; ++k) {
      if (starts_sentence(text, words[k])) {
        s = k;
        break;
      }
    }
  }
  std::size_t e = std::max(s, last);
  while (e + 1 < words.size() && words[e + 1].cend - words[s].cbegin <= length) ++e;

  // Bytes [b, x): with the punctuation that clings to the first and last word.
  std::size_t b = words[s].begin;
  const std::size_t prev_end = s > 0 ? words[s - 1].end : 0;
  std::size_t bb = b;
  while (bb > prev_end && !is_ascii_space(text[bb - 1])) --bb;
  if (bb == 0 || is_ascii_space(text[bb - 1])) b = bb;
  std::size_t x = words[e].end;
  const std::size_t next_begin = e + 1 < words.size() ? words[e + 1].begin : text.size();
  std::size_t xx = x;
  while (xx < next_begin && !is_ascii_space(text[xx])) ++xx;
  if (xx == text.size() || is_ascii_space(text[xx])) x = xx;
  while (b < x && !starts_character(static_cast<unsigned char>(text[b]))) ++b;

  const auto only_space = [](std::string_view t) {
    return std::all_of(t.begin(), t.end(), is_ascii_space);
  };
  if (!only_space(text.substr(0, b))) out.text.append(kOmitted);
  std::vector<std::size_t> at(x - b + 1);  // output offset of each byte of [b, x]
  for (std::size_t k = b; k < x; ++k) {
    at[k - b] = out.text.size();
    if (!is_ascii_space(text[k])) {
      out.text.push_back(text[k]);
    } else if (!out.text.empty() && out.text.back() != ' ') {
      out.text.push_back(' ');
    }
  }
  at[x - b] = out.text.size();
  if (!only_space(text.substr(x))) out.text.append(kOmitted);

  for (const auto& [from, to] : spans) {
    if (from < s || to > e) continue;
    Highlight h{at[words[from].begin - b], at[words[to].end - b]};
    out.highlights.push_back(h);
  }
  std::sort(out.highlights.begin(), out.highlights.end(),
            [](const Highlight& l, const Highlight& r) { return l.begin < r.begin; });
  std::vector<Highlight> merged;
  for (const Highlight& h : out.highlights) {
    if (!merged.empty() && h.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, h.end);
    } else {
      merged.push_back(h);
    }
  }
  out.highlights = std::move(merged);
  return out;
}

Snippet snippet(std::string_view text, const HighlightTerms& terms, const Xapian::Stem& stemmer,
                std::size_t length, bool stem_every_word) {
  // The stems to look for, each once: features are the terms, then the phrases, then the
  // wildcards (what counts as one distinct thing found).
  std::unordered_map<std::string, int> stem_ids;
  std::vector<int> term_feature;  // by stem id: the feature of the stem as a term, or -1
  WordFilter filter;
  const auto stem_id = [&](const std::string& stem) {
    const auto [it, added] = stem_ids.emplace(stem, static_cast<int>(stem_ids.size()));
    if (added) {
      term_feature.push_back(-1);
      filter.add(stem);
    }
    return it->second;
  };
  int features = 0;
  for (const std::string& t : terms.terms) term_feature[static_cast<std::size_t>(stem_id(t))] = features++;
  std::vector<std::vector<int>> phrases;
  std::size_t longest_phrase = 0;
  for (const auto& p : terms.phrases) {
    std::vector<int> ids;
    for (const std::string& w : p) ids.push_back(stem_id(w));
    longest_phrase = std::max(longest_phrase, ids.size());
    phrases.push_back(std::move(ids));
  }
  const int first_phrase = features;
  features += static_cast<int>(phrases.size());
  const int first_wildcard = features;
  for (const std::string& w : terms.wildcards) filter.add(w);
  features += static_cast<int>(terms.wildcards.size());

  // Each distinct word of the text folded and stemmed once; words that cannot match
  // (WordFilter) are never stemmed, and most are not even folded.
  struct Match {
    int stem = -1;      // stem id, or -1
    int wildcard = -1;  // feature of the first wildcard matching, or -1
  };
  std::unordered_map<std::string_view, Match> seen;  // by the word as written
  std::unordered_map<std::string, Match> folded;     // by the word folded
  const auto match_of = [&](std::string_view raw) -> Match {
    // Most words are ASCII and start with a letter no stem starts with, or two: no look-up
    // at all. (A word of ASCII letters and digits folds to itself in lower case.)
    const char c0 = raw[0];
    if (features == 0 || (!stem_every_word && static_cast<unsigned char>(c0) < 0x80 &&
                          !filter.may_start(static_cast<unsigned char>(is_upper(c0) ? c0 - 'A' + 'a' : c0)))) {
      return {};
    }
    if (!stem_every_word && std::all_of(raw.begin(), raw.end(), is_alnum) &&
        !filter.may_match(ascii::lower(raw.substr(0, 2)))) {
      return {};
    }
    const auto [it, added] = seen.try_emplace(raw);
    if (added) {
      std::string word = normalized(raw);
      if (!word.empty() && (stem_every_word || filter.may_stem_to(word))) {
        const auto [f, new_word] = folded.try_emplace(std::move(word));
        if (new_word) {
          const std::string stem = stemmer(f->first);
          if (auto s = stem_ids.find(stem); s != stem_ids.end()) f->second.stem = s->second;
          for (std::size_t w = 0; w < terms.wildcards.size(); ++w) {
            if (stem.starts_with(terms.wildcards[w])) {
              f->second.wildcard = first_wildcard + static_cast<int>(w);
              break;
            }
          }
        }
        it->second = f->second;
      }
    }
    return it->second;
  };
  const auto starts_phrase = [&](const Match& m) {
    return m.stem >= 0 && std::any_of(phrases.begin(), phrases.end(), [&](const std::vector<int>& ids) {
             return !ids.empty() && ids[0] == m.stem;
           });
  };

  // The words looked at: every word of the text (`every_word`), or only those around the
  // words that can match, found without splitting the rest of the text: a word can only
  // match when its first byte can (WordFilter::may_start) or is not ASCII, and the scanner
  // jumps to just after the last byte that ends every word before such a byte. That needs
  // the text to be UTF-8 as WordScanner decodes it (each byte from 0x80 up a lead byte
  // followed by its continuation bytes: then no ASCII byte is inside a character, and
  // characters are counted by their first bytes); when it is not, every word is looked at
  // after all. After a word that starts a phrase the scanner reads on word by word.
  // `gap_before[i]`: words were skipped between words[i - 1] and words[i].
  bool every_word = stem_every_word || features == 0;
  std::vector<Word> words;
  std::vector<Match> matches;
  std::vector<char> gap_before;
  if (!every_word) {
    WordScanner scanner(text);
    bool gap = false;
    std::size_t read_on = 0;  // words to read after a phrase's first word before a jump
    const auto read = [&]() {
      Word w;
      if (!scanner.next(w)) return false;
      words.push_back(w);
      gap_before.push_back(gap);
      gap = false;
      matches.push_back(match_of(w.raw));
      if (starts_phrase(matches.back())) {
        read_on = longest_phrase - 1;
      } else if (read_on > 0) {
        --read_on;
      }
      return true;
    };
    // Reads the words up to the one at or after byte `p`, `chars` characters into the text.
    const auto visit = [&](std::size_t p, std::size_t chars) {
      std::size_t q = p;
      back_to_word_start(text, scanner.position(), q, chars);
      if (q > scanner.position() && read_on == 0) {
        scanner.jump(q, chars);
        gap = true;
      }
      while (scanner.position() <= p && read()) {
      }
    };
    // The bytes that need a look: those a match can start with, and all from 0x80 up.
    std::array<bool, 256> look{};
    for (int c = 0; c < 256; ++c) {
      look[static_cast<std::size_t>(c)] = c >= 0x80 || filter.may_start_written(static_cast<unsigned char>(c));
    }
    std::size_t continuation = 0;  // continuation bytes before byte p
    for (std::size_t p = 0; p < text.size();) {
      while (p < text.size() && !look[static_cast<unsigned char>(text[p])]) ++p;
      if (p == text.size()) break;
      const auto c = static_cast<unsigned char>(text[p]);
      if (c < 0x80) {
        // An ASCII letter or digit always continues the word of the one before it, so a
        // word starts here only after some other byte, and nowhere in the rest of the run.
        if (p >= scanner.position() && (p == 0 || !is_alnum(text[p - 1]))) visit(p, p - continuation);
        ++p;
        while (is_alnum(static_cast<char>(c)) && p < text.size() && is_alnum(text[p])) ++p;
        continue;
      }
      const std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
      bool clean = c >= 0xC0 && p + len <= text.size();
      for (std::size_t k = 1; clean && k < len; ++k) {
        clean = !starts_character(static_cast<unsigned char>(text[p + k]));
      }
      if (!clean) {
        every_word = true;
        break;
      }
      if (p >= scanner.position()) visit(p, p - continuation);
      p += len;
      continuation += len - 1;
    }
    while (!every_word && read_on > 0 && read()) {
    }
  }
  if (every_word) {
    words = split_words(text);
    gap_before.assign(words.size(), 0);
    matches.clear();
    for (const Word& w : words) matches.push_back(match_of(w.raw));
  }

  std::vector<Event> events;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Match& m = matches[i];
    if (m.stem >= 0 && term_feature[static_cast<std::size_t>(m.stem)] >= 0) {
      events.push_back({i, i, term_feature[static_cast<std::size_t>(m.stem)]});
    }
    if (m.wildcard >= 0) events.push_back({i, i, m.wildcard});
    for (std::size_t p = 0; p < phrases.size(); ++p) {
      const std::vector<int>& ids = phrases[p];
      if (ids.empty() || m.stem != ids[0] || i + ids.size() > words.size()) continue;
      bool all = true;
      for (std::size_t k = 1; k < ids.size() && all; ++k) {
        all = !gap_before[i + k] && matches[i + k].stem == ids[k];
      }
      if (all) events.push_back({i, i + ids.size() - 1, first_phrase + static_cast<int>(p)});
    }
  }

  // The best window: starting at a match, holding the most distinct features, then the
  // most matches; the first such.
  std::size_t first = 0, last = 0;
  if (!events.empty()) {
    first = last = events[0].first;
    std::vector<std::size_t> stamp(static_cast<std::size_t>(features), 0);
    std::pair<std::size_t, std::size_t> best{0, 0};
    for (std::size_t e = 0; e < events.size(); ++e) {
      if (e > 0 && events[e - 1].first == events[e].first) continue;
      const std::size_t limit = words[events[e].first].cbegin + length;
      std::pair<std::size_t, std::size_t> score{0, 0};
      std::size_t end = events[e].first;
      for (std::size_t j = e; j < events.size() && words[events[j].first].cbegin < limit; ++j) {
        if (words[events[j].last].cend > limit) continue;
        auto& s = stamp[static_cast<std::size_t>(events[j].feature)];
        if (s != e + 1) {
          s = e + 1;
          ++score.first;
        }
        ++score.second;
        end = std::max(end, events[j].last);
      }
      if (score > best) {
        best = score;
        first = events[e].first;
        last = end;
      }
    }
  }

  std::vector<std::pair<std::size_t, std::size_t>> spans;
  if (every_word) {
    for (const Event& ev : events) spans.emplace_back(ev.first, ev.last);
    return cut(text, words, first, last, !events.empty(), length, spans);
  }

  // The words around the passage, all of them: from a word that starts more than the lead
  // before it (cut() goes back no further), or from the text's start, to one past the room.
  std::size_t from = 0, from_chars = 0;  // where to split from
  if (!events.empty()) {
    const Word& fw = words[first];
    const std::size_t span = words[last].cend - fw.cbegin;
    const std::size_t lead = length > span ? (length - span) / 3 : 0;
    if (fw.cbegin > lead) {
      // Back `lead` characters and one more, then to a position where no word is open; when
      // no word starts between there and the lead, from the text's start.
      std::size_t p = fw.begin, chars = fw.cbegin;
      while (p > 0 && chars + lead + 1 > fw.cbegin) {
        --p;
        chars -= starts_character(static_cast<unsigned char>(text[p]));
      }
      back_to_word_start(text, 0, p, chars);
      WordScanner probe(text);
      probe.jump(p, chars);
      Word w;
      if (probe.next(w) && w.cbegin + lead < fw.cbegin) {
        from = p;
        from_chars = chars;
      }
    }
  }
  std::vector<Word> around;
  WordScanner scanner(text);
  scanner.jump(from, from_chars);
  std::size_t first_around = 0, last_around = 0;
  const std::size_t first_begin = events.empty() ? 0 : words[first].begin;
  const std::size_t last_begin = events.empty() ? 0 : words[last].begin;
  for (Word w; scanner.next(w);) {
    around.push_back(w);
    if (w.begin == first_begin) first_around = around.size() - 1;
    if (w.begin == last_begin) last_around = around.size() - 1;
    if (w.begin >= last_begin) break;
  }
  // cut() needs the words up to the first past its room counted from where the snippet
  // starts, which is not after the passage's first word.
  if (!around.empty()) {
    const std::size_t start = around[first_around].cbegin;
    for (Word w; around.size() <= last_around + 1 || around.back().cend - start <= length;) {
      if (!scanner.next(w)) break;
      around.push_back(w);
    }
  }
  for (const Event& ev : events) {
    const auto index = [&](std::size_t i) {
      return static_cast<std::size_t>(
          std::lower_bound(around.begin(), around.end(), words[i].begin,
                           [](const Word& w, std::size_t b) { return w.begin < b; }) -
          around.begin());
    };
    const std::size_t a = index(ev.first), z = index(ev.last);
    if (z < around.size() && around[a].begin == words[ev.first].begin &&
        around[z].begin == words[ev.last].begin) {
      spans.emplace_back(a, z);
    }
  }
  return cut(text, around, first_around, last_around, !events.empty(), length, spans);
}

}  // namespace

Snippet make_snippet(std::string_view text, const HighlightTerms& terms,
                     const Xapian::Stem& stemmer, std::size_t length) {
  return snippet(text, terms, stemmer, length, /*stem_every_word=*/false);
}

Snippet make_snippet_stemming_every_word(std::string_view text, const HighlightTerms& terms,
                                         const Xapian::Stem& stemmer, std::size_t length) {
  return snippet(text, terms, stemmer, length, /*stem_every_word=*/true);
}

}  // namespace news
