#include "newskg/extract/meetings.hpp"
#include "newskg/text/chars.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace newskg::extract {
namespace {

using text::TokenKind;

using text::lower_ascii;

// Cue words that also have everyday senses ("received support", "a trip
// wire"): they report a meeting only with two parties named around them.
bool needs_two_parties(const std::string& cue) {
  static const std::unordered_set<std::string> weak{
      "received", "receives", "welcomed", "hosted", "hosts", "call", "calls", "tour", "trip", "session",
      "sessions", "sitting", "audience", "congress", "convention", "gathering", "forum", "forums", "dialogue",
      "discussions", "consult", "consulted", "briefed", "visiting", "negotiating", "negotiated", "talked",
      "meet", "conference", "conferences", "negotiation", "consultation", "plenary", "conversation",
      "spoke with", "talked with", "conversation with"};
  return weak.count(cue) > 0;
}

bool is_online(const std::string& kind) { return kind == "phone-call" || kind == "video-call"; }

// How specific a kind is, to choose when two reports of one meeting differ.
// "Talks" says more than "meeting" ("Blinken and Lavrov meet" over "held talks").
int specificity(const std::string& kind) {
  if (kind == "meeting") return 0;
  if (kind == "talks") return 1;
  if (kind == "conference" || kind == "session" || kind == "consultations" || kind == "negotiations") return 2;
  return 3;
}

// Kinds any report of a meeting may use ("the talks" for a phone call).
bool is_generic(const std::string& kind) { return kind == "meeting" || kind == "talks"; }

// Two reports of one meeting may differ in kind when one says just "meeting" or
// "talks"; a visit, though, is a trip, and the talks held during it another event.
bool same_kind(const std::string& a, const std::string& b) {
  return a == b || (is_generic(a) && b != "visit") || (is_generic(b) && a != "visit");
}

class MeetingFinder {
 public:
  explicit MeetingFinder(const MeetingContext& context)
      : c_(context), mentions_(context.recognition, context.doc.tokens.size()) {
    for (const auto& [phrase, kind] : c_.knowledge.meeting_words.entries()) {
      std::size_t words = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
      longest_cue_ = std::max(longest_cue_, words);
    }
    for (const auto& date : c_.dates) date_at_[date.first] = &date;
    for (const auto& compound : c_.recognition.compounds) compound_at_[compound.token] = &compound;
    for (const auto& modifier : c_.recognition.modifiers) {
      if (modifier.demonym) demonym_at_[modifier.first] = &modifier;
      modifier_end_[modifier.first] = modifier.end;
    }
  }

  std::vector<Meeting> run() {
    struct Cue {
      const text::Sentence* sentence;
      std::size_t first, end;
      std::string kind;
    };
    std::vector<Cue> cues;
    in_cue_.assign(c_.doc.tokens.size(), false);
    for (const auto& sentence : c_.doc.sentences) {
      for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
        std::size_t length = 0;
        std::string kind = cue_at(i, sentence.end_token, length);
        if (kind.empty() || inside_quotation(i)) {
          ++i;
          continue;
        }
        // "a video conference call": adjacent cues are one, of the more specific kind.
        for (std::size_t more = 0; i + length < sentence.end_token;) {
          std::string next = cue_at(i + length, sentence.end_token, more);
          if (next.empty()) break;
          if (specificity(next) > specificity(kind)) kind = next;
          length += more;
        }
        // Where each cue stands, so that one meeting's words stop at the next one's.
        for (std::size_t k = i; k < i + length; ++k) in_cue_[k] = true;
        cues.push_back({&sentence, i, i + length, std::move(kind)});
        i += length;
      }
    }
    std::vector<Meeting> meetings;
    for (const auto& cue : cues)
      if (auto meeting = read_meeting(*cue.sentence, cue.first, cue.end, cue.kind)) add(meetings, std::move(*meeting));
    return meetings;
  }

 private:
  std::string word(std::size_t i) const { return i < c_.doc.tokens.size() ? lower_ascii(c_.doc.token_text(i)) : ""; }

