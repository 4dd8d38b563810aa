#include "newskg/graph/iri.hpp"

#include <charconv>
#include <cstdio>

#include "newskg/error.hpp"
#include "newskg/rdf/term.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::graph {
namespace {

// ASCII letters for accented Latin letters (Latin-1 Supplement, Latin Extended-A).
std::string_view fold_latin(char32_t c) {
  static constexpr std::string_view latin1[] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0-CF
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
  };
  static constexpr std::string_view extended_a =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (c >= 0xC0 && c <= 0xDF) return latin1[c - 0xC0];
  if (c >= 0xE0 && c <= 0xFF) return c == 0xF7 ? "" : latin1[c - 0xE0];
  if (c >= 0x100 && c <= 0x17F) {
    std::size_t index = c - 0x100;
    return index < extended_a.size() ? extended_a.substr(index, 1) : "";
  }
  return {};
}

void percent_encode(std::string& out, std::string_view bytes) {
  static constexpr char hex[] = "0123456789ABCDEF";
  for (unsigned char byte : bytes) {
    out += '%';
    out += hex[byte >> 4];
    out += hex[byte & 0xF];
  }
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

std::string slug(std::string_view name) {
  std::string out;
  bool dash = false;
  std::size_t pos = 0;
  while (pos < name.size()) {
    std::size_t start = pos;
    char32_t c = text::next_code_point(name, pos);
    std::string_view ascii;
    char single = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) single = static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') single = static_cast<char>(c + 32);
    else ascii = fold_latin(c);
    bool keep_encoded = single == 0 && ascii.empty() && c >= 0x370 && c != 0xFFFD && c != 0x2019 &&
                        !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F);
    if (single == 0 && ascii.empty() && !keep_encoded) {
      dash = !out.empty();
      continue;
    }
    if (dash) out += '-';
    dash = false;
    if (single) out += single;
    else if (!ascii.empty()) out += ascii;
    else percent_encode(out, name.substr(start, pos - start));
    if (out.size() > 80) break;
  }
  if (out.size() > 80) {
    out.resize(64);
    while (!out.empty() && (out.back() == '-' || out.back() == '%' || (out.size() >= 2 && out[out.size() - 2] == '%')))
      out.pop_back();
    out += "-" + stable_hash(name).substr(0, 8);
  }
  if (out.empty()) out = "x-" + stable_hash(name).substr(0, 12);
  return out;
}

std::string stable_hash(std::string_view key) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char byte : key) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string escape_iri(std::string_view iri) {
  std::string out;
  out.reserve(iri.size());
  for (std::size_t i = 0; i < iri.size(); ++i) {
    auto c = static_cast<unsigned char>(iri[i]);
    bool forbidden = c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
                     c == '|' || c == '^' || c == '`' || c == '\\';
    bool lone_percent = c == '%' && !(i + 2 < iri.size() && is_hex(iri[i + 1]) && is_hex(iri[i + 2]));
    if (forbidden || lone_percent) percent_encode(out, iri.substr(i, 1));
    else out += iri[i];
  }
  return out;
}

void check_base(std::string_view base) {
  if (base.empty() || (base.back() != '/' && base.back() != '#') || !rdf::is_writable_iri(base))
    throw Error(Status::bad_argument, "--base must be an absolute IRI ending in '/' or '#', such as "
                                      "https://example.org/news/ (got \"" + std::string(base) + "\")");
}

std::string article_iri(std::string_view base, std::string_view url, std::string_view text) {
  std::string_view without_fragment = url.substr(0, url.find('#'));
  std::string escaped = escape_iri(without_fragment);
  if (!escaped.empty() && rdf::is_writable_iri(escaped) && escaped.find("://") != std::string::npos)
    return escaped;
  return std::string(base) + "article/" + stable_hash(text);
}

std::string mention_iri(std::string_view article, std::size_t begin, std::size_t end) {
  // One allocation, not one per piece: a mention IRI is minted for every mention.
  char offsets[48];
  char* last = std::to_chars(offsets, offsets + 24, begin).ptr;
  *last++ = ',';
  last = std::to_chars(last, offsets + sizeof offsets, end).ptr;
  std::string_view fragment = "#char=";
  std::string iri;
  iri.reserve(article.size() + fragment.size() + static_cast<std::size_t>(last - offsets));
  iri.append(article).append(fragment).append(offsets, last);
  return iri;
}

}  // namespace newskg::graph
