#include "newskg/text/document.hpp"

#include <algorithm>

#include "newskg/lexicon/words.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::text {
namespace {

bool is_quote_mark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2018 ||
         c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A;
}

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  return next_code_point(text, pos);
}

char32_t peek_before(std::string_view text, std::size_t pos, std::size_t begin) {
  if (pos <= begin) return 0;
  std::size_t start = pos - 1;
  while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return next_code_point(text, start);
}

bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c); }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::size_t begin, std::size_t end)
      : text_(text), pos_(begin), end_(end), abbreviations_(lexicon::WordList::embedded("abbreviations")) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    bool newline = false;
    while (pos_ < end_) {
      std::size_t length = 0;
      if (is_space_at(text_, pos_, &length)) {
        if (text_[pos_] == '\n') newline = true;
        pos_ += length;
        continue;
      }
      Token token = next();
      token.newline_before = newline;
      newline = false;
      tokens.push_back(token);
    }
    return tokens;
  }

 private:
  Token next() {
    std::size_t start = pos_;
    std::size_t probe = pos_;
    char32_t c = next_code_point(text_, probe);
    Token token;
    token.begin = start;
    if (is_word_char(c)) {
      word(token);
    } else {
      pos_ = probe;
      token.end = pos_;
      token.kind = is_quote_mark(c) ? TokenKind::quote : TokenKind::punctuation;
      // A possessive or elided apostrophe stays with what follows: "'s".
      if (is_apostrophe(c) && pos_ < end_) {
        std::size_t after = pos_;
        char32_t next_char = next_code_point(text_, after);
        char32_t before = peek_before(text_, start, 0);
        if ((next_char == 's' || next_char == 'S') && is_word_char(before) &&
            !is_word_char(peek(text_, after, end_))) {
          pos_ = after;
          token.end = pos_;
          token.kind = TokenKind::word;
        }
      }
    }
    return token;
  }

  void word(Token& token) {
    bool letters = false, upper = true, lower = false, first = true, digits_only = true;
    auto take = [&](char32_t c) {
      if (is_letter(c)) {
        if (first) token.capitalised = is_upper(c);
        letters = true;
        digits_only = false;
        if (is_lower(c)) {
          upper = false;
          lower = true;
        }
      } else if (!is_digit(c)) {
        digits_only = false;
      }
      first = false;
    };
    while (pos_ < end_) {
      std::size_t probe = pos_;
      char32_t c = next_code_point(text_, probe);
      if (is_word_char(c)) {
        take(c);
        pos_ = probe;
        continue;
      }
      char32_t next_char = peek(text_, probe, end_);
      // Joiners inside a word: "non-expansion", "O'Brien", "3.5", "1,000", "U.S."
      bool hyphen = (c == '-' || c == 0x2010 || c == 0x2011) && is_word_char(next_char);
      bool apostrophe = is_apostrophe(c) && is_letter(next_char) &&
                        !((next_char == 's' || next_char == 'S') && !is_word_char(peek(text_, probe + 1, end_)));
      bool number_mark = (c == '.' || c == ',') && is_digit(next_char) && digits_only && !first;
      bool initialism = c == '.' && is_letter(next_char) && peek(text_, probe + 1, end_) == '.' &&
                        pos_ - token.begin == 1;
      if (hyphen || apostrophe || number_mark || initialism) {
        pos_ = probe;
        first = false;
        continue;
      }
      break;
    }
    // A trailing period belongs to an abbreviation ("Mr.", "Dec.", "U.S.").
    if (pos_ < end_ && text_[pos_] == '.') {
      std::string candidate(text_.substr(token.begin, pos_ + 1 - token.begin));
      bool single_initial = pos_ - token.begin == 1 && token.capitalised;
      if (abbreviations_.contains(candidate) || single_initial || is_initialism(candidate)) ++pos_;
    }
    token.end = pos_;
    token.kind = digits_only ? TokenKind::number : TokenKind::word;
    token.all_caps = letters && upper;
    token.has_lower = lower;
  }

  static bool is_initialism(std::string_view candidate) {
    // "U.S." "U.N." "E.U.": letter-period pairs, at least two.
    if (candidate.size() < 4 || candidate.size() % 2 != 0) return false;
    for (std::size_t i = 0; i < candidate.size(); i += 2)
      if (!((candidate[i] >= 'A' && candidate[i] <= 'Z') || (candidate[i] >= 'a' && candidate[i] <= 'z')) ||
          candidate[i + 1] != '.')
        return false;
    return true;
  }

  std::string_view text_;
  std::size_t pos_;
  std::size_t end_;
  const lexicon::WordList& abbreviations_;
};

