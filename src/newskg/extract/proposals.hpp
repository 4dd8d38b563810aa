// Proposals, offers, initiatives, demands, calls and requests, with who made
// them, to whom, and in what mood (proposed, may consider, accepted, rejected,
// answered), as GUIDELINE.md section 2 defines them. The cues come from
// ontology/words/proposal-verbs.txt and proposal-nouns.txt; the dependency tree
// gives the holder (the cue's subject, a proposal noun's possessor, "of / by X",
// the subject of the verb that presents it, the reporting clause of a demand,
// a quotation's speaker), the addressee (object, "on / to X") and the words (from
// the cue to the end of its clause, never the attribution or a quotation mark);
// ontology/words/proposal-frames.txt holds the words the tree rules read (needs
// stressed by one holder, presenting verbs, joint subjects, courtesies). Token
// windows remain only where the sentence was not parsed or the tree names no
// holder for a verb (the parser gets about one head in six wrong).
#pragma once

#include <functional>
#include <vector>

#include "newskg/extract/coreference.hpp"
#include "newskg/extract/mentions.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/extract/tree.hpp"

namespace newskg::extract {

struct ProposalContext {
  const text::Document& doc;
  const Tree& tree;  // the dependency structure of the sentences that carry a cue
  const Recognition& recognition;
  const std::vector<EntityId>& entity_of;
  const std::vector<Entity>& entities;
  const std::vector<Role>& roles;
  const std::vector<NominalMention>& nominals;  // "the diplomat": a person named before
  const std::vector<Statement>& statements;
  const std::vector<Meeting>& meetings;
  const lexicon::Knowledge& knowledge;
  // The entity of a lexicon entry (a speaker's country), created on demand.
  std::function<EntityId(lexicon::EntryId)> entity_for_entry;
  // Where the body starts (bytes): what comes before is headline and standfirst.
  std::size_t body_begin = 0;
  std::size_t dateline_end = 0;  // the dateline is no part of a proposal's words
};

std::vector<Proposal> find_proposals(const ProposalContext& context);

}  // namespace newskg::extract
