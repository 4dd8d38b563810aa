// The syntax model: a versioned, checksummed binary read in place (from a
// file mapped with mmap, or from the copy the build embeds with .incbin), so
// loading parses nothing: a file costs one checksum pass, the embedded image
// only its header and section table (Model::verify checks it in the tests).
// It holds label names, the lemmatiser's tables and four sparse linear
// classifiers (UPOS, XPOS, parser transitions, arc labels; UPOS and XPOS may
// share one table). Feature templates live in features.hpp: this file knows
// tables, not language.
//
// Layout (all integers little-endian, every section 8-byte aligned):
//   header   "NKGSYNTX" u32 version u32 header_size u64 payload_size u64 checksum
//   payload  sections in a fixed order, each u32 tag, u32 0, u64 byte length, data
// A classifier section: u32 classes, u32 layout, u64 rows, u64 slots, then
// the open-addressing table (linear probing, key 0 = empty) of 16-byte slots
// {u64 key; int16 weights[4] or u32 row}, then (layout `rows`) the rows of
// int16 weights, one per feature holding a weight per class: one feature
// costs one probe and one contiguous row, not a probe per class. Version 1
// kept keys, row numbers and rows in three arrays (layout `separate`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newskg::syntax {

// Version 2: classifier slots interleave keys with rows (Classifier); the
// UPOS and XPOS taggers may share one table (ModelData::upos_tagger).
// Version 3: a tag dictionary section after the classifiers (versions 1 and
// 2, read still, have none).
inline constexpr std::uint32_t model_version = 3;

// A hash index u64 key -> u32 value over storage owned elsewhere.
class HashIndex {
 public:
  static constexpr std::uint32_t missing = 0xFFFFFFFFu;
  std::uint32_t find(std::uint64_t key) const noexcept {
    if (mask_ == 0 && keys_ == nullptr) return missing;
    if (key == 0) key = 1;
    std::uint64_t slot = key & mask_;
    while (true) {
      std::uint64_t k = keys_[slot];
      if (k == key) return values_[slot];
      if (k == 0) return missing;
      slot = (slot + 1) & mask_;
    }
  }
  void prefetch(const std::uint64_t* keys, std::size_t count) const noexcept {
    if (!keys_) return;
    for (std::size_t f = 0; f < count; ++f) {
      std::uint64_t slot = (keys[f] == 0 ? 1 : keys[f]) & mask_;
      __builtin_prefetch(keys_ + slot);
      __builtin_prefetch(values_ + slot);
    }
  }
  std::size_t slots() const noexcept { return keys_ ? mask_ + 1 : 0; }
  std::uint64_t key_at(std::size_t slot) const noexcept { return keys_[slot]; }
  std::uint32_t value_at(std::size_t slot) const noexcept { return values_[slot]; }

 private:
  friend class ModelReader;
  std::uint64_t mask_ = 0;
  const std::uint64_t* keys_ = nullptr;
  const std::uint32_t* values_ = nullptr;
};

// A sparse linear classifier: feature key -> one row of int16 class weights.
// Two layouts (model.cpp writes the first that fits):
// - inline (at most 4 classes, the parser's moves): each 16-byte slot holds
//   the key and the row itself, so a feature costs one cache line;
// - rows: each 16-byte slot holds the key and a row number, the rows follow
//   (a feature costs the slot's line and the row's).
// Files of format version 1 (keys, row numbers and rows in three arrays) are
// still read, as layout `separate`.
class Classifier {
 public:
  enum Layout : std::uint32_t { separate = 0, rows = 1, inline_rows = 2 };
  static constexpr std::uint32_t max_inline_classes = 4;

