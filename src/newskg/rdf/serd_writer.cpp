// Turtle, TriG, N-Triples and N-Quads through Serd's streaming writer.
#include <serd/serd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "newskg/error.hpp"
#include "newskg/rdf/serd_writer.hpp"
#include "newskg/rdf/vocab.hpp"

namespace newskg::rdf {
namespace {

struct EnvDeleter {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct WriterDeleter {
  void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
};

// Serd writes a literal with SERD_HAS_NEWLINE or SERD_HAS_QUOTE in Turtle's
// long form """...""", where it leaves quotes raw but escapes a final quote,
// a third quote in a row, '\\' and control characters other than \t \n \r \f.
// Serd's reader (0.30) takes the byte after a raw quote in a long string as
// a plain character, so a raw quote followed by an escape is misread: the
// value a"\b<newline> (one backslash), written """a"\\b<newline>""", reads
// back with two, and the value "" written """"\"""" does not parse. False
// for values whose long form would hold such a pair; those are written in the
// short form "...", where every quote is escaped (valid Turtle either way).
bool long_form_reads_back(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '"') continue;
    auto next = static_cast<unsigned char>(text[i + 1]);
    bool escaped = next == '"' || next == '\\' || next == 0x7F ||
                   (next < 0x20 && next != '\t' && next != '\n' && next != '\r' && next != '\f');
    if (escaped) return false;
  }
  return true;
}

// A SerdNode over all of `text`. Not serd_node_from_substring: it stops at the
// first NUL byte, so the literal "\u0000abc" would be written as "".
// Without `scan` the flags (which only Turtle and TriG read, to choose the
// long string form) and the character count (which Serd's writer never
// reads) are left 0, so the text is not read at all.
SerdNode node_of(SerdType type, const std::string& text, bool scan = true) {
  if (!scan) return SerdNode{reinterpret_cast<const uint8_t*>(text.c_str()), text.size(), 0, 0, type};
  SerdNodeFlags flags = 0;
  std::size_t n_chars = 0;
  for (unsigned char c : text) {
    if (c == '\n' || c == '\r') flags |= SERD_HAS_NEWLINE;
    if (c == '"') flags |= SERD_HAS_QUOTE;
    if ((c & 0xC0) != 0x80) ++n_chars;
  }
  if (type == SERD_LITERAL && flags && !long_form_reads_back(text)) flags = 0;
  return SerdNode{reinterpret_cast<const uint8_t*>(text.c_str()), text.size(), n_chars, flags,
                  type};
}

const std::string rdf_nil = std::string(vocab::rdf) + "nil";

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view unsigned_part(std::string_view text) {
  return !text.empty() && (text[0] == '+' || text[0] == '-') ? text.substr(1) : text;
}

// Serd's Turtle/TriG writer prints literals typed xsd:boolean and xsd:integer,
// and xsd:decimal ones holding a '.', bare (true, 42, 1.5) without checking
// the lexical form: "1"^^xsd:boolean became the integer 1, "1.5e3"^^xsd:decimal
// the double 1.5e3, and "No"^^xsd:boolean, "notnative"^^xsd:integer or
// ""^^xsd:integer were not Turtle at all. True when `lexical` is a valid bare
// Turtle token of exactly that datatype (BooleanLiteral, INTEGER, DECIMAL), so
// that writing it bare reads back as the same literal; also true for every
// other datatype, which Serd always quotes.
bool serd_may_abbreviate(std::string_view datatype, std::string_view lexical) {
  std::string_view xsd = vocab::xsd;
  if (datatype.size() <= xsd.size() || datatype.substr(0, xsd.size()) != xsd) return true;
  std::string_view local = datatype.substr(xsd.size());
  if (local == "boolean") return lexical == "true" || lexical == "false";
  if (local == "integer") return all_digits(unsigned_part(lexical));
  if (local == "decimal") {
    std::string_view number = unsigned_part(lexical);
    std::size_t dot = number.find('.');
    if (dot == std::string_view::npos) return true;  // Serd quotes these itself
    return (dot == 0 || all_digits(number.substr(0, dot))) && all_digits(number.substr(dot + 1));
  }
  return true;
}

SerdSyntax syntax_of(Format format) {
  switch (format) {
    case Format::turtle: return SERD_TURTLE;
    case Format::trig: return SERD_TRIG;
    case Format::ntriples: return SERD_NTRIPLES;
    case Format::nquads: return SERD_NQUADS;
    case Format::jsonld: break;
  }
  throw Error(Status::internal, "Serd cannot write JSON-LD");
}

class SerdQuadWriter final : public QuadSink {
 public:
  // `checked`: every statement has passed check_quad already (a VectorSink's have).
  SerdQuadWriter(Format format, std::ostream* out, bool checked = false)
      : checked_(checked),
        format_(format),
        out_(out),
        with_graphs_(format_has_graphs(format)),
        terse_(format == Format::turtle || format == Format::trig),
        env_(serd_env_new(nullptr)) {
    auto style = static_cast<SerdStyle>(terse_ ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
    writer_.reset(serd_writer_new(syntax_of(format), style, env_.get(), nullptr, &write_bytes, this));
    serd_writer_set_error_sink(writer_.get(), &on_error, this);
  }

  // What Serd wrote reaches the stream even without finish() (as when an export fails).
  ~SerdQuadWriter() override {
    writer_.reset();  // which may write the end of a statement
    drain();
  }
  SerdQuadWriter(const SerdQuadWriter&) = delete;
  SerdQuadWriter& operator=(const SerdQuadWriter&) = delete;

  void prefix(std::string_view name, std::string_view iri) override {
    std::string name_text(name), iri_text(iri);
    SerdNode name_node = node_of(SERD_LITERAL, name_text);
    SerdNode iri_node = node_of(SERD_URI, iri_text);
    check(serd_env_set_prefix(env_.get(), &name_node, &iri_node), "prefix");
    check(serd_writer_set_prefix(writer_.get(), &name_node, &iri_node), "prefix");
  }

  void quad(const Quad& q) override {
    if (!checked_) checker_.check(q);
    // Buffers for nodes handed to Serd unabbreviated (see hide_from_strcmp).
    std::string graph_text, predicate_text, datatype_text;
    SerdNode graph = with_graphs_ && !q.graph.is_none() ? node_for(q.graph) : SERD_NODE_NULL;
    SerdNode subject = node_for(q.subject);
    SerdNode predicate = node_for(q.predicate);
    SerdNode object = node_for(q.object, terse_);
    SerdNode datatype = SERD_NODE_NULL;
    SerdNode language = SERD_NODE_NULL;
    if (terse_) {
      // Serd writes rdf:nil as "()" wherever it stands, but a collection may
      // not be a predicate or a graph name: "<s> () <o> ." and "() { ... }"
      // do not parse. Subject and object "()" are fine.
      if (q.predicate.value == rdf_nil)
        predicate = hide_from_strcmp(predicate, q.predicate.value, predicate_text);
      if (graph.buf && q.graph.is_iri() && q.graph.value == rdf_nil)
        graph = hide_from_strcmp(graph, q.graph.value, graph_text);
    }
    if (q.object.is_literal()) {
      if (!q.object.datatype.empty()) {
        datatype = node_of(SERD_URI, q.object.datatype, false);
        if (terse_ && !serd_may_abbreviate(q.object.datatype, q.object.value))
          datatype = hide_from_strcmp(datatype, q.object.datatype, datatype_text);
      }
      if (!q.object.language.empty()) language = node_of(SERD_LITERAL, q.object.language, false);
    }
    check(serd_writer_write_statement(writer_.get(), 0, graph.buf ? &graph : nullptr, &subject,
                                      &predicate, &object, datatype.buf ? &datatype : nullptr,
                                      language.buf ? &language : nullptr),
          "statement");
  }

  std::unique_ptr<LineRenderer> line_renderer() const override;

  bool keeps_graphs() const override { return with_graphs_; }

  void append_rendered(std::string_view bytes) override {
    drain();
    out_->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!*out_) throw Error(Status::io_error, "could not write the output");
  }

