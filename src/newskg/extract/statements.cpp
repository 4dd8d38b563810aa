#include "newskg/extract/statements.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "newskg/lexicon/knowledge.hpp"
#include "newskg/lexicon/words.hpp"

#include "newskg/text/utf8.hpp"
#include "newskg/text/chars.hpp"

namespace newskg::extract {
namespace {

using text::TokenKind;

using text::lower_ascii;

bool is_pronoun(std::string_view word) { return word == "he" || word == "she"; }
bool is_plural_pronoun(std::string_view word) { return word == "they" || word == "we"; }

// Nouns that name a statement's source rather than a person.
bool is_document_noun(std::string_view word) {
  return word == "statement" || word == "readout" || word == "communique" || word == "release" ||
         word == "report" || word == "message" || word == "post" || word == "declaration";
}

const lexicon::WordList& naming_verbs() {
  static const lexicon::WordList& list = lexicon::WordList::embedded("naming-verbs");
  return list;
}

class SpeakerFinder {
 public:
  explicit SpeakerFinder(const SpeakerContext& context)
      : c_(context), mentions_(context.recognition, context.doc.tokens.size()) {
    for (const auto& nominal : c_.nominals)
      for (std::size_t i = nominal.first; i < nominal.end; ++i) nominal_at_[i] = nominal.person;
    for (std::size_t i = 0; i < c_.doc.tokens.size(); ++i)
      if (c_.doc.tokens[i].newline_before) paragraph_starts_.push_back(i);
    in_quotation_.assign(c_.doc.tokens.size(), false);
    for (const auto& quotation : c_.doc.quotations) {
      auto [first, end] = token_range(quotation.begin, quotation.end);
      for (std::size_t i = first; i < end; ++i) in_quotation_[i] = true;
    }
  }

  std::vector<StatementCandidate> run() {
    find_speech_subjects();
    const auto& quotations = c_.doc.quotations;
    std::vector<StatementCandidate> candidates;
    std::vector<std::size_t> paragraphs;  // paragraph of each candidate's opening mark
    for (std::size_t q = 0; q < quotations.size(); ++q) {
      const auto& quotation = quotations[q];
      if (quotation.depth != 0) continue;
      auto [first, end] = token_range(quotation.begin, quotation.end);
      if (first >= end || first == 0) continue;
      // A term, and the same term quoted again ('so-called "sufficient progress" ... no "sufficient progress"').
      std::string quoted_text = lower_ascii(text::trim(c_.doc.text.substr(quotation.begin, quotation.end - quotation.begin)));
      if (is_term(first, end) || terms_.count(quoted_text)) {
        terms_.insert(quoted_text);
        continue;
      }
      if (interrupts(q, first)) continue;
      StatementCandidate candidate;
      candidate.quotation = q;
      last_speaker_ = speaker_before(first);
      quote_first_ = first;
      quote_end_ = end;
      // The reporting clause in the tree; the token windows below only where
      // the sentence was not parsed or the tree links the quotation to no verb
      // of saying (a wrong attachment: the parser gets ~1 head in 6 wrong).
      // Still needed: without them dev statements fall from F1 96.7 to 92.0
      // (94.4 keeping only the clause after the quotation).
      if (!from_tree(first, end, candidate) && !after_quote(quotation, end, candidate)) before_quote(first, candidate);
      candidates.push_back(candidate);
      paragraphs.push_back(paragraph_of(first - 1));
    }
    // A quotation nobody is said to say takes the speaker of another quotation
    // in its paragraph (the next one first: '"A." "B," he said.'), or of the
    // quotation just before it when it opens a paragraph (a continued quote).
    std::vector<StatementCandidate> found;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      StatementCandidate& candidate = candidates[i];
      if (!candidate.speaker) {
        for (std::size_t j = i + 1; j < candidates.size() && paragraphs[j] == paragraphs[i]; ++j)
          if (candidates[j].speaker && candidates[j].rule != "inherited") {
            inherit(candidate, candidates[j]);
            break;
          }
      }
      if (!candidate.speaker && i > 0 && candidates[i - 1].speaker) {
        const auto& quotation = quotations[candidate.quotation];
        bool same_paragraph = paragraphs[i - 1] == paragraphs[i];
        bool continued = paragraphs[i] == paragraphs[i - 1] + 1 &&
                         (quotation.continues_previous || starts_paragraph(token_range(quotation.begin, quotation.end).first));
        // "The ministry said they will discuss 'A.' / On B, they will talk about 'C.'": a partial
        // quotation in the next paragraph, under no verb of saying, goes on with the report.
        bool reported_on = paragraphs[i] == paragraphs[i - 1] + 1 && no_verb_of_saying(candidate.quotation);
        if (same_paragraph || continued || reported_on) inherit(candidate, candidates[i - 1]);
      }
      if (candidate.speaker) found.push_back(candidate);
    }
    return found;
  }

