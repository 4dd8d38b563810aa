#include "newskg/lexicon/words.hpp"

#include <map>
#include <mutex>
#include <unordered_set>
#include <vector>

#include "newskg/resources.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::lexicon {

// Section layout: [size][slot count][rows: word ref, category ref][slots].
WordList WordList::parse(std::string_view text, std::string_view) {
  std::vector<std::pair<std::string_view, std::string_view>> rows;
  std::unordered_set<std::string_view> seen;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = text::trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::size_t tab = line.find('\t');
    std::string_view word = text::trim(line.substr(0, tab));
    std::string_view category = tab == std::string_view::npos ? std::string_view() : text::trim(line.substr(tab + 1));
    if (seen.insert(word).second) rows.emplace_back(word, category);  // the first entry of a word wins
  }
  std::uint32_t slots = image::slot_count(rows.size());
  std::vector<image::Slot> table(slots, image::Slot{0, image::empty_row});
  for (std::uint32_t row = 0; row < rows.size(); ++row) {
    std::uint32_t hash = image::hash_bytes(rows[row].first);
    std::uint32_t slot = hash & (slots - 1);
    while (table[slot].row != image::empty_row) slot = (slot + 1) & (slots - 1);
    table[slot] = {hash, row};
  }
  image::Writer out;
  out.word(static_cast<std::uint32_t>(rows.size()));
  out.word(slots);
  for (const auto& [word, category] : rows) {
    out.ref(word);
    out.ref(category);
  }
  for (const auto& slot : table) {
    out.word(slot.hash);
    out.word(slot.row);
  }
  WordList list;
  list.owned_ = std::make_shared<const std::string>(out.take());
  list.attach(*list.owned_);
  return list;
}

WordList WordList::view(std::string_view section) {
  WordList list;
  list.attach(section);
  return list;
}

void WordList::attach(std::string_view section) {
  section_ = section;
  reader_ = image::Reader(section);
  size_ = reader_.word(0);
  std::uint32_t slots = reader_.word(1);
  rows_ = 2;
  slots_ = reader_.array<image::Slot>(rows_ + size_ * 4, slots);
}

std::string WordList::compile() const {
  return std::string(section_);
}

std::uint32_t WordList::find(std::string_view word) const noexcept {
  if (slots_.empty()) return image::empty_row;
  std::uint32_t hash = image::hash_bytes(word);
  auto mask = static_cast<std::uint32_t>(slots_.size() - 1);
  for (std::uint32_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const image::Slot& s = slots_[slot];
    if (s.row == image::empty_row) return image::empty_row;
    if (s.hash == hash && word_at(s.row) == word) return s.row;
  }
}

const WordList& WordList::embedded(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, WordList, std::less<>> cache;
  std::lock_guard lock(mutex);
  auto found = cache.find(name);
  if (found != cache.end()) return found->second;
  std::string path = "ontology/words/" + std::string(name) + ".txt";
  WordList list;
  std::string_view section = image::find_section(compiled_lexicon_image(), "words/" + std::string(name));
  if (!section.empty()) {
    list = view(section);
  } else if (auto data = embedded_file(path)) {
    list = parse(*data, path);
  }
  return cache.emplace(std::string(name), std::move(list)).first->second;
}

}  // namespace newskg::lexicon
