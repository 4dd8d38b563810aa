// The newskg command: a thin shell over the library's public headers.
#include <iostream>
#include <string>
#include <vector>

#include "newskg/cli/options.hpp"
#include "newskg/error.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  newskg::cli::Options options;
  try {
    options = newskg::cli::parse_options(args);
  } catch (const newskg::Error& error) {
    std::cerr << "newskg: " << error.what() << '\n';
    return newskg::cli::exit_usage;
  }
  return newskg::cli::run(options, std::cout, std::cerr);
}
