// Character classes for the scripts news text uses, without locale tables.
#pragma once

#include <string>
#include <string_view>

namespace newskg::text {

// Lower case of Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic
// capitals; any other code point is returned unchanged.
char32_t to_lower(char32_t c) noexcept;
char32_t to_upper(char32_t c) noexcept;
inline bool is_upper(char32_t c) noexcept { return to_lower(c) != c; }
inline bool is_lower(char32_t c) noexcept { return to_upper(c) != c; }

// Letters: ASCII, and every code point from U+00C0 that is not punctuation,
// a symbol or a space of the blocks news text uses.
bool is_letter(char32_t c) noexcept;
inline bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }

// Apostrophes: ' and U+2019 (also the right single quotation mark).
inline bool is_apostrophe(char32_t c) noexcept { return c == '\'' || c == 0x2019; }
// Dashes and hyphens: - U+2010..U+2015 U+2212.
inline bool is_dash(char32_t c) noexcept { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

// ASCII letters lower-cased, everything else kept: for matching English cue words.
std::string lower_ascii(std::string_view word);

}  // namespace newskg::text