 private:
  static void inherit(StatementCandidate& candidate, const StatementCandidate& from) {
    candidate.speaker = from.speaker;
    candidate.verb = from.verb;
    candidate.verb_token = from.verb_token;
    candidate.confidence = 0.6;
    candidate.rule = "inherited";
  }

  // The quotation holds a verb (words said, not a term: '"2 plus 2" talks') and its sentences
  // none of saying outside it.
  bool no_verb_of_saying(std::size_t quotation) const {
    const auto& q = c_.doc.quotations[quotation];
    auto [first, end] = token_range(q.begin, q.end);
    bool verb = false;
    for (std::size_t t = first; t < end; ++t)
      if (std::size_t w = c_.tree.word_of(t); w != Tree::none && c_.tree.upos(w) == "VERB") verb = true;
    if (!verb) return false;
    std::uint32_t from = c_.doc.tokens[first].sentence, to = c_.doc.tokens[end - 1].sentence;
    for (std::uint32_t s = from; s <= to; ++s)
      for (std::size_t t = c_.doc.sentences[s].first_token; t < c_.doc.sentences[s].end_token; ++t)
        if ((t < first || t >= end) && c_.knowledge.speech_verbs.contains(c_.doc.folded_token(t)))
          return false;
    return true;
  }

  std::size_t paragraph_of(std::size_t token) const {
    return static_cast<std::size_t>(
        std::upper_bound(paragraph_starts_.begin(), paragraph_starts_.end(), token) - paragraph_starts_.begin());
  }
  bool inside_quote(std::size_t token) const { return token >= quote_first_ && token < quote_end_; }

  // The words of [first, end) whose head lies outside it: the quotation's
  // clause heads (one per sentence it spans), in text order.
  std::vector<std::size_t> quote_heads(std::size_t first, std::size_t end) const {
    std::vector<std::size_t> heads;
    for (std::size_t t = first; t < end; ++t) {
      std::size_t w = c_.tree.word_of(t);
      if (w == Tree::none) continue;
      std::size_t up = c_.tree.head(w);
      bool outside = up == Tree::none || c_.tree.token_of(up) < first || c_.tree.token_of(up) >= end;
      if (outside && std::find(heads.begin(), heads.end(), w) == heads.end()) heads.push_back(w);
    }
    return heads;
  }

  // The speaker from the tree: the subject of the verb of saying (or of naming,
  // for a partial quotation: "called it 'a dead end'") that governs one of the
  // quotation's clause heads, the last first (the attribution mostly follows);
  // "according to X" in the clause.
  bool from_tree(std::size_t first, std::size_t end, StatementCandidate& candidate) {
    auto heads = quote_heads(first, end);
    const Tree& tree = c_.tree;
    auto outside = [&](std::size_t w) { return w != Tree::none && !inside_quote(tree.token_of(w)); };
    for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
      std::size_t verb = reporting_verb_of(tree, *it, c_.knowledge);
      if (!outside(verb)) verb = Tree::none;
      if (verb == Tree::none)
        // A partial quotation: the first verb above it, when it names the words.
        for (std::size_t up = tree.head(*it), steps = 0; outside(up) && steps < 3; up = tree.head(up), ++steps) {
          if (tree.upos(up) != "VERB") continue;
          if (is_speech_word(tree, up, c_.knowledge) || naming_verbs().contains(tree.lemma(up))) verb = up;
          break;
        }
      if (verb != Tree::none) {
        std::size_t subject = subject_of(tree, verb);
        if (outside(subject)) {
          auto [from, to] = tree.token_span(subject);
          if (auto speaker = resolve_subject(from, std::min(to, from < first ? first : to))) {
            set(candidate, speaker, tree.token_of(verb), 0.9, "reporting-clause");
            return true;
          }
        }
      }
      // "According to X, ...": X is an oblique of the clause, "according" its case ('"...,"
      // according to X' may come as a nominal modifier of the quotation's head).
      for (std::size_t up = *it, steps = 0; up != Tree::none && steps < 3; up = tree.head(up), ++steps)
        for (std::uint32_t child : tree.children(up)) {
          std::string_view base = tree.base_relation(child);
          if (!outside(child) || (base != "obl" && base != "nmod")) continue;
          std::size_t according = tree.child(child, "case");
          if (according == Tree::none || tree.folded_form(c_.doc, according) != "according") continue;
          auto [from, to] = tree.token_span(child);
          std::size_t start = tree.token_of(according) + 1;
          if (start < to && word(start) == "to") ++start;
          if (auto speaker = resolve_subject(start, to)) {
            set(candidate, speaker, tree.token_of(according), 0.85, "according-to");
            candidate.verb = "according to";
            return true;
          }
        }
    }
    return false;
  }

