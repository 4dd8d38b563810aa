#include "newskg/graph/mapper.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <map>

#include "newskg/error.hpp"

#include "newskg/graph/iri.hpp"
#include "newskg/rdf/statement_key.hpp"
#include "newskg/rdf/vocab.hpp"
#include "newskg/text/utf8.hpp"
#include "newskg/version.hpp"

namespace newskg::graph {
namespace {

using rdf::Term;
using rdf::TermKind;
namespace v = rdf::vocab;

std::string_view date_type(std::string_view date) {
  return date.size() == 10 ? "date" : date.size() == 7 ? "gYearMonth" : "gYear";
}

std::string_view kind_path(extract::EntityKind kind) {
  switch (kind) {
    case extract::EntityKind::person: return "person/";
    case extract::EntityKind::organization: return "organization/";
    case extract::EntityKind::place: return "place/";
  }
  return "entity/";
}

std::string_view kind_class(extract::EntityKind kind) {
  switch (kind) {
    case extract::EntityKind::person: return "Person";
    case extract::EntityKind::organization: return "Organization";
    case extract::EntityKind::place: return "Place";
  }
  return "Thing";
}

void set_iri(Term& term, std::string_view head, std::string_view tail = {}) {
  term.kind = TermKind::iri;
  term.value.assign(head).append(tail);
  term.datatype.clear();
}
void set_literal(Term& term, std::string_view value, std::string_view datatype_local = {}) {
  term.kind = TermKind::literal;
  term.value.assign(value);
  if (datatype_local.empty()) term.datatype.clear();
  else term.datatype.assign(v::xsd).append(datatype_local);
}

// Code point offsets of byte offsets, as text::CodePointIndex gives them (a
// byte inside a sequence maps to the code point it belongs to), from a count
// every 64 bytes: 1/16 of the memory of an offset per byte.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {
    counts_.reserve(text.size() / block + 1);
    std::uint32_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i % block == 0) counts_.push_back(count);
      if (!continuation(text[i])) ++count;
    }
    total_ = count;
  }
  std::size_t at(std::size_t byte) const noexcept {
    if (byte >= text_.size()) return total_;
    std::uint32_t count = counts_[byte / block];
    std::size_t i = byte / block * block;
    // Eight bytes at a time: a continuation byte, 10xxxxxx, has bit 7 set and bit 6 clear.
    for (; i + 8 <= byte; i += 8) {
      std::uint64_t word;
      std::memcpy(&word, text_.data() + i, 8);
      count += 8 - static_cast<std::uint32_t>(std::popcount(word & ~(word << 1) & 0x8080808080808080ULL));
    }
    for (; i < byte; ++i)
      if (!continuation(text_[i])) ++count;
    return continuation(text_[byte]) ? static_cast<std::uint32_t>(count - 1) : count;
  }
  std::size_t size() const noexcept { return total_; }

 private:
  static constexpr std::size_t block = 64;
  static bool continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
  std::string_view text_;
  std::vector<std::uint32_t> counts_;
  std::uint32_t total_ = 0;
};

// Emits statements about one subject at a time in one graph (the article's
// or the shared entity graph), each statement once per article: a span that
// is both an entity's mention and a fact's evidence, or two readings of one
// entity, would otherwise repeat statements. One quad is reused for every
// statement (its strings keep their buffers), and what is remembered of the
// statements written is 128 bits each. A subject declared `fresh` (one that
// no other run of statements names: a mention written once) is not
// remembered at all.
class GraphWriter {
 public:
  explicit GraphWriter(rdf::QuadSink& sink) : sink_(sink) {}

