// The text layer: tokens, sentences and quotation spans of one article, with
// byte offsets into the article text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::text {

enum class TokenKind : std::uint8_t { word, number, punctuation, quote };

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
  bool capitalised = false;   // first letter upper case
  bool all_caps = false;      // every letter upper case (and at least one letter)
  bool has_lower = false;
  bool newline_before = false;  // a line break between this token and the previous one
  std::uint32_t sentence = 0;
};

struct Sentence {
  std::size_t first_token = 0;  // [first_token, end_token)
  std::size_t end_token = 0;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  bool all_caps = false;  // the sentence is written in capitals: case says nothing
  bool title_case = false;  // a headline: most words capitalised
};

struct Quotation {
  std::size_t begin = 0;  // the quoted text, marks excluded (bytes)
  std::size_t end = 0;
  std::size_t open_mark = 0;  // byte offset of the opening mark
  std::size_t close_mark = 0; // byte offset of the closing mark (== end when unclosed)
  int depth = 0;              // 0 for an outermost quotation
  bool continues_previous = false;  // a quotation continued from the previous paragraph
  bool closed = true;
};

struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quotation> quotations;

  // The analysed region of the text, [folded_begin, folded_begin + folded.size()),
  // with ASCII letters lower-cased (text::lower_ascii, same byte offsets): the
  // form the finders look words up in, folded once here instead of per lookup.
  std::string folded;
  std::size_t folded_begin = 0;

  std::string_view token_text(std::size_t index) const {
    const Token& token = tokens[index];
    return text.substr(token.begin, token.end - token.begin);
  }
  // Bytes [begin, end) of the analysed region, folded.
  std::string_view folded_text(std::size_t begin, std::size_t end) const {
    return std::string_view(folded).substr(begin - folded_begin, end - begin);
  }
  std::string_view folded_token(std::size_t index) const {
    const Token& token = tokens[index];
    return folded_text(token.begin, token.end);
  }
};

// Analyses text[begin, end): the region is split into sentences at sentence
// punctuation (abbreviations from ontology/words/abbreviations.txt do not end
// one) and at every line break. `headline_end` marks the end of a headline
// region that forms a sentence of its own; 0 (not known) lets any sentence be
// one, `no_headline` none (a text that opens with its body).
inline constexpr std::size_t no_headline = static_cast<std::size_t>(-1);
Document analyse(std::string_view text, std::size_t begin, std::size_t end, std::size_t headline_end = 0);

}  // namespace newskg::text
