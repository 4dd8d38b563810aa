#include "newskg/extract/proposals.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

#include "newskg/text/utf8.hpp"
#include "newskg/text/chars.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

using text::lower_ascii;

class ProposalFinder {
 public:
  explicit ProposalFinder(const ProposalContext& context)
      : c_(context), mentions_(context.recognition, context.doc.tokens.size()) {
    for (const auto* list : {&c_.knowledge.proposal_verbs, &c_.knowledge.proposal_nouns})
      for (const auto& [phrase, category] : list->entries())
        longest_ = std::max(longest_, static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1);
    for (const auto& [phrase, category] : c_.knowledge.proposal_verbs.entries())
      if (category == "decision") decision_heads_.emplace(phrase.substr(0, phrase.find(' ')));
    for (const auto& modifier : c_.recognition.modifiers)
      if (modifier.demonym) demonym_at_[modifier.first] = &modifier;
    for (const auto& nominal : c_.nominals)
      for (std::size_t i = nominal.first; i < nominal.end; ++i) nominal_at_[i] = nominal.person;
  }

  std::vector<Proposal> run() {
    std::vector<Proposal> found;
    std::vector<std::string> matters;  // what each found proposal proposes
    for (const auto& sentence : c_.doc.sentences) {
      for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
        std::size_t length = 0;
        bool noun = false;
        std::string modality = cue_at(i, sentence.end_token, length, noun);
        if (modality.empty()) {
          ++i;
          continue;
        }
        // A capitalised "Plan" inside a name ("Joint Comprehensive Plan of Action") is no proposal.
        bool in_name = noun && c_.doc.tokens[i].capitalised && i != sentence.first_token;
        if (in_name || (!noun && (is_noun_use(i) || is_passive(i)))) {
          i += length;
          continue;
        }
        // "weighing 2.2 kg", "studied 300 cases": a quantity is no proposal considered.
        bool quantity = modality == "may-consider" && i + length < sentence.end_token &&
                        c_.doc.tokens[i + length].kind == TokenKind::number;
        // "ready to accept a U.S. proposal": readiness to react to someone else's.
        bool reaction = modality == "offer" && is_reaction(i + length);
        if (quantity || reaction || (modality == "demand" && !is_demand(i, i + length)) ||
            (modality == "presented" && !names_proposal_after(i + length, sentence.end_token))) {
          i += length;
          continue;
        }
        if (auto proposal = read(sentence, i, i + length, modality, noun)) {
          // A headline and the body, or a lead and a quotation, often report one
          // proposal twice: keep the fuller report.
          std::string what = matter(sentence, i + length);
          auto same = std::find_if(found.begin(), found.end(), [&](const Proposal& other) {
            std::size_t k = static_cast<std::size_t>(&other - found.data());
            return other.proposer == proposal->proposer &&
                   (similar(other.text, proposal->text) || similar(matters[k], what, 2));
          });
          if (same == found.end()) {
            found.push_back(std::move(*proposal));
            matters.push_back(std::move(what));
          } else if (proposal->text.size() > same->text.size()) {
            matters[static_cast<std::size_t>(same - found.begin())] = std::move(what);
            *same = std::move(*proposal);
          }
        }
        i += length;
      }
    }
    // A headline sums up the body: its proposal is one the body reports in full,
    // when the body has one by the same proposer or in the same words
    // ("EU weighs tariffs" over "The European Commission is weighing tariffs").
    std::vector<bool> summed_up(found.size(), false);
    for (std::size_t h = 0; h < found.size(); ++h)
      summed_up[h] = found[h].evidence.begin < c_.body_begin &&
                     std::any_of(found.begin(), found.end(), [&](const Proposal& other) {
                       return other.evidence.begin >= c_.body_begin &&
                              (other.proposer == found[h].proposer || similar(other.text, found[h].text));
                     });
    std::vector<Proposal> kept;
    for (std::size_t k = 0; k < found.size(); ++k)
      if (!summed_up[k]) kept.push_back(std::move(found[k]));
    return kept;
  }

 private:
  std::string word(std::size_t i) const { return i < c_.doc.tokens.size() ? lower_ascii(c_.doc.token_text(i)) : ""; }

  bool is_speech_verb(std::size_t i) const { return c_.knowledge.speech_verbs.contains(c_.doc.token_text(i)); }

  std::string cue_at(std::size_t i, std::size_t end, std::size_t& length, bool& noun) const {
    std::string phrase, modality;
    for (std::size_t n = 0; n < longest_ && i + n < end; ++n) {
      if (n) phrase += ' ';
      phrase += word(i + n);
      if (auto category = c_.knowledge.proposal_verbs.category(phrase); !category.empty()) {
        // Accepting, rejecting or answering is about someone else's proposal:
        // alone ("agreed to stay in touch") it proposes nothing.
        if (category != "proposed" && category != "may-consider" && category != "demand" && category != "offer" &&
            category != "decision" && category != "presented")
          continue;
        modality = std::string(category);
        length = n + 1;
        noun = false;
      } else if (c_.knowledge.proposal_nouns.contains(phrase) && !is_vague_noun(phrase)) {
        modality = "proposed";
        length = n + 1;
        noun = true;
      }
    }
    if (modality.empty()) modality = decision_at(i, end, length);
    return modality;
  }

  // "agreed on Saturday at a meeting in Seoul to impose sanctions": a decision
  // whose "to" comes after an adverbial, within the clause.
  std::string decision_at(std::size_t i, std::size_t end, std::size_t& length) const {
    std::string head = word(i);
    if (!decision_heads_.count(head)) return "";
    for (std::size_t j = i + 2; j + 1 < end && j < i + 12; ++j) {
      std::string w = word(j);
      if (w == "," || w == ";" || w == "that" || c_.doc.tokens[j].kind == TokenKind::quote) break;
      if (w != "to") continue;
      std::string phrase = head + " to " + word(j + 1);
      for (std::size_t n = 1; n <= 2 && j + n < end; ++n, phrase += ' ' + word(j + n))
        if (c_.knowledge.proposal_verbs.category(phrase) == "decision") {
          length = j + 1 + n - i;
          return "decision";
        }
      break;
    }
    return "";
  }

  // Most of the shorter text's longer words occur in the other (`at_least` of them).
  static bool similar(const std::string& a, const std::string& b, std::size_t at_least = 0) {
    auto words = [](const std::string& text) {
      std::unordered_set<std::string> set;
      std::string word;
      for (char c : text + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
          word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
          if (word.size() >= 4) set.insert(word);
          word.clear();
        }
      }
      return set;
    };
    auto first = words(a), second = words(b);
    const auto& shorter = first.size() <= second.size() ? first : second;
    const auto& longer = first.size() <= second.size() ? second : first;
    if (shorter.empty()) return a == b && at_least == 0;
    std::size_t shared = 0;
    for (const auto& word : shorter) shared += longer.count(word);
    return shared * 2 >= shorter.size() && shared >= at_least;
  }

  // What is proposed, without who says so: from the cue to the end of its clause
  // ("ready to assist ... elections in Syria", not ", Lavrov stated in an interview").
  std::string matter(const text::Sentence& sentence, std::size_t cue_end) const {
    std::size_t end = cue_end;
    for (; end < sentence.end_token; ++end) {
      if (c_.doc.tokens[end].kind == TokenKind::quote) break;
      if (word(end) == ",") {
        bool speech = false;
        for (std::size_t k = end + 1; k < sentence.end_token && k < end + 7; ++k)
          speech |= is_speech_verb(k);
        if (speech) break;
      }
    }
    if (end <= cue_end) return "";
    return std::string(c_.doc.text.substr(c_.doc.tokens[cue_end].begin,
                                          c_.doc.tokens[end - 1].end - c_.doc.tokens[cue_end].begin));
  }

  // A modal states a demand when it asks for an act. It describes when it sits in
  // a relative clause ("the red line that must not be crossed", "issues that need
  // to be addressed") or joins a state ("should be partners"); a passive act
  // ("should be held regularly") still asks for one.
  bool is_demand(std::size_t cue, std::size_t cue_end) const {
    if (cue > 0 && word(cue - 1) == "that" && cue >= 2 && c_.doc.tokens[cue - 2].kind == TokenKind::word &&
        !is_speech_verb(cue - 2))
      return false;
    std::size_t be = cue_end + (word(cue_end) == "not" ? 1 : 0);
    // "we should have won": judging the past asks for nothing.
    if (word(be) == "have" && is_participle(word(be + 1))) return false;
    if (word(be) != "be") return true;
    return is_participle(word(be + 1));
  }

  bool is_reaction(std::size_t token) const {
    auto category = c_.knowledge.proposal_verbs.category(word(token));
    return category == "accepted" || category == "rejected" || category == "answered";
  }

  // "unveiled a peace plan", "tabled a draft resolution": a proposal noun in the
  // object, before the clause ends.
  bool names_proposal_after(std::size_t from, std::size_t end) const {
    for (std::size_t j = from; j < end && j < from + 6; ++j) {
      std::string w = word(j);
      if (w == "," || w == ";" || c_.doc.tokens[j].kind == TokenKind::quote) break;
      if (c_.knowledge.proposal_nouns.contains(w)) return true;
    }
    return false;
  }

  static bool is_participle(const std::string& w) {
    static const std::unordered_set<std::string> irregular{
        "begun",  "brought", "built", "chosen", "done",  "drawn",  "found", "given", "held",  "kept",  "known",
        "laid",   "led",     "made",  "met",    "paid",  "put",    "seen",  "sent",  "set",   "shown", "sought",
        "spent",  "taken",   "told",  "undertaken", "withdrawn", "won",  "written", "cut",  "hit",   "shut"};
    return (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || irregular.count(w) > 0;
  }

  // "a video call on Tuesday": "call" here is a noun, not "call on".
  bool is_noun_use(std::size_t cue) const {
    if (cue == 0) return false;
    std::string before = word(cue - 1);
    return before == "a" || before == "the" || before == "conference" || before == "phone" || before == "telephone" ||
           before == "video" || before == "his" || before == "her" || before == "their" || before == "its";
  }

  // "was reviewed", "were proposed": the passive names no proposer as subject
  // ("is weighing", "was open to" are no passives).
  bool is_passive(std::size_t cue) const {
    if (cue == 0 || !is_participle(word(cue))) return false;
    std::string before = word(cue - 1);
    return before == "was" || before == "were" || before == "been" || before == "being" || before == "is" ||
           before == "are" || before == "be";
  }

  // Who says the words at `cue`: the quotation's speaker, else the subject of
  // a reporting verb earlier in the sentence, else the clause's subject.
  // With `subject_first` (an offer), the one who is ready comes before the speaker.
  std::optional<EntityId> speaker_of(const text::Sentence& sentence, std::size_t cue, bool subject_first) const {
    // The subject of the modal's own clause, when it names someone ("Russia is ready to").
    auto clause_subject = [&]() -> std::optional<EntityId> {
      for (std::size_t i = cue; i-- > sentence.first_token;) {
        std::string w = word(i);
        if (w == "," || w == ";" || w == "that" || c_.doc.tokens[i].kind == TokenKind::quote) break;
        if (auto mention = mention_at(i)) return c_.entity_of[*mention];
        // "The Russian side is ready to": a demonym with "side" is its country.
        if (w == "side" && i > sentence.first_token)
          if (const Modifier* demonym = demonym_at(i - 1)) return c_.entity_for_entry(demonym->entry);
      }
      return std::nullopt;
    };
    if (subject_first)
      if (auto subject = clause_subject()) return subject;
    if (const Statement* quoted = quotation_around(cue)) {
      if (!quoted->speaker) return std::nullopt;
      std::string before = word(cue - 1);
      bool first_person = before == "we" || (cue >= 2 && word(cue - 2) == "we");
      return first_person ? acts_for(*quoted->speaker) : quoted->speaker;
    }
    // Reported speech: "X said (that) Y should ..." or "Y should ..., X said".
    if (auto person = reporter_in(sentence, cue)) return person;
    // "X informed about ... . The next package should include ...": a demand
    // that names nobody goes on with the reported speech of the sentence before.
    std::uint32_t index = c_.doc.tokens[cue].sentence;
    bool names_someone = false;
    for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i) names_someone |= mention_at(i).has_value();
    if (!subject_first && !names_someone && index > 0) return reporter_in(c_.doc.sentences[index - 1], cue);
    return std::nullopt;
  }

  // The person a reporting verb of `sentence` (other than `cue`) belongs to.
  std::optional<EntityId> reporter_in(const text::Sentence& sentence, std::size_t cue) const {
    for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i) {
      if (i == cue || !is_speech_verb(i)) continue;
      if (auto person = reporter(sentence, i)) return person;
    }
    return std::nullopt;
  }

  // The subject of a reporting verb: the person before it ("Wang told Blinken"),
  // else one right after it in an inversion ('", said Lavrov').
  std::optional<EntityId> reporter(const text::Sentence& sentence, std::size_t verb) const {
    for (std::size_t k = verb; k-- > sentence.first_token && k + 8 > verb;) {
      std::string w = word(k);
      if (w == "," || w == ";" || c_.doc.tokens[k].kind == TokenKind::quote) break;
      if (auto mention = mention_at(k); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return c_.entity_of[*mention];
      // "The Deputy Head of the Office of the President thanked": a person named before.
      if (auto nominal = nominal_at_.find(k); nominal != nominal_at_.end()) return nominal->second;
      if (w == "he" || w == "she") return subject_before(sentence, k);
    }
    for (std::size_t k : {verb + 1, verb + 2})
      if (auto mention = mention_at(k); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return c_.entity_of[*mention];
    return std::nullopt;
  }

  // Nouns that are proposals only in longer phrases ("peace deal", "draft
  // resolution"): alone they are mostly something else ("the Iran nuclear deal").
  static bool is_vague_noun(const std::string& phrase) {
    static const std::unordered_set<std::string> vague{
        "deal",     "deals",      "call",     "calls",   "resolution", "resolutions", "package", "packages",
        "draft",    "drafts",     "concept",  "concepts", "framework", "frameworks",  "motion",  "motions",
        "bid",      "bids",       "scheme",   "schemes", "formula",    "formulas",    "formulae", "blueprint",
        "blueprints", "idea",     "ideas",    "compromise", "compromises", "appeal",   "appeals"};
    return vague.count(phrase) > 0;
  }

  std::optional<std::size_t> mention_at(std::size_t token) const { return mentions_.at(token); }

  const Statement* quotation_around(std::size_t token) const {
    std::size_t at = c_.doc.tokens[token].begin;
    for (const auto& statement : c_.statements)
      if (at >= statement.quote.begin && at < statement.quote.end) return &statement;
    return nullptr;
  }

  // The country or organization a speaker acts for: their role's, else the
  // lexicon's country.
  std::optional<EntityId> acts_for(EntityId person) const {
    for (const auto& role : c_.roles)
      if (role.person == person && role.organization) return role.organization;
    if (c_.entities[person].kind != EntityKind::person) return person;
    // Copied: entity_for_entry may grow the entity list.
    std::optional<std::uint32_t> lexicon_entry = c_.entities[person].lexicon_entry;
    if (lexicon_entry) {
      const auto& entry = c_.knowledge.lexicon.entry(*lexicon_entry);
      if (const auto* country = c_.knowledge.lexicon.country(entry.country))
        return c_.entity_for_entry(c_.knowledge.lexicon.id_of(*country));
    }
    return std::nullopt;
  }

  // Who makes a proposal whose cue is at [cue, cue_end).
  std::optional<EntityId> proposer_of(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                                      bool noun, double& confidence) const {
    const Statement* quoted = quotation_around(cue);
    // "our proposals", "we propose": the speaker's side.
    for (std::size_t i = cue; i-- > sentence.first_token && i + 4 > cue;) {
      std::string w = word(i);
      if ((w == "our" || w == "we") && quoted && quoted->speaker) {
        confidence = 0.7;
        return acts_for(*quoted->speaker);
      }
      if ((w == "i" || w == "my") && quoted && quoted->speaker) {
        confidence = 0.7;
        return quoted->speaker;
      }
    }
    if (noun) {
      // "Russian proposals", "the US proposals", "Russia's proposal", "a plan put forward by Washington".
      std::size_t i = cue;
      while (i > sentence.first_token && c_.doc.tokens[i - 1].kind == TokenKind::word &&
             !c_.doc.tokens[i - 1].capitalised && !mention_at(i - 1) && !demonym_at(i - 1) && cue - i < 3 &&
             word(i - 1) != "the" && word(i - 1) != "a")
        --i;
      if (i > sentence.first_token) {
        if (auto* demonym = demonym_at(i - 1)) {
          confidence = 0.7;
          return c_.entity_for_entry(demonym->entry);
        }
        std::size_t owner = i - 1;
        if ((word(owner) == "'s" || word(owner) == "\xe2\x80\x99s") && owner > 0) --owner;
        else if (i != cue) owner = c_.doc.tokens.size();  // "the US proposals", not "Iran nuclear deal"
        if (auto mention = mention_at(owner)) {
          confidence = 0.7;
          return c_.entity_of[*mention];
        }
      }
      // "the initiatives of the Ukrainian side", "the proposal of Russia".
      if (word(cue_end) == "of") {
        std::size_t owner = cue_end + 1 + (word(cue_end + 1) == "the" ? 1 : 0);
        if (const Modifier* demonym = demonym_at(owner); demonym && word(demonym->end) == "side") {
          confidence = 0.65;
          return c_.entity_for_entry(demonym->entry);
        }
        if (auto mention = mention_at(owner)) {
          confidence = 0.65;
          return c_.entity_of[*mention];
        }
      }
      // "thanked Poland for the initiative": the one thanked for it.
      for (std::size_t j = i; j-- > sentence.first_token && j + 6 > i;) {
        if (word(j) != "for" || j < 2) continue;
        if (auto mention = mention_at(j - 1); mention && word(c_.recognition.mentions[*mention].first - 1) == "thanked") {
          confidence = 0.6;
          return c_.entity_of[*mention];
        }
      }
      for (std::size_t j = cue_end; j + 1 < sentence.end_token && j < cue_end + 5; ++j)
        if (word(j) == "by" || word(j) == "from")
          if (auto mention = mention_at(j + 1 + (word(j + 1) == "the" ? 1 : 0))) {
            confidence = 0.65;
            return c_.entity_of[*mention];
          }
      return std::nullopt;
    }
    // A verb: its subject, the nearest name before it in the clause that no
    // preposition governs ("after the plane landed at Stansted, ... appealed").
    for (std::size_t i = cue; i-- > sentence.first_token;) {
      std::string w = word(i);
      if (w == "," || w == ";" || w == "that" || c_.doc.tokens[i].kind == TokenKind::quote) break;
      if (auto mention = mention_at(i); mention && !after_preposition(c_.recognition.mentions[*mention].first)) {
        confidence = 0.7;
        // "Russian President Vladimir Putin": the person, not the country in his title.
        std::size_t first = c_.recognition.mentions[*mention].first;
        for (std::size_t k = first; k-- > sentence.first_token && k + 6 > first;)
          if (auto before = mention_at(k); before && c_.recognition.mentions[*before].kind == EntityKind::person)
            return c_.entity_of[*before];
        // "The President of Ukraine invited": who holds that title there.
        if (auto holder = holder_of_title_before(first, c_.entity_of[*mention])) return holder;
        return c_.entity_of[*mention];
      }
      if ((w == "he" || w == "she") && quoted == nullptr) return subject_before(sentence, i);
      if ((w == "it" || w == "they") && quoted == nullptr) {
        // "EU backs talks as it weighs sanctions": the first name of the sentence.
        for (std::size_t k = sentence.first_token; k < i; ++k)
          if (auto mention = mention_at(k); mention && c_.recognition.mentions[*mention].kind != EntityKind::person)
            return c_.entity_of[*mention];
        return std::nullopt;
      }
    }
    if (quoted && quoted->speaker && (word(cue - 1) == "we" || word(cue - 2) == "we")) return acts_for(*quoted->speaker);
    return std::nullopt;
  }

  // "at Stansted", "in Geneva": a place or time phrase ("the President of
  // Ukraine", "Leaders of the G7" head their clause, so "of" is not listed).
  bool after_preposition(std::size_t first) const {
    static const std::unordered_set<std::string> prepositions{"at", "in", "from", "to", "on", "near", "into", "against"};
    std::size_t before = first > 0 && word(first - 1) == "the" ? first - 1 : first;
    return before > 0 && prepositions.count(word(before - 1)) > 0;
  }

  const Modifier* demonym_at(std::size_t token) const {
    for (const auto& [first, modifier] : demonym_at_)
      if (token >= modifier->first && token < modifier->end) return modifier;
    return nullptr;
  }

  std::optional<EntityId> holder_of_title_before(std::size_t first, EntityId organization) const {
    std::size_t of = first - (first > 0 && word(first - 1) == "the" ? 2 : 1);
    if (first < 2 || word(of) != "of") return std::nullopt;
    for (const auto& modifier : c_.recognition.modifiers) {
      if (modifier.demonym || modifier.end != of) continue;
      std::string title = lower_ascii(c_.knowledge.lexicon.entry(modifier.entry).label);
      for (const auto& role : c_.roles)
        if (role.organization == organization && lower_ascii(role.title).find(title) != std::string::npos)
          return role.person;
    }
    return std::nullopt;
  }

  // "He" at the start of a clause is most often the subject of the sentence
  // before: its first person, else the last person named.
  std::optional<EntityId> subject_before(const text::Sentence& sentence, std::size_t token) const {
    std::uint32_t index = c_.doc.tokens[token].sentence;
    if (token == sentence.first_token && index > 0) {
      const auto& previous = c_.doc.sentences[index - 1];
      for (std::size_t i = previous.first_token; i < previous.end_token; ++i)
        if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
          return c_.entity_of[*mention];
    }
    return last_person_before(token);
  }

  std::optional<EntityId> last_person_before(std::size_t token) const {
    for (std::size_t i = token; i-- > 0;)
      if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return c_.entity_of[*mention];
    return std::nullopt;
  }

  std::optional<Proposal> read(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                               const std::string& modality, bool noun) {
    Proposal proposal;
    double confidence = 0.5;
    if (modality == "demand" || modality == "offer") {
      // "X said the US should stop ...": X demands it. "Russia is ready to ...": Russia offers.
      proposal.proposer = speaker_of(sentence, cue, modality == "offer");
      if (!proposal.proposer) return std::nullopt;
      confidence = 0.5;
    } else {
      proposal.proposer = proposer_of(sentence, cue, cue_end, noun, confidence);
    }
    if (!proposal.proposer) return std::nullopt;
    proposal.modality = modality == "demand" || modality == "offer" || modality == "presented" ? "proposed"
                        : modality == "decision"                      ? "accepted"
                                                                      : modality;
    proposal.confidence = confidence;
    // "called on the US to ...", "urged Kyiv to ...": the addressee follows the verb.
    std::size_t next = cue_end + (word(cue_end) == "the" ? 1 : 0);
    if (!noun)
      if (auto mention = mention_at(next)) {
        proposal.addressees.push_back(c_.entity_of[*mention]);
      }
    // The words of the proposal: its clause, from the subject to the end of the sentence.
    std::size_t start = cue;
    if (!noun)
      while (start > sentence.first_token && word(start - 1) != "," && word(start - 1) != ";" &&
             word(start - 1) != ":" && c_.doc.tokens[start - 1].kind != TokenKind::quote &&
             !(c_.doc.tokens[start - 1].begin < c_.dateline_end && c_.doc.tokens[cue].begin >= c_.dateline_end))
        --start;
    std::size_t begin = c_.doc.tokens[start].begin;
    std::size_t end = c_.doc.tokens[sentence.end_token - 1].end;
    std::string_view words = c_.doc.text.substr(begin, end - begin);
    proposal.text = std::string(text::trim(words));
    std::size_t topic_end = std::min(sentence.end_token, cue_end + 12);
    std::size_t topic_begin = cue_end;
    if (topic_begin < topic_end)
      proposal.topic = std::string(c_.doc.text.substr(c_.doc.tokens[topic_begin].begin,
                                                      c_.doc.tokens[topic_end - 1].end - c_.doc.tokens[topic_begin].begin));
    for (std::size_t m = 0; m < c_.meetings.size(); ++m)
      for (const auto& evidence : c_.meetings[m].evidence)
        if (evidence.sentence == c_.doc.tokens[cue].sentence) proposal.forum = m;
    proposal.evidence = {c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                         confidence, noun ? "proposal-noun" : "proposal-verb"};
    return proposal;
  }

  const ProposalContext& c_;
  std::size_t longest_ = 1;
  MentionIndex mentions_;
  std::map<std::size_t, const Modifier*> demonym_at_;
  std::map<std::size_t, EntityId> nominal_at_;
  std::unordered_set<std::string> decision_heads_;  // "agreed", "decided", "voted" ...
};

}  // namespace

std::vector<Proposal> find_proposals(const ProposalContext& context) { return ProposalFinder(context).run(); }

}  // namespace newskg::extract
