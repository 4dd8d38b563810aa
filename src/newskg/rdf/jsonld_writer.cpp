// Compact JSON-LD streamed through RapidJSON's SAX Writer: one node object per
// subject, one {"@id": graph, "@graph": [...]} object per named graph.
#include "newskg/rdf/jsonld_writer.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
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
      : stream_(out), out_(out), json_(stream_), context_url_(std::move(context_url)) {
    json_.SetIndent(' ', 2);
    context_.Parse(context_json.data(), context_json.size());
    if (context_.HasParseError() || !context_.IsObject() || !context_.HasMember("@context") ||
        !context_["@context"].IsObject())
      throw Error(Status::bad_syntax, "JSON-LD context is not an object with \"@context\"");
    prefixes_ = read_prefixes(context_);
  }

  void prefix(std::string_view, std::string_view) override {}  // the context defines prefixes

  void quad(const Quad& q) override {
    check_quad(q);
    // Refuse now what could not be written later, so a refused statement
    // never leaves a half-written node behind.
    for (const Term* term : {&q.graph, &q.subject, &q.predicate, &q.object})
      if (term->is_iri()) compact(term->value);
    if (q.object.is_literal() && !q.object.datatype.empty()) compact(q.object.datatype);
    start_document();
    if (q.graph != graph_ || q.subject != subject_) flush_node();
    if (q.graph != graph_) {
      close_graph();
      open_graph(q.graph);
    }
    subject_ = q.subject;
    if (q.predicate.value == vocab::rdf_type && q.object.is_iri()) {
      types_.push_back(q.object.value);
      return;
    }
    auto match = std::find_if(properties_.begin(), properties_.end(),
                              [&](const auto& p) { return p.first == q.predicate.value; });
    if (match == properties_.end()) {
      properties_.emplace_back(q.predicate.value, std::vector<Term>{});
      match = std::prev(properties_.end());
    }
    match->second.push_back(q.object);
  }

  void finish() override {
    start_document();
    flush_node();
    close_graph();
    json_.EndArray();
    json_.EndObject();
    out_ << '\n';
    out_.flush();
    if (!json_.IsComplete()) throw Error(Status::internal, "JSON-LD document left incomplete");
    if (!out_) throw Error(Status::io_error, "could not write the output");
  }

 private:
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
    if (!types_.empty()) {
      key("@type");
      if (types_.size() > 1) json_.StartArray();
      for (const auto& type : types_) string(compact(type));
      if (types_.size() > 1) json_.EndArray();
    }
    for (const auto& [predicate, objects] : properties_) {
      key(compact(predicate));
      if (objects.size() > 1) json_.StartArray();
      for (const auto& object : objects) value(object);
      if (objects.size() > 1) json_.EndArray();
    }
    json_.EndObject();
    subject_ = Term{};
    types_.clear();
    properties_.clear();
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
        string(compact(object.datatype));
      }
    }
    json_.EndObject();
  }

  std::string node_id(const Term& node) const {
    return node.is_blank() ? "_:" + node.value : compact(node.value);
  }

  // "http://schema.org/name" -> "schema:name"; an IRI no prefix shortens is
  // written whole, unless JSON-LD would read its scheme as one of our prefixes.
  std::string compact(const std::string& iri) const {
    for (const auto& prefix : prefixes_) {
      if (iri.size() > prefix.iri.size() && iri.compare(0, prefix.iri.size(), prefix.iri) == 0 &&
          iri.compare(prefix.iri.size(), 2, "//") != 0)
        return prefix.name + ":" + iri.substr(prefix.iri.size());
    }
    std::size_t colon = iri.find(':');
    std::string scheme = iri.substr(0, colon);
    bool clashes = std::any_of(prefixes_.begin(), prefixes_.end(),
                               [&](const auto& p) { return p.name == scheme; });
    if (clashes && iri.compare(colon + 1, 2, "//") != 0)
      throw Error(Status::bad_argument, "IRI <" + iri + "> would be read as a compact IRI in JSON-LD");
    return iri;
  }

  void key(std::string_view text) { json_.Key(text.data(), static_cast<rapidjson::SizeType>(text.size())); }
  void string(std::string_view text) {
    json_.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  }

  rapidjson::OStreamWrapper stream_;
  std::ostream& out_;
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> json_;
  rapidjson::Document context_;
  std::string context_url_;
  std::vector<PrefixDefinition> prefixes_;
  bool started_ = false;
  Term graph_;
  Term subject_;
  std::vector<std::string> types_;
  std::vector<std::pair<std::string, std::vector<Term>>> properties_;
};

}  // namespace

std::unique_ptr<QuadSink> make_jsonld_writer(std::ostream& out, std::string_view context_json,
                                             std::string context_url) {
  return std::make_unique<JsonLdWriter>(out, context_json, std::move(context_url));
}

}  // namespace newskg::rdf
