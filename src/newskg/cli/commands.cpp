#include "newskg/cli/commands.hpp"

#include <unistd.h>

#include <iostream>

#include "newskg/cli/options.hpp"
#include "newskg/error.hpp"

namespace newskg::cli {

int main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && args[0] == "merge") return merge_main({args.begin() + 1, args.end()}, out, err);
  if (!args.empty() && args[0] == "parse") return parse_main({args.begin() + 1, args.end()}, out, err);
  if (!args.empty() && args[0] == "load") return load_main({args.begin() + 1, args.end()}, out, err);
  Options options;
  try {
    options = parse_options(args);
  } catch (const Error& error) {
    err << "newskg: " << error.what() << '\n';
    return exit_usage;
  }
  options.terminal = isatty(STDERR_FILENO) == 1 && &err == &std::cerr;
  return run(options, out, err);
}

}  // namespace newskg::cli
