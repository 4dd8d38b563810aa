#include "newskg/rdf/jsonld_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/gzip.hpp"
#include "newskg/json_depth.hpp"
#include "newskg/rdf/jsonld_writer.hpp"
#include "newskg/rdf/vocab.hpp"

namespace newskg::rdf {
namespace {

const std::string xsd_boolean = vocab::term(vocab::xsd, "boolean");
const std::string xsd_integer = vocab::term(vocab::xsd, "integer");
const std::string xsd_double = vocab::term(vocab::xsd, "double");

// A semantic error found by the handler; the parser adds the line.
struct Refusal {
  std::string message;
};

enum class FrameKind { node, context, graph_array, property_array, type_array, value };

struct Frame {
  FrameKind kind;
  std::string key;  // node, context, value: the key just read; property_array: the predicate
  // node
  bool top = false;
  std::optional<Term> id;
  Term graph;  // node: the graph its statements go to; graph_array: the graph it fills
  bool single = false;  // graph_array standing for "@graph": {one node}
  std::vector<std::string> types;
  std::vector<std::pair<std::string, Term>> properties;
  // value object
  std::string predicate;
  std::optional<std::string> v_id, v_value, v_type, v_language;
  std::string v_implied_type;  // of a number or boolean @value
  bool v_null = false;
};

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler> {
 public:
  Handler(QuadSink& sink, std::string blank_prefix) : sink_(sink), blank_prefix_(std::move(blank_prefix)) {}

  bool StartObject() { return guard([&] { start_object(); }); }
  bool EndObject(rapidjson::SizeType) { return guard([&] { end_object(); }); }
  bool StartArray() { return guard([&] { start_array(); }); }
  bool EndArray(rapidjson::SizeType) {
    return guard([&] {
      Frame frame = pop();
      if (frame.kind == FrameKind::graph_array && frame.top) done_ = true;
    });
  }
  bool Key(const char* text, rapidjson::SizeType length, bool) {
    return guard([&] {
      if (stack_.empty()) refuse("unexpected key");
      stack_.back().key.assign(text, length);
    });
  }
  bool String(const char* text, rapidjson::SizeType length, bool) {
    return guard([&] { scalar(std::string(text, length), {}, true); });
  }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool) {
    return guard([&] {
      std::string lexical(text, length);
      bool integer = lexical.find_first_of(".eE") == std::string::npos;
      scalar(lexical, integer ? xsd_integer : xsd_double, false);
    });
  }
  bool Bool(bool value) { return guard([&] { scalar(value ? "true" : "false", xsd_boolean, false); }); }
  bool Null() { return guard([&] { null(); }); }

  const std::string& refusal() const { return refusal_; }

 private:
  template <typename F>
  bool guard(F&& step) {
    try {
      step();
      return true;
    } catch (const Refusal& refusal) {
      refusal_ = refusal.message;
    } catch (const Error& error) {
      refusal_ = error.message();
    }
    return false;
  }

  [[noreturn]] static void refuse(std::string message) { throw Refusal{std::move(message)}; }

  Frame& top() { return stack_.back(); }
  Frame pop() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    return frame;
  }
  void push(FrameKind kind) {
    stack_.emplace_back();
    stack_.back().kind = kind;
  }

  // The nearest node below stack position `index`: the node a value belongs to.
  Frame& owner_below(std::size_t index) {
    for (std::size_t i = index; i-- > 0;)
      if (stack_[i].kind == FrameKind::node) return stack_[i];
    refuse("a value outside any node");
  }

  void start_object() {
    if (done_) refuse("content after the document");
    if (stack_.empty()) {
      push(FrameKind::node);
      top().top = true;
      return;
    }
    Frame& frame = top();
    switch (frame.kind) {
      case FrameKind::node: {
        const std::string& key = frame.key;
        if (key == "@context") {
          if (!frame.top) refuse("a @context inside a node is not supported");
          if (expanded_any_) refuse("the @context must come before the @graph");
          push(FrameKind::context);
        } else if (key == "@graph") {
          Term graph = graph_named_by(frame);
          push(FrameKind::graph_array);
          top().graph = graph;
          top().single = true;
          push(FrameKind::node);
          top().graph = graph;
        } else if (!key.empty() && key[0] == '@') {
          refuse("\"" + key + "\" with an object value is not supported");
        } else {
          std::string predicate = expand(key);
          push(FrameKind::value);
          top().predicate = std::move(predicate);
        }
        return;
      }
      case FrameKind::graph_array: {
        Term graph = frame.graph;
        push(FrameKind::node);
        top().graph = graph;
        return;
      }
      case FrameKind::property_array: {
        std::string predicate = frame.key;
        push(FrameKind::value);
        top().predicate = std::move(predicate);
        return;
      }
      case FrameKind::context: refuse("context term \"" + frame.key + "\": only prefix definitions are supported");
      case FrameKind::type_array: refuse("@type values must be strings");
      case FrameKind::value: refuse("a value object inside a value object");
    }
  }

