// gzip through zlib: an std::ostream that compresses into another, and a
// file (InputFile, or an std::istream over one) that reads a .gz file, or a
// plain one, decompressed.
#pragma once

#include <zlib.h>

#include <istream>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace newskg {

// True when `path` ends in ".gz".
bool is_gzip_path(std::string_view path);

class GzipStreambuf final : public std::streambuf {
 public:
  explicit GzipStreambuf(std::ostream& out);  // throws Error(internal) if zlib cannot start
  ~GzipStreambuf() override;
  GzipStreambuf(const GzipStreambuf&) = delete;
  GzipStreambuf& operator=(const GzipStreambuf&) = delete;

  // Writes the gzip trailer; throws Error(io_error) when the output failed.
  void finish();

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize n) override;
  int sync() override;

 private:
  void deflate_input(const char* data, std::size_t n, int flush);

  std::ostream& out_;
  z_stream zs_{};
  std::vector<char> buffer_;
  bool finished_ = false;
};

// An std::ostream writing gzip into `out` (which must outlive it).
class GzipOStream final : public std::ostream {
 public:
  explicit GzipOStream(std::ostream& target) : std::ostream(nullptr), buf_(target) { rdbuf(&buf_); }
  void finish() { buf_.finish(); }

 private:
  GzipStreambuf buf_;
};

// A file read in blocks, decompressed when it is gzip and as it is when it
// is not (zlib tells them apart by the bytes, not the name), so that readers
// stream .gz inputs instead of copying them decompressed first.
class InputFile {
 public:
  explicit InputFile(const std::string& path);  // throws Error(io_error): "cannot open the file"
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Up to `size` bytes; 0 at the end of the data or once reading failed
  // (then failure() says why; the bytes before the failure come first). A
  // gzip stream cut short or damaged is a failure, never an early end.
  std::size_t read(char* buffer, std::size_t size) noexcept;
  bool failed() const noexcept { return !failure_.empty(); }
  const std::string& failure() const noexcept { return failure_; }
  // Throws Error(io_error) naming the file when reading failed.
  void check() const;
  const std::string& path() const noexcept { return path_; }

 private:
  gzFile file_;
  std::string path_;
  std::string failure_;
};

// An std::streambuf over an InputFile; a failure makes the stream bad.
class GunzipStreambuf final : public std::streambuf {
 public:
  explicit GunzipStreambuf(const std::string& path) : file_(path), buffer_(1 << 16) {}

 protected:
  int_type underflow() override;

 private:
  InputFile file_;
  std::vector<char> buffer_;
};

class GunzipIStream final : public std::istream {
 public:
  explicit GunzipIStream(const std::string& path) : std::istream(nullptr), buf_(path) { rdbuf(&buf_); }

 private:
  GunzipStreambuf buf_;
};

// "x.nq" for "x.nq.gz"; the path itself otherwise.
std::string without_gz(const std::string& path);

}  // namespace newskg
