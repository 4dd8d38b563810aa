// Closed-class word lists (ontology/words/*.txt): one entry per line, '#'
// comments, an optional TAB-separated category.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace newskg::lexicon {

class WordList {
 public:
  WordList() = default;
  // Parses the text of a word list; `name` appears in error messages.
  static WordList parse(std::string_view text, std::string_view name);
  // The embedded list ontology/words/NAME.txt (empty when absent).
  static const WordList& embedded(std::string_view name);

  bool contains(std::string_view word) const { return entries_.count(std::string(word)) > 0; }
  // The category of `word`, or empty.
  std::string_view category(std::string_view word) const;
  std::size_t size() const noexcept { return entries_.size(); }
  const std::unordered_map<std::string, std::string>& entries() const noexcept { return entries_; }

 private:
  std::unordered_map<std::string, std::string> entries_;
};

}  // namespace newskg::lexicon
