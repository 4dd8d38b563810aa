// The dependency structure of an article's sentences as the event finders
// read it: words indexed across the article, their heads, children,
// relations, tags and lemmas, and the map between words and the text
// layer's tokens (which the recogniser and the finders use).
//
//   Tree tree = Tree::parse(doc, wanted);     // wanted[sentence]; all when empty
//   std::size_t verb = tree.word_of(token);   // Tree::none when not parsed
//   for (std::uint32_t child : tree.children(verb))
//     if (tree.relation(child) == "nsubj") ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "newskg/syntax/parser.hpp"
#include "newskg/text/document.hpp"

namespace newskg::extract {

class Tree {
 public:
  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  // Parses the sentences of `doc` with wanted[sentence] set (every sentence
  // when `wanted` is empty) with the embedded model; one parser per thread,
  // its buffers reused from article to article.
  // The tokens inside `omitted` (the dateline) have no word.
  static Tree parse(const text::Document& doc, const std::vector<bool>& wanted = {},
                    syntax::Omitted omitted = {});
  // A tree of nothing: every query answers none / empty.
  Tree() = default;

  std::size_t word_count() const noexcept { return analysis_.words.size(); }
  bool parsed(std::size_t sentence) const noexcept {
    return sentence < sentence_first_word_.size() && sentence_first_word_[sentence] != none;
  }

  // The word that heads the token's words (for "Russia's": "Russia"), or none
  // when the token's sentence was not parsed.
  std::size_t word_of(std::size_t token) const noexcept {
    return token < word_of_token_.size() ? word_of_token_[token] : none;
  }
  std::size_t token_of(std::size_t word) const noexcept { return analysis_.words[word].token; }
  // The head word, or none for a sentence root.
  std::size_t head(std::size_t word) const noexcept { return head_[word]; }
  std::span<const std::uint32_t> children(std::size_t word) const noexcept {
    return {children_.data() + child_begin_[word], children_.data() + child_begin_[word + 1]};
  }
  // The UD relation with its subtype ("nsubj:pass"), and its universal part ("nsubj").
  std::string_view relation(std::size_t word) const noexcept;
  std::string_view base_relation(std::size_t word) const noexcept;
  std::string_view upos(std::size_t word) const noexcept;
  std::string_view xpos(std::size_t word) const noexcept;  // Penn tag: "VBD", "VB"
  std::string_view lemma(std::size_t word) const noexcept { return analysis_.lemma(analysis_.words[word]); }
  std::string_view form(std::size_t word) const noexcept { return analysis_.words[word].form; }
  // The form with ASCII letters lower-cased, read from the folded text of `doc`,
  // the document the tree was parsed from (Document::folded).
  std::string_view folded_form(const text::Document& doc, std::size_t word) const {
    const syntax::Word& w = analysis_.words[word];
    return doc.folded_text(w.begin, w.end);
  }

  // Tokens [first, end) covered by the subtree of `word`.
  std::pair<std::size_t, std::size_t> token_span(std::size_t word) const noexcept;
  // Whether `ancestor` dominates `word` (or is it).
  bool dominates(std::size_t ancestor, std::size_t word) const noexcept;
  // The first child of `word` with base relation `relation`, or none.
  std::size_t child(std::size_t word, std::string_view relation) const noexcept;

  const syntax::Analysis& analysis() const noexcept { return analysis_; }

 private:
  void index(const text::Document& doc);

  std::shared_ptr<const syntax::Model> model_;
  syntax::Analysis analysis_;
  std::vector<std::size_t> word_of_token_;
  std::vector<std::size_t> sentence_first_word_;  // per text sentence, or none
  std::vector<std::size_t> head_;
  std::vector<std::uint32_t> child_begin_;  // word_count + 1 offsets into children_
  std::vector<std::uint32_t> children_;     // in word order
  std::vector<std::uint32_t> span_first_, span_end_;  // token span of each subtree
};

}  // namespace newskg::extract
