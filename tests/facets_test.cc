// Facet counting: the spies, the document-id windows a facet sample is taken from, and the
// scaled counts of a sample against the exact counts, on in-memory databases written here.
#include "facets.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "schema.h"

namespace news {
namespace {

// `n` documents; document i (from 0) is dated date_of(i) ("YYYYMMDD", "" for undated) and
// quotes speaker_of(i); every third one also holds the term "third".
template <typename DateOf, typename SpeakerOf>
Xapian::WritableDatabase facet_database(std::size_t n, DateOf date_of, SpeakerOf speaker_of) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (std::size_t i = 0; i < n; ++i) {
    Xapian::Document doc;
    doc.add_term("word");
    if (i % 3 == 0) doc.add_term("third");
    if (const std::string d = date_of(i); !d.empty()) doc.add_value(schema::kSlotDate, d);
    doc.add_value(schema::kSlotSpeakers, speaker_of(i));
    db.add_document(doc);
  }
  db.commit();
  return db;
}

std::string month_day(int month, std::size_t day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "2020%02d%02zu", month, day % 28 + 1);
  return buf;
}

std::vector<Xapian::docid> window_matches(const Xapian::Database& db, double fraction,
                                          std::size_t windows) {
  DocidWindows source(fraction, windows);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(&source));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  return out;
}

// The windows cover about the fraction asked for, in `windows` runs of consecutive ids
// spread from the first id to near the last, and covered_fraction() says how much exactly.
TEST(DocidWindows, CoverTheFractionAskedForSpreadOverEveryId) {
  const Xapian::WritableDatabase db = facet_database(
      1000, [](std::size_t) { return std::string(); },
      [](std::size_t) { return std::string("A"); });
  const struct {
    double fraction;
    std::size_t windows;
  } cases[] = {{0.1, 10}, {0.05, 64}, {0.5, 4}, {1.0, 8}, {0.001, 64}};
  for (const auto& c : cases) {
    const std::string label =
        "fraction " + std::to_string(c.fraction) + ", windows " + std::to_string(c.windows);
    const std::vector<Xapian::docid> ids = window_matches(db, c.fraction, c.windows);
    DocidWindows source(c.fraction, c.windows);
    source.init(db);
    EXPECT_DOUBLE_EQ(source.covered_fraction(), static_cast<double>(ids.size()) / 1000) << label;
    EXPECT_GE(ids.size(), static_cast<std::size_t>(c.fraction * 1000)) << label;
    EXPECT_LE(ids.size(), static_cast<std::size_t>(c.fraction * 1000) + c.windows) << label;
    ASSERT_FALSE(ids.empty()) << label;
    EXPECT_EQ(ids.front(), 1u) << label;
    std::size_t runs = 1;
    for (std::size_t i = 1; i < ids.size(); ++i) runs += ids[i] != ids[i - 1] + 1;
    EXPECT_LE(runs, c.windows) << label;
    if (c.fraction < 1.0) {
      EXPECT_GE(ids.back(), 1000 - 1000 / c.windows)
          << label << ": the last window is near the end";
    }
  }
}

// An archive indexed as it grows: month m's articles are documents 250m+1..250(m+1). A sample
// of 10% of the matches still sees every month, and the scaled counts are near the exact
// ones; a sample at least as large as the match set counts exactly.
TEST(CountFacets, SampleScaledCountsAreNearTheExactCounts) {
  const std::size_t n = 3000;
  const Xapian::WritableDatabase db = facet_database(
      n, [](std::size_t i) { return i % 10 == 7 ? std::string() : month_day(int(i / 250) + 1, i); },
      [](std::size_t i) {
        return i % 4 == 0 ? std::string("Ann Lee")
                          : "Bo Li" + std::string(1, schema::kListSeparator) + "Cy Ma";
      });
  const struct {
    std::string query;
    std::size_t sample;
    bool complete;
  } cases[] = {
      {"word", 0, true},     {"word", 300, false}, {"third", 100, false},
      {"third", 1000, true}, {"word", 3000, true},
  };
  for (const auto& c : cases) {
    const std::string label = c.query + ", sample " + std::to_string(c.sample);
    ListCountSpy all_speakers(schema::kSlotSpeakers);
    DateCountSpy all_dates(DateFacet::kMonth);
    const Xapian::Query query(c.query);
    const std::size_t total = db.get_termfreq(c.query);
    count_facets(db, query, {&all_speakers, &all_dates}, total, total, 0);
    ListCountSpy speakers(schema::kSlotSpeakers);
    DateCountSpy dates(DateFacet::kMonth);
    const FacetCounting counting =
        count_facets(db, query, {&speakers, &dates}, total, total, c.sample);
    EXPECT_EQ(counting.complete, c.complete) << label;
    if (c.complete) {
      EXPECT_EQ(counting.counted, total) << label;
      EXPECT_EQ(counting.scale, 1.0) << label;
    } else {
      EXPECT_LE(counting.counted, c.sample + c.sample / 5 + 64) << label;
      EXPECT_GE(counting.counted, c.sample - c.sample / 5) << label;
    }
    const auto exact_dates = all_dates.counts();
    const auto sampled_dates = dates.counts();
    ASSERT_EQ(sampled_dates.size(), exact_dates.size()) << label << ": every month seen";
    for (std::size_t i = 0; i < exact_dates.size(); ++i) {
      EXPECT_EQ(sampled_dates[i].value, exact_dates[i].value) << label;
      const double estimate =
          static_cast<double>(scaled_count(sampled_dates[i].count, counting.scale));
      EXPECT_NEAR(estimate, static_cast<double>(exact_dates[i].count),
                  0.35 * static_cast<double>(exact_dates[i].count))
          << label << ": " << exact_dates[i].value;
    }
    const auto exact_speakers = all_speakers.counts();
    for (const auto& [name, count] : speakers.counts()) {
      EXPECT_NEAR(static_cast<double>(scaled_count(count, counting.scale)),
                  static_cast<double>(exact_speakers.at(name)),
                  0.2 * static_cast<double>(exact_speakers.at(name)))
          << label << ": " << name;
    }
  }
}

TEST(ScaledCount, RoundsAndNeverLosesASeenValue) {
  const struct {
    std::size_t count;
    double scale;
    std::size_t expected;
  } cases[] = {{0, 10.0, 0}, {1, 1.0, 1}, {3, 2.5, 8}, {1, 0.2, 1}, {10, 1.04, 10}, {10, 1.06, 11}};
  for (const auto& c : cases) {
    EXPECT_EQ(scaled_count(c.count, c.scale), c.expected) << c.count << " x " << c.scale;
  }
}

}  // namespace
}  // namespace news
