#include "newskg/extract/meetings.hpp"
#include "newskg/text/chars.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace newskg::extract {
namespace {

using text::TokenKind;

using text::lower_ascii;

constexpr std::size_t none = Tree::none;

// ontology/words/meeting-frames.txt: the words around a cue the finder reads
// (with-verbs, call media, host, sidelines, counterparts), by category.
std::string_view frame(std::string_view word) {
  static const lexicon::WordList& list = lexicon::WordList::embedded("meeting-frames");
  return list.category(word);
}

// What a phrase of lower-case words is among the meeting cues, for every phrase of
// meeting-words.txt, every phrase a longer one begins with ("telephone" of "telephone
// conversation") and every with-verb of meeting-frames.txt ("spoke ... with"): the words
// at a token are looked up once, in one table, and reading stops at the first phrase
// that is no cue and begins none.
struct CueWords {
  std::string_view kind;   // the category in meeting-words.txt, or empty
  bool with_verb = false;  // "with-verb" in meeting-frames.txt
};
using CueTable = std::unordered_map<std::string_view, CueWords, lexicon::WordHash, std::equal_to<>>;

// The lists are the embedded ones (Knowledge holds no others), so the table is built once.
const CueTable& meeting_cues(const lexicon::Knowledge& knowledge) {
  static const CueTable table = [&knowledge] {
    CueTable out;
    out.reserve(2 * knowledge.meeting_words.size());
    for (const auto& [phrase, kind] : knowledge.meeting_words.entries()) {
      out[phrase].kind = kind;
      for (std::size_t space = phrase.find(' '); space != std::string_view::npos; space = phrase.find(' ', space + 1))
        out.try_emplace(phrase.substr(0, space));
    }
    for (const auto& [word, category] : lexicon::WordList::embedded("meeting-frames").entries())
      if (category == "with-verb") out[word].with_verb = true;
    return out;
  }();
  return table;
}

// Cue words that also have everyday senses ("received support", "a trip
// wire"): they report a meeting only with two parties named around them
// (ontology/words/meeting-weak-cues.txt).
bool needs_two_parties(const std::string& cue) {
  static const lexicon::WordList& weak = lexicon::WordList::embedded("meeting-weak-cues");
  return weak.contains(cue);
}

// What ontology/words/meeting-kinds.txt says of a kind ("RANK FLAG..."), read
// once into flags: the finder asks for every cue and every pair of reports.
struct KindInfo {
  int rank = 3;  // a kind not listed ranks 3
  bool generic = false, state = false, online = false, visit = false, media = false;
};

const KindInfo& kind_info(const std::string& kind) {
  static const std::unordered_map<std::string, KindInfo> kinds = [] {
    std::unordered_map<std::string, KindInfo> out;
    for (const auto& [name, entry] : lexicon::WordList::embedded("meeting-kinds").entries()) {
      KindInfo info;
      for (std::size_t at = 0; at < entry.size();) {
        std::size_t space = std::min(entry.find(' ', at), entry.size());
        std::string_view flag = entry.substr(at, space - at);
        if (!flag.empty() && flag[0] >= '0' && flag[0] <= '9') info.rank = flag[0] - '0';
        info.generic |= flag == "generic";
        info.state |= flag == "state";
        info.online |= flag == "online";
        info.visit |= flag == "visit";
        info.media |= flag == "media";
        at = space + 1;
      }
      out.emplace(std::string(name), info);
    }
    return out;
  }();
  static const KindInfo unlisted;
  auto found = kinds.find(kind);
  return found == kinds.end() ? unlisted : found->second;
}

bool is_online(const std::string& kind) { return kind_info(kind).online; }
bool is_visit(const std::string& kind) { return kind_info(kind).visit; }
// Countries alone may hold it: talks, negotiations, summits, consultations.
bool is_state_level(const std::string& kind) { return kind_info(kind).state; }

// How specific a kind is, to choose when two reports of one meeting differ.
// "Talks" says more than "meeting" ("Blinken and Lavrov meet" over "held talks").
int specificity(const std::string& kind) { return kind_info(kind).rank; }

// Kinds any report of a meeting may use ("the talks" for a phone call).
bool is_generic(const std::string& kind) { return kind_info(kind).generic; }

// Two reports of one meeting may differ in kind when one says just "meeting" or
// "talks"; a visit, though, is a trip, and the talks held during it another event.
// A media event (M3) is its own item too, not the talks that came before it.
bool same_kind(const std::string& a, const std::string& b) {
  auto apart = [](const std::string& kind) { return kind_info(kind).visit || kind_info(kind).media; };
  return a == b || (is_generic(a) && !apart(b)) || (is_generic(b) && !apart(a));
}

// What the structure around one meeting word says.
struct Status {
  bool planned = false;
  bool proposed = false;  // possible, proposed, hoped for (N2): no meeting
  bool habitual = false;  // regular contact (N1): no meeting
  bool past = false;      // recalled ("a previous meeting"): no article date
  bool negated = false;   // "did not meet": no meeting
  bool following = false; // "then met": after the meeting reported before, on its day (D7)
};

class MeetingFinder {
 public:
  explicit MeetingFinder(const MeetingContext& context)
      : c_(context), t_(context.tree), mentions_(context.recognition, context.doc.tokens.size()),
        status_words_(lexicon::WordList::embedded("meeting-status")), cues_(meeting_cues(context.knowledge)) {
    for (const auto& compound : c_.recognition.compounds) compound_at_[compound.token] = &compound;
    std::unordered_map<std::size_t, lexicon::EntryId> demonym_ending;
    for (const auto& modifier : c_.recognition.modifiers) {
      if (modifier.demonym) demonym_at_[modifier.first] = &modifier;
      if (modifier.demonym) demonym_ending[modifier.end] = modifier.entry;
      modifier_end_[modifier.first] = modifier.end;
    }
    for (const auto& nominal : c_.nominals)
      for (std::size_t i = nominal.first; i < nominal.end; ++i) nominal_at_[i] = nominal.person;
    // "her Chilean counterpart Diego Reyes": the demonym says whose side the person is on.
    for (std::size_t m = 0; m < c_.recognition.mentions.size(); ++m) {
      const Mention& mention = c_.recognition.mentions[m];
      if (mention.kind != EntityKind::person || mention.first < 2 || frame(word(mention.first - 1)) != "counterpart")
        continue;
      if (auto demonym = demonym_ending.find(mention.first - 1); demonym != demonym_ending.end())
        demonym_country_.emplace(c_.entity_of[m], demonym->second);
    }
    // Indexes, so that a cue costs what its sentence holds, not the whole article:
    // the tokens inside a quotation, the dates of each sentence.
    in_quotation_.assign(c_.doc.tokens.size(), false);
    for (const auto& quotation : c_.doc.quotations) {
      if (quotation.depth != 0) continue;
      auto token = std::lower_bound(c_.doc.tokens.begin(), c_.doc.tokens.end(), quotation.begin,
                                    [](const text::Token& t, std::size_t at) { return t.begin < at; });
      for (; token != c_.doc.tokens.end() && token->begin < quotation.end; ++token)
        in_quotation_[static_cast<std::size_t>(token - c_.doc.tokens.begin())] = true;
    }
    for (std::size_t d = 0; d < c_.dates.size(); ++d)
      for (std::size_t i = c_.dates[d].first; i < c_.dates[d].end && i < c_.doc.tokens.size(); ++i) {
        auto& list = dates_in_sentence_[c_.doc.tokens[i].sentence];
        if (list.empty() || list.back() != d) list.push_back(d);
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
        if (kind.empty() || inside_quotation(i) || inside_body_name(i, length)) {
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
        for (std::size_t k = i; k < i + length; ++k) in_cue_[k] = true;
        cues.push_back({&sentence, i, i + length, std::move(kind)});
        i += length;
      }
    }
    // The event word of every cue, so that one meeting's dependents stop at another's.
    for (const auto& cue : cues)
      if (std::size_t event = event_word(cue.first, cue.end); event != none) event_words_.insert(event);
    std::vector<Meeting> meetings;
    for (const auto& cue : cues) {
      auto meeting = read_meeting(*cue.sentence, cue.first, cue.end, cue.kind, meetings);
      if (!meeting) {
        date_earlier_report(cue.first, cue.end, cue.kind, meetings);
        follow_up_meeting(*cue.sentence, cue.first, cue.end, cue.kind, meetings);
        continue;
      }
      std::size_t event = event_word(cue.first, cue.end);  // a meeting was read: never none
      if (Meeting* earlier = referred_back(cue.first, event, *meeting, meetings)) {
        if (!attends(event)) meeting->participants.clear();
        merge_into(*earlier, std::move(*meeting));
        continue;
      }
      for (auto& one : separate_meetings(*cue.sentence, cue.first, cue.end, std::move(*meeting), meetings))
        add(meetings, std::move(one));
    }
    // A trip at home goes first: the meeting its traveller holds there stays a meeting.
    std::erase_if(meetings, [&](const Meeting& meeting) { return domestic_trip(meeting); });
    merge_visits(meetings);
    for (auto& meeting : meetings) drop_countries_of_people(meeting);
    return meetings;
  }

