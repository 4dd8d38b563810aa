// The labeller beside the lexicon recogniser: lexicon mentions keep their
// entries (canonical IRIs, Wikidata ids); labeller spans the lexicon lacks
// become mentions with rule "labeller" and the labeller's confidence; a
// confident labeller span replaces a weak pattern guess (a capitalised run,
// an acronym) and may overrule the type or the extent of a lexicon match in
// context ("Barcelona" the club in "Barcelona beat Madrid 2-1").
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
  double add_threshold = 0.5;        // a new name where nothing was found
  double headline_threshold = 0.75;  // the same in all-caps lines and headlines
  double replace_threshold = 0.6;    // over a weak pattern guess
  double overrule_threshold = 0.9;   // over a lexicon match
};

// Labels every sentence of `doc` and merges the spans into `recognition`
// (mentions stay sorted and never overlap). Tokens in `blocked` are not named.
void combine(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked,
             const Labeller& labeller, extract::Recognition& recognition, const CombineOptions& options = {});

// The same with any source of spans per sentence (the tests' fixed answers).
using SpanSource = std::function<std::vector<Span>(const std::vector<std::string_view>& forms)>;
void combine(const text::Document& doc, const std::vector<bool>& blocked, const SpanSource& label,
             extract::Recognition& recognition, const CombineOptions& options = {});

}  // namespace newskg::ner