  void end_object() {
    Frame frame = pop();
    switch (frame.kind) {
      case FrameKind::context: return;
      case FrameKind::node:
        emit(frame);
        if (frame.top) done_ = true;
        if (!stack_.empty() && top().kind == FrameKind::graph_array && top().single) pop();
        return;
      case FrameKind::value: {
        if (frame.v_null) return;
        Term term;
        if (frame.v_value) {
          if (frame.v_id) refuse("a value object with both @id and @value");
          if (frame.v_language && frame.v_type) refuse("a value object with both @type and @language");
          if (frame.v_language)
            term = Term::lang(*frame.v_value, *frame.v_language);
          else if (frame.v_type)
            term = Term::typed(*frame.v_value, expand(*frame.v_type));
          else
            term = Term::typed(*frame.v_value, frame.v_implied_type);
          if (term.datatype == vocab::xsd_string) term.datatype.clear();
        } else if (frame.v_id) {
          if (frame.v_type || frame.v_language) refuse("an {\"@id\"} value with @type or @language");
          term = node_term(*frame.v_id);
        } else {
          refuse("a value object needs @id or @value (embedded nodes are not supported)");
        }
        owner_below(stack_.size()).properties.emplace_back(std::move(frame.predicate), std::move(term));
        return;
      }
      default: refuse("unbalanced object");
    }
  }

  void start_array() {
    if (stack_.empty()) {
      push(FrameKind::graph_array);  // a top-level array of nodes
      top().top = true;
      return;
    }
    Frame& frame = top();
    if (frame.kind != FrameKind::node) refuse("nested arrays are not supported");
    const std::string& key = frame.key;
    if (key == "@graph") {
      Term graph = graph_named_by(frame);
      push(FrameKind::graph_array);
      top().graph = graph;
    } else if (key == "@type") {
      push(FrameKind::type_array);
    } else if (!key.empty() && key[0] == '@') {
      refuse("\"" + key + "\" with an array value is not supported");
    } else {
      std::string predicate = expand(key);
      push(FrameKind::property_array);
      top().key = std::move(predicate);
    }
  }

  // A string, number or boolean; `is_string` tells strings from the others.
  void scalar(const std::string& lexical, const std::string& implied_type, bool is_string) {
    if (stack_.empty()) refuse("the document is not an object");
    Frame& frame = top();
    switch (frame.kind) {
      case FrameKind::context:
        if (!is_string) refuse("context term \"" + frame.key + "\" must map to an IRI string");
        if (!frame.key.empty() && frame.key[0] == '@') refuse("\"" + frame.key + "\" in a context is not supported");
        prefixes_[frame.key] = lexical;
        return;
      case FrameKind::node: {
        const std::string& key = frame.key;
        if (key == "@id") {
          if (!is_string) refuse("@id must be a string");
          frame.id = node_term(lexical);
        } else if (key == "@type") {
          if (!is_string) refuse("@type must be a string");
          frame.types.push_back(expand(lexical));
        } else if (key == "@context") {
          if (!frame.top) refuse("a @context inside a node is not supported");
          if (expanded_any_) refuse("the @context must come before the @graph");
          use_embedded_context();
        } else if (!key.empty() && key[0] == '@') {
          refuse("\"" + key + "\" is not supported");
        } else {
          frame.properties.emplace_back(expand(key), literal(lexical, implied_type));
        }
        return;
      }
      case FrameKind::type_array:
        if (!is_string) refuse("@type values must be strings");
        owner_below(stack_.size() - 1).types.push_back(expand(lexical));
        return;
      case FrameKind::property_array:
        owner_below(stack_.size() - 1).properties.emplace_back(frame.key, literal(lexical, implied_type));
        return;
      case FrameKind::value: {
        const std::string& key = frame.key;
        if (key == "@value") {
          frame.v_value = lexical;
          frame.v_implied_type = implied_type;
          return;
        }
        if (!is_string) refuse("\"" + key + "\" in a value object must be a string");
        if (key == "@id")
          frame.v_id = lexical;
        else if (key == "@type")
          frame.v_type = lexical;
        else if (key == "@language")
          frame.v_language = lexical;
        else
          refuse("\"" + key + "\" in a value object is not supported (embedded nodes are not read)");
        return;
      }
      case FrameKind::graph_array: refuse("@graph holds a string");
    }
  }

  void null() {
    if (stack_.empty()) refuse("the document is null");
    Frame& frame = top();
    if (frame.kind == FrameKind::value && frame.key == "@value") frame.v_null = true;
    // JSON-LD ignores null elsewhere (properties, array elements).
  }

  static Term literal(const std::string& lexical, const std::string& type) {
    return type.empty() ? Term::literal(lexical) : Term::typed(lexical, type);
  }

  Term graph_named_by(const Frame& node) {
    if (node.id) return *node.id;
    if (node.top) return {};
    refuse("a nested @graph needs the @id of its graph before it");
  }

  Term node_term(const std::string& text) {
    if (text.compare(0, 2, "_:") == 0) return Term::blank(blank_prefix_ + text.substr(2));
    return Term::iri(expand(text));
  }