 private:
  // The token at `i` lower-cased (Document::folded), or empty past the end.
  std::string_view word(std::size_t i) const {
    return i < c_.doc.tokens.size() ? c_.doc.folded_token(i) : std::string_view();
  }
  std::string_view folded_form(std::size_t w) const { return t_.folded_form(c_.doc, w); }
  std::string lemma(std::size_t w) const { return lower_ascii(t_.lemma(w)); }
  std::string_view status(std::size_t w) const {
    std::string_view s = status_words_.category(lemma(w));
    if (s.empty()) s = status_words_.category(folded_form(w));
    if (s == "proposed-adjective") return t_.upos(w) == "ADJ" ? "proposed" : "";
    return s;
  }
  bool is_verb(std::size_t w) const { return t_.upos(w) == "VERB" || t_.upos(w) == "AUX"; }
  bool is_nominal(std::size_t w) const {
    auto u = t_.upos(w);
    return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM";
  }
  // The preposition of an oblique or nominal modifier ("with" in "with Xi"), lower case.
  std::string case_of(std::size_t w) const {
    std::size_t c = t_.child(w, "case");
    return c == none ? "" : lemma(c);
  }

  bool inside_quotation(std::size_t token) const { return in_quotation_[token]; }

  // "the Conference on Disarmament Secretariat", "the Council of Elders Office": a cue
  // followed by more words of an organization's name names the body, not an event of it.
  bool inside_body_name(std::size_t token, std::size_t length) const {
    auto mention = mentions_.at(token);
    if (!mention) return false;
    EntityId id = c_.entity_of[*mention];
    return c_.entities[id].kind == EntityKind::organization && c_.recognition.mentions[*mention].end > token + length;
  }

  std::string cue_at(std::size_t i, std::size_t end, std::size_t& length) const {
    std::string phrase(word(i));
    auto cue = cues_.find(phrase);
    if (cue == cues_.end()) return {};
    // "spoke yesterday with", "talked at length with": the verb and its "with".
    if (cue->second.with_verb) {
      for (std::size_t n = 2; n <= 4 && i + n < end; ++n) {
        if (word(i + n) == "with") {
          bool adverbs = true;
          for (std::size_t k = i + 1; k < i + n; ++k)
            adverbs &= !c_.doc.tokens[k].capitalised && c_.doc.tokens[k].kind == TokenKind::word;
          if (!adverbs) break;
          length = n + 1;
          // "spoke by phone with", "talked via video link with".
          for (std::size_t k = i + 1; k < i + n; ++k)
            if (std::string_view medium = frame(word(k)); medium == "phone-call" || medium == "video-call")
              return std::string(medium);
          return "talks";
        }
      }
    }
    std::string kind;
    for (std::size_t words = 1;; ++words) {
      if (!cue->second.kind.empty()) {
        kind = std::string(cue->second.kind);
        length = words;
      }
      if (i + words >= end) break;
      phrase += ' ';
      phrase += word(i + words);
      cue = cues_.find(phrase);
      if (cue == cues_.end()) break;  // no cue, and no longer cue begins so
    }
    return kind;
  }

  // The word of the cue that heads the others ("held" in "held talks", "conversation"
  // in "telephone conversation"), or none when the sentence was not parsed.
  std::size_t event_word(std::size_t first, std::size_t end) const {
    std::vector<std::size_t> words;
    for (std::size_t i = first; i < end; ++i)
      if (std::size_t w = t_.word_of(i); w != none && t_.upos(w) != "ADP" && t_.upos(w) != "DET") words.push_back(w);
    for (std::size_t w : words)
      if (std::none_of(words.begin(), words.end(), [&](std::size_t other) { return other != w && t_.dominates(other, w); }))
        return w;
    return words.empty() ? none : words.front();
  }

  // --- Parties ----------------------------------------------------------------------------

  struct Parties {
    std::vector<std::pair<std::size_t, EntityId>> people, others;  // (token, entity)
    std::vector<EntityId> delegations;                             // countries of demonym sides
    std::optional<EntityId> place;
  };

  bool is_country(EntityId id) const {
    const auto& types = c_.entities[id].types;
    return std::find(types.begin(), types.end(), "http://schema.org/Country") != types.end();
  }

  // The entity a word names: a recognised name, a nominal ("the minister") or a
  // pronoun resolved through the structure.
  void take_word(std::size_t w, const text::Sentence& sentence, const std::string& kind, Parties& parties,
                 const std::vector<Meeting>& before) const {
    std::size_t token = t_.token_of(w);
    if (in_dateline(token)) return;  // the parser reads the dateline into the sentence
    if (auto compound = compound_at_.find(token); compound != compound_at_.end()) {
      // "Russia-US talks": both names of the compound are parties.
      for (lexicon::EntryId entry : {compound->second->first, compound->second->second}) {
        EntityId id = c_.entity_for_entry(entry);
        (c_.entities[id].kind == EntityKind::person ? parties.people : parties.others).emplace_back(token, id);
      }
      return;
    }
    if (const Modifier* demonym = delegation_at(token)) {
      parties.delegations.push_back(c_.entity_for_entry(demonym->entry));
      return;
    }
    if (auto mention = mentions_.at(token)) {
      EntityId id = c_.entity_of[*mention];
      const Entity& entity = c_.entities[id];
      std::string preposition = case_of(w);
      bool located = preposition == "in" || preposition == "at" || preposition == "to" || preposition == "near";
      if (entity.kind == EntityKind::place && !located && is_country(id) && represented_by_party_noun(w)) {
        parties.delegations.push_back(id);  // "the foreign ministers of Egypt and Jordan"
      } else if (entity.kind == EntityKind::place && (located || is_visit(kind) || !is_country(id))) {
        if (!parties.place) parties.place = id;  // a visit is to a place; a city is where, not who
      } else if (entity.kind == EntityKind::person) {
        parties.people.emplace_back(token, id);
      } else {
        parties.others.emplace_back(token, id);
      }
      return;
    }
    if (auto nominal = nominal_at_.find(token); nominal != nominal_at_.end()) {
      parties.people.emplace_back(token, nominal->second);
      return;
    }
    std::string_view form = word(token);
    if (form == "he" || form == "she" || form == "him" || form == "her" || form == "his") {
      if (auto person = antecedent(w, sentence)) parties.people.emplace_back(token, *person);
    } else if (form == "they" || form == "them" || form == "their") {
      std::vector<EntityId> group = group_before(sentence, token);
      for (EntityId person : group) parties.people.emplace_back(token, person);
      // "The Russian and Ukrainian delegations met ... They will meet again": no people
      // named, the parties of the meeting just reported.
      if (group.empty() && !before.empty()) take_parties_of(before.back(), token, parties);
    } else if (c_.knowledge.party_nouns.contains(form) && refers_to_both(w)) {
      // "the two leaders", "both sides": the parties of the meeting just reported.
      if (!before.empty())
        take_parties_of(before.back(), token, parties);
      else
        for (EntityId person : group_before(sentence, token)) parties.people.emplace_back(token, person);
    }
  }

  // "the foreign ministers of Egypt and Jordan", "Jordan's delegation": a country
  // named as the "of" or possessor of a party noun (party-nouns.txt) stands for
  // the people it sends, like the demonym of "Jordanian ministers".
  bool represented_by_party_noun(std::size_t w) const {
    std::size_t name = w;
    while (t_.base_relation(name) == "conj" && t_.head(name) != none) name = t_.head(name);
    std::size_t head = t_.head(name);
    if (head == none || !c_.knowledge.party_nouns.contains(folded_form(head))) return false;
    return t_.relation(name) == "nmod:poss" || (t_.base_relation(name) == "nmod" && case_of(name) == "of");
  }

  // The parties of a meeting reported before, as one word (`token`) refers to them all;
  // its countries stood for their people, as delegations.
  void take_parties_of(const Meeting& meeting, std::size_t token, Parties& parties) const {
    for (EntityId id : meeting.participants) {
      if (c_.entities[id].kind == EntityKind::person)
        parties.people.emplace_back(token, id);
      else if (is_country(id))
        parties.delegations.push_back(id);
      else
        parties.others.emplace_back(token, id);
    }
  }

