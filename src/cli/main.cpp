// The newskg command: a thin shell over the library's public headers.
#include <iostream>
#include <string>
#include <vector>

#include "newskg/cli/commands.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return newskg::cli::main({argv + 1, argv + argc}, std::cout, std::cerr);
}
