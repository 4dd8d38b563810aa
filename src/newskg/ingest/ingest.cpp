#include "newskg/ingest/ingest.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "newskg/gzip.hpp"
#include "newskg/json_depth.hpp"
#include "newskg/resources.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::ingest {
namespace {

namespace fs = std::filesystem;

// Reads at most `limit` bytes of `in` (so an oversized input is never held
// whole); `over` tells whether more was left.
std::string read_all(std::istream& in, std::size_t limit, bool& over) {
  std::string bytes;
  char buffer[64 * 1024];
  over = false;
  while (in) {
    in.read(buffer, sizeof buffer);
    auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    if (bytes.size() + got > limit) {
      bytes.append(buffer, limit - bytes.size());
      over = true;
      break;
    }
    bytes.append(buffer, got);
  }
  return bytes;
}

// "16777216 bytes (--max-article-mb 16)": the limit and the option that sets it,
// so that a refused article says how to accept it.
std::string limit_text(std::size_t limit) {
  std::string text = std::to_string(limit) + " bytes";
  if (limit > 0 && limit % (std::size_t{1} << 20) == 0)
    text += " (--max-article-mb " + std::to_string(limit >> 20) + ")";
  return text;
}

// The bytes of a file of at most `limit` bytes; throws Error(bad_input) for a
// larger one before reading it (or, for a pipe, after `limit` bytes).
std::string read_file(const std::string& path, std::size_t limit) {
  std::error_code error;
  auto size = fs::file_size(path, error);
  if (!error && size > limit)
    throw Error(Status::bad_input,
                "article file of " + std::to_string(size) + " bytes is over the limit of " + limit_text(limit),
                {path, 0});
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Status::io_error, "cannot open the file", {path, 0});
  bool over = false;
  std::string bytes = read_all(in, limit, over);
  if (in.bad()) throw Error(Status::io_error, "cannot read the file", {path, 0});
  if (over)
    throw Error(Status::bad_input, "article file over the limit of " + limit_text(limit), {path, 0});
  return bytes;
}

// One line of `in` without its '\n', of which at most `limit` bytes are kept
// (`too_long` then set). False at the end of the input.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  std::streambuf* buffer = in.rdbuf();
  bool any = false;
  while (true) {
    int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (line.size() < limit) line.push_back(static_cast<char>(c));
    else too_long = true;
  }
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value of `object`'s member `name`, or null. (Not `it == MemberEnd()`:
// RapidJSON 1.1's iterator operator== is a non-const member, which C++20's
// reversed candidate makes ambiguous: clang's -Wambiguous-reversed-operator.)
const rapidjson::Value* member_value(const rapidjson::Value& object, const char* name) {
  auto member = object.FindMember(name);
  return object.MemberEnd() - member == 0 ? nullptr : &member->value;
}

// Reads the metadata members of a JSON object; other members are ignored.
Metadata metadata_from_json(const rapidjson::Value& object, const Location& where) {
  Metadata metadata;
  auto field = [&](const char* name, std::optional<std::string>& slot) {
    const rapidjson::Value* value = member_value(object, name);
    if (!value || value->IsNull()) return;
    if (!value->IsString())
      throw Error(Status::bad_syntax, std::string("\"") + name + "\" must be a string or null", where);
    slot = std::string(value->GetString(), value->GetStringLength());
  };
  field("id", metadata.id);
  field("url", metadata.url);
  field("date", metadata.date);
  field("source", metadata.source);
  field("title", metadata.title);
  return metadata;
}

void merge_into(Metadata& base, const Metadata& winner);

// fallback < the input's own metadata < overrides.
Metadata resolve_metadata(const Metadata& own, const IngestOptions& options) {
  Metadata result = options.fallback;
  merge_into(result, own);
  merge_into(result, options.overrides);
  return result;
}

void merge_into(Metadata& base, const Metadata& winner) {
  auto take = [](auto& slot, const auto& value) {
    if (value) slot = value;
  };
  take(base.id, winner.id);
  take(base.url, winner.url);
  take(base.date, winner.date);
  take(base.source, winner.source);
  take(base.title, winner.title);
}

