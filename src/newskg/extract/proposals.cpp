#include "newskg/extract/proposals.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "newskg/extract/statements.hpp"
#include "newskg/lexicon/words.hpp"
#include "newskg/text/utf8.hpp"
#include "newskg/text/chars.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

using text::lower_ascii;

constexpr std::size_t none = Tree::none;

// ontology/words/proposal-frames.txt: need nouns, stressing and presenting verbs, joint subjects.
std::string_view frame(std::string_view lemma) {
  static const lexicon::WordList& list = lexicon::WordList::embedded("proposal-frames");
  return list.category(lemma);
}

// What a phrase of lower-case words is in proposal-verbs.txt and proposal-nouns.txt, for
// every listed phrase and every phrase a longer one begins with ("called" of "called on",
// neither verb nor noun): the words at a token are looked up once, in one table, and
// reading stops at the first phrase that is no cue and begins none.
struct CueWords {
  std::string_view verb;  // the category in proposal-verbs.txt, or empty
  bool noun = false;      // in proposal-nouns.txt
};
using CueTable = std::unordered_map<std::string_view, CueWords, lexicon::WordHash, std::equal_to<>>;

// The lists are the embedded ones (Knowledge holds no others), so the table is built once.
const CueTable& proposal_cues(const lexicon::Knowledge& knowledge) {
  static const CueTable table = [&knowledge] {
    CueTable out;
    out.reserve(2 * (knowledge.proposal_verbs.size() + knowledge.proposal_nouns.size()));
    auto add_beginnings = [&out](std::string_view phrase) {
      for (std::size_t space = phrase.find(' '); space != std::string_view::npos; space = phrase.find(' ', space + 1))
        out.try_emplace(phrase.substr(0, space));
    };
    for (const auto& [phrase, category] : knowledge.proposal_verbs.entries()) {
      out[phrase].verb = category;
      add_beginnings(phrase);
    }
    for (const auto& [phrase, category] : knowledge.proposal_nouns.entries()) {
      out[phrase].noun = true;
      add_beginnings(phrase);
    }
    return out;
  }();
  return table;
}

class ProposalFinder {
 public:
  explicit ProposalFinder(const ProposalContext& context)
      : c_(context), mentions_(context.recognition, context.doc.tokens.size()), cues_(proposal_cues(context.knowledge)) {
    for (const auto& modifier : c_.recognition.modifiers)
      if (modifier.demonym) demonym_at_[modifier.first] = &modifier;
    for (const auto& nominal : c_.nominals)
      for (std::size_t i = nominal.first; i < nominal.end; ++i) nominal_at_[i] = nominal.person;
    // Indexes instead of scans per cue: the statements by where their quotation
    // begins (the first of equal ones), the last meeting reported in each sentence.
    for (const auto& statement : c_.statements) quote_at_.emplace(statement.quote.begin, &statement);
    for (std::size_t m = 0; m < c_.meetings.size(); ++m)
      for (const auto& evidence : c_.meetings[m].evidence) forum_in_sentence_[evidence.sentence] = m;
    // Each meeting's parties with the countries and bodies its people hold posts in.
    std::unordered_map<EntityId, std::vector<EntityId>> posts;
    for (const auto& role : c_.roles)
      if (role.organization) posts[role.person].push_back(*role.organization);
    for (const auto& meeting : c_.meetings)
      for (EntityId party : meeting.participants) {
        meeting_sides_.push_back(party);
        if (auto found = posts.find(party); found != posts.end())
          meeting_sides_.insert(meeting_sides_.end(), found->second.begin(), found->second.end());
      }
    std::sort(meeting_sides_.begin(), meeting_sides_.end());
    meeting_sides_.erase(std::unique(meeting_sides_.begin(), meeting_sides_.end()), meeting_sides_.end());
  }

  std::vector<Proposal> run() {
    std::vector<Proposal> found;
    std::vector<std::string> matters;  // what each found proposal proposes
    for (const auto& sentence : c_.doc.sentences) {
      for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
        std::size_t length = 0;
        bool noun = false;
        std::string cue;  // the cue's words as the lists hold them
        std::string modality = cue_at(i, sentence.end_token, length, noun, cue);
        if (modality.empty()) {
          ++i;
          continue;
        }
        // Only parsed sentences (wanted_sentences: a cue and someone to hold it) carry a
        // proposal; an unparsed one names nobody who could.
        std::size_t predicate = parsed(sentence) ? cue_word(i, i + length) : none;
        if (predicate == none) {
          i += length;
          continue;
        }
        if (modality == "condition") {
          if (auto proposal = condition(sentence, i, i + length, predicate))
            keep(found, matters, std::move(*proposal), matter(sentence, i + length));
          i += length;
          continue;
        }
        // "Russia's offer", "the request": a verb cue the tree reads as a noun is the proposal noun.
        if (!noun && length == 1 && is_noun_use(i, predicate) && c_.knowledge.proposal_nouns.contains(word(i)) &&
            !is_vague_noun(word(i))) {
          noun = true;
          modality = "proposed";
        }
        // A capitalised "Plan" inside a name ("Joint Comprehensive Plan of Action") is no proposal,
        // nor a capitalised verb inside a recognised name ("Nordic Press Agency").
        bool in_name = c_.doc.tokens[i].capitalised && i != sentence.first_token && (noun || mention_at(i));
        // Offers and demands ("readiness to", "the need for") are nouns and modals by nature.
        bool verb_cue = !noun && modality != "offer" && modality != "demand";
        if (in_name || (verb_cue && is_noun_use(i, predicate)) || (!noun && is_passive(i, predicate))) {
          i += length;
          continue;
        }
        // "weighing 2.2 kg", "studied 300 cases": a quantity is no proposal considered.
        bool quantity = modality == "may-consider" && i + length < sentence.end_token &&
                        c_.doc.tokens[i + length].kind == TokenKind::number;
        // "ready to accept a U.S. proposal": readiness to react to someone else's.
        bool reaction = modality == "offer" && is_reaction(i + length);
        // "insisted that Belarus withdraw" asks for an act; "insisted that Russia had not" asserts (B4).
        // "suggested on Thursday that tariffs would hurt farmers" assesses, the same (B4).
        bool assertion = (word(i + length - 1) == "that" && !asks_for_act(predicate)) ||
                         (that_clause(predicate) && !asks_for_act(predicate)) ||
                         assesses_after(i + length, sentence.end_token);
        // "at China's request", "at the initiative of X": who started the call, no proposal (B8).
        bool procedure = noun && tree().child(predicate, "case") != none &&
                         word(token(tree().child(predicate, "case"))) == "at";
        // "offered his congratulations": courtesy, no course of action (B4).
        std::size_t object = !noun ? tree().child(predicate, "obj") : none;
        std::string_view giving = frame(tree().lemma(predicate));
        bool courtesy = object != none && frame(tree().lemma(object)) == "courtesy" &&
                        (giving == "courtesy-verb" || giving == "present");
        // "asked Russia to", "encouraged the parties to": a request only with what is asked
        // ("asked about", "was encouraged by" are none).
        bool bare = !noun && length == 1 && !asks_after(i, predicate);
        // "Smith and Novak confirmed the need to", "the leaders agreed to impose": a joint
        // position or decision of all parties (B3), no one's proposal.
        bool joint = !noun && joint_position(predicate, modality == "demand");
        // "we are ready to facilitate it", "they should proceed from this": an act whose
        // only complement is a pronoun repeats a proposal already told or has no content (B8).
        bool contentless = (modality == "offer" || modality == "demand") && pronoun_act(predicate, i + length);
        // "stressed the need to", "informed about the need for": the noun, not a modal; needs_in
        // reads it with its holder's verb (A5), and only a stressing verb of one holder proposes.
        bool need_noun = modality == "demand" && token(predicate) == i && is(predicate, "NOUN");
        // "would like to work with Peru" wishes an act with another party; "wants to know" does not (A6).
        bool lone_wish = modality == "offer" && frame(cue) == "wish" &&
                         !with_party_after(i + length, sentence.end_token) &&
                         !party_act_after(i + length, sentence.end_token);
        // "urged Nepal to submit a climate plan": an act asked for in another proposal is its words.
        std::size_t asker = tree().head(predicate);
        bool asked_for = !noun && asker != none &&
                         (tree().base_relation(predicate) == "xcomp" || tree().base_relation(predicate) == "ccomp") &&
                         c_.knowledge.proposal_verbs.contains(word(token(asker)));
        // "has not proposed", "never called for", "is not ready to": denied, no proposal.
        bool negated = !noun && modality != "demand" && is_negated(predicate);
        if (quantity || reaction || assertion || procedure || courtesy || bare || joint || contentless || lone_wish ||
            need_noun || asked_for || negated ||
            (modality == "demand" && !is_demand(i + length, predicate)) ||
            (modality == "presented" && !names_proposal_after(i + length, sentence.end_token))) {
          i += length;
          continue;
        }
        if (auto proposal = read(sentence, i, i + length, modality, noun, predicate))
          keep(found, matters, std::move(*proposal), matter(sentence, i + length));
        i += length;
      }
      if (parsed(sentence)) {
        for (auto& [proposal, what] : needs_in(sentence)) keep(found, matters, std::move(proposal), std::move(what));
        for (auto& [proposal, what] : necessities_in(sentence))
          keep(found, matters, std::move(proposal), std::move(what));
      }
    }
    merge_spokesmen_repeats(found);
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
  // A headline and the body, or a lead and a quotation, often report one
  // proposal twice: keep the fuller report.
  static void keep(std::vector<Proposal>& found, std::vector<std::string>& matters, Proposal proposal,
                   std::string what) {
    // A condition and the offer it conditions are two items ("open to talks if ...", 2.3).
    auto is_condition = [](const Proposal& p) { return p.evidence.rule == "proposal-condition"; };
    auto same = std::find_if(found.begin(), found.end(), [&](const Proposal& other) {
      std::size_t k = static_cast<std::size_t>(&other - found.data());
      return other.proposer == proposal.proposer && is_condition(other) == is_condition(proposal) &&
             (similar(other.text, proposal.text) || similar(matters[k], what, 2));
    });
    if (same == found.end()) {
      found.push_back(std::move(proposal));
      matters.push_back(std::move(what));
    } else if (proposal.text.size() > same->text.size()) {
      matters[static_cast<std::size_t>(same - found.begin())] = std::move(what);
      *same = std::move(proposal);
    }
  }

