#include "newskg/syntax/model.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <numeric>

#include "newskg/error.hpp"

// The embedded model image (cmake/syntax_model.S.in, .incbin): empty when the
// build found no model file.
extern "C" const char newskg_syntax_model_begin[];
extern "C" const char newskg_syntax_model_end[];

namespace newskg::syntax {
namespace {

constexpr char magic[8] = {'N', 'K', 'G', 'S', 'Y', 'N', 'T', 'X'};
constexpr std::size_t header_size = 32;
enum : std::uint32_t {
  tag_description = 0x43534544,  // "DESC"
  tag_labels = 0x4C42414C,       // "LABL"
  tag_lemmas = 0x414D454C,       // "LEMA"
  tag_classifier = 0x53414C43,   // "CLAS"
  tag_dictionary = 0x43494454,   // "TDIC"
};

// 64-bit checksum over 8-byte words (the payload is padded to 8 bytes):
// a few cycles per word, so a 20 MB model is checked in a few milliseconds.
std::uint64_t checksum(const char* data, std::size_t size) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ size;
  for (std::size_t i = 0; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data + i, 8);
    h ^= w * 0xC2B2AE3D27D4EB4Full;
    h = ((h << 31) | (h >> 33)) * 0x9E3779B185EBCA87ull;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

class Writer {
 public:
  template <class T>
  void put(T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void bytes(const void* data, std::size_t size) { out.append(static_cast<const char*>(data), size); }
  void pad() { out.append((8 - out.size() % 8) % 8, '\0'); }
  std::size_t begin_section(std::uint32_t tag) {
    put(tag);
    put(std::uint32_t{0});
    std::size_t at = out.size();
    put(std::uint64_t{0});
    return at;
  }
  void end_section(std::size_t at) {
    pad();
    std::uint64_t length = out.size() - at - 8;
    std::memcpy(out.data() + at, &length, 8);
  }
  std::string out;
};

std::size_t slots_for(std::size_t count) {
  std::size_t slots = 8;
  while (slots * 7 < count * 10) slots *= 2;
  return slots;
}

// Writes a hash index of (key, value) pairs sorted by key.
void write_index(Writer& w, const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries) {
  std::size_t slots = slots_for(entries.size());
  std::vector<std::uint64_t> keys(slots, 0);
  std::vector<std::uint32_t> values(slots, HashIndex::missing);
  for (auto [key, value] : entries) {
    if (key == 0) key = 1;
    std::size_t slot = key & (slots - 1);
    while (keys[slot] != 0) {
      if (keys[slot] == key) throw Error(Status::internal, "model: duplicate feature key");
      slot = (slot + 1) & (slots - 1);
    }
    keys[slot] = key;
    values[slot] = value;
  }
  w.put(static_cast<std::uint64_t>(slots));
  w.bytes(keys.data(), keys.size() * 8);
  w.bytes(values.data(), values.size() * 4);
  w.pad();
}

void write_strings(Writer& w, const std::vector<std::string>& names) {
  w.put(static_cast<std::uint32_t>(names.size()));
  for (const auto& name : names) {
    w.put(static_cast<std::uint32_t>(name.size()));
    w.bytes(name.data(), name.size());
  }
  w.pad();
}

void write_classifier(Writer& w, const ClassifierData& c) {
  std::size_t at = w.begin_section(tag_classifier);
  std::size_t rows = c.keys.size();
  if (c.weights.size() != rows * c.classes) throw Error(Status::internal, "model: classifier rows and weights differ");
  std::vector<std::size_t> order(rows);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return c.keys[a] < c.keys[b]; });
  bool inline_rows = c.classes <= Classifier::max_inline_classes;
  w.put(c.classes);
  w.put(static_cast<std::uint32_t>(inline_rows ? Classifier::inline_rows : Classifier::rows));
  w.put(static_cast<std::uint64_t>(rows));
  std::size_t slots = slots_for(rows);
  std::vector<Classifier::Slot> table(slots);
  std::memset(static_cast<void*>(table.data()), 0, slots * sizeof(Classifier::Slot));
  for (std::size_t r = 0; r < rows; ++r) {
    std::uint64_t key = c.keys[order[r]];
    if (key == 0) key = 1;
    std::size_t slot = key & (slots - 1);
    while (table[slot].key != 0) {
      if (table[slot].key == key) throw Error(Status::internal, "model: duplicate feature key");
      slot = (slot + 1) & (slots - 1);
    }
    table[slot].key = key;
    if (inline_rows)
      for (std::uint32_t k = 0; k < c.classes; ++k) table[slot].weights[k] = c.weights[order[r] * c.classes + k];
    else
      table[slot].row = static_cast<std::uint32_t>(r);
  }
  w.put(static_cast<std::uint64_t>(slots));
  w.bytes(table.data(), slots * sizeof(Classifier::Slot));
  if (!inline_rows)
    for (std::size_t r = 0; r < rows; ++r) w.bytes(c.weights.data() + order[r] * c.classes, c.classes * 2);
  w.end_section(at);
}

}  // namespace

