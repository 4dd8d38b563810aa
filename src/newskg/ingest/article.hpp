// An article as read: metadata, the text exactly as given (repaired to valid
// UTF-8), and the layout found in it. Spans are byte offsets into `text`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "newskg/error.hpp"

namespace newskg::ingest {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const noexcept { return end <= begin; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Dateline {
  Span span;          // the whole dateline, separator included
  Span place;         // "MOSCOW" (empty when the dateline names none)
  Span region;        // "Leningrad Region" in "IGORA /Leningrad Region/" (may be empty)
  std::string place_name;  // "Moscow": normal capitalisation
  int month = 0;      // 1..12, 0 when absent
  int day = 0;        // 1..31, 0 when absent
  Span agency;        // "TASS", "Reuters", "AP" (empty when none)
};

struct Article {
  Location origin;         // file and, for JSONL, line
  std::string id;          // from metadata, may be empty
  std::string url;         // may be empty
  std::string date;        // publication date YYYY-MM-DD, may be empty
  std::string source;      // publisher from metadata, may be empty
  std::string title;       // headline from metadata, may be empty
  std::string text;        // the article text as given, valid UTF-8

  // Layout (filled by analyse_layout).
  Span headline;
  Span standfirst;
  Span body;
  std::optional<Dateline> dateline;
};

// Metadata given beside the text: JSON sidecar, JSONL fields or CLI flags.
struct Metadata {
  std::optional<std::string> id, url, date, source, title;
};

}  // namespace newskg::ingest