  // "the two leaders", "both sides", "the sides": a plural party noun without a demonym.
  bool refers_to_both(std::size_t w) const {
    for (std::uint32_t child : t_.children(w)) {
      std::string_view form = folded_form(child);
      if (form == "two" || form == "both") return true;
      if (demonym_at_.count(t_.token_of(child))) return false;
    }
    std::string_view form = folded_form(w);
    return form == "sides" || form == "parties";
  }

  // The words of an argument that may name a party: the word, its conjuncts and
  // appositions, the parts of a name, and the modifiers of a common noun
  // ("executives of Northern Rail", "the Chinese side", "Russia-US talks");
  // never the title words of a named person ("Russia's Foreign Ministry
  // spokeswoman Zakharova") or a clause hanging from it.
  void argument_words(std::size_t w, std::vector<std::size_t>& out, int depth = 0) const {
    if (depth > 6 || std::find(out.begin(), out.end(), w) != out.end()) return;
    out.push_back(w);
    bool named = mentions_.at(t_.token_of(w)).has_value() || nominal_at_.count(t_.token_of(w));
    for (std::uint32_t child : t_.children(w)) {
      std::string_view relation = t_.relation(child);
      std::string_view base = t_.base_relation(child);
      // "list": "met Danish Foreign Minister Lars Holt and Finnish Foreign Minister Ville Koski"
      // may come with the second name as a list item of the first.
      if (base == "conj" || base == "appos" || base == "flat" || base == "list") {
        argument_words(child, out, depth + 1);
      } else if (!named && (base == "compound" || base == "amod" || relation == "nmod:poss" ||
                            (base == "nmod" && (case_of(child) == "of" || case_of(child).empty())))) {
        // "envoy Henrik Dahl" may come as a bare nmod of the title noun.
        argument_words(child, out, depth + 1);
      }
    }
  }

  void take_argument(std::size_t w, const text::Sentence& sentence, const std::string& kind, Parties& parties,
                     const std::vector<Meeting>& before) const {
    std::vector<std::size_t> words;
    argument_words(w, words);
    for (std::size_t word_index : words) take_word(word_index, sentence, kind, parties, before);
  }

  // The parties a predicate names: its subject, object, agent and "with" /
  // "between" / "among" obliques; for an event noun also its possessor, its
  // "of" and the names compounded with it.
  void take_arguments(std::size_t p, bool event, const text::Sentence& sentence, const std::string& kind,
                      Parties& parties, const std::vector<Meeting>& before) const {
    for (std::uint32_t child : t_.children(p)) {
      if (event_words_.count(child) && child != p) continue;  // another meeting's word
      std::string_view relation = t_.relation(child);
      std::string_view base = t_.base_relation(child);
      std::string preposition = case_of(child);
      bool party = base == "nsubj" || base == "obj" || base == "iobj" || relation == "obl:agent" ||
                   preposition == "with" || preposition == "between" || preposition == "among";
      if (event && (relation == "nmod:poss" || (base == "nmod" && preposition == "of") ||
                    ((base == "compound" || base == "amod") && is_nominal_or_adjective(child))))
        party = true;
      // A visit "to Moscow", talks "in Geneva": where, which take_word files as the place.
      if ((base == "obl" || base == "nmod") && (preposition == "in" || preposition == "at" || preposition == "to"))
        party = true;
      if (relation == "nsubj" && is_relative_pronoun(child)) {
        // "Lavrov, who met Rubio": the relative clause's noun.
        if (t_.relation(p) == "acl:relcl" && t_.head(p) != none) take_argument(t_.head(p), sentence, kind, parties, before);
        continue;
      }
      if (party) take_argument(child, sentence, kind, parties, before);
      // "held in Oslo on Tuesday between X and Y": the parser may hang the parties
      // from the clause's place or day instead of its verb.
      if (base == "obl" && (preposition == "in" || preposition == "at" || preposition == "on"))
        take_between_modifiers(child, sentence, kind, parties, before);
      // "the meeting, which was attended by X and Y": the clause's agent or own subject.
      if (event && base == "acl" && (frame(lemma(child)) == "attend" || frame(lemma(child)) == "host"))
        for (std::uint32_t argument : t_.children(child))
          if (t_.relation(argument) == "obl:agent" ||
              (t_.base_relation(argument) == "nsubj" && !is_relative_pronoun(argument)))
            take_argument(argument, sentence, kind, parties, before);
    }
  }

  // The "between" phrases among the nominal modifiers of `w` and of theirs.
  void take_between_modifiers(std::size_t w, const text::Sentence& sentence, const std::string& kind,
                              Parties& parties, const std::vector<Meeting>& before, int depth = 0) const {
    for (std::uint32_t modifier : t_.children(w)) {
      if (t_.base_relation(modifier) != "nmod") continue;
      if (case_of(modifier) == "between")
        take_argument(modifier, sentence, kind, parties, before);
      else if (depth == 0)
        take_between_modifiers(modifier, sentence, kind, parties, before, 1);
    }
  }

  bool is_nominal_or_adjective(std::size_t w) const { return is_nominal(w) || t_.upos(w) == "ADJ"; }
  bool is_relative_pronoun(std::size_t w) const {
    std::string_view form = folded_form(w);
    return form == "who" || form == "which" || form == "that";
  }

  // A verb's subject, climbing through "agreed to meet", "arrived and met".
  std::size_t subject_of(std::size_t verb) const {
    for (int step = 0; verb != none && step < 4; ++step) {
      for (std::uint32_t child : t_.children(verb))
        if (t_.base_relation(child) == "nsubj") return child;
      std::string_view relation = t_.base_relation(verb);
      // "X travelled to Oslo to meet Y": the purpose infinitive of a trip shares its subject.
      bool purpose = relation == "advcl" && t_.child(verb, "mark") != none && lemma(t_.child(verb, "mark")) == "to" &&
                     t_.head(verb) != none && frame(lemma(t_.head(verb))) == "travel";
      if (relation != "xcomp" && relation != "conj" && !purpose) return none;
      verb = t_.head(verb);
    }
    return none;
  }

  // "He met ...": a person the structure points to (the subject of a clause that
  // governs the pronoun), else the first person named in the sentence before.
  std::optional<EntityId> antecedent(std::size_t pronoun, const text::Sentence& sentence) const {
    // "Duda received him": an object pronoun is never the subject of its own verb.
    std::string_view role = t_.base_relation(pronoun);
    bool object = role == "obj" || role == "iobj";
    for (std::size_t up = t_.head(pronoun); up != none; up = t_.head(up)) {
      if (!is_verb(up) || (object && up == t_.head(pronoun))) continue;
      std::size_t subject = subject_of(up);
      if (subject == none || t_.dominates(subject, pronoun)) continue;
      if (auto mention = mentions_.at(t_.token_of(subject));
          mention && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person)
        return c_.entity_of[*mention];
    }
    // The structure fails (a dateline read as the subject): the first person named
    // in the sentence before the pronoun, outside the dateline.
    for (std::size_t i = sentence.first_token; i < t_.token_of(pronoun); ++i)
      if (auto mention = mentions_.at(i);
          mention && !in_dateline(i) && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person)
        return c_.entity_of[*mention];
    return subject_of_previous_sentence(sentence);
  }

  // --- When the structure fails ---------------------------------------------------------
  // The parser attaches about one word in six wrongly, most often in long lists of
  // titled names ("German Chancellor Angela Merkel, French President ... are due to
  // hold talks"). Where the structure yields fewer than two parties, the names of
  // the cue's clause on the token level are read instead: left back to a clause
  // boundary, right through "with", "between", names, titles and list commas.
  // Still needed: without it dev meetings fall from F1 63.6 to 51.6.
  bool is_boundary(std::size_t i) const {
    std::string_view w = word(i);
    return w == "," || w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "when" ||
           w == "while" || w == "after" || w == "before" || w == "ahead" || frame(w) == "sideline" || w == "(" ||
           w == ")" || c_.doc.tokens[i].kind == TokenKind::quote;
  }

  // "with Russia, Turkey and Iran": a comma inside a list of names.
  bool is_list_comma(std::size_t token) const {
    if (word(token) != "," || token == 0 || !mentions_.at(token - 1)) return false;
    if (word(token + 1) == "and") return mentions_.at(token + 2).has_value();
    auto next = mentions_.at(token + 1);
    if (!next) return false;
    std::string_view after = word(c_.recognition.mentions[*next].end);
    return after == "and" || after == ",";
  }

