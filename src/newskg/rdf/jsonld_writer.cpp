// Compact JSON-LD streamed through RapidJSON's SAX Writer: one node object per
// subject, one {"@id": graph, "@graph": [...]} object per named graph.
#include "newskg/rdf/jsonld_writer.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <iterator>
#include <ostream>
#include <utility>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/rdf/vocab.hpp"

namespace newskg::rdf {
namespace {

struct PrefixDefinition {
  std::string name;
  std::string iri;
};

std::vector<PrefixDefinition> read_prefixes(const rapidjson::Document& context) {
  std::vector<PrefixDefinition> prefixes;
  const auto& definitions = context["@context"];
  for (auto it = definitions.MemberBegin(); it != definitions.MemberEnd(); ++it) {
    if (!it->value.IsString())
      throw Error(Status::bad_syntax, "JSON-LD context: term \"" +
                                          std::string(it->name.GetString()) +
                                          "\" must map to an IRI string (prefixes only)");
    prefixes.push_back({it->name.GetString(), it->value.GetString()});
  }
  // Longest namespace first, so that the most specific prefix wins.
  std::stable_sort(prefixes.begin(), prefixes.end(),
                   [](const auto& a, const auto& b) { return a.iri.size() > b.iri.size(); });
  return prefixes;
}

class JsonLdWriter final : public QuadSink {
 public:
  JsonLdWriter(std::ostream& out, std::string_view context_json, std::string context_url)
      : out_(out), json_(buffer_), context_url_(std::move(context_url)) {
    json_.SetIndent(' ', 2);
    context_.Parse(context_json.data(), context_json.size());
    if (context_.HasParseError() || !context_.IsObject() || !context_.HasMember("@context") ||
        !context_["@context"].IsObject())
      throw Error(Status::bad_syntax, "JSON-LD context is not an object with \"@context\"");
    prefixes_ = read_prefixes(context_);
  }

  // What was written reaches the stream even without finish() (as when an export fails).
  ~JsonLdWriter() override { drain(); }
  JsonLdWriter(const JsonLdWriter&) = delete;
  JsonLdWriter& operator=(const JsonLdWriter&) = delete;

  void prefix(std::string_view, std::string_view) override {}  // the context defines prefixes

  void quad(const Quad& q) override { add(q); }
  void take(Quad&& q) override { add(std::move(q)); }

  void finish() override {
    start_document();
    flush_node();
    close_graph();
    json_.EndArray();
    json_.EndObject();
    buffer_.Put('\n');
    drain();
    out_.flush();
    if (!json_.IsComplete()) throw Error(Status::internal, "JSON-LD document left incomplete");
    if (!out_) throw Error(Status::io_error, "could not write the output");
  }

 private:
  // Statements of one node come together: a graph or subject equal to the
  // last one's was found compactable with it.
  template <class Statement>
  void add(Statement&& q) {
    checker_.check(q);
    bool same_graph = started_ && q.graph == graph_;
    bool same_node = same_graph && q.subject == subject_;
    bool is_type = q.predicate.value == vocab::rdf_type && q.object.is_iri();
    // Refuse now what could not be written later, so a refused statement
    // never leaves a half-written node behind.
    if (!same_graph && q.graph.is_iri()) check_compactable(q.graph.value);
    if (!same_node && q.subject.is_iri()) check_compactable(q.subject.value);
    compact_term(q.predicate.value);
    if (is_type) compact_term(q.object.value);
    else if (q.object.is_iri()) check_compactable(q.object.value);
    if (q.object.is_literal() && !q.object.datatype.empty()) compact_term(q.object.datatype);

    start_document();
    if (!same_node) flush_node();
    if (!same_graph) {
      close_graph();
      open_graph(q.graph);
    }
    if (!same_node) subject_ = std::forward<Statement>(q).subject;  // q.subject is not read again
    if (is_type) {
      if (used_types_ == types_.size()) types_.emplace_back();
      types_[used_types_++] = std::forward<Statement>(q).object.value;
      return;
    }
    auto end = properties_.begin() + static_cast<std::ptrdiff_t>(used_properties_);
    auto match = std::find_if(properties_.begin(), end, [&](const auto& p) { return p.predicate == q.predicate.value; });
    if (match == end) {
      if (used_properties_ == properties_.size()) properties_.emplace_back();
      match = properties_.begin() + static_cast<std::ptrdiff_t>(used_properties_++);
      match->predicate = q.predicate.value;
    }
    match->objects.push_back(std::forward<Statement>(q).object);
  }

  void start_document() {
    if (started_) return;
    started_ = true;
    json_.StartObject();
    key("@context");
    if (context_url_.empty())
      context_["@context"].Accept(json_);
    else
      string(context_url_);
    key("@graph");
    json_.StartArray();
  }

  void open_graph(const Term& graph) {
    graph_ = graph;
    if (graph.is_none()) return;
    json_.StartObject();
    key("@id");
    string(node_id(graph));
    key("@graph");
    json_.StartArray();
  }

  void close_graph() {
    if (graph_.is_none()) return;
    json_.EndArray();
    json_.EndObject();
    graph_ = Term{};
  }