bool ends_sentence(std::string_view token) {
  return token == "." || token == "!" || token == "?" || token == "\xE2\x80\xA6" || token == ";";
}

void split_sentences(Document& doc, std::size_t headline_end) {
  auto& tokens = doc.tokens;
  std::size_t first = 0;
  auto close = [&](std::size_t end_token) {
    if (end_token <= first) return;
    Sentence sentence;
    sentence.first_token = first;
    sentence.end_token = end_token;
    sentence.begin = tokens[first].begin;
    sentence.end = tokens[end_token - 1].end;
    std::size_t words = 0, caps = 0, capitalised = 0;
    for (std::size_t i = first; i < end_token; ++i) {
      tokens[i].sentence = static_cast<std::uint32_t>(doc.sentences.size());
      if (tokens[i].kind != TokenKind::word) continue;
      ++words;
      if (tokens[i].all_caps && tokens[i].end - tokens[i].begin > 1) ++caps;
      if (tokens[i].capitalised) ++capitalised;
    }
    // A short line in capitals ("OSLO 2021-03-04") counts only when every word is.
    sentence.all_caps = words >= 1 && caps * 10 >= words * 7 && (words >= 3 || caps == words);
    // Only a headline is written in title case; in the body, capitals mark names.
    bool headline = headline_end == 0 || (headline_end != no_headline && sentence.begin < headline_end);
    sentence.title_case = headline && !sentence.all_caps && words >= 3 && capitalised * 10 >= words * 6;
    doc.sentences.push_back(sentence);
    first = end_token;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > first && (tokens[i].newline_before || (headline_end && tokens[i].begin >= headline_end &&
                                                   tokens[i - 1].end <= headline_end))) {
      close(i);
    }
    std::string_view text = doc.token_text(i);
    if (tokens[i].kind == TokenKind::punctuation && ends_sentence(text) && text != ";") {
      std::size_t end = i + 1;
      // Closing quotes and brackets stay with the sentence they close.
      while (end < tokens.size() && !tokens[end].newline_before &&
             (doc.token_text(end) == ")" || (tokens[end].kind == TokenKind::quote &&
                                              (end + 1 >= tokens.size() || tokens[end + 1].newline_before ||
                                               tokens[end + 1].begin > tokens[end].end))))
        ++end;
      if (end >= tokens.size() || tokens[end].newline_before) {
        close(end);
        i = end - 1;
        continue;
      }
      const Token& next = tokens[end];
      bool starts_sentence = next.capitalised || next.kind == TokenKind::quote || next.kind == TokenKind::number ||
                             doc.token_text(end) == "(";
      if (starts_sentence) {
        close(end);
        i = end - 1;
      }
    }
  }
  close(tokens.size());
}

