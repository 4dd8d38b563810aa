#include "newskg/cli/commands.hpp"
#include "newskg/cli/options.hpp"

namespace newskg::cli {

int merge_main(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
  err << "newskg: merge is not available yet\n";
  return exit_usage;
}

}  // namespace newskg::cli
