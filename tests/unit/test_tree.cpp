// The extractor's view of the dependency structure: words mapped back to the
// text layer's tokens, heads, children and subtree spans that agree.

#include <doctest/doctest.h>

#include <string>

#include "newskg/extract/tree.hpp"
#include "newskg/text/document.hpp"

using namespace newskg;

namespace {

std::size_t token_index(const text::Document& doc, std::string_view form) {
  for (std::size_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.token_text(t) == form) return t;
  return doc.tokens.size();
}

}  // namespace

TEST_CASE("tree: words, heads and spans agree with the text layer's tokens") {
  std::string text = "Putin held talks with Erdogan in Ankara on Friday. The well-known proposal was not discussed.";
  text::Document doc = text::analyse(text, 0, text.size());
  extract::Tree tree = extract::Tree::parse(doc);
  REQUIRE(doc.sentences.size() == 2);
  CHECK(tree.parsed(0));
  CHECK(tree.parsed(1));

  std::size_t held = tree.word_of(token_index(doc, "held"));
  REQUIRE(held != extract::Tree::none);
  CHECK(tree.head(held) == extract::Tree::none);
  CHECK(tree.upos(held) == "VERB");
  CHECK(tree.lemma(held) == "hold");
  std::size_t subject = tree.child(held, "nsubj");
  REQUIRE(subject != extract::Tree::none);
  CHECK(doc.token_text(tree.token_of(subject)) == "Putin");
  // The root's subtree is its whole sentence.
  auto [first, end] = tree.token_span(held);
  CHECK(first == doc.sentences[0].first_token);
  CHECK(end == doc.sentences[0].end_token);

  // "well-known" is one token of three words; it stands for the one whose head is outside it.
  std::size_t compound_token = token_index(doc, "well-known");
  REQUIRE(compound_token < doc.tokens.size());
  std::size_t known = tree.word_of(compound_token);
  REQUIRE(known != extract::Tree::none);
  CHECK(tree.form(known) == "known");
  CHECK(tree.token_of(known) == compound_token);

  for (std::size_t w = 0; w < tree.word_count(); ++w) {
    for (std::uint32_t c : tree.children(w)) CHECK(tree.head(c) == w);
    CHECK(tree.dominates(w, w));
    if (tree.head(w) != extract::Tree::none) {
      CHECK(tree.dominates(tree.head(w), w));
      auto [hf, he] = tree.token_span(tree.head(w));
      auto [cf, ce] = tree.token_span(w);
      CHECK(hf <= cf);
      CHECK(ce <= he);
    }
  }
}

TEST_CASE("tree: the dateline's tokens are left out of the sentence it opens") {
  std::string text = "OSLO, March 13 (Reuters) - Norway calls on Russia to release the crew.";
  text::Document doc = text::analyse(text, 0, text.size());
  std::size_t dateline_end = text.find("Norway");
  extract::Tree tree = extract::Tree::parse(doc, {}, {0, dateline_end});
  CHECK(tree.word_of(token_index(doc, "OSLO")) == extract::Tree::none);
  CHECK(tree.word_of(token_index(doc, "Reuters")) == extract::Tree::none);
  std::size_t calls = tree.word_of(token_index(doc, "calls"));
  REQUIRE(calls != extract::Tree::none);
  CHECK(tree.upos(calls) == "VERB");
  CHECK(tree.head(calls) == extract::Tree::none);  // the root
}

TEST_CASE("tree: sentences not wanted are not parsed") {
  std::string text = "Lavrov met Wang Yi. The weather was fine.";
  text::Document doc = text::analyse(text, 0, text.size());
  extract::Tree tree = extract::Tree::parse(doc, {true, false});
  CHECK(tree.parsed(0));
  CHECK_FALSE(tree.parsed(1));
  CHECK(tree.word_of(token_index(doc, "weather")) == extract::Tree::none);
  CHECK(tree.word_of(token_index(doc, "met")) != extract::Tree::none);
  extract::Tree empty;
  CHECK(empty.word_count() == 0);
  CHECK(empty.word_of(0) == extract::Tree::none);
  CHECK_FALSE(empty.parsed(0));
}