  void finish() override {
    check(serd_writer_finish(writer_.get()), "end of document");
    if (!out_) return;
    drain();
    out_->flush();
    if (!*out_) throw Error(Status::io_error, "could not write the output");
  }

  // Where the next bytes go instead of the stream (a renderer's).
  void write_into(std::string* text) { text_ = text; }

 private:
  // Serd's Turtle/TriG writer picks its abbreviations with strcmp() on the
  // NUL-terminated node buffer: strcmp(buf, ".../XMLSchema#boolean") to write
  // a literal bare, strcmp(buf, rdf:nil) to write "()". To keep it from
  // abbreviating, hand it the same IRI with the same n_bytes (so that it is
  // written unchanged, qualified with a prefix or not) in a buffer that holds
  // one more byte, 0x01, before the NUL: those strcmp() calls no longer match.
  // Serd's own copies (copy_node, serd_node_copy: n_bytes + 1 bytes) are only
  // compared with serd_node_equals (memcmp of n_bytes + 1), consistently.
  static SerdNode hide_from_strcmp(SerdNode node, const std::string& iri,
                                   std::string& storage) {
    storage = iri;
    storage += '\x01';
    node.buf = reinterpret_cast<const uint8_t*>(storage.c_str());
    return node;
  }

  // IRIs and blank labels are never scanned: their flags mean nothing to Serd.
  static SerdNode node_for(const Term& term, bool scan = false) {
    switch (term.kind) {
      case TermKind::iri: return node_of(SERD_URI, term.value, false);
      case TermKind::blank: return node_of(SERD_BLANK, term.value, false);
      case TermKind::literal: return node_of(SERD_LITERAL, term.value, scan);
      case TermKind::none: break;
    }
    return SERD_NODE_NULL;
  }

