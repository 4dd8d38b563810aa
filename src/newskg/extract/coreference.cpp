#include "newskg/extract/coreference.hpp"
#include "newskg/text/chars.hpp"

#include <algorithm>
#include <map>

namespace newskg::extract {
namespace {

using text::lower_ascii;

// Generic nouns and the title words a person must hold to be meant by them.
const std::map<std::string, std::vector<std::string>>& generic_nouns() {
  static const std::map<std::string, std::vector<std::string>> nouns{
      {"diplomat", {"minister", "ambassador", "envoy", "diplomat", "secretary of state", "spokes", "representative"}},
      {"minister", {"minister"}},
      {"leader", {"president", "prime minister", "chancellor", "leader", "premier", "king", "head of state"}},
      {"president", {"president"}},
      {"premier", {"prime minister", "premier"}},
      {"ambassador", {"ambassador"}},
      {"envoy", {"envoy", "ambassador", "representative"}},
      {"spokesman", {"spokes", "press secretary"}},
      {"spokeswoman", {"spokes", "press secretary"}},
      {"spokesperson", {"spokes", "press secretary"}},
  };
  return nouns;
}

}  // namespace

std::vector<NominalMention> resolve_nominals(const text::Document& doc, const Recognition& recognition,
                                             const std::vector<EntityId>& entity_of,
                                             const std::vector<Entity>& entities, const std::vector<Role>& roles,
                                             const lexicon::Knowledge& knowledge) {
  std::vector<NominalMention> found;
  std::map<std::size_t, std::size_t> modifier_at, mention_at;
  for (std::size_t m = 0; m < recognition.modifiers.size(); ++m) modifier_at[recognition.modifiers[m].first] = m;
  for (std::size_t m = 0; m < recognition.mentions.size(); ++m) mention_at[recognition.mentions[m].first] = m;
  auto word = [&](std::size_t i) { return i < doc.tokens.size() ? lower_ascii(doc.token_text(i)) : std::string(); };

  auto fits = [&](EntityId person, const std::vector<std::string>& title_words,
                  std::optional<lexicon::EntryId> country) {
    for (const auto& role : roles) {
      if (role.person != person) continue;
      std::string title = lower_ascii(role.title);
      bool matches = false;
      for (const auto& wanted : title_words) matches |= title.find(wanted) != std::string::npos;
      if (!matches) continue;
      if (country && (!role.organization || entities[*role.organization].lexicon_entry != country)) continue;
      return true;
    }
    return false;
  };
  // The person a role noun points to: of the people whose roles fit, named in the
  // sentence of `token` or the one before, the one the article named first (its
  // protagonist: "Putin spoke with Macron. The president is in Moscow" is Putin);
  // else the one last named before.
  auto last_holder = [&](std::size_t token, const std::vector<std::string>& title_words,
                         std::optional<lexicon::EntryId> country) -> std::optional<EntityId> {
    std::uint32_t sentence = doc.tokens[token].sentence;
    std::optional<EntityId> nearest;
    std::vector<EntityId> close;
    for (std::size_t m = recognition.mentions.size(); m-- > 0;) {
      const Mention& mention = recognition.mentions[m];
      if (mention.first >= token || mention.kind != EntityKind::person) continue;
      EntityId person = entity_of[m];
      if (!fits(person, title_words, country)) continue;
      if (!nearest) nearest = person;
      if (doc.tokens[mention.first].sentence + 1 >= sentence &&
          std::find(close.begin(), close.end(), person) == close.end())
        close.push_back(person);
    }
    if (close.size() < 2) return nearest;
    // Named first in the article: the smallest first mention.
    std::optional<EntityId> first;
    std::size_t first_at = doc.tokens.size();
    for (std::size_t m = 0; m < recognition.mentions.size(); ++m)
      if (std::find(close.begin(), close.end(), entity_of[m]) != close.end() && recognition.mentions[m].first < first_at) {
        first = entity_of[m];
        first_at = recognition.mentions[m].first;
      }
    return first ? first : nearest;
  };

  for (std::size_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (word(i) != "the") continue;
    std::size_t next = i + 1;
    std::optional<lexicon::EntryId> country;
    if (auto demonym = modifier_at.find(next);
        demonym != modifier_at.end() && recognition.modifiers[demonym->second].demonym) {
      country = recognition.modifiers[demonym->second].entry;
      next = recognition.modifiers[demonym->second].end;
    }
    std::vector<std::string> title_words;
    std::size_t end = next;
    if (auto title = modifier_at.find(next);
        title != modifier_at.end() && !recognition.modifiers[title->second].demonym) {
      const auto& entry = knowledge.lexicon.entry(recognition.modifiers[title->second].entry);
      std::string label = lower_ascii(entry.label);
      auto generic = generic_nouns().find(label);
      if (generic != generic_nouns().end()) {
        title_words = generic->second;
      } else {
        // "the Foreign Minister" is the "Minister of Foreign Affairs of Ukraine" named before.
        title_words = {label};
        for (const auto& alt : entry.alt_labels)
          if (alt.size() >= 4) title_words.push_back(lower_ascii(alt));
      }
      end = recognition.modifiers[title->second].end;
    } else if (auto generic = generic_nouns().find(word(next)); generic != generic_nouns().end()) {
      title_words = generic->second;
      end = next + 1;
    } else {
      continue;
    }
    // "the Deputy Foreign Minister Sergey Ryabkov" names him: a role, not a pointer.
    if (mention_at.count(end) || (end < doc.tokens.size() && word(end) == "of")) continue;
    if (auto person = last_holder(i, title_words, country)) found.push_back({i + 1, end, *person});
  }
  return found;
}

}  // namespace newskg::extract
