// UTF-8 validation and code-point offsets. Internally newskg keeps text as
// UTF-8 bytes; every offset it exports is in Unicode code points.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::text {

struct Utf8Repair {
  std::string text;                  // valid UTF-8
  std::size_t invalid_sequences = 0; // each replaced by U+FFFD
  std::size_t first_invalid_byte = 0;
  std::size_t control_characters = 0;  // C0 controls other than tab, LF, CR, replaced by U+FFFD
};

// Replaces every invalid byte (overlong, surrogate, out of range, truncated)
// and every C0 control but tab/LF/CR with U+FFFD, one per code point or
// invalid byte, so nothing is lost silently and offsets stay meaningful.
Utf8Repair repair_utf8(std::string_view bytes);

// Decodes the code point at `pos` of valid UTF-8 and advances `pos`.
char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept;
// Appends `c` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t c);

// Maps byte offsets of one valid UTF-8 text to code-point offsets.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  std::size_t at(std::size_t byte_offset) const noexcept { return offsets_[byte_offset]; }
  std::size_t size() const noexcept { return offsets_.back(); }  // code points in the text

 private:
  std::vector<std::uint32_t> offsets_;
};

// Leading and trailing white space (ASCII and Unicode spaces) removed.
std::string_view trim(std::string_view text) noexcept;
bool is_space_at(std::string_view text, std::size_t pos, std::size_t* length = nullptr) noexcept;

}  // namespace newskg::text
