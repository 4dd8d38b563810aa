#include "newskg/text/utf8.hpp"

namespace newskg::text {
namespace {

constexpr char32_t replacement = 0xFFFD;

// Length of the valid sequence at `pos`, or 0.
std::size_t valid_sequence(std::string_view s, std::size_t pos) noexcept {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  std::size_t length;
  char32_t min;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (pos + length > s.size()) return 0;
  char32_t c = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return 0;
    c = (c << 6) | (next & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return length;
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

Utf8Repair repair_utf8(std::string_view bytes) {
  Utf8Repair result;
  result.text.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t length = valid_sequence(bytes, pos);
    if (length == 0) {
      if (result.invalid_sequences++ == 0) result.first_invalid_byte = pos;
      append_utf8(result.text, replacement);
      ++pos;
      continue;
    }
    auto lead = static_cast<unsigned char>(bytes[pos]);
    if ((lead < 0x20 && lead != '\t' && lead != '\n' && lead != '\r') || lead == 0x7F) {
      ++result.control_characters;
      append_utf8(result.text, replacement);
    } else {
      result.text.append(bytes.substr(pos, length));
    }
    pos += length;
  }
  return result;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept {
  auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (pos + length > text.size()) {
    pos = text.size();
    return replacement;
  }
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  pos += length;
  return c;
}

CodePointIndex::CodePointIndex(std::string_view text) : offsets_(text.size() + 1) {
  // A byte inside a sequence maps to the code point it belongs to; the end maps to the count.
  std::uint32_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool continuation = (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    offsets_[i] = continuation ? count - 1 : count++;
  }
  offsets_[text.size()] = count;
}

bool is_space_at(std::string_view text, std::size_t pos, std::size_t* length) noexcept {
  if (pos >= text.size()) return false;
  auto c = static_cast<unsigned char>(text[pos]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    if (length) *length = 1;
    return true;
  }
  if (c < 0x80) return false;
  std::size_t next = pos;
  char32_t cp = next_code_point(text, next);
  bool space = cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
               cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
  if (space && length) *length = next - pos;
  return space;
}

std::string_view trim(std::string_view text) noexcept {
  std::size_t begin = 0, length = 0;
  while (begin < text.size() && is_space_at(text, begin, &length)) begin += length;
  std::size_t end = text.size();
  while (end > begin) {
    // Step back to the start of the last code point.
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (!is_space_at(text, start, &length)) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

}  // namespace newskg::text
