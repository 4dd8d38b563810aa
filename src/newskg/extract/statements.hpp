// Quotations and who said them. The speaker is the subject of the reporting
// clause that governs the quotation in the dependency tree ("X said", "said
// X", "according to X", "called it 'a dead end'"); a quotation no clause
// claims takes the speaker of its neighbour in the paragraph (a continued
// quote). Terms and titles in quotation marks are no statements.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newskg/extract/coreference.hpp"
#include "newskg/extract/mentions.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/extract/tree.hpp"

namespace newskg::extract {

struct StatementCandidate {
  std::size_t quotation = 0;      // index into Document::quotations
  std::optional<EntityId> speaker;
  std::string verb;               // the speech verb as written, or empty
  std::size_t verb_token = 0;     // valid when verb is not empty
  double confidence = 0.5;
  std::string rule;
};

struct SpeakerContext {
  const text::Document& doc;
  const Tree& tree;  // the dependency structure of the sentences that carry a cue
  const Recognition& recognition;
  const std::vector<EntityId>& entity_of;  // entity of each recognised mention
  const std::vector<Entity>& entities;
  const std::vector<Role>& roles;
  const lexicon::Knowledge& knowledge;
  const std::vector<NominalMention>& nominals;  // "the diplomat": a person named before
};

// Reading reporting clauses in a tree (shared with the proposal finder).
// Whether `word` is a verb of saying (speech-verbs.txt, by form or lemma).
bool is_speech_word(const Tree& tree, std::size_t word, const lexicon::Knowledge& knowledge);
// The subject of `verb`: its nsubj, else the subject of the verb it is
// coordinated with or complements ("stressed and added", "went on to say");
// Tree::none when there is none.
std::size_t subject_of(const Tree& tree, std::size_t verb);
// The speech verb whose complement `word` stands in ("Lavrov said [the US
// should stop]", "[the US should stop], Lavrov said"), or Tree::none.
std::size_t reporting_verb_of(const Tree& tree, std::size_t word, const lexicon::Knowledge& knowledge);

std::vector<StatementCandidate> find_statements(const SpeakerContext& context);

}  // namespace newskg::extract
