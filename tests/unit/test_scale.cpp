// Huge articles: work that grows with the article's size, not its square, and
// memory bounded by reading the text in pieces (ExtractLimits).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "newskg/error.hpp"
#include "newskg/extract/coreference.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"

using namespace newskg;
using namespace newskg::extract;

namespace {

// Two ministers named with their titles, then pointed back to as "the minister".
const std::string paragraph =
    "Foreign Minister Anna Kowalczyk met Defence Minister Piotr Zielinski in Warsaw on Monday. "
    "The minister said the talks had been useful.\n";

ingest::Article article_of(const std::string& text) {
  NullDiagnostics diagnostics;
  ingest::Metadata metadata;
  metadata.date = "2021-12-10";
  return ingest::make_article(text, metadata, {"test", 0}, {}, diagnostics);
}

Extraction run(const std::string& text, std::size_t piece_bytes) {
  NullDiagnostics diagnostics;
  return extract::extract(article_of(text), *lexicon::Knowledge::standard(), diagnostics, ExtractLimits{piece_bytes});
}

std::string repeated(const std::string& body, std::size_t times) {
  std::string text = "Ministers meet in Warsaw\n\n";
  for (std::size_t i = 0; i < times; ++i) text += body;
  return text;
}

const Entity* named(const Extraction& extraction, const std::string& name) {
  for (const auto& entity : extraction.entities)
    if (entity.name == name) return &entity;
  return nullptr;
}

std::size_t nominal_mentions(const Extraction& extraction) {
  std::size_t count = 0;
  for (const auto& entity : extraction.entities)
    count += static_cast<std::size_t>(std::count_if(entity.mentions.begin(), entity.mentions.end(), [](const Evidence& e) {
      return e.rule == "nominal-coreference";
    }));
  return count;
}

}  // namespace

TEST_CASE("coreference weighs candidates in proportion to the article, not its square") {
  // One piece, however long: the count of candidates weighed per role noun must
  // not grow with the number of mentions before it (the old scan looked back
  // over every earlier mention: 16 times the work for 4 times the text).
  auto weigh = [](std::size_t copies, std::size_t& nominals) {
    std::uint64_t before = nominal_candidates_weighed();
    Extraction extraction = run(repeated(paragraph, copies), std::size_t{1} << 30);
    CHECK(extraction.pieces == 1);
    nominals = nominal_mentions(extraction);
    return nominal_candidates_weighed() - before;
  };
  std::size_t small_nominals = 0, large_nominals = 0;
  std::uint64_t small = weigh(25, small_nominals);
  std::uint64_t large = weigh(100, large_nominals);
  REQUIRE(small_nominals == 25);  // each "the minister" resolved
  REQUIRE(large_nominals == 100);
  REQUIRE(small > 0);
  CHECK(large <= 5 * small);
}

TEST_CASE("a huge article is read in pieces that join into one extraction") {
  const std::size_t piece_bytes = 2048;
  std::string text = repeated(paragraph, 40);
  // Later pieces name her by surname alone, and repeat a quotation of the first.
  text += "\"We are ready to talk,\" Kowalczyk said.\n";
  text += repeated(paragraph, 10).substr(std::string("Ministers meet in Warsaw\n\n").size());
  text += "Kowalczyk visited Gdansk.\n\"We are ready to talk,\" Kowalczyk said.\n";
  Extraction pieces = run(text, piece_bytes);
  Extraction whole = run(text, std::size_t{1} << 30);
  CHECK(whole.pieces == 1);
  CHECK(pieces.pieces >= text.size() / piece_bytes);
  CHECK(pieces.pieces <= text.size() / (piece_bytes / 2) + 1);

  // One entity for her across the pieces, with every mention the whole reading finds.
  const Entity* kowalczyk = named(pieces, "Anna Kowalczyk");
  const Entity* whole_kowalczyk = named(whole, "Anna Kowalczyk");
  REQUIRE(kowalczyk);
  REQUIRE(whole_kowalczyk);
  CHECK(kowalczyk->mentions.size() == whole_kowalczyk->mentions.size());
  CHECK(std::count_if(pieces.entities.begin(), pieces.entities.end(), [](const Entity& e) {
          return e.name.find("Kowalczyk") != std::string::npos;
        }) == 1);
  // Sentences are numbered across the article: the last mention lies in its last sentences.
  std::size_t last_sentence = 0;
  for (const auto& mention : kowalczyk->mentions) last_sentence = std::max(last_sentence, mention.sentence);
  std::size_t whole_last = 0;
  for (const auto& mention : whole_kowalczyk->mentions) whole_last = std::max(whole_last, mention.sentence);
  CHECK(last_sentence == whole_last);
  CHECK(last_sentence > 100);
  // The roles found in every piece are one role, the statement said twice is one.
  CHECK(pieces.roles.size() == whole.roles.size());
  CHECK(pieces.statements.size() == whole.statements.size());
  CHECK(nominal_mentions(pieces) == nominal_mentions(whole));
  for (const auto& proposal : pieces.proposals)
    if (proposal.forum) CHECK(*proposal.forum < pieces.meetings.size());
}

TEST_CASE("a news article is read as one piece by default") {
  NullDiagnostics diagnostics;
  std::string text = repeated(paragraph, 200);  // 30 KB: longer than most articles
  Extraction extraction = extract::extract(article_of(text), *lexicon::Knowledge::standard(), diagnostics);
  CHECK(extraction.pieces == 1);
  CHECK(ExtractLimits{}.piece_bytes >= 256u << 10);
}