  void graph(std::string_view iri) { set_iri(quad_.graph, iri); }
  void subject(std::string_view iri, bool fresh = false) {
    set_iri(quad_.subject, iri);
    fresh_ = fresh;
    if (!fresh) subject_key_ = rdf::KeyBuilder().add(quad_.graph).add(quad_.subject);
  }
  // PNS PLOCAL <HEAD TAIL>
  void link(std::string_view pns, std::string_view plocal, std::string_view head, std::string_view tail = {}) {
    set_iri(quad_.predicate, pns, plocal);
    set_iri(quad_.object, head, tail);
    emit();
  }
  void type(std::string_view ns, std::string_view local) { link(v::rdf, "type", ns, local); }
  // PNS PLOCAL "VALUE"^^xsd:DATATYPE (xsd:string when none)
  void literal(std::string_view pns, std::string_view plocal, std::string_view value,
               std::string_view datatype = {}) {
    set_iri(quad_.predicate, pns, plocal);
    set_literal(quad_.object, value, datatype);
    emit();
  }
  void count(std::string_view pns, std::string_view plocal, std::size_t n) {
    char buffer[24];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;  // no printf per mention
    literal(pns, plocal, std::string_view(buffer, static_cast<std::size_t>(end - buffer)), "nonNegativeInteger");
  }
  void decimal(std::string_view pns, std::string_view plocal, double value) {
    // As printf's "%.2f" (to_chars rounds the exact binary value alike), without its parsing.
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2).ptr;
    literal(pns, plocal, std::string_view(buffer, static_cast<std::size_t>(end - buffer)), "decimal");
  }
  void date(std::string_view pns, std::string_view plocal, std::string_view date) {
    literal(pns, plocal, date, date_type(date));
  }

 private:
  void emit() {
    if (!fresh_ && !written_.insert(rdf::KeyBuilder(subject_key_).add(quad_.predicate).add(quad_.object).key()))
      return;
    sink_.quad(quad_);
  }

  rdf::QuadSink& sink_;
  rdf::Quad quad_;
  bool fresh_ = false;
  rdf::KeyBuilder subject_key_;
  rdf::KeySet written_;
};

// Throws the Error a writer's check_quad would, for an IRI the article or a
// lexicon supplied (everything else is minted writable from the checked base).
void check_foreign_iri(std::string_view iri) {
  if (!rdf::is_writable_iri(iri))
    throw Error(Status::bad_argument, "object is not a writable absolute IRI: <" + std::string(iri) + ">");
}

class ArticleMapper {
 public:
  ArticleMapper(const ingest::Article& article, const extract::Extraction& extraction,
                const GraphOptions& options, rdf::QuadSink& sink)
      : article_(article),
        extraction_(extraction),
        base_(options.base),
        article_iri_(article_iri(options.base, article.url, article.text)),
        entity_graph_(entity_graph_iri(options.base)),
        offsets_(article.text),
        evidence_(options.evidence),
        min_confidence_(options.min_confidence),
        out_(sink) {
    for (const auto& entity : extraction.entities) {
      naming_.push_back(name_entity(entity, base_));
      entity_iris_.push_back(naming_.back().iri);
    }
    check_foreign_iris();
    find_repeated_spans();
  }

  // What goes to the shared graph first (entity, software and date
  // descriptions), then what the article says, each graph in a fixed order.
  void write() {
    out_.graph(entity_graph_);
    for (std::size_t i = 0; i < extraction_.entities.size(); ++i) write_entity(i);
    write_agent();
    for (const auto& date : extraction_.dates) write_date_node(date);
    out_.graph(article_iri_);
    write_article_node();
    write_activity();
    if (evidence_ == Evidence::all) {
      for (std::size_t i = 0; i < extraction_.entities.size(); ++i)
        for (const auto& mention : extraction_.entities[i].mentions) write_mention(mention, entity_iris_[i]);
    }
    for (const auto& role : extraction_.roles)
      if (keep(role.confidence)) write_role(role);
    if (evidence_ == Evidence::all)
      for (const auto& date : extraction_.dates)
        for (const auto& mention : date.mentions) write_mention(mention, date_iri(date));
    for (const auto& statement : extraction_.statements)
      if (keep(statement.confidence)) write_statement(statement);
    for (const auto& meeting : extraction_.meetings)
      if (keep(meeting.confidence)) write_meeting(meeting);
    for (const auto& proposal : extraction_.proposals)
      if (keep(proposal.confidence)) write_proposal(proposal);
  }

 private:
  // Before the first statement, so that an article is refused whole or written whole.
  void check_foreign_iris() const {
    check_foreign_iri(article_iri_);
    for (const auto& entity : extraction_.entities) {
      for (const auto& type : entity.types) check_foreign_iri(type);
      for (const auto& same : entity.same_as) check_foreign_iri(same);
    }
    for (const auto& date : extraction_.dates) check_foreign_iri(date_iri(date));
    for (const auto& meeting : extraction_.meetings) check_foreign_iri(v::term(v::nkgc, meeting.kind));
    for (const auto& proposal : extraction_.proposals) check_foreign_iri(v::term(v::nkgc, proposal.modality));
  }

