#include "newskg/ner/labeller.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

#include "newskg/lexicon/lexicon.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/text/utf8.hpp"

extern "C" {
extern const char newskg_ner_model_begin[];
extern const char newskg_ner_model_end[];
}

namespace newskg::ner {

using syntax::combine;

namespace {

constexpr std::uint32_t flag_capitalised = 1, flag_all_caps = 2, flag_no_letter = 16;

enum ListBit : std::uint32_t {
  given_name = 1u << 0,
  surname_particle = 1u << 1,
  person_prefix = 1u << 2,
  org_head = 1u << 3,
  org_head_ambiguous = 1u << 4,
  place_head = 1u << 5,
  place_prefix = 1u << 6,
  nonname = 1u << 7,
  common_word = 1u << 8,
  speech_verb = 1u << 9,
  number = 1u << 10,
  punctuation = 1u << 11,
};

constexpr std::uint64_t none = 0x5EED0000ull;

struct Out {
  std::uint64_t* out;
  std::size_t n = 0;
  void add(std::uint64_t t, std::uint64_t a) { out[n++] = combine(1000 + t, a); }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b) { out[n++] = combine(combine(1000 + t, a), b); }
  void add(std::uint64_t t, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    out[n++] = combine(combine(combine(1000 + t, a), b), c);
  }
};

// "Corp" for "CORP": the form word lists know, for a word in capitals.
std::string title_cased(std::string_view form) {
  std::string out;
  std::size_t pos = 0;
  bool first = true;
  while (pos < form.size()) {
    char32_t c = text::next_code_point(form, pos);
    text::append_utf8(out, first ? c : text::to_lower(c));
    first = false;
  }
  return out;
}

std::string lowered(std::string_view form) {
  std::string out;
  std::size_t pos = 0;
  while (pos < form.size()) text::append_utf8(out, text::to_lower(text::next_code_point(form, pos)));
  return out;
}

std::uint32_t list_bits(std::string_view form, const lexicon::Knowledge& k) {
  std::uint32_t bits = 0;
  if (k.given_names.contains(form)) bits |= given_name;
  if (k.surname_particles.contains(form)) bits |= surname_particle;
  if (k.person_prefixes.contains(form)) bits |= person_prefix;
  std::string_view org = k.org_heads.category(form);
  if (!org.empty()) bits |= (org == "ambiguous" || org == "sport-ambiguous") ? org_head_ambiguous : org_head;
  std::string_view place = k.place_heads.category(form);
  if (!place.empty() && place != "ambiguous") bits |= place == "prefix" ? place_prefix : place_head;
  if (k.nonname.contains(form)) bits |= nonname;
  if (k.speech_verbs.contains(form)) bits |= speech_verb;
  return bits;
}

}  // namespace

std::string_view type_name(Type type) {
  switch (type) {
    case Type::person: return "PER";
    case Type::organization: return "ORG";
    case Type::place: return "LOC";
  }
  return "?";
}

std::string tag_name(std::uint8_t tag) {
  if (tag == tag_o) return "O";
  static constexpr const char* positions[] = {"B-", "I-", "L-", "U-"};
  return std::string(positions[static_cast<int>(tag_position(tag))]) + std::string(type_name(tag_type(tag)));
}

namespace {
bool allowed_slow(std::size_t previous, std::uint8_t next);
struct AllowedTable {
  bool value[tag_count + 1][tag_count];
  AllowedTable() {
    for (std::size_t p = 0; p <= tag_count; ++p)
      for (std::uint8_t t = 0; t < tag_count; ++t) value[p][t] = allowed_slow(p, t);
  }
};
const AllowedTable& allowed_table() {
  static const AllowedTable table;
  return table;
}
}  // namespace

bool allowed(std::size_t previous, std::uint8_t next) { return allowed_table().value[previous][next]; }

namespace {
bool allowed_slow(std::size_t previous, std::uint8_t next) {
  bool open = previous != tag_count && previous != tag_o &&
              (tag_position(static_cast<std::uint8_t>(previous)) == Position::B ||
               tag_position(static_cast<std::uint8_t>(previous)) == Position::I);
  if (!open) return next == tag_o || tag_position(next) == Position::B || tag_position(next) == Position::U;
  if (next == tag_o) return false;
  auto position = tag_position(next);
  return (position == Position::I || position == Position::L) &&
         tag_type(next) == tag_type(static_cast<std::uint8_t>(previous));
}
}  // namespace

