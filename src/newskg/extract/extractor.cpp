#include "newskg/extract/extractor.hpp"

#include "newskg/stage_times.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <set>
#include <tuple>
#include <string>
#include <unordered_set>

#include "newskg/extract/coreference.hpp"
#include "newskg/extract/dates.hpp"
#include "newskg/extract/meetings.hpp"
#include "newskg/extract/mentions.hpp"
#include "newskg/extract/proposals.hpp"
#include "newskg/extract/roles.hpp"
#include "newskg/extract/statements.hpp"
#include "newskg/extract/tree.hpp"
#include "newskg/lexicon/lexicon.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/text/document.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::extract {
namespace {

constexpr std::string_view schema_ns = "http://schema.org/";

class EntityBuilder {
 public:
  EntityBuilder(const ingest::Article& article, const lexicon::Knowledge& knowledge)
      : article_(article), k_(knowledge) {}

  // The entity for a lexicon entry, creating it (without mentions) if needed.
  EntityId for_entry(lexicon::EntryId entry_id, EntityKind kind) {
    auto found = by_entry_.find(entry_id);
    if (found != by_entry_.end()) return found->second;
    const auto& entry = k_.lexicon.entry(entry_id);
    Entity entity;
    entity.kind = kind;
    entity.name = entry.label;
    entity.canonical = entry.label;
    for (const auto& type : entry.classes)
      if (type.starts_with(schema_ns) && type != std::string(schema_ns) + std::string(base_class(kind)))
        entity.types.emplace_back(type);
    entity.same_as.assign(entry.same_as.begin(), entry.same_as.end());
    entity.lexicon_entry = entry_id;
    entity.confidence = 0.9;
    EntityId id = add(std::move(entity));
    by_entry_.emplace(entry_id, id);
    return id;
  }

  EntityId for_name(const std::string& key, EntityKind kind, const std::string& name) {
    auto found = by_name_.find({kind, key});
    if (found != by_name_.end()) return found->second;
    Entity entity;
    entity.kind = kind;
    entity.name = name;
    EntityId id = add(std::move(entity));
    by_name_.emplace(std::make_pair(kind, key), id);
    return id;
  }

  // A name the article uses in another form (the dateline's, title-cased).
  // Each form is kept once, in the order of its first use: that is all the
  // choice of the name and the aliases reads, and an entity named ten
  // thousand times holds a few forms, not ten thousand strings.
  void add_form(EntityId id, std::string_view form) {
    auto& forms = forms_[id];
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.emplace_back(form);
  }

  void mention(EntityId id, std::size_t begin, std::size_t end, std::size_t sentence, double confidence,
               std::string rule, bool name_form = true) {
    Entity& entity = entities_[id];
    // The same span twice is one mention: a set of spans, not a scan of the entity's mentions.
    if (!spans_.insert(SpanKey{id, begin, end}).second) return;
    entity.mentions.push_back({begin, end, sentence_offset_ + sentence, confidence, std::move(rule)});
    if (name_form) add_form(id, std::string_view(article_.text).substr(begin, end - begin));
    entity.confidence = std::max(entity.confidence, confidence);
  }

  std::vector<Entity> finish() {
    for (EntityId id = 0; id < entities_.size(); ++id) {
      Entity& entity = entities_[id];
      auto& forms = forms_[id];
      if (forms.empty()) continue;
      // The fullest form the article uses is the name; the others are aliases.
      std::string best = forms.front();
      for (const auto& form : forms)
        if (word_count(form) > word_count(best) || (word_count(form) == word_count(best) && form.size() > best.size()))
          best = form;
      entity.name = best;
      for (const auto& form : forms)
        if (form != best && std::find(entity.aliases.begin(), entity.aliases.end(), form) == entity.aliases.end())
          entity.aliases.push_back(form);
    }
    return std::move(entities_);
  }

  std::vector<Entity>& entities() { return entities_; }

  // A new piece of the article begins: its mentions are numbered after the
  // sentences of those before, and none of its spans can be one of theirs (the
  // pieces do not overlap), so the spans seen so far are let go.
  void begin_piece(std::size_t sentence_offset) {
    sentence_offset_ = sentence_offset;
    spans_ = {};
  }

 private:
  static std::string_view base_class(EntityKind kind) {
    switch (kind) {
      case EntityKind::person: return "Person";
      case EntityKind::organization: return "Organization";
      case EntityKind::place: return "Place";
    }
    return "Thing";
  }

