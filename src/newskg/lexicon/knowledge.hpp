// Everything the extractor knows before it reads an article: the lexicons and
// the closed word lists. Loaded once, then shared read-only by all workers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "newskg/lexicon/lexicon.hpp"
#include "newskg/lexicon/words.hpp"

namespace newskg::lexicon {

struct Knowledge {
  Lexicon lexicon;
  const WordList& given_names = WordList::embedded("given-names");
  const WordList& surname_particles = WordList::embedded("surname-particles");
  const WordList& person_prefixes = WordList::embedded("person-prefixes");
  const WordList& org_heads = WordList::embedded("org-heads");
  const WordList& place_heads = WordList::embedded("place-heads");
  const WordList& speech_verbs = WordList::embedded("speech-verbs");
  const WordList& nonname = WordList::embedded("nonname-capitalised");
  const WordList& english = WordList::embedded("english-words");  // lower-case common words
  const WordList& meeting_words = WordList::embedded("meeting-words");
  const WordList& party_nouns = WordList::embedded("party-nouns");
  const WordList& family_name_first = WordList::embedded("family-name-first");  // country codes
  const WordList& proposal_verbs = WordList::embedded("proposal-verbs");
  const WordList& proposal_nouns = WordList::embedded("proposal-nouns");
  const WordList& org_nouns = WordList::embedded("org-nouns");        // "newspaper", "club": before / after / both
  const WordList& team_sports = WordList::embedded("team-sports");    // "soccer", "rugby union"
  const WordList& event_heads = WordList::embedded("event-heads");  // "Summit", "Dialogue"
  const WordList& sporting_nations = WordList::embedded("sporting-nations");  // "England", "Wales"
  const WordList& scorecard_markers = WordList::embedded("scorecard-markers");  // "lbw", "not out"
  const WordList& compass_initials = WordList::embedded("compass-initials");  // "S." -> South
  const WordList& people_adjective_endings = WordList::embedded("people-adjective-endings");  // "ish"
  const WordList& state_forms = WordList::embedded("state-forms");  // "Republic" (of X)
  const WordList& generic_role_nouns = WordList::embedded("generic-role-nouns");  // "the diplomat"

  // The embedded lexicons plus `user_lexicons` (Turtle files, read in order).
  // Throws Error with file and line on a broken file.
  static std::shared_ptr<const Knowledge> load(const std::vector<std::string>& user_lexicons = {});
  // The embedded lexicons only, loaded once per process.
  static std::shared_ptr<const Knowledge> standard();
};

}  // namespace newskg::lexicon
