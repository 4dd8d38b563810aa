// newskg-compile-lexicon OUTPUT: reads the embedded lexicon sources
// (ontology/lexicon/*.ttl, ontology/words/*.txt) with the library's own
// reading code and writes the compiled image (lexicon/image.hpp) that the
// library embeds, so that start-up parses nothing.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/lexicon/image.hpp"
#include "newskg/lexicon/lexicon.hpp"
#include "newskg/lexicon/words.hpp"
#include "newskg/resources.hpp"

namespace newskg {
// This program reads the sources themselves: there is no compiled image yet.
std::string_view compiled_lexicon_image() noexcept { return {}; }
}  // namespace newskg

int main(int argc, char** argv) {
  using namespace newskg;
  if (argc != 2) {
    std::cerr << "usage: newskg-compile-lexicon OUTPUT\n";
    return 2;
  }
  try {
    std::vector<std::pair<std::string, std::string>> sections;
    lexicon::Lexicon lexicon;
    lexicon.add_embedded();
    lexicon.build();
    sections.emplace_back("lexicon", lexicon.compile());
    for (const auto& file : embedded_files()) {
      constexpr std::string_view folder = "ontology/words/", suffix = ".txt";
      if (!file.path.starts_with(folder) || !file.path.ends_with(suffix)) continue;
      std::string_view name = file.path.substr(folder.size(), file.path.size() - folder.size() - suffix.size());
      sections.emplace_back("words/" + std::string(name), lexicon::WordList::parse(file.content, file.path).compile());
    }
    std::string bytes = lexicon::image::join_sections(sections);
    std::string output = argv[1];
    std::string temporary = output + ".tmp";
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out.flush()) throw Error(Status::io_error, "cannot write the lexicon image", {temporary, 0});
    }
    std::filesystem::rename(temporary, output);
    std::cout << "newskg-compile-lexicon: " << lexicon.size() << " entries, " << sections.size() - 1
              << " word lists, " << bytes.size() << " bytes\n";
  } catch (const Error& error) {
    std::cerr << "newskg-compile-lexicon: " << error.message() << " (" << error.where().file << ":"
              << error.where().line << ")\n";
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "newskg-compile-lexicon: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