  // "Russia, Ukraine resume talks": a headline's comma between two names is "and".
  bool is_headline_and(std::size_t token) const {
    return word(token) == "," && c_.doc.tokens[token].begin < c_.headline_end && token > 0 &&
           mentions_.at(token - 1) && mentions_.at(token + 1);
  }

  // "Ms. Anna Berg, Minister of Trade, held a call": the commas of a title
  // set off after a person's name, closing right before the cue, which the parser may
  // misread and the window must cross to reach the subject.
  bool opens_title_apposition(std::size_t comma, std::size_t closing) const {
    if (word(comma) != "," || comma == 0 || comma + 1 >= closing) return false;
    auto person = mentions_.at(comma - 1);
    if (!person || c_.entities[c_.entity_of[*person]].kind != EntityKind::person) return false;
    auto title = modifier_end_.find(comma + 1);
    if (title == modifier_end_.end() || demonym_at_.count(comma + 1) || title->second > closing) return false;
    for (std::size_t i = comma + 1; i < closing; ++i)
      if (c_.doc.tokens[i].kind != TokenKind::word && word(i) != ".") return false;
    return true;
  }

  bool is_title_apposition(std::size_t comma, std::size_t cue) const {
    if (word(comma) != ",") return false;
    std::size_t closing = comma + 1 == cue ? comma : none;
    if (closing == none) {  // the opening comma: the next comma closes right before the cue
      for (std::size_t i = comma + 1; i < cue && closing == none; ++i)
        if (word(i) == ",") closing = i;
      if (closing == none || closing + 1 != cue) return false;
      return opens_title_apposition(comma, closing);
    }
    for (std::size_t i = closing; i-- > 0 && c_.doc.tokens[i].sentence == c_.doc.tokens[comma].sentence;)
      if (word(i) == ",") return opens_title_apposition(i, closing);
    return false;
  }

  void take_token(std::size_t token, const std::string& kind, Parties& parties) const {
    if (in_dateline(token)) return;  // "KYIV, Ukraine (AP) -"
    if (auto compound = compound_at_.find(token); compound != compound_at_.end()) {
      for (lexicon::EntryId entry : {compound->second->first, compound->second->second}) {
        EntityId id = c_.entity_for_entry(entry);
        (c_.entities[id].kind == EntityKind::person ? parties.people : parties.others).emplace_back(token, id);
      }
    } else if (const Modifier* demonym = delegation_at(token)) {
      parties.delegations.push_back(c_.entity_for_entry(demonym->entry));
    } else if (auto mention = mentions_.at(token)) {
      EntityId id = c_.entity_of[*mention];
      std::string_view before = token > 0 ? word(token - 1) : std::string_view();
      if ((before == "the" || before == "a") && token > 1) before = word(token - 2);
      bool located = before == "in" || before == "at" || before == "to" || before == "near";
      const Entity& entity = c_.entities[id];
      if (entity.kind == EntityKind::place && (located || is_visit(kind) || !is_country(id))) {
        if (!parties.place) parties.place = id;
      } else {
        (entity.kind == EntityKind::person ? parties.people : parties.others).emplace_back(token, id);
      }
    }
  }

  Parties window_parties(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                         const std::string& kind) const {
    Parties parties;
    auto skip = [&](std::size_t token) {
      if (auto mention = mentions_.at(token)) return c_.recognition.mentions[*mention].end;
      if (auto demonym = demonym_at_.find(token); demonym != demonym_at_.end()) return demonym->second->end;
      return token + 1;
    };
    std::size_t left = cue;
    std::size_t event = event_word(cue, cue_end);
    while (left > sentence.first_token && (!is_boundary(left - 1) || is_headline_and(left - 1) ||
                                           is_title_apposition(left - 1, cue)) &&
           !in_cue(left - 1) && !reports_clause_of(left - 1, event))
      --left;
    for (std::size_t i = left; i < cue; i = skip(i)) take_token(i, kind, parties);
    std::size_t right = cue_end;
    while (right < sentence.end_token && word(right) != "." && (!is_boundary(right) || is_list_comma(right)) &&
           !in_cue(right)) {
      std::string_view w = word(right);
      // "phone talks on N. Korea": what the meeting is about, no party ("met on Monday with X" reads on).
      if (frame(w) == "topic") {
        std::size_t next = word(right + 1) == "the" ? right + 2 : right + 1;
        if (next < sentence.end_token && mentions_.at(next)) break;
      }
      bool named = mentions_.at(right) || compound_at_.count(right) || demonym_at_.count(right);
      // "with State Secretary for Foreign Affairs ... X": "for" inside a capitalised title.
      bool title_for = w == "for" && right + 1 < sentence.end_token && c_.doc.tokens[right + 1].capitalised;
      if (!named && !title_for && right - cue_end >= 3 && w != "with" && w != "between" && w != "and" && w != "the" &&
          w != "of" && w != "his" && w != "her" && w != "their" && frame(w) != "counterpart" &&
          !c_.doc.tokens[right].capitalised && !c_.knowledge.party_nouns.contains(w) && !is_list_comma(right))
        break;
      take_token(right, kind, parties);
      right = skip(right);
    }
    return parties;
  }

  // "The White House says X has spoken with Y": a verb of saying whose reported
  // clause holds the meeting; who says it is no party.
  bool reports_clause_of(std::size_t token, std::size_t event) const {
    std::size_t verb = t_.word_of(token);
    if (verb == none || event == none || !c_.knowledge.speech_verbs.contains(word(token))) return false;
    for (std::size_t w = event; t_.head(w) != none; w = t_.head(w))
      if (t_.head(w) == verb) return t_.base_relation(w) == "ccomp";
    return false;
  }

  bool in_dateline(std::size_t token) const {
    return c_.doc.tokens[token].begin >= c_.dateline_begin && c_.doc.tokens[token].begin < c_.dateline_end;
  }

  bool in_cue(std::size_t token) const { return token < in_cue_.size() && in_cue_[token]; }

  // Distinct parties as the meeting will list them (the words of one name are one
  // party; a country beside a person is not one, P1).
  std::size_t count(const Parties& p) const {
    std::vector<EntityId> ids(p.delegations);
    for (const auto& [token, id] : p.people) ids.push_back(id);
    for (const auto& [token, id] : p.others)
      if (p.people.empty() || c_.entities[id].kind == EntityKind::organization) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return static_cast<std::size_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
  }

  // --- One meeting ------------------------------------------------------------------------

  // The words whose dependents belong to the meeting: the event word, and the
  // verb that holds, has or attends it ("held talks", "told him in a call").
  std::vector<std::size_t> clause_words(std::size_t event) const {
    std::vector<std::size_t> words{event};
    std::size_t head = t_.head(event);
    if (head == none || !is_nominal(event) || !is_verb(head)) return words;
    std::string_view base = t_.base_relation(event);
    std::string preposition = case_of(event);
    bool held = base == "obj" || base == "nsubj" ||
                (base == "obl" && (preposition == "in" || preposition == "at" || preposition == "during" ||
                                   preposition == "by" || preposition == "over" || preposition == "via" ||
                                   preposition == "on" ||
                                   // "X said after talks with Y": the one who speaks after them held them.
                                   preposition == "after" || preposition == "following"));
    // "gathered in Riga for a summit", "arrived in Oslo for talks" (meeting-frames.txt).
    std::string_view holder_frame = frame(lemma(head));
    held |= base == "obl" && preposition == "for" && (holder_frame == "gather" || holder_frame == "travel");
    held |= base == "obl" && preposition == "to" && holder_frame == "return";  // "return to talks"
    if (held) words.push_back(head);
    return words;
  }