  std::uint32_t classes() const noexcept { return classes_; }
  std::size_t features() const noexcept { return rows_; }
  Layout layout() const noexcept { return layout_; }
  const std::int16_t* row(std::uint64_t key) const noexcept {
    if (slots_ == nullptr) {
      std::uint32_t r = index_.find(key);
      return r == HashIndex::missing ? nullptr : weights_ + static_cast<std::size_t>(r) * classes_;
    }
    if (key == 0) key = 1;
    for (std::uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.key == key)
        return layout_ == inline_rows ? s.weights : weights_ + static_cast<std::size_t>(s.row) * classes_;
      if (s.key == 0) return nullptr;
    }
  }
  // Adds the rows of `keys` (at most 128) to scores[classes()] (which the
  // caller zeroes). The table is larger than the caches: every slot is
  // prefetched first and every row before it is read, so that the cache
  // misses of all features overlap instead of following one another.
  void score(const std::uint64_t* keys, std::size_t count, std::int32_t* scores) const noexcept {
    if (count > 128) count = 128;
    if (layout_ == inline_rows) {
      for (std::size_t f = 0; f < count; ++f) __builtin_prefetch(slots_ + (keys[f] & mask_));
#if defined(__SSE2__)
      __m128i sum = _mm_setzero_si128();
#else
      std::int32_t sum[max_inline_classes] = {};
#endif
      for (std::size_t f = 0; f < count; ++f) {
        std::uint64_t key = keys[f] == 0 ? 1 : keys[f];
        for (std::uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
          const Slot& e = slots_[slot];
          if (e.key == key) {
#if defined(__SSE2__)
            __m128i w = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(e.weights));
            sum = _mm_add_epi32(sum, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
#else
            for (std::uint32_t c = 0; c < max_inline_classes; ++c) sum[c] += e.weights[c];
#endif
            break;
          }
          if (e.key == 0) break;
        }
      }
#if defined(__SSE2__)
      alignas(16) std::int32_t s[max_inline_classes];
      _mm_store_si128(reinterpret_cast<__m128i*>(s), sum);
#else
      const std::int32_t* s = sum;
#endif
      for (std::uint32_t c = 0; c < classes_; ++c) scores[c] += s[c];
      return;
    }
    if (slots_)
      for (std::size_t f = 0; f < count; ++f) __builtin_prefetch(slots_ + (keys[f] & mask_));
    else
      index_.prefetch(keys, count);
    const std::int16_t* found_rows[128];
    std::size_t found = 0;
    for (std::size_t f = 0; f < count; ++f) {
      const std::int16_t* w = row(keys[f]);
      if (!w) continue;
      __builtin_prefetch(w);
      if (classes_ > 32) __builtin_prefetch(w + 32);
      if (classes_ > 64) __builtin_prefetch(w + 64);
      found_rows[found++] = w;
    }
    const std::size_t classes = classes_;  // local: scores could alias classes_
    for (std::size_t f = 0; f < found; ++f) add_row(scores, found_rows[f], classes);
  }
  // out[0, classes) += w[0, classes), int16 widened to int32 (SSE2: 8 at a time).
  static void add_row(std::int32_t* out, const std::int16_t* w, std::size_t classes) noexcept {
    std::size_t c = 0;
#if defined(__SSE2__)
    for (; c + 8 <= classes; c += 8) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + c));
      __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16);
      __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16);
      auto* o = reinterpret_cast<__m128i*>(out + c);
      _mm_storeu_si128(o, _mm_add_epi32(_mm_loadu_si128(o), lo));
      _mm_storeu_si128(o + 1, _mm_add_epi32(_mm_loadu_si128(o + 1), hi));
    }
#endif
    for (; c < classes; ++c) out[c] += w[c];
  }
  const HashIndex& index() const noexcept { return index_; }
  const std::int16_t* weights() const noexcept { return weights_; }
  // Every (key, row) of the table, in slot order.
  template <class F>
  void for_each(F f) const {
    if (!slots_) {
      for (std::size_t s = 0; s < index_.slots(); ++s)
        if (index_.key_at(s) != 0) f(index_.key_at(s), weights_ + static_cast<std::size_t>(index_.value_at(s)) * classes_);
      return;
    }
    for (std::size_t s = 0; s <= mask_; ++s)
      if (slots_[s].key != 0) f(slots_[s].key, layout_ == inline_rows ? slots_[s].weights : weights_ + static_cast<std::size_t>(slots_[s].row) * classes_);
  }

  struct Slot {
    std::uint64_t key;
    union {
      std::int16_t weights[max_inline_classes];
      std::uint32_t row;
    };
  };
  static_assert(sizeof(Slot) == 16);

 private:
  friend class ModelReader;
  std::uint32_t classes_ = 0;
  Layout layout_ = separate;
  std::size_t rows_ = 0;
  HashIndex index_;                // layout separate
  const Slot* slots_ = nullptr;    // layouts rows and inline_rows
  std::uint64_t mask_ = 0;
  const std::int16_t* weights_ = nullptr;
};

// A lemma rule learned from the treebank: lower-case the form (or not),
// drop `strip` bytes from its end, append `append`.
struct LemmaRule {
  bool lower = false;
  std::uint8_t strip = 0;
  std::string append;
  friend bool operator==(const LemmaRule&, const LemmaRule&) = default;
};

// Everything a model file holds, as plain values: what the trainer fills and
// what save() writes. Classifier rows are `classes` int16 per key, keys unique.
struct ClassifierData {
  std::uint32_t classes = 0;
  std::vector<std::uint64_t> keys;
  std::vector<std::int16_t> weights;  // keys.size() * classes
};

struct ModelData {
  std::string description;  // how it was trained (data, seed, epochs, figures)
  std::vector<std::string> upos, xpos, deprels;
  // Lemmatiser: exceptions (form, UPOS) -> lemma; rules (UPOS, suffix) -> rule.
  std::vector<std::pair<std::uint64_t, std::string>> lemma_exceptions;
  std::vector<std::pair<std::uint64_t, LemmaRule>> lemma_rules;
  // The taggers share one table when xpos_tagger has no classes: upos_tagger
  // then holds upos.size() + xpos.size() classes, UPOS first.
  ClassifierData upos_tagger, xpos_tagger, transitions, labeller;
  // Tag dictionary: hash of a frequent form (as written) -> bit set of the
  // UPOS ids it took in training; such a word is tagged within its set.
  // Empty when trained without one. Needs at most 31 UPOS labels.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> tag_dictionary;
};

