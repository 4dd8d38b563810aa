#include "newskg/syntax/parser.hpp"

#include <algorithm>

#include "newskg/text/chars.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::syntax {
namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != b[i]) return false;
  return true;
}

// Length of an apostrophe (' or U+2019) at `pos`, or 0.
std::size_t apostrophe_at(std::string_view s, std::size_t pos) {
  if (pos < s.size() && s[pos] == '\'') return 1;
  if (pos + 3 <= s.size() && s.substr(pos, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Where a clitic starts in `word` (UD English splits), or 0 for none.
std::size_t clitic_start(std::string_view word) {
  // Whole words: cannot -> can not; gonna -> gon na; wanna -> wan na; gotta -> got ta.
  struct Whole {
    std::string_view word;
    std::size_t split;
  };
  static constexpr Whole wholes[] = {{"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3}};
  for (const auto& w : wholes)
    if (iequals(word, w.word)) return w.split;
  // n't: do|n't, ca|n't, wo|n't.
  for (std::size_t a = 1; a < word.size(); ++a) {
    std::size_t len = apostrophe_at(word, a);
    if (!len) continue;
    std::string_view after = word.substr(a + len);
    if (lower_ascii(word[a - 1]) == 'n' && iequals(after, "t") && a >= 2 && ascii_letter(word[a - 2])) return a - 1;
    if (iequals(after, "s") || iequals(after, "re") || iequals(after, "ll") || iequals(after, "ve") ||
        iequals(after, "d") || iequals(after, "m"))
      return ascii_letter(word[a - 1]) ? a : 0;
    return 0;
  }
  return 0;
}

bool is_hyphen_at(std::string_view s, std::size_t pos, std::size_t& length) {
  if (s[pos] == '-') {
    length = 1;
    return true;
  }
  if (pos + 3 <= s.size() && (s.substr(pos, 3) == "\xE2\x80\x90" || s.substr(pos, 3) == "\xE2\x80\x91")) {
    length = 3;
    return true;
  }
  return false;
}

}  // namespace

std::size_t split_token(std::string_view token, std::size_t* ends, std::size_t capacity, std::uint32_t* clitics) {
  std::size_t count = 0;
  if (clitics) *clitics = 0;
  auto push = [&](std::size_t end) {
    if (count + 1 < capacity) ends[count++] = end;
  };
  auto piece = [&](std::size_t begin, std::size_t end) {
    std::size_t c = clitic_start(token.substr(begin, end - begin));
    if (c) {
      push(begin + c);
      if (clitics && count < 32) *clitics |= std::uint32_t{1} << count;
    }
    push(end);
  };
  // Hyphens split words as UD English does ("well-known" -> well - known),
  // except after one letter ("e-mail", "x-ray") and between digits ("571-9571").
  std::size_t begin = 0;
  for (std::size_t pos = 1; pos + 1 < token.size(); ++pos) {
    std::size_t length = 0;
    if (!is_hyphen_at(token, pos, length) || pos + length >= token.size()) continue;
    bool single_letter = pos - begin == 1 && ascii_letter(token[begin]);
    bool digits = ascii_digit(token[pos - 1]) && ascii_digit(token[pos + length]);
    if (single_letter || digits || token[pos + length] == '-' || token[pos - 1] == '-') continue;
    if (count + 3 > capacity) break;
    piece(begin, pos);
    push(pos + length);
    begin = pos + length;
    pos += length - 1;
  }
  piece(begin, token.size());
  if (count == 0 || ends[count - 1] != token.size()) {
    if (count == capacity) --count;
    ends[count++] = token.size();
  }
  return count;
}

std::uint64_t lemma_exception_key(std::uint64_t lower_form_hash, int upos) noexcept {
  return combine(combine(0x4C454D4D41ull, static_cast<std::uint64_t>(upos)), lower_form_hash);
}

std::uint64_t lemma_rule_key(std::uint64_t suffix_hash, std::size_t suffix_length, int upos) noexcept {
  return combine(combine(combine(0x52554C45ull, static_cast<std::uint64_t>(upos)), suffix_length), suffix_hash);
}

void lemmatise(const Model& model, std::string_view form, int upos, std::vector<char32_t>& lower, std::string& out) {
  lower_code_points(form, lower);
  std::size_t n = lower.size();
  std::string_view lemma;
  if (model.lemma_exception(lemma_exception_key(hash_code_points(lower.data(), n), upos), lemma)) {
    out.append(lemma);
    return;
  }
  for (std::size_t k = std::min(n, max_lemma_suffix) + 1; k-- > 0;) {
    bool to_lower = false;
    std::size_t strip = 0;
    std::string_view append;
    if (!model.lemma_rule(lemma_rule_key(hash_code_points(lower.data() + (n - k), k), k, upos), to_lower, strip,
                          append))
      continue;
    if (strip > n) continue;
    std::size_t keep = n - strip;
    if (to_lower) {
      for (std::size_t i = 0; i < keep; ++i) text::append_utf8(out, lower[i]);
    } else {
      std::size_t pos = 0;
      for (std::size_t i = 0; i < keep; ++i) text::next_code_point(form, pos);
      out.append(form.substr(0, pos));
    }
    out.append(append);
    return;
  }
  out.append(form);
}

Parser::Parser(std::shared_ptr<const Model> model) : model_(std::move(model)) {
  std::size_t most = std::max({model_->upos_tagger().classes(), model_->xpos_tagger().classes(),
                               model_->transitions().classes(), model_->labeller().classes()});
  scores_.resize(most);
}

Analysis Parser::parse(const text::Document& doc, const std::vector<bool>& keep, Omitted omitted) {
  Analysis out;
  parse(doc, out, keep, omitted);
  return out;
}

void Parser::parse(const text::Document& doc, Analysis& out, const std::vector<bool>& keep, Omitted omitted) {
  out.clear();
  constexpr std::size_t capacity = 32;
  std::size_t ends[capacity];
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    if (!keep.empty() && (s >= keep.size() || !keep[s])) continue;
    const text::Sentence& sentence = doc.sentences[s];
    std::size_t first = out.words.size();
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (doc.tokens[t].begin >= omitted.begin && doc.tokens[t].end <= omitted.end && omitted.end > omitted.begin)
        continue;
      std::string_view token = doc.token_text(t);
      std::uint32_t clitics = 0;
      std::size_t count = split_token(token, ends, capacity, &clitics);
      std::size_t begin = 0;
      for (std::size_t k = 0; k < count; ++k) {
        Word w;
        w.clitic = (clitics >> k & 1u) != 0;
        w.form = token.substr(begin, ends[k] - begin);
        w.token = static_cast<std::uint32_t>(t);
        w.begin = doc.tokens[t].begin + begin;
        w.end = doc.tokens[t].begin + ends[k];
        out.words.push_back(w);
        begin = ends[k];
      }
    }
    for (std::size_t at = first; at < out.words.size(); at += max_sentence_words) {
      std::size_t end = std::min(out.words.size(), at + max_sentence_words);
      analyse(out.words.data() + at, end - at, out.lemmas);
      out.sentences.push_back({at, end, s});
    }
  }
}

void Parser::parse_words(std::span<const std::string_view> forms, Analysis& out) {
  std::size_t first = out.words.size();
  for (std::string_view form : forms) {
    Word w;
    w.form = form;
    out.words.push_back(w);
  }
  for (std::size_t at = first; at < out.words.size(); at += max_sentence_words) {
    std::size_t end = std::min(out.words.size(), at + max_sentence_words);
    analyse(out.words.data() + at, end - at, out.lemmas);
    out.sentences.push_back({at, end, 0});
  }
}

void Parser::analyse(Word* words, std::size_t n, std::string& lemmas) {
  if (n == 0) return;
  tag(words, n);
  for (std::size_t i = 0; i < n; ++i) lemmatise(words[i], lemmas);
  parse_tree(words, n);
}

namespace {
template <class Allowed>
int best(const std::int32_t* scores, std::size_t count, Allowed allowed) {
  int best_class = -1;
  for (std::size_t c = 0; c < count; ++c)
    if (allowed(c) && (best_class < 0 || scores[c] > scores[best_class])) best_class = static_cast<int>(c);
  return best_class;
}
}  // namespace

void Parser::tag(Word* words, std::size_t n) {
  atoms_.resize(n);
  tags_.resize(n);
  for (std::size_t i = 0; i < n; ++i) word_atoms(words[i].form, code_points_, atoms_[i]);
  atoms_words_ = words;
  const Classifier& upos = model_->upos_tagger();
  const Classifier& xpos = model_->xpos_tagger();
  const bool joint = model_->joint_tagger();
  const std::size_t upos_count = model_->upos_count(), xpos_count = model_->xpos_count();
  auto all = [](std::size_t) { return true; };
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t count = tagger_features(atoms_.data(), n, i, tags_.data(), features_);
    std::fill(scores_.begin(), scores_.end(), 0);
    upos.score(features_, count, scores_.data());
    int tag = std::max(0, best(scores_.data(), upos_count, all));
    // Usually the best tag is one of the word's own: search again only when not.
    const std::uint32_t allowed = model_->allowed_tags(atoms_[i].form);
    if (allowed != Model::all_tags && (tag >= 32 || !(allowed >> tag & 1u)))
      tag = std::max(0, best(scores_.data(), upos_count, [&](std::size_t c) { return c < 32 && (allowed >> c & 1u); }));
    tags_[i] = static_cast<std::uint8_t>(tag);
    words[i].upos = static_cast<std::uint8_t>(tag);
    if (joint) {
      words[i].xpos = static_cast<std::uint8_t>(std::max(0, best(scores_.data() + upos_count, xpos_count, all)));
      continue;
    }
    std::fill(scores_.begin(), scores_.end(), 0);
    xpos.score(features_, count, scores_.data());
    words[i].xpos = static_cast<std::uint8_t>(std::max(0, best(scores_.data(), xpos.classes(), all)));
  }
}

void Parser::lemmatise(Word& word, std::string& lemmas) {
  std::size_t begin = lemmas.size();
  syntax::lemmatise(*model_, word.form, word.upos, code_points_, lemmas);
  word.lemma_begin = static_cast<std::uint32_t>(begin);
  word.lemma_size = static_cast<std::uint32_t>(lemmas.size() - begin);
}

void Parser::parse_tree(Word* words, std::size_t n) {
  parser_words_.resize(n + 1);
  // The atoms tag() computed for these words, else computed here.
  bool tagged = atoms_words_ == words && atoms_.size() == n;
  for (std::size_t i = 0; i < n; ++i) {
    WordAtoms a;
    if (tagged)
      a = atoms_[i];
    else
      word_atoms(words[i].form, code_points_, a);
    parser_words_[i + 1] = {a.lower, a.suffix[2], words[i].upos, words[i].xpos};
  }
  atoms_words_ = nullptr;
  state_.reset(static_cast<int>(n));
  const Classifier& transitions = model_->transitions();
  const Classifier& labeller = model_->labeller();
  int root_label = model_->deprel_id("root");
  while (!state_.terminal()) {
    std::size_t count = parser_features(state_, parser_words_.data(), features_);
    std::fill(scores_.begin(), scores_.end(), 0);
    transitions.score(features_, count, scores_.data());
    int move = best(scores_.data(), move_count, [&](std::size_t m) { return state_.legal(static_cast<Move>(m)); });
    int label = -1;
    if (move != shift) {
      int head = state_.arc_head(static_cast<Move>(move));
      if (head == 0) {
        label = root_label;
      } else {
        count = label_features(state_, parser_words_.data(), static_cast<Move>(move), features_);
        std::fill(scores_.begin(), scores_.end(), 0);
        labeller.score(features_, count, scores_.data());
        label = best(scores_.data(), labeller.classes(), [&](std::size_t c) { return static_cast<int>(c) != root_label; });
      }
    }
    state_.apply(static_cast<Move>(move), label);
  }
  for (std::size_t i = 0; i < n; ++i) {
    words[i].head = static_cast<std::uint16_t>(state_.head[i + 1]);
    words[i].deprel = static_cast<std::uint8_t>(std::max(0, state_.label[i + 1]));
  }
}

}  // namespace newskg::syntax
