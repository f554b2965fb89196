// The speaker alias table: grouping, canonical names, stability, queries, storage.
#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "aliases.h"
#include "news/speakers.h"
#include "schema.h"
#include "test_util.h"

namespace news {
namespace {

using Docs = std::vector<std::vector<std::string>>;

TEST(AliasTable, CanonicalIsFullestForm) {
  const Docs docs = {{"Alexander Grushko", "Jens Stoltenberg"},
                     {"Gruško", "Jens Stoltenberg"},
                     {"Alexander Gruško"},
                     {"Volodymyr Zelenskyy"},
                     {"Volodymyr Zelensky"},
                     {"Volodymyr Zelensky"},
                     {"Zelenskiy"},
                     {"Jake Sullivan"},
                     {"John Sullivan"},
                     {"Sullivan"},
                     {"Fomin"}};
  const AliasTable t = AliasTable::build(docs);
  const std::pair<const char*, const char*> cases[] = {
      {"Gruško", "Alexander Grushko"},       {"Alexander Gruško", "Alexander Grushko"},
      {"Zelenskiy", "Volodymyr Zelensky"},   {"Volodymyr Zelenskyy", "Volodymyr Zelensky"},
      {"Jake Sullivan", "Jake Sullivan"},    {"John Sullivan", "John Sullivan"},
      {"Sullivan", "Sullivan"},              {"Fomin", "Fomin"},
      {"Unknown Person", "Unknown Person"},
  };
  for (const auto& [name, want] : cases) EXPECT_EQ(t.canonical(name), want) << name;
}

TEST(AliasTable, FirstNameSpellingsAreOnePerson) {
  const AliasTable t = AliasTable::build({{"Aleksandr Grushko"},
                                          {"Alexander Grushko", "Mohammed bin Salman"},
                                          {"Muhammad bin Salman"},
                                          {"Mohammed bin Salman"},
                                          {"Volodymyr Zelensky"},
                                          {"Vladimir Zelensky"},
                                          {"Dafydd ap Rhys"},
                                          {"ap Rhys"}});
  const std::pair<const char*, const char*> cases[] = {
      {"Aleksandr Grushko", "Aleksandr Grushko"},     {"Alexander Grushko", "Aleksandr Grushko"},
      {"Muhammad bin Salman", "Mohammed bin Salman"}, {"Volodymyr Zelensky", "Volodymyr Zelensky"},
      {"Vladimir Zelensky", "Vladimir Zelensky"}, {"ap Rhys", "Dafydd ap Rhys"},
  };
  for (const auto& [name, want] : cases) EXPECT_EQ(t.canonical(name), want) << name;
  const auto keys = t.query_keys("alexandr grushko");
  EXPECT_NE(std::find(keys.begin(), keys.end(), speaker_key("Alexander Grushko")), keys.end());
}

// A surname alone that no full name ends in joins the one person whose first of two
// surnames it is; a middle given name does not count, and two such people leave it alone.
TEST(AliasTable, FirstOfTwoSurnamesJoinsItsPerson) {
  const AliasTable t = AliasTable::build({{"Begoña Castañeda Ruiz"},
                                          {"Castañeda"},
                                          {"María Fernanda Rivas de la Torre"},
                                          {"Rivas"},
                                          {"John Paul Jones"},
                                          {"Paul"},
                                          {"Ana Ortega Gil"},
                                          {"Luis Ortega Sanz"},
                                          {"Ortega"},
                                          {"Pedro Huerta"},
                                          {"Rodrigo Báez Huerta"},
                                          {"Báez"}});
  const std::pair<const char*, const char*> cases[] = {
      {"Castañeda", "Begoña Castañeda Ruiz"}, {"Rivas", "María Fernanda Rivas de la Torre"},
      {"Paul", "Paul"},                       {"Ortega", "Ortega"},
      {"Báez", "Rodrigo Báez Huerta"},        {"Pedro Huerta", "Pedro Huerta"},
  };
  for (const auto& [name, want] : cases) EXPECT_EQ(t.canonical(name), want) << name;
  const std::pair<const char*, const char*> finds[] = {
      {"castaneda", "Begoña Castañeda Ruiz"}, {"Castañeda", "Begoña Castañeda Ruiz"},
      {"RIVAS", "María Fernanda Rivas de la Torre"}, {"ortega", "Ana Ortega Gil"},
      {"ortega", "Luis Ortega Sanz"}};
  for (const auto& [query, name] : finds) {
    const auto keys = t.query_keys(query);
    EXPECT_NE(std::find(keys.begin(), keys.end(), speaker_key(name)), keys.end()) << query << " -> " << name;
  }
  for (const char* query : {"paul", "fernanda", "castaneda ruiz x"}) {
    const auto keys = t.query_keys(query);
    EXPECT_EQ(std::find(keys.begin(), keys.end(), speaker_key("John Paul Jones")), keys.end()) << query;
    EXPECT_EQ(std::find(keys.begin(), keys.end(), speaker_key("María Fernanda Rivas de la Torre")), keys.end())
        << query;
  }
}

// update_aliases() counts documents per name while streaming (build_from_counts) instead of
// keeping every document's list: the two ways give one table, a name twice in one document
// counting once.
TEST(AliasTable, CountsGiveTheSameTableAsDocuments) {
  const Docs docs = {{"Alexander Grushko", "Grushko", "Alexander Grushko"},
                     {"Gruško"},
                     {"Aleksandr Grushko"},
                     {"Jake Sullivan", "Sullivan"},
                     {"John Sullivan"},
                     {""}};
  std::map<std::string, std::size_t> counts = {{"Alexander Grushko", 1}, {"Grushko", 1},
                                               {"Gruško", 1},           {"Aleksandr Grushko", 1},
                                               {"Jake Sullivan", 1},    {"Sullivan", 1},
                                               {"John Sullivan", 1}};
  EXPECT_EQ(AliasTable::build_from_counts(counts).serialize(), AliasTable::build(docs).serialize());
  // Counts decide which spelling is canonical: two documents for "Aleksandr" change it.
  counts["Aleksandr Grushko"] = 2;
  Docs more = docs;
  more.push_back({"Aleksandr Grushko"});
  EXPECT_EQ(AliasTable::build_from_counts(counts).serialize(), AliasTable::build(more).serialize());
}

TEST(AliasTable, DeterministicAndOrderFree) {
  Docs docs = {{"Alexander Grushko"}, {"Gruško"}, {"Alexander Gruško"}, {"Jens Stoltenberg"}};
  const std::string a = AliasTable::build(docs).serialize();
  std::reverse(docs.begin(), docs.end());
  EXPECT_EQ(AliasTable::build(docs).serialize(), a);
  EXPECT_EQ(AliasTable::parse(a).serialize(), a);
  // Removing an article and adding it back gives the same table.
  Docs fewer(docs.begin() + 1, docs.end());
  fewer.push_back(docs.front());
  EXPECT_EQ(AliasTable::build(fewer).serialize(), a);
}

TEST(AliasTable, QueryKeysFindEveryForm) {
  const AliasTable t = AliasTable::build({{"Alexander Grushko"}, {"Gruško"}, {"Jake Sullivan"}});
  const std::string full = speaker_key("Alexander Grushko");
  for (const char* q : {"grushko", "Gruško", "alexander grushko", "ALEXANDER GRUŠKO"}) {
    const auto keys = t.query_keys(q);
    EXPECT_NE(std::find(keys.begin(), keys.end(), full), keys.end()) << q;
  }
  const auto none = t.query_keys("Nobody Known");
  EXPECT_EQ(none, std::vector<std::string>{speaker_key("Nobody Known")});
}

TEST(AliasTable, StoredInTheDatabase) {
  testing::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE_OR_OPEN);
  for (const char* list : {"Alexander Grushko\x1fJens Stoltenberg", "Gru\xC5\xA1ko"}) {
    Xapian::Document doc;
    doc.add_value(schema::kSlotSpeakers, list);
    db.add_document(doc);
  }
  EXPECT_TRUE(update_aliases(db));
  EXPECT_FALSE(update_aliases(db)) << "an unchanged table is not written again";
  db.commit();
  const AliasTable t = load_aliases(Xapian::Database((dir.path() / "db").string()));
  EXPECT_EQ(t.canonical("Gru\xC5\xA1ko"), "Alexander Grushko");
}

// A table as stored (sorted by name) is searched in its text; an unsorted text is parsed
// and sorted first. Both answer alike, for every name, the first and the last, names that
// are prefixes of others, and names before, between and after them.
TEST(AliasTable, SortedTextAndParsedLinesAgree) {
  const AliasTable built = AliasTable::build({{"Alexander Grushko", "Jens Stoltenberg"},
                                              {"Gru\xC5\xA1ko"},
                                              {"Alexander Gru\xC5\xA1ko"},
                                              {"Aaron Aa", "Aa"},
                                              {"Zoe Zz", "Zz", "Zelensky"},
                                              {"Jens", "Jens Stoltenberg Jr"}});
  std::string text = built.serialize();
  // The same lines backwards, with a line that is no name: parse() sorts and skips.
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::reverse(lines.begin(), lines.end());
  std::string reversed = "not a name\n";
  for (const std::string& l : lines) reversed += l + "\n";
  const AliasTable parsed = AliasTable::parse(reversed);
  EXPECT_EQ(parsed.serialize(), text);

  testing::TempDir dir;
  {
    Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata(std::string(schema::kAliasesKey), text);
    db.commit();
  }
  const AliasTable loaded = load_aliases(Xapian::Database((dir.path() / "db").string()));
  for (const char* name : {"", "A", "Aa", "Aaron Aa", "Aaron", "Alexander Grushko",
                           "Alexander Gru\xC5\xA1ko", "Gru\xC5\xA1ko", "Gru", "Jens",
                           "Jens Stoltenberg", "Jens Stoltenberg Jr", "Jens Stoltenberg J",
                           "Zelensky", "Zoe Zz", "Zz", "Zzz", "\xC3\xA9", "not a name"}) {
    EXPECT_EQ(built.canonical(name), parsed.canonical(name)) << name;
    EXPECT_EQ(loaded.canonical(name), parsed.canonical(name)) << name;
  }
  EXPECT_EQ(parsed.canonical("Gru\xC5\xA1ko"), "Alexander Grushko");
  EXPECT_EQ(parsed.canonical("not a name"), "not a name");
  EXPECT_FALSE(loaded.empty());
  EXPECT_TRUE(AliasTable().empty());
  EXPECT_EQ(AliasTable().canonical("Jens"), "Jens");
}

}  // namespace
}  // namespace news