  // Terms and titles in quotation marks (GUIDELINE S1): after "so-called", or a
  // short verbless quotation that modifies a noun outside it ("the 'Blue
  // Shield' operation") or stands beside one as a title.
  bool is_term(std::size_t first, std::size_t end) const {
    // The words before the opening mark end in "so-called" (one token or three).
    std::string before(text::trim(c_.doc.text.substr(c_.doc.tokens[first - 1].begin >= 12 ? c_.doc.tokens[first - 1].begin - 12 : 0,
                                                      std::min<std::size_t>(12, c_.doc.tokens[first - 1].begin))));
    before = lower_ascii(before);
    if (before.ends_with("so-called") || before.ends_with("so called")) return true;
    std::size_t words = 0;
    for (std::size_t t = first; t < end; ++t) words += c_.doc.tokens[t].kind == TokenKind::word;
    if (words == 0 || words > 4) return false;
    const Tree& tree = c_.tree;
    for (std::size_t t = first; t < end; ++t) {
      std::size_t w = tree.word_of(t);
      if (w == Tree::none) return false;  // not parsed: no judgement
      if (tree.upos(w) == "VERB" || tree.upos(w) == "AUX") return false;
    }
    auto heads = quote_heads(first, end);
    if (heads.size() != 1) return false;
    std::size_t head = heads.front(), up = tree.head(head);
    if (up == Tree::none) return false;
    std::string_view relation = tree.base_relation(head), noun = tree.upos(up);
    bool noun_head = noun == "NOUN" || noun == "PROPN";
    if (noun_head && (relation == "compound" || relation == "amod" || relation == "flat") && tree.token_of(up) >= end)
      return true;
    bool capitalised = true;
    for (std::size_t t = first; t < end; ++t)
      if (c_.doc.tokens[t].kind == TokenKind::word) capitalised &= c_.doc.tokens[t].capitalised;
    return noun_head && relation == "appos" && capitalised;
  }

  // '"We are ready," he said, "to talk."': a quotation interrupted in mid-sentence
  // and resumed in lower case is one item (GUIDELINE S2); one resumed with a new
  // sentence after the attribution is a new one.
  bool interrupts(std::size_t q, std::size_t first) const {
    const auto& quotations = c_.doc.quotations;
    if (first < 2 || word(first - 2) != ",") return false;
    std::size_t p = q;
    while (p > 0 && quotations[p - 1].depth != 0) --p;
    if (p == 0) return false;
    const auto& previous = quotations[p - 1];
    std::string_view text = c_.doc.text.substr(quotations[q].begin, quotations[q].end - quotations[q].begin);
    text = text::trim(text);
    if (text.empty() || !std::islower(static_cast<unsigned char>(text.front()))) return false;
    auto [before_first, before_end] = token_range(previous.close_mark, quotations[q].open_mark);
    bool speech = false;
    for (std::size_t t = before_first; t < before_end; ++t) {
      if (word(t) == "." || c_.doc.tokens[t].newline_before) return false;
      speech |= is_speech_verb(t);
    }
    return speech && before_end - before_first <= 8;
  }

