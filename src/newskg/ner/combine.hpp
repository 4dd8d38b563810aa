// The labeller beside the lexicon recogniser: lexicon mentions keep their
// entries (canonical IRIs, Wikidata ids); labeller spans the lexicon lacks
// become mentions with rule "labeller" and the labeller's confidence; a
// confident labeller span replaces a weak pattern guess (a capitalised run,
// an acronym) and, when very sure, may overrule a lexicon place that is no
// country as a team in a result line ("Barcelona" the club in "Barcelona beat
// Madrid 2-1"). Spans across two lexicon names are refused.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "newskg/extract/mentions.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/ner/labeller.hpp"
#include "newskg/text/document.hpp"

namespace newskg::ner {

inline constexpr const char* labeller_rule = "labeller";

struct CombineOptions {
  double add_threshold = 0.7;        // a new name where nothing was found
  double headline_threshold = 0.9;  // the same in all-caps lines and headlines
  double single_word_threshold = 0.9;  // a new one-word name
  double replace_threshold = 0.7;    // over a weak pattern guess
  double overrule_threshold = 0.95;   // over a lexicon match
};

// Labels every sentence of `doc` and merges the spans into `recognition`
// (mentions stay sorted and never overlap). Tokens in `blocked` are not named.
void combine(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked,
             const Labeller& labeller, extract::Recognition& recognition, const CombineOptions& options = {});

// The same with any source of spans per sentence (the tests' fixed answers).
using SpanSource = std::function<std::vector<Span>(const std::vector<std::string_view>& forms)>;
void combine(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked,
             const SpanSource& label, extract::Recognition& recognition, const CombineOptions& options = {});

}  // namespace newskg::ner
