#include <doctest/doctest.h>

#include "newskg/text/document.hpp"

using namespace newskg::text;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
  Document doc = analyse(text, 0, text.size());
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
std::vector<std::string> quotes_of(const std::string& text, int depth = 0) {
  Document doc = analyse(text, 0, text.size());
  std::vector<std::string> out;
  for (const auto& q : doc.quotations)
    if (q.depth == depth) out.emplace_back(text.substr(q.begin, q.end - q.begin));
  return out;
}
std::vector<std::string> tokens_of(const std::string& text) {
  Document doc = analyse(text, 0, text.size());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}
}  // namespace

TEST_CASE("tokens keep abbreviations, initialisms, hyphenated words and possessives") {
  CHECK(tokens_of("Mr. Lavrov met U.S. officials on Dec. 10.") ==
        std::vector<std::string>{"Mr.", "Lavrov", "met", "U.S.", "officials", "on", "Dec.", "10", "."});
  CHECK(tokens_of("NATO's non-expansion, Russia\xE2\x80\x99s view") ==
        std::vector<std::string>{"NATO", "'s", "non-expansion", ",", "Russia", "\xE2\x80\x99s", "view"});
  CHECK(tokens_of("O'Brien paid $1,000.50") == std::vector<std::string>{"O'Brien", "paid", "$", "1,000.50"});
}

TEST_CASE("sentences survive abbreviations and initials") {
  CHECK(sentences_of("Mr. Lavrov met U.S. officials on Dec. 10 in Geneva. They talked. J. Smith said so.") ==
        std::vector<std::string>{"Mr. Lavrov met U.S. officials on Dec. 10 in Geneva.", "They talked.",
                                 "J. Smith said so."});
  CHECK(sentences_of("He said: \"We agree.\" Then he left.\nA new line") ==
        std::vector<std::string>{"He said: \"We agree.\"", "Then he left.", "A new line"});
}

TEST_CASE("quotations: straight, curly, guillemets, nested, continued") {
  CHECK(quotes_of("Ryabkov said: \"We proceed from this.\"") == std::vector<std::string>{"We proceed from this."});
  CHECK(quotes_of("He said \xE2\x80\x9Cyes\xE2\x80\x9D and \xC2\xABno\xC2\xBB.") ==
        std::vector<std::string>{"yes", "no"});
  std::string nested = "\"It is called \"actions that matter.\" You see,\" he said.";
  CHECK(quotes_of(nested) == std::vector<std::string>{"It is called \"actions that matter.\" You see,"});
  CHECK(quotes_of(nested, 1) == std::vector<std::string>{"actions that matter."});
  std::string continued = "\"First part of it.\n\n\"Second part,\" he said.";
  Document doc = analyse(continued, 0, continued.size());
  REQUIRE(doc.quotations.size() == 2);
  CHECK_FALSE(doc.quotations[0].closed);
  CHECK(doc.quotations[1].continues_previous);
  CHECK(quotes_of("The country\xE2\x80\x99s \xE2\x80\x98shadow fleet\xE2\x80\x99 grows") ==
        std::vector<std::string>{"shadow fleet"});
}

TEST_CASE("all-caps and title-case sentences are flagged") {
  std::string text = "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nPutin And Biden Spoke By Phone\nThe talks went on.";
  Document doc = analyse(text, 0, text.size());
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].all_caps);
  CHECK(doc.sentences[1].title_case);
  CHECK_FALSE(doc.sentences[2].title_case);
  CHECK_FALSE(doc.sentences[2].all_caps);
}

TEST_CASE("a text without a headline (no_headline) has no title-case sentence") {
  std::string text = "Foreign Minister Lena Holm Of Norway Met Minister Tomas Reyes In Oslo.";
  CHECK(analyse(text, 0, text.size()).sentences.at(0).title_case);  // 0: not known, may be a headline
  CHECK_FALSE(analyse(text, 0, text.size(), no_headline).sentences.at(0).title_case);
}

TEST_CASE("folded: the analysed region lower-cased (ASCII) at the text's offsets") {
  std::string text = "HEADLINE\nThe Ministry SAID: \xC3\x89lys\xC3\xA9" "e Talks.";
  std::size_t begin = text.find('\n') + 1;
  Document doc = analyse(text, begin, text.size());
  CHECK(doc.folded_begin == begin);
  CHECK(doc.folded.size() == text.size() - begin);
  std::vector<std::string> folded;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    CHECK(doc.folded_token(i).size() == doc.token_text(i).size());
    folded.emplace_back(doc.folded_token(i));
  }
  // Only ASCII letters change: "\xC3\x89" (E acute) is kept, as text::lower_ascii keeps it.
  CHECK(folded == std::vector<std::string>{"the", "ministry", "said", ":", "\xC3\x89lys\xC3\xA9" "e", "talks", "."});
  CHECK(doc.folded_text(doc.tokens[1].begin, doc.tokens[2].end) == "ministry said");
}