  // Held, planned, proposed, habitual or recalled: from the auxiliaries and
  // modifiers of the clause words and the words that govern them.
  Status read_status(const std::vector<std::size_t>& clause) const {
    Status s;
    auto mark = [&](std::string_view category, bool governor) {
      if (category == "planned") s.planned = true;
      if (category == "proposed") s.proposed = true;
      if (category == "habitual" && !governor) s.habitual = true;
      if (category == "past") s.past = true;
      if (category == "negated" && !governor) s.negated = true;
      if (category == "refused") s.negated = true;
    };
    for (std::size_t w : clause)
      for (std::uint32_t child : t_.children(w)) {
        std::string_view base = t_.base_relation(child);
        if (base == "aux" || base == "amod" || base == "advmod" || base == "obl" || base == "nmod" || base == "acl") {
          std::string_view category = status(child);
          if (lemma(child) == "be") continue;  // "was received": "is to" is read from the governor
          // "the talks scheduled for Monday": a participle says only when.
          if (base == "acl" && category != "planned") continue;
          // "last week" marks the past; "next week" is for the date to say.
          if (base == "obl" || base == "nmod") category = category == "past" ? category : std::string_view();
          if (base == "advmod" && category == "following") s.following = true;
          mark(category, false);
        }
      }
    // Governors: "agreed to hold", "offered to host talks", "called for a summit",
    // "preparations for the summit", "is expected to visit".
    // From the event word up: its holder verb ("held talks", "hosted Xi for talks"),
    // then infinitives ("agreed to hold talks").
    std::size_t top = clause.front();
    for (int step = 0; step < 4; ++step) {
      std::size_t head = t_.head(top);
      // "declined to comment on his talks": what governs a verb of saying says nothing of the meeting.
      if (head == none || (step > 0 && c_.knowledge.speech_verbs.contains(lemma(top)))) break;
      std::string_view base = t_.base_relation(top);
      std::string preposition = case_of(top);
      // "offered on Monday to host talks": an infinitive the parser may read as advcl.
      bool infinitive = base == "xcomp" || (base == "advcl" && t_.child(top, "mark") != none &&
                                            lemma(t_.child(top, "mark")) == "to");
      bool governs = infinitive || base == "obj" || t_.relation(top) == "nsubj:pass" ||
                     ((base == "obl" || base == "nmod") &&
                      (preposition == "for" || preposition == "to" || preposition == "of" || preposition == "on"));
      if (!governs) break;
      std::string_view category = status(head);
      if (category == "planned" && lemma(head) == "be" && !infinitive) category = {};
      mark(category, true);
      for (std::uint32_t child : t_.children(head)) {
        if (t_.base_relation(child) == "aux" && lemma(child) != "be") mark(status(child), true);
        // "does not plan to meet", "is not expected to visit": the governor denied.
        if (t_.base_relation(child) == "advmod" && status(child) == "negated") s.negated = true;
      }
      bool holder = clause.size() > 1 && head == clause[1];
      if (!infinitive && !holder) break;
      top = head;
    }
    // A headline's "Netanyahu to meet Trump", "Biden to host Kishida for talks": an
    // infinitive as predicate is the future.
    if (c_.doc.tokens[t_.token_of(clause.front())].begin < c_.headline_end)
      for (std::size_t up = clause.front(); up != none; up = t_.head(up))
        if (std::size_t token = t_.token_of(up); is_verb(up) && token > 0 && word(token - 1) == "to") s.planned = true;
    // "in routine working meetings": the parser may attach a prenominal modifier
    // elsewhere (to the noun before the preposition); the words of the event
    // noun's own phrase, read leftwards up to a determiner, preposition or
    // punctuation, still modify it.
    if (is_nominal(clause.front()))
      for (std::size_t w = clause.front(), steps = 0; w > 0 && steps < 3; ++steps) {
        --w;
        auto u = t_.upos(w);
        if (u != "ADJ" && u != "NOUN" && u != "VERB" && u != "ADV") break;
        if (status(w) == "habitual") s.habitual = true;
      }
    // "regular meetings", "daily contacts" are habitual; "the daily briefing" on Monday is one event.
    if (s.habitual && folded_form(clause.front()) == lemma(clause.front())) s.habitual = false;
    // "is scheduled for", "was postponed": the clause word itself.
    if (clause.size() > 1 && t_.base_relation(clause.front()) == "nsubj" && status(clause[1]) == "planned" &&
        lemma(clause[1]) != "be")
      s.planned = true;
    return s;
  }

  // The date word of a date mention: the one whose head lies outside it.
  std::size_t date_word(const DateMention& date) const {
    for (std::size_t i = date.first; i < date.end; ++i) {
      std::size_t w = t_.word_of(i);
      if (w == none) continue;
      std::size_t head = t_.head(w);
      if (head == none || t_.token_of(head) < date.first || t_.token_of(head) >= date.end) return w;
    }
    return none;
  }

  // Whether `w` hangs from one of the clause words through nouns and a
  // participle of the meeting word ("talks scheduled for Monday"), not through
  // another verb or another meeting's word.
  bool attaches_to(std::size_t w, const std::vector<std::size_t>& clause, std::size_t event) const {
    for (std::size_t up = t_.head(w); up != none; up = t_.head(up)) {
      if (std::find(clause.begin(), clause.end(), up) != clause.end()) return true;
      // A verb hanging from the event word is its own clause ("talks held in Geneva on Friday"),
      // as acl or, misread, as advcl ("Talks between X and Y were held ... on Friday").
      bool events_clause = t_.head(up) == event && (t_.base_relation(up) == "acl" || t_.base_relation(up) == "advcl");
      if ((event_words_.count(up) && up != event) || (is_verb(up) && t_.base_relation(up) != "acl" && !events_clause))
        return false;
    }
    return false;
  }

  // The date mention attached to the clause words; "since 2022", "before
  // Friday" date something else.
  const DateMention* attached_date(const std::vector<std::size_t>& clause, std::size_t event) const {
    const DateMention* best = nullptr;
    std::size_t best_distance = 0;
    // A date hangs from the clause only within the clause's sentences (a tree is one sentence).
    std::vector<std::size_t> candidates;
    for (std::size_t w : clause)
      if (w != none)
        if (auto found = dates_in_sentence_.find(c_.doc.tokens[t_.token_of(w)].sentence);
            found != dates_in_sentence_.end())
          candidates.insert(candidates.end(), found->second.begin(), found->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (std::size_t d : candidates) {
      const DateMention& date = c_.dates[d];
      if (in_dateline(date.first)) continue;
      std::size_t w = date_word(date);
      if (w == none) continue;
      std::string preposition = case_of(w);
      if (preposition == "since" || preposition == "before" || preposition == "after" || preposition == "until" ||
          preposition == "till" || preposition == "ahead")
        continue;
      if (!attaches_to(w, clause, event)) continue;
      std::size_t at = t_.token_of(event);
      std::size_t distance = date.first > at ? date.first - at : at - date.first;
      if (!best || distance < best_distance) best = &date, best_distance = distance;
    }
    return best;
  }

  // D7 on the token level (the parser misreads these clauses): "the call on Tuesday
  // came a day after X met Y" dates X's meeting from the day named before the
  // phrase, shifted by its count of days ("two days before": later); "two days
  // later he met Z" from the last day the text named before.
  std::string shifted_date(const text::Sentence& sentence, std::size_t cue) const {
    std::size_t phrase = none;
    for (std::size_t i = cue; i-- > sentence.first_token && cue - i <= 6;) {
      std::string_view w = word(i);
      if (w == "after" || w == "before" || w == "later") {
        phrase = i;
        break;
      }
      if (is_boundary(i) || in_cue(i)) return "";
    }
    if (phrase == none || phrase < sentence.first_token + 2) return "";
    std::string_view unit = word(phrase - 1);
    std::string count_word(word(phrase - 2));
    // ontology/words/count-words.txt: "two" is 2; a count of 1 goes with "day", more with "days".
    static const lexicon::WordList& counts = lexicon::WordList::embedded("count-words");
    std::string_view listed = counts.category(count_word);
    int count = std::atoi(listed.empty() ? count_word.c_str() : std::string(listed).c_str());  // "3 days": as written
    int days = (unit == "day" && count == 1) || (unit == "days" && count >= 2) ? count : 0;
    if (days <= 0 || days > 7) return "";
    // The nearest day before the phrase: in the sentence, or for "later" in the text.
    const DateMention* anchor = nullptr;
    auto consider = [&](const DateMention& date) {
      if (date.end <= phrase - 2 && !in_dateline(date.first) && date.granularity == Granularity::day) anchor = &date;
    };
    if (word(phrase) == "later") {
      for (const auto& date : c_.dates) consider(date);
    } else if (auto found = dates_in_sentence_.find(c_.doc.tokens[cue].sentence); found != dates_in_sentence_.end()) {
      for (std::size_t d : found->second) consider(c_.dates[d]);
    }
    if (!anchor) return "";
    auto day = parse_iso(anchor->value);
    if (!day) return "";
    long shifted = days_from_civil(*day) + (word(phrase) == "after" ? -days : days);
    return format_iso(civil_from_days(shifted));
  }

  // The place "in" or "at" which the meeting is held, attached to its words.
  std::optional<EntityId> attached_place(const text::Sentence& sentence, const std::vector<std::size_t>& clause,
                                         std::size_t event) const {
    for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i) {
      auto mention = mentions_.at(i);
      if (!mention || c_.recognition.mentions[*mention].first != i) continue;
      EntityId id = c_.entity_of[*mention];
      if (c_.entities[id].kind != EntityKind::place) continue;
      std::size_t w = t_.word_of(i);
      // The name's head word: the last word of the mention whose head lies outside it.
      for (std::size_t k = i; k < c_.recognition.mentions[*mention].end; ++k)
        if (std::size_t word_k = t_.word_of(k); word_k != none) {
          std::size_t head = t_.head(word_k);
          if (head == none || t_.token_of(head) < i || t_.token_of(head) >= c_.recognition.mentions[*mention].end)
            w = word_k;
        }
      if (w == none) continue;
      std::string preposition = case_of(w);
      if ((preposition == "in" || preposition == "at") && attaches_to(w, clause, event)) return id;
    }
    return std::nullopt;
  }

