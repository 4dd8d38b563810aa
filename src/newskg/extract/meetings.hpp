// Meetings: talks, summits, calls, briefings, visits, interviews, sessions,
// found from the words of ontology/words/meeting-words.txt and read from the
// sentence's dependency structure: the parties are the event word's
// arguments (subjects, objects, conjuncts, with / between / of / possessive
// attachments, passive agents), its date, place and status (held, planned;
// proposed ones are no meetings) come from its own dependents
// (ontology/words/meeting-status.txt).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "newskg/extract/coreference.hpp"
#include "newskg/extract/dates.hpp"
#include "newskg/extract/mentions.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/extract/tree.hpp"

namespace newskg::extract {

struct MeetingContext {
  const text::Document& doc;
  const Tree& tree;  // the dependency structure of the sentences that carry a cue
  const Recognition& recognition;
  const std::vector<EntityId>& entity_of;
  const std::vector<Entity>& entities;
  const std::vector<Role>& roles;
  const std::vector<DateMention>& dates;
  const lexicon::Knowledge& knowledge;
  std::string article_date;   // YYYY-MM-DD or empty
  std::size_t lead_end = 0;   // byte offset: the headline and first paragraph end here
  std::size_t headline_end = 0;
  // The entity of a lexicon entry ("Russia" in "Russia-US talks"), created on demand.
  std::function<EntityId(lexicon::EntryId)> entity_for_entry;
  const std::vector<NominalMention>& nominals;  // "the minister": mentions of a person named before
  // Bytes [dateline_begin, dateline_end): the dateline, whose date dates the article and whose
  // names are no parties (the parser reads it into the first sentence).
  std::size_t dateline_begin = 0, dateline_end = 0;
};

std::vector<Meeting> find_meetings(const MeetingContext& context);

}  // namespace newskg::extract
