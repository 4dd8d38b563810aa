#include "newskg/merge/reconcile.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <numeric>
#include <utility>

#include "newskg/merge/nquads_line.hpp"
#include "newskg/rdf/vocab.hpp"

namespace newskg::merge {
namespace {

using Words = std::vector<std::string>;

Words split_words(std::string_view form) {
  Words words;
  std::size_t start = 0;
  while (start < form.size()) {
    std::size_t end = form.find(' ', start);
    if (end == std::string_view::npos) end = form.size();
    if (end > start) words.emplace_back(form.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// "NATO", "EU", "N.A.T.O.": capitals (and dots) only, at least two letters.
bool looks_like_acronym(std::string_view name) {
  std::size_t letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (c != '.')
      return false;
  }
  return letters >= 2;
}

bool is_small_word(std::string_view word) {
  static const std::set<std::string_view> small = {"of", "the", "and", "for", "in", "on", "at", "to",
                                                   "&",  "de",  "du",  "des", "la", "le", "a"};
  return small.count(word) > 0;
}

// Is `shorter` the words of `longer` in order (gaps allowed), ending with the same word?
bool is_word_subsequence(const Words& shorter, const Words& longer) {
  if (shorter.empty() || longer.empty() || shorter.back() != longer.back()) return false;
  std::size_t i = 0;
  for (const auto& word : longer)
    if (i < shorter.size() && word == shorter[i]) ++i;
  return i == shorter.size();
}

// What reconciliation needs of one entity, derived once.
struct Entity {
  const EntityRecord* record;
  std::set<std::string> forms;  // name forms of all its names
  std::string fullest;          // its longest name, as written
  std::string fullest_form;
  Words fullest_words;
  std::set<std::string> fullest_initials;
  std::size_t longest = 0;      // code points of its longest name
};

Entity describe(const EntityRecord& record) {
  Entity entity{&record, {}, {}, {}, {}, {}, 0};
  auto consider = [&](const std::string& name) {
    std::string form = name_form(name);
    if (form.empty()) return;
    entity.forms.insert(form);
    std::size_t length = code_points(name);
    if (length > entity.longest || (length == entity.longest && name < entity.fullest)) {
      entity.longest = length;
      entity.fullest = name;
    }
  };
  for (const auto& name : record.names) consider(name);
  for (const auto& name : record.alternate_names) consider(name);
  entity.fullest_form = name_form(entity.fullest);
  entity.fullest_words = split_words(entity.fullest_form);
  entity.fullest_initials = name_initials(entity.fullest);
  return entity;
}

bool fullest_names_agree(const Entity& a, const Entity& b) {
  if (a.fullest_form.empty() || b.fullest_form.empty()) return false;
  if (a.fullest_form == b.fullest_form) return true;
  const Entity& shorter = a.fullest_words.size() <= b.fullest_words.size() ? a : b;
  const Entity& longer = &shorter == &a ? b : a;
  if (is_word_subsequence(shorter.fullest_words, longer.fullest_words)) return true;
  if ((a.record->families & family_organization) && shorter.fullest_words.size() == 1 &&
      longer.fullest_initials.count(shorter.fullest_words.front()))
    return true;
  return false;
}

// Two entities that must not end up in one group: both linked to sameAs
// items and to no common one; or both known by multi-word fullest names that
// disagree ("Vladimir Putin" and "Igor Putin") when neither carries the
// other's. Short names conflict with nothing by themselves: the rules only
// attach them where they are unambiguous.
bool conflict(const Entity& a, const Entity& b) {
  const auto& a_links = a.record->same_as;
  const auto& b_links = b.record->same_as;
  if (!a_links.empty() && !b_links.empty() &&
      std::none_of(a_links.begin(), a_links.end(), [&](const std::string& link) { return b_links.count(link) > 0; }))
    return true;
  if (a.fullest_words.size() < 2 || b.fullest_words.size() < 2) return false;
  return !a.forms.count(b.fullest_form) && !b.forms.count(a.fullest_form) && !fullest_names_agree(a, b);
}

struct Edge {
  std::size_t a, b;
  int rule;
};

const char* const rule_names[] = {"shared sameAs", "shared name", "surname", "acronym"};

class Groups {
 public:
  explicit Groups(const std::vector<Entity>& entities) : entities_(entities), parent_(entities.size()) {
    std::iota(parent_.begin(), parent_.end(), std::size_t{0});
    members_.resize(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) members_[i] = {i};
  }

  std::size_t find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }

  // No member of one group conflicts with a member of the other.
  bool compatible_groups(std::size_t x, std::size_t y) {
    x = find(x);
    y = find(y);
    if (x == y) return true;
    for (std::size_t i : members_[x])
      for (std::size_t j : members_[y])
        if (conflict(entities_[i], entities_[j])) return false;
    return true;
  }

  // Joins the groups of a and b (recording why); false when already one.
  bool join(std::size_t a, std::size_t b, int rule) {
    std::size_t x = find(a), y = find(b);
    if (x == y) return false;
    if (members_[x].size() < members_[y].size()) std::swap(x, y);
    parent_[y] = x;
    members_[x].insert(members_[x].end(), members_[y].begin(), members_[y].end());
    members_[y].clear();
    edges_.push_back({a, b, rule});
    return true;
  }

  const std::vector<std::size_t>& members(std::size_t root) const { return members_[root]; }
  const std::vector<Edge>& edges() const { return edges_; }

 private:
  const std::vector<Entity>& entities_;
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;
  std::vector<Edge> edges_;
};

std::vector<std::string> names_of(const std::vector<const EntityRecord*>& records) {
  std::set<std::string> names;
  for (const auto* record : records) {
    names.insert(record->names.begin(), record->names.end());
    names.insert(record->alternate_names.begin(), record->alternate_names.end());
  }
  return {names.begin(), names.end()};
}

}  // namespace

unsigned family_of_type(std::string_view type_iri) {
  std::string_view schema = rdf::vocab::schema;
  if (type_iri.substr(0, schema.size()) != schema) return 0;
  std::string_view local = type_iri.substr(schema.size());
  static const std::set<std::string_view> organizations = {
      "Organization",  "GovernmentOrganization", "Corporation", "NewsMediaOrganization", "PoliticalParty",
      "NGO",           "EducationalOrganization", "SportsOrganization", "SportsTeam", "MedicalOrganization"};
  static const std::set<std::string_view> places = {
      "Place", "Country", "City", "State", "AdministrativeArea", "Continent", "BodyOfWater", "Landform"};
  if (local == "Person") return family_person;
  if (organizations.count(local)) return family_organization;
  if (places.count(local)) return family_place;
  return 0;
}

std::string name_form(std::string_view name) {
  std::string form;
  bool space = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    // U+2018 and U+2019, the typographic apostrophes, are dropped like '.
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x98 || static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      i += 2;
      continue;
    }
    if (c == '.' || c == '\'') continue;
    bool word_char = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                     c == '&';
    if (!word_char) {
      space = !form.empty();
      continue;
    }
    if (space) form += ' ';
    space = false;
    form += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (form.compare(0, 4, "the ") == 0) form.erase(0, 4);
  return form;
}

std::set<std::string> name_initials(std::string_view name) {
  // Words split at spaces and punctuation other than '-', '.', apostrophes.
  std::string spaced;
  for (char c : name) {
    auto byte = static_cast<unsigned char>(c);
    bool keep = byte >= 0x80 || std::isalnum(byte) || c == '-' || c == '.' || c == '\'' || c == '&';
    spaced += keep ? c : ' ';
  }
  std::vector<std::string> words;
  for (const auto& word : split_words(spaced)) {
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(lower);
  }
  std::set<std::string> result;
  if (words.size() < 2) return result;
  std::string all, without_small;
  for (const auto& word : words) {
    auto first = std::find_if(word.begin(), word.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (first == word.end() || static_cast<unsigned char>(*first) >= 0x80) continue;
    all += *first;
    if (!is_small_word(word)) without_small += *first;
  }
  if (all.size() >= 2) result.insert(all);
  if (without_small.size() >= 2) result.insert(without_small);
  return result;
}

std::vector<MergeGroup> reconcile_entities(const std::vector<EntityRecord>& records) {
  // Entities with a family, in IRI order, so that every rule runs in a fixed order.
  std::vector<const EntityRecord*> sorted;
  for (const auto& record : records)
    if (record.families != 0) sorted.push_back(&record);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->iri < b->iri; });
  std::vector<Entity> entities;
  entities.reserve(sorted.size());
  for (const auto* record : sorted) entities.push_back(describe(*record));
  Groups groups(entities);
  auto family = [&](std::size_t i) { return entities[i].record->families; };

