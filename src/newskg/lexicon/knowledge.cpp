#include "newskg/lexicon/knowledge.hpp"

#include <mutex>

namespace newskg::lexicon {

std::shared_ptr<const Knowledge> Knowledge::load(const std::vector<std::string>& user_lexicons) {
  auto knowledge = std::make_shared<Knowledge>();
  knowledge->lexicon.add_embedded();
  for (const auto& path : user_lexicons) knowledge->lexicon.add_file(path);
  knowledge->lexicon.build();
  return knowledge;
}

std::shared_ptr<const Knowledge> Knowledge::standard() {
  static std::once_flag once;
  static std::shared_ptr<const Knowledge> knowledge;
  std::call_once(once, [] { knowledge = load(); });
  return knowledge;
}

}  // namespace newskg::lexicon
