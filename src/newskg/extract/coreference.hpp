// Nominal coreference: "the Deputy Foreign Minister", "the diplomat", "the
// Russian leader" point back to a person the article named, and become
// mentions of that person (not names of it).
#pragma once

#include <cstdint>
#include <vector>

#include "newskg/extract/mentions.hpp"
#include "newskg/extract/model.hpp"

namespace newskg::extract {

struct NominalMention {
  std::size_t first = 0;  // tokens [first, end)
  std::size_t end = 0;
  EntityId person = 0;
};

// How many candidates (a person whose role fits, a role read for a title)
// resolve_nominals has weighed in this thread so far: a count that grows with
// the article's size, not its square (tests/unit/test_scale.cpp checks it).
std::uint64_t nominal_candidates_weighed() noexcept;

std::vector<NominalMention> resolve_nominals(const text::Document& doc, const Recognition& recognition,
                                             const std::vector<EntityId>& entity_of,
                                             const std::vector<Entity>& entities, const std::vector<Role>& roles,
                                             const lexicon::Knowledge& knowledge);

}  // namespace newskg::extract
