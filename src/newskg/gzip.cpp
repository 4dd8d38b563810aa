#include "newskg/gzip.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "newskg/error.hpp"

namespace newskg {

bool is_gzip_path(std::string_view path) { return path.size() > 3 && path.substr(path.size() - 3) == ".gz"; }

GzipStreambuf::GzipStreambuf(std::ostream& out) : out_(out), buffer_(1 << 16) {
  // windowBits 15 + 16: a gzip header and trailer rather than zlib's.
  if (deflateInit2(&zs_, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw Error(Status::internal, "zlib could not start compressing");
}

GzipStreambuf::~GzipStreambuf() { deflateEnd(&zs_); }

void GzipStreambuf::deflate_input(const char* data, std::size_t n, int flush) {
  zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
  zs_.avail_in = static_cast<uInt>(n);
  do {
    zs_.next_out = reinterpret_cast<Bytef*>(buffer_.data());
    zs_.avail_out = static_cast<uInt>(buffer_.size());
    int status = deflate(&zs_, flush);
    if (status == Z_STREAM_ERROR) throw Error(Status::internal, "zlib failed while compressing");
    std::size_t produced = buffer_.size() - zs_.avail_out;
    out_.write(buffer_.data(), static_cast<std::streamsize>(produced));
    if (!out_) throw Error(Status::io_error, "could not write the output");
  } while (zs_.avail_out == 0 || (flush == Z_FINISH && zs_.avail_in > 0));
}

GzipStreambuf::int_type GzipStreambuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  char byte = traits_type::to_char_type(c);
  deflate_input(&byte, 1, Z_NO_FLUSH);
  return c;
}

std::streamsize GzipStreambuf::xsputn(const char* data, std::streamsize n) {
  constexpr std::streamsize chunk = 1 << 20;  // avail_in is 32 bits
  for (std::streamsize done = 0; done < n; done += chunk)
    deflate_input(data + done, static_cast<std::size_t>(std::min(chunk, n - done)), Z_NO_FLUSH);
  return n;
}

int GzipStreambuf::sync() { return out_.flush() ? 0 : -1; }

void GzipStreambuf::finish() {
  if (finished_) return;
  finished_ = true;
  deflate_input(nullptr, 0, Z_FINISH);
  out_.flush();
  if (!out_) throw Error(Status::io_error, "could not write the output");
}

GunzipStreambuf::GunzipStreambuf(const std::string& path)
    : file_(gzopen(path.c_str(), "rb")), path_(path), buffer_(1 << 16) {
  if (!file_) throw Error(Status::io_error, "cannot open the file", {path, 0});
  gzbuffer(file_, 1 << 17);
}

GunzipStreambuf::~GunzipStreambuf() {
  if (file_) gzclose(file_);
}

GunzipStreambuf::int_type GunzipStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  int n = gzread(file_, buffer_.data(), static_cast<unsigned>(buffer_.size()));
  if (n < 0) {
    int code = 0;
    const char* message = gzerror(file_, &code);
    throw Error(Status::io_error, std::string("cannot read the compressed file: ") + (message ? message : "?"),
                {path_, 0});
  }
  if (n == 0) return traits_type::eof();
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(*gptr());
}

std::string without_gz(const std::string& path) {
  return is_gzip_path(path) ? path.substr(0, path.size() - 3) : path;
}

PlainCopy::PlainCopy(const std::string& path, const std::string& temp_dir) : path_(path) {
  if (!is_gzip_path(path)) return;
  namespace fs = std::filesystem;
  static std::atomic<unsigned> counter{0};
  std::error_code error;
  fs::path base = temp_dir.empty() ? fs::temp_directory_path(error) : fs::path(temp_dir);
  fs::path folder = base / ("newskg-gunzip-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  if (error || !fs::create_directories(folder, error) || error)
    throw Error(Status::io_error, "cannot make a temporary folder to decompress into (" + folder.string() + ")",
                {path, 0});
  folder_ = folder.string();
  path_ = (folder / fs::path(without_gz(path)).filename()).string();
  GunzipIStream in(path);
  std::ofstream out(path_, std::ios::binary);
  std::vector<char> buffer(1 << 16);
  while (in && out) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.write(buffer.data(), in.gcount());
  }
  out.close();
  if (in.bad()) {
    fs::remove_all(folder_, error);
    throw Error(Status::io_error, "cannot read the compressed file (damaged or cut short?)", {path, 0});
  }
  if (!out) {
    fs::remove_all(folder_, error);
    throw Error(Status::io_error, "cannot decompress into " + path_ + " (is the disk full?)", {path, 0});
  }
}

PlainCopy::~PlainCopy() {
  if (folder_.empty()) return;
  std::error_code error;
  std::filesystem::remove_all(folder_, error);
}

}  // namespace newskg
