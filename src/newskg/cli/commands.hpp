// The subcommands of the newskg command. Each parses its own arguments (those
// after the command name), runs, and returns the exit status; messages go to `err`.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace newskg::cli {

// newskg [extract|merge|load|parse|help|--version] ...
int main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// newskg merge INPUT... -o OUT [--format F] [--report FILE]
int merge_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// newskg load [options] EXPORT...
int load_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// newskg parse [options] INPUT...: CoNLL-U of the articles' sentence structure
int parse_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace newskg::cli
