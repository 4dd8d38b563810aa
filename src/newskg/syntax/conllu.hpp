// CoNLL-U (https://universaldependencies.org/format.html): read treebanks
// (training, evaluation, gold tokens) and write analyses.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "newskg/syntax/model.hpp"
#include "newskg/syntax/parser.hpp"
#include "newskg/text/document.hpp"

namespace newskg::syntax {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel, deps, misc;
  int head = 0;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // "# sent_id = ..." lines, without the newline
  std::vector<ConlluWord> words;      // syntactic words; multiword token lines and empty nodes are in `ranges`
  std::vector<std::pair<std::size_t, std::string>> ranges;  // (word index, raw "1-2 don't ..." line) before that word
  std::size_t line = 0;                                     // first line in the file
  std::string sent_id() const;                              // from "# sent_id = ", or empty
};

// Reads every sentence; throws Error(bad_syntax) naming `name` and the line
// for a line without 10 columns, a bad id or a head out of range.
std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name);

// Writes `sentence` with the predictions of `analysis` words [first, first + words.size()).
void write_conllu(std::ostream& out, const ConlluSentence& sentence, const Analysis& analysis, std::size_t first,
                  const Model& model);

// Writes the analysis of one article: "# newdoc id", then per sentence
// "# sent_id", "# text", the words; MISC holds TokenRange=BEGIN:END (Unicode
// code points into the article text) and SpaceAfter=No.
void write_conllu(std::ostream& out, const Analysis& analysis, const text::Document& doc, const Model& model,
                  const std::string& doc_id);

// Accuracy of `parser` on gold-tokenized sentences, as the CoNLL 2018
// evaluation counts it: every word, punctuation included; LAS compares the
// universal part of the relation (before ':'), las_full the whole label.
struct Scores {
  std::size_t words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  double percent(std::size_t correct) const { return words ? 100.0 * static_cast<double>(correct) / static_cast<double>(words) : 0; }
};
Scores evaluate(Parser& parser, const std::vector<ConlluSentence>& gold);

}  // namespace newskg::syntax