bool may_end(std::uint8_t tag) {
  return tag == tag_o || tag_position(tag) == Position::L || tag_position(tag) == Position::U;
}

std::vector<Span> decode(const std::vector<std::uint8_t>& tags) {
  std::vector<Span> spans;
  bool open = false;
  Span current;
  auto close = [&](std::size_t end) {
    if (!open) return;
    current.end = end;
    spans.push_back(current);
    open = false;
  };
  for (std::size_t i = 0; i < tags.size(); ++i) {
    std::uint8_t tag = tags[i];
    if (tag == tag_o || tag >= tag_count) {
      close(i);
      continue;
    }
    Type type = tag_type(tag);
    switch (tag_position(tag)) {
      case Position::B:
        close(i);
        current = {i, i, type, 1.0};
        open = true;
        break;
      case Position::I:
        if (!open || current.type != type) {
          close(i);
          current = {i, i, type, 1.0};
          open = true;
        }
        break;
      case Position::L:
        if (!open || current.type != type) {
          close(i);
          current = {i, i, type, 1.0};
          open = true;
        }
        close(i + 1);
        break;
      case Position::U:
        close(i);
        spans.push_back({i, i + 1, type, 1.0});
        break;
    }
  }
  close(tags.size());
  return spans;
}

std::vector<std::uint8_t> encode(const std::vector<Span>& spans, std::size_t n) {
  std::vector<std::uint8_t> tags(n, tag_o);
  for (const auto& span : spans) {
    if (span.end > n || span.end <= span.first) continue;
    if (span.end - span.first == 1) {
      tags[span.first] = make_tag(span.type, Position::U);
      continue;
    }
    tags[span.first] = make_tag(span.type, Position::B);
    for (std::size_t i = span.first + 1; i + 1 < span.end; ++i) tags[i] = make_tag(span.type, Position::I);
    tags[span.end - 1] = make_tag(span.type, Position::L);
  }
  return tags;
}

Casing casing_of(const std::vector<std::string_view>& forms) {
  std::size_t words = 0, caps = 0, capitalised = 0, long_words = 0, long_capitalised = 0;
  for (auto form : forms) {
    bool letter = false, upper_first = false, any_lower = false, first = true;
    std::size_t pos = 0, length = 0;
    while (pos < form.size()) {
      char32_t c = text::next_code_point(form, pos);
      ++length;
      if (text::is_letter(c)) {
        if (first && text::is_upper(c)) upper_first = true;
        if (text::is_lower(c)) any_lower = true;
        letter = true;
      }
      first = false;
    }
    if (!letter) continue;
    ++words;
    if (!any_lower) ++caps;
    if (upper_first) ++capitalised;
    if (length >= 4) {
      ++long_words;
      if (upper_first) ++long_capitalised;
    }
  }
  if (words >= 2 && caps * 10 >= words * 8 && caps >= 2) return Casing::all_caps;
  if (long_words >= 3 && long_capitalised * 10 >= long_words * 8) return Casing::title_case;
  return Casing::normal;
}

