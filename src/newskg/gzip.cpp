#include "newskg/gzip.hpp"

#include <algorithm>

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

InputFile::InputFile(const std::string& path) : file_(gzopen(path.c_str(), "rb")), path_(path) {
  if (!file_) throw Error(Status::io_error, "cannot open the file", {path, 0});
  gzbuffer(file_, 1 << 17);
}

InputFile::~InputFile() { gzclose(file_); }

std::size_t InputFile::read(char* buffer, std::size_t size) noexcept {
  if (failed()) return 0;
  std::size_t done = 0;
  while (done < size) {
    unsigned want = static_cast<unsigned>(std::min<std::size_t>(size - done, 1u << 30));
    int got = gzread(file_, buffer + done, want);
    if (got > 0) {
      done += static_cast<std::size_t>(got);
      continue;
    }
    int code = Z_OK;
    const char* message = gzerror(file_, &code);
    if (got < 0 || code != Z_OK) {
      // Z_BUF_ERROR: the data ended inside a gzip stream (no trailer).
      failure_ = code == Z_BUF_ERROR ? std::string("the compressed file is cut short")
                                     : std::string("cannot read the file: ") + (message ? message : "?");
      return done;  // what came before the failure; the next read returns 0
    }
    break;
  }
  return done;
}

void InputFile::check() const {
  if (failed()) throw Error(Status::io_error, failure_, {path_, 0});
}

GunzipStreambuf::int_type GunzipStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  std::size_t n = file_.read(buffer_.data(), buffer_.size());
  if (n == 0) {
    file_.check();  // readers that use the streambuf get the Error; an std::istream turns it into badbit
    return traits_type::eof();
  }
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(*gptr());
}

std::string without_gz(const std::string& path) {
  return is_gzip_path(path) ? path.substr(0, path.size() - 3) : path;
}

}  // namespace newskg
