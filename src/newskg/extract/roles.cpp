#include "newskg/extract/roles.hpp"

#include <map>

namespace newskg::extract {
namespace {

class RoleFinder {
 public:
  RoleFinder(const text::Document& doc, const Recognition& recognition) : doc_(doc), r_(recognition) {
    for (std::size_t i = 0; i < r_.mentions.size(); ++i) {
      mention_ending_[r_.mentions[i].end] = i;
      mention_starting_[r_.mentions[i].first] = i;
    }
    for (std::size_t i = 0; i < r_.modifiers.size(); ++i) {
      modifier_ending_[r_.modifiers[i].end] = i;
      modifier_starting_[r_.modifiers[i].first] = i;
    }
  }

  std::vector<RoleCandidate> run() {
    for (std::size_t i = 0; i < r_.mentions.size(); ++i) {
      if (r_.mentions[i].kind != EntityKind::person) continue;
      if (!before_name(i)) after_name(i);
    }
    return std::move(roles_);
  }

 private:
  std::string_view word(std::size_t i) const { return i < doc_.tokens.size() ? doc_.token_text(i) : ""; }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return a < doc_.tokens.size() && b < doc_.tokens.size() && doc_.tokens[a].sentence == doc_.tokens[b].sentence;
  }

  const Modifier* title_ending_at(std::size_t token) const {
    auto found = modifier_ending_.find(token);
    if (found == modifier_ending_.end() || r_.modifiers[found->second].demonym) return nullptr;
    return &r_.modifiers[found->second];
  }

  bool is_org_or_place(std::size_t mention) const { return r_.mentions[mention].kind != EntityKind::person; }

  // Who a title is for, read leftwards from `first`: a demonym ("Russian"),
  // an organization or country ("US", "Foreign Ministry"), or "X's".
  void qualify_left(RoleCandidate& role, std::size_t first) const {
    // A title is a noun phrase of one sentence: never "Sweden" ending the headline before
    // "President of Ukraine ..." opening the body.
    if (first == 0 || !same_sentence(first - 1, first)) return;
    auto demonym = modifier_ending_.find(first);
    if (demonym != modifier_ending_.end() && r_.modifiers[demonym->second].demonym) {
      role.org_entry = r_.modifiers[demonym->second].entry;
      role.title_first = r_.modifiers[demonym->second].first;
      return;
    }
    auto direct = mention_ending_.find(first);
    if (direct != mention_ending_.end() && is_org_or_place(direct->second)) {
      role.org_mention = direct->second;
      role.title_first = r_.mentions[direct->second].first;
      return;
    }
    // "Norwegian State Secretary and Foreign Minister X": the second title of a pair is
    // for whom the first is (its own words stay the title).
    if (first >= 2 && word(first - 1) == "and")
      if (const Modifier* paired = title_ending_at(first - 1); paired && same_sentence(paired->first, first)) {
        std::size_t own_first = role.title_first;
        qualify_left(role, paired->first);
        role.title_first = own_first;
        return;
      }
    std::string_view possessive = word(first - 1);
    if (first >= 2 && (possessive == "'s" || possessive == "\xE2\x80\x99s")) {
      auto owner = mention_ending_.find(first - 1);
      if (owner != mention_ending_.end() && is_org_or_place(owner->second)) role.org_mention = owner->second;
    }
  }

  // "of [the] France" after a title.
  void qualify_right(RoleCandidate& role, std::size_t after) const {
    if (word(after) != "of" || !same_sentence(after - 1, after + 1)) return;
    std::size_t next = after + 1;
    if (word(next) == "the") ++next;
    auto owner = mention_starting_.find(next);
    if (owner != mention_starting_.end() && is_org_or_place(owner->second)) {
      role.org_mention = owner->second;
      role.org_entry.reset();
      role.title_end = r_.mentions[owner->second].end;
    }
  }

  bool before_name(std::size_t person) {
    std::size_t first = r_.mentions[person].first;
    // "[Title] [Name]" or "[Title] of [X] [Name]".
    const Modifier* title = first > 0 ? title_ending_at(first) : nullptr;
    std::optional<std::size_t> right_owner;
    if (!title && first > 0) {
      auto owner = mention_ending_.find(first);
      if (owner != mention_ending_.end() && is_org_or_place(owner->second)) {
        std::size_t owner_first = r_.mentions[owner->second].first;
        std::size_t of = owner_first - (word(owner_first - 1) == "the" ? 2 : 1);
        if (owner_first >= 2 && word(of) == "of") {
          title = title_ending_at(of);
          right_owner = owner->second;
        }
      }
    }
    // "The NATO Secretary General, Anders Voss, said", "Norway's foreign minister, Lena Holm.":
    // the name set off after its title.
    if (!title && first >= 2 && word(first - 1) == ",") {
      std::string_view closing = word(r_.mentions[person].end);
      if (closing == "," || closing == ".") title = title_ending_at(first - 1);
    }
    if (!title || !same_sentence(title->first, first)) return false;
    RoleCandidate role;
    role.person_mention = person;
    role.title_first = title->first;
    role.title_end = title->end;
    qualify_left(role, title->first);
    if (right_owner) {
      role.org_mention = right_owner;
      role.org_entry.reset();
      role.title_end = r_.mentions[*right_owner].end;
    }
    roles_.push_back(role);
    return true;
  }

  // "[Name], [the] [X] [Title] [of Y],"
  void after_name(std::size_t person) {
    std::size_t next = r_.mentions[person].end;
    if (word(next) != ",") return;
    ++next;
    if (word(next) == "the") ++next;
    std::size_t start = next;
    // Skip one qualifier: a demonym or an organization/country.
    auto demonym = modifier_starting_.find(next);
    if (demonym != modifier_starting_.end() && r_.modifiers[demonym->second].demonym) {
      next = r_.modifiers[demonym->second].end;
    } else if (auto owner = mention_starting_.find(next);
               owner != mention_starting_.end() && is_org_or_place(owner->second)) {
      next = r_.mentions[owner->second].end;
      if (word(next) == "'s" || word(next) == "\xE2\x80\x99s") ++next;
    }
    auto title = modifier_starting_.find(next);
    if (title == modifier_starting_.end() || r_.modifiers[title->second].demonym) return;
    const Modifier& modifier = r_.modifiers[title->second];
    if (!same_sentence(modifier.first, r_.mentions[person].first)) return;
    RoleCandidate role;
    role.person_mention = person;
    role.title_first = modifier.first;
    role.title_end = modifier.end;
    if (start != modifier.first) qualify_left(role, modifier.first);
    qualify_right(role, modifier.end);
    roles_.push_back(role);
  }

  const text::Document& doc_;
  const Recognition& r_;
  std::map<std::size_t, std::size_t> mention_ending_, mention_starting_, modifier_ending_, modifier_starting_;
  std::vector<RoleCandidate> roles_;
};

}  // namespace

std::vector<RoleCandidate> find_roles(const text::Document& doc, const Recognition& recognition,
                                      const lexicon::Knowledge&) {
  return RoleFinder(doc, recognition).run();
}

}  // namespace newskg::extract