  // Serd hands over a statement in many small pieces: they are collected
  // and written to the stream 64 KiB at a time, not one ostream::write each.
  static size_t write_bytes(const void* buf, size_t len, void* stream) {
    auto* self = static_cast<SerdQuadWriter*>(stream);
    std::string& text = self->text_ ? *self->text_ : self->buffer_;
    text.append(static_cast<const char*>(buf), len);
    if (!self->text_ && self->buffer_.size() >= drain_bytes) self->drain();
    return !self->out_ || *self->out_ ? len : 0;
  }

  // Writes the collected bytes to the stream.
  void drain() {
    if (!out_ || buffer_.empty()) return;
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  static SerdStatus on_error(void* handle, const SerdError* error) {
    auto* self = static_cast<SerdQuadWriter*>(handle);
    self->last_error_ = error->fmt ? error->fmt : "";
    return error->status;
  }

  void check(SerdStatus status, const char* what) {
    if (status == SERD_SUCCESS) return;
    if (out_ && !*out_) throw Error(Status::io_error, "could not write the output");
    std::string detail = last_error_.empty() ? "" : " (" + last_error_ + ")";
    throw Error(Status::internal, std::string("Serd refused the ") + what + ": " +
                                      reinterpret_cast<const char*>(serd_strerror(status)) + detail);
  }

  bool checked_;
  Format format_;
  std::ostream* out_;  // none for a renderer
  std::string* text_ = nullptr;
  static constexpr std::size_t drain_bytes = 64 << 10;
  std::string buffer_;  // bytes for out_ not yet written
  QuadChecker checker_;
  bool with_graphs_;
  bool terse_;  // Turtle or TriG: Serd abbreviates
  std::unique_ptr<SerdEnv, EnvDeleter> env_;
  std::unique_ptr<SerdWriter, WriterDeleter> writer_;
  std::string last_error_;
};

// Bytes written as they are: printable ASCII but what Serd's uri_must_escape
// names (in IRIs), but '"' and '\\' (in literals).
constexpr std::array<bool, 256> plain_table(std::string_view special) {
  std::array<bool, 256> table{};
  for (int c = 0x20; c < 0x7F; ++c) table[static_cast<std::size_t>(c)] = true;
  for (char c : special) table[static_cast<unsigned char>(c)] = false;
  return table;
}
constexpr std::array<bool, 256> iri_plain = plain_table(" \"<>\\^`{|}");
constexpr std::array<bool, 256> literal_plain = plain_table("\"\\");

// Eight bytes at a time (Bit Twiddling Hacks' hasless, hasmore, haszero):
// whether some byte of `word` is below n (n <= 128), above n (n <= 127), n.
constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
inline bool has_less(std::uint64_t word, std::uint64_t n) { return ((word - ones * n) & ~word & highs) != 0; }
inline bool has_more(std::uint64_t word, std::uint64_t n) { return ((word + ones * (127 - n)) | word) & highs; }
inline bool has_byte(std::uint64_t word, std::uint64_t n) { return has_less(word ^ (ones * n), 1); }
inline std::uint64_t word_at(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

// Lines of N-Triples and N-Quads with the bytes Serd's writer gives them
// (0.30, UTF-8 written raw), the statements unchecked. The common statement
// is written here, in one pass over each term: IRIs of printable ASCII and
// UTF-8, literals of the same and \\ \" \n \r \t (escaped as Serd escapes
// them). Any other byte (another control character, DEL, a byte that is not
// UTF-8) sends the statement to a Serd writer kept for that (N-Triples and
// N-Quads writers hold no state between statements).
class SerdLineRenderer final : public LineRenderer {
 public:
  explicit SerdLineRenderer(Format format) : format_(format), graphs_(format_has_graphs(format)) {}
  void render(const Quad& quad, std::string& out) override {
    std::size_t start = out.size();
    // A node's statements follow one another: its subject is checked and rendered once for them.
    bool plain = cached(subject_, quad.subject, out);
    out += ' ';
    plain = plain && predicate(quad.predicate, out);
    out += ' ';
    plain = plain && object(quad.object, out);
    if (plain && graphs_ && !quad.graph.is_none()) {
      out += ' ';
      // Every statement of an article names its graph: checked and rendered once.
      plain = cached(graph_, quad.graph, out);
    }
    if (plain) {
      out.append(" .\n", 3);
      return;
    }
    out.resize(start);
    if (!serd_) serd_ = std::make_unique<SerdQuadWriter>(format_, nullptr, true);
    serd_->write_into(&out);
    serd_->quad(quad);
  }

 private:
  // The length of the well-formed UTF-8 sequence of two to four bytes at
  // `i`, or 0.
  static std::size_t utf8_length(std::string_view text, std::size_t i) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                         : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    auto second = static_cast<unsigned char>(text[i + 1]);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second > 0x8F))
      return 0;  // overlong, surrogate or past U+10FFFF
    return length;
  }


