// Deterministic IRIs: entities by kind and slug, events by hash, mentions by
// RFC 5147 fragments. Everything is escaped: names from text never break an IRI.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newskg::graph {

// "Sergey Ryabkov" -> "sergey-ryabkov"; accents folded ("Zoë" -> "zoe"); other
// scripts percent-encoded; never empty; at most about 80 characters.
std::string slug(std::string_view name);

// 64-bit FNV-1a as 16 lower-case hex digits: stable across runs and platforms.
std::string stable_hash(std::string_view key);

// Percent-encodes every character IRIREF forbids (controls, space, <>"{}|^`\)
// and a '%' that does not start an escape.
std::string escape_iri(std::string_view iri);

// Throws Error(bad_argument) unless `base` is an absolute IRI ending in '/' or '#'.
void check_base(std::string_view base);

// The article's IRI: its URL (fragment dropped, escaped) when it has a usable
// one, else BASE article/<hash of the text>.
std::string article_iri(std::string_view base, std::string_view url, std::string_view text);

// ARTICLE#char=B,E
std::string mention_iri(std::string_view article, std::size_t begin, std::size_t end);

}  // namespace newskg::graph
