#include "newskg/graph/mapper.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_set>

#include "newskg/error.hpp"

#include "newskg/graph/iri.hpp"
#include "newskg/rdf/vocab.hpp"
#include "newskg/text/utf8.hpp"
#include "newskg/version.hpp"

namespace newskg::graph {
namespace {

using rdf::Term;
namespace v = rdf::vocab;

Term iri(std::string_view ns, std::string_view local) { return Term::iri(v::term(ns, local)); }
Term typed(std::string value, std::string_view datatype) {
  return Term::typed(std::move(value), v::term(v::xsd, datatype));
}
Term count(std::size_t n) { return typed(std::to_string(n), "nonNegativeInteger"); }
Term decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return typed(buffer, "decimal");
}
Term date_term(const std::string& date) {
  std::string_view type = date.size() == 10 ? "date" : date.size() == 7 ? "gYearMonth" : "gYear";
  return typed(date, type);
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

// Emits statements about one subject at a time in one graph (the article's
// or the shared entity graph), each statement once per article: a span that
// is both an entity's mention and a fact's evidence, or two readings of one
// entity, would otherwise repeat statements.
class GraphWriter {
 public:
  GraphWriter(rdf::QuadSink& sink, Term graph) : sink_(sink), graph_(std::move(graph)) {}

  void graph(Term graph) { graph_ = std::move(graph); }
  void subject(Term subject) { subject_ = std::move(subject); }
  void add(Term predicate, Term object) {
    std::string key;
    for (const Term* term : {&graph_, &subject_, &predicate, &object}) {
      key += static_cast<char>('0' + static_cast<int>(term->kind));
      key += term->value;
      key += '\x1F';
      key += term->datatype;
      key += '\x1F';
      key += term->language;
      key += '\x1E';
    }
    if (!written_.insert(std::move(key)).second) return;
    sink_.take({graph_, subject_, std::move(predicate), std::move(object)});
  }
  void add(std::string_view ns, std::string_view local, const Term& object) { add(iri(ns, local), object); }
  void type(std::string_view ns, std::string_view local) { add(Term::iri(v::rdf_type), iri(ns, local)); }

 private:
  rdf::QuadSink& sink_;
  Term graph_;
  Term subject_;
  std::unordered_set<std::string> written_;
};

class ArticleMapper {
 public:
  ArticleMapper(const ingest::Article& article, const extract::Extraction& extraction,
                const GraphOptions& options, rdf::QuadSink& sink)
      : article_(article),
        extraction_(extraction),
        base_(options.base),
        article_iri_(article_iri(options.base, article.url, article.text)),
        offsets_(article.text),
        evidence_(options.evidence),
        min_confidence_(options.min_confidence),
        out_(sink, Term::iri(article_iri_)) {
    for (const auto& entity : extraction.entities) {
      naming_.push_back(name_entity(entity, base_));
      entity_iris_.push_back(naming_.back().iri);
    }
  }

  // The entity descriptions first (in the shared graph), then what the article says.
  void write() {
    out_.graph(Term::iri(entity_graph_iri(base_)));
    for (std::size_t i = 0; i < extraction_.entities.size(); ++i) write_entity(i);
    out_.graph(Term::iri(article_iri_));
    write_article_node();
    write_provenance();
    if (evidence_ == Evidence::all) {
      for (std::size_t i = 0; i < extraction_.entities.size(); ++i)
        for (const auto& mention : extraction_.entities[i].mentions) write_mention(mention, entity_iris_[i]);
    }
    for (const auto& role : extraction_.roles)
      if (keep(role.confidence)) write_role(role);
    for (const auto& date : extraction_.dates) write_date(date);
    for (const auto& statement : extraction_.statements)
      if (keep(statement.confidence)) write_statement(statement);
    for (const auto& meeting : extraction_.meetings)
      if (keep(meeting.confidence)) write_meeting(meeting);
    for (const auto& proposal : extraction_.proposals)
      if (keep(proposal.confidence)) write_proposal(proposal);
  }

 private:
  std::string span_text(std::size_t begin, std::size_t end) const {
    return article_.text.substr(begin, end - begin);
  }

  void write_article_node() {
    out_.subject(Term::iri(article_iri_));
    out_.type(v::schema, "NewsArticle");
    out_.type(v::prov, "Entity");
    out_.add(v::schema, "headline", Term::literal(article_.title));
    if (!article_.date.empty()) out_.add(v::schema, "datePublished", typed(article_.date, "date"));
    if (!article_.id.empty()) out_.add(v::schema, "identifier", Term::literal(article_.id));
    std::string url = escape_iri(article_.url.substr(0, article_.url.find('#')));
    if (url == article_iri_) out_.add(v::schema, "url", Term::iri(url));
    if (extraction_.publisher) out_.add(v::schema, "publisher", Term::iri(entity_iris_[*extraction_.publisher]));
    else if (!article_.source.empty()) out_.add(v::nkg, "publisherName", Term::literal(article_.source));
    if (article_.dateline) {
      const auto& dateline = *article_.dateline;
      out_.add(v::nkg, "dateline", Term::literal(std::string(text::trim(dateline.span.of(article_.text)))));
      if (extraction_.dateline_place)
        out_.add(v::nkg, "datelinePlace", Term::iri(entity_iris_[*extraction_.dateline_place]));
    }
    out_.add(v::nkg, "characterCount", count(offsets_.size()));
    out_.add(v::nkg, "extraction", Term::iri(activity_iri()));
    // Entities the text names; a country known only from a demonym is not one.
    for (std::size_t i = 0; i < entity_iris_.size(); ++i)
      if (!extraction_.entities[i].mentions.empty()) out_.add(v::schema, "mentions", Term::iri(entity_iris_[i]));
  }

  std::string activity_iri() const {
    return base_ + "extraction/" + stable_hash(article_iri_ + "\n" + std::string(version));
  }
  std::string agent_iri() const { return base_ + "software/newskg-" + std::string(version); }

  void write_provenance() {
    out_.subject(Term::iri(activity_iri()));
    out_.type(v::prov, "Activity");
    out_.add(v::prov, "used", Term::iri(article_iri_));
    out_.add(v::prov, "wasAssociatedWith", Term::iri(agent_iri()));
    // The software agent and the date nodes are the same in every article:
    // described in the shared graph, like entities.
    out_.graph(Term::iri(entity_graph_iri(base_)));
    out_.subject(Term::iri(agent_iri()));
    out_.type(v::prov, "SoftwareAgent");
    out_.type(v::schema, "SoftwareApplication");
    out_.add(v::schema, "name", Term::literal(std::string(tool_name)));
    out_.add(v::schema, "softwareVersion", Term::literal(std::string(version)));
    out_.graph(Term::iri(article_iri_));
  }

  bool keep(double confidence) const { return confidence + 1e-9 >= min_confidence_; }
  bool fact_evidence() const { return evidence_ != Evidence::none; }

  // The entity's description in the shared graph: nothing that depends on the
  // article but the alternate names it uses (each statement is the same
  // wherever it is written).
  void write_entity(std::size_t index) {
    const auto& entity = extraction_.entities[index];
    const EntityNaming& naming = naming_[index];
    out_.subject(Term::iri(naming.iri));
    out_.type(v::schema, kind_class(entity.kind));
    for (const auto& type : entity.types) out_.add(Term::iri(v::rdf_type), Term::iri(type));
    out_.add(v::schema, "name", Term::literal(naming.name));
    for (const auto& alias : naming.alternates) out_.add(v::schema, "alternateName", Term::literal(alias));
    for (const auto& same : entity.same_as) out_.add(v::schema, "sameAs", Term::iri(same));
  }

  std::string write_mention(const extract::Evidence& mention, const std::string& denotes) {
    std::size_t begin = offsets_.at(mention.begin), end = offsets_.at(mention.end);
    std::string mention_node = mention_iri(article_iri_, begin, end);
    out_.subject(Term::iri(mention_node));
    out_.type(v::nif, "Phrase");
    out_.type(v::nkg, "Mention");
    out_.add(v::nif, "beginIndex", count(begin));
    out_.add(v::nif, "endIndex", count(end));
    out_.add(v::nif, "anchorOf", Term::literal(span_text(mention.begin, mention.end)));
    out_.add(v::nif, "referenceContext", Term::iri(article_iri_));
    out_.add(v::itsrdf, "taIdentRef", Term::iri(denotes));
    out_.add(v::nkg, "sentenceIndex", count(mention.sentence));
    out_.add(v::nkg, "confidence", decimal(mention.confidence));
    out_.add(v::nkg, "rule", Term::literal(mention.rule.empty() ? "unspecified" : mention.rule));
    return mention_node;
  }

  void write_role(const extract::Role& role) {
    std::string key = entity_iris_[role.person] + "\n" + role.title + "\n" +
                      (role.organization ? entity_iris_[*role.organization] : std::string());
    std::string role_iri = base_ + "role/" + stable_hash(key);
    out_.subject(Term::iri(role_iri));
    out_.type(v::nkg, "RoleAssignment");
    out_.type(v::org, "Membership");
    out_.add(v::org, "member", Term::iri(entity_iris_[role.person]));
    if (role.organization) out_.add(v::org, "organization", Term::iri(entity_iris_[*role.organization]));
    out_.add(v::nkg, "title", Term::literal(role.title));
    if (!role.date.empty()) out_.add(v::nkg, "observedOn", date_term(role.date));
    out_.add(v::nkg, "confidence", decimal(role.confidence));
    if (!fact_evidence()) return;
    std::vector<std::string> evidence;
    for (const auto& mention : role.evidence)
      evidence.push_back(mention_iri(article_iri_, offsets_.at(mention.begin), offsets_.at(mention.end)));
    for (const auto& node : evidence) out_.add(v::nkg, "evidence", Term::iri(node));
    for (const auto& mention : role.evidence) write_mention(mention, role_iri);
  }

  void write_date(const extract::DateValue& date) {
    std::string date_iri = base_ + "date/" + date.value;
    if (date.granularity == "week") date_iri += "-week";
    out_.graph(Term::iri(entity_graph_iri(base_)));
    out_.subject(Term::iri(date_iri));
    out_.type(v::nkg, "Date");
    out_.add(v::nkg, "value", date.granularity == "week" ? typed(date.value, "date") : date_term(date.value));
    out_.add(v::nkg, "granularity", Term::literal(date.granularity));
    out_.graph(Term::iri(article_iri_));
    if (evidence_ != Evidence::all) return;
    for (const auto& mention : date.mentions) write_mention(mention, date_iri);
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
    out_.subject(Term::iri(node));
    out_.type(v::nkg, "Meeting");
    out_.type(v::schema, "Event");
    out_.type(v::sem, "Event");
    out_.add(v::nkg, "meetingKind", iri(v::nkgc, meeting.kind));
    for (auto id : meeting.participants) out_.add(v::schema, "attendee", Term::iri(entity_iris_[id]));
    if (!meeting.date.empty()) out_.add(v::schema, "startDate", date_term(meeting.date));
    if (meeting.place) out_.add(v::schema, "location", Term::iri(entity_iris_[*meeting.place]));
    out_.add(v::nkg, "online", typed(meeting.online ? "true" : "false", "boolean"));
    out_.add(v::nkg, "status", iri(v::nkgc, meeting.planned ? "planned" : "held"));
    out_.add(v::nkg, "confidence", decimal(meeting.confidence));
    if (!fact_evidence()) return;
    for (const auto& evidence : meeting.evidence)
      out_.add(v::nkg, "evidence",
               Term::iri(mention_iri(article_iri_, offsets_.at(evidence.begin), offsets_.at(evidence.end))));
    for (const auto& evidence : meeting.evidence) write_mention(evidence, node);
  }

  void write_proposal(const extract::Proposal& proposal) {
    std::string proposer = proposal.proposer ? entity_iris_[*proposal.proposer] : std::string();
    std::string node = base_ + "proposal/" + stable_hash(proposer + "\n" + proposal.text);
    out_.subject(Term::iri(node));
    out_.type(v::nkg, "Proposal");
    out_.type(v::schema, "CreativeWork");
    if (!proposer.empty()) out_.add(v::nkg, "proposer", Term::iri(proposer));
    for (auto id : proposal.addressees) out_.add(v::nkg, "addressee", Term::iri(entity_iris_[id]));
    if (!proposal.topic.empty()) out_.add(v::schema, "about", Term::literal(proposal.topic));
    out_.add(v::schema, "text", Term::literal(proposal.text));
    out_.add(v::nkg, "modality", iri(v::nkgc, proposal.modality));
    if (proposal.forum && keep(extraction_.meetings[*proposal.forum].confidence))
      out_.add(v::nkg, "forum", Term::iri(meeting_iri(extraction_.meetings[*proposal.forum])));
    out_.add(v::nkg, "confidence", decimal(proposal.confidence));
    if (!fact_evidence()) return;
    out_.add(v::nkg, "evidence", Term::iri(mention_iri(article_iri_, offsets_.at(proposal.evidence.begin),
                                                        offsets_.at(proposal.evidence.end))));
    write_mention(proposal.evidence, node);
  }

  void write_statement(const extract::Statement& statement) {
    std::string speaker = statement.speaker ? entity_iris_[*statement.speaker] : std::string();
    std::string statement_iri = base_ + "statement/" + stable_hash(speaker + "\n" + statement.text);
    std::string evidence = mention_iri(article_iri_, offsets_.at(statement.quote.begin), offsets_.at(statement.quote.end));
    out_.subject(Term::iri(statement_iri));
    out_.type(v::nkg, "Statement");
    out_.type(v::schema, "Quotation");
    if (!speaker.empty()) out_.add(v::schema, "creator", Term::iri(speaker));
    out_.add(v::schema, "text", Term::literal(statement.text));
    if (!statement.verb.empty()) out_.add(v::nkg, "speechVerb", Term::literal(statement.verb));
    if (!statement.date.empty()) out_.add(v::schema, "dateCreated", date_term(statement.date));
    out_.add(v::nkg, "confidence", decimal(statement.confidence));
    if (!fact_evidence()) return;
    out_.add(v::nkg, "evidence", Term::iri(evidence));
    write_mention(statement.quote, statement_iri);
  }

  const ingest::Article& article_;
  const extract::Extraction& extraction_;
  std::string base_;
  std::string article_iri_;
  text::CodePointIndex offsets_;
  Evidence evidence_;
  double min_confidence_;
  GraphWriter out_;
  std::vector<EntityNaming> naming_;
  std::vector<std::string> entity_iris_;
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