std::string save_model(const ModelData& data, std::uint32_t version) {
  if (version != 2 && version != model_version)
    throw Error(Status::internal, "model: cannot write format version " + std::to_string(version));
  if (version < 3 && !data.tag_dictionary.empty())
    throw Error(Status::internal, "model: format version 2 has no tag dictionary");
  Writer w;
  w.bytes(magic, 8);
  w.put(version);
  w.put(static_cast<std::uint32_t>(header_size));
  w.put(std::uint64_t{0});  // payload size
  w.put(std::uint64_t{0});  // checksum
  std::size_t at = w.begin_section(tag_description);
  w.put(static_cast<std::uint64_t>(data.description.size()));
  w.bytes(data.description.data(), data.description.size());
  w.end_section(at);
  at = w.begin_section(tag_labels);
  write_strings(w, data.upos);
  write_strings(w, data.xpos);
  write_strings(w, data.deprels);
  w.end_section(at);

  at = w.begin_section(tag_lemmas);
  std::string pool;
  auto intern = [&](std::string_view s) {
    if (s.size() > 0xFFFF) throw Error(Status::internal, "model: lemma too long");
    auto offset = static_cast<std::uint32_t>(pool.size());
    auto length = static_cast<std::uint16_t>(s.size());
    pool.append(reinterpret_cast<const char*>(&length), 2);
    pool.append(s);
    return offset;
  };
  auto exceptions = data.lemma_exceptions;
  std::sort(exceptions.begin(), exceptions.end());
  auto rules = data.lemma_rules;
  std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<std::uint64_t, std::uint32_t>> exception_entries, rule_entries;
  for (const auto& [key, lemma] : exceptions) exception_entries.emplace_back(key, intern(lemma));
  std::vector<std::uint32_t> records;
  for (const auto& [key, rule] : rules) {
    rule_entries.emplace_back(key, static_cast<std::uint32_t>(records.size() / 2));
    records.push_back(static_cast<std::uint32_t>(rule.lower) | static_cast<std::uint32_t>(rule.strip) << 8);
    records.push_back(intern(rule.append));
  }
  w.put(static_cast<std::uint64_t>(pool.size()));
  w.bytes(pool.data(), pool.size());
  w.pad();
  write_index(w, exception_entries);
  w.put(static_cast<std::uint64_t>(records.size() / 2));
  w.bytes(records.data(), records.size() * 4);
  w.pad();
  write_index(w, rule_entries);
  w.end_section(at);

  for (const ClassifierData* c : {&data.upos_tagger, &data.xpos_tagger, &data.transitions, &data.labeller})
    write_classifier(w, *c);

  if (version >= 3) {
    at = w.begin_section(tag_dictionary);
    if (!data.tag_dictionary.empty() && data.upos.size() > 31)
      throw Error(Status::internal, "model: a tag dictionary needs at most 31 UPOS labels");
    auto dictionary = data.tag_dictionary;
    std::sort(dictionary.begin(), dictionary.end());
    w.put(static_cast<std::uint64_t>(dictionary.size()));
    write_index(w, dictionary);
    w.end_section(at);
  }

  std::uint64_t payload = w.out.size() - header_size;
  std::memcpy(w.out.data() + 16, &payload, 8);
  std::uint64_t sum = checksum(w.out.data() + header_size, payload);
  std::memcpy(w.out.data() + 24, &sum, 8);
  return std::move(w.out);
}

struct Model::Storage {
  std::string owned;
  std::vector<std::uint64_t> aligned;  // a copy when `owned` is not 8-byte aligned
  void* mapping = nullptr;
  std::size_t mapping_size = 0;
  ~Storage() {
    if (mapping) munmap(mapping, mapping_size);
  }
};

Model::~Model() = default;

