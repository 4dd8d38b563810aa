// The entity labeller: PER / ORG / LOC over the tokens of one sentence, BILOU
// tags, an averaged perceptron over hashed features (the syntax layer's
// feature hashing and model format) and first-order Viterbi decoding with the
// BILOU constraints. The lexicons are features here (gazetteer matches with
// their position, the name and head word lists), not the only source.
//
// The model is a separate file in the syntax model format (models/en_ner.nkgm,
// embedded in the library): its `upos` names are the tags, its UPOS classifier
// holds the per-token (emission) weights and its transition classifier the tag
// bigram weights (key transition_key(previous tag), one weight per tag).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/lexicon/knowledge.hpp"
#include "newskg/syntax/features.hpp"
#include "newskg/syntax/model.hpp"

namespace newskg::ner {

enum class Type : std::uint8_t { person = 0, organization = 1, place = 2 };
inline constexpr std::size_t type_count = 3;

// Tags: 0 = O, then per type B, I, L, U (1 + 4 * type + position).
enum class Position : std::uint8_t { B = 0, I = 1, L = 2, U = 3 };
inline constexpr std::uint8_t tag_o = 0;
inline constexpr std::size_t tag_count = 1 + 4 * type_count;
inline constexpr std::uint8_t make_tag(Type type, Position position) {
  return static_cast<std::uint8_t>(1 + 4 * static_cast<int>(type) + static_cast<int>(position));
}
inline Type tag_type(std::uint8_t tag) { return static_cast<Type>((tag - 1) / 4); }
inline Position tag_position(std::uint8_t tag) { return static_cast<Position>((tag - 1) % 4); }
std::string tag_name(std::uint8_t tag);  // "O", "B-PER", ...
std::string_view type_name(Type type);   // "PER", "ORG", "LOC"

// Whether tag `next` may follow `previous` (previous == tag_count: sentence start).
bool allowed(std::size_t previous, std::uint8_t next);
// Whether a sentence may end on `tag`.
bool may_end(std::uint8_t tag);

struct Span {
  std::size_t first = 0;  // tokens [first, end)
  std::size_t end = 0;
  Type type = Type::person;
  double confidence = 1.0;
  friend bool operator==(const Span& a, const Span& b) {
    return a.first == b.first && a.end == b.end && a.type == b.type;
  }
};

// Tags -> spans; invalid sequences are repaired (an I or L without its B opens
// a span, a B or I without its L closes where the type changes or O begins).
std::vector<Span> decode(const std::vector<std::uint8_t>& tags);
// Spans -> BILOU tags over n tokens (spans must not overlap).
std::vector<std::uint8_t> encode(const std::vector<Span>& spans, std::size_t n);

// How a sentence is written: case is evidence only in ordinary sentences.
enum class Casing : std::uint8_t { normal = 0, all_caps = 1, title_case = 2 };
Casing casing_of(const std::vector<std::string_view>& forms);

// What the features read of one token, computed once per sentence.
struct Word {
  syntax::WordAtoms atoms;
  std::uint64_t gazetteer = 0;  // lexicon match: kinds and B/I/L/U position (0: none)
  std::uint32_t lists = 0;      // word-list memberships (bits)
  std::uint8_t run = 0;         // length (cut at 4) and position of its run of capitalised words
  std::uint64_t run_head = 0;   // lower-cased last word of that run ("corp" in "Acme Holdings Corp")
  std::uint32_t run_head_lists = 0;
  std::uint64_t before_run = 0;  // lower-cased word before the run ("at", "said")
};

struct SentenceInfo {
  Casing casing = Casing::normal;
  bool table = false;  // a line of figures (results, tables): many numbers
};

// Fills words[] and info for one sentence of forms.
void prepare(const std::vector<std::string_view>& forms, const lexicon::Knowledge& knowledge, std::vector<Word>& words,
             SentenceInfo& info);

inline constexpr std::size_t max_features = 48;
// Features of token i; returns the number written to out.
std::size_t features(const Word* words, std::size_t n, std::size_t i, const SentenceInfo& info,
                     std::uint64_t* out) noexcept;
// The key of the transition row from `previous` (tag_count: sentence start).
std::uint64_t transition_key(std::size_t previous) noexcept;

// Viterbi over emission scores (n * tag_count) and transitions
// ((tag_count + 1) * tag_count, row = previous tag); returns the best valid
// tags and, per token, the margin of its tag over the best other tag there.
std::vector<std::uint8_t> viterbi(const std::vector<float>& emissions, const std::vector<float>& transitions,
                                  std::size_t n, std::vector<float>* margins = nullptr);

class Labeller {
 public:
  explicit Labeller(std::shared_ptr<const syntax::Model> model);
  // The labeller of the embedded model, or nullptr when the build embedded none.
  static std::shared_ptr<const Labeller> embedded();
  static std::shared_ptr<const Labeller> open(const std::string& path);

  // Entity spans of one sentence, with a confidence from the decoding margin.
  std::vector<Span> label(const std::vector<std::string_view>& forms, const lexicon::Knowledge& knowledge) const;
  // The same for prepared words (the trainer's evaluation).
  std::vector<Span> label(const std::vector<Word>& words, const SentenceInfo& info) const;

  const syntax::Model& model() const { return *model_; }

 private:
  std::shared_ptr<const syntax::Model> model_;
  std::vector<float> transitions_;
};

}  // namespace newskg::ner