Metadata read_sidecar(const std::string& text_path) {
  fs::path sidecar = fs::path(text_path).replace_extension(".json");
  std::error_code ignored;
  if (!fs::is_regular_file(sidecar, ignored)) return {};
  std::string bytes = read_file(sidecar.string(), 1u << 20);
  rapidjson::Document document;
  JsonParse parsed = parse_json(bytes, document);
  Location where{sidecar.string(), 0};
  if (!parsed.ok) {
    std::size_t offset = std::min(parsed.offset, bytes.size());
    where.line = 1 + static_cast<std::size_t>(
                         std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    throw Error(Status::bad_syntax, "metadata is not JSON: " + parsed.message, where);
  }
  if (!document.IsObject()) throw Error(Status::bad_syntax, "metadata must be a JSON object", where);
  return metadata_from_json(document, where);
}

class SingleArticleSource final : public ArticleSource {
 public:
  explicit SingleArticleSource(std::optional<ArticleOrError> item) : item_(std::move(item)) {}
  std::optional<ArticleOrError> next() override { return std::exchange(item_, std::nullopt); }

 private:
  std::optional<ArticleOrError> item_;
};

ArticleOrError article_or_error(std::string_view bytes, Metadata metadata, Location origin,
                                const IngestOptions& options, DiagnosticSink& diagnostics) {
  try {
    return make_article(bytes, std::move(metadata), std::move(origin), options, diagnostics);
  } catch (const Error& error) {
    return error;
  }
}

class JsonLinesSource final : public ArticleSource {
 public:
  JsonLinesSource(std::unique_ptr<std::istream> owned, std::istream& in, std::string name,
                  const IngestOptions& options, DiagnosticSink& diagnostics, std::string first_line = {},
                  bool has_first_line = false)
      : owned_(std::move(owned)), in_(in), name_(std::move(name)), options_(options),
        diagnostics_(diagnostics), pending_(std::move(first_line)), has_pending_(has_first_line) {}

  std::optional<ArticleOrError> next() override {
    std::string line;
    while (true) {
      if (has_pending_) {
        line = std::move(pending_);
        has_pending_ = false;
      } else if (!read_line(in_, line, line_limit(), too_long_)) {
        if (in_.bad()) throw Error(Status::io_error, "cannot read the input (a compressed file damaged or cut short?)", {name_, line_number_ + 1});
        return std::nullopt;
      }
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (too_long_ || !text::trim(line).empty()) break;
    }
    Location where{name_, line_number_};
    if (too_long_ || line.size() > line_limit())
      return Error(Status::bad_input, "line is larger than the article size limit", where);
    rapidjson::Document document;
    JsonParse parsed = parse_json(line, document);
    if (!parsed.ok)
      return Error(Status::bad_syntax,
                   "not a JSON object: " + parsed.message + " at column " + std::to_string(parsed.offset + 1), where);
    if (!document.IsObject()) return Error(Status::bad_syntax, "a line must hold one JSON object", where);
    const rapidjson::Value* text = member_value(document, "text");
    if (!text || !text->IsString())
      return Error(Status::bad_input, "missing \"text\" (a string)", where);
    try {
      Metadata metadata = resolve_metadata(metadata_from_json(document, where), options_);
      return article_or_error({text->GetString(), text->GetStringLength()}, std::move(metadata),
                              where, options_, diagnostics_);
    } catch (const Error& error) {
      return error;
    }
  }

 private:
  std::unique_ptr<std::istream> owned_;
  std::istream& in_;
  std::string name_;
  IngestOptions options_;  // a copy: callers may pass a temporary
  DiagnosticSink& diagnostics_;
  // The longest line read: an article at the size limit and its metadata.
  std::size_t line_limit() const { return options_.max_article_bytes + 65536; }

  std::string pending_;
  bool has_pending_;
  bool too_long_ = false;
  std::size_t line_number_ = 0;
};

std::unique_ptr<ArticleSource> text_source(std::string_view bytes, const std::string& name,
                                           Metadata metadata, const IngestOptions& options,
                                           DiagnosticSink& diagnostics) {
  return std::make_unique<SingleArticleSource>(
      article_or_error(bytes, resolve_metadata(metadata, options), {name, 0}, options, diagnostics));
}

// Trimmed non-blank lines of `text`, as spans.
std::vector<Span> blocks_of(std::string_view text) {
  std::vector<Span> blocks;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::string_view trimmed = text::trim(line);
    if (!trimmed.empty()) {
      std::size_t begin = start + static_cast<std::size_t>(trimmed.data() - line.data());
      blocks.push_back({begin, begin + trimmed.size()});
    }
    start = end + 1;
  }
  return blocks;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  std::size_t pos = 0, length = 0;
  while (pos < text.size()) {
    if (text::is_space_at(text, pos, &length)) {
      space = true;
      pos += length;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[pos++];
  }
  return out;
}

const std::vector<std::string>& boilerplate_lines() {
  static const std::vector<std::string> lines = [] {
    std::vector<std::string> result;
    auto data = embedded_file("ontology/boilerplate.txt");
    std::istringstream in(std::string(data.value_or("")));
    for (std::string line; std::getline(in, line);) {
      std::string_view trimmed = text::trim(line);
      if (!trimmed.empty() && trimmed.front() != '#') result.push_back(lowercase_ascii(trimmed));
    }
    return result;
  }();
  return lines;
}

bool is_boilerplate(std::string_view line) {
  const auto& lines = boilerplate_lines();
  return std::find(lines.begin(), lines.end(), lowercase_ascii(line)) != lines.end();
}

// --- dateline -----------------------------------------------------------

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Lower-cases one code point of Latin-1 Supplement or Latin Extended-A.
char32_t lower_latin(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c % 2 == 0) return c + 1;
  return c;
}
bool is_upper_latin(char32_t c) { return lower_latin(c) != c; }
bool is_letter_latin(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// "NEW YORK" -> "New York", "ST. PETERSBURG" -> "St. Petersburg".
std::string title_case(std::string_view text) {
  std::string out;
  bool word_start = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = text::next_code_point(text, pos);
    bool letter = is_letter_latin(c);
    text::append_utf8(out, letter && !word_start ? lower_latin(c) : c);
    word_start = !letter && c != '\'' && c != 0x2019;
  }
  return out;
}

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  bool at_end() const { return pos >= text.size(); }
  char peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
  bool skip(std::string_view literal) {
    if (text.substr(pos, literal.size()) != literal) return false;
    pos += literal.size();
    return true;
  }
  std::size_t skip_spaces() {
    std::size_t start = pos, length = 0;
    while (text::is_space_at(text, pos, &length) && text[pos] != '\n') pos += length;
    return pos - start;
  }
};