  static bool iri(std::string_view text, std::string& out) {
    out += '<';
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    // A writable IRI (the renderer's statements are) holds no byte below
    // 0x21 nor one Serd escapes: eight bytes of 0x21-0x7E are written as they are.
    while (i + 8 <= text.size()) {
      std::uint64_t word = word_at(text.data() + i);
      if (has_less(word, 0x21) || has_more(word, 0x7E)) break;
      i += 8;
    }
    while (i < text.size()) {
      auto c = static_cast<unsigned char>(text[i]);
      if (iri_plain[c]) {
        ++i;
        continue;
      }
      std::size_t length = c >= 0x80 ? utf8_length(text, i) : 0;
      if (length == 0) return false;
      i += length;
    }
    out.append(text.data() + run, text.size() - run);
    out += '>';
    return true;
  }

  static bool literal_text(std::string_view text, std::string& out) {
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size();) {
      if (i + 8 <= text.size()) {
        std::uint64_t word = word_at(text.data() + i);
        if (!has_less(word, 0x20) && !has_more(word, 0x7E) && !has_byte(word, '"') && !has_byte(word, '\\')) {
          i += 8;
          continue;
        }
      }
      auto c = static_cast<unsigned char>(text[i]);
      if (literal_plain[c]) {
        ++i;
        continue;
      }
      if (c >= 0x80) {
        std::size_t length = utf8_length(text, i);
        if (length == 0) return false;
        i += length;
        continue;
      }
      const char* escape = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                           : c == '\t' ? "\\t" : nullptr;
      if (!escape) return false;
      out.append(text.data() + run, i - run);
      out.append(escape, 2);
      run = ++i;
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
    return true;
  }

  // An IRI and the text it was rendered as.
  struct RenderedIri {
    std::string iri, text;
  };

  // Writes `term`, reusing `last` when it is the same IRI; a plainly written IRI becomes `last`.
  static bool cached(RenderedIri& last, const Term& term, std::string& out) {
    if (term.kind != TermKind::iri) return node(term, out);
    return cached_iri(last, term.value, out);
  }
  static bool cached_iri(RenderedIri& last, std::string_view text, std::string& out) {
    if (!last.text.empty() && text == last.iri) {
      out += last.text;
      return true;
    }
    std::size_t at = out.size();
    if (!iri(text, out)) return false;
    last.iri = text;
    last.text.assign(out, at);
    return true;
  }

  // Predicates are a few dozen IRIs: each is kept in a small table picked by its length and last byte.
  bool predicate(const Term& term, std::string& out) {
    if (term.kind != TermKind::iri || term.value.empty()) return node(term, out);
    return cached(predicates_[(term.value.size() * 31 + static_cast<unsigned char>(term.value.back())) % 32], term, out);
  }

  // An object: a typed literal's datatype is one of a few IRIs, kept like the predicates.
  bool object(const Term& term, std::string& out) {
    if (term.kind != TermKind::literal || !term.language.empty() || term.datatype.empty()) return node(term, out);
    if (!literal_text(term.value, out)) return false;
    out += "^^";
    const std::string& datatype = term.datatype;
    return cached_iri(datatypes_[(datatype.size() * 31 + static_cast<unsigned char>(datatype.back())) % 8], datatype, out);
  }

  static bool node(const Term& term, std::string& out) {
    switch (term.kind) {
      case TermKind::iri: return iri(term.value, out);
      case TermKind::literal:
        if (!literal_text(term.value, out)) return false;
        if (!term.language.empty()) {
          out += '@';
          out += term.language;
          return true;
        }
        if (term.datatype.empty()) return true;
        out += "^^";
        return iri(term.datatype, out);
      case TermKind::blank:
      case TermKind::none: break;
    }
    return false;  // blank nodes (none in newskg's graphs) go to Serd
  }

  RenderedIri graph_, subject_;  // the last of each
  RenderedIri predicates_[32];
  RenderedIri datatypes_[8];
  Format format_;
  bool graphs_;
  std::unique_ptr<SerdQuadWriter> serd_;
};

std::unique_ptr<LineRenderer> SerdQuadWriter::line_renderer() const {
  if (format_ != Format::ntriples && format_ != Format::nquads) return nullptr;
  return std::make_unique<SerdLineRenderer>(format_);
}

}  // namespace

std::unique_ptr<QuadSink> make_serd_writer(Format format, std::ostream& out) {
  return std::make_unique<SerdQuadWriter>(format, &out);
}

}  // namespace newskg::rdf
