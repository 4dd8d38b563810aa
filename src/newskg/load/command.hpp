// The `newskg load` command line as a plain struct (parsing is a pure function,
// testable without a store). Implemented in src/newskg/cli/load_command.cpp.
#pragma once

#include <string>
#include <vector>

#include "newskg/load/load.hpp"

namespace newskg::load {

struct Command {
  bool help = false;
  std::string help_text;  // when help
  Options options;
  std::vector<std::string> inputs;  // the exports, in order
};

// Parses the arguments after "load". Throws Error(bad_argument) naming the
// option on any misuse (the command exits 2 on it). Does not look at the files.
Command parse_command(const std::vector<std::string>& args);

// The text of `newskg load --help`.
std::string help_text();

}  // namespace newskg::load