  bool inside_quotation(std::size_t token) const {
    std::size_t at = c_.doc.tokens[token].begin;
    for (const auto& quotation : c_.doc.quotations)
      if (quotation.depth == 0 && at >= quotation.begin && at < quotation.end) return true;
    return false;
  }

  std::string cue_at(std::size_t i, std::size_t end, std::size_t& length) const {
    // "spoke yesterday with", "talked at length with": the verb and its "with".
    std::string head = word(i);
    if (head == "spoke" || head == "talked" || head == "speaks" || head == "talks") {
      for (std::size_t n = 2; n <= 4 && i + n < end; ++n) {
        if (word(i + n) == "with") {
          bool adverbs = true;
          for (std::size_t k = i + 1; k < i + n; ++k)
            adverbs &= !c_.doc.tokens[k].capitalised && c_.doc.tokens[k].kind == TokenKind::word;
          if (!adverbs) break;
          length = n + 1;
          // "spoke by phone with", "talked via video link with".
          for (std::size_t k = i + 1; k < i + n; ++k) {
            if (word(k) == "phone" || word(k) == "telephone") return "phone-call";
            if (word(k) == "video") return "video-call";
          }
          return "talks";
        }
      }
    }
    std::string phrase;
    std::string kind;
    for (std::size_t n = 0; n < longest_cue_ && i + n < end; ++n) {
      if (n) phrase += ' ';
      phrase += word(i + n);
      auto category = c_.knowledge.meeting_words.category(phrase);
      if (!category.empty()) {
        kind = std::string(category);
        length = n + 1;
      }
    }
    return kind;
  }

  std::optional<std::size_t> mention_at(std::size_t token) const { return mentions_.at(token); }

  bool is_boundary(std::size_t i) const {
    std::string w = word(i);
    return w == "," || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "when" ||
           w == "while" || w == "after" || w == "before" || w == "ahead" || w == "sidelines" ||
           (w == "part" && word(i + 1) == "of") || w == "(" || w == ")" ||
           c_.doc.tokens[i].kind == TokenKind::quote;
  }