  // The spans that more than one list of evidence holds: their mention nodes
  // may be written twice, so their statements are remembered; every other
  // mention node is written once and is not (the bulk of the statements).
  void find_repeated_spans() {
    std::vector<std::uint64_t> spans;
    auto add = [&](const extract::Evidence& evidence) { spans.push_back(span_key(evidence)); };
    for (const auto& entity : extraction_.entities)
      for (const auto& mention : entity.mentions) add(mention);
    for (const auto& role : extraction_.roles)
      for (const auto& mention : role.evidence) add(mention);
    for (const auto& date : extraction_.dates)
      for (const auto& mention : date.mentions) add(mention);
    for (const auto& statement : extraction_.statements) add(statement.quote);
    for (const auto& meeting : extraction_.meetings)
      for (const auto& evidence : meeting.evidence) add(evidence);
    for (const auto& proposal : extraction_.proposals) add(proposal.evidence);
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 1; i < spans.size(); ++i)
      if (spans[i] == spans[i - 1] && (repeated_.empty() || repeated_.back() != spans[i]))
        repeated_.push_back(spans[i]);
  }
  // Mention nodes are named by code points: two byte spans may name one node.
  std::uint64_t span_key(const extract::Evidence& evidence) const {
    return static_cast<std::uint64_t>(offsets_.at(evidence.begin)) << 32 ^
           static_cast<std::uint64_t>(offsets_.at(evidence.end));
  }
  bool repeated(std::uint64_t span) const { return std::binary_search(repeated_.begin(), repeated_.end(), span); }

  std::string_view span_text(std::size_t begin, std::size_t end) const {
    return std::string_view(article_.text).substr(begin, end - begin);
  }

  void write_article_node() {
    out_.subject(article_iri_);
    out_.type(v::schema, "NewsArticle");
    out_.type(v::prov, "Entity");
    out_.literal(v::schema, "headline", article_.title);
    if (!article_.date.empty()) out_.literal(v::schema, "datePublished", article_.date, "date");
    if (!article_.id.empty()) out_.literal(v::schema, "identifier", article_.id);
    std::string url = escape_iri(article_.url.substr(0, article_.url.find('#')));
    if (url == article_iri_) out_.link(v::schema, "url", url);
    if (extraction_.publisher) out_.link(v::schema, "publisher", entity_iris_[*extraction_.publisher]);
    else if (!article_.source.empty()) out_.literal(v::nkg, "publisherName", article_.source);
    if (article_.dateline) {
      const auto& dateline = *article_.dateline;
      out_.literal(v::nkg, "dateline", text::trim(dateline.span.of(article_.text)));
      if (extraction_.dateline_place)
        out_.link(v::nkg, "datelinePlace", entity_iris_[*extraction_.dateline_place]);
    }
    out_.count(v::nkg, "characterCount", offsets_.size());
    out_.link(v::nkg, "extraction", activity_iri());
    // Entities the text names; a country known only from a demonym is not one.
    for (std::size_t i = 0; i < entity_iris_.size(); ++i)
      if (!extraction_.entities[i].mentions.empty()) out_.link(v::schema, "mentions", entity_iris_[i]);
  }

  std::string activity_iri() const {
    return base_ + "extraction/" + stable_hash(article_iri_ + "\n" + std::string(version));
  }
  std::string agent_iri() const { return base_ + "software/newskg-" + std::string(version); }

  void write_activity() {
    out_.subject(activity_iri());
    out_.type(v::prov, "Activity");
    out_.link(v::prov, "used", article_iri_);
    out_.link(v::prov, "wasAssociatedWith", agent_iri());
  }

  // The software agent and the date nodes are the same in every article:
  // described in the shared graph, like entities.
  void write_agent() {
    out_.subject(agent_iri());
    out_.type(v::prov, "SoftwareAgent");
    out_.type(v::schema, "SoftwareApplication");
    out_.literal(v::schema, "name", tool_name);
    out_.literal(v::schema, "softwareVersion", version);
  }

  bool keep(double confidence) const { return confidence + 1e-9 >= min_confidence_; }
  bool fact_evidence() const { return evidence_ != Evidence::none; }

  // The entity's description in the shared graph: nothing that depends on the
  // article but the alternate names it uses (each statement is the same
  // wherever it is written).
  void write_entity(std::size_t index) {
    const auto& entity = extraction_.entities[index];
    const EntityNaming& naming = naming_[index];
    out_.subject(naming.iri);
    out_.type(v::schema, kind_class(entity.kind));
    for (const auto& type : entity.types) out_.link(v::rdf, "type", type);
    out_.literal(v::schema, "name", naming.name);
    for (const auto& alias : naming.alternates) out_.literal(v::schema, "alternateName", alias);
    for (const auto& same : entity.same_as) out_.link(v::schema, "sameAs", same);
  }

  std::string mention_node(const extract::Evidence& mention) const {
    return mention_iri(article_iri_, offsets_.at(mention.begin), offsets_.at(mention.end));
  }

  void write_mention(const extract::Evidence& mention, const std::string& denotes) {
    std::size_t begin = offsets_.at(mention.begin), end = offsets_.at(mention.end);
    out_.subject(mention_iri(article_iri_, begin, end), !repeated(std::uint64_t{begin} << 32 ^ end));
    out_.type(v::nif, "Phrase");
    out_.type(v::nkg, "Mention");
    out_.count(v::nif, "beginIndex", begin);
    out_.count(v::nif, "endIndex", end);
    out_.literal(v::nif, "anchorOf", span_text(mention.begin, mention.end));
    out_.link(v::nif, "referenceContext", article_iri_);
    out_.link(v::itsrdf, "taIdentRef", denotes);
    out_.count(v::nkg, "sentenceIndex", mention.sentence);
    out_.decimal(v::nkg, "confidence", mention.confidence);
    out_.literal(v::nkg, "rule", mention.rule.empty() ? std::string_view("unspecified") : mention.rule.view());
  }

  void write_role(const extract::Role& role) {
    std::string key = entity_iris_[role.person] + "\n" + role.title + "\n" +
                      (role.organization ? entity_iris_[*role.organization] : std::string());
    std::string role_iri = base_ + "role/" + stable_hash(key);
    out_.subject(role_iri);
    out_.type(v::nkg, "RoleAssignment");
    out_.type(v::org, "Membership");
    out_.link(v::org, "member", entity_iris_[role.person]);
    if (role.organization) out_.link(v::org, "organization", entity_iris_[*role.organization]);
    out_.literal(v::nkg, "title", role.title);
    if (!role.date.empty()) out_.date(v::nkg, "observedOn", role.date);
    out_.decimal(v::nkg, "confidence", role.confidence);
    if (!fact_evidence()) return;
    for (const auto& mention : role.evidence) out_.link(v::nkg, "evidence", mention_node(mention));
    for (const auto& mention : role.evidence) write_mention(mention, role_iri);
  }

  std::string date_iri(const extract::DateValue& date) const {
    std::string iri = base_ + "date/" + date.value;
    if (date.granularity == "week") iri += "-week";
    return iri;
  }

  void write_date_node(const extract::DateValue& date) {
    out_.subject(date_iri(date));
    out_.type(v::nkg, "Date");
    if (date.granularity == "week") out_.literal(v::nkg, "value", date.value, "date");
    else out_.date(v::nkg, "value", date.value);
    out_.literal(v::nkg, "granularity", date.granularity);
  }

  // A meeting's IRI hashes kind, sorted participants, day and place, so two
  // articles about one call give one IRI.
  std::string meeting_iri(const extract::Meeting& meeting) const {
    std::vector<std::string> parties;
    for (auto id : meeting.participants) parties.push_back(entity_iris_[id]);
    std::sort(parties.begin(), parties.end());
    std::string key = meeting.kind + "\n" + meeting.date + "\n" + (meeting.place ? entity_iris_[*meeting.place] : "");
    for (const auto& party : parties) key += "\n" + party;
    return base_ + "meeting/" + stable_hash(key);
  }

  void write_meeting(const extract::Meeting& meeting) {
    std::string node = meeting_iri(meeting);
    out_.subject(node);
    out_.type(v::nkg, "Meeting");
    out_.type(v::schema, "Event");
    out_.type(v::sem, "Event");
    out_.link(v::nkg, "meetingKind", v::nkgc, meeting.kind);
    for (auto id : meeting.participants) out_.link(v::schema, "attendee", entity_iris_[id]);
    if (!meeting.date.empty()) out_.date(v::schema, "startDate", meeting.date);
    if (meeting.place) out_.link(v::schema, "location", entity_iris_[*meeting.place]);
    out_.literal(v::nkg, "online", meeting.online ? "true" : "false", "boolean");
    out_.link(v::nkg, "status", v::nkgc, meeting.planned ? "planned" : "held");
    out_.decimal(v::nkg, "confidence", meeting.confidence);
    if (!fact_evidence()) return;
    for (const auto& evidence : meeting.evidence) out_.link(v::nkg, "evidence", mention_node(evidence));
    for (const auto& evidence : meeting.evidence) write_mention(evidence, node);
  }

  void write_proposal(const extract::Proposal& proposal) {
    std::string proposer = proposal.proposer ? entity_iris_[*proposal.proposer] : std::string();
    std::string node = base_ + "proposal/" + stable_hash(proposer + "\n" + proposal.text);
    out_.subject(node);
    out_.type(v::nkg, "Proposal");
    out_.type(v::schema, "CreativeWork");
    if (!proposer.empty()) out_.link(v::nkg, "proposer", proposer);
    for (auto id : proposal.addressees) out_.link(v::nkg, "addressee", entity_iris_[id]);
    if (!proposal.topic.empty()) out_.literal(v::schema, "about", proposal.topic);
    out_.literal(v::schema, "text", proposal.text);
    out_.link(v::nkg, "modality", v::nkgc, proposal.modality);
    if (proposal.forum && keep(extraction_.meetings[*proposal.forum].confidence))
      out_.link(v::nkg, "forum", meeting_iri(extraction_.meetings[*proposal.forum]));
    out_.decimal(v::nkg, "confidence", proposal.confidence);
    if (!fact_evidence()) return;
    out_.link(v::nkg, "evidence", mention_node(proposal.evidence));
    write_mention(proposal.evidence, node);
  }

  void write_statement(const extract::Statement& statement) {
    std::string speaker = statement.speaker ? entity_iris_[*statement.speaker] : std::string();
    std::string statement_iri = base_ + "statement/" + stable_hash(speaker + "\n" + statement.text);
    out_.subject(statement_iri);
    out_.type(v::nkg, "Statement");
    out_.type(v::schema, "Quotation");
    if (!speaker.empty()) out_.link(v::schema, "creator", speaker);
    out_.literal(v::schema, "text", statement.text);
    if (!statement.verb.empty()) out_.literal(v::nkg, "speechVerb", statement.verb);
    if (!statement.date.empty()) out_.date(v::schema, "dateCreated", statement.date);
    out_.decimal(v::nkg, "confidence", statement.confidence);
    if (!fact_evidence()) return;
    out_.link(v::nkg, "evidence", mention_node(statement.quote));
    write_mention(statement.quote, statement_iri);
  }

  const ingest::Article& article_;
  const extract::Extraction& extraction_;
  std::string base_;
  std::string article_iri_;
  std::string entity_graph_;
  CodePoints offsets_;
  Evidence evidence_;
  double min_confidence_;
  GraphWriter out_;
  std::vector<EntityNaming> naming_;
  std::vector<std::string> entity_iris_;
  std::vector<std::uint64_t> repeated_;  // sorted span keys
};

}  // namespace