  void flush_node() {
    if (subject_.is_none()) return;
    json_.StartObject();
    key("@id");
    string(node_id(subject_));
    if (used_types_ > 0) {
      key("@type");
      if (used_types_ > 1) json_.StartArray();
      for (std::size_t i = 0; i < used_types_; ++i) string(compact_term(types_[i]));
      if (used_types_ > 1) json_.EndArray();
    }
    for (std::size_t i = 0; i < used_properties_; ++i) {
      auto& [predicate, objects] = properties_[i];
      key(compact_term(predicate));
      if (objects.size() > 1) json_.StartArray();
      for (const auto& object : objects) value(object);
      if (objects.size() > 1) json_.EndArray();
      objects.clear();
    }
    json_.EndObject();
    subject_.kind = TermKind::none;  // its buffer kept for the next subject
    subject_.value.clear();
    used_types_ = 0;
    used_properties_ = 0;
    if (buffer_.GetSize() >= drain_bytes) drain();
  }

  // Moves the buffered bytes to the stream (RapidJSON's OStreamWrapper
  // would call ostream::put for every character).
  void drain() {
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    buffer_.Clear();
  }

  void value(const Term& object) {
    if (object.is_literal() && object.language.empty() &&
        (object.datatype.empty() || object.datatype == vocab::xsd_string)) {
      string(object.value);  // a plain JSON string is an xsd:string literal
      return;
    }
    json_.StartObject();
    if (!object.is_literal()) {
      key("@id");
      string(node_id(object));
    } else {
      key("@value");
      string(object.value);
      if (!object.language.empty()) {
        key("@language");
        string(object.language);
      } else if (!object.datatype.empty() && object.datatype != vocab::xsd_string) {
        key("@type");
        string(compact_term(object.datatype));
      }
    }
    json_.EndObject();
  }

  // The compact form of a predicate, class or datatype: a few dozen IRIs,
  // each in very many statements, found compactable (or refused, as by
  // check_compactable) and compacted once.
  std::string_view compact_term(const std::string& iri) {
    CompactIri& known = vocabulary_[(iri.size() * 31 + (iri.empty() ? 0 : static_cast<unsigned char>(iri.back()))) %
                                    std::size(vocabulary_)];
    if (known.iri != iri) {
      check_compactable(iri);
      known.compact = compact(iri);
      known.iri = iri;
    }
    return known.compact;
  }

  // The text of a node's "@id", valid until the next call of node_id, compact or compact_term.
  std::string_view node_id(const Term& node) {
    if (!node.is_blank()) return compact(node.value);
    compacted_.assign("_:").append(node.value);
    return compacted_;
  }

  // The prefix that shortens `iri`, or none.
  const PrefixDefinition* prefix_of(std::string_view iri) const {
    for (const auto& prefix : prefixes_) {
      std::string_view ns = prefix.iri;
      if (iri.size() <= ns.size()) continue;
      // The namespace's last byte ('#' or '/') first: it tells most namespaces apart.
      if (!ns.empty() && iri[ns.size() - 1] != ns.back()) continue;
      if (iri.substr(0, ns.size()) == ns && iri.substr(ns.size(), 2) != "//") return &prefix;
    }
    return nullptr;
  }

  // Throws unless compact() can write `iri`: an IRI no prefix shortens is
  // written whole, unless JSON-LD would read its scheme as one of our prefixes.
  void check_compactable(std::string_view iri) const {
    if (prefix_of(iri)) return;
    std::size_t colon = iri.find(':');
    std::string_view scheme = iri.substr(0, colon);
    bool clashes = std::any_of(prefixes_.begin(), prefixes_.end(),
                               [&](const auto& p) { return p.name == scheme; });
    if (clashes && iri.substr(colon + 1, 2) != "//")
      throw Error(Status::bad_argument, "IRI <" + std::string(iri) + "> would be read as a compact IRI in JSON-LD");
  }

  // "http://schema.org/name" -> "schema:name", or the IRI whole (checked by
  // add() already); valid until the next call of compact, compact_term or node_id.
  std::string_view compact(std::string_view iri) {
    const PrefixDefinition* prefix = prefix_of(iri);
    if (!prefix) return iri;
    compacted_.assign(prefix->name).append(1, ':').append(iri.substr(prefix->iri.size()));
    return compacted_;
  }

  void key(std::string_view text) { json_.Key(text.data(), static_cast<rapidjson::SizeType>(text.size())); }
  void string(std::string_view text) {
    json_.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  }

  static constexpr std::size_t drain_bytes = 64 << 10;
  std::ostream& out_;
  rapidjson::StringBuffer buffer_;  // declared before json_, which writes into it
  rapidjson::PrettyWriter<rapidjson::StringBuffer> json_;
  rapidjson::Document context_;
  std::string context_url_;
  std::vector<PrefixDefinition> prefixes_;
  bool started_ = false;
  Term graph_;
  Term subject_;
  // The node's classes and its other properties, in the order first seen: the
  // first used_types_ and used_properties_; the others are left from earlier
  // nodes, kept for their buffers.
  struct Property {
    std::string predicate;
    std::vector<Term> objects;
  };
  std::vector<std::string> types_;
  std::size_t used_types_ = 0;
  std::vector<Property> properties_;
  std::size_t used_properties_ = 0;
  QuadChecker checker_;
  std::string compacted_;  // compact()'s and node_id()'s last result
  // compact_term()'s IRIs with their compact forms, each in the slot its
  // length and last byte pick.
  struct CompactIri {
    std::string iri, compact;
  };
  CompactIri vocabulary_[64];
};

}  // namespace

std::unique_ptr<QuadSink> make_jsonld_writer(std::ostream& out, std::string_view context_json,
                                             std::string context_url) {
  return std::make_unique<JsonLdWriter>(out, context_json, std::move(context_url));
}

}  // namespace newskg::rdf