  // Joins every group among `carriers` when all of them are pairwise compatible.
  auto join_all = [&](const std::vector<std::size_t>& carriers, int rule, bool check) {
    std::vector<std::size_t> roots;
    for (std::size_t i : carriers) {
      std::size_t root = groups.find(i);
      if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(root);
    }
    if (roots.size() < 2) return;
    if (check)
      for (std::size_t x = 0; x < roots.size(); ++x)
        for (std::size_t y = x + 1; y < roots.size(); ++y)
          if (!groups.compatible_groups(roots[x], roots[y])) return;
    // Record edges between carriers (the entities that share the evidence).
    std::size_t first = carriers.front();
    for (std::size_t i : carriers) {
      if (groups.find(i) != groups.find(first)) groups.join(first, i, rule);
    }
  };

  // 1. shared sameAs (each index is freed before the next is built)
  {
    std::map<std::pair<unsigned, std::string>, std::vector<std::size_t>> by_link;
    for (std::size_t i = 0; i < entities.size(); ++i)
      for (const auto& link : entities[i].record->same_as) by_link[{family(i), link}].push_back(i);
    for (const auto& [key, carriers] : by_link)
      if (carriers.size() > 1) join_all(carriers, 0, false);
  }

  // 2. shared name
  {
    std::map<std::pair<unsigned, std::string>, std::vector<std::size_t>> by_form;
    for (std::size_t i = 0; i < entities.size(); ++i)
      for (const auto& form : entities[i].forms) by_form[{family(i), form}].push_back(i);
    for (const auto& [key, carriers] : by_form)
      if (carriers.size() > 1) join_all(carriers, 1, true);
  }

