#include "newskg/extract/coreference.hpp"
#include "newskg/text/chars.hpp"

#include <algorithm>
#include <map>

namespace newskg::extract {
namespace {

using text::lower_ascii;

// The title words of a generic role noun ("the diplomat"), from its category
// in generic-role-nouns.txt; empty when the word is none.
std::vector<std::string> generic_title_words(const lexicon::Knowledge& knowledge, std::string_view noun) {
  std::vector<std::string> words;
  std::string_view titles = knowledge.generic_role_nouns.category(noun);
  while (!titles.empty()) {
    std::size_t comma = titles.find(", ");
    words.emplace_back(titles.substr(0, comma));
    titles = comma == std::string_view::npos ? std::string_view() : titles.substr(comma + 2);
  }
  return words;
}

thread_local std::uint64_t weighed = 0;

}  // namespace

std::uint64_t nominal_candidates_weighed() noexcept { return weighed; }

std::vector<NominalMention> resolve_nominals(const text::Document& doc, const Recognition& recognition,
                                             const std::vector<EntityId>& entity_of,
                                             const std::vector<Entity>& entities, const std::vector<Role>& roles,
                                             const lexicon::Knowledge& knowledge) {
  std::vector<NominalMention> found;
  std::map<std::size_t, std::size_t> modifier_at, mention_at;
  for (std::size_t m = 0; m < recognition.modifiers.size(); ++m) modifier_at[recognition.modifiers[m].first] = m;
  for (std::size_t m = 0; m < recognition.mentions.size(); ++m) mention_at[recognition.mentions[m].first] = m;
  auto word = [&](std::size_t i) { return i < doc.tokens.size() ? doc.folded_token(i) : std::string_view(); };

  // Whether a role fits the title words and the country.
  auto fits = [&](const Role& role, const std::vector<std::string>& title_words,
                  std::optional<lexicon::EntryId> country) {
    std::string title = lower_ascii(role.title);
    bool matches = false;
    for (const auto& wanted : title_words) {
      if (wanted.front() == '!' && title.find(wanted.substr(1)) != std::string::npos) return false;
      matches |= title.find(wanted) != std::string::npos;
    }
    if (!matches) return false;
    return !country || (role.organization && entities[*role.organization].lexicon_entry == country);
  };
  // Indexes, so that each role noun costs what the sentences around it hold,
  // not what the whole article holds: the person mentions (indices into
  // recognition.mentions, in text order) of each person, and the first mention
  // of every entity.
  std::map<EntityId, std::vector<std::size_t>> person_mentions;
  std::vector<std::size_t> first_mention(entities.size(), doc.tokens.size());
  for (std::size_t m = 0; m < recognition.mentions.size(); ++m) {
    EntityId entity = entity_of[m];
    if (entity < first_mention.size())
      first_mention[entity] = std::min(first_mention[entity], recognition.mentions[m].first);
    if (recognition.mentions[m].kind == EntityKind::person) person_mentions[entity].push_back(m);
  }
  // The people (with a person mention) who hold a role the title and country
  // fit, asked once per distinct title.
  std::map<std::pair<std::vector<std::string>, std::optional<lexicon::EntryId>>, std::vector<EntityId>> fitting;
  auto fitting_people = [&](const std::vector<std::string>& title_words,
                            std::optional<lexicon::EntryId> country) -> const std::vector<EntityId>& {
    auto key = std::make_pair(title_words, country);
    auto cached = fitting.find(key);
    if (cached != fitting.end()) return cached->second;
    std::vector<EntityId> people;
    weighed += roles.size();
    for (const auto& role : roles)
      if (person_mentions.count(role.person) && fits(role, title_words, country)) people.push_back(role.person);
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    return fitting.emplace(std::move(key), std::move(people)).first->second;
  };
  // The person a role noun points to: of the people whose roles fit, named in the
  // sentence of `token` or the one before, the one the article named first (its
  // protagonist: "Putin spoke with Macron. The president is in Moscow" is Putin);
  // else the one last named before.
  auto last_holder = [&](std::size_t token, const std::vector<std::string>& title_words,
                         std::optional<lexicon::EntryId> country) -> std::optional<EntityId> {
    std::uint32_t sentence = doc.tokens[token].sentence;
    std::optional<EntityId> nearest;
    std::size_t nearest_at = 0;
    std::vector<EntityId> close;
    for (EntityId person : fitting_people(title_words, country)) {
      ++weighed;
      // The person's last mention before `token`: the nearest, and the one in the latest sentence.
      const auto& mentions = person_mentions[person];
      auto after = std::lower_bound(mentions.begin(), mentions.end(), token, [&](std::size_t m, std::size_t at) {
        return recognition.mentions[m].first < at;
      });
      if (after == mentions.begin()) continue;
      std::size_t m = *std::prev(after);
      if (!nearest || m > nearest_at) {
        nearest = person;
        nearest_at = m;
      }
      if (doc.tokens[recognition.mentions[m].first].sentence + 1 >= sentence) close.push_back(person);
    }
    if (close.size() < 2) return nearest;
    // Named first in the article: the smallest first mention.
    return *std::min_element(close.begin(), close.end(),
                             [&](EntityId a, EntityId b) { return first_mention[a] < first_mention[b]; });
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
      title_words = generic_title_words(knowledge, label);
      if (title_words.empty()) {
        // "the Foreign Minister" is the "Minister of Foreign Affairs of Ukraine" named before.
        title_words = {label};
        for (const auto& alt : entry.alt_labels)
          if (alt.size() >= 4) title_words.push_back(lower_ascii(alt));
      }
      end = recognition.modifiers[title->second].end;
    } else if (auto generic = generic_title_words(knowledge, word(next)); !generic.empty()) {
      title_words = std::move(generic);
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
