#include "document.h"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "news/error.h"
#include "news/speakers.h"
#include "news/text.h"
#include "folding.h"
#include "schema.h"
#include "synonyms.h"

namespace news {

namespace {
using nlohmann::json;

std::string date_value(const std::string& iso) {  // "2021-12-17" -> "20211217"
  std::string v;
  for (char c : iso) {
    if (c != '-') v.push_back(c);
  }
  return v;
}

void add_boolean(Xapian::Document& doc, std::string_view field_name, std::string_view value) {
  if (value.empty()) return;
  doc.add_boolean_term(schema::make_term(schema::field(field_name).prefix, value));
}

// Reads the document data as make_document writes it (a flat object of strings, nulls and
// one array of strings) about ten times faster than a general JSON parser, which spent most
// of a hit's time copying the body one character at a time. Anything else (a key it does
// not know, a number) makes it give up, and the caller parses the data with nlohmann::json.
class FlatJsonReader {
 public:
  explicit FlatJsonReader(std::string_view text) : s_(text) {}

  // The object's fields into `out`; false when the data is not of that shape.
  bool read(StoredArticle& out) {
    bool path = false, title = false, date = false, url = false, speakers = false, text = false;
    if (!eat('{')) return false;
    std::string key, value;
    for (bool first = true;; first = false) {
      if (eat('}')) break;
      if ((!first && !eat(',')) || !string(key) || !eat(':')) return false;
      if (key == schema::data::kSpeakers) {
        if (!eat('[')) return false;
        out.speakers.clear();
        for (bool first_name = true; !eat(']'); first_name = false) {
          if ((!first_name && !eat(',')) || !string(value)) return false;
          out.speakers.push_back(value);
        }
        speakers = true;
        continue;
      }
      std::optional<std::string> v;
      if (!nullable_string(v)) return false;
      if (key == schema::data::kPath && v) {
        out.path = std::move(*v), path = true;
      } else if (key == schema::data::kTitle && v) {
        out.title = std::move(*v), title = true;
      } else if (key == schema::data::kDate) {
        out.date = std::move(v), date = true;
      } else if (key == schema::data::kUrl) {
        out.url = std::move(v), url = true;
      } else if (key == schema::data::kSource && v) {
        out.source = std::move(*v);
      } else if (key == schema::data::kText && v) {
        out.text = std::move(*v), text = true;
      } else {
        return false;
      }
    }
    skip_space();
    return i_ == s_.size() && path && title && date && url && speakers && text;
  }

 private:
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    skip_space();
    if (i_ >= s_.size() || s_[i_] != c) return false;
    ++i_;
    return true;
  }
  bool nullable_string(std::optional<std::string>& out) {
    skip_space();
    if (s_.substr(i_, 4) == "null") {
      i_ += 4;
      out.reset();
      return true;
    }
    out.emplace();
    return string(*out);
  }
  bool hex4(char32_t& cp) {
    if (i_ + 4 > s_.size()) return false;
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return false;
      cp = cp << 4 | static_cast<char32_t>(d);
    }
    return true;
  }
  bool string(std::string& out) {
    if (!eat('"')) return false;
    out.clear();
    for (;;) {
      std::size_t j = i_;
      while (j < s_.size() && kPlain[static_cast<unsigned char>(s_[j])]) ++j;
      out.append(s_, i_, j - i_);
      i_ = j;
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_++] == '"') return true;
      if (i_ >= s_.size()) return false;
      switch (const char e = s_[i_++]) {
        case '"': case '\\': case '/': out.push_back(e); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          char32_t cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00) {  // a surrogate pair
            char32_t low;
            if (s_.substr(i_, 2) != "\\u") return false;
            i_ += 2;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            return false;
          }
          append_code_point(out, cp);
          break;
        }
        default:
          return false;
      }
    }
  }

  // Bytes copied as they are inside a string: all but '"', '\\' and control characters.
  static constexpr auto kPlain = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 256; ++c) table[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return table;
  }();

  std::string_view s_;
  std::size_t i_ = 0;
};
}  // namespace