void prepare(const std::vector<std::string_view>& forms, const lexicon::Knowledge& k, std::vector<Word>& words,
             SentenceInfo& info) {
  std::size_t n = forms.size();
  words.assign(n, Word{});
  info.casing = casing_of(forms);
  std::vector<char32_t> buffer;
  std::size_t numbers = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Word& w = words[i];
    syntax::word_atoms(forms[i], buffer, w.atoms);
    std::uint32_t bits = list_bits(forms[i], k);
    if (info.casing != Casing::normal && (w.atoms.flags & flag_all_caps)) bits |= list_bits(title_cased(forms[i]), k);
    std::string lower = lowered(forms[i]);
    if (k.english.contains(lower)) bits |= common_word;
    if (k.speech_verbs.contains(lower)) bits |= speech_verb;
    if (w.atoms.flags & flag_no_letter) {
      bool digit = std::any_of(forms[i].begin(), forms[i].end(), [](char c) { return c >= '0' && c <= '9'; });
      bits |= digit ? number : punctuation;
      if (digit) ++numbers;
    }
    w.lists = bits;
  }
  info.table = n >= 3 && numbers * 10 >= n * 3;
  // Gazetteer: the lexicon's longest matches, left to right, with their kinds.
  bool fold = info.casing != Casing::normal;
  std::vector<lexicon::LabelHit> hits;
  for (std::size_t i = 0; i < n;) {
    std::size_t length = k.lexicon.longest_match(forms, i, fold, hits);
    if (length == 0 && !fold) {
      // Titles match in any case ("foreign minister").
      length = k.lexicon.longest_match(forms, i, true, hits);
      std::erase_if(hits, [&](const lexicon::LabelHit& hit) {
        return k.lexicon.entry(hit.entry).kind != lexicon::EntryKind::title;
      });
      if (hits.empty()) length = 0;
    }
    if (length == 0) {
      ++i;
      continue;
    }
    std::uint64_t kinds = 0;
    for (const auto& hit : hits) {
      kinds |= 1u << static_cast<unsigned>(k.lexicon.entry(hit.entry).kind);
      if (hit.role == lexicon::LabelRole::demonym) kinds |= 1u << 6;
      if (hit.role == lexicon::LabelRole::acronym) kinds |= 1u << 7;
    }
    for (std::size_t j = 0; j < length; ++j) {
      std::uint64_t position = length == 1 ? 3 : j == 0 ? 0 : j + 1 == length ? 2 : 1;
      words[i + j].gazetteer = combine(kinds + 1, position);
    }
    i += length;
  }
  // Runs of capitalised words.
  for (std::size_t i = 0; i < n;) {
    if (!(words[i].atoms.flags & flag_capitalised)) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < n && (words[end].atoms.flags & flag_capitalised)) ++end;
    std::size_t length = std::min<std::size_t>(end - i, 4);
    for (std::size_t j = i; j < end; ++j) {
      std::size_t position = end - i == 1 ? 3 : j == i ? 0 : j + 1 == end ? 2 : 1;
      words[j].run = static_cast<std::uint8_t>(1 + length * 4 + position);
      words[j].run_head = words[end - 1].atoms.lower;
      words[j].run_head_lists = words[end - 1].lists;
      words[j].before_run = i > 0 ? words[i - 1].atoms.lower : none;
    }
    i = end;
  }
}

std::size_t features(const Word* w, std::size_t n, std::size_t i, const SentenceInfo& info,
                     std::uint64_t* out) noexcept {
  Out f{out};
  auto at = [&](std::ptrdiff_t k) -> const Word* {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? nullptr : &w[j];
  };
  auto lower = [&](std::ptrdiff_t k) -> std::uint64_t {
    const Word* x = at(k);
    return x ? x->atoms.lower : none + static_cast<std::uint64_t>(k + 8);
  };
  auto shape = [&](std::ptrdiff_t k) -> std::uint64_t {
    const Word* x = at(k);
    return x ? x->atoms.shape : none + static_cast<std::uint64_t>(k + 8);
  };
  auto gaz = [&](std::ptrdiff_t k) -> std::uint64_t {
    const Word* x = at(k);
    return x ? x->gazetteer : none + static_cast<std::uint64_t>(k + 8);
  };
  auto lists = [&](std::ptrdiff_t k) -> std::uint64_t {
    const Word* x = at(k);
    return x ? x->lists : none + static_cast<std::uint64_t>(k + 8);
  };
  const Word& x = w[i];
  std::uint64_t casing = static_cast<std::uint64_t>(info.casing);
  // In capitals or a headline the written form says less: its case is noise.
  bool cased = info.casing == Casing::normal;
  f.add(1, 0);
  f.add(2, x.atoms.lower);
  if (cased) f.add(3, x.atoms.form);
  f.add(4, x.atoms.prefix[1]);
  f.add(5, x.atoms.prefix[2]);
  f.add(6, x.atoms.suffix[1]);
  f.add(7, x.atoms.suffix[2]);
  f.add(8, x.atoms.suffix[3]);
  f.add(9, shape(0), casing);
  f.add(10, lower(-1));
  f.add(11, lower(1));
  f.add(12, lower(-2));
  f.add(13, lower(2));
  f.add(14, shape(-1), shape(0), casing);
  f.add(15, shape(0), shape(1), casing);
  f.add(16, lower(-1), x.atoms.lower);
  f.add(17, x.atoms.lower, lower(1));
  f.add(18, shape(0), i == 0, casing);
  f.add(19, gaz(0));
  f.add(20, gaz(-1));
  f.add(21, gaz(1));
  f.add(22, gaz(0), shape(0), casing);
  f.add(23, lists(0));
  f.add(24, lists(-1));
  f.add(25, lists(1));
  f.add(26, lists(2));
  f.add(27, lists(0), shape(0), casing);
  f.add(28, info.table, shape(0), casing);
  f.add(29, lower(-1), shape(0), casing);
  f.add(30, shape(0), lower(1), casing);
  f.add(31, cased ? x.run : 0xFF, casing);
  f.add(32, cased ? x.run : 0xFF, lower(1));
  f.add(33, lower(-1), cased ? x.run : 0xFF);
  f.add(34, gaz(0), lists(1));
  f.add(35, lists(-1), gaz(0));
  f.add(36, x.atoms.lower, casing);
  f.add(37, info.table, lower(-1), lower(1));
  if (cased && x.run) {
    f.add(38, x.run_head, x.run & 3);
    f.add(39, x.run_head_lists, x.run & 3);
    f.add(40, x.before_run, x.run_head_lists);
  }
  return f.n;
}