  std::optional<Meeting> read_meeting(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                                      const std::string& kind) {
    // "the negotiation process", "the talks format": the process, not a meeting of it.
    static const std::unordered_set<std::string> process_heads{"process", "processes", "format", "formats",
                                                               "mechanism", "mechanisms", "track"};
    if (process_heads.count(word(cue_end))) return std::nullopt;
    Meeting meeting;
    meeting.kind = kind;
    std::vector<std::pair<std::size_t, EntityId>> people, others;  // (token, entity)
    std::optional<EntityId> place;
    auto take = [&](std::size_t token, std::size_t mention) {
      EntityId id = c_.entity_of[mention];
      std::string before = token > 0 ? word(token - 1) : "";
      if ((before == "the" || before == "a" || before == "an") && token > 1) before = word(token - 2);
      EntityKind entity_kind = c_.entities[id].kind;
      bool located = before == "in" || before == "at" || before == "to" || before == "near";
      // A visit is to a place: the place visited is where, not who.
      if (entity_kind == EntityKind::place && (located || kind == "visit"))
        place = place ? place : std::optional<EntityId>(id);
      else if (entity_kind == EntityKind::person)
        people.emplace_back(token, id);
      else
        others.emplace_back(token, id);
    };
    // "Russia-US talks": both names of the compound are parties.
    auto take_compound = [&](std::size_t token) {
      const Compound& compound = *compound_at_.at(token);
      for (lexicon::EntryId entry : {compound.first, compound.second}) {
        EntityId id = c_.entity_for_entry(entry);
        (c_.entities[id].kind == EntityKind::person ? people : others).emplace_back(token, id);
      }
    };
    // "Russian and Ukrainian negotiators", "the Chinese side": the countries, as delegations.
    std::vector<EntityId> delegations;
    auto take_delegation = [&](const Modifier& demonym) {
      delegations.push_back(c_.entity_for_entry(demonym.entry));
      return demonym.end - 1;
    };
    // Left: back to the start of the clause, or to the "and" after a meeting
    // before it in the clause ("talks in Geneva and a council meeting in Brussels").
    std::size_t left = cue;
    while (left > sentence.first_token && (!is_boundary(left - 1) || is_headline_and(left - 1))) --left;
    for (std::size_t k = cue, and_at = cue; k-- > left;) {
      if (word(k) == "and" && and_at == cue) and_at = k;
      if (in_cue_[k] && and_at != cue) {
        left = and_at + 1;
        break;
      }
    }
    if (proposes_before(left, cue)) return std::nullopt;
    for (std::size_t i = left; i < cue; ++i) {
      if (compound_at_.count(i)) {
        take_compound(i);
      } else if (const Modifier* demonym = delegation_at(i)) {
        i = take_delegation(*demonym);
      } else if (auto mention = mention_at(i)) {
        take(i, *mention);
        i = c_.recognition.mentions[*mention].end - 1;
      } else if (std::string w = word(i); (w == "he" || w == "she") && people.empty()) {
        if (auto subject = subject_of_previous_sentence(sentence)) people.emplace_back(i, *subject);
      } else if (w == "they" && people.empty()) {
        for (EntityId person : group_before(sentence, i)) people.emplace_back(i, person);
      }
    }
    // Right: the parties after "with", "between", "to", the object of "met"/"hosted",
    // up to the "and" before another meeting in the clause.
    std::size_t limit = cue_end;
    while (limit < sentence.end_token && (!is_boundary(limit) || is_list_comma(limit))) ++limit;
    for (std::size_t k = cue_end, and_at = limit; k < limit; ++k) {
      if (word(k) == "and") and_at = k;
      if (in_cue_[k] && and_at != limit) {
        limit = and_at;
        break;
      }
    }
    std::size_t right = cue_end;
    while (right < limit && word(right) != ".") {
      if (compound_at_.count(right)) take_compound(right);
      if (const Modifier* demonym = delegation_at(right)) {
        right = take_delegation(*demonym) + 1;
        continue;
      }
      if (auto mention = mention_at(right)) {
        take(right, *mention);
        right = c_.recognition.mentions[*mention].end;
        continue;
      }
      std::string w = word(right);
      if (w == "on" || w == "and" || w == "with" || w == "between" || w == "in" || w == "at" || w == "of" ||
          w == "the" || w == "a" || w == "an" || w == "president" || c_.doc.tokens[right].capitalised ||
          date_at_.count(right) || w == "to" || w == "by" || w == "phone" || w == "telephone" || w == "his" ||
          w == "her" || w == "their" || w == "its" || w == "counterpart" || w == "counterparts" ||
          w == "colleague" || w == "colleagues" || c_.knowledge.party_nouns.contains(w) || is_list_comma(right))
        ++right;
      else if (right - cue_end < 3)
        ++right;
      else
        break;
    }
    // Where and when may come later in the clause: "... on aid for Sudan in Paris on May 3",
    // "on the sidelines of the summit in Kazan".
    std::size_t clause_end = right;
    while (clause_end < sentence.end_token && (!is_boundary(clause_end) || word(clause_end) == "sidelines") &&
           word(clause_end) != ".") {
      if (auto mention = mention_at(clause_end); mention && !place && clause_end > right) {
        std::string before = word(clause_end - 1);
        if (c_.entities[c_.entity_of[*mention]].kind == EntityKind::place && (before == "in" || before == "at"))
          place = c_.entity_of[*mention];
      }
      ++clause_end;
    }
    for (auto& [token, id] : people) meeting.participants.push_back(id);
    meeting.participants.insert(meeting.participants.end(), delegations.begin(), delegations.end());
    if (people.empty())
      for (auto& [token, id] : others) meeting.participants.push_back(id);
    else
      for (auto& [token, id] : others)
        if (c_.entities[id].kind == EntityKind::organization && !is_role_qualifier(token)) meeting.participants.push_back(id);
    std::sort(meeting.participants.begin(), meeting.participants.end());
    meeting.participants.erase(std::unique(meeting.participants.begin(), meeting.participants.end()),
                               meeting.participants.end());
    if (meeting.participants.empty()) return std::nullopt;
    // Countries alone meet only in talks, negotiations or summits, and two at least.
    bool places_only = people.empty() && delegations.empty() && std::all_of(meeting.participants.begin(), meeting.participants.end(),
                                                     [&](EntityId id) { return c_.entities[id].kind == EntityKind::place; });
    bool state_level = kind == "talks" || kind == "negotiations" || kind == "summit" || kind == "consultations";
    // "Switzerland will host a peace conference": the host alone is party enough.
    bool hosted = false;
    for (std::size_t i = std::max(left, cue >= 4 ? cue - 4 : 0); i < cue; ++i) {
      std::string w = word(i);
      hosted |= w == "host" || w == "hosts" || w == "hosted" || w == "hosting";
    }
    if (places_only && !hosted && (!state_level || meeting.participants.size() < 2)) return std::nullopt;
    // "Ukrainian officials met to discuss the budget": one side alone holds no meeting.
    if (people.empty() && !delegations.empty() && !hosted && meeting.participants.size() < 2) return std::nullopt;
    std::string cue_text = word(cue);
    for (std::size_t i = cue + 1; i < cue_end; ++i) cue_text += " " + word(i);
    if (needs_two_parties(cue_text) && !hosted && meeting.participants.size() < 2) return std::nullopt;

    meeting.place = place;
    meeting.online = is_online(kind);
    meeting.planned = is_planned(sentence, cue);
    // The date: one written in the sentence, nearest the cue; else the
    // article's own day for a meeting the headline or lead reports as done.
    const DateMention* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& date : c_.dates) {
      if (date.first < left || date.first >= std::max(clause_end, cue_end)) continue;
      std::size_t distance = date.first > cue ? date.first - cue : cue - date.first;
      if (!best || distance < best_distance) best = &date, best_distance = distance;
    }
    // "spoke several times last week when they attended a summit": a "when" or
    // "while" clause with no date of its own shares the one of the clause before it.
    if (!best && left > sentence.first_token && (word(left - 1) == "when" || word(left - 1) == "while"))
      for (const auto& date : c_.dates)
        if (date.first >= sentence.first_token && date.first < left) best = &date;
    if (best) {
      meeting.date_written = true;
      meeting.date = best->value;
      if (best->granularity == Granularity::week) meeting.date = best->value.substr(0, 7);
      if (best->future) meeting.planned = true;
    } else if (c_.doc.tokens[cue].begin < c_.lead_end && !meeting.planned && !looks_back(sentence)) {
      meeting.date = c_.article_date;
    }
    meeting.confidence = people.size() >= 2 || meeting.participants.size() >= 2 ? 0.75 : 0.55;
    meeting.evidence.push_back({c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                                meeting.confidence, "meeting-cue"});
    return meeting;
  }

  // "This follows a meeting with ...", "after talks last month": a sentence
  // that recalls an earlier meeting does not date it to the article's day.
  bool looks_back(const text::Sentence& sentence) const {
    static const std::unordered_set<std::string> markers{"follows", "followed", "earlier", "previous",
                                                         "previously", "last", "ago", "recalled"};
    for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i)
      if (markers.count(word(i))) return true;
    return false;
  }

  // "U.S. and Russia hold talks" and "Rubio and Lavrov held talks": two or more
  // parties that stand for the same countries.
  bool same_sides(const Meeting& a, const Meeting& b) const {
    auto sides = [&](const Meeting& m) {
      std::vector<lexicon::EntryId> countries;
      for (EntityId id : m.participants) {
        auto country = country_of(id);
        if (!country) return std::vector<lexicon::EntryId>{};
        countries.push_back(*country);
      }
      std::sort(countries.begin(), countries.end());
      countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
      return countries;
    };
    // Only where one report names countries: two meetings of different people from
    // the same two countries are two meetings.
    auto names_country = [&](const Meeting& m) {
      return std::any_of(m.participants.begin(), m.participants.end(),
                         [&](EntityId id) { return c_.entities[id].kind == EntityKind::place; });
    };
    if (!names_country(a) && !names_country(b)) return false;
    auto first = sides(a);
    return first.size() >= 2 && first == sides(b);
  }

  // The country a party stands for: a country itself, a person's country in the
  // lexicon, else the country of their role.
  std::optional<lexicon::EntryId> country_of(EntityId id) const {
    const Entity& entity = c_.entities[id];
    if (entity.kind == EntityKind::place) return entity.lexicon_entry;
    if (entity.kind != EntityKind::person) return std::nullopt;
    if (entity.lexicon_entry)
      if (const auto* country = c_.knowledge.lexicon.country(c_.knowledge.lexicon.entry(*entity.lexicon_entry).country))
        return c_.knowledge.lexicon.id_of(*country);
    for (const auto& role : c_.roles)
      if (role.person == id && role.organization && c_.entities[*role.organization].kind == EntityKind::place)
        return c_.entities[*role.organization].lexicon_entry;
    return std::nullopt;
  }

  // "offered to host talks", "is ready to help organize talks", "called for
  // talks": a meeting proposed in the clause, not one held or scheduled.
  // The proposing words end at most four words before the meeting's.
  bool proposes_before(std::size_t left, std::size_t cue) const {
    for (std::size_t i = std::max(left, cue >= 8 ? cue - 8 : 0); i < cue; ++i) {
      std::string phrase;
      for (std::size_t n = 0; n < 3 && i + n < cue; ++n) {
        phrase += (n ? " " : "") + word(i + n);
        auto category = c_.knowledge.proposal_verbs.category(phrase);
        if ((category == "proposed" || category == "offer") && cue - (i + n + 1) <= 4) return true;
      }
    }
    return false;
  }

  // "with Russia, Turkey and Iran": a comma inside a list of names.
  bool is_list_comma(std::size_t token) const {
    if (word(token) != "," || token == 0 || !mention_at(token - 1)) return false;
    if (word(token + 1) == "and") return mention_at(token + 2).has_value();
    auto next = mention_at(token + 1);
    if (!next) return false;
    std::string after = word(c_.recognition.mentions[*next].end);
    return after == "and" || after == ",";
  }

  // "Russia, Ukraine resume talks": a headline's comma between two names is "and".
  bool is_headline_and(std::size_t token) const {
    return word(token) == "," && c_.doc.tokens[token].begin < c_.headline_end && token > 0 && mention_at(token - 1) &&
           mention_at(token + 1);
  }

  // A demonym that stands for its country's people: before a party noun
  // ("Ukrainian negotiators", "the Chinese side"), or joined by "and" to one
  // that is ("Russian and Ukrainian negotiators").
  const Modifier* delegation_at(std::size_t token) const {
    auto found = demonym_at_.find(token);
    if (found == demonym_at_.end()) return nullptr;
    std::size_t next = found->second->end;
    if (c_.knowledge.party_nouns.contains(word(next))) return found->second;
    if ((word(next) == "and" || word(next) == ",") && delegation_at(next + 1)) return found->second;
    return nullptr;
  }

  // "Trump and Putin spoke ... when they attended a summit": two people or more
  // named earlier in the sentence, else opening the sentence before.
  std::vector<EntityId> group_before(const text::Sentence& sentence, std::size_t pronoun) const {
    std::vector<EntityId> group;
    auto persons = [&](std::size_t from, std::size_t to, bool opening) {
      group.clear();
      for (std::size_t i = from; i < to; ++i) {
        if (auto mention = mention_at(i); mention && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person) {
          group.push_back(c_.entity_of[*mention]);
          i = c_.recognition.mentions[*mention].end - 1;
        } else if (auto title = modifier_end_.find(i); title != modifier_end_.end()) {
          i = title->second - 1;  // "Russian leader", "President"
        } else if (opening && c_.doc.tokens[i].kind == TokenKind::word && !c_.doc.tokens[i].capitalised &&
                   word(i) != "and" && word(i) != "the") {
          break;  // the verb after the subject
        }
      }
      return group.size() >= 2;
    };
    if (persons(sentence.first_token, pronoun, false)) return group;
    std::uint32_t index = c_.doc.tokens[sentence.first_token].sentence;
    if (pronoun == sentence.first_token && index > 0) {
      const auto& previous = c_.doc.sentences[index - 1];
      if (persons(previous.first_token, previous.end_token, true)) return group;
    }
    return {};
  }

  // "He met ...": the first person named in the sentence before.
  std::optional<EntityId> subject_of_previous_sentence(const text::Sentence& sentence) const {
    std::uint32_t index = c_.doc.tokens[sentence.first_token].sentence;
    if (index == 0) return std::nullopt;
    const auto& previous = c_.doc.sentences[index - 1];
    for (std::size_t i = previous.first_token; i < previous.end_token; ++i)
      if (auto mention = mention_at(i); mention && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person)
        return c_.entity_of[*mention];
    return std::nullopt;
  }

  // An organization written inside a person's title ("Russia's Foreign Ministry spokeswoman X").
  bool is_role_qualifier(std::size_t token) const {
    auto mention = mention_at(token);
    if (!mention) return false;
    std::size_t next = c_.recognition.mentions[*mention].end;
    for (const auto& modifier : c_.recognition.modifiers)
      if (!modifier.demonym && modifier.first == next) return true;
    return false;
  }

  bool is_planned(const text::Sentence& sentence, std::size_t cue) const {
    for (std::size_t i = sentence.first_token; i < cue + 3 && i < sentence.end_token; ++i) {
      std::string w = word(i);
      if (w == "will" || w == "would" || w == "scheduled" || w == "planned" || w == "upcoming" || w == "expected" ||
          w == "due" || w == "shall" || (w == "set" && (word(i + 1) == "to" || word(i + 1) == "for")) ||
          (w == "to" && (word(i + 1) == "hold" || word(i + 1) == "meet" || word(i + 1) == "visit" ||
                          word(i + 1) == "host" || word(i + 1) == "attend")))
        return true;
    }
    return false;
  }

  // Two reports of one meeting (the same parties, compatible kinds and days) are one.
  void add(std::vector<Meeting>& meetings, Meeting meeting) const {
    for (auto& existing : meetings) {
      std::vector<EntityId> common;
      std::set_intersection(existing.participants.begin(), existing.participants.end(), meeting.participants.begin(),
                            meeting.participants.end(), std::back_inserter(common));
      // One report may name fewer parties ("the talks with Blinken").
      std::size_t smaller = std::min(existing.participants.size(), meeting.participants.size());
      bool same_parties = (common.size() == smaller && (common.size() >= 2 || existing.participants.size() == 1 ||
                                                        meeting.participants.size() == 1)) ||
                          same_sides(existing, meeting);
      bool same_day = existing.date.empty() || meeting.date.empty() || existing.date == meeting.date ||
                      !existing.date_written || !meeting.date_written;
      if (!same_parties || !same_day || !same_kind(existing.kind, meeting.kind) || existing.planned != meeting.planned)
        continue;
      if (specificity(meeting.kind) > specificity(existing.kind)) {
        existing.kind = meeting.kind;
        existing.online = meeting.online;
      }
      std::vector<EntityId> all;
      std::set_union(existing.participants.begin(), existing.participants.end(), meeting.participants.begin(),
                     meeting.participants.end(), std::back_inserter(all));
      existing.participants = std::move(all);
      // A date the text writes beats the article's own day taken by default.
      if (existing.date.empty() || (!existing.date_written && meeting.date_written && !meeting.date.empty())) {
        existing.date = meeting.date;
        existing.date_written = meeting.date_written;
      }
      if (!existing.place) existing.place = meeting.place;
      existing.confidence = std::max(existing.confidence, meeting.confidence);
      existing.evidence.insert(existing.evidence.end(), meeting.evidence.begin(), meeting.evidence.end());
      return;
    }
    meetings.push_back(std::move(meeting));
  }

  const MeetingContext& c_;
  std::size_t longest_cue_ = 1;
  MentionIndex mentions_;
  std::map<std::size_t, const DateMention*> date_at_;
  std::map<std::size_t, const Compound*> compound_at_;
  std::map<std::size_t, const Modifier*> demonym_at_;
  std::map<std::size_t, std::size_t> modifier_end_;  // titles and demonyms: first token -> end
  std::vector<bool> in_cue_;
};

}  // namespace

std::vector<Meeting> find_meetings(const MeetingContext& context) { return MeetingFinder(context).run(); }

}  // namespace newskg::extract
