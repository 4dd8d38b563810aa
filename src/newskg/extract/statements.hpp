// Quotations and who said them: "X said", "said X", "according to X",
// "X told TASS:", ", the diplomat told...", "he said", "the statement said",
// and a quotation continued in the next paragraph.
#pragma once

#include <optional>
#include <string>
#include <vector>

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
};

std::vector<StatementCandidate> find_statements(const SpeakerContext& context);

}  // namespace newskg::extract