  // "schema:name" -> "http://schema.org/name"; a full IRI stays as it is.
  std::string expand(const std::string& text) {
    expanded_any_ = true;
    std::size_t colon = text.find(':');
    if (colon == std::string::npos || colon == 0)
      refuse("\"" + text + "\" is neither a compact IRI with a prefix nor an absolute IRI");
    if (text.compare(colon + 1, 2, "//") != 0) {
      auto found = prefixes_.find(text.substr(0, colon));
      if (found != prefixes_.end()) return found->second + text.substr(colon + 1);
    }
    return text;
  }

  void use_embedded_context() {
    rapidjson::Document context;
    std::string_view json = embedded_context();
    context.Parse(json.data(), json.size());
    if (context.HasParseError() || !context.IsObject() || !context.HasMember("@context") ||
        !context["@context"].IsObject())
      throw Error(Status::internal, "the embedded JSON-LD context is not an object with \"@context\"");
    const auto& definitions = context["@context"];
    for (auto it = definitions.MemberBegin(); it != definitions.MemberEnd(); ++it)
      if (it->value.IsString()) prefixes_[it->name.GetString()] = it->value.GetString();
  }

  void emit(Frame& node) {
    if (node.types.empty() && node.properties.empty()) return;
    Term subject = node.id ? *node.id : Term::blank(blank_prefix_ + "jsonld" + std::to_string(++anonymous_));
    for (auto& type : node.types) {
      Quad quad{node.graph, subject, Term::iri(vocab::rdf_type), Term::iri(std::move(type))};
      sink_.take(std::move(quad));
    }
    for (auto& [predicate, object] : node.properties) {
      Quad quad{node.graph, subject, Term::iri(std::move(predicate)), std::move(object)};
      sink_.take(std::move(quad));
    }
  }

  QuadSink& sink_;
  std::string blank_prefix_;
  std::map<std::string, std::string> prefixes_;
  bool expanded_any_ = false;
  bool done_ = false;
  std::vector<Frame> stack_;
  std::size_t anonymous_ = 0;
  std::string refusal_;
};

constexpr unsigned parse_flags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;

template <typename Stream, typename LineOf>
void parse(Stream& stream, const std::string& name, QuadSink& sink, const std::string& blank_prefix,
           LineOf&& line_of) {
  Handler handler(sink, blank_prefix);
  DepthLimit<Handler> limited(handler);  // RapidJSON's reader recurses once per level
  rapidjson::Reader reader;
  rapidjson::ParseResult result = reader.Parse<parse_flags>(stream, limited);
  if (result) return;
  std::size_t line = line_of(result.Offset());
  std::string why = limited.too_deep()              ? json_too_deep_message()
                    : handler.refusal().empty() ? std::string("JSON: ") + rapidjson::GetParseError_En(result.Code())
                                                : "JSON-LD: " + handler.refusal();
  throw Error(Status::bad_syntax, why, {name, line});
}

std::size_t line_in_text(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace

void read_jsonld(std::string_view text, const std::string& name, QuadSink& sink, const std::string& blank_prefix) {
  rapidjson::MemoryStream memory(text.data(), text.size());
  parse(memory, name, sink, blank_prefix, [&](std::size_t offset) { return line_in_text(text, offset); });
}

namespace {

// RapidJSON's input stream concept over an InputFile (plain or gzip), read
// in blocks: FileReadStream's shape, for a file it cannot open.
class InputFileStream {
 public:
  using Ch = char;
  explicit InputFileStream(InputFile& file) : file_(file) { fill(); }
  Ch Peek() const { return *current_; }
  Ch Take() {
    Ch c = *current_;
    if (current_ + 1 < end_) {
      ++current_;
    } else {
      consumed_ += static_cast<std::size_t>(end_ - buffer_);
      fill();
    }
    return c;
  }
  std::size_t Tell() const { return consumed_ + static_cast<std::size_t>(current_ - buffer_); }
  // Never written to.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  void fill() {
    std::size_t got = done_ ? 0 : file_.read(buffer_, sizeof buffer_);
    if (got == 0) {  // RapidJSON reads '\0' as the end
      done_ = true;
      buffer_[0] = '\0';
      got = 1;
    }
    current_ = buffer_;
    end_ = buffer_ + got;
  }

  InputFile& file_;
  char buffer_[64 * 1024];
  const char* current_ = buffer_;
  const char* end_ = buffer_;
  std::size_t consumed_ = 0;
  bool done_ = false;
};

}  // namespace

void read_jsonld_file(const std::string& path, QuadSink& sink, const std::string& blank_prefix) {
  InputFile file(path);
  InputFileStream stream(file);
  try {
    parse(stream, path, sink, blank_prefix, [&](std::size_t offset) {
      // Count the lines up to the error by reading the file again.
      InputFile again(path);
      std::size_t line = 1;
      char block[64 * 1024];
      for (std::size_t seen = 0; seen < offset;) {
        std::size_t got = again.read(block, std::min(sizeof block, offset - seen));
        if (got == 0) break;
        line += static_cast<std::size_t>(std::count(block, block + got, '\n'));
        seen += got;
      }
      return line;
    });
  } catch (const Error&) {
    file.check();  // a damaged file is the cause, not the JSON it cut short
    throw;
  }
  file.check();
}

}  // namespace newskg::rdf
