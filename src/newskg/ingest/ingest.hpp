// Readers for plain-text articles and JSON Lines, and the layout analysis that
// finds boilerplate, headline, standfirst, dateline and body.
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "newskg/error.hpp"
#include "newskg/ingest/article.hpp"

namespace newskg::ingest {

struct IngestOptions {
  Metadata overrides;            // from the command line; win over the input's own
  Metadata fallback;             // from the command line; used where the input has none
  bool read_sidecar = true;      // STEM.json beside STEM.txt
  std::size_t max_article_bytes = 16u << 20;
};

// Either an article ready for extraction or the reason one item was skipped.
using ArticleOrError = std::variant<Article, Error>;

// Streams articles from one input: a .txt file (one article), a .jsonl file
// (one per line, read line by line), or "-" for standard input (JSON Lines
// when its first non-blank character is '{', else one plain-text article).
class ArticleSource {
 public:
  virtual ~ArticleSource() = default;
  // Next item, or nullopt at the end. An Error item is one skipped article;
  // a failure to open or read the input itself is thrown.
  virtual std::optional<ArticleOrError> next() = 0;
};

std::unique_ptr<ArticleSource> open_source(const std::string& path, const IngestOptions& options,
                                           DiagnosticSink& diagnostics);

// Streams the articles of JSON Lines read from `in` (for callers holding the
// bytes elsewhere, such as the fuzz targets); `name` is the file named in errors.
std::unique_ptr<ArticleSource> open_json_lines(std::unique_ptr<std::istream> in, const std::string& name,
                                               const IngestOptions& options, DiagnosticSink& diagnostics);

// Builds an article from raw bytes and metadata: repairs UTF-8 (warning),
// checks size and emptiness (throws Error(bad_input)), analyses the layout.
Article make_article(std::string_view bytes, Metadata metadata, Location origin,
                     const IngestOptions& options, DiagnosticSink& diagnostics);

// Finds boilerplate, headline, standfirst, dateline and body in `article.text`.
void analyse_layout(Article& article, DiagnosticSink& diagnostics);

// Parses a dateline at the start of `text` ("MOSCOW, December 10. /TASS/.",
// "LONDON, Jan 21 (Reuters) -", "WASHINGTON (AP) —", "BEIJING, Dec. 10 (Xinhua) --").
// Spans are relative to `text`.
std::optional<Dateline> parse_dateline(std::string_view text);

// "January"/"Jan"/"Jan." -> 1 ... ; 0 when not a month name.
int month_from_name(std::string_view word) noexcept;

// True for "scheme://rest", the URLs an article IRI is made from.
bool is_absolute_url(std::string_view text) noexcept;

// True for YYYY-MM-DD naming a real day.
bool is_iso_date(std::string_view text) noexcept;

}  // namespace newskg::ingest