std::uint64_t transition_key(std::size_t previous) noexcept { return combine(2000, previous); }

constexpr double confidence_scale = 4000.0;

std::vector<std::uint8_t> viterbi(const std::vector<float>& emissions, const std::vector<float>& transitions,
                                  std::size_t n, std::vector<float>* margins) {
  constexpr float minus = -std::numeric_limits<float>::infinity();
  std::vector<std::uint8_t> tags(n, tag_o);
  if (n == 0) return tags;
  std::vector<float> score(n * tag_count, minus);
  std::vector<std::uint8_t> back(n * tag_count, 0);
  for (std::uint8_t t = 0; t < tag_count; ++t)
    if (allowed(tag_count, t)) score[t] = transitions[tag_count * tag_count + t] + emissions[t];
  for (std::size_t i = 1; i < n; ++i) {
    for (std::uint8_t t = 0; t < tag_count; ++t) {
      float best = minus;
      std::uint8_t from = 0;
      for (std::uint8_t p = 0; p < tag_count; ++p) {
        float s = score[(i - 1) * tag_count + p];
        if (s == minus || !allowed(p, t)) continue;
        s += transitions[p * tag_count + t];
        if (s > best) {
          best = s;
          from = p;
        }
      }
      if (best == minus) continue;
      score[i * tag_count + t] = best + emissions[i * tag_count + t];
      back[i * tag_count + t] = from;
    }
  }
  float best = minus;
  std::uint8_t last = tag_o;
  for (std::uint8_t t = 0; t < tag_count; ++t) {
    float s = score[(n - 1) * tag_count + t];
    if (may_end(t) && s > best) {
      best = s;
      last = t;
    }
  }
  tags[n - 1] = last;
  for (std::size_t i = n - 1; i > 0; --i) tags[i - 1] = back[i * tag_count + tags[i]];
  if (margins) {
    // The local margin: the chosen tag against the best other tag at the same
    // token, each with its transition from the chosen previous tag.
    margins->assign(n, 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t previous = i == 0 ? tag_count : tags[i - 1];
      auto local = [&](std::uint8_t t) {
        return emissions[i * tag_count + t] + transitions[previous * tag_count + t];
      };
      float chosen = local(tags[i]), other = minus;
      for (std::uint8_t t = 0; t < tag_count; ++t)
        if (t != tags[i]) other = std::max(other, local(t));
      (*margins)[i] = chosen - other;
    }
  }
  return tags;
}

Labeller::Labeller(std::shared_ptr<const syntax::Model> model) : model_(std::move(model)) {
  transitions_.assign((tag_count + 1) * tag_count, 0.0f);
  const syntax::Classifier& t = model_->transitions();
  for (std::size_t p = 0; p <= tag_count; ++p)
    if (const std::int16_t* row = t.classes() == tag_count ? t.row(transition_key(p)) : nullptr)
      for (std::size_t c = 0; c < tag_count; ++c) transitions_[p * tag_count + c] = row[c];
}

std::shared_ptr<const Labeller> Labeller::embedded() {
  static std::shared_ptr<const Labeller> labeller = []() -> std::shared_ptr<const Labeller> {
    std::size_t size = static_cast<std::size_t>(newskg_ner_model_end - newskg_ner_model_begin);
    if (size == 0) return nullptr;
    auto model = syntax::Model::from_bytes(std::string(newskg_ner_model_begin, size), "embedded entity model");
    return std::make_shared<const Labeller>(model);
  }();
  return labeller;
}

std::shared_ptr<const Labeller> Labeller::open(const std::string& path) {
  return std::make_shared<const Labeller>(syntax::Model::open(path));
}

