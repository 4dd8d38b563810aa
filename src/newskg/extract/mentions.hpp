// Mention recognition: lexicon matches and patterns over the tokens of one
// article, before coreference groups them into entities.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newskg/extract/model.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/text/document.hpp"

namespace newskg::extract {

struct Mention {
  std::size_t first = 0;  // tokens [first, end)
  std::size_t end = 0;
  EntityKind kind = EntityKind::place;
  std::optional<lexicon::EntryId> entry;
  double confidence = 1.0;
  std::string rule;
};

// A title ("Deputy Foreign Minister") or a demonym ("Russian") found in text.
struct Modifier {
  std::size_t first = 0;
  std::size_t end = 0;
  lexicon::EntryId entry = 0;
  bool demonym = false;  // else a title
};

// Two names joined into an adjective in one token: "Russia-US talks".
struct Compound {
  std::size_t token = 0;
  lexicon::EntryId first = 0;
  lexicon::EntryId second = 0;
};

struct Recognition {
  std::vector<Mention> mentions;    // sorted by position, never overlapping
  std::vector<Modifier> modifiers;  // titles and demonyms, sorted
  std::vector<Compound> compounds;  // sorted
};

// The mention covering each token, for the stages that read around names.
class MentionIndex {
 public:
  MentionIndex(const Recognition& recognition, std::size_t token_count);
  std::optional<std::size_t> at(std::size_t token) const {
    if (token >= by_token_.size() || by_token_[token] < 0) return std::nullopt;
    return static_cast<std::size_t>(by_token_[token]);
  }

 private:
  std::vector<std::int32_t> by_token_;
};

// Tokens marked in `blocked` are not read (the dateline and dates, which the
// caller handles).
Recognition recognise(const text::Document& doc, const lexicon::Knowledge& knowledge,
                      const std::vector<bool>& blocked);

}  // namespace newskg::extract