  static std::size_t word_count(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  }

  EntityId add(Entity entity) {
    entities_.push_back(std::move(entity));
    forms_.emplace_back();
    return entities_.size() - 1;
  }

  struct SpanKey {
    EntityId id;
    std::size_t begin, end;
    bool operator==(const SpanKey&) const = default;
  };
  struct SpanHash {
    std::size_t operator()(const SpanKey& key) const {
      std::size_t h = std::hash<std::size_t>{}(key.id);
      h = h * 0x9e3779b97f4a7c15ULL ^ std::hash<std::size_t>{}(key.begin);
      return h * 0x9e3779b97f4a7c15ULL ^ std::hash<std::size_t>{}(key.end);
    }
  };

  const ingest::Article& article_;
  const lexicon::Knowledge& k_;
  std::unordered_set<SpanKey, SpanHash> spans_;  // (entity, begin, end) of every mention
  std::size_t sentence_offset_ = 0;
  std::vector<Entity> entities_;
  std::vector<std::vector<std::string>> forms_;
  std::map<lexicon::EntryId, EntityId> by_entry_;
  std::map<std::pair<EntityKind, std::string>, EntityId> by_name_;
};

std::string span_text(const text::Document& doc, std::size_t first, std::size_t end) {
  return std::string(doc.text.substr(doc.tokens[first].begin, doc.tokens[end - 1].end - doc.tokens[first].begin));
}

// The words that mark an event's cue: of a meeting phrase its last content word
// ("talks" of "held talks", "phone" of "spoke by phone"), of a proposal phrase
// its first ("ready" of "is ready to consider", "call" of "call on"), and the
// directive modals of GUIDELINE A4.
using WordSet = std::unordered_set<std::string, lexicon::WordHash, std::equal_to<>>;  // looked up by string_view
const WordSet& cue_words(const lexicon::Knowledge& knowledge) {
  static const WordSet words = [&] {
    static const std::unordered_set<std::string_view> function_words{
        "a",  "an",  "the", "to", "is",  "are",  "was",   "were", "be",    "been", "has", "have", "had",
        "on", "of",  "in",  "for", "with", "up",  "it",   "will", "would", "its",  "their", "his", "her",
        "and", "not", "by", "over", "at", "we",  "our",  "us"};
    WordSet set{"must", "should", "need", "needs", "urge", "urged"};
    auto add = [&](std::string_view phrase, bool last) {
      std::vector<std::string_view> parts;
      for (std::size_t at = 0; at <= phrase.size();) {
        std::size_t space = std::min(phrase.find(' ', at), phrase.size());
        parts.push_back(phrase.substr(at, space - at));
        at = space + 1;
      }
      if (last) std::reverse(parts.begin(), parts.end());
      for (std::string_view part : parts)
        if (!function_words.count(part)) {
          set.emplace(part);
          return;
        }
    };
    for (const auto& [phrase, category] : knowledge.meeting_words.entries()) add(phrase, true);
    for (const lexicon::WordList* list : {&knowledge.proposal_verbs, &knowledge.proposal_nouns})
      for (const auto& [phrase, category] : list->entries()) add(phrase, false);
    // "the need for X to ...", "it is vital that ...": proposals the tree alone reads.
    for (const auto& [word, category] : lexicon::WordList::embedded("proposal-frames").entries())
      if (category == "need" || category == "necessity") add(word, false);
    return set;
  }();
  return words;
}

// "Min-ho" in "Lee Min-ho", "Jong-un" in "Kim Jong-un": a given name of two syllables joined
// by a hyphen, the second in lower case, is written after the family name.
bool is_syllable_given_name(std::string_view word) {
  std::size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
         std::islower(static_cast<unsigned char>(word[hyphen + 1]));
}

// "South Korean President Lee Jin": the people's adjective before the person's titles names a
// country whose people are named family name first, so "Lee" alone is that person later.
bool family_first_demonym_before(const Recognition& recognition, const lexicon::Knowledge& knowledge,
                                 std::size_t first) {
  std::size_t at = first;
  for (auto m = recognition.modifiers.rbegin(); m != recognition.modifiers.rend(); ++m) {
    if (m->end != at) continue;
    if (m->demonym) return knowledge.family_name_first.contains(knowledge.lexicon.entry(m->entry).country);
    at = m->first;  // a title: the demonym may stand before it
  }
  return false;
}

// The sentences the event finders read structure in: those with a cue (a
// meeting or proposal word, or a quotation) and someone to take part (a name,
// a nominal such as "the minister", or a pronoun that points back to one).
// The others are not parsed: parsing costs more than every other stage.
std::vector<bool> wanted_sentences(const text::Document& doc, const Recognition& recognition,
                                   const std::vector<NominalMention>& nominals, const std::vector<DateMention>& dates,
                                   const lexicon::Knowledge& knowledge) {
  // ontology/words/party-pronouns.txt: "he", "both sides", "the leaders".
  const lexicon::WordList& pronouns = lexicon::WordList::embedded("party-pronouns");
  const auto& cues = cue_words(knowledge);
  std::vector<bool> cue(doc.sentences.size(), false), party(doc.sentences.size(), false);
  for (const auto& token : doc.tokens) {
    if (token.sentence >= cue.size()) continue;
    if (token.kind == text::TokenKind::quote) {
      cue[token.sentence] = true;
    } else if (token.kind == text::TokenKind::word) {
      std::string_view word = doc.folded_text(token.begin, token.end);
      if (cues.count(word)) cue[token.sentence] = true;
      if (pronouns.contains(word)) party[token.sentence] = true;
    }
  }
  for (const auto& mention : recognition.mentions) party[doc.tokens[mention.first].sentence] = true;
  for (const auto& modifier : recognition.modifiers) party[doc.tokens[modifier.first].sentence] = true;
  for (const auto& nominal : nominals) party[doc.tokens[nominal.first].sentence] = true;
  // "The talks took place on Monday.": a date for a meeting named before.
  for (const auto& date : dates)
    if (date.first < doc.tokens.size()) party[doc.tokens[date.first].sentence] = true;
  std::vector<bool> wanted(doc.sentences.size());
  for (std::size_t i = 0; i < wanted.size(); ++i) wanted[i] = cue[i] && party[i];
  return wanted;
}

// Where the piece of text that begins at `begin` ends: the whole rest when it
// holds at most `piece_bytes`, else after the last line break within that
// many bytes (else the last sentence end or space; else the next line break).
std::size_t piece_end(std::string_view text, std::size_t begin, std::size_t piece_bytes) {
  if (text.size() - begin <= piece_bytes) return text.size();
  std::string_view window = text.substr(begin, piece_bytes);
  for (std::string_view mark : {"\n", ". ", " "})
    if (std::size_t at = window.rfind(mark); at != std::string_view::npos && at > 0) return begin + at + mark.size();
  std::size_t next = text.find('\n', begin + piece_bytes);
  return next == std::string_view::npos ? text.size() : next + 1;
}

}  // namespace