std::vector<Span> Labeller::label(const std::vector<std::string_view>& forms,
                                  const lexicon::Knowledge& knowledge) const {
  std::vector<Word> words;
  SentenceInfo info;
  prepare(forms, knowledge, words, info);
  return label(words, info);
}

std::vector<Span> Labeller::label(const std::vector<Word>& words, const SentenceInfo& info) const {
  std::size_t n = words.size();
  if (n == 0) return {};
  const syntax::Classifier& emission = model_->upos_tagger();
  if (emission.classes() != tag_count) return {};
  std::vector<float> emissions(n * tag_count, 0.0f);
  std::uint64_t keys[max_features];
  std::int32_t scores[tag_count];
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t count = features(words.data(), n, i, info, keys);
    std::fill(scores, scores + tag_count, 0);
    emission.score(keys, count, scores);
    for (std::size_t c = 0; c < tag_count; ++c) emissions[i * tag_count + c] = static_cast<float>(scores[c]);
  }
  std::vector<std::uint8_t> tags = viterbi(emissions, transitions_, n);
  std::vector<Span> spans = decode(tags);
  // Confidence: how much better the best labelling is than the best one
  // without this span (its words forced to O): 0 when no better, towards 1.
  // Best prefix scores (forward) and best suffix scores (backward) give the
  // forced labelling's score per span without another decoding pass.
  constexpr float minus = -std::numeric_limits<float>::infinity();
  const auto& T = transitions_;
  auto E = [&](std::size_t i, std::size_t t) { return emissions[i * tag_count + t]; };
  std::vector<float> forward(n * tag_count, minus), backward(n * tag_count, minus);
  for (std::uint8_t t = 0; t < tag_count; ++t)
    if (allowed(tag_count, t)) forward[t] = T[tag_count * tag_count + t] + E(0, t);
  for (std::size_t i = 1; i < n; ++i)
    for (std::uint8_t t = 0; t < tag_count; ++t)
      for (std::uint8_t p = 0; p < tag_count; ++p)
        if (forward[(i - 1) * tag_count + p] != minus && allowed(p, t))
          forward[i * tag_count + t] =
              std::max(forward[i * tag_count + t], forward[(i - 1) * tag_count + p] + T[p * tag_count + t] + E(i, t));
  for (std::uint8_t t = 0; t < tag_count; ++t)
    if (may_end(t)) backward[(n - 1) * tag_count + t] = 0.0f;
  for (std::size_t i = n - 1; i > 0; --i)
    for (std::uint8_t t = 0; t < tag_count; ++t)
      for (std::uint8_t q = 0; q < tag_count; ++q)
        if (backward[i * tag_count + q] != minus && allowed(t, q))
          backward[(i - 1) * tag_count + t] =
              std::max(backward[(i - 1) * tag_count + t], T[t * tag_count + q] + E(i, q) + backward[i * tag_count + q]);
  float best = minus;
  for (std::uint8_t t = 0; t < tag_count; ++t)
    if (may_end(t)) best = std::max(best, forward[(n - 1) * tag_count + t]);
  for (auto& span : spans) {
    float before = minus;
    if (span.first == 0) {
      before = T[tag_count * tag_count + tag_o];
    } else {
      for (std::uint8_t p = 0; p < tag_count; ++p)
        if (allowed(p, tag_o) && forward[(span.first - 1) * tag_count + p] != minus)
          before = std::max(before, forward[(span.first - 1) * tag_count + p] + T[p * tag_count + tag_o]);
    }
    float inside = 0.0f;
    for (std::size_t i = span.first; i < span.end; ++i)
      inside += E(i, tag_o) + (i > span.first ? T[tag_o * tag_count + tag_o] : 0.0f);
    float after = minus;
    if (span.end == n) {
      after = 0.0f;
    } else {
      for (std::uint8_t q = 0; q < tag_count; ++q)
        if (allowed(tag_o, q) && backward[span.end * tag_count + q] != minus)
          after = std::max(after, T[tag_o * tag_count + q] + E(span.end, q) + backward[span.end * tag_count + q]);
    }
    float without = before + inside + after;
    double delta = std::max(0.0, static_cast<double>(best - without));
    span.confidence = 2.0 / (1.0 + std::exp(-delta / confidence_scale)) - 1.0;
  }
  return spans;
}

}  // namespace newskg::ner