  // 3. surname: groups of persons with a multi-word name ending in each word,
  // counted once before any surname merge so that the order does not matter.
  std::map<std::string, std::set<std::size_t>> by_last_word;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (family(i) != family_person) continue;
    for (const auto& form : entities[i].forms) {
      Words words = split_words(form);
      if (words.size() >= 2) by_last_word[words.back()].insert(groups.find(i));
    }
  }
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (family(i) != family_person) continue;
    for (const auto& form : entities[i].forms) {
      if (form.find(' ') != std::string::npos) continue;
      auto found = by_last_word.find(form);
      if (found == by_last_word.end() || found->second.size() != 1) continue;
      std::size_t target = *found->second.begin();
      if (groups.find(target) == groups.find(i)) continue;
      if (!groups.compatible_groups(i, target)) continue;
      // Record the edge to the member whose name has that last word.
      for (std::size_t j : groups.members(groups.find(target))) {
        bool has = std::any_of(entities[j].forms.begin(), entities[j].forms.end(), [&](const std::string& f) {
          Words words = split_words(f);
          return words.size() >= 2 && words.back() == form;
        });
        if (has) {
          groups.join(j, i, 2);
          break;
        }
      }
    }
  }

  // 4. acronym: groups of organizations whose multi-word names have those initials.
  std::map<std::string, std::set<std::size_t>> by_initials;
  std::map<std::string, std::set<std::size_t>> carriers_of_initials;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (family(i) != family_organization) continue;
    const EntityRecord& record = *entities[i].record;
    for (const auto* names : {&record.names, &record.alternate_names})
      for (const auto& name : *names)
        for (const auto& initials : name_initials(name)) {
          by_initials[initials].insert(groups.find(i));
          carriers_of_initials[initials].insert(i);
        }
  }
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (family(i) != family_organization) continue;
    const EntityRecord& record = *entities[i].record;
    for (const auto* names : {&record.names, &record.alternate_names})
      for (const auto& name : *names) {
        if (!looks_like_acronym(name)) continue;
        std::string acronym = name_form(name);
        auto found = by_initials.find(acronym);
        if (found == by_initials.end() || found->second.size() != 1) continue;
        std::size_t target = *found->second.begin();
        if (groups.find(target) == groups.find(i)) continue;
        if (!groups.compatible_groups(i, target)) continue;
        for (std::size_t j : carriers_of_initials[acronym]) {
          if (groups.find(j) == groups.find(target)) {
            groups.join(j, i, 3);
            break;
          }
        }
      }
  }

  // Report: per group, the survivor, and each member under the rule of the
  // edge that reached it from the survivor.
  std::vector<std::vector<std::pair<std::size_t, int>>> adjacent(entities.size());
  for (const auto& edge : groups.edges()) {
    adjacent[edge.a].push_back({edge.b, edge.rule});
    adjacent[edge.b].push_back({edge.a, edge.rule});
  }
  std::vector<MergeGroup> result;
  for (std::size_t root = 0; root < entities.size(); ++root) {
    if (groups.find(root) != root || groups.members(root).size() < 2) continue;
    const auto& members = groups.members(root);
    std::size_t kept = *std::min_element(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      if (entities[a].longest != entities[b].longest) return entities[a].longest > entities[b].longest;
      return entities[a].record->iri < entities[b].record->iri;
    });
    std::map<int, std::vector<std::size_t>> by_rule;
    std::vector<bool> seen(entities.size(), false);
    std::deque<std::size_t> queue{kept};
    seen[kept] = true;
    while (!queue.empty()) {
      std::size_t at = queue.front();
      queue.pop_front();
      for (auto [next, rule] : adjacent[at]) {
        if (seen[next]) continue;
        seen[next] = true;
        by_rule[rule].push_back(next);
        queue.push_back(next);
      }
    }
    for (auto& [rule, merged] : by_rule) {
      MergeGroup group;
      group.kept = entities[kept].record->iri;
      group.reason = rule_names[rule];
      std::vector<const EntityRecord*> involved{entities[kept].record};
      for (std::size_t i : merged) {
        group.merged.push_back(entities[i].record->iri);
        involved.push_back(entities[i].record);
      }
      std::sort(group.merged.begin(), group.merged.end());
      group.names = names_of(involved);
      result.push_back(std::move(group));
    }
  }
  std::stable_sort(result.begin(), result.end(),
                   [](const MergeGroup& a, const MergeGroup& b) { return a.kept < b.kept; });
  return result;
}

