// Sentence structure for news English: UD words, UPOS and XPOS tags, lemmas
// and a labelled dependency tree per sentence.
//
//   auto model = syntax::Model::embedded();   // once; share among threads
//   syntax::Parser parser(model);             // one per thread (reuses buffers)
//   syntax::Analysis analysis = parser.parse(doc);
//
// Design (see also features.hpp, transition.hpp):
// - Words: each text token becomes one or more UD words ("don't" -> "do"
//   "n't", "cannot" -> "can" "not", "well-known" -> "well" "-" "known"),
//   each a slice of the token with its byte offsets; the text layer's
//   tokenization (which the extractor reads) is not changed.
// - Tagger: greedy left-to-right averaged perceptron (Collins 2002), UPOS
//   and XPOS from the same features (word, affixes, shape, neighbours +-2,
//   the two previous UPOS tags). Greedy perceptron tagging is within half a
//   point of CRFs and BiLSTMs on UPOS at a fraction of the cost.
// - Lemmatiser: learned from the treebank, no code per word: (form, UPOS)
//   exceptions for the forms the rules get wrong, else the most frequent
//   suffix rewrite rule of the longest known suffix for that UPOS.
// - Parser: greedy arc-hybrid transitions scored by an averaged perceptron
//   (features after Zhang and Nivre 2011), trained with the dynamic oracle
//   (Goldberg and Nivre 2012) on tags predicted by jackknifed taggers; a
//   second perceptron names each arc as it is made (UD relations with
//   subtypes). Linear time, no allocation per word once buffers are warm.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/syntax/features.hpp"
#include "newskg/syntax/model.hpp"
#include "newskg/syntax/transition.hpp"
#include "newskg/text/document.hpp"

namespace newskg::syntax {

struct Word {
  std::string_view form;
  std::uint32_t lemma_begin = 0;  // in Analysis::lemmas
  std::uint32_t lemma_size = 0;
  std::uint8_t upos = 0, xpos = 0, deprel = 0;  // model label ids
  std::uint16_t head = 0;   // 1-based word number in the sentence; 0 for the root
  std::uint32_t token = 0;  // index of the text token it comes from (document input)
  std::size_t begin = 0;    // bytes in the document text (document input)
  std::size_t end = 0;
  bool clitic = false;      // joined to the previous word in one token ("n't" of "don't"): a multiword token
};

struct SentenceWords {
  std::size_t first = 0;  // [first, end) in Analysis::words
  std::size_t end = 0;
  std::size_t text_sentence = 0;  // index into text::Document::sentences
};

struct Analysis {
  std::vector<Word> words;
  std::vector<SentenceWords> sentences;
  std::string lemmas;
  std::string_view lemma(const Word& word) const {
    return std::string_view(lemmas).substr(word.lemma_begin, word.lemma_size);
  }
  void clear() {
    words.clear();
    sentences.clear();
    lemmas.clear();
  }
};

// Longest sentence parsed as one tree; a longer one is parsed in pieces of this size.
inline constexpr std::size_t max_sentence_words = 1000;

// UD word boundaries inside one text token: the end offsets (relative to the
// token, increasing, the last == token.size()) of its words. At most
// `capacity` pieces (at most 32); returns the number written. Bit k of
// `*clitics` is set when word k is a clitic of word k-1 ("n't", "'ll"):
// the two form one multiword token in CoNLL-U.
std::size_t split_token(std::string_view token, std::size_t* ends, std::size_t capacity,
                        std::uint32_t* clitics = nullptr);

// Bytes of the text whose tokens are left out of their sentence: an agency's
// dateline ("OSLO, March 4 (Reuters) -") is no part of the sentence it opens.
struct Omitted {
  std::size_t begin = 0, end = 0;
};

class Parser {
 public:
  explicit Parser(std::shared_ptr<const Model> model);
  const Model& model() const noexcept { return *model_; }

  // Every sentence of `doc`, or those with keep[sentence] set when `keep` is not empty.
  Analysis parse(const text::Document& doc, const std::vector<bool>& keep = {}, Omitted omitted = {});
  void parse(const text::Document& doc, Analysis& out, const std::vector<bool>& keep = {}, Omitted omitted = {});
  // One sentence of given words (e.g. gold tokens): appended to `out`.
  void parse_words(std::span<const std::string_view> forms, Analysis& out);

  // Parts, for the trainer and tests: tags (UPOS, XPOS) of the words of one
  // sentence; the lemma of one word; the tree of a tagged sentence.
  void tag(Word* words, std::size_t n);
  void lemmatise(Word& word, std::string& lemmas);
  void parse_tree(Word* words, std::size_t n);

 private:
  void analyse(Word* words, std::size_t n, std::string& lemmas);

  std::shared_ptr<const Model> model_;
  // Buffers reused from sentence to sentence.
  std::vector<WordAtoms> atoms_;
  const Word* atoms_words_ = nullptr;  // the words atoms_ belongs to (tag() then parse_tree())
  std::vector<char32_t> code_points_;
  std::vector<std::uint8_t> tags_;
  std::vector<ParserWord> parser_words_;
  ParseState state_;
  std::vector<std::int32_t> scores_;
  std::uint64_t features_[max_parser_features];
};

// Lemma of `form` (UTF-8) with tag `upos` by the model's tables, appended to
// `out`. `lower` is scratch.
void lemmatise(const Model& model, std::string_view form, int upos, std::vector<char32_t>& scratch, std::string& out);
// Keys of the lemmatiser tables (shared with the trainer).
std::uint64_t lemma_exception_key(std::uint64_t lower_form_hash, int upos) noexcept;
std::uint64_t lemma_rule_key(std::uint64_t suffix_hash, std::size_t suffix_length, int upos) noexcept;
inline constexpr std::size_t max_lemma_suffix = 6;

}  // namespace newskg::syntax