// Reads sections from a checked image; every read is bounds-checked.
class ModelReader {
 public:
  // `check`: verify the checksum and scan every hash table (files); the
  // embedded image is trusted at start-up (Model::verify checks it).
  ModelReader(const char* data, std::size_t size, std::string name, bool check = true)
      : data_(data), size_(size), name_(std::move(name)), check_(check) {}

  void read(Model& model) {
    if (size_ < header_size || std::memcmp(data_, magic, 8) != 0)
      fail("not a newskg syntax model (bad magic number)");
    std::uint32_t version = get<std::uint32_t>(8);
    if (version < 1 || version > model_version)
      fail("model format version " + std::to_string(version) + ", this newskg reads version " +
           std::to_string(model_version) + " (retrain with scripts/train-models)");
    std::uint64_t payload = get<std::uint64_t>(16);
    if (payload != size_ - header_size) fail("truncated or padded file (size does not match its header)");
    if (check_ && checksum(data_ + header_size, payload) != get<std::uint64_t>(24))
      fail("checksum mismatch (corrupt file)");
    model.image_ = data_;
    model.version_ = version;
    model.name_ = name_;
    pos_ = header_size;
    std::size_t end = section(tag_description);
    std::uint64_t length = take<std::uint64_t>();
    model.description_ = std::string_view(bytes(length), length);
    pos_ = end;
    end = section(tag_labels);
    model.upos_ = strings();
    model.xpos_ = strings();
    model.deprels_ = strings();
    pos_ = end;
    end = section(tag_lemmas);
    std::uint64_t pool = take<std::uint64_t>();
    model.strings_ = bytes(pool);
    model.strings_size_ = pool;
    align();
    model.exceptions_ = index();
    model.rule_count_ = take<std::uint64_t>();
    model.rule_records_ = array<std::uint32_t>(model.rule_count_ * 2);
    align();
    model.rules_ = index();
    pos_ = end;
    for (auto& c : model.classifiers_) {
      end = section(tag_classifier);
      c.classes_ = take<std::uint32_t>();
      std::uint32_t layout = take<std::uint32_t>();
      c.rows_ = take<std::uint64_t>();
      if (version == 1 || layout == Classifier::separate) {
        c.layout_ = Classifier::separate;
        c.index_ = index();
        c.weights_ = array<std::int16_t>(c.rows_ * c.classes_);
        if (check_ && used_ > 0 && max_value_ >= c.rows_) fail("classifier row out of range");
      } else if (layout == Classifier::rows || layout == Classifier::inline_rows) {
        c.layout_ = static_cast<Classifier::Layout>(layout);
        if (layout == Classifier::inline_rows && c.classes_ > Classifier::max_inline_classes)
          fail("classifier with too many classes for its layout");
        std::uint64_t slots = take<std::uint64_t>();
        if (slots == 0 || (slots & (slots - 1)) != 0) fail("hash table size is not a power of two");
        c.mask_ = slots - 1;
        c.slots_ = array<Classifier::Slot>(slots);
        if (layout == Classifier::rows) c.weights_ = array<std::int16_t>(c.rows_ * c.classes_);
        if (check_) {
          std::size_t used = 0;
          for (std::size_t k = 0; k < slots; ++k)
            if (c.slots_[k].key != 0) {
              ++used;
              if (layout == Classifier::rows && c.slots_[k].row >= c.rows_) fail("classifier row out of range");
            }
          if (used == slots) fail("hash table full");
          if (used != c.rows_) fail("classifier table and row count differ");
        }
      } else {
        fail("unknown classifier layout " + std::to_string(layout));
      }
      pos_ = end;
    }
    if (!model.classifiers_[1].classes_ &&
        model.classifiers_[0].classes_ != model.upos_.size() + model.xpos_.size())
      fail("joint tagger table of the wrong size");
    if (version >= 3) {
      end = section(tag_dictionary);
      model.tag_dictionary_size_ = take<std::uint64_t>();
      model.tag_dictionary_ = index();
      if (check_ && used_ != model.tag_dictionary_size_) fail("tag dictionary table and count differ");
      pos_ = end;
    }
    if (pos_ != size_) fail("unexpected data after the last section");
    for (std::size_t r = 0; r < model.rule_count_; ++r)
      if (model.rule_records_[2 * r + 1] + 2 > pool) fail("lemma rule out of range");
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw Error(Status::bad_input, "syntax model " + name_ + ": " + message);
  }
  template <class T>
  T get(std::size_t at) const {
    T value;
    std::memcpy(&value, data_ + at, sizeof value);
    return value;
  }
  const char* bytes(std::size_t count) {
    if (count > size_ - pos_) fail("truncated section");
    const char* p = data_ + pos_;
    pos_ += count;
    return p;
  }
  template <class T>
  T take() {
    const char* p = bytes(sizeof(T));
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
  }
  template <class T>
  const T* array(std::size_t count) {
    if (count > (size_ - pos_) / sizeof(T)) fail("truncated array");
    return reinterpret_cast<const T*>(bytes(count * sizeof(T)));
  }
  void align() { pos_ += (8 - pos_ % 8) % 8; }
  std::size_t section(std::uint32_t tag) {
    std::uint32_t found = take<std::uint32_t>();
    take<std::uint32_t>();
    std::uint64_t length = take<std::uint64_t>();
    if (found != tag || length > size_ - pos_) fail("corrupt section table");
    return pos_ + length;
  }
  std::vector<std::string_view> strings() {
    std::uint32_t count = take<std::uint32_t>();
    std::vector<std::string_view> names;
    for (std::uint32_t i = 0; i < count; ++i) {
      std::uint32_t length = take<std::uint32_t>();
      names.emplace_back(bytes(length), length);
    }
    align();
    return names;
  }
  HashIndex index() {
    HashIndex h;
    std::uint64_t slots = take<std::uint64_t>();
    if (slots == 0 || (slots & (slots - 1)) != 0) fail("hash table size is not a power of two");
    h.mask_ = slots - 1;
    h.keys_ = array<std::uint64_t>(slots);
    h.values_ = array<std::uint32_t>(slots);
    align();
    if (!check_) return h;
    // One pass: a free slot (so that every search ends) and the largest value.
    std::size_t used = 0;
    max_value_ = 0;
    for (std::size_t s = 0; s < slots; ++s)
      if (h.keys_[s] != 0) {
        ++used;
        max_value_ = std::max(max_value_, static_cast<std::size_t>(h.values_[s]));
      }
    if (used == slots) fail("hash table full");
    used_ = used;
    return h;
  }

