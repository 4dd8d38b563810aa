#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "newskg/ingest/ingest.hpp"

using namespace newskg;
using namespace newskg::ingest;

namespace {
struct Collect final : DiagnosticSink {
  std::vector<Diagnostic> items;
  void report(const Diagnostic& d) override { items.push_back(d); }
};

Metadata dated(std::string date) {
  Metadata metadata;
  metadata.date = std::move(date);
  return metadata;
}

Metadata titled(std::string title) {
  Metadata metadata;
  metadata.title = std::move(title);
  return metadata;
}

Article article_of(std::string text, Metadata metadata = {}) {
  Collect diagnostics;
  return make_article(text, std::move(metadata), {"test.txt", 0}, IngestOptions{}, diagnostics);
}
}  // namespace

TEST_CASE("datelines of the common agencies") {
  struct Case {
    std::string text, place, agency;
    int month, day;
  };
  const Case cases[] = {
      {"MOSCOW, December 10. /TASS/. Provision of", "Moscow", "TASS", 12, 10},
      {"LONDON, Jan 21 (Reuters) - Britain said", "London", "Reuters", 1, 21},
      {"WASHINGTON (AP) \xE2\x80\x94 The White House", "Washington", "AP", 0, 0},
      {"BEIJING, Dec. 10 (Xinhua) -- China and", "Beijing", "Xinhua", 12, 10},
      {"BRUSSELS (Reuters) - Senior EU diplomats", "Brussels", "Reuters", 0, 0},
      {"(AP) \xE2\x80\x93 The White House says", "", "AP", 0, 0},
      {"IGORA /Leningrad Region/, December 26. /TASS/. Presidents", "Igora", "TASS", 12, 26},
      {"NEW YORK, Sept. 3 (AFP) - Stocks", "New York", "AFP", 9, 3},
      {"ST. PETERSBURG, June 4. /TASS/. The forum", "St. Petersburg", "TASS", 6, 4},
      {"Geneva, March 3 (Xinhua) -- Talks", "Geneva", "Xinhua", 3, 3},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto dateline = parse_dateline(c.text);
    REQUIRE(dateline);
    CHECK(dateline->place_name == c.place);
    CHECK(std::string(dateline->agency.of(c.text)) == c.agency);
    CHECK(dateline->month == c.month);
    CHECK(dateline->day == c.day);
  }
}

TEST_CASE("ordinary sentences are not datelines") {
  for (std::string text : {"Moscow said on Friday that talks would go on.", "US Secretary of State Antony Blinken held talks",
                           "Russia, China and India agreed", "The below is attributable to Spokesperson Ned Price:",
                           "NATO said nothing.", "EU backs four-way Ukraine talks"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_dateline(text));
  }
}

TEST_CASE("boilerplate before the headline is skipped; standfirst and body found") {
  Article article = article_of(
      "All news\n\nRussia-US group can consider NATO non-expansion\n\nAccording to the minister, it "
      "works.\n\nMOSCOW, December 10. /TASS/. Provision of security guarantees.\n\nSecond paragraph.\n",
      dated("2021-12-10"));
  CHECK(std::string(article.headline.of(article.text)) == "Russia-US group can consider NATO non-expansion");
  CHECK(article.title == "Russia-US group can consider NATO non-expansion");
  CHECK(std::string(article.standfirst.of(article.text)) == "According to the minister, it works.");
  REQUIRE(article.dateline);
  CHECK(article.dateline->place_name == "Moscow");
  CHECK(std::string(article.body.of(article.text)).rfind("MOSCOW, December 10.", 0) == 0);
  CHECK(article.date == "2021-12-10");
}

TEST_CASE("the metadata title locates the headline even after unknown boilerplate") {
  Article article = article_of("Menu item\nSomething else\nThe real headline\nBody text here.",
                               titled("The real headline"));
  CHECK(std::string(article.headline.of(article.text)) == "The real headline");
}

TEST_CASE("a crawler's title kept apart from a text that opens with the lead paragraph: no headline in the text") {
  const std::string body =
      "OSLO, May 6 (Reuters) - Norwegian Foreign Minister Lena Holm met her Peruvian counterpart in Oslo on "
      "Monday to discuss fisheries.\n\nThe two ministers also spoke about trade.\n";
  Article article = article_of(body, titled("Norway and Peru hold fisheries talks"));
  CHECK(article.headline.empty());
  CHECK(article.title == "Norway and Peru hold fisheries talks");
  REQUIRE(article.dateline);
  CHECK(article.dateline->place_name == "Oslo");
  CHECK(article.body.begin == 0);
  // The same text without a title: its first line is the headline, as in a plain-text article.
  CHECK(std::string(article_of(body).headline.of(article.text)).rfind("OSLO, May 6", 0) == 0);
  // A title not found in a text whose first line reads as a headline: that line stays the headline.
  Article short_first = article_of("Norway, Peru hold talks\n\nThe ministers met in Oslo on Monday.\n",
                                   titled("Norway and Peru hold fisheries talks | Wire"));
  CHECK(std::string(short_first.headline.of(short_first.text)) == "Norway, Peru hold talks");
  // A paragraph needs twelve words or more and a final stop: a short question stays the headline.
  Article question = article_of("Will Norway and Peru agree?\n\nThe ministers met in Oslo on Monday.\n",
                                titled("Talks in Oslo"));
  CHECK(std::string(question.headline.of(question.text)) == "Will Norway and Peru agree?");
}