std::vector<MergeGroup> reconcile_meetings(const std::vector<MeetingRecord>& meetings,
                                           const std::map<std::string, std::string>& rewrite) {
  auto rewritten = [&rewrite](const std::set<rdf::Term>& terms) {
    std::set<std::string> out;
    for (const auto& term : terms) {
      rdf::Term copy = term;
      if (copy.is_iri()) {
        auto found = rewrite.find(copy.value);
        if (found != rewrite.end()) copy.value = found->second;
      }
      std::string text;
      append_term(copy, text);
      out.insert(std::move(text));
    }
    std::string key;
    for (const auto& text : out) {
      key += text;
      key += '\n';
    }
    return key;
  };
  std::map<std::string, std::vector<std::string>> by_key;
  for (const auto& meeting : meetings) {
    if (meeting.attendees.empty()) continue;
    std::string key = rewritten(meeting.kinds) + '\x01' + rewritten(meeting.attendees) + '\x01' +
                      rewritten(meeting.dates) + '\x01' + rewritten(meeting.places);
    by_key[key].push_back(meeting.iri);
  }
  std::vector<MergeGroup> result;
  for (auto& [key, iris] : by_key) {
    std::sort(iris.begin(), iris.end());
    iris.erase(std::unique(iris.begin(), iris.end()), iris.end());
    if (iris.size() < 2) continue;
    MergeGroup group;
    group.kept = iris.front();
    group.merged.assign(iris.begin() + 1, iris.end());
    group.reason = "same meeting";
    result.push_back(std::move(group));
  }
  std::sort(result.begin(), result.end(), [](const MergeGroup& a, const MergeGroup& b) { return a.kept < b.kept; });
  return result;
}

std::map<std::string, std::string> rewrite_map(const std::vector<MergeGroup>& groups) {
  std::map<std::string, std::string> map;
  for (const auto& group : groups)
    for (const auto& iri : group.merged) map[iri] = group.kept;
  return map;
}

}  // namespace newskg::merge
