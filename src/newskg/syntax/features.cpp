#include "newskg/syntax/features.hpp"

#include "newskg/text/chars.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::syntax {

std::uint64_t hash_code_points(const char32_t* text, std::size_t size) noexcept {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (std::size_t i = 0; i < size; ++i) {
    h ^= static_cast<std::uint64_t>(text[i]);
    h *= 0x100000001B3ull;
  }
  return mix(h ^ size);
}

namespace {

enum Flag : std::uint32_t {
  capitalised = 1,
  all_caps = 2,
  has_digit = 4,
  has_hyphen = 8,
  no_letter = 16,
  all_digits = 32,
};

// Typographic variants read as their ASCII forms: ’ ‘ -> ', “ ” -> ", – — -> -.
char32_t normalise(char32_t c) noexcept {
  if (c == 0x2019 || c == 0x2018) return '\'';
  if (c == 0x201C || c == 0x201D) return '"';
  if (c == 0x2013 || c == 0x2014) return '-';
  return text::to_lower(c);
}

char32_t shape_of(char32_t c) noexcept {
  if (text::is_digit(c)) return 'd';
  if (text::is_upper(c)) return 'X';
  if (text::is_letter(c)) return 'x';
  return c;
}

constexpr std::uint64_t none = 0x5A5A5A5A5A5A5A5Aull;  // atom of a word outside the sentence
constexpr std::uint64_t root_word = 0x1234567812345678ull;
constexpr std::uint8_t no_tag = 255;
constexpr std::uint8_t root_tag = 254;

struct Out {
  std::uint64_t* out;
  std::size_t n = 0;
  void add(std::uint64_t t, std::uint64_t a) { out[n++] = combine(t, a); }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b) { out[n++] = combine(combine(t, a), b); }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    out[n++] = combine(combine(combine(t, a), b), c);
  }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
    out[n++] = combine(combine(combine(combine(t, a), b), c), d);
  }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d, std::uint64_t e) {
    out[n++] = combine(combine(combine(combine(combine(t, a), b), c), d), e);
  }
};

// The parser's and labeller's features: one multiply per atom and one
// finishing step, instead of a full mix per atom as Out does (the atoms are
// hashes or small numbers already; keys are compared whole, all 64 bits).
struct FastOut {
  std::uint64_t* out;
  std::size_t n = 0;
  static constexpr std::uint64_t k = 0xD6E8FEB86659FD93ull;
  static std::uint64_t start(std::uint64_t t) { return (t + 1) * 0x9E3779B97F4A7C15ull; }
  static std::uint64_t step(std::uint64_t h, std::uint64_t a) { return (h ^ a) * k; }
  void put(std::uint64_t h) {
    h ^= h >> 32;
    out[n++] = h * k ^ (h >> 29);
  }
  void add(std::uint64_t t, std::uint64_t a) { put(step(start(t), a)); }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b) { put(step(step(start(t), a), b)); }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    put(step(step(step(start(t), a), b), c));
  }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
    put(step(step(step(step(start(t), a), b), c), d));
  }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d, std::uint64_t e) {
    put(step(step(step(step(step(start(t), a), b), c), d), e));
  }
};

}  // namespace

void lower_code_points(std::string_view form, std::vector<char32_t>& out) {
  out.clear();
  for (std::size_t pos = 0; pos < form.size();) out.push_back(normalise(text::next_code_point(form, pos)));
}

void word_atoms(std::string_view form, std::vector<char32_t>& lower, WordAtoms& atoms) {
  lower.clear();
  std::uint32_t flags = all_caps | no_letter | all_digits;
  char32_t shape[64];
  std::size_t shape_size = 0;
  char32_t last = 0;
  int run = 0;
  bool first = true;
  std::uint64_t cased = 0xCBF29CE484222325ull;
  for (std::size_t pos = 0; pos < form.size();) {
    char32_t c = text::next_code_point(form, pos);
    cased = (cased ^ c) * 0x100000001B3ull;
    if (text::is_letter(c)) {
      flags &= ~static_cast<std::uint32_t>(no_letter);
      if (first && text::is_upper(c)) flags |= capitalised;
      if (text::is_lower(c)) flags &= ~static_cast<std::uint32_t>(all_caps);
    }
    if (text::is_digit(c))
      flags |= has_digit;
    else
      flags &= ~static_cast<std::uint32_t>(all_digits);
    if (text::is_dash(c)) flags |= has_hyphen;
    first = false;
    lower.push_back(normalise(c));
    char32_t s = shape_of(c);
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 3 && shape_size < 64) shape[shape_size++] = s;
  }
  if (flags & no_letter) flags &= ~static_cast<std::uint32_t>(all_caps);
  atoms.flags = flags;
  atoms.form = mix(cased);
  std::size_t n = lower.size();
  atoms.lower = hash_code_points(lower.data(), n);
  for (std::size_t k = 0; k < 3; ++k) atoms.prefix[k] = hash_code_points(lower.data(), k + 1 < n ? k + 1 : n);
  for (std::size_t k = 0; k < 4; ++k) {
    std::size_t len = k + 1 < n ? k + 1 : n;
    atoms.suffix[k] = hash_code_points(lower.data() + (n - len), len);
  }
  atoms.shape = hash_code_points(shape, shape_size);
}