  const char* data_;
  std::size_t size_;
  std::string name_;
  std::size_t pos_ = 0;
  std::size_t max_value_ = 0;  // of the last index read
  std::size_t used_ = 0;
  bool check_ = true;
};

std::shared_ptr<const Model> Model::from_bytes(std::string bytes, const std::string& name) {
  std::shared_ptr<Model> model(new Model);
  model->storage_ = std::make_unique<Storage>();
  Storage& s = *model->storage_;
  s.owned = std::move(bytes);
  const char* data = s.owned.data();
  if (reinterpret_cast<std::uintptr_t>(data) % 8 != 0) {
    s.aligned.resize((s.owned.size() + 7) / 8);
    std::memcpy(s.aligned.data(), s.owned.data(), s.owned.size());
    data = reinterpret_cast<const char*>(s.aligned.data());
  }
  model->size_ = s.owned.size();
  ModelReader(data, s.owned.size(), name).read(*model);
  return model;
}

std::shared_ptr<const Model> Model::open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(Status::io_error, "cannot open syntax model " + path + ": " + std::strerror(errno));
  struct stat info {};
  if (fstat(fd, &info) != 0 || info.st_size <= 0) {
    ::close(fd);
    throw Error(Status::bad_input, "syntax model " + path + ": empty or unreadable file");
  }
  auto size = static_cast<std::size_t>(info.st_size);
  void* mapping = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapping == MAP_FAILED) throw Error(Status::io_error, "cannot map syntax model " + path + ": " + std::strerror(errno));
  std::shared_ptr<Model> model(new Model);
  model->storage_ = std::make_unique<Storage>();
  model->storage_->mapping = mapping;
  model->storage_->mapping_size = size;
  model->size_ = size;
  ModelReader(static_cast<const char*>(mapping), size, path).read(*model);
  return model;
}

std::shared_ptr<const Model> Model::embedded() {
  static std::shared_ptr<const Model> model = [] {
    auto size = static_cast<std::size_t>(newskg_syntax_model_end - newskg_syntax_model_begin);
    if (size == 0)
      throw Error(Status::bad_input,
                  "this newskg was built without a syntax model (models/en_ud.nkgm); give one with --model FILE");
    std::shared_ptr<Model> m(new Model);
    m->size_ = size;
    // Not checksummed here: the image is part of this binary (Model::verify, run by the unit tests).
    ModelReader(newskg_syntax_model_begin, size, "(embedded models/en_ud.nkgm)", false).read(*m);
    return std::shared_ptr<const Model>(std::move(m));
  }();
  return model;
}