std::string entity_graph_iri(std::string_view base) { return std::string(base) + "graph/entities"; }

bool is_entity_graph(std::string_view iri) {
  constexpr std::string_view tail = "graph/entities";
  return iri.size() > tail.size() && iri.substr(iri.size() - tail.size()) == tail &&
         (iri[iri.size() - tail.size() - 1] == '/' || iri[iri.size() - tail.size() - 1] == '#');
}

EntityNaming name_entity(const extract::Entity& entity, std::string_view base) {
  EntityNaming naming;
  naming.name = entity.canonical.empty() ? entity.name : entity.canonical;
  naming.iri = std::string(base) + std::string(kind_path(entity.kind)) + slug(naming.name);
  auto add_alternate = [&](const std::string& form) {
    if (form.empty() || form == naming.name) return;
    if (std::find(naming.alternates.begin(), naming.alternates.end(), form) != naming.alternates.end()) return;
    naming.alternates.push_back(form);
  };
  add_alternate(entity.name);
  for (const auto& alias : entity.aliases) add_alternate(alias);
  return naming;
}

Evidence parse_evidence(std::string_view name) {
  if (name == "all") return Evidence::all;
  if (name == "facts") return Evidence::facts;
  if (name == "none") return Evidence::none;
  throw Error(Status::bad_argument, "unknown --evidence '" + std::string(name) + "': choose all, facts or none");
}

void write_prefixes(rdf::QuadSink& sink) {
  for (const auto& [name, namespace_iri] : v::export_prefixes) sink.prefix(name, namespace_iri);
}

void write_article(const ingest::Article& article, const extract::Extraction& extraction,
                   const GraphOptions& options, rdf::QuadSink& sink) {
  check_base(options.base);
  ArticleMapper(article, extraction, options, sink).write();
}

}  // namespace newskg::graph
