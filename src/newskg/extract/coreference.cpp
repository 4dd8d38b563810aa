#include "newskg/extract/coreference.hpp"
#include "newskg/text/chars.hpp"

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

  // The person last named before `token` whose roles fit.
  auto last_holder = [&](std::size_t token, const std::vector<std::string>& title_words,
                         std::optional<lexicon::EntryId> country) -> std::optional<EntityId> {
    for (std::size_t m = recognition.mentions.size(); m-- > 0;) {
      const Mention& mention = recognition.mentions[m];
      if (mention.first >= token || mention.kind != EntityKind::person) continue;
      EntityId person = entity_of[m];
      for (const auto& role : roles) {
        if (role.person != person) continue;
        std::string title = lower_ascii(role.title);
        bool fits = false;
        for (const auto& wanted : title_words) fits |= title.find(wanted) != std::string::npos;
        if (!fits) continue;
        if (country && (!role.organization || entities[*role.organization].lexicon_entry != country)) continue;
        return person;
      }
    }
    return std::nullopt;
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