void Model::verify() const {
  Model copy;
  ModelReader(image_, size_, name_, true).read(copy);
}

std::shared_ptr<const Model> Model::load(const std::string& path) { return path.empty() ? embedded() : open(path); }

namespace {
int find_name(const std::vector<std::string_view>& names, std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<int>(i);
  return -1;
}
}  // namespace

int Model::upos_id(std::string_view name) const noexcept { return find_name(upos_, name); }
int Model::xpos_id(std::string_view name) const noexcept { return find_name(xpos_, name); }
int Model::deprel_id(std::string_view name) const noexcept { return find_name(deprels_, name); }

bool Model::lemma_exception(std::uint64_t key, std::string_view& lemma) const noexcept {
  std::uint32_t offset = exceptions_.find(key);
  if (offset == HashIndex::missing || offset + 2 > strings_size_) return false;
  std::uint16_t length;
  std::memcpy(&length, strings_ + offset, 2);
  if (offset + 2 + length > strings_size_) return false;
  lemma = std::string_view(strings_ + offset + 2, length);
  return true;
}

bool Model::lemma_rule(std::uint64_t key, bool& lower, std::size_t& strip, std::string_view& append) const noexcept {
  std::uint32_t r = rules_.find(key);
  if (r == HashIndex::missing || r >= rule_count_) return false;
  std::uint32_t bits = rule_records_[2 * r];
  lower = (bits & 1u) != 0;
  strip = (bits >> 8) & 0xFFu;
  if (!lemma_exception_at(rule_records_[2 * r + 1], append)) return false;
  return true;
}

bool Model::lemma_exception_at(std::uint32_t offset, std::string_view& text) const noexcept {
  if (offset + 2 > strings_size_) return false;
  std::uint16_t length;
  std::memcpy(&length, strings_ + offset, 2);
  if (offset + 2 + length > strings_size_) return false;
  text = std::string_view(strings_ + offset + 2, length);
  return true;
}

ModelData Model::data() const {
  ModelData d;
  d.description = std::string(description_);
  for (auto n : upos_) d.upos.emplace_back(n);
  for (auto n : xpos_) d.xpos.emplace_back(n);
  for (auto n : deprels_) d.deprels.emplace_back(n);
  for (std::size_t s = 0; s < exceptions_.slots(); ++s) {
    if (exceptions_.key_at(s) == 0) continue;
    std::string_view text;
    lemma_exception_at(exceptions_.value_at(s), text);
    d.lemma_exceptions.emplace_back(exceptions_.key_at(s), std::string(text));
  }
  for (std::size_t s = 0; s < rules_.slots(); ++s) {
    if (rules_.key_at(s) == 0) continue;
    std::uint32_t r = rules_.value_at(s);
    LemmaRule rule;
    rule.lower = (rule_records_[2 * r] & 1u) != 0;
    rule.strip = static_cast<std::uint8_t>(rule_records_[2 * r] >> 8);
    std::string_view text;
    lemma_exception_at(rule_records_[2 * r + 1], text);
    rule.append = std::string(text);
    d.lemma_rules.emplace_back(rules_.key_at(s), rule);
  }
  for (std::size_t s = 0; s < tag_dictionary_.slots(); ++s)
    if (tag_dictionary_.key_at(s) != 0) d.tag_dictionary.emplace_back(tag_dictionary_.key_at(s), tag_dictionary_.value_at(s));
  std::sort(d.tag_dictionary.begin(), d.tag_dictionary.end());
  ClassifierData* out[4] = {&d.upos_tagger, &d.xpos_tagger, &d.transitions, &d.labeller};
  for (int i = 0; i < 4; ++i) {
    const Classifier& c = classifiers_[i];
    out[i]->classes = c.classes();
    std::vector<std::pair<std::uint64_t, const std::int16_t*>> entries;
    c.for_each([&](std::uint64_t key, const std::int16_t* w) { entries.emplace_back(key, w); });
    std::sort(entries.begin(), entries.end());
    for (auto [key, w] : entries) {
      out[i]->keys.push_back(key);
      out[i]->weights.insert(out[i]->weights.end(), w, w + c.classes());
    }
  }
  return d;
}

}  // namespace newskg::syntax