std::string host_of(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  url = url.substr(0, url.find(':'));
  std::string host = fold(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

Xapian::Document make_document(const Article& article, const FileIdentity& file,
                               Xapian::TermGenerator& termgen) {
  Xapian::Document doc;
  termgen.set_document(doc);
  // Folded text, so that matching ignores diacritics; snippets use the original text.
  const std::string title = fold_words(article.title);
  termgen.index_text(title, 1, std::string(schema::field("title").prefix));
  termgen.increase_termpos(schema::kFieldPositionGap);
  termgen.index_text(title, schema::kTitleWeight);
  termgen.increase_termpos(schema::kFieldPositionGap);
  termgen.index_text(fold_words(article.body));
  // Synonym groups found (NATO, "United States"), reached from any of their forms.
  for (const auto& [term, count] :
       SynonymTable::built_in().concept_terms(article.title + "\n" + article.body)) {
    doc.add_term(term, count);
  }

  doc.add_boolean_term(schema::id_term(file.path));
  std::string speaker_list;
  for (const std::string& name : article.speakers) {
    const std::string key = speaker_key(name);
    add_boolean(doc, "speaker", key);
    // The surname alone also finds the speaker: speaker:grushko.
    if (const auto space = key.rfind(' '); space != std::string::npos) {
      add_boolean(doc, "speaker", key.substr(space + 1));
    }
    if (!speaker_list.empty()) speaker_list.push_back(schema::kListSeparator);
    speaker_list += name;
  }
  doc.add_value(schema::kSlotSpeakers, speaker_list);
  if (article.date) {
    const std::string d = date_value(*article.date);
    doc.add_value(schema::kSlotDate, d);
    add_boolean(doc, "date", d);
  }
  if (!article.url.empty()) {
    add_boolean(doc, "url", article.url);
    add_boolean(doc, "site", host_of(article.url));
  }
  if (!article.source.empty()) add_boolean(doc, "source", fold(article.source));
  doc.add_value(schema::kSlotPath, file.path);
  doc.add_value(schema::kSlotFingerprint, file.fingerprint);
  doc.add_value(schema::kSlotContentHash, file.content_hash);

  json data = {
      {schema::data::kPath, file.path},
      {schema::data::kTitle, article.title},
      {schema::data::kDate, article.date ? json(*article.date) : json(nullptr)},
      {schema::data::kUrl, article.url.empty() ? json(nullptr) : json(article.url)},
      {schema::data::kSource, article.source},
      {schema::data::kSpeakers, article.speakers},
      {schema::data::kText, article.body},
  };
  doc.set_data(data.dump(-1, ' ', false, json::error_handler_t::replace));
  return doc;
}

StoredArticle read_stored(const Xapian::Document& doc) {
  const std::string bytes = doc.get_data();
  if (StoredArticle s; FlatJsonReader(bytes).read(s)) {
    // The value slot keeps the path's exact bytes (see below).
    if (std::string exact = doc.get_value(schema::kSlotPath); !exact.empty()) s.path = std::move(exact);
    return s;
  }
  try {
    const json data = json::parse(bytes);
    StoredArticle s;
    s.path = data.at(schema::data::kPath).get<std::string>();
    // The value slot keeps the path's exact bytes; JSON cannot hold a file name that is not
    // UTF-8 (it is stored there with U+FFFD in place of the bad bytes).
    if (std::string exact = doc.get_value(schema::kSlotPath); !exact.empty()) s.path = std::move(exact);
    s.title = data.at(schema::data::kTitle).get<std::string>();
    if (const auto& d = data.at(schema::data::kDate); !d.is_null()) s.date = d.get<std::string>();
    if (const auto& u = data.at(schema::data::kUrl); !u.is_null()) s.url = u.get<std::string>();
    s.source = data.value(schema::data::kSource, "");
    s.speakers = data.at(schema::data::kSpeakers).get<std::vector<std::string>>();
    s.text = data.at(schema::data::kText).get<std::string>();
    return s;
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kDatabaseCorrupt,
                "document " + std::to_string(doc.get_docid()) + " has malformed data: " + e.what(),
                "rebuild the database with: news-index --rebuild FOLDER...");
  }
}

}  // namespace news