  // Every "X said"/"said X" of the article, so that "he said" and "the
  // ambassador said" can point back to the last one who spoke.
  void find_speech_subjects() {
    for (std::size_t i = 1; i < c_.doc.tokens.size(); ++i) {
      if (!is_speech_verb(i)) continue;
      if (auto mention = mention_at(i - 1); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        speech_subjects_.emplace(i, entity(*mention));
      else if (auto after = mention_at(i + 1); after && c_.recognition.mentions[*after].kind == EntityKind::person)
        speech_subjects_.emplace(i, entity(*after));
    }
  }

  std::optional<EntityId> speaker_before(std::size_t token) const {
    auto found = speech_subjects_.lower_bound(token);
    if (found == speech_subjects_.begin()) return std::nullopt;
    return std::prev(found)->second;
  }

  std::pair<std::size_t, std::size_t> token_range(std::size_t begin, std::size_t end) const {
    auto first = std::lower_bound(c_.doc.tokens.begin(), c_.doc.tokens.end(), begin,
                                  [](const text::Token& token, std::size_t at) { return token.begin < at; });
    auto last = std::lower_bound(first, c_.doc.tokens.end(), end,
                                 [](const text::Token& token, std::size_t at) { return token.begin < at; });
    return {static_cast<std::size_t>(first - c_.doc.tokens.begin()),
            static_cast<std::size_t>(last - c_.doc.tokens.begin())};
  }

  // The quotation's opening mark (the token before its first word) begins a line.
  bool starts_paragraph(std::size_t first) const {
    return first <= 1 || c_.doc.tokens[first - 1].newline_before;
  }

  // The token at `i` lower-cased (Document::folded), or empty past the end.
  std::string_view word(std::size_t i) const {
    return i < c_.doc.tokens.size() ? c_.doc.folded_token(i) : std::string_view();
  }
  bool is_speech_verb(std::size_t i) const {
    return i < c_.doc.tokens.size() && c_.knowledge.speech_verbs.contains(c_.doc.token_text(i));
  }
  std::optional<std::size_t> mention_at(std::size_t token) const { return mentions_.at(token); }
  EntityId entity(std::size_t mention) const { return c_.entity_of[mention]; }

  void set(StatementCandidate& candidate, std::optional<EntityId> speaker, std::size_t verb, double confidence,
           const char* rule) const {
    candidate.speaker = speaker;
    candidate.verb = std::string(c_.doc.token_text(verb));
    candidate.verb_token = verb;
    candidate.confidence = confidence;
    candidate.rule = rule;
  }

  // The subject of a speech verb read from a noun phrase [first, end).
  std::optional<EntityId> resolve_subject(std::size_t first, std::size_t end) const {
    // A person named there: the last one wins ("Russian Foreign Minister Sergey Lavrov").
    for (std::size_t i = end; i-- > first;)
      if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return entity(*mention);
    // "The Deputy Foreign Minister said": a person named before.
    for (std::size_t i = first; i < end; ++i)
      if (auto nominal = nominal_at_.find(i); nominal != nominal_at_.end()) return nominal->second;
    // A title ("the President of Ukraine", "the ambassador"): who holds it.
    if (auto holder = title_holder(first, end)) return holder;
    if (auto body = body_named_before(first, end)) return body;
    for (std::size_t i = first; i < end; ++i) {
      std::string_view w = word(i);
      if (is_pronoun(w)) return pronoun_antecedent(i);
      if (is_plural_pronoun(w)) return last_speaker_;
      if (is_document_noun(w)) return source_of_document(i);
    }
    // An organization or country speaking ("the Kremlin said").
    for (std::size_t i = end; i-- > first;)
      if (auto mention = mention_at(i)) return entity(*mention);
    return std::nullopt;
  }

  // "the ministry said", "it said": the body named last before, outside quotations
  // ("Italy's Foreign Ministry urged ... the ministry said"). "The ministry" needs one
  // whose name ends in that head (org-heads.txt); "it" takes the last body or place
  // or country of this sentence or the one before.
  std::optional<EntityId> body_named_before(std::size_t first, std::size_t end) const {
    bool it = end == first + 1 && word(first) == "it";
    std::string head;
    if (!it) {
      if (end < first + 2 || word(first) != "the" || c_.doc.tokens[end - 1].capitalised) return std::nullopt;
      std::string_view lower = word(end - 1);
      if (lower.empty() || lower[0] < 'a' || lower[0] > 'z') return std::nullopt;
      head.assign(lower);
      head[0] = static_cast<char>(head[0] - 'a' + 'A');  // "ministry" -> "Ministry", as org-heads.txt lists it
      if (c_.knowledge.org_heads.category(head).empty()) return std::nullopt;
    }
    std::uint32_t sentence = c_.doc.tokens[first].sentence;
    for (std::size_t i = first; i-- > 0;) {
      if (it && c_.doc.tokens[i].sentence + 1 < sentence) break;
      if (inside_quote(i)) continue;
      auto mention = mention_at(i);
      if (!mention) continue;
      const Mention& m = c_.recognition.mentions[*mention];
      if (m.kind == EntityKind::person) continue;
      const auto& types = c_.entities[entity(*mention)].types;
      bool country = std::find(types.begin(), types.end(), "http://schema.org/Country") != types.end();
      if (it ? m.kind == EntityKind::organization || country
             : m.kind == EntityKind::organization && c_.doc.token_text(m.end - 1) == head)
        return entity(*mention);
      i = m.first;  // the mention's other words
    }
    return std::nullopt;
  }

  // "he" or "she" of a reporting clause: a person named before it in its own
  // sentence, else in the sentence before the last one said to speak there ("met
  // Bellini, who said ..."), else its subject ("Spokesman X said President Y would
  // attend. '...,' he said" -> X, not the last person named): the subject of its
  // root in the tree, else the first person it names outside quotations. No gender
  // is known, so "Ingrid Holm met Diego Reyes. '...,' he said" gives Holm.
  std::optional<EntityId> pronoun_antecedent(std::size_t pronoun) const {
    std::uint32_t sentence = c_.doc.tokens[pronoun].sentence;
    for (std::size_t i = pronoun; i-- > 0 && c_.doc.tokens[i].sentence == sentence;) {
      if (inside_quote(i) || in_quotation_[i]) continue;
      if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return entity(*mention);
    }
    if (sentence == 0) return last_speaker_;
    const auto& previous = c_.doc.sentences[sentence - 1];
    auto person_in = [&](std::size_t from, std::size_t to) -> std::optional<EntityId> {
      for (std::size_t i = from; i < to; ++i)
        if (auto mention = mention_at(i);
            mention && !in_quotation_[i] && c_.recognition.mentions[*mention].kind == EntityKind::person)
          return entity(*mention);
      return std::nullopt;
    };
    // The last one said to speak there ("met Bellini, who said the talks had been useful").
    if (c_.tree.parsed(sentence - 1)) {
      std::optional<EntityId> reporter;
      for (std::size_t t = previous.first_token; t < previous.end_token; ++t) {
        std::size_t w = c_.tree.word_of(t);
        if (w == Tree::none || in_quotation_[t] || !is_speech_word(c_.tree, w, c_.knowledge)) continue;
        std::size_t subject = subject_of(c_.tree, w);
        if (subject != Tree::none && c_.tree.relation(w) == "acl:relcl" && c_.tree.upos(subject) == "PRON")
          subject = c_.tree.head(w);  // "who said": the noun the clause hangs on
        if (subject == Tree::none) continue;
        auto [from, to] = c_.tree.token_span(subject);
        if (c_.tree.relation(w) == "acl:relcl") to = std::min(to, c_.tree.token_of(w));
        if (auto person = person_in(from, to)) reporter = person;
      }
      if (reporter) return reporter;
      for (std::size_t t = previous.first_token; t < previous.end_token; ++t)
        if (std::size_t w = c_.tree.word_of(t); w != Tree::none && c_.tree.head(w) == Tree::none) {
          if (std::size_t subject = subject_of(c_.tree, w); subject != Tree::none) {
            auto [from, to] = c_.tree.token_span(subject);
            if (auto person = person_in(from, to)) return person;
          }
          break;
        }
    }
    if (auto person = person_in(previous.first_token, previous.end_token)) return person;
    return last_person_before(pronoun);
  }

  std::optional<EntityId> last_person_before(std::size_t token) const {
    // Not a person named inside the quotation itself ('"Orban agreed," he said').
    for (std::size_t i = token; i-- > 0;) {
      if (inside_quote(i)) continue;
      if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind == EntityKind::person)
        return entity(*mention);
    }
    return last_speaker_;
  }

