// Input for Serd readers that tells the end of the input from a silent stop.
//
// Serd 0.30 sometimes stops reading without reporting an error: on bytes after
// a statement's final '.' ("... . ." or "....x") or on a NUL byte, its reader
// returns as it does at the end of a document, and everything after the stop
// would be dropped without a word. So the bytes are followed by an end-marker
// statement that the readers skip: Serd reaches it only when it read all
// before it; when it did not, silent_stop_line() finds where it stopped by
// reading again a byte at a time.
#pragma once

#include <serd/serd.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "newskg/gzip.hpp"

namespace newskg::rdf {

class SerdInput {
 public:
  static SerdInput of_file(InputFile& file) {
    SerdInput input;
    input.file_ = &file;
    return input;
  }
  static SerdInput of_memory(std::string_view bytes) {
    SerdInput input;
    input.memory_ = bytes;
    return input;
  }

  // Runs `reader` over the bytes and the end marker (in pages of `page_size`).
  SerdStatus read(SerdReader* reader, const std::string& name, std::size_t page_size = 4096);

  bool failed() const noexcept { return failed_; }  // reading the file failed (file.failure() says why)
  // Lines of the bytes served so far (not counting the marker).
  std::size_t lines() const noexcept { return newlines_ + (last_ != '\n' && served_ > 0 ? 1 : 0); }

 private:
  static std::size_t source(void* buffer, std::size_t size, std::size_t count, void* stream);
  static int error(void* stream);

  InputFile* file_ = nullptr;
  std::string_view memory_;
  std::size_t position_ = 0;  // in memory_
  bool data_done_ = false;
  std::size_t marker_position_ = 0;
  bool failed_ = false;
  std::size_t served_ = 0;  // data bytes given to Serd
  std::size_t newlines_ = 0;
  char last_ = 0;           // the last data byte given to Serd
  friend std::size_t silent_stop_line(SerdSyntax syntax, SerdInput input);
  friend std::size_t statement_line(SerdSyntax syntax, SerdInput input, std::size_t count);
};

// True when `subject` is the end marker's: statement sinks skip that statement.
bool is_end_marker(const SerdNode* subject) noexcept;

// False when a node (IRI, literal, datatype, language) holds bytes that are
// not UTF-8: Serd 0.30 lets some through (in IRIs), and no output may hold them.
bool is_valid_utf8(const SerdNode* node) noexcept;

// The line on which statement `count` (1-based) of `input` (a fresh input)
// ends, found by reading it again one byte at a time; for errors that the
// statement sink finds, of which Serd knows no line.
std::size_t statement_line(SerdSyntax syntax, SerdInput input, std::size_t count);

// The 1-based line at which Serd stops without an error on `input` (a fresh
// input, rewound), found by reading it again one byte at a time.
std::size_t silent_stop_line(SerdSyntax syntax, SerdInput input);

}  // namespace newskg::rdf
