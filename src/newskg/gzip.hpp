// gzip through zlib: an std::ostream that compresses into another, and an
// std::istream that reads a .gz file (or a plain one) decompressed.
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

// Reads `path` decompressed (gzip; a file that is not gzip is read as is).
class GunzipStreambuf final : public std::streambuf {
 public:
  explicit GunzipStreambuf(const std::string& path);  // throws Error(io_error) naming the file
  ~GunzipStreambuf() override;
  GunzipStreambuf(const GunzipStreambuf&) = delete;
  GunzipStreambuf& operator=(const GunzipStreambuf&) = delete;

 protected:
  int_type underflow() override;

 private:
  gzFile file_;
  std::string path_;
  std::vector<char> buffer_;
};

class GunzipIStream final : public std::istream {
 public:
  explicit GunzipIStream(const std::string& path) : std::istream(nullptr), buf_(path) { rdbuf(&buf_); }

 private:
  GunzipStreambuf buf_;
};

}  // namespace newskg

namespace newskg {

// A file to read by name whatever its compression: for NAME.EXT.gz, a
// decompressed copy NAME.EXT in a fresh temporary folder (under `temp_dir`,
// or the system's), removed with this object; any other path as it is. For
// readers that take a path (Serd's), so that memory stays theirs.
class PlainCopy {
 public:
  explicit PlainCopy(const std::string& path, const std::string& temp_dir = {});  // throws Error(io_error)
  ~PlainCopy();
  PlainCopy(const PlainCopy&) = delete;
  PlainCopy& operator=(const PlainCopy&) = delete;
  const std::string& path() const noexcept { return path_; }

 private:
  std::string folder_;  // empty: nothing to remove
  std::string path_;
};

// "x.nq" for "x.nq.gz"; the path itself otherwise.
std::string without_gz(const std::string& path);

}  // namespace newskg