  // "Hofer called Novotny on Wednesday": a person, and nothing more of them, as the
  // verb's object ("called him a liar", "called on Moscow to", "called for talks",
  // "called off the visit" are no calls).
  bool calls_a_person(std::size_t verb) const {
    std::size_t object = t_.child(verb, "obj");
    if (object == none) return false;
    // The object or the name set beside it ("Czech Prime Minister Jan Novotny" may come as an appos).
    auto names_person = [&](std::size_t w) {
      std::size_t token = t_.token_of(w);
      auto mention = mentions_.at(token);
      return (mention && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person) || nominal_at_.count(token) ||
             word(token) == "him" || word(token) == "her";
    };
    bool person = names_person(object);
    for (std::uint32_t child : t_.children(object))
      person |= (t_.base_relation(child) == "appos" || t_.base_relation(child) == "flat") && names_person(child);
    if (!person) return false;
    for (std::size_t word_with_complements : {verb, object})
      for (std::uint32_t child : t_.children(word_with_complements)) {
        std::string_view base = t_.base_relation(child);
        if (base == "xcomp" || base == "ccomp" || base == "iobj" || t_.relation(child) == "compound:prt" ||
            (child != object && base == "obj"))
          return false;
      }
    return true;
  }

  std::optional<Meeting> read_meeting(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                                      const std::string& kind, const std::vector<Meeting>& before) {
    std::size_t event = event_word(cue, cue_end);
    if (event == none) return std::nullopt;  // not parsed: no cue sentence with a party
    // "the negotiation process", "summit preparations": a word that modifies
    // another noun names no meeting of its own.
    if (t_.base_relation(event) == "compound" && !event_words_.count(t_.head(event))) return std::nullopt;
    if (is_verb(event) && frame(lemma(event)) == "person-call" && !calls_a_person(event)) return std::nullopt;
    std::vector<std::size_t> clause = clause_words(event);
    Status status = read_status(clause);
    if (status.proposed || status.habitual || status.negated) return std::nullopt;

    Parties parties;
    // The cue's own words ("talks" of "held talks with") and the event word's arguments.
    for (std::size_t i = cue; i < cue_end; ++i)
      if (std::size_t w = t_.word_of(i); w != none && w != event) take_arguments(w, true, sentence, kind, parties, before);
    take_arguments(event, true, sentence, kind, parties, before);
    // The holder's verb: its subject and object ("Xi held a meeting with Biden",
    // "Biden told Putin in a video call").
    if (clause.size() > 1) {
      take_arguments(clause[1], false, sentence, kind, parties, before);
    }
    // "Vega, in an interview with El Pais on Sunday, said": an event phrase set off
    // after a person, which the parser hangs from the name, is that person's.
    if (std::size_t head = t_.head(event); head != none && is_nominal(event) && t_.token_of(head) < t_.token_of(event))
      if (std::string preposition = case_of(event); preposition == "in" || preposition == "at" || preposition == "during")
        if (auto mention = mentions_.at(t_.token_of(head));
            mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
          take_argument(head, sentence, kind, parties, before);
    // A subject the verb shares ("agreed to meet", "arrived and met").
    std::size_t verb = clause.back();
    if (is_verb(verb) && t_.child(verb, "nsubj") == none)
      if (std::size_t subject = subject_of(verb); subject != none) take_argument(subject, sentence, kind, parties, before);
    if (count(parties) < 2) {
      Parties window = window_parties(sentence, cue, cue_end, kind);
      // "where he will meet Italian President X" misread: the tree's subject and
      // the window's object together.
      Parties joined = parties;
      for (const auto& party : window.people) joined.people.push_back(party);
      for (const auto& party : window.others) joined.others.push_back(party);
      joined.delegations.insert(joined.delegations.end(), window.delegations.begin(), window.delegations.end());
      if (count(joined) > std::max(count(parties), count(window))) {
        if (!joined.place) joined.place = window.place;
        parties = std::move(joined);
      } else if (count(window) > count(parties)) {
        if (!window.place) window.place = parties.place;
        parties = std::move(window);
      }
    }

    Meeting meeting;
    meeting.kind = kind;
    for (auto& [token, id] : parties.people) meeting.participants.push_back(id);
    meeting.participants.insert(meeting.participants.end(), parties.delegations.begin(), parties.delegations.end());
    // People first (P1): their countries are not parties too; bodies are.
    for (auto& [token, id] : parties.others)
      if (parties.people.empty() || c_.entities[id].kind == EntityKind::organization)
        meeting.participants.push_back(id);
    std::sort(meeting.participants.begin(), meeting.participants.end());
    meeting.participants.erase(std::unique(meeting.participants.begin(), meeting.participants.end()),
                               meeting.participants.end());
    if (meeting.participants.empty()) return std::nullopt;
    // Countries alone meet only in talks, negotiations or summits, and two at least.
    bool places_only = parties.people.empty() && parties.delegations.empty() &&
                       std::all_of(meeting.participants.begin(), meeting.participants.end(),
                                   [&](EntityId id) { return c_.entities[id].kind == EntityKind::place; });
    bool state_level = is_state_level(kind);
    // "Switzerland will host a peace conference": the host alone is party enough.
    bool hosted = false;
    for (std::size_t w : clause) {
      hosted |= frame(lemma(w)) == "host";
      if (std::size_t head = t_.head(w); head != none && frame(lemma(head)) == "host") hosted = true;
    }
    if (places_only && !hosted && (!state_level || meeting.participants.size() < 2)) return std::nullopt;
    // "Ukrainian officials met to discuss the budget": one side alone holds no meeting.
    if (parties.people.empty() && !parties.delegations.empty() && !hosted && meeting.participants.size() < 2)
      return std::nullopt;
    std::string cue_text(word(cue));
    for (std::size_t i = cue + 1; i < cue_end; ++i) cue_text.append(" ").append(word(i));
    if (needs_two_parties(cue_text) && !hosted && meeting.participants.size() < 2) return std::nullopt;

    meeting.place = parties.place ? parties.place : attached_place(sentence, clause, event);
    // D7's place: "on the sidelines of the BRICS summit in Kazan".
    for (std::size_t w : clause)
      for (std::uint32_t child : t_.children(w))
        if (!meeting.place && frame(lemma(child)) == "sideline") {
          auto [first, end] = t_.token_span(child);
          for (std::size_t i = first + 1; i < end && !meeting.place; ++i)
            if (auto mention = mentions_.at(i); mention && (word(i - 1) == "in" || word(i - 1) == "at") &&
                                                c_.entities[c_.entity_of[*mention]].kind == EntityKind::place)
              meeting.place = c_.entity_of[*mention];
        }
    // Where the structure fails, the first place "in" or "at" after the cue in its clause
    // (still needed: "met her counterpart X in Beijing" with "in Beijing" read as X's).
    for (std::size_t i = cue_end; !meeting.place && i < sentence.end_token && !is_boundary(i) && !in_cue(i); ++i)
      if (auto mention = mentions_.at(i); mention && (word(i - 1) == "in" || word(i - 1) == "at") &&
                                          c_.entities[c_.entity_of[*mention]].kind == EntityKind::place)
        meeting.place = c_.entity_of[*mention];
    meeting.online = is_online(kind);
    meeting.planned = status.planned;
    // The date: one attached to the meeting's words; for a meeting in a "when"
    // clause or joined to an earlier verb ("arrived on Monday and met"), the one
    // of the clause it hangs from.
    const DateMention* date = attached_date(clause, event);
    if (!date) {
      std::size_t top = clause.back();
      std::string_view base = t_.base_relation(top);
      if ((base == "advcl" || base == "conj") && t_.head(top) != none)
        date = attached_date({t_.head(top)}, event);
    }
    std::string shifted = date ? std::string() : shifted_date(sentence, cue);
    if (!shifted.empty()) {
      meeting.date_written = true;
      meeting.date = shifted;
    } else if (date) {
      meeting.date_written = true;
      meeting.date = date->value;
      if (date->granularity == Granularity::week) meeting.date = date->value.substr(0, 7);
      if (date->future) meeting.planned = true;
    } else if (const Meeting* previous = status.following ? last_dated(meeting.planned, before) : nullptr) {
      // D7: "Nyberg then met Eide": on the day of the meeting reported before.
      meeting.date = previous->date;
      meeting.date_written = previous->date_written;
    } else if (c_.doc.tokens[cue].begin < c_.lead_end && !meeting.planned && !status.past) {
      // D6: the headline's or lead's meeting, reported as done, is of the article's day.
      meeting.date = c_.article_date;
    }
    meeting.confidence = parties.people.size() >= 2 || meeting.participants.size() >= 2 ? 0.75 : 0.55;
    meeting.evidence.push_back({c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                                meeting.confidence, "meeting-structure"});
    return meeting;
  }

  // The dated meeting of the same status reported last, which one whose verb says it
  // came next ("then", "afterwards": meeting-status.txt, following) follows.
  const Meeting* last_dated(bool planned, const std::vector<Meeting>& before) const {
    for (auto it = before.rbegin(); it != before.rend(); ++it)
      if (!it->date.empty() && it->planned == planned) return &*it;
    return nullptr;
  }

  // "met separately with A and B", "held separate talks with A and B": a meeting of
  // the subject with each of the others, not one of all.
  std::vector<Meeting> separate_meetings(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                                         Meeting meeting, const std::vector<Meeting>& before) const {
    std::vector<Meeting> out;
    std::size_t event = event_word(cue, cue_end);
    std::vector<std::size_t> clause = clause_words(event);
    bool separate = false;
    for (std::size_t w : clause)
      for (std::uint32_t child : t_.children(w))
        separate |= (t_.base_relation(child) == "advmod" && lemma(child) == "separately") ||
                    (t_.base_relation(child) == "amod" && lemma(child) == "separate");
    Parties subject;
    if (separate)
      for (std::uint32_t child : t_.children(clause.back()))
        if (t_.base_relation(child) == "nsubj") take_argument(child, sentence, meeting.kind, subject, before);
    std::vector<EntityId> own;
    for (const auto& [token, id] : subject.people) own.push_back(id);
    for (const auto& [token, id] : subject.others) own.push_back(id);
    own.insert(own.end(), subject.delegations.begin(), subject.delegations.end());
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    std::vector<EntityId> others;
    std::set_difference(meeting.participants.begin(), meeting.participants.end(), own.begin(), own.end(),
                        std::back_inserter(others));
    if (own.empty() || others.size() < 2 || others.size() + own.size() != meeting.participants.size()) {
      out.push_back(std::move(meeting));
      return out;
    }
    for (EntityId other : others) {
      Meeting one = meeting;
      one.participants = own;
      one.participants.insert(std::upper_bound(one.participants.begin(), one.participants.end(), other), other);
      one.participants.erase(std::unique(one.participants.begin(), one.participants.end()), one.participants.end());
      out.push_back(std::move(one));
    }
    return out;
  }

  // --- Reports of one meeting -------------------------------------------------------------

  // "X held talks with Y in Amman. The talks took place on Monday.": a later report
  // of the meeting just named ("the talks", "this meeting") that names no party
  // but a date gives the date, where the meeting had only the article's day.
  void date_earlier_report(std::size_t cue, std::size_t cue_end, const std::string& kind,
                           std::vector<Meeting>& meetings) const {
    if (meetings.empty()) return;
    Meeting& last = meetings.back();
    if (last.date_written || !same_kind(last.kind, kind) || last.evidence.empty() ||
        last.evidence.back().sentence >= c_.doc.tokens[cue].sentence)
      return;
    std::size_t event = event_word(cue, cue_end);
    if (event == none || !is_nominal(event)) return;
    std::size_t determiner = t_.child(event, "det");
    if (determiner == none || (lemma(determiner) != "the" && lemma(determiner) != "this")) return;
    std::vector<std::size_t> clause = clause_words(event);
    Status status = read_status(clause);
    if (status.proposed || status.habitual || status.negated || status.past || status.planned != last.planned)
      return;
    const DateMention* date = attached_date(clause, event);
    if (!date) return;
    // Dated, it may now be another report of a meeting listed before it.
    Meeting dated = std::move(last);
    meetings.pop_back();
    dated.date = date->granularity == Granularity::week ? date->value.substr(0, 7) : date->value;
    dated.date_written = true;
    dated.evidence.push_back({c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                              dated.confidence, "meeting-structure"});
    add(meetings, std::move(dated));
  }

  // "The next round of talks is scheduled for April in Helsinki", "new talks will be
  // held in May": a further meeting of the parties just reported (follow-up words in
  // meeting-status.txt), with its own date, place and status; planned, or dated.
  void follow_up_meeting(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                         const std::string& kind, std::vector<Meeting>& meetings) const {
    if (meetings.empty() || meetings.back().evidence.empty() ||
        meetings.back().evidence.back().sentence >= c_.doc.tokens[cue].sentence)
      return;
    std::size_t event = event_word(cue, cue_end);
    if (event == none || !is_nominal(event)) return;
    std::size_t phrase = event;  // "round" of "the next round of talks"
    if (std::size_t head = t_.head(event); head != none && lemma(head) == "round" && case_of(event) == "of")
      phrase = head;
    bool follow_up = false;
    for (std::uint32_t child : t_.children(phrase)) {
      std::string_view base = t_.base_relation(child);
      std::string_view category = status(child);
      follow_up |= (base == "amod" || base == "det") && (category == "follow-up" || category == "planned");
    }
    if (!follow_up) return;
    std::vector<std::size_t> clause = clause_words(phrase);
    Status status = read_status(clause);
    if (status.proposed || status.habitual || status.negated || status.past) return;
    const DateMention* date = attached_date(clause, phrase);
    if (!status.planned && !date) return;
    Meeting next;
    next.kind = kind;
    next.participants = meetings.back().participants;
    next.planned = status.planned || (date && date->future);
    if (date) {
      next.date = date->granularity == Granularity::week ? date->value.substr(0, 7) : date->value;
      next.date_written = true;
    }
    next.place = attached_place(sentence, clause, phrase);
    next.online = is_online(kind);
    next.confidence = 0.55;
    next.evidence.push_back({c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                             next.confidence, "meeting-structure"});
    meetings.push_back(std::move(next));
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
      if (auto country = country_of_entry(*entity.lexicon_entry)) return country;
    for (const auto& role : c_.roles)
      if (role.person == id && role.organization && c_.entities[*role.organization].kind == EntityKind::place)
        return c_.entities[*role.organization].lexicon_entry;
    if (auto found = demonym_country_.find(id); found != demonym_country_.end()) return found->second;
    return std::nullopt;
  }

  // A demonym that stands for its country's people: before a party noun
  // ("Ukrainian negotiators", "the Chinese side"), or joined by "and" to one
  // that is ("Russian and Ukrainian negotiators"). A phrase, read on tokens.
  const Modifier* delegation_at(std::size_t token) const {
    auto found = demonym_at_.find(token);
    if (found == demonym_at_.end()) return nullptr;
    std::size_t next = found->second->end;
    if (c_.knowledge.party_nouns.contains(word(next))) return found->second;
    // "Indian and Pakistani defence ministers", "military commanders": a word or two of
    // portfolio or service before the party noun.
    for (std::size_t k = next; k < next + 2 && k + 1 < c_.doc.tokens.size(); ++k) {
      if (c_.doc.tokens[k].kind != TokenKind::word || mentions_.at(k) || word(k) == "and") break;
      if (c_.knowledge.party_nouns.contains(word(k + 1))) return found->second;
    }
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
        if (auto mention = mentions_.at(i); mention && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person) {
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
    if (index > 0) {
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
      if (auto mention = mentions_.at(i); mention && c_.entities[c_.entity_of[*mention]].kind == EntityKind::person)
        return c_.entity_of[*mention];
    return std::nullopt;
  }

  // Two reports of one meeting: the same parties, compatible kinds and days.
  bool same_meeting(const Meeting& existing, const Meeting& meeting) const {
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
    return same_parties && same_day && same_kind(existing.kind, meeting.kind) && existing.planned == meeting.planned;
  }

  // The country a place lies in (itself for a country), from the lexicon.
  std::optional<lexicon::EntryId> country_of_place(EntityId id) const {
    const Entity& entity = c_.entities[id];
    if (entity.kind != EntityKind::place || !entity.lexicon_entry) return std::nullopt;
    return country_of_entry(*entity.lexicon_entry);
  }

  // The country of a lexicon entry (its nkg:country).
  std::optional<lexicon::EntryId> country_of_entry(lexicon::EntryId entry) const {
    const auto& lexicon = c_.knowledge.lexicon;
    if (const auto* country = lexicon.country(lexicon.entry(entry).country)) return lexicon.id_of(*country);
    return std::nullopt;
  }

  // GUIDELINE N4: a trip at home has no counterpart ("the Bangladeshi foreign minister
  // visited Chittagong"): a visit whose every party is of the country it goes to.
  bool domestic_trip(const Meeting& meeting) const {
    if (!is_visit(meeting.kind) || !meeting.place || meeting.participants.empty()) return false;
    auto home = country_of_place(*meeting.place);
    return home && std::all_of(meeting.participants.begin(), meeting.participants.end(), [&](EntityId id) {
             return c_.entities[id].kind == EntityKind::person && country_of(id) == home;
           });
  }

  // "NATO defence ministers met in Brussels. Secretary General Vos chaired the meeting."
  // "... The talks were also attended by X": a bare definite event noun with no date
  // of its own is the meeting just reported (1.2): the last one of a compatible kind
  // and status reported in this sentence or the one before.
  Meeting* referred_back(std::size_t cue, std::size_t event, const Meeting& meeting,
                         std::vector<Meeting>& meetings) const {
    if (event == none || !is_nominal(event) || meeting.date_written || meetings.empty()) return nullptr;
    bool definite = false;
    for (std::uint32_t child : t_.children(event)) {
      std::string_view base = t_.base_relation(child);
      if (base == "det") definite |= folded_form(child) == "the";
      else if (base == "amod" || base == "compound" || base == "nmod" || base == "nummod" || base == "acl")
        return nullptr;  // "the next talks", "the Minsk meeting", "the talks on trade": said of its own
    }
    if (!definite || t_.relation(event) == "nmod:poss") return nullptr;
    std::uint32_t sentence = c_.doc.tokens[cue].sentence;
    for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) {
      bool recent = std::any_of(it->evidence.begin(), it->evidence.end(), [&](const Evidence& e) {
        return e.sentence + 1 >= sentence && e.sentence <= sentence;
      });
      if (recent && same_kind(it->kind, meeting.kind) && it->planned == meeting.planned) return &*it;
    }
    return nullptr;
  }

  // Who takes part in a meeting told again by a definite noun: those who attend,
  // chair or join it ("chaired the meeting", "the talks were attended by X"); one
  // who only speaks of it ("praised the talks") is none.
  bool attends(std::size_t event) const {
    std::size_t verb = t_.head(event);
    if (verb != none && frame(lemma(verb)) == "attend") return true;
    for (std::uint32_t child : t_.children(event))
      if (t_.base_relation(child) == "acl" && frame(lemma(child)) == "attend") return true;
    return false;
  }

  // GUIDELINE P1: people first, not also their country ("Norway and Chile hold
  // talks" over "Holm met her Chilean counterpart Reyes").
  void drop_countries_of_people(Meeting& meeting) const {
    std::vector<lexicon::EntryId> represented;
    for (EntityId id : meeting.participants)
      if (c_.entities[id].kind == EntityKind::person)
        if (auto country = country_of(id)) represented.push_back(*country);
    std::erase_if(meeting.participants, [&](EntityId id) {
      const Entity& entity = c_.entities[id];
      return entity.kind == EntityKind::place && entity.lexicon_entry &&
             std::find(represented.begin(), represented.end(), *entity.lexicon_entry) != represented.end();
    });
  }

  // `meeting`, a later report, told into `existing`.
  void merge_into(Meeting& existing, Meeting&& meeting) const {
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
  }

  // A new report joins the first meeting it reports; that meeting, now knowing
  // more parties or its date, may in turn be one listed apart before.
  void add(std::vector<Meeting>& meetings, Meeting meeting) const {
    auto found = std::find_if(meetings.begin(), meetings.end(),
                              [&](const Meeting& existing) { return same_meeting(existing, meeting); });
    if (found == meetings.end()) {
      meetings.push_back(std::move(meeting));
      return;
    }
    std::size_t into = static_cast<std::size_t>(found - meetings.begin());
    merge_into(meetings[into], std::move(meeting));
    for (bool merged = true; merged;) {
      merged = false;
      for (std::size_t other = 0; other < meetings.size() && !merged; ++other) {
        std::size_t keep = std::min(other, into), drop = std::max(other, into);
        if (other == into || !same_meeting(meetings[keep], meetings[drop])) continue;
        merge_into(meetings[keep], std::move(meetings[drop]));
        meetings.erase(meetings.begin() + static_cast<long>(drop));
        into = keep;
        merged = true;
      }
    }
  }

  // GUIDELINE M4: a visit and the meeting or talks its visitor holds with whoever
  // receives them ("X visited Y, where Y's leader received X"; "... made a visit
  // to Kyiv. He met Z") are one item with both sides. The meeting must be
  // reported with the visit: in its sentence or the next, of the same status,
  // on a compatible day, and hold every party of the visit. A call, summit,
  // conference or media event during a visit stays its own item.
  // The visitors (the visit's people, else all its parties) are all parties of
  // `other`, which names someone more: the one who receives them.
  bool holds_visitors(const Meeting& other, const Meeting& visit) const {
    std::vector<EntityId> visitors;
    for (EntityId id : visit.participants)
      if (c_.entities[id].kind == EntityKind::person) visitors.push_back(id);
    if (visitors.empty()) visitors = visit.participants;
    return other.participants.size() > visitors.size() &&
           std::includes(other.participants.begin(), other.participants.end(), visitors.begin(), visitors.end());
  }

  void merge_visits(std::vector<Meeting>& meetings) const {
    // Some report of `other` is in the sentence of a report of `visit` or the next.
    auto reported_with = [](const Meeting& visit, const Meeting& other) {
      for (const auto& v : visit.evidence)
        for (const auto& o : other.evidence)
          if (o.sentence >= v.sentence && o.sentence <= v.sentence + 1) return true;
      return false;
    };
    for (std::size_t v = 0; v < meetings.size(); ++v) {
      if (!is_visit(meetings[v].kind) || meetings[v].participants.empty()) continue;
      for (std::size_t m = 0; m < meetings.size();) {
        Meeting& visit = meetings[v];
        const Meeting& other = meetings[m];
        bool joins = m != v && is_generic(other.kind) && other.planned == visit.planned &&
                     reported_with(visit, other) && holds_visitors(other, visit) &&
                     (visit.date.empty() || other.date.empty() || visit.date == other.date ||
                      !visit.date_written || !other.date_written);
        if (!joins) {
          ++m;
          continue;
        }
        std::vector<EntityId> all;
        std::set_union(visit.participants.begin(), visit.participants.end(), other.participants.begin(),
                       other.participants.end(), std::back_inserter(all));
        visit.participants = std::move(all);
        if ((visit.date.empty() || !visit.date_written) && other.date_written) {
          visit.date = other.date;
          visit.date_written = true;
        }
        if (!visit.place) visit.place = other.place;
        visit.confidence = std::max(visit.confidence, other.confidence);
        visit.evidence.insert(visit.evidence.end(), other.evidence.begin(), other.evidence.end());
        meetings.erase(meetings.begin() + static_cast<std::ptrdiff_t>(m));
        if (m < v) --v;
      }
    }
  }

  const MeetingContext& c_;
  const Tree& t_;
  MentionIndex mentions_;
  const lexicon::WordList& status_words_;
  const CueTable& cues_;
  std::map<std::size_t, const Compound*> compound_at_;
  std::map<std::size_t, const Modifier*> demonym_at_;
  std::map<std::size_t, std::size_t> modifier_end_;  // titles and demonyms: first token -> end
  std::map<std::size_t, EntityId> nominal_at_;       // tokens of "the minister" -> the person
  std::map<EntityId, lexicon::EntryId> demonym_country_;  // "Chilean counterpart X" -> Chile
  std::unordered_set<std::size_t> event_words_;
  std::vector<bool> in_cue_;  // tokens of any cue, where one meeting's words stop
  std::vector<bool> in_quotation_;  // tokens inside a quotation (depth 0)
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> dates_in_sentence_;  // sentence -> its dates (indices)
};

}  // namespace

std::vector<Meeting> find_meetings(const MeetingContext& context) { return MeetingFinder(context).run(); }

}  // namespace newskg::extract