  // "A White House statement said" / "a joint statement by the European
  // Commission": the entity issuing the most recent such document.
  std::optional<EntityId> source_of_document(std::size_t noun) const {
    std::string_view wanted = word(noun);
    for (std::size_t i = noun + 1; i-- > 0;) {
      if (word(i) != wanted) continue;
      if (i > 0) {
        if (auto mention = mention_at(i - 1)) return entity(*mention);
      }
      if (word(i + 1) == "by" || word(i + 1) == "from" || word(i + 1) == "of") {
        std::size_t next = i + 2;
        if (word(next) == "the") ++next;
        if (auto mention = mention_at(next)) return entity(*mention);
      }
    }
    return std::nullopt;
  }

  // Who holds the title written in [from, to): a role of the article with that
  // title (and that organization, when one is named), else the last speaker.
  std::optional<EntityId> title_holder(std::size_t from, std::size_t to) const {
    std::optional<EntityId> named_org;
    for (std::size_t i = from; i < to; ++i)
      if (auto mention = mention_at(i); mention && c_.recognition.mentions[*mention].kind != EntityKind::person)
        named_org = entity(*mention);
    // Modifiers are sorted by their first token: only those from `from` on, before `to`.
    const auto& modifiers = c_.recognition.modifiers;
    for (auto it = std::lower_bound(modifiers.begin(), modifiers.end(), from,
                                    [](const Modifier& m, std::size_t at) { return m.first < at; });
         it != modifiers.end() && it->first < to; ++it) {
      const Modifier& modifier = *it;
      if (modifier.demonym || modifier.first < from || modifier.end > to) continue;
      std::string title = lower_ascii(c_.knowledge.lexicon.entry(modifier.entry).label);
      std::optional<EntityId> holder, holder_with_org;
      for (const auto& role : c_.roles) {
        if (lower_ascii(role.title).find(title) == std::string::npos) continue;
        holder = role.person;
        if (named_org && role.organization == named_org) holder_with_org = role.person;
      }
      if (holder_with_org) return holder_with_org;
      if (holder) return holder;
      return last_speaker_ ? last_speaker_ : last_person_before(from);
    }
    std::string_view head = word(to - 1);
    if (head == "diplomat" || head == "official" || head == "politician" || head == "leader")
      return last_speaker_ ? last_speaker_ : last_person_before(from);
    return std::nullopt;
  }