std::size_t tagger_features(const WordAtoms* w, std::size_t n, std::size_t i, const std::uint8_t* tags,
                            std::uint64_t* out) noexcept {
  Out f{out};
  auto lower = [&](std::ptrdiff_t k) -> std::uint64_t {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return none + static_cast<std::uint64_t>(-j);
    if (j >= static_cast<std::ptrdiff_t>(n)) return none + 16 + static_cast<std::uint64_t>(j);
    return w[j].lower;
  };
  auto at = [&](std::ptrdiff_t k) -> const WordAtoms* {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? nullptr : &w[j];
  };
  std::uint64_t t1 = i >= 1 ? tags[i - 1] : no_tag;
  std::uint64_t t2 = i >= 2 ? tags[i - 2] : no_tag;
  const WordAtoms& x = w[i];
  f.add(1, 0);
  f.add(2, x.lower);
  for (std::uint64_t k = 0; k < 4; ++k) f.add(3 + k, x.suffix[k]);
  for (std::uint64_t k = 0; k < 3; ++k) f.add(7 + k, x.prefix[k]);
  f.add(10, x.shape);
  f.add(11, x.flags, i == 0);
  f.add(12, lower(-1));
  f.add(13, lower(-2));
  f.add(14, lower(1));
  f.add(15, lower(2));
  f.add(16, t1);
  f.add(17, t1, t2);
  f.add(18, t1, x.lower);
  const WordAtoms* p = at(-1);
  const WordAtoms* q = at(1);
  f.add(19, p ? p->suffix[2] : none);
  f.add(20, q ? q->suffix[2] : none);
  f.add(21, q ? q->shape : none);
  f.add(22, p ? p->shape : none);
  f.add(23, lower(-1), x.lower);
  f.add(24, x.lower, lower(1));
  f.add(25, t1, x.suffix[2]);
  f.add(26, x.flags, i == 0, t1);
  f.add(27, t1, lower(1));
  f.add(28, x.suffix[1], lower(1));
  f.add(29, x.form);
  f.add(30, lower(1), lower(2));
  f.add(31, q ? q->flags : 0xFFFF);
  f.add(32, p ? p->flags : 0xFFFF, x.flags);
  return f.n;
}

namespace {

struct Atoms {
  std::uint64_t w = none, t = no_tag, x = no_tag, l = no_tag, suffix = none;
};

Atoms atoms_of(const ParseState& st, const ParserWord* words, int k) {
  Atoms a;
  if (k == no_word) return a;
  if (k == 0) {
    a.w = root_word;
    a.t = root_tag;
    a.x = root_tag;
    a.suffix = root_word;
    return a;
  }
  a.w = words[k].word;
  a.t = words[k].upos;
  a.x = words[k].xpos;
  a.suffix = words[k].suffix;
  a.l = static_cast<std::uint64_t>(st.label[k] + 1);
  return a;
}

int child(const std::vector<int>& v, int k) { return k > 0 ? v[k] : no_word; }

}  // namespace