// A place: words starting with a capital letter, optionally qualified "/Leningrad Region/".
bool parse_place(Cursor& cursor, Span& place, Span& region, bool& all_caps) {
  std::size_t start = cursor.pos;
  std::size_t end = start;
  all_caps = true;
  std::size_t letters = 0;
  while (true) {
    std::size_t word_start = cursor.pos;
    std::size_t pos = cursor.pos;
    if (pos >= cursor.text.size()) break;
    char32_t first = text::next_code_point(cursor.text, pos);
    if (!is_upper_latin(first)) break;
    cursor.pos = pos;
    ++letters;
    while (!cursor.at_end()) {
      std::size_t probe = cursor.pos;
      char32_t c = text::next_code_point(cursor.text, probe);
      if (is_letter_latin(c)) {
        if (!is_upper_latin(c)) all_caps = false;
        ++letters;
      } else if (c != '.' && c != '-' && c != '\'' && c != 0x2019) {
        break;
      }
      cursor.pos = probe;
    }
    end = cursor.pos;
    if (cursor.peek() == ' ' && cursor.pos + 1 < cursor.text.size()) {
      std::size_t save = cursor.pos;
      ++cursor.pos;
      std::size_t probe = cursor.pos;
      if (!is_upper_latin(text::next_code_point(cursor.text, probe))) {
        cursor.pos = save;
        break;
      }
      continue;
    }
    if (word_start == cursor.pos) break;
    break;
  }
  cursor.pos = end;
  if (letters < 2) {
    cursor.pos = start;
    return false;
  }
  place = {start, end};
  // Optional qualifier: "IGORA /Leningrad Region/,"
  std::size_t save = cursor.pos;
  cursor.skip_spaces();
  if (cursor.peek() == '/' && cursor.text.substr(cursor.pos, 6) != "/TASS/") {
    std::size_t close = cursor.text.find('/', cursor.pos + 1);
    if (close != std::string_view::npos && close - cursor.pos < 60 &&
        cursor.text.substr(cursor.pos, close - cursor.pos).find('\n') == std::string_view::npos) {
      region = {cursor.pos + 1, close};
      cursor.pos = close + 1;
      return true;
    }
  }
  cursor.pos = save;
  return true;
}