  // '"...," X said' / '"...," said X' / '"...," he said' / '"...," the diplomat told reporters'.
  bool after_quote(const text::Quotation& quotation, std::size_t content_end, StatementCandidate& candidate) {
    if (!quotation.closed) return false;
    auto close = std::lower_bound(c_.doc.tokens.begin(), c_.doc.tokens.end(), quotation.close_mark,
                                  [](const text::Token& token, std::size_t at) { return token.begin < at; });
    std::size_t i = close == c_.doc.tokens.end() || close->begin != quotation.close_mark
                        ? content_end
                        : static_cast<std::size_t>(close - c_.doc.tokens.begin()) + 1;
    if (i >= c_.doc.tokens.size() || c_.doc.tokens[i].newline_before) return false;
    if (word(i) == "," || word(i) == "-" || word(i) == "\xe2\x80\x94") ++i;
    std::size_t limit = std::min(c_.doc.tokens.size(), i + 10);
    for (std::size_t j = i; j < limit; ++j) {
      if (c_.doc.tokens[j].newline_before || word(j) == "." || word(j) == "\"") break;
      if (!is_speech_verb(j)) continue;
      if (j > i) {
        if (auto speaker = resolve_subject(i, j)) {
          set(candidate, speaker, j, 0.9, "quote-subject-verb");
          return true;
        }
      }
      // "said Ryabkov", "said the minister"; not "told TASS", who was spoken to.
      if (c_.knowledge.speech_verbs.category(word(j)) == "addressee") return false;
      std::size_t after = j + 1;
      std::size_t stop = std::min(limit + 6, c_.doc.tokens.size());
      std::size_t phrase_end = after;
      while (phrase_end < stop && word(phrase_end) != "," && word(phrase_end) != "." && !c_.doc.tokens[phrase_end].newline_before)
        ++phrase_end;
      if (auto speaker = resolve_subject(after, phrase_end)) {
        set(candidate, speaker, j, 0.85, "quote-verb-subject");
        return true;
      }
      return false;
    }
    return false;
  }