std::size_t parser_features(const ParseState& st, const ParserWord* words, std::uint64_t* out) noexcept {
  FastOut f{out};
  int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
  Atoms S0 = atoms_of(st, words, s0), S1 = atoms_of(st, words, s1), S2 = atoms_of(st, words, s2);
  Atoms B0 = atoms_of(st, words, b0), B1 = atoms_of(st, words, b1), B2 = atoms_of(st, words, b2);
  Atoms S0L = atoms_of(st, words, child(st.lc1, s0)), S0L2 = atoms_of(st, words, child(st.lc2, s0));
  Atoms S0R = atoms_of(st, words, child(st.rc1, s0)), S0R2 = atoms_of(st, words, child(st.rc2, s0));
  Atoms S1L = atoms_of(st, words, child(st.lc1, s1)), S1R = atoms_of(st, words, child(st.rc1, s1));
  Atoms B0L = atoms_of(st, words, child(st.lc1, b0)), B0L2 = atoms_of(st, words, child(st.lc2, b0));
  // Which children exist: the features of an absent child are left out (the
  // valency features say it is absent), about a tenth of the lookups.
  const bool sl = child(st.lc1, s0) != no_word, sl2 = child(st.lc2, s0) != no_word;
  const bool sr = child(st.rc1, s0) != no_word, sr2 = child(st.rc2, s0) != no_word;
  const bool bl = child(st.lc1, b0) != no_word, bl2 = child(st.lc2, b0) != no_word;
  const bool s1l = child(st.lc1, s1) != no_word, s1r = child(st.rc1, s1) != no_word;
  std::uint64_t dist = 0, dist1 = 0;
  if (s0 > 0 && b0 != no_word) dist = static_cast<std::uint64_t>(b0 - s0 < 5 ? b0 - s0 : (b0 - s0 < 10 ? 5 : 6));
  if (s1 > 0 && s0 > 0) dist1 = static_cast<std::uint64_t>(s0 - s1 < 5 ? s0 - s1 : (s0 - s1 < 10 ? 5 : 6));
  std::uint64_t s0vl = s0 > 0 ? st.lval[s0] : 0, s0vr = s0 > 0 ? st.rval[s0] : 0;
  std::uint64_t b0vl = b0 > 0 ? st.lval[b0] : 0, s1vr = s1 > 0 ? st.rval[s1] : 0;
  std::uint64_t s0sl = s0 > 0 ? st.lset[s0] : 0, s0sr = s0 > 0 ? st.rset[s0] : 0;
  std::uint64_t b0sl = b0 > 0 ? st.lset[b0] : 0, s1sr = s1 > 0 ? st.rset[s1] : 0;

  f.add(1, S0.w);
  f.add(2, S0.t);
  f.add(3, S0.w, S0.t);
  f.add(4, S1.w);
  f.add(5, S1.t);
  f.add(6, S1.w, S1.t);
  f.add(7, B0.w);
  f.add(8, B0.t);
  f.add(9, B0.w, B0.t);
  f.add(10, B1.w);
  f.add(11, B1.t);
  f.add(12, B1.w, B1.t);
  f.add(13, B2.w);
  f.add(14, B2.t);
  f.add(15, S2.t);
  f.add(16, S2.w);
  f.add(17, S0.w, S0.t, B0.w, B0.t);
  f.add(18, S0.w, S0.t, B0.w);
  f.add(19, S0.w, B0.w, B0.t);
  f.add(20, S0.w, S0.t, B0.t);
  f.add(21, S0.t, B0.w, B0.t);
  f.add(22, S0.w, B0.w);
  f.add(23, S0.t, B0.t);
  f.add(24, B0.t, B1.t);
  f.add(25, S0.t, S1.t);
  f.add(26, S0.w, S1.w);
  f.add(27, S0.w, S0.t, S1.t);
  f.add(28, S0.t, S1.w, S1.t);
  f.add(29, S1.w, B0.w);
  f.add(30, S1.t, B0.t);
  f.add(31, B0.t, B1.t, B2.t);
  f.add(32, S0.t, B0.t, B1.t);
  f.add(33, S1.t, S0.t, B0.t);
  f.add(34, S0.t, S0L.t, B0.t);
  f.add(35, S0.t, S0R.t, B0.t);
  f.add(36, S0.t, B0.t, B0L.t);
  f.add(37, S1.t, S0.t, S0L.t);
  f.add(38, S1.t, S0.t, S0R.t);
  f.add(39, S1.t, S1R.t, S0.t);
  f.add(40, S2.t, S1.t, S0.t);
  f.add(41, S1.t, S1L.t, S0.t);
  f.add(42, S0.w, dist);
  f.add(43, S0.t, dist);
  f.add(44, B0.w, dist);
  f.add(45, B0.t, dist);
  f.add(46, S0.w, B0.w, dist);
  f.add(47, S0.t, B0.t, dist);
  f.add(48, S1.t, S0.t, dist1);
  f.add(49, S1.w, S0.w, dist1);
  f.add(50, S0.w, s0vl);
  f.add(51, S0.w, s0vr);
  f.add(52, S0.t, s0vl);
  f.add(53, S0.t, s0vr);
  f.add(54, B0.w, b0vl);
  f.add(55, B0.t, b0vl);
  f.add(56, S1.w, s1vr);
  f.add(57, S1.t, s1vr);
  if (sl) f.add(58, S0L.w);
  if (sl) f.add(59, S0L.t);
  if (sl) f.add(60, S0L.l);
  if (sr) f.add(61, S0R.w);
  if (sr) f.add(62, S0R.t);
  if (sr) f.add(63, S0R.l);
  if (bl) f.add(64, B0L.w);
  if (bl) f.add(65, B0L.t);
  if (bl) f.add(66, B0L.l);
  if (s1r) f.add(67, S1R.w);
  if (s1r) f.add(68, S1R.t);
  if (s1r) f.add(69, S1R.l);
  if (s1l) f.add(70, S1L.t, S1L.l);
  if (sl2) f.add(71, S0L2.t, S0L2.l);
  if (sr2) f.add(72, S0R2.t, S0R2.l);
  if (bl2) f.add(73, B0L2.t, B0L2.l);
  f.add(74, S0.w, s0sl);
  f.add(75, S0.w, s0sr);
  f.add(76, S0.t, s0sl);
  f.add(77, S0.t, s0sr);
  f.add(78, B0.w, b0sl);
  f.add(79, B0.t, b0sl);
  f.add(80, S1.t, s1sr);
  f.add(81, S0.x);
  f.add(82, B0.x);
  f.add(83, S0.x, B0.x);
  f.add(84, S1.x, S0.x);
  f.add(85, S0.x, B0.x, B1.x);
  f.add(86, S0.t, S0L.t, S0L2.t);
  f.add(87, S0.t, S0R.t, S0R2.t);
  f.add(88, B0.t, B0L.t, B0L2.t);
  f.add(89, 0);
  f.add(90, S1.x, S0.x, B0.x);
  f.add(91, S0.suffix, B0.t);
  f.add(92, S0.t, B0.suffix);
  f.add(93, S0.t, S0L.l, S0R.l);
  f.add(94, S0.w, S0.t, S1.w, S1.t);
  {  // Lexical bigrams of the buffer, second children's words, label context (model of 2026-12).
    std::uint64_t s1sl = s1 > 0 ? st.lset[s1] : 0;
    f.add(95, B0.w, B1.w);
    f.add(96, B0.w, B1.t);
    f.add(97, B0.t, B1.w);
    f.add(98, S0.w, B0.t, B1.t);
    f.add(99, S0.t, B0.w, B1.t);
    f.add(100, S1.w, S0.t, B0.t);
    if (sl2) f.add(101, S0L2.w);
    if (sr2) f.add(102, S0R2.w);
    if (s1l) f.add(103, S1L.w, S1L.l);
    f.add(104, S0.w, S0L.l, S0R.l);
    f.add(105, S1.t, s1sl);
    f.add(106, S0.t, B0.t, B1.t, B2.t);
  }
  return f.n;
}

