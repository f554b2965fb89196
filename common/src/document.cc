#include "document.h"

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
  try {
    const json data = json::parse(doc.get_data());
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