// Pairs quotation marks with a stack: a mark after a space (or at a line's
// start) and before a non-space opens; one after a non-space closes.
void find_quotations(Document& doc, std::size_t begin, std::size_t end) {
  struct Open {
    std::size_t mark;
    std::size_t content;
    char32_t closer_family;  // '"' for double quotes, '\'' for single
  };
  std::vector<Open> stack;
  std::vector<Quotation> found;
  std::string_view text = doc.text;
  // Closes the innermost open quotation at `at` (its closing mark, or the paragraph's end).
  auto close_top = [&](std::size_t at, bool closed) {
    Open open = stack.back();
    stack.pop_back();
    if (!closed && open.closer_family == '\'') return;  // an unclosed single quote is an apostrophe
    Quotation quotation;
    quotation.begin = open.content;
    quotation.end = at;
    quotation.open_mark = open.mark;
    quotation.close_mark = at;
    quotation.depth = static_cast<int>(stack.size());
    quotation.closed = closed;
    found.push_back(quotation);
  };
  auto close_paragraph = [&](std::size_t paragraph_end) {
    while (!stack.empty()) close_top(paragraph_end, false);
  };
  std::size_t pos = begin;
  std::size_t line_end = begin;
  while (pos < end) {
    std::size_t start = pos;
    char32_t c = next_code_point(text, pos);
    if (c == '\n') {
      // Trailing spaces are not part of a paragraph.
      std::size_t paragraph_end = start;
      while (paragraph_end > begin && (text[paragraph_end - 1] == ' ' || text[paragraph_end - 1] == '\r'))
        --paragraph_end;
      close_paragraph(paragraph_end);
      line_end = pos;
      continue;
    }
    if (!is_quote_mark(c)) continue;
    char32_t before = peek_before(text, start, begin);
    char32_t after = peek(text, pos, end);
    bool space_before = before == 0 || before == ' ' || before == '\n' || before == '\t' || before == '(' ||
                        before == '[' || is_dash(before) || before == 0xA0 || before == ':' || start == line_end;
    bool space_after = after == 0 || after == ' ' || after == '\n' || after == '\r' || after == 0xA0;
    bool single = c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A || c == '\'';
    char32_t family = single ? '\'' : '"';
    bool opener = c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A || c == 0x2039;
    bool closer = c == 0x201D || c == 0xBB || c == 0x2019 || c == 0x203A;
    if (c == 0x201C && !stack.empty() && stack.back().closer_family == '"' && !space_before && space_after &&
        text.substr(stack.back().mark, 3) == "\xE2\x80\x9E")
      closer = true, opener = false;  // German „...“
    if (c == '"') {
      opener = space_before && !space_after;
      closer = !space_before;
      if (!opener && !closer) opener = true;
    }
    if (single && is_word_char(before) && is_word_char(after)) continue;  // an apostrophe: don't
    bool top_matches = !stack.empty() && stack.back().closer_family == family;
    if (closer && top_matches) {
      close_top(start, true);
    } else if (opener) {
      stack.push_back({start, pos, family});
    }
  }
  close_paragraph(end);
  // "A quotation continued in the next paragraph": an unclosed quotation
  // followed by a paragraph that opens with a quotation mark.
  std::sort(found.begin(), found.end(), [](const Quotation& a, const Quotation& b) {
    return a.open_mark < b.open_mark || (a.open_mark == b.open_mark && a.depth < b.depth);
  });
  const Quotation* previous_unclosed = nullptr;
  for (auto& quotation : found) {
    if (quotation.depth != 0) continue;
    if (previous_unclosed) {
      std::string_view between = text.substr(previous_unclosed->end, quotation.open_mark - previous_unclosed->end);
      if (trim(between).empty()) quotation.continues_previous = true;
    }
    previous_unclosed = quotation.closed ? nullptr : &quotation;
  }
  doc.quotations = std::move(found);
}

}  // namespace

Document analyse(std::string_view text, std::size_t begin, std::size_t end, std::size_t headline_end) {
  Document doc;
  doc.text = text;
  doc.folded = lower_ascii(text.substr(begin, end - begin));
  doc.folded_begin = begin;
  doc.tokens = Tokenizer(text, begin, end).run();
  split_sentences(doc, headline_end);
  find_quotations(doc, begin, end);
  return doc;
}

}  // namespace newskg::text
