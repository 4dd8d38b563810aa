#include "newskg/extract/tree.hpp"

#include <algorithm>

namespace newskg::extract {

Tree Tree::parse(const text::Document& doc, const std::vector<bool>& wanted, syntax::Omitted omitted) {
  Tree tree;
  tree.model_ = syntax::Model::embedded();
  // A parser's buffers are worth keeping between articles; the model is shared.
  thread_local std::unique_ptr<syntax::Parser> parser;
  if (!parser || &parser->model() != tree.model_.get()) parser = std::make_unique<syntax::Parser>(tree.model_);
  parser->parse(doc, tree.analysis_, wanted, omitted);
  tree.index(doc);
  return tree;
}

void Tree::index(const text::Document& doc) {
  const auto& words = analysis_.words;
  const std::size_t n = words.size();
  word_of_token_.assign(doc.tokens.size(), none);
  sentence_first_word_.assign(doc.sentences.size(), none);
  head_.assign(n, none);
  for (const auto& sentence : analysis_.sentences) {
    if (sentence.text_sentence < sentence_first_word_.size() && sentence_first_word_[sentence.text_sentence] == none)
      sentence_first_word_[sentence.text_sentence] = sentence.first;
    for (std::size_t w = sentence.first; w < sentence.end; ++w) {
      std::size_t head = words[w].head;
      if (head != 0 && sentence.first + head - 1 < sentence.end && sentence.first + head - 1 != w)
        head_[w] = sentence.first + head - 1;
    }
  }
  // A token's word is the one whose head lies outside the token.
  auto head_inside_token = [&](std::size_t w) { return head_[w] != none && words[head_[w]].token == words[w].token; };
  for (std::size_t w = 0; w < n; ++w) {
    std::size_t token = words[w].token;
    if (token >= word_of_token_.size()) continue;
    std::size_t& chosen = word_of_token_[token];
    if (chosen == none || (head_inside_token(chosen) && !head_inside_token(w))) chosen = w;
  }
  // Subtree spans: children before their heads, deepest first. Depths are
  // memoised along each path; a malformed cycle is cut where it closes.
  constexpr std::uint32_t unknown = static_cast<std::uint32_t>(-1), visiting = unknown - 1;
  std::vector<std::uint32_t> depth(n, unknown);
  std::vector<std::size_t> path;
  for (std::size_t w = 0; w < n; ++w) {
    path.clear();
    std::size_t up = w;
    while (up != none && depth[up] == unknown) {
      depth[up] = visiting;
      path.push_back(up);
      up = head_[up];
    }
    std::uint32_t below = (up == none || depth[up] == visiting) ? 0 : depth[up] + 1;
    if (up != none && depth[up] == visiting) head_[path.back()] = none;  // cycle: its last word becomes a root
    for (auto it = path.rbegin(); it != path.rend(); ++it) depth[*it] = below++;
  }
  // Children lists (word order), by counting.
  child_begin_.assign(n + 1, 0);
  for (std::size_t w = 0; w < n; ++w)
    if (head_[w] != none) ++child_begin_[head_[w] + 1];
  for (std::size_t w = 0; w < n; ++w) child_begin_[w + 1] += child_begin_[w];
  children_.assign(child_begin_[n], 0);
  std::vector<std::uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (std::size_t w = 0; w < n; ++w)
    if (head_[w] != none) children_[fill[head_[w]]++] = static_cast<std::uint32_t>(w);
  std::vector<std::uint32_t> order(n);
  for (std::size_t w = 0; w < n; ++w) order[w] = static_cast<std::uint32_t>(w);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return depth[a] > depth[b]; });
  span_first_.resize(n);
  span_end_.resize(n);
  for (std::size_t w = 0; w < n; ++w) {
    span_first_[w] = words[w].token;
    span_end_[w] = words[w].token + 1;
  }
  for (std::uint32_t w : order) {
    std::size_t up = head_[w];
    if (up == none) continue;
    span_first_[up] = std::min(span_first_[up], span_first_[w]);
    span_end_[up] = std::max(span_end_[up], span_end_[w]);
  }
}

std::string_view Tree::relation(std::size_t word) const noexcept {
  return model_->deprel_name(analysis_.words[word].deprel);
}

std::string_view Tree::base_relation(std::size_t word) const noexcept {
  std::string_view full = relation(word);
  return full.substr(0, full.find(':'));
}

std::string_view Tree::upos(std::size_t word) const noexcept { return model_->upos_name(analysis_.words[word].upos); }
std::string_view Tree::xpos(std::size_t word) const noexcept { return model_->xpos_name(analysis_.words[word].xpos); }

std::pair<std::size_t, std::size_t> Tree::token_span(std::size_t word) const noexcept {
  return {span_first_[word], span_end_[word]};
}

bool Tree::dominates(std::size_t ancestor, std::size_t word) const noexcept {
  for (std::size_t steps = 0; word != none && steps <= syntax::max_sentence_words; word = head_[word], ++steps)
    if (word == ancestor) return true;
  return false;
}

std::size_t Tree::child(std::size_t word, std::string_view relation) const noexcept {
  for (std::uint32_t c : children(word))
    if (base_relation(c) == relation) return c;
  return none;
}

}  // namespace newskg::extract