bool parse_month_day(Cursor& cursor, int& month, int& day) {
  std::size_t start = cursor.pos;
  std::size_t word_end = cursor.pos;
  while (word_end < cursor.text.size() &&
         (is_upper_ascii(cursor.text[word_end]) || is_lower_ascii(cursor.text[word_end])))
    ++word_end;
  int parsed_month = month_from_name(cursor.text.substr(start, word_end - start));
  if (parsed_month == 0) return false;
  cursor.pos = word_end;
  cursor.skip(".");
  if (cursor.skip_spaces() == 0) {
    cursor.pos = start;
    return false;
  }
  std::size_t digits = cursor.pos;
  while (is_digit(cursor.peek())) ++cursor.pos;
  std::size_t count = cursor.pos - digits;
  if (count == 0 || count > 2) {
    cursor.pos = start;
    return false;
  }
  int parsed_day = std::stoi(std::string(cursor.text.substr(digits, count)));
  if (parsed_day < 1 || parsed_day > 31) {
    cursor.pos = start;
    return false;
  }
  month = parsed_month;
  day = parsed_day;
  // An optional year: ", 2021" or " 2021".
  std::size_t save = cursor.pos;
  cursor.skip(",");
  cursor.skip_spaces();
  std::size_t year = cursor.pos;
  while (is_digit(cursor.peek())) ++cursor.pos;
  if (cursor.pos - year != 4) cursor.pos = save;
  return true;
}

bool parse_agency(Cursor& cursor, Span& agency) {
  char open = cursor.peek();
  if (open != '/' && open != '(') return false;
  char close = open == '/' ? '/' : ')';
  std::size_t start = cursor.pos + 1;
  std::size_t end = start;
  while (end < cursor.text.size() && end - start <= 30 &&
         (is_upper_ascii(cursor.text[end]) || is_lower_ascii(cursor.text[end]) || cursor.text[end] == ' ' ||
          cursor.text[end] == '-' || cursor.text[end] == '.' || cursor.text[end] == '&'))
    ++end;
  if (end >= cursor.text.size() || cursor.text[end] != close || end == start ||
      (!is_upper_ascii(cursor.text[start]) && !is_lower_ascii(cursor.text[start])))
    return false;
  agency = {start, end};
  cursor.pos = end + 1;
  return true;
}

bool parse_separator(Cursor& cursor) {
  std::size_t save = cursor.pos;
  cursor.skip_spaces();
  static constexpr std::array<std::string_view, 7> separators{"--", "\u2014", "\u2013", "-", ":", ".", ","};
  for (auto separator : separators) {
    if (cursor.skip(separator)) {
      cursor.skip_spaces();
      return true;
    }
  }
  cursor.pos = save;
  return false;
}

}  // namespace

