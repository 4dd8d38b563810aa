#include "newskg/cli/output_file.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "newskg/error.hpp"

namespace newskg::cli {

OutputFile::OutputFile(std::string target) : target_(std::move(target)) {
  namespace fs = std::filesystem;
  std::error_code error;
  auto status = fs::status(target_, error);
  bool in_place = !error && fs::exists(status) && !fs::is_regular_file(status);
  if (!in_place) temporary_ = target_ + ".tmp-newskg-" + std::to_string(::getpid());
  const std::string& path = in_place ? target_ : temporary_;
  stream_.open(path, std::ios::binary | std::ios::trunc);
  if (!stream_) throw Error(Status::io_error, "cannot create the output file", {path, 0});
}

OutputFile::~OutputFile() {
  if (committed_) return;
  stream_.close();
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

void OutputFile::commit() {
  stream_.close();
  const std::string& path = temporary_.empty() ? target_ : temporary_;
  if (stream_.fail()) throw Error(Status::io_error, "cannot write the output file", {path, 0});
  if (!temporary_.empty()) {
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) throw Error(Status::io_error, "cannot rename into place: " + error.message(), {target_, 0});
  }
  committed_ = true;
}

}  // namespace newskg::cli