  // "Norway has offered to host talks, Foreign Minister Holm said. 'We are ready to
  // host the talks,' Holm told reporters": one proposal (2.3), told as a country's or
  // a body's and then, in the next sentence, in the words of one who speaks for it;
  // the holder is the first report's (R3).
  void merge_spokesmen_repeats(std::vector<Proposal>& found) const {
    auto speaks_for = [&](const Proposal& person_report, const Proposal& party_report) {
      if (!person_report.proposer || !party_report.proposer) return false;
      EntityId person = *person_report.proposer, party = *party_report.proposer;
      if (c_.entities[person].kind != EntityKind::person || c_.entities[party].kind == EntityKind::person) return false;
      return holds_post_in(person, party) ||
             reporter_in(c_.doc.sentences[party_report.evidence.sentence], none) == person;
    };
    for (std::size_t later = 1; later < found.size(); ++later)
      for (std::size_t first = 0; first < later; ++first) {
        const Proposal& a = found[first];
        const Proposal& b = found[later];
        std::size_t gap = a.evidence.sentence > b.evidence.sentence ? a.evidence.sentence - b.evidence.sentence
                                                                    : b.evidence.sentence - a.evidence.sentence;
        if (gap > 1 || a.proposer == b.proposer || !similar(a.text, b.text, 2) ||
            !(speaks_for(a, b) || speaks_for(b, a)))
          continue;
        if (b.evidence.begin < a.evidence.begin) std::swap(found[first], found[later]);
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(later));
        --later;
        break;
      }
  }

  // --- The dependency tree -------------------------------------------------------------
  const Tree& tree() const { return c_.tree; }
  bool parsed(const text::Sentence& sentence) const {
    return c_.tree.parsed(c_.doc.tokens[sentence.first_token].sentence);
  }
  std::size_t token(std::size_t w) const { return tree().token_of(w); }
  bool is(std::size_t w, std::string_view upos) const { return w != none && tree().upos(w) == upos; }
  std::string_view folded_form(std::size_t w) const { return tree().folded_form(c_.doc, w); }

  // The word that heads the cue's tokens ("ready" of "is ready to", "called" of
  // "called on"); a modal or copula stands for the verb it belongs to.
  std::size_t cue_word(std::size_t cue, std::size_t cue_end) const {
    std::size_t best = none;
    for (std::size_t t = cue; t < cue_end && best == none; ++t) {
      std::size_t w = tree().word_of(t);
      if (w == none) continue;
      std::size_t up = tree().head(w);
      if (up == none || token(up) < cue || token(up) >= cue_end) best = w;
    }
    for (std::size_t steps = 0; best != none && steps < 3; ++steps) {
      std::string_view relation = tree().base_relation(best);
      if (relation != "aux" && relation != "cop" && relation != "mark" && relation != "fixed") break;
      if (tree().head(best) == none) break;
      best = tree().head(best);
    }
    return best;
  }

  // The child of `w` whose case marker is one of `cases` ("on", "to", "by").
  std::size_t marked_child(std::size_t w, std::initializer_list<std::string_view> relations,
                           std::initializer_list<std::string_view> cases) const {
    for (std::uint32_t child : tree().children(w)) {
      std::string_view relation = tree().base_relation(child);
      if (std::find(relations.begin(), relations.end(), relation) == relations.end()) continue;
      std::size_t marker = tree().child(child, "case");
      if (marker == none) marker = tree().child(child, "mark");
      if (marker == none) continue;
      std::string_view form = folded_form(marker);
      if (std::find(cases.begin(), cases.end(), form) != cases.end()) return child;
    }
    return none;
  }

  // Who a noun phrase names, read from its head word: the mention at the head,
  // "the Deputy Foreign Minister" (a person named before), "he", "we" in a
  // quotation, "the Russian side", else a person or a name inside the phrase.
  std::optional<EntityId> holder_at(std::size_t w, std::size_t cue) const {
    if (w == none) return std::nullopt;
    std::size_t head = token(w);
    std::string_view form = word(head);
    const Statement* quoted = quotation_around(cue);
    // "We propose", "our proposals", "I suggest" in a quotation: its speaker (GUIDELINE R2; the
    // party the speaker acts for is only the gold's `proposer_also`).
    if ((form == "we" || form == "our" || form == "us" || form == "i" || form == "my") && quoted)
      return quoted->speaker;
    if (form == "he" || form == "she" || form == "his" || form == "her") {
      if (quoted) return std::nullopt;
      // "Kovac ..., stating that he would like to": the subject of a reported clause is the
      // reporter, not the last person named ("with Minister Varga" may stand between).
      if (tree().base_relation(w) == "nsubj")
        if (std::size_t verb = reporting_verb_of(tree(), tree().head(w), c_.knowledge); verb != none) {
          std::size_t reporter = subject_of(tree(), verb);
          // "..., stating that": a participle's subject is that of the clause it hangs on.
          if (reporter == none && tree().base_relation(verb) == "advcl" && tree().child(verb, "mark") == none)
            reporter = subject_of(tree(), tree().head(verb));
          if (reporter != none && reporter != w)
            if (auto holder = holder_at(reporter, cue)) return holder;
        }
      const auto& sentence = c_.doc.sentences[c_.doc.tokens[head].sentence];
      // "The Chinese president went on ... But he pointed out": a person named or described before.
      for (std::size_t i = head; i-- > 0 && c_.doc.tokens[i].sentence + 1 >= c_.doc.tokens[head].sentence;) {
        if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
          break;
        if (auto nominal = nominal_at_.find(i); nominal != nominal_at_.end()) return nominal->second;
      }
      return subject_before(sentence, head);
    }
    if (auto mention = mention_at(head)) {
      std::size_t first = c_.recognition.mentions[*mention].first;
      // "The President of Ukraine invited": who holds that title there.
      if (c_.recognition.mentions[*mention].kind != EntityKind::person)
        if (auto holder = holder_of_title_before(first, c_.entity_of[*mention])) return holder;
    }
    auto [from, to] = tree().token_span(w);
    // A person inside the phrase: "Russian President Vladimir Putin", "the minister, Lavrov".
    for (std::size_t t = from; t < to; ++t)
      if (auto mention = mention_at(t); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return c_.entity_of[*mention];
    if (auto nominal = nominal_at_.find(head); nominal != nominal_at_.end()) return nominal->second;
    if (auto mention = mention_at(head)) return c_.entity_of[*mention];
    // "The Russian side", "the Chinese delegation": the country of the demonym.
    for (std::size_t t = from; t < to && t <= head; ++t)
      if (const Modifier* demonym = demonym_at(t); demonym && demonym->end <= head + 1 &&
                                                   c_.knowledge.party_nouns.contains(word(head)))
        return c_.entity_for_entry(demonym->entry);
    for (std::size_t t = from; t < to; ++t)
      if (auto nominal = nominal_at_.find(t); nominal != nominal_at_.end()) return nominal->second;
    // "The President of Ukraine": who holds that title there, else the country.
    for (std::size_t t = from; t < to; ++t)
      if (auto mention = mention_at(t); mention && c_.recognition.mentions[*mention].first == t)
        if (auto holder = holder_of_title_before(t, c_.entity_of[*mention])) return holder;
    for (std::size_t t = from; t < to; ++t)
      if (auto mention = mention_at(t)) return c_.entity_of[*mention];
    return std::nullopt;
  }

  // The holder of a proposal noun (GUIDELINE R1): its possessor ("Russia's
  // proposals", "our plan"), a demonym or name before it ("the Chilean
  // initiative"), "of / by / from X", "put forward by X", else the subject of
  // the verb that presents it ("Kovac put forward a plan"), or the one thanked
  // for it. Tree::none in `found` when no holder is written.
  std::optional<EntityId> noun_holder(std::size_t noun, std::size_t cue, bool& written) const {
    written = true;
    for (std::uint32_t child : tree().children(noun)) {
      std::string_view relation = tree().relation(child);
      if (relation == "nmod:poss" || relation == "amod" || relation == "compound") {
        if (const Modifier* demonym = demonym_at(token(child))) return c_.entity_for_entry(demonym->entry);
        if (relation == "amod") continue;
        // "the US proposal": a name, not a phrase that holds one ("Kremlin denies mobilisation plans").
        if (relation == "compound") {
          if (auto mention = mention_at(token(child)); mention && token(child) + 1 == token(noun))
            return c_.entity_of[*mention];
          continue;
        }
        if (auto holder = holder_at(child, cue)) return holder;
      }
    }
    if (std::size_t of = marked_child(noun, {"nmod"}, {"of", "by", "from"}); of != none)
      if (auto holder = holder_at(of, cue)) return holder;
    for (std::uint32_t child : tree().children(noun))
      if (tree().base_relation(child) == "acl")
        if (std::size_t agent = marked_child(child, {"obl"}, {"by", "from"}); agent != none)
          if (auto holder = holder_at(agent, cue)) return holder;
    std::size_t verb = tree().head(noun);
    std::string_view relation = tree().base_relation(noun);
    // "handed over a road map": the verb's particle read as the noun's preposition.
    std::size_t marker = tree().child(noun, "case");
    bool particle_object = verb != none && relation == "obl" && marker != none &&
                           token(marker) == token(verb) + 1 && frame(word(token(marker))) == "particle";
    if (verb != none && (relation == "obj" || particle_object) && frame(tree().lemma(verb)) == "present") {
      // "urged Nepal to submit a climate plan": a plan asked for belongs to the asking, not to Nepal.
      if (std::size_t asker = tree().head(verb);
          asker != none && tree().base_relation(verb) == "xcomp" && c_.knowledge.proposal_verbs.contains(word(token(asker))))
        return std::nullopt;
      if (auto holder = holder_at(subject_of(tree(), verb), cue)) return holder;
    }
    // "thanked Poland for the initiative".
    if (verb != none && relation == "obl" && frame(tree().lemma(verb)) == "thanking")
      if (auto holder = holder_at(tree().child(verb, "obj"), cue)) return holder;
    written = false;
    return std::nullopt;
  }

  // The words of the proposal from the tree: from the cue (a modal's or a noun's
  // whole phrase) to the end of the clause it stands in, below the reporting verb;
  // never the attribution ("..., Lavrov said"), a quotation mark or the closing
  // punctuation. Keywords lie anywhere in the complement, so the clause is taken
  // whole rather than the predicate's own subtree, which a wrong attachment cuts short.
  std::string words_of(std::size_t predicate, std::size_t cue, std::size_t cue_end, bool whole) const {
    const auto& sentence = c_.doc.sentences[c_.doc.tokens[cue].sentence];
    std::size_t top = predicate;
    for (std::size_t steps = 0; steps < 6; ++steps) {
      std::size_t up = tree().head(top);
      if (up == none || is_speech_word(tree(), up, c_.knowledge) || tree().base_relation(top) == "parataxis") break;
      top = up;
    }
    std::size_t begin = whole ? tree().token_span(predicate).first : cue_end;
    std::size_t end = std::max(cue_end, tree().token_span(top).second);
    // "stressed the importance of uniting [and coordinating efforts]", "briefed him on the
    // initiatives [to intensify talks]": a noun under a verb of saying ends with that verb's clause.
    if (std::size_t up = tree().head(top); up != none && top == predicate && !is(top, "VERB") &&
                                           is_speech_word(tree(), up, c_.knowledge))
      end = std::max(end, tree().token_span(up).second);
    begin = std::max(begin, sentence.first_token);
    // A wrong attachment cuts a subtree short (the parser gets ~1 head in 6 wrong): the
    // words run on to the end of the sentence, and the cuts below stop them at the attribution.
    end = sentence.end_token;
    bool quoted = quotation_around(cue) != nullptr;
    for (std::size_t t = std::max(begin, cue_end); t < end; ++t) {
      // A quotation mark ends the words, inside a quotation as outside.
      if (c_.doc.tokens[t].kind == TokenKind::quote) {
        end = t;
        break;
      }
      // The attribution: a verb of saying that does not govern the cue, with its subject.
      std::size_t w = tree().word_of(t);
      if (w != none && is_speech_word(tree(), w, c_.knowledge) && !tree().dominates(w, predicate) &&
          (quoted || tree().base_relation(w) == "parataxis" || tree().child(w, "nsubj") != none)) {
        end = std::min(t, tree().token_span(w).first);
        break;
      }
      // "demanded that Minsk release the journalist [and summoned its envoy]": a finite
      // verb joined to the proposal's base-form verb is the proposer's next act.
      if (w != none && tree().base_relation(w) == "conj" && is_finite_past_or_present(w)) {
        std::size_t joined = tree().head(w);
        if (joined != none && (joined == tree().word_of(cue) || tree().xpos(joined) == "VB" ||
                               tree().xpos(joined) == "VBG")) {
          end = std::min(t, tree().token_span(w).first);
          break;
        }
      }
      // "ready to cooperate [provided that Washington respects ...]": a condition is an item of its own (2.3).
      if (t > cue_end && starts_condition(t, end)) {
        end = t;
        break;
      }
      if (word(t) == "," || word(t) == ";") {
        // ", Lavrov said": a verb of saying (as tagged: "a Palestinian state" is none).
        bool speech = false;
        for (std::size_t k = t + 1; k < end && k < t + 7; ++k) {
          std::size_t v = tree().word_of(k);
          speech |= v == none ? is_speech_verb(k) : is_speech_word(tree(), v, c_.knowledge);
        }
        if (speech) {
          end = t;
          break;
        }
      }
    }
    if (begin < c_.dateline_end && c_.doc.tokens[cue].begin >= c_.dateline_end)
      while (begin < end && c_.doc.tokens[begin].begin < c_.dateline_end) ++begin;
    // Not the words that join the phrase to its sentence: "as well as", "to", "that", a dash.
    auto joins = [&](std::size_t t) {
      std::size_t w = tree().word_of(t);
      std::string_view relation = w == none ? "" : tree().base_relation(w);
      return relation == "cc" || relation == "case" || relation == "mark" || relation == "fixed";
    };
    while (begin < end && (c_.doc.tokens[begin].kind == TokenKind::quote || word(begin) == "," || word(begin) == "that" ||
                           word(begin) == "-" || word(begin) == "\xe2\x80\x94" || joins(begin)))
      ++begin;
    while (end > begin && (c_.doc.tokens[end - 1].kind == TokenKind::quote ||
                           c_.doc.tokens[end - 1].kind == TokenKind::punctuation))
      --end;
    if (begin >= end) return "";
    return std::string(c_.doc.text.substr(c_.doc.tokens[begin].begin, c_.doc.tokens[end - 1].end - c_.doc.tokens[begin].begin));
  }

  bool starts_condition(std::size_t t, std::size_t end) const {
    std::size_t length = 0;
    bool noun = false;
    std::string matched;
    return cue_at(t, end, length, noun, matched) == "condition";
  }

  bool is_finite_past_or_present(std::size_t w) const {
    std::string_view tag = tree().xpos(w);
    return is(w, "VERB") && (tag == "VBD" || tag == "VBZ");
  }

  // "The two sides should implement the consensus, he urged": a proposal verb that
  // reports the clause before it (its ccomp, or the clause it hangs beside).
  std::string clause_before(std::size_t predicate, std::size_t cue) const {
    std::size_t clause = tree().base_relation(predicate) == "parataxis" ? tree().head(predicate) : none;
    if (clause == none)
      for (std::uint32_t child : tree().children(predicate))
        if (tree().base_relation(child) == "ccomp" && token(child) < cue) clause = child;
    if (clause == none || token(clause) >= cue) return "";
    const auto& sentence = c_.doc.sentences[c_.doc.tokens[cue].sentence];
    std::size_t begin = std::max(tree().token_span(clause).first, sentence.first_token), end = cue;
    if (std::size_t subject = subject_of(tree(), predicate); subject != none && token(subject) < cue)
      end = std::min(end, tree().token_span(subject).first);
    while (begin < end && c_.doc.tokens[begin].kind == TokenKind::quote) ++begin;
    while (end > begin && (c_.doc.tokens[end - 1].kind == TokenKind::quote ||
                           c_.doc.tokens[end - 1].kind == TokenKind::punctuation))
      --end;
    if (begin >= end) return "";
    return std::string(c_.doc.text.substr(c_.doc.tokens[begin].begin, c_.doc.tokens[end - 1].end - c_.doc.tokens[begin].begin));
  }

  // The meeting reported in the same sentence (the last one), where a proposal was made.
  std::optional<std::size_t> forum_of(std::size_t sentence) const {
    auto found = forum_in_sentence_.find(sentence);
    if (found == forum_in_sentence_.end()) return std::nullopt;
    return found->second;
  }

  // A proposal whose cue is one word (a need noun, a necessity adjective): its
  // words are those the cue governs; none when it governs none.
  std::optional<Proposal> word_cue_proposal(EntityId holder, std::size_t cue_word, std::size_t t, double confidence,
                                            const char* rule) const {
    Proposal proposal;
    proposal.proposer = holder;
    proposal.modality = "proposed";
    proposal.confidence = confidence;
    proposal.text = words_of(cue_word, t, t + 1, false);
    if (proposal.text.empty()) return std::nullopt;
    proposal.topic = proposal.text;
    proposal.forum = forum_of(c_.doc.tokens[t].sentence);
    proposal.evidence = {c_.doc.tokens[t].begin, c_.doc.tokens[t].end, c_.doc.tokens[t].sentence, confidence, rule};
    return proposal;
  }

  // "stressed the importance of launching talks", "expressed the need for
  // further efforts" (GUIDELINE A5): a need noun, object of a stressing verb of
  // one holder, whose complement is a future act (a verb, or a noun without
  // article: "the importance of the visit" names an existing thing). "The
  // parties stressed" is a joint position (B3).
  std::vector<std::pair<Proposal, std::string>> needs_in(const text::Sentence& sentence) const {
    std::vector<std::pair<Proposal, std::string>> out;
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      std::size_t noun = tree().word_of(t);
      if (noun == none || !is(noun, "NOUN") || frame(tree().lemma(noun)) != "need") continue;
      // "stressed the need for": the object of a stressing verb; a wrong attachment may
      // put a noun between them ("underscored [the importance of strengthening] defenses").
      if (tree().child(noun, "det") == none) continue;
      std::size_t verb = tree().head(noun);
      if (verb != none && !is(verb, "VERB") && tree().head(verb) != none) verb = tree().head(verb);
      if (verb == none || token(verb) > t || frame(tree().lemma(verb)) != "stress") continue;
      std::size_t complement = none;
      for (std::uint32_t child : tree().children(noun)) {
        std::string_view relation = tree().base_relation(child);
        if (relation == "nmod" || relation == "acl" || relation == "ccomp" || relation == "xcomp") {
          complement = child;
          break;
        }
      }
      // "stressed the need for Lima to release the detainees": the parser often hangs the
      // act ("to release") on the verb, beside "for Lima"; it is still the need's complement.
      if (complement != none && !is_act(complement))
        for (std::uint32_t child : tree().children(verb))
          if (std::string_view relation = tree().base_relation(child);
              (relation == "advcl" || relation == "xcomp") && token(child) > token(complement) && is(child, "VERB") &&
              is_to_clause(child)) {
            complement = child;
            break;
          }
      if (complement == none || !is_act(complement)) continue;
      std::size_t subject = subject_of(tree(), verb);
      // "pointed out that there are issues that need to be addressed and expressed the need": a
      // misattached conjunct finds a relative pronoun; the verb of saying above it has the holder.
      if (subject == none || tree().relation(tree().head(subject)) == "acl:relcl")
        for (std::size_t up = tree().head(verb); up != none; up = tree().head(up))
          if (is_speech_word(tree(), up, c_.knowledge)) {
            subject = subject_of(tree(), up);
            break;
          }
      if (subject == none || frame(folded_form(subject)) == "joint" ||
          frame(tree().lemma(subject)) == "joint" || tree().child(subject, "conj") != none)
        continue;
      if (auto holder = holder_at(subject, t))
        if (auto proposal = word_cue_proposal(*holder, noun, t, 0.6, "proposal-need")) {
          std::string what = proposal->text;
          out.emplace_back(std::move(*proposal), std::move(what));
        }
    }
    return out;
  }

  // The clause of `predicate`, or a clause that governs it ("confirmed the need to
  // maintain", "shared the view that Chile and Peru would work to urge"), has a
  // subject naming several parties: coordinated ("Smith and Novak") or a joint noun
  // ("the parties", "the leaders"). The nearest subject decides; a demand's own subject
  // is its addressee ("both sides should refrain", A4), so only governing clauses count.
  bool joint_position(std::size_t predicate, bool skip_own) const {
    std::size_t clause = predicate;
    for (int depth = 0; clause != none && depth < 4; ++depth) {
      if (!(skip_own && depth == 0)) {
        std::size_t subject = subject_of(tree(), clause);
        if (subject != none) {
          if (frame(folded_form(subject)) == "joint" || frame(tree().lemma(subject)) == "joint")
            return true;
          // "Smith and Novak": a conjunct joined by "and" (a dateline "CHISINAU, Jan 10"
          // read as a conjunct has none).
          std::size_t conjunct = tree().child(subject, "conj");
          std::size_t cc = conjunct != none ? tree().child(conjunct, "cc") : none;
          return cc != none && folded_form(cc) == "and" && !co_proposers(subject, conjunct);
        }
      }
      std::string_view relation = tree().base_relation(clause);
      if (relation != "xcomp" && relation != "ccomp" && relation != "advcl" && relation != "obj" &&
          relation != "nmod" && relation != "acl" && relation != "conj")
        return false;
      clause = tree().head(clause);
    }
    return false;
  }

  // "has not proposed"; not "did not just call for" (a proposal and more).
  bool is_negated(std::size_t predicate) const {
    for (std::uint32_t child : tree().children(predicate))
      if (tree().base_relation(child) == "advmod" && frame(folded_form(child)) == "negation")
        return frame(word(token(child) + 1)) != "limiting";
    return false;
  }

  // "Poland and Lithuania urged NATO to": two named parties neither of which takes
  // part in a meeting of the article speak as co-proposers (R4), not as the parties
  // of a reported meeting stating a joint position (B3). Either one taking part is
  // enough for B3: a participant's post may name no country ("EU High Representative
  // Borrell"), so the two cannot be required to meet in one item.
  bool co_proposers(std::size_t subject, std::size_t conjunct) const {
    auto first = mention_at(token(subject)), second = mention_at(token(conjunct));
    if (!first || !second) return false;
    auto takes_part = [&](EntityId id) { return std::binary_search(meeting_sides_.begin(), meeting_sides_.end(), id); };
    return !takes_part(c_.entity_of[*first]) && !takes_part(c_.entity_of[*second]);
  }

  bool holds_post_in(EntityId person, EntityId organization) const {
    return std::any_of(c_.roles.begin(), c_.roles.end(), [&](const Role& role) {
      return role.person == person && role.organization == organization;
    });
  }

  // The act of an offer or demand ("ready [to facilitate] it", "should [proceed] from
  // this"): its complements are all pronouns, at least one.
  bool pronoun_act(std::size_t predicate, std::size_t cue_end) const {
    std::size_t act = predicate;
    if (!is(act, "VERB"))
      for (std::uint32_t child : tree().children(predicate))
        if (tree().base_relation(child) == "xcomp" && token(child) >= cue_end) {
          act = child;
          break;
        }
    if (!is(act, "VERB")) return false;
    bool pronoun = false;
    for (std::uint32_t child : tree().children(act)) {
      std::string_view relation = tree().base_relation(child);
      if (relation != "obj" && relation != "iobj" && relation != "obl" && relation != "xcomp" &&
          relation != "ccomp" && relation != "advcl")
        continue;
      if (!is(child, "PRON")) return false;
      pronoun = true;
    }
    return pronoun;
  }

  // A clause marked by infinitival "to" ("to release the detainees").
  bool is_to_clause(std::size_t w) const {
    std::size_t mark = tree().child(w, "mark");
    return mark != none && word(token(mark)) == "to";
  }

  // A verb of the `complement` frame ("asked", "encouraged") with what it asks for
  // after it: a complement clause in the tree.
  bool asks_after(std::size_t cue, std::size_t predicate) const {
    if (frame(tree().lemma(predicate)) != "complement") return true;
    for (std::uint32_t child : tree().children(predicate)) {
      std::string_view relation = tree().base_relation(child);
      if ((relation == "xcomp" || relation == "ccomp") && token(child) > cue) return true;
      // "encouraged Serbia [to implement]" read as a purpose clause.
      if (relation == "advcl" && token(child) > cue && is_to_clause(child))
        return true;
    }
    return false;
  }

  // "suggested on Thursday that tariffs would hurt farmers", read on tokens (the parser
  // may miss the clause): "that" within a few words, then an auxiliary of fact or
  // forecast ("would", "had", "was") before any of demand ("should", "be").
  bool assesses_after(std::size_t from, std::size_t end) const {
    // Not "could", "may": "proposed that talks could take place in Geneva" still proposes.
    static const std::unordered_set<std::string_view> fact{"would", "will", "had", "has", "have",
                                                           "was",   "were", "is",  "are"};
    static const std::unordered_set<std::string_view> demand{"should", "must", "be", "shall"};
    std::size_t that = none;
    for (std::size_t t = from; t < end && t < from + 4; ++t)
      if (word(t) == "that") {
        that = t;
        break;
      }
    if (that == none) return false;
    for (std::size_t t = that + 1; t < end && t < that + 8; ++t) {
      if (word(t) == "," || word(t) == ";") return false;
      if (demand.count(word(t))) return false;
      if (fact.count(word(t))) return true;
    }
    return false;
  }

  // "suggested that ...": the verb's complement clause opens with "that".
  bool that_clause(std::size_t predicate) const {
    std::size_t clause = tree().child(predicate, "ccomp");
    std::size_t mark = clause == none ? none : tree().child(clause, "mark");
    return mark != none && folded_form(mark) == "that";
  }

  // The clause after "insisted that" asks for an act: a bare verb ("that Belarus
  // withdraw", "that sanctions be lifted") or a modal of demand.
  bool asks_for_act(std::size_t predicate) const {
    std::size_t clause = tree().child(predicate, "ccomp");
    if (clause == none) return false;
    for (std::uint32_t child : tree().children(clause))
      if (tree().base_relation(child) == "aux") {
        std::string_view form = folded_form(child);
        return form == "be" || c_.knowledge.proposal_verbs.category(form) == "demand";
      }
    return is(clause, "VERB") && folded_form(clause) == tree().lemma(clause);
  }

  // "It is vital that the ceasefire holds", "it was important for both parties to
  // avoid unilateral measures" (GUIDELINE A4): an adjective of necessity with "it"
  // and a clause, in the words of the quotation's speaker or of the reporting clause.
  std::vector<std::pair<Proposal, std::string>> necessities_in(const text::Sentence& sentence) const {
    std::vector<std::pair<Proposal, std::string>> out;
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      std::size_t adjective = tree().word_of(t);
      // "it is time to end the blockade": a noun states the directive as a predicate, after a copula.
      bool predicate_noun = adjective != none && is(adjective, "NOUN") && tree().child(adjective, "cop") != none;
      if (adjective == none || !(is(adjective, "ADJ") || predicate_noun) ||
          frame(tree().lemma(adjective)) != "necessity")
        continue;
      bool it = false, clause = false;
      for (std::uint32_t child : tree().children(adjective)) {
        std::string_view relation = tree().base_relation(child);
        if ((relation == "expl" || relation == "nsubj") && word(token(child)) == "it") it = true;
        // Not "it is important to note that" (no content of its own, B8).
        if ((relation == "advcl" || relation == "xcomp" || relation == "csubj" || relation == "ccomp" ||
             (predicate_noun && relation == "acl")) &&
            token(child) > t && is(child, "VERB") && !is_speech_word(tree(), child, c_.knowledge))
          clause = true;
        // "it is time for both sides to return": the act parsed as a clause of the "for" party.
        if (relation == "nmod" || relation == "obl")
          for (std::uint32_t act : tree().children(child))
            if (tree().base_relation(act) == "acl" && token(act) > token(child) && is(act, "VERB") &&
                !is_speech_word(tree(), act, c_.knowledge))
              clause = true;
      }
      if (!it || !clause) continue;
      std::optional<EntityId> holder;
      if (const Statement* quoted = quotation_around(t)) {
        holder = quoted->speaker;
      } else if (std::size_t verb = reporting_verb_of(tree(), adjective, c_.knowledge); verb != none) {
        holder = holder_at(subject_of(tree(), verb), t);
      } else if (tree().base_relation(adjective) == "conj" || tree().base_relation(adjective) == "ccomp") {
        // "Biden conveyed to Abbas that ..., it was important": the clause it continues.
        std::size_t up = tree().head(adjective);
        if (up != none && is(up, "VERB")) holder = holder_at(subject_of(tree(), up), t);
      }
      if (!holder)
        // "Kovac conveyed to Varga that, to create the conditions, it was important": the reporting
        // clause read as an adverbial of the adjective.
        for (std::uint32_t child : tree().children(adjective))
          if (tree().base_relation(child) == "advcl" && token(child) < t && is_speech_word(tree(), child, c_.knowledge)) {
            holder = holder_at(subject_of(tree(), child), t);
            break;
          }
      if (!holder) continue;
      if (auto proposal = word_cue_proposal(*holder, adjective, t, 0.55, "proposal-necessity")) {
        std::string what = proposal->text;
        out.emplace_back(std::move(*proposal), std::move(what));
      }
    }
    return out;
  }

  // A future act: a verb ("of launching", "to release"), or a noun phrase
  // without article or possessor ("further efforts", "direct negotiations").
  bool is_act(std::size_t w) const {
    if (is(w, "VERB")) return true;
    if (!is(w, "NOUN") && !is(w, "PROPN")) return false;
    // "of the United States and China implementing the commitments": the act is the verb.
    for (std::uint32_t child : tree().children(w))
      if (tree().relation(child) == "acl" && is(child, "VERB")) return true;
    if (!is(w, "NOUN")) return false;
    for (std::uint32_t child : tree().children(w)) {
      std::string_view relation = tree().relation(child);
      if (relation == "det" || relation == "nmod:poss") return false;
    }
    return true;
  }

  // The token at `i` lower-cased (Document::folded), or empty past the end.
  std::string_view word(std::size_t i) const {
    return i < c_.doc.tokens.size() ? c_.doc.folded_token(i) : std::string_view();
  }

  bool is_speech_verb(std::size_t i) const { return c_.knowledge.speech_verbs.contains(c_.doc.token_text(i)); }

  // "would welcome Argentina's participation", "a visit by President Kovac": a party
  // whose act the wish is for, as the possessor or "by" agent of a noun after the cue.
  bool party_act_after(std::size_t first, std::size_t end) const {
    for (std::size_t t = first; t < end && word(t) != "," && word(t) != ";"; ++t) {
      std::size_t w = tree().word_of(t);
      if (w == none || token(w) != t) continue;
      std::size_t marker = tree().child(w, "case");
      bool agent = tree().base_relation(w) == "nmod" && marker != none && word(token(marker)) == "by";
      if ((tree().relation(w) == "nmod:poss" || agent) && holder_at(w, first)) return true;
    }
    return false;
  }

  // "cooperate with Peru": a "with" party of the wished act itself (the verb after the cue), not
  // of a noun ("speed up the process with Russia"), before the clause ends.
  bool with_party_after(std::size_t first, std::size_t end) const {
    std::size_t act = tree().word_of(first);
    if (act == none) return false;
    for (std::size_t t = first; t < end && word(t) != "," && word(t) != ";"; ++t) {
      std::size_t w = word(t) == "with" ? tree().word_of(t) : none;
      if (w != none && tree().head(w) != none && tree().head(tree().head(w)) == act) return true;
    }
    return false;
  }

  std::string cue_at(std::size_t i, std::size_t end, std::size_t& length, bool& noun, std::string& matched) const {
    std::string phrase, modality;
    for (std::size_t n = 0; i + n < end; ++n) {
      if (n) phrase += ' ';
      phrase += word(i + n);
      auto cue = cues_.find(phrase);
      if (cue == cues_.end()) break;  // no cue, and no longer cue begins so
      if (std::string_view category = cue->second.verb; !category.empty()) {
        // Accepting, rejecting or answering is about someone else's proposal:
        // alone ("agreed to stay in touch") it proposes nothing.
        if (category != "proposed" && category != "may-consider" && category != "demand" && category != "offer" &&
            category != "presented" && category != "condition")
          continue;
        modality = std::string(category);
        length = n + 1;
        noun = false;
        matched = phrase;
      } else if (cue->second.noun && !is_vague_noun(phrase)) {
        modality = "proposed";
        length = n + 1;
        noun = true;
        matched = phrase;
      }
    }
    return modality;
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
  // to be addressed") or judges the past ("should have won"). "Should be" + a
  // state asks for one only of the parties themselves (GUIDELINE A4: "the two
  // countries should be partners"), not of a thing ("the plan should be fine").
  bool is_demand(std::size_t cue_end, std::size_t predicate) const {
    std::size_t be = cue_end + (word(cue_end) == "not" ? 1 : 0);
    // "we should have won": judging the past asks for nothing.
    if (word(be) == "have" && is_participle(word(be + 1))) return false;
    for (std::size_t up = predicate, steps = 0; up != none && steps < 3; up = tree().head(up), ++steps) {
      if (tree().relation(up) == "acl:relcl") return false;
      if (tree().base_relation(up) != "conj" && tree().base_relation(up) != "xcomp") break;
    }
    if (tree().child(predicate, "cop") == none) return true;
    std::size_t subject = tree().child(predicate, "nsubj");
    if (subject == none) return false;
    std::string_view form = word(token(subject));
    return frame(form) == "joint" || mention_at(token(subject)).has_value() ||
           c_.knowledge.party_nouns.contains(form) || frame(form) == "states";
  }

  bool is_reaction(std::size_t token) const {
    auto category = c_.knowledge.proposal_verbs.category(word(token));
    return category == "accepted" || category == "rejected" || category == "answered";
  }

  // "unveiled a peace plan", "tabled a draft resolution": a proposal noun in the
  // object, before the clause ends.
  bool names_proposal_after(std::size_t from, std::size_t end) const {
    for (std::size_t j = from; j < end && j < from + 6; ++j) {
      std::string_view w = word(j);
      if (w == "," || w == ";" || c_.doc.tokens[j].kind == TokenKind::quote) break;
      if (c_.knowledge.proposal_nouns.contains(w)) return true;
    }
    return false;
  }

  static bool is_participle(std::string_view w) {
    static const std::unordered_set<std::string_view> irregular{
        "begun",  "brought", "built", "chosen", "done",  "drawn",  "found", "given", "held",  "kept",  "known",
        "laid",   "led",     "made",  "met",    "paid",  "put",    "seen",  "sent",  "set",   "shown", "sought",
        "spent",  "taken",   "told",  "undertaken", "withdrawn", "won",  "written", "cut",  "hit",   "shut"};
    return (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || irregular.count(w) > 0;
  }

  // "a video call on Tuesday": "call" here is a noun, not "call on"; the tree
  // tags it. A phrase cue whose word is another token is no noun use (the token
  // reading of its neighbours was deleted: it changed nothing on the dev corpus
  // or the events table).
  bool is_noun_use(std::size_t cue, std::size_t predicate) const {
    if (token(predicate) != cue || !is(predicate, "NOUN")) return false;
    for (std::uint32_t child : tree().children(predicate)) {
      std::string_view relation = tree().base_relation(child);
      if (relation == "det" || relation == "nmod" || relation == "compound" || relation == "amod") return true;
    }
    return false;
  }

  // "was reviewed", "were proposed": the passive names no proposer as subject
  // ("is weighing", "was open to" are no passives); one with "by X" names it.
  bool is_passive(std::size_t cue, std::size_t predicate) const {
    if (token(predicate) != cue) return false;
    bool passive = false;
    for (std::uint32_t child : tree().children(predicate))
      passive |= tree().relation(child) == "aux:pass" || tree().relation(child) == "nsubj:pass";
    return passive && marked_child(predicate, {"obl"}, {"by"}) == none;
  }

  // Who says the words at `cue`: the quotation's speaker, else the subject of
  // a reporting verb earlier in the sentence, else the clause's subject.
  // With `subject_first` (an offer), the one who is ready comes before the speaker.
  std::optional<EntityId> speaker_of(const text::Sentence& sentence, std::size_t cue, bool subject_first) const {
    // The subject of the modal's own clause, when it names someone ("Russia is ready to").
    auto clause_subject = [&]() -> std::optional<EntityId> {
      for (std::size_t i = cue; i-- > sentence.first_token;) {
        std::string_view w = word(i);
        if (w == "," || w == ";" || w == "that" || c_.doc.tokens[i].kind == TokenKind::quote) break;
        if (auto mention = mention_at(i)) return c_.entity_of[*mention];
        // "The Russian side is ready to": a demonym with "side" is its country.
        if (frame(w) == "side" && i > sentence.first_token)
          if (const Modifier* demonym = demonym_at(i - 1)) return c_.entity_for_entry(demonym->entry);
      }
      return std::nullopt;
    };
    if (subject_first)
      if (auto subject = clause_subject()) return subject;
    // In a quotation, "we" included: its speaker (R2).
    if (const Statement* quoted = quotation_around(cue)) return quoted->speaker;
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
      std::string_view w = word(k);
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
  static bool is_vague_noun(std::string_view phrase) {
    static const std::unordered_set<std::string_view> vague{
        "deal",     "deals",      "call",     "calls",   "resolution", "resolutions", "package", "packages",
        "draft",    "drafts",     "concept",  "concepts", "framework", "frameworks",  "motion",  "motions",
        "bid",      "bids",       "scheme",   "schemes", "formula",    "formulas",    "formulae", "blueprint",
        "blueprints", "idea",     "ideas",    "compromise", "compromises", "appeal",   "appeals"};
    return vague.count(phrase) > 0;
  }

  std::optional<std::size_t> mention_at(std::size_t token) const { return mentions_.at(token); }

  // Statements quote quotations of depth 0, which never overlap: the last one
  // beginning at or before `token` is the only one that may hold it.
  const Statement* quotation_around(std::size_t token) const {
    std::size_t at = c_.doc.tokens[token].begin;
    auto after = quote_at_.upper_bound(at);
    if (after == quote_at_.begin()) return nullptr;
    const Statement* statement = std::prev(after)->second;
    return at < statement->quote.end ? statement : nullptr;
  }

  // Who makes a proposal whose cue is at [cue, cue_end), where the tree names
  // nobody or the sentence was not parsed (a wrong attachment must not lose a
  // proposal whose holder stands right before it). Proposal nouns are read from
  // the tree only (noun_holder): their holder is a dependent no window finds well.
  std::optional<EntityId> proposer_of(const text::Sentence& sentence, std::size_t cue, bool noun,
                                      double& confidence) const {
    if (noun) return std::nullopt;
    const Statement* quoted = quotation_around(cue);
    // "we propose", "I suggest": the quotation's speaker (R2).
    for (std::size_t i = cue; i-- > sentence.first_token && i + 4 > cue;) {
      std::string_view w = word(i);
      if ((w == "our" || w == "we" || w == "i" || w == "my") && quoted && quoted->speaker) {
        confidence = 0.7;
        return quoted->speaker;
      }
    }
    // A verb: its subject, the nearest name before it in the clause that no
    // preposition governs ("after the plane landed at Stansted, ... appealed").
    for (std::size_t i = cue; i-- > sentence.first_token;) {
      std::string_view w = word(i);
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
    if (quoted && quoted->speaker && (word(cue - 1) == "we" || word(cue - 2) == "we")) return quoted->speaker;
    return std::nullopt;
  }

  // "at Stansted", "in Geneva": a place or time phrase ("the President of
  // Ukraine", "Leaders of the G7" head their clause, so "of" is not listed).
  bool after_preposition(std::size_t first) const {
    static const std::unordered_set<std::string_view> prepositions{"at", "in", "from", "to", "on", "near", "into", "against"};
    std::size_t before = first > 0 && word(first - 1) == "the" ? first - 1 : first;
    return before > 0 && prepositions.count(word(before - 1)) > 0;
  }

  // Demonyms never overlap (a token is covered once): the last one starting at
  // or before `token` is the only one that may hold it.
  const Modifier* demonym_at(std::size_t token) const {
    auto after = demonym_at_.upper_bound(token);
    if (after == demonym_at_.begin()) return nullptr;
    const Modifier* modifier = std::prev(after)->second;
    return token < modifier->end ? modifier : nullptr;
  }

  std::optional<EntityId> holder_of_title_before(std::size_t first, EntityId organization) const {
    std::size_t of = first - (first > 0 && word(first - 1) == "the" ? 2 : 1);
    if (first < 2 || word(of) != "of") return std::nullopt;
    // Modifiers are sorted and never overlap: only the last one starting before "of" may end there.
    const auto& modifiers = c_.recognition.modifiers;
    auto after = std::lower_bound(modifiers.begin(), modifiers.end(), of,
                                  [](const Modifier& m, std::size_t at) { return m.first < at; });
    if (after == modifiers.begin()) return std::nullopt;
    for (auto it = std::prev(after); it != after; ++it) {
      const Modifier& modifier = *it;
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

  // The holder of a demand (GUIDELINE A4, R2): the quotation's speaker, else the
  // subject of the reporting clause that governs the modal's clause.
  std::optional<EntityId> demand_holder(std::size_t predicate, std::size_t cue) const {
    if (const Statement* quoted = quotation_around(cue)) return quoted->speaker;
    // "it is the policy of Chile that the border must be demarcated": the position's holder (R1).
    if (std::string_view relation = tree().base_relation(predicate); relation == "acl" || relation == "ccomp")
      if (std::size_t noun = tree().head(predicate); is(noun, "NOUN") && frame(tree().lemma(noun)) == "position") {
        bool written = false;
        if (auto holder = noun_holder(noun, cue, written)) return holder;
      }
    std::size_t verb = reporting_verb_of(tree(), predicate, c_.knowledge);
    if (verb == none) return std::nullopt;
    return holder_at(subject_of(tree(), verb), cue);
  }

  // Who makes the proposal at `predicate`, read from the tree; nullopt when the
  // tree names nobody (the token windows then try).
  std::optional<EntityId> tree_proposer(std::size_t predicate, std::size_t cue, const std::string& modality,
                                        bool noun, double& confidence) const {
    if (modality == "demand") {
      confidence = 0.55;
      return demand_holder(predicate, cue);
    }
    if (noun || is(predicate, "NOUN")) {
      // "Russia's readiness for", "the Chilean initiative", "Kovac put forward a plan".
      bool written = false;
      confidence = 0.7;
      if (auto holder = noun_holder(predicate, cue, written)) return holder;
      // "Kovac expressed readiness to": the subject of the verb that states it.
      std::size_t verb = tree().head(predicate);
      if (!noun && verb != none && tree().base_relation(predicate) == "obj")
        return holder_at(subject_of(tree(), verb), cue);
      return std::nullopt;
    }
    confidence = 0.7;
    std::size_t subject = subject_of(tree(), predicate);
    // "proposed by X"; "Oman was asked by Saudi Arabia to mediate": the agent asks, the subject is asked.
    if (std::size_t agent = marked_child(predicate, {"obl"}, {"by"});
        agent != none && (subject == none || tree().relation(subject) == "nsubj:pass"))
      subject = agent;
    if (subject == none && modality == "offer") {
      // "..., ready to help," Lavrov said: the reporting clause.
      if (std::size_t verb = reporting_verb_of(tree(), predicate, c_.knowledge); verb != none)
        return holder_at(subject_of(tree(), verb), cue);
      return std::nullopt;
    }
    // A relative clause: "the plan, which Paris proposed", "Poland, which urged".
    if (subject != none && (word(token(subject)) == "which" || word(token(subject)) == "who") &&
        tree().relation(predicate) == "acl:relcl")
      subject = tree().head(predicate);
    return holder_at(subject, cue);
  }

  // To whom: "urged Kyiv to", "called on the US to", "appealed to the UN",
  // "offered Ukraine a loan", "an offer to Kyiv".
  std::vector<EntityId> addressees_of(std::size_t predicate, bool noun, std::optional<EntityId> proposer) const {
    std::vector<EntityId> out;
    auto add = [&](std::size_t w) {
      if (w == none) return;
      std::size_t head = token(w);
      std::optional<EntityId> who;
      if (auto mention = mention_at(head)) who = c_.entity_of[*mention];
      else if (auto nominal = nominal_at_.find(head); nominal != nominal_at_.end()) who = nominal->second;
      else if (const Modifier* demonym = head > 0 ? demonym_at(head - 1) : nullptr;
               demonym && c_.knowledge.party_nouns.contains(word(head)))
        who = c_.entity_for_entry(demonym->entry);
      if (who && who != proposer && std::find(out.begin(), out.end(), *who) == out.end()) out.push_back(*who);
    };
    if (noun) {
      add(marked_child(predicate, {"nmod"}, {"to"}));
      return out;
    }
    add(tree().child(predicate, "iobj"));
    add(tree().child(predicate, "obj"));
    add(marked_child(predicate, {"obl"}, {"on", "to", "upon"}));
    // "invited Lula to deepen": the parser may make the object the subject of the
    // complement, or a complement of its own.
    for (std::uint32_t child : tree().children(predicate)) {
      std::string_view relation = tree().base_relation(child);
      if (relation == "xcomp" && is(child, "PROPN")) add(child);
      if ((relation == "xcomp" || relation == "ccomp") && is(child, "VERB") && token(child) > token(predicate))
        if (std::size_t subject = tree().child(child, "nsubj"); subject != none && token(subject) == token(predicate) + 1)
          add(subject);
    }
    return out;
  }

  // A condition (GUIDELINE A4): "will resume the talks only if Kyiv withdraws its troops",
  // "unless the sanctions are lifted". It is a term put to another party when the words
  // after the cue open with a party other than the holder, or with an agentless passive;
  // "only if the weather improves" puts nothing to anyone. The holder is the subject
  // of the clause it conditions, else the speaker; the party is the addressee.
  std::optional<Proposal> condition(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                                    std::size_t predicate) const {
    // The subject of the clause the condition hangs on ("Denmark will send troops to
    // Estonia only if NATO asks": Denmark), else the speaker.
    std::size_t clause = predicate;
    for (std::size_t t = cue; t < cue_end; ++t)
      if (std::size_t w = tree().word_of(t); w != none && tree().base_relation(w) == "mark" && tree().head(w) != none)
        clause = tree().head(w);
    // The clause's governor, or (the parser may hang the clause from the reporting
    // verb) the governor of the cue's own word ("resume talks on condition that").
    std::optional<EntityId> holder;
    for (std::size_t from : {clause, predicate}) {
      for (std::size_t up = tree().head(from), steps = 0; up != none && steps < 4 && !holder; up = tree().head(up), ++steps)
        if (token(up) < cue && (is(up, "VERB") || is(up, "ADJ")))
          if (std::size_t subject = subject_of(tree(), up); subject != none && token(subject) < cue)
            holder = holder_at(subject, cue);
      if (holder) break;
    }
    if (!holder) holder = speaker_of(sentence, cue, true);
    if (!holder) return std::nullopt;
    std::size_t first = cue_end < sentence.end_token && word(cue_end) == "the" ? cue_end + 1 : cue_end;
    std::optional<EntityId> party;
    if (auto mention = mention_at(first)) party = c_.entity_of[*mention];
    else if (auto nominal = nominal_at_.find(first); nominal != nominal_at_.end()) party = nominal->second;
    else if (const Modifier* demonym = demonym_at(first);
             demonym && c_.knowledge.party_nouns.contains(word(demonym->end)))
      party = c_.entity_for_entry(demonym->entry);
    if (party == holder) return std::nullopt;
    if (!party && !agentless_passive_at(first, sentence.end_token)) return std::nullopt;
    Proposal proposal;
    proposal.proposer = holder;
    proposal.modality = "proposed";
    proposal.confidence = 0.55;
    if (party) proposal.addressees.push_back(*party);
    proposal.text = words_of(predicate, cue, cue_end, false);
    if (proposal.text.empty()) return std::nullopt;
    proposal.topic = proposal.text;
    proposal.forum = forum_of(c_.doc.tokens[cue].sentence);
    proposal.evidence = {c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                         proposal.confidence, "proposal-condition"};
    return proposal;
  }

  // "the sanctions are lifted", "the border is reopened": a short noun phrase, a form
  // of "be" and a past participle, with no "by" agent after it.
  bool agentless_passive_at(std::size_t first, std::size_t end) const {
    static const std::unordered_set<std::string_view> be{"is", "are", "was", "were", "be", "been"};
    // "unless he is re-elected", "unless it is cancelled": the holder's own lot, nothing put to anyone.
    if (std::size_t w = tree().word_of(first); w == none || is(w, "PRON")) return false;
    for (std::size_t t = first + 1; t + 1 < end && t < first + 5; ++t) {
      if (word(t) == "," || word(t) == ";" || c_.doc.tokens[t].kind == TokenKind::quote) return false;
      if (!be.count(word(t))) continue;
      std::size_t participle = tree().word_of(t + 1);
      if (participle == none || tree().xpos(participle) != "VBN") return false;
      return t + 2 >= end || word(t + 2) != "by";
    }
    return false;
  }

  std::optional<Proposal> read(const text::Sentence& sentence, std::size_t cue, std::size_t cue_end,
                               const std::string& modality, bool noun, std::size_t predicate) {
    Proposal proposal;
    double confidence = 0.5;
    proposal.proposer = tree_proposer(predicate, cue, modality, noun, confidence);
    // The tree names nobody: the token windows (a wrong attachment
    // must not lose a proposal whose holder stands next to it).
    if (!proposal.proposer && (modality == "demand" || modality == "offer"))
      // "X said the US should stop ...": X demands it. "Russia is ready to ...": Russia offers.
      proposal.proposer = speaker_of(sentence, cue, modality == "offer");
    else if (!proposal.proposer)
      proposal.proposer = proposer_of(sentence, cue, noun, confidence);
    if (!proposal.proposer) return std::nullopt;
    proposal.modality =
        modality == "demand" || modality == "offer" || modality == "presented" ? "proposed" : modality;
    proposal.confidence = confidence;
    proposal.addressees = addressees_of(predicate, noun, proposal.proposer);
    proposal.text = words_of(predicate, cue, cue_end, modality == "demand" || noun);
    if (proposal.text.empty() && !noun) proposal.text = clause_before(predicate, cue);
    // A proposal verb with no words at all ("he urged." with nothing urged) proposes nothing (B8).
    if (proposal.text.empty()) return std::nullopt;
    proposal.topic = proposal.text;
    proposal.forum = forum_of(c_.doc.tokens[cue].sentence);
    proposal.evidence = {c_.doc.tokens[cue].begin, c_.doc.tokens[cue_end - 1].end, c_.doc.tokens[cue].sentence,
                         confidence, noun ? "proposal-noun" : "proposal-verb"};
    return proposal;
  }

  const ProposalContext& c_;
  MentionIndex mentions_;
  const CueTable& cues_;
  std::map<std::size_t, const Modifier*> demonym_at_;
  std::map<std::size_t, EntityId> nominal_at_;
  std::map<std::size_t, const Statement*> quote_at_;                  // quotation begin -> statement
  std::unordered_map<std::size_t, std::size_t> forum_in_sentence_;  // sentence -> last meeting in it
  std::vector<EntityId> meeting_sides_;  // parties of the meetings and their posts' countries and bodies, sorted
};

}  // namespace

std::vector<Proposal> find_proposals(const ProposalContext& context) { return ProposalFinder(context).run(); }

}  // namespace newskg::extract