int month_from_name(std::string_view word) noexcept {
  static constexpr std::array<std::string_view, 12> names{"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  // No month name is longer than "september": longer words need no copy.
  if (word.size() < 3 || word.size() > 9) return 0;
  char buffer[9];
  for (std::size_t i = 0; i < word.size(); ++i)
    buffer[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  std::string_view lower(buffer, word.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (lower == names[i]) return static_cast<int>(i) + 1;
    // Abbreviations used in datelines: "Jan", "Sept".
    if (lower.size() <= 4 && names[i].substr(0, lower.size()) == lower && (lower.size() == 3 || lower == "sept"))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_iso_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(text[i])) return false;
  int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<Dateline> parse_dateline(std::string_view text) {
  Cursor cursor{text, 0};
  Dateline dateline;
  bool all_caps = false;
  bool has_place = parse_place(cursor, dateline.place, dateline.region, all_caps);
  bool has_date = false;
  if (has_place) {
    std::size_t save = cursor.pos;
    if (cursor.skip(",")) {
      cursor.skip_spaces();
      has_date = parse_month_day(cursor, dateline.month, dateline.day);
    }
    if (!has_date) cursor.pos = save;
    cursor.skip(".");
    cursor.skip_spaces();
  }
  bool has_agency = parse_agency(cursor, dateline.agency);
  if (has_agency) cursor.skip(".");
  // A place alone is an ordinary sentence start; it needs a date in all caps, or an agency.
  if (!has_agency && !(has_place && all_caps && has_date)) return std::nullopt;
  if (has_place && !all_caps && !has_agency) return std::nullopt;
  if (!parse_separator(cursor) && !has_agency) return std::nullopt;
  if (!has_place) dateline.place = {};
  dateline.span = {0, cursor.pos};
  if (has_place) dateline.place_name = title_case(dateline.place.of(text));
  return dateline;
}

// A paragraph, not a headline: a long block that ends as a sentence ends.
// Headlines are short and carry no final full stop.
bool reads_as_paragraph(std::string_view block) {
  std::string_view trimmed = text::trim(block);
  while (!trimmed.empty() && (trimmed.back() == '"' || trimmed.back() == '\'' || trimmed.back() == ')'))
    trimmed.remove_suffix(1);
  if (trimmed.ends_with("\xE2\x80\x9D") || trimmed.ends_with("\xE2\x80\x99")) trimmed.remove_suffix(3);
  if (trimmed.empty() || (trimmed.back() != '.' && trimmed.back() != '!' && trimmed.back() != '?')) return false;
  std::size_t words = 1;
  for (char c : trimmed) words += c == ' ';
  return words >= 12;
}

void analyse_layout(Article& article, DiagnosticSink& diagnostics) {
  std::string_view text = article.text;
  std::vector<Span> blocks = blocks_of(text);
  std::size_t first = 0;
  bool found_title = false;
  if (!article.title.empty()) {
    std::string wanted = collapse_spaces(article.title);
    for (std::size_t i = 0; i < blocks.size() && i < 12; ++i) {
      if (collapse_spaces(blocks[i].of(text)) == wanted) {
        first = i;
        found_title = true;
        break;
      }
    }
  }
  if (!found_title)
    while (first < blocks.size() && is_boilerplate(blocks[first].of(text))) ++first;
  if (first >= blocks.size()) return;  // nothing but boilerplate
  // A crawler's record keeps the title apart from a text that opens with the lead
  // paragraph: that paragraph is the body's first, and the text has no headline.
  bool text_without_headline = !article.title.empty() && !found_title && reads_as_paragraph(blocks[first].of(text));
  std::size_t body_first = first + 1;
  if (text_without_headline) {
    article.headline = {blocks[first].begin, blocks[first].begin};
    body_first = first;
  } else {
    article.headline = blocks[first];
    if (article.title.empty()) article.title = std::string(article.headline.of(text));
  }

  std::size_t body_block = body_first;
  for (std::size_t i = body_first; i < blocks.size() && i <= first + 4; ++i) {
    std::string_view block = blocks[i].of(text);
    if (auto dateline = parse_dateline(block)) {
      auto shift = [&](Span& span) {
        if (!span.empty()) span = {span.begin + blocks[i].begin, span.end + blocks[i].begin};
      };
      shift(dateline->span);
      shift(dateline->place);
      shift(dateline->agency);
      shift(dateline->region);
      article.dateline = std::move(*dateline);
      if (i > body_first) article.standfirst = {blocks[body_first].begin, blocks[i - 1].end};
      body_block = i;
      break;
    }
  }
  if (body_block < blocks.size()) article.body = {blocks[body_block].begin, blocks.back().end};

  if (article.date.empty() && article.dateline && article.dateline->month != 0)
    diagnostics.report({Severity::warning,
                        "the dateline gives a month and day but no year; pass --date YYYY-MM-DD to date "
                        "the article (left undated)",
                        article.origin});
}

namespace {

// Every IRI minted for an article starts with its URL, so a long URL is
// repeated in every mention: 8 MB of URL gave 915 MB of output.
constexpr std::size_t max_url_bytes = 4096;
constexpr std::size_t max_metadata_bytes = 64 * 1024;

// A metadata string as the output may hold it: valid UTF-8 (invalid bytes
// and controls replaced by U+FFFD, with a warning), or nothing when it is
// longer than `limit` bytes (with a warning).
std::string clean_field(std::string_view name, const std::optional<std::string>& value, std::size_t limit,
                        const Location& origin, DiagnosticSink& diagnostics) {
  if (!value) return {};
  if (value->size() > limit) {
    diagnostics.report({Severity::warning,
                        "\"" + std::string(name) + "\" of " + std::to_string(value->size()) +
                            " bytes is longer than " + std::to_string(limit) + " bytes; ignored",
                        origin});
    return {};
  }
  text::Utf8Repair repaired = text::repair_utf8(*value);
  if (repaired.invalid_sequences > 0 || repaired.control_characters > 0)
    diagnostics.report({Severity::warning,
                        "invalid UTF-8 or control characters in \"" + std::string(name) + "\" replaced by U+FFFD",
                        origin});
  return std::move(repaired.text);
}

}  // namespace

bool is_absolute_url(std::string_view text) noexcept {
  std::size_t colon = text.find("://");
  if (colon == std::string_view::npos || colon == 0) return false;
  auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!is_alpha(text[0])) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    char c = text[i];
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  return colon + 3 < text.size();
}

Article make_article(std::string_view bytes, Metadata metadata, Location origin,
                     const IngestOptions& options, DiagnosticSink& diagnostics) {
  if (bytes.size() > options.max_article_bytes)
    throw Error(Status::bad_input,
                "article of " + std::to_string(bytes.size()) + " bytes is over the limit of " +
                    limit_text(options.max_article_bytes),
                origin);
  text::Utf8Repair repaired = text::repair_utf8(bytes);
  if (repaired.invalid_sequences > 0)
    diagnostics.report({Severity::warning,
                        std::to_string(repaired.invalid_sequences) +
                            " invalid UTF-8 byte(s) replaced by U+FFFD (first at byte " +
                            std::to_string(repaired.first_invalid_byte) + ")",
                        origin});
  if (repaired.control_characters > 0)
    diagnostics.report({Severity::warning,
                        std::to_string(repaired.control_characters) +
                            " control character(s) replaced by U+FFFD",
                        origin});
  if (text::trim(repaired.text).empty()) throw Error(Status::bad_input, "the article is empty", origin);

  Article article;
  article.origin = std::move(origin);
  article.text = std::move(repaired.text);
  article.id = clean_field("id", metadata.id, max_metadata_bytes, article.origin, diagnostics);
  article.url = clean_field("url", metadata.url, max_url_bytes, article.origin, diagnostics);
  article.url = std::string(text::trim(article.url));
  if (!article.url.empty() && !is_absolute_url(article.url))
    diagnostics.report({Severity::warning,
                        "url \"" + article.url + "\" is not an absolute IRI; the article IRI is a hash of its text",
                        article.origin});
  article.source = clean_field("source", metadata.source, max_metadata_bytes, article.origin, diagnostics);
  article.title = std::string(
      text::trim(clean_field("title", metadata.title, max_metadata_bytes, article.origin, diagnostics)));
  std::string date(
      text::trim(clean_field("date", metadata.date, max_metadata_bytes, article.origin, diagnostics)));
  // Crawlers often give a timestamp; its day is what the article is dated.
  if (date.size() > 10 && (date[10] == 'T' || date[10] == ' ')) date.resize(10);
  if (!date.empty() && !is_iso_date(date)) {
    diagnostics.report({Severity::warning, "date \"" + date + "\" is not YYYY-MM-DD; ignored", article.origin});
    date.clear();
  }
  article.date = std::move(date);
  analyse_layout(article, diagnostics);
  if (article.headline.empty() && article.body.empty()) throw Error(Status::bad_input, "the article has no headline", article.origin);
  return article;
}

std::unique_ptr<ArticleSource> open_json_lines(std::unique_ptr<std::istream> in, const std::string& name,
                                               const IngestOptions& options, DiagnosticSink& diagnostics) {
  std::istream& stream = *in;
  return std::make_unique<JsonLinesSource>(std::move(in), stream, name, options, diagnostics);
}

std::unique_ptr<ArticleSource> open_source(const std::string& path, const IngestOptions& options,
                                           DiagnosticSink& diagnostics) {
  if (path == "-") {
    // Sniff: JSON Lines when the first non-blank character is '{'.
    std::string first_line;
    bool too_long = false;
    const std::size_t limit = options.max_article_bytes + 65536;
    while (read_line(std::cin, first_line, limit, too_long) && !too_long && text::trim(first_line).empty()) {
    }
    if (too_long)
      return std::make_unique<SingleArticleSource>(
          Error(Status::bad_input, "the input's first line is larger than the article size limit", {"<stdin>", 0}));
    if (!text::trim(first_line).empty() && text::trim(first_line).front() == '{')
      return std::make_unique<JsonLinesSource>(nullptr, std::cin, "<stdin>", options, diagnostics,
                                               std::move(first_line), true);
    bool over = false;
    std::string bytes = first_line + "\n" + read_all(std::cin, options.max_article_bytes, over);
    if (over)
      return std::make_unique<SingleArticleSource>(
          Error(Status::bad_input, "article over the limit of " + limit_text(options.max_article_bytes),
                {"<stdin>", 0}));
    return text_source(bytes, "<stdin>", {}, options, diagnostics);
  }
  std::error_code error;
  if (fs::is_directory(path, error)) throw Error(Status::io_error, "is a folder, not an article file", {path, 0});
  if (ends_with(lowercase_ascii(path), ".gz")) {
    // STEM.txt.gz (its sidecar STEM.json) or STEM.jsonl.gz, read decompressed.
    std::string inner = path.substr(0, path.size() - 3);
    auto file = std::make_unique<GunzipIStream>(path);
    std::istream& in = *file;
    if (ends_with(lowercase_ascii(inner), ".jsonl") || ends_with(lowercase_ascii(inner), ".ndjson"))
      return std::make_unique<JsonLinesSource>(std::move(file), in, path, options, diagnostics);
    bool over = false;
    std::string bytes = read_all(in, options.max_article_bytes, over);
    if (in.bad()) throw Error(Status::io_error, "cannot read the compressed file (damaged or cut short)", {path, 0});
    if (over)
      return std::make_unique<SingleArticleSource>(
          Error(Status::bad_input,
                "article (decompressed) over the limit of " + limit_text(options.max_article_bytes), {path, 0}));
    Metadata metadata;
    if (options.read_sidecar) {
      try {
        metadata = read_sidecar(inner);
      } catch (const Error& failure) {
        return std::make_unique<SingleArticleSource>(failure);
      }
    }
    return text_source(bytes, path, std::move(metadata), options, diagnostics);
  }
  if (ends_with(lowercase_ascii(path), ".jsonl") || ends_with(lowercase_ascii(path), ".ndjson")) {
    auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file) throw Error(Status::io_error, "cannot open the file", {path, 0});
    std::istream& in = *file;
    return std::make_unique<JsonLinesSource>(std::move(file), in, path, options, diagnostics);
  }
  std::string bytes;
  try {
    bytes = read_file(path, options.max_article_bytes);
  } catch (const Error& failure) {
    if (failure.status() != Status::bad_input) throw;
    return std::make_unique<SingleArticleSource>(failure);  // too large: skip it, go on
  }
  Metadata metadata;
  if (options.read_sidecar) {
    try {
      metadata = read_sidecar(path);
    } catch (const Error& failure) {
      return std::make_unique<SingleArticleSource>(failure);
    }
  }
  return text_source(bytes, path, std::move(metadata), options, diagnostics);
}

}  // namespace newskg::ingest