std::size_t label_features(const ParseState& st, const ParserWord* words, Move move, std::uint64_t* out) noexcept {
  FastOut f{out};
  int d = st.s(0), h = st.arc_head(move);
  Atoms D = atoms_of(st, words, d), H = atoms_of(st, words, h);
  Atoms DL = atoms_of(st, words, child(st.lc1, d)), DR = atoms_of(st, words, child(st.rc1, d));
  Atoms HL = atoms_of(st, words, child(st.lc1, h));
  std::uint64_t dir = move;
  int gap = h > d ? h - d : d - h;
  std::uint64_t dist = static_cast<std::uint64_t>(h == 0 ? 7 : gap < 5 ? gap : (gap < 10 ? 5 : 6));
  std::uint64_t dsl = d > 0 ? st.lset[d] : 0, dsr = d > 0 ? st.rset[d] : 0;
  std::uint64_t hsl = h > 0 ? st.lset[h] : 0, hsr = h > 0 ? st.rset[h] : 0;
  f.add(1, dir);
  f.add(2, dir, D.w);
  f.add(3, dir, D.t);
  f.add(4, dir, D.x);
  f.add(5, dir, H.w);
  f.add(6, dir, H.t);
  f.add(7, dir, H.x);
  f.add(8, dir, D.t, H.t);
  f.add(9, dir, D.w, H.t);
  f.add(10, dir, D.t, H.w);
  f.add(11, dir, D.w, H.w);
  f.add(12, dir, D.x, H.x);
  f.add(13, dir, D.t, H.t, dist);
  f.add(14, dir, D.t, dsl);
  f.add(15, dir, D.t, dsr);
  f.add(16, dir, H.t, D.t, dsl);
  f.add(17, dir, DL.w, DL.l);
  f.add(18, dir, DL.l, H.t);
  f.add(19, dir, DR.l, D.t);
  f.add(20, dir, H.t, hsl, hsr);
  f.add(21, dir, D.x, H.t, dist);
  f.add(22, dir, D.w, D.x);
  f.add(23, dir, DL.w, H.t, D.t);
  f.add(24, dir, D.suffix, D.t);
  f.add(25, dir, dsl, dsr, D.t, H.t);
  f.add(26, dir, D.x, H.x, dsl);
  f.add(27, dir, HL.l, D.t, H.t);
  f.add(28, dir, D.w, H.w, D.t);
  return f.n;
}
}  // namespace newskg::syntax
