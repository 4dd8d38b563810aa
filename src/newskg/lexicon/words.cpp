#include "newskg/lexicon/words.hpp"

#include <map>
#include <mutex>

#include "newskg/resources.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::lexicon {

WordList WordList::parse(std::string_view text, std::string_view) {
  WordList list;
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
    list.entries_.emplace(std::string(word), std::string(category));
  }
  return list;
}

const WordList& WordList::embedded(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, WordList, std::less<>> cache;
  std::lock_guard lock(mutex);
  auto found = cache.find(name);
  if (found != cache.end()) return found->second;
  std::string path = "ontology/words/" + std::string(name) + ".txt";
  auto data = embedded_file(path);
  return cache.emplace(std::string(name), data ? parse(*data, path) : WordList{}).first->second;
}

std::string_view WordList::category(std::string_view word) const {
  auto found = entries_.find(word);
  return found == entries_.end() ? std::string_view() : std::string_view(found->second);
}

}  // namespace newskg::lexicon