// Writes `data` as a model file image; the same data always gives the same bytes.
// `version` 2 (no tag dictionary section; throws when `data` has one) is for
// readers older than format 3.
std::string save_model(const ModelData& data, std::uint32_t version = model_version);

// A loaded model: views into bytes it keeps alive (a mapping, an owned copy or
// the embedded image). Immutable: share one among threads.
class Model {
 public:
  // Throws Error(bad_input) naming `name` for a bad magic, version, size or checksum.
  static std::shared_ptr<const Model> from_bytes(std::string bytes, const std::string& name);
  // Files (from_bytes, open) are checked whole when loaded: checksum, section
  // bounds, every hash table. The embedded image is not checksummed at
  // start-up (22 MB would cost most of the process's start): its checksum is
  // checked by verify(), which the unit tests call.
  // Maps FILE read-only; throws Error(io_error) when it cannot be opened.
  static std::shared_ptr<const Model> open(const std::string& path);
  // The model embedded in the library (models/en_ud.nkgm at build time);
  // throws Error(bad_input) when the build embedded none.
  static std::shared_ptr<const Model> embedded();
  // `path` when not empty, else the embedded model.
  static std::shared_ptr<const Model> load(const std::string& path);

  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;
  ~Model();

  std::string_view description() const noexcept { return description_; }
  std::size_t upos_count() const noexcept { return upos_.size(); }
  std::size_t xpos_count() const noexcept { return xpos_.size(); }
  std::size_t deprel_count() const noexcept { return deprels_.size(); }
  std::string_view upos_name(std::size_t id) const noexcept { return upos_[id]; }
  std::string_view xpos_name(std::size_t id) const noexcept { return xpos_[id]; }
  std::string_view deprel_name(std::size_t id) const noexcept { return deprels_[id]; }
  // Index of a name, or -1.
  int upos_id(std::string_view name) const noexcept;
  int xpos_id(std::string_view name) const noexcept;
  int deprel_id(std::string_view name) const noexcept;

  const Classifier& upos_tagger() const noexcept { return classifiers_[0]; }
  const Classifier& xpos_tagger() const noexcept { return classifiers_[1]; }
  const Classifier& transitions() const noexcept { return classifiers_[2]; }
  const Classifier& labeller() const noexcept { return classifiers_[3]; }

  // Lemmatiser tables: exception lemma for a key, or nullptr-sized view (found=false).
  bool lemma_exception(std::uint64_t key, std::string_view& lemma) const noexcept;
  // Rule for a key, or false.
  bool lemma_rule(std::uint64_t key, bool& lower, std::size_t& strip, std::string_view& append) const noexcept;

  std::size_t size_bytes() const noexcept { return size_; }
  // The format version of the image read (1 to model_version).
  std::uint32_t format_version() const noexcept { return version_; }
  // Recomputes the checksum of the whole image and checks every table; throws
  // Error(bad_input) as a load would.
  void verify() const;
  // The UPOS ids a form (its hash as written, WordAtoms::form) may take, as
  // a bit set; all_tags when the form is not in the tag dictionary.
  static constexpr std::uint32_t all_tags = 0xFFFFFFFFu;
  std::uint32_t allowed_tags(std::uint64_t form) const noexcept { return tag_dictionary_.find(form); }
  std::size_t tag_dictionary_size() const noexcept { return tag_dictionary_size_; }
  // Whether UPOS and XPOS share one table (upos_tagger() then scores both).
  bool joint_tagger() const noexcept { return classifiers_[1].classes() == 0; }
  // The model as plain values again (save_model(data()) gives the same bytes).
  ModelData data() const;

 private:
  Model() = default;
  friend class ModelReader;
  bool lemma_exception_at(std::uint32_t offset, std::string_view& text) const noexcept;
  struct Storage;
  std::unique_ptr<Storage> storage_;
  std::size_t size_ = 0;
  const char* image_ = nullptr;
  std::string name_;
  std::string_view description_;
  std::vector<std::string_view> upos_, xpos_, deprels_;
  HashIndex exceptions_, rules_;
  const char* strings_ = nullptr;  // lemma string pool: u16 length, bytes
  std::size_t strings_size_ = 0;
  const std::uint32_t* rule_records_ = nullptr;  // per rule: lower | strip << 8, string offset
  std::size_t rule_count_ = 0;
  Classifier classifiers_[4];
  HashIndex tag_dictionary_;  // value: UPOS bit set (HashIndex::missing == all_tags)
  std::size_t tag_dictionary_size_ = 0;
  std::uint32_t version_ = 0;
};

}  // namespace newskg::syntax
