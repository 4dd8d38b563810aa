#include <doctest/doctest.h>

#include "newskg/extract/dates.hpp"
#include "newskg/lexicon/knowledge.hpp"

using namespace newskg::extract;
using namespace newskg::text;

namespace {
struct Found {
  std::string text, value;
  Granularity granularity;
};
std::vector<Found> dates_in(const std::string& text, const std::string& anchor) {
  Document doc = analyse(text, 0, text.size());
  std::vector<Found> out;
  for (const auto& date : find_dates(doc, anchor, newskg::lexicon::Knowledge::standard()->speech_verbs)) {
    std::size_t begin = doc.tokens[date.first].begin, end = doc.tokens[date.end - 1].end;
    out.push_back({text.substr(begin, end - begin), date.value, date.granularity});
  }
  return out;
}
}  // namespace

TEST_CASE("date phrases resolve against the article date") {
  struct Case {
    const char* sentence;
    const char* anchor;
    const char* text;
    const char* value;
    Granularity granularity;
  };
  // 2021-12-10 is a Friday.
  const Case cases[] = {
      {"They spoke on Tuesday.", "2021-12-10", "Tuesday", "2021-12-07", Granularity::day},
      {"He said so on Friday.", "2021-12-10", "Friday", "2021-12-10", Granularity::day},
      {"He left on Saturday.", "2021-12-10", "Saturday", "2021-12-04", Granularity::day},
      {"They will meet on Monday.", "2021-12-10", "Monday", "2021-12-13", Granularity::day},
      // D1: a span of days is its first day.
      {"He will visit Angola on January 4-6.", "2021-12-10", "January 4-6", "2022-01-04", Granularity::day},
      {"The forum ran on December 2\xE2\x80\x93" "4.", "2021-12-10", "December 2", "2021-12-02", Granularity::day},
      {"Talks are set for Friday.", "2021-12-10", "Friday", "2021-12-10", Granularity::day},
      {"We meet next Friday.", "2021-12-10", "next Friday", "2021-12-17", Granularity::day},
      {"It happened last Friday.", "2021-12-10", "last Friday", "2021-12-03", Granularity::day},
      {"Signed on December 10.", "2021-12-10", "December 10", "2021-12-10", Granularity::day},
      {"Signed on Dec. 10, 2021.", "2022-03-01", "Dec. 10, 2021", "2021-12-10", Granularity::day},
      {"Signed on 10 December.", "2021-12-20", "10 December", "2021-12-10", Granularity::day},
      {"Signed on 10 December 2020.", "2021-12-20", "10 December 2020", "2020-12-10", Granularity::day},
      {"Filed 2021-12-10.", "2022-01-01", "2021-12-10", "2021-12-10", Granularity::day},
      {"Due on January 5.", "2021-12-20", "January 5", "2022-01-05", Granularity::day},
      {"Held on December 28.", "2022-01-03", "December 28", "2021-12-28", Granularity::day},
      {"They met in Geneva in June.", "2021-12-10", "June", "2021-06", Granularity::month},
      {"They met in December.", "2021-12-10", "December", "2021-12", Granularity::month},
      {"They met in December.", "2021-06-10", "December", "2020-12", Granularity::month},
      {"He will visit in January.", "2024-12-26", "January", "2025-01", Granularity::month},
      {"He will visit in January 2025.", "2024-12-26", "January 2025", "2025-01", Granularity::month},
      {"It was said yesterday.", "2021-12-10", "yesterday", "2021-12-09", Granularity::day},
      {"It is said today.", "2021-12-10", "today", "2021-12-10", Granularity::day},
      {"It comes tomorrow.", "2021-12-10", "tomorrow", "2021-12-11", Granularity::day},
      {"They talk later in the day.", "2021-12-10", "later in the day", "2021-12-10", Granularity::day},
      {"Moscow will respond, Zakharova said on Monday.", "2024-03-20", "Monday", "2024-03-18", Granularity::day},
      {"Putin will meet Tokayev in Astana, Kazakhstan, on Thursday.", "2024-06-03", "Thursday", "2024-06-06",
       Granularity::day},
      {"They met last week.", "2021-12-10", "last week", "2021-11-29", Granularity::week},
      {"They meet next month.", "2021-12-10", "next month", "2022-01", Granularity::month},
      {"It fell last month.", "2021-01-10", "last month", "2020-12", Granularity::month},
      {"It grew last year.", "2021-12-10", "last year", "2020", Granularity::year},
  };
  for (const auto& c : cases) {
    std::string context = std::string(c.sentence) + " @ " + c.anchor;
    INFO(context);
    auto found = dates_in(c.sentence, c.anchor);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == c.text);
    CHECK(found[0].value == c.value);
    CHECK(found[0].granularity == c.granularity);
  }
}

TEST_CASE("no anchor: only dates that carry their year") {
  CHECK(dates_in("They spoke on Tuesday.", "").empty());
  CHECK(dates_in("Signed on December 10, 2021.", "").at(0).value == "2021-12-10");
}

TEST_CASE("words that only look like dates") {
  CHECK(dates_in("Theresa May said so.", "2021-12-10").empty());
  CHECK(dates_in("Prices may rise in the march to power.", "2021-12-10").empty());
  CHECK(dates_in("He asked on February 30.", "2021-12-10").empty());
}

TEST_CASE("calendar arithmetic") {
  CHECK(weekday({2021, 12, 10}) == 4);  // Friday
  CHECK(weekday({2000, 1, 1}) == 5);    // Saturday
  CHECK(format_iso(civil_from_days(days_from_civil({2024, 2, 28}) + 1)) == "2024-02-29");
  CHECK(format_iso(civil_from_days(days_from_civil({2021, 1, 1}) - 1)) == "2020-12-31");
}
