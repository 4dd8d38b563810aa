#include "newskg/lexicon/knowledge.hpp"


namespace newskg::lexicon {

std::shared_ptr<const Knowledge> Knowledge::load(const std::vector<std::string>& user_lexicons) {
  auto knowledge = std::make_shared<Knowledge>();
  knowledge->lexicon.add_embedded();
  for (const auto& path : user_lexicons) knowledge->lexicon.add_file(path);
  knowledge->lexicon.build();
  return knowledge;
}

std::shared_ptr<const Knowledge> Knowledge::standard() {
  // Never destroyed: freeing a quarter of a million lexicon nodes at exit is
  // pure cost, and the process is ending anyway.
  static auto* knowledge = new std::shared_ptr<const Knowledge>(load());
  return *knowledge;
}

}  // namespace newskg::lexicon