TEST_CASE("a dateline with month and day but no date warns and leaves the article undated") {
  Collect diagnostics;
  Article article = make_article("Headline\n\nMOSCOW, December 10. /TASS/. Text.", {}, {"a.txt", 0},
                                 IngestOptions{}, diagnostics);
  CHECK(article.date.empty());
  REQUIRE(diagnostics.items.size() == 1);
  CHECK(diagnostics.items[0].message.find("--date") != std::string::npos);
  CHECK(diagnostics.items[0].where.file == "a.txt");
}

TEST_CASE("bad input: empty, oversized, invalid UTF-8, bad dates") {
  Collect diagnostics;
  CHECK_THROWS_AS(make_article(" \n\t\n", {}, {"e.txt", 0}, IngestOptions{}, diagnostics), Error);
  IngestOptions small;
  small.max_article_bytes = 10;
  CHECK_THROWS_WITH_AS(make_article("Headline that is long", {}, {"big.txt", 0}, small, diagnostics),
                       doctest::Contains("over the limit"), Error);

  Article repaired = make_article("Head\xFFline\n\nBody \xC3\x28 here", {}, {"u.txt", 0}, IngestOptions{}, diagnostics);
  CHECK(repaired.title == "Head\xEF\xBF\xBDline");
  CHECK(diagnostics.items.back().message.find("invalid UTF-8") != std::string::npos);

  Article undated = make_article("Headline\n\nBody.", dated("2021-13-45"), {"d.txt", 0}, IngestOptions{},
                                 diagnostics);
  CHECK(undated.date.empty());
  Article timestamped = make_article("Headline\n\nBody.", dated("2021-12-10T08:30:00Z"), {"t.txt", 0},
                                     IngestOptions{}, diagnostics);
  CHECK(timestamped.date == "2021-12-10");
}

TEST_CASE("JSON Lines: each line an article, a bad line reported with its number and skipped") {
  std::string path = "test_ingest_sample.jsonl";
  {
    std::ofstream out(path);
    out << R"({"id":"a","url":"https://example.org/a","date":"2021-12-10","title":"First","text":"First\n\nBody one."})" << "\n";
    out << "\n";
    out << R"({"id":"b", "text": )" << "\n";
    out << R"({"id":"c","text":"Third\n\nBody three.","date":null})" << "\n";
    out << R"({"id":"d"})" << "\n";
    out << R"([1,2])" << "\n";
  }
  Collect diagnostics;
  auto source = open_source(path, IngestOptions{}, diagnostics);
  std::vector<std::string> ids;
  std::vector<std::size_t> failed_lines;
  while (auto item = source->next()) {
    if (auto* article = std::get_if<Article>(&*item)) ids.push_back(article->id);
    else failed_lines.push_back(std::get<Error>(*item).where().line);
  }
  CHECK(ids == std::vector<std::string>{"a", "c"});
  CHECK(failed_lines == std::vector<std::size_t>{3, 5, 6});
  std::remove(path.c_str());
}

TEST_CASE("command-line metadata: overrides win, fallback fills gaps") {
  std::string path = "test_ingest_meta.jsonl";
  {
    std::ofstream out(path);
    out << R"({"date":"2020-01-02","url":"https://example.org/x","text":"Head\n\nBody."})" << "\n";
    out << R"({"text":"Head\n\nBody."})" << "\n";
  }
  Collect diagnostics;
  IngestOptions options;
  options.fallback.date = "2021-12-10";
  options.overrides.url = "";
  auto source = open_source(path, options, diagnostics);
  auto first = std::get<Article>(*source->next());
  auto second = std::get<Article>(*source->next());
  CHECK(first.date == "2020-01-02");
  CHECK(first.url.empty());
  CHECK(second.date == "2021-12-10");
  std::remove(path.c_str());
}

TEST_CASE("month names and ISO dates") {
  CHECK(month_from_name("December") == 12);
  CHECK(month_from_name("Dec.") == 12);
  CHECK(month_from_name("Sept") == 9);
  CHECK(month_from_name("May") == 5);
  CHECK(month_from_name("Ma") == 0);
  CHECK(month_from_name("Decembers") == 0);
  CHECK(is_iso_date("2024-02-29"));
  CHECK_FALSE(is_iso_date("2023-02-29"));
  CHECK_FALSE(is_iso_date("2021-1-01"));
}
