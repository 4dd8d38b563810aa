// An output file written whole or not at all: a regular file is written to a
// temporary file beside it and renamed into place on commit, so a failure
// never leaves half a file. A device or pipe (/dev/null, /dev/stdout, a FIFO)
// is written in place: renaming over it would replace it.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace newskg::cli {

class OutputFile {
 public:
  explicit OutputFile(std::string target);  // throws Error(io_error) naming the file
  ~OutputFile();                            // without commit(): the temporary file is removed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return stream_; }
  void commit();  // throws Error(io_error) when the data could not be written or moved into place

 private:
  std::string target_;
  std::string temporary_;  // empty when writing in place
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace newskg::cli