Extraction extract(const ingest::Article& article, const lexicon::Knowledge& knowledge, DiagnosticSink& diagnostics) {
  return extract(article, knowledge, diagnostics, ExtractLimits{});
}

Extraction extract(const ingest::Article& article, const lexicon::Knowledge& knowledge, DiagnosticSink&,
                   const ExtractLimits& limits) {
  Extraction result;
  EntityBuilder builder(article, knowledge);
  // What joins the pieces of a huge article: the entities (by lexicon entry and
  // by name), the short forms that name them, the roles and statements found.
  std::map<std::string, EntityId> surnames;  // folded last word of a person's name
  std::map<std::string, EntityId> initials;  // folded initials of an organization's name
  std::map<std::string, EntityId> short_forms;  // folded first word of a longer place or organization name
  // Each (person, title, organization) once: an index, not a scan of the roles found so far.
  std::map<std::tuple<EntityId, std::string, std::optional<EntityId>>, std::size_t> role_at;
  std::set<std::pair<std::optional<EntityId>, std::string>> said;  // speaker and words of each statement
  // The lead: the headline and the first paragraph of the body, which report the news of the day.
  std::size_t lead_end = article.body.empty() ? article.headline.end : article.text.find('\n', article.body.begin);
  if (lead_end == std::string::npos) lead_end = article.text.size();
  // A country known only by its demonym ("Russian proposals") or inside a compound
  // ("Russia-US talks") becomes an entity when a meeting or a proposal needs it.
  auto entity_for_entry = [&](lexicon::EntryId entry_id) -> EntityId {
    auto kind = knowledge.lexicon.entry(entry_id).kind;
    return builder.for_entry(entry_id, kind == lexicon::EntryKind::person         ? EntityKind::person
                                       : kind == lexicon::EntryKind::organization ? EntityKind::organization
                                                                                  : EntityKind::place);
  };

  // An article is read in pieces of at most limits.piece_bytes, cut at line
  // breaks, so that its tokens, mentions and trees are held one piece at a
  // time: memory stays bounded whatever the article's size. Every real article
  // is one piece (the limit is far above any news article), and a piece is
  // read exactly as a whole article is.
  const std::size_t region_begin = article.headline.begin;
  std::size_t sentence_offset = 0;
  std::size_t piece_begin = region_begin;
  do {
    const bool first_piece = piece_begin == region_begin;
    const std::size_t end_of_piece =
        piece_end(article.text, piece_begin, std::max<std::size_t>(limits.piece_bytes, 1));
    ++result.pieces;
    stages::Lap lap(stages::Stage::text);
    text::Document doc = text::analyse(article.text, piece_begin, end_of_piece,
                                       article.headline.empty() ? text::no_headline : article.headline.end);
    builder.begin_piece(sentence_offset);
    lap.next(stages::Stage::recognition);
    std::vector<bool> blocked(doc.tokens.size(), false);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i)
      // The dateline is read by ingest, except a region it names ("IGORA /Leningrad Region/"),
      // which is a place like any other.
      blocked[i] = article.dateline && doc.tokens[i].begin < article.dateline->span.end &&
                   doc.tokens[i].end > article.dateline->span.begin &&
                   !(doc.tokens[i].begin >= article.dateline->region.begin &&
                     doc.tokens[i].end <= article.dateline->region.end);
    std::vector<DateMention> dates = find_dates(doc, article.date, knowledge.speech_verbs);
    for (const auto& date : dates)
      for (std::size_t i = date.first; i < date.end; ++i) blocked[i] = true;
    Recognition recognition = recognise(doc, knowledge, blocked);

    // The dateline: its agency is the publisher, its place a place of the article.
    if (article.dateline && first_piece) {
      const auto& dateline = *article.dateline;
      if (!dateline.agency.empty()) {
        std::string name(dateline.agency.of(article.text));
        EntityId id = builder.for_name(lexicon::token_key(name, true), EntityKind::organization, name);
        builder.mention(id, dateline.agency.begin, dateline.agency.end, 0, 0.95, "dateline-agency");
        result.publisher = id;
      }
      if (!dateline.place.empty()) {
        std::vector<std::string_view> words;
        text::Document place_doc = text::analyse(dateline.place_name, 0, dateline.place_name.size());
        for (std::size_t i = 0; i < place_doc.tokens.size(); ++i) words.push_back(place_doc.token_text(i));
        std::vector<lexicon::LabelHit> hits;
        std::size_t matched = knowledge.lexicon.longest_match(words, 0, false, hits);
        EntityId id;
        auto place_hit = std::find_if(hits.begin(), hits.end(), [&](const lexicon::LabelHit& hit) {
          return knowledge.lexicon.entry(hit.entry).kind == lexicon::EntryKind::place;
        });
        if (matched == words.size() && place_hit != hits.end())
          id = builder.for_entry(place_hit->entry, EntityKind::place);
        else
          id = builder.for_name(lexicon::token_key(dateline.place_name, true), EntityKind::place, dateline.place_name);
        // The all-caps form is evidence, not a name the article uses.
        builder.mention(id, dateline.place.begin, dateline.place.end, 0, 0.95, "dateline-place", false);
        builder.add_form(id, dateline.place_name);
        result.dateline_place = id;
      }
    }

    // Longer names first, so that a surname alone ("Ryabkov") or an acronym
    // ("CSTO") can join the entity its full form established.
    std::vector<const Mention*> ordered;
    for (const auto& mention : recognition.mentions) ordered.push_back(&mention);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Mention* a, const Mention* b) {
      bool a_long = a->entry || a->end - a->first > 1, b_long = b->entry || b->end - b->first > 1;
      return a_long && !b_long;
    });
    std::vector<EntityId> entity_of(recognition.mentions.size());
    for (const Mention* mention : ordered) {
      std::size_t begin = doc.tokens[mention->first].begin;
      std::size_t end = doc.tokens[mention->end - 1].end;
      std::string written = span_text(doc, mention->first, mention->end);
      std::string key = lexicon::token_key(written, true);
      EntityId id;
      if (mention->entry) {
        id = builder.for_entry(*mention->entry, mention->kind);
      } else if (mention->end - mention->first == 1 && surnames.count(key) &&
                 mention->kind != EntityKind::organization) {
        id = surnames[key];
      } else if (mention->end - mention->first == 1 && initials.count(key)) {
        id = initials[key];
      } else if (mention->end - mention->first == 1 && mention->kind != EntityKind::person && short_forms.count(key)) {
        id = short_forms[key];  // "Andrews" after "Andrews Air Force Base"
      } else {
        id = builder.for_name(key, mention->kind, written);
      }
      builder.mention(id, begin, end, doc.tokens[mention->first].sentence, mention->confidence, mention->rule);
      entity_of[static_cast<std::size_t>(mention - recognition.mentions.data())] = id;
      const Entity& entity = builder.entities()[id];
      if (mention->end - mention->first > 1 && entity.kind == EntityKind::person) {
        surnames.emplace(lexicon::token_key(doc.token_text(mention->end - 1), true), id);
        // Family name first ("Wang Yi" -> "Wang"): a first word that is no given name,
        // or any first word where the lexicon's country writes names so ("Mao Ning" -> "Mao").
        std::string first_word(doc.token_text(mention->first));
        bool family_first_country =
            (entity.lexicon_entry &&
             knowledge.family_name_first.contains(knowledge.lexicon.entry(*entity.lexicon_entry).country)) ||
            family_first_demonym_before(recognition, knowledge, mention->first);
        bool syllable_given_name =
            mention->end - mention->first == 2 && is_syllable_given_name(doc.token_text(mention->end - 1));
        if ((family_first_country || syllable_given_name || !knowledge.given_names.contains(first_word)) &&
            doc.tokens[mention->first].capitalised)
          surnames.emplace(lexicon::token_key(first_word, true), id);
      }
      if (!mention->entry && mention->end - mention->first > 1 && entity.kind != EntityKind::person &&
          doc.tokens[mention->first].capitalised)
        short_forms.emplace(lexicon::token_key(doc.token_text(mention->first), true), id);
      if (mention->end - mention->first > 2 && entity.kind == EntityKind::organization) {
        std::string letters;
        for (std::size_t i = mention->first; i < mention->end; ++i)
          if (doc.tokens[i].capitalised) letters += doc.token_text(i).front();
        if (letters.size() >= 2) initials.emplace(lexicon::token_key(letters, true), id);
      }
    }

    for (const auto& candidate : find_roles(doc, recognition, knowledge)) {
      const Mention& person = recognition.mentions[candidate.person_mention];
      Role role;
      role.person = entity_of[candidate.person_mention];
      if (candidate.org_mention) {
        role.organization = entity_of[*candidate.org_mention];
      } else if (candidate.org_entry) {
        auto kind = knowledge.lexicon.entry(*candidate.org_entry).kind == lexicon::EntryKind::organization
                        ? EntityKind::organization
                        : EntityKind::place;
        role.organization = builder.for_entry(*candidate.org_entry, kind);
      }
      role.title = span_text(doc, candidate.title_first, candidate.title_end);
      role.date = article.date;
      std::size_t first = std::min(candidate.title_first, person.first);
      std::size_t end = std::max(candidate.title_end, person.end);
      Evidence evidence{doc.tokens[first].begin, doc.tokens[end - 1].end, sentence_offset + doc.tokens[first].sentence,
                        0.8, "title-role"};
      auto [same, added] = role_at.try_emplace(std::make_tuple(role.person, role.title, role.organization),
                                               result.roles.size());
      if (!added) {
        result.roles[same->second].evidence.push_back(evidence);
        continue;
      }
      role.confidence = 0.8;
      role.evidence.push_back(evidence);
      result.roles.push_back(std::move(role));
    }
    // "the Deputy Foreign Minister", "the diplomat": mentions, not names, of a person named before.
    std::vector<NominalMention> nominals =
        resolve_nominals(doc, recognition, entity_of, builder.entities(), result.roles, knowledge);
    for (const auto& nominal : nominals)
      builder.mention(nominal.person, doc.tokens[nominal.first].begin, doc.tokens[nominal.end - 1].end,
                      doc.tokens[nominal.first].sentence, 0.6, "nominal-coreference", false);

    lap.next(stages::Stage::syntax);
    syntax::Omitted dateline;
    if (article.dateline) dateline = {article.dateline->span.begin, article.dateline->span.end};
    Tree tree = Tree::parse(doc, wanted_sentences(doc, recognition, nominals, dates, knowledge), dateline);
    lap.next(stages::Stage::events);
    MeetingContext meeting_context{doc,          tree,        recognition,  entity_of, builder.entities(),
                                   result.roles, dates,       knowledge,    article.date,
                                   lead_end,     article.headline.end, entity_for_entry, nominals,
                                   article.dateline ? article.dateline->span.begin : 0,
                                   article.dateline ? article.dateline->span.end : 0};
    std::vector<Meeting> meetings = find_meetings(meeting_context);

    std::vector<Statement> statements;  // this piece's
    SpeakerContext speakers{doc, tree, recognition, entity_of, builder.entities(), result.roles, knowledge, nominals};
    for (const auto& candidate : find_statements(speakers)) {
      const auto& quotation = doc.quotations[candidate.quotation];
      Statement statement;
      statement.speaker = candidate.speaker;
      statement.verb = candidate.verb;
      statement.confidence = candidate.confidence;
      std::size_t sentence = doc.tokens[candidate.verb_token].sentence;
      statement.date = article.date;
      for (const auto& date : dates)
        if (date.granularity == Granularity::day && doc.tokens[date.first].sentence == sentence && !candidate.verb.empty())
          statement.date = date.value;
      std::string_view raw = std::string_view(article.text).substr(quotation.begin, quotation.end - quotation.begin);
      std::string_view trimmed = text::trim(raw);
      // The words without the punctuation that closes them in the sentence ('"We are ready,"
      // he said': no comma); an ellipsis, "?" and "!" are words of the speaker.
      while (!trimmed.empty() && (trimmed.back() == ',' || trimmed.back() == ';' || trimmed.back() == ':' ||
                                  (trimmed.back() == '.' && !trimmed.ends_with("..")))) {
        trimmed.remove_suffix(1);
        trimmed = text::trim(trimmed);
      }
      statement.text = std::string(trimmed);
      std::size_t begin = quotation.begin + static_cast<std::size_t>(trimmed.data() - raw.data());
      statement.quote = {begin, begin + trimmed.size(), doc.tokens[candidate.verb_token].sentence, candidate.confidence,
                         candidate.rule};
      // The same words twice (a standfirst repeating the body) are one statement.
      auto core = [](std::string_view text) {
        while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
        return text;
      };
      if (statement.text.empty()) continue;
      if (!said.emplace(statement.speaker, std::string(core(statement.text))).second) continue;
      statements.push_back(std::move(statement));
    }

    for (const auto& date : dates) {
      std::string granularity(granularity_name(date.granularity));
      auto same = std::find_if(result.dates.begin(), result.dates.end(), [&](const DateValue& existing) {
        return existing.value == date.value && existing.granularity == granularity;
      });
      if (same == result.dates.end()) {
        result.dates.push_back({date.value, granularity, {}});
        same = std::prev(result.dates.end());
      }
      same->mentions.push_back({doc.tokens[date.first].begin, doc.tokens[date.end - 1].end,
                                sentence_offset + doc.tokens[date.first].sentence, 0.9, "date"});
    }
    ProposalContext proposal_context{doc,           tree, recognition,       entity_of, builder.entities(), result.roles,
                                     nominals,          statements, meetings, knowledge, entity_for_entry,
                                     article.body.begin, article.dateline ? article.dateline->span.end : 0};
    std::vector<Proposal> proposals = find_proposals(proposal_context);

    // The piece's events, numbered across the article.
    for (auto& proposal : proposals) {
      proposal.evidence.sentence += sentence_offset;
      if (proposal.forum) *proposal.forum += result.meetings.size();
      result.proposals.push_back(std::move(proposal));
    }
    for (auto& meeting : meetings) {
      for (auto& evidence : meeting.evidence) evidence.sentence += sentence_offset;
      result.meetings.push_back(std::move(meeting));
    }
    for (auto& statement : statements) {
      statement.quote.sentence += sentence_offset;
      result.statements.push_back(std::move(statement));
    }
    sentence_offset += doc.sentences.size();
    piece_begin = end_of_piece;
  } while (piece_begin < article.text.size());

  result.entities = builder.finish();
  return result;
}

}  // namespace newskg::extract

namespace newskg::extract {

Rule::Rule(std::string_view name) {
  if (name.empty()) return;
  // One copy of each name for the process; the nodes of a set never move.
  static std::mutex mutex;
  static std::set<std::string, std::less<>> names;
  std::lock_guard lock(mutex);
  auto found = names.find(name);
  if (found == names.end()) found = names.emplace(name).first;
  name_ = &*found;
}

}  // namespace newskg::extract