  // 'X said: "..."' / 'According to X, ... "..."' / 'X told TASS that "..."'.
  bool before_quote(std::size_t first, StatementCandidate& candidate) {
    if (first == 0) return false;
    std::size_t open = first - 1;  // the opening mark
    std::uint32_t sentence = c_.doc.tokens[open].sentence;
    std::size_t start = c_.doc.sentences[sentence].first_token;
    for (std::size_t j = open; j-- > start;) {
      if (word(j) == "according" && word(j + 1) == "to") {
        std::size_t phrase_end = j + 2;
        while (phrase_end < open && word(phrase_end) != ",") ++phrase_end;
        if (auto speaker = resolve_subject(j + 2, phrase_end)) {
          set(candidate, speaker, j, 0.85, "according-to");
          candidate.verb = "according to";
          return true;
        }
      }
      if (is_speech_verb(j)) {
        if (auto speaker = resolve_subject(start, j)) {
          set(candidate, speaker, j, 0.85, "subject-verb-quote");
          return true;
        }
      }
    }
    return false;
  }

  const SpeakerContext& c_;
  MentionIndex mentions_;
  // The tokens that open a line: the paragraph of a token is how many of them
  // lie at or before it (a list per paragraph, not a map and a number per token).
  std::vector<std::size_t> paragraph_starts_;
  std::vector<bool> in_quotation_;  // tokens inside any quotation
  std::map<std::size_t, EntityId> speech_subjects_; // speech verb token -> its subject
  std::optional<EntityId> last_speaker_;
  std::map<std::size_t, EntityId> nominal_at_;  // token -> person a nominal refers to
  std::set<std::string> terms_;                 // quoted terms met so far (lower case)
  std::size_t quote_first_ = 0, quote_end_ = 0; // the quotation being read (tokens)
};

}  // namespace

bool is_speech_word(const Tree& tree, std::size_t word, const lexicon::Knowledge& knowledge) {
  if (word == Tree::none || tree.upos(word) != "VERB") return false;
  return knowledge.speech_verbs.contains(lower_ascii(tree.form(word))) || knowledge.speech_verbs.contains(tree.lemma(word));
}

std::size_t subject_of(const Tree& tree, std::size_t verb) {
  for (std::size_t steps = 0; verb != Tree::none && steps < 4; ++steps) {
    if (std::size_t subject = tree.child(verb, "nsubj"); subject != Tree::none) return subject;
    std::string_view relation = tree.base_relation(verb);
    if (relation != "conj" && relation != "xcomp") break;
    verb = tree.head(verb);
  }
  return Tree::none;
}

std::size_t reporting_verb_of(const Tree& tree, std::size_t word, const lexicon::Knowledge& knowledge) {
  std::size_t clause = word;
  for (std::size_t steps = 0; clause != Tree::none && steps < 5; ++steps) {
    // "[Y should stop], Lavrov said": the verb of saying hangs beside the clause.
    for (std::uint32_t child : tree.children(clause))
      if (tree.base_relation(child) == "parataxis" && is_speech_word(tree, child, knowledge)) return child;
    std::size_t up = tree.head(clause);
    if (up == Tree::none) return Tree::none;
    std::string_view relation = tree.base_relation(clause);
    // "Lavrov said [Y should stop]", "stressed [that ...]".
    if ((relation == "ccomp" || relation == "parataxis" || relation == "xcomp") && is_speech_word(tree, up, knowledge))
      return up;
    // Up through coordinated and complement clauses only: a relative clause or
    // an argument belongs to its noun.
    if (relation != "conj" && relation != "ccomp" && relation != "parataxis" && relation != "xcomp" && relation != "advcl")
      return Tree::none;
    clause = up;
  }
  return Tree::none;
}

std::vector<StatementCandidate> find_statements(const SpeakerContext& context) {
  return SpeakerFinder(context).run();
}

}  // namespace newskg::extract
