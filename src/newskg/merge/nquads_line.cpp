#include "newskg/merge/nquads_line.hpp"

#include "newskg/error.hpp"
#include "newskg/rdf/vocab.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::merge {
namespace {

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_literal_text(std::string_view text, std::string& line) {
  line += '"';
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"': line += "\\\""; break;
      case '\\': line += "\\\\"; break;
      case '\n': line += "\\n"; break;
      case '\r': line += "\\r"; break;
      case '\t': line += "\\t"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          line += "\\u00";
          line += hex_digits[byte >> 4];
          line += hex_digits[byte & 0xF];
        } else {
          line += c;
        }
    }
  }
  line += '"';
}

[[noreturn]] void bad_line(std::string_view line, std::string_view why) {
  std::string shown(line.substr(0, 200));
  throw Error(Status::bad_syntax, "unreadable statement line (" + std::string(why) + "): " + shown);
}

// Index just past the term starting at `pos` (which must not be a space).
std::size_t skip_term(std::string_view line, std::size_t pos) {
  if (pos >= line.size()) bad_line(line, "missing term");
  char first = line[pos];
  if (first == '<') {
    std::size_t end = line.find('>', pos);
    if (end == std::string_view::npos) bad_line(line, "unterminated IRI");
    return end + 1;
  }
  if (first == '_') {
    std::size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) bad_line(line, "unterminated blank node");
    return end;
  }
  if (first == '"') {
    std::size_t i = pos + 1;
    while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
    if (i >= line.size()) bad_line(line, "unterminated literal");
    ++i;
    if (i < line.size() && line[i] == '@') {
      std::size_t end = line.find(' ', i);
      return end == std::string_view::npos ? line.size() : end;
    }
    if (line.compare(i, 2, "^^") == 0) return skip_term(line, i + 2);
    return i;
  }
  bad_line(line, "unexpected character");
}

std::size_t skip_spaces(std::string_view line, std::size_t pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  return pos;
}

unsigned hex_value(std::string_view line, char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
  bad_line(line, "bad \\u escape");
}

rdf::Term parse_term(std::string_view line, std::string_view text) {
  if (text.front() == '<') return rdf::Term::iri(std::string(text.substr(1, text.size() - 2)));
  if (text.front() == '_') {
    if (text.size() < 3 || text[1] != ':') bad_line(line, "bad blank node");
    return rdf::Term::blank(std::string(text.substr(2)));
  }
  rdf::Term literal = rdf::Term::literal({});
  std::string& value = literal.value;
  std::size_t i = 1;
  while (text[i] != '"') {
    char c = text[i++];
    if (c != '\\') {
      value += c;
      continue;
    }
    char escape = text[i++];
    switch (escape) {
      case 't': value += '\t'; break;
      case 'b': value += '\b'; break;
      case 'n': value += '\n'; break;
      case 'r': value += '\r'; break;
      case 'f': value += '\f'; break;
      case '"': value += '"'; break;
      case '\'': value += '\''; break;
      case '\\': value += '\\'; break;
      case 'u':
      case 'U': {
        std::size_t digits = escape == 'u' ? 4 : 8;
        if (i + digits > text.size()) bad_line(line, "short \\u escape");
        char32_t code = 0;
        for (std::size_t k = 0; k < digits; ++k) code = (code << 4) | hex_value(line, text[i + k]);
        i += digits;
        text::append_utf8(value, code);
        break;
      }
      default: bad_line(line, "unknown escape");
    }
  }
  ++i;
  if (i < text.size() && text[i] == '@') {
    literal.language = std::string(text.substr(i + 1));
  } else if (i < text.size()) {
    std::string_view datatype = text.substr(i + 2);
    literal.datatype = std::string(datatype.substr(1, datatype.size() - 2));
    if (literal.datatype == rdf::vocab::xsd_string) literal.datatype.clear();
  }
  return literal;
}

}  // namespace

void append_term(const rdf::Term& term, std::string& line) {
  switch (term.kind) {
    case rdf::TermKind::iri:
      line += '<';
      line += term.value;
      line += '>';
      return;
    case rdf::TermKind::blank:
      line += "_:";
      line += term.value;
      return;
    case rdf::TermKind::literal:
      append_literal_text(term.value, line);
      if (!term.language.empty()) {
        line += '@';
        line += term.language;
      } else if (!term.datatype.empty() && term.datatype != rdf::vocab::xsd_string) {
        line += "^^<";
        line += term.datatype;
        line += '>';
      }
      return;
    case rdf::TermKind::none: break;
  }
  throw Error(Status::internal, "cannot write an empty term as N-Quads");
}

void append_quad(const rdf::Quad& quad, std::string& line) {
  append_term(quad.subject, line);
  line += ' ';
  append_term(quad.predicate, line);
  line += ' ';
  append_term(quad.object, line);
  if (!quad.graph.is_none()) {
    line += ' ';
    append_term(quad.graph, line);
  }
  line += " .";
}

std::string quad_line(const rdf::Quad& quad) {
  std::string line;
  append_quad(quad, line);
  return line;
}

std::string_view graph_of_line(std::string_view line) {
  std::size_t pos = 0;
  for (int term = 0; term < 3; ++term) pos = skip_term(line, skip_spaces(line, pos));
  pos = skip_spaces(line, pos);
  if (pos < line.size() && line[pos] == '.') return {};
  std::size_t end = skip_term(line, pos);
  return line.substr(pos, end - pos);
}

rdf::Quad parse_quad_line(std::string_view line) {
  std::string_view terms[4];
  std::size_t count = 0;
  std::size_t pos = skip_spaces(line, 0);
  while (pos < line.size() && line[pos] != '.') {
    if (count == 4) bad_line(line, "more than four terms");
    std::size_t end = skip_term(line, pos);
    terms[count++] = line.substr(pos, end - pos);
    pos = skip_spaces(line, end);
  }
  if (count < 3 || pos >= line.size()) bad_line(line, "not a statement");
  rdf::Quad quad;
  quad.subject = parse_term(line, terms[0]);
  quad.predicate = parse_term(line, terms[1]);
  quad.object = parse_term(line, terms[2]);
  if (count == 4) quad.graph = parse_term(line, terms[3]);
  return quad;
}

}  // namespace newskg::merge
