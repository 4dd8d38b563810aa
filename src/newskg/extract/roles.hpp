// Roles: who holds which title for whom, read from the words around a person's
// name ("Russian President Vladimir Putin", "Russia's Deputy Foreign Minister
// Sergey Ryabkov", "President of France Emmanuel Macron", "Ned Price, the
// State Department spokesman").
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "newskg/extract/mentions.hpp"
#include "newskg/extract/model.hpp"

namespace newskg::extract {

struct RoleCandidate {
  std::size_t person_mention = 0;          // index into Recognition::mentions
  std::optional<std::size_t> org_mention;  // index into Recognition::mentions
  std::optional<lexicon::EntryId> org_entry;  // a country known by its demonym only
  std::size_t title_first = 0;             // tokens of the title as written
  std::size_t title_end = 0;
};

std::vector<RoleCandidate> find_roles(const text::Document& doc, const Recognition& recognition,
                                      const lexicon::Knowledge& knowledge);

}  // namespace newskg::extract
