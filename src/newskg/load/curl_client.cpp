// The HttpClient of `newskg load` over libcurl (one easy handle, so that the
// connection is kept between requests).
#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>

#include "newskg/load/load.hpp"
#include "newskg/version.hpp"

namespace newskg::load {
namespace {

struct Received {
  Response* response;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* received = static_cast<Received*>(user);
  // Keep what is needed for a message; a store's error page is short.
  constexpr std::size_t keep = 64 * 1024;
  std::string& body = received->response->body;
  if (body.size() < keep) body.append(data, std::min(size * count, keep - body.size()));
  return size * count;
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* received = static_cast<Received*>(user);
  std::string_view line(data, size * count);
  Response& response = *received->response;
  if (starts_with_nocase(line, "HTTP/")) {
    // A new response (after a 100 Continue or an authentication challenge):
    // forget what the previous one said.
    response.reason.clear();
    response.body.clear();
    response.retry_after.reset();
    std::size_t code = line.find(' ');
    std::size_t reason = code == std::string_view::npos ? code : line.find(' ', code + 1);
    if (reason != std::string_view::npos) response.reason = trimmed(line.substr(reason + 1));
  } else if (starts_with_nocase(line, "Retry-After:")) {
    std::string value = trimmed(line.substr(12));
    if (!value.empty() && value.size() < 10 &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      response.retry_after = std::stol(value);
  }
  return size * count;
}

Transport classify(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return Transport::transient;
    default: return Transport::fatal;
  }
}

class CurlClient final : public HttpClient {
 public:
  explicit CurlClient(const Options& options) : options_(options), handle_(curl_easy_init()) {
    if (!handle_) throw Error(Status::internal, "libcurl could not start");
  }
  ~CurlClient() override { curl_easy_cleanup(handle_); }
  CurlClient(const CurlClient&) = delete;
  CurlClient& operator=(const CurlClient&) = delete;

  Response send(const Request& request) override {
    Response response;
    Received received{&response};
    char error_text[CURL_ERROR_SIZE] = {};
    curl_easy_reset(handle_);  // keeps the open connection
    std::string content_type = "Content-Type: " + request.content_type;
    curl_slist* headers = curl_slist_append(nullptr, content_type.c_str());
    std::string agent = std::string(tool_name) + "/" + std::string(version);

    curl_easy_setopt(handle_, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(handle_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle_, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(handle_, CURLOPT_ERRORBUFFER, error_text);
    curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, headers);
    // The body from memory, so that curl can send it again after an
    // authentication challenge; CUSTOMREQUEST turns the POST into a PUT.
    curl_easy_setopt(handle_, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(handle_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    curl_easy_setopt(handle_, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(handle_, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(handle_, CURLOPT_HEADERFUNCTION, &on_header);
    curl_easy_setopt(handle_, CURLOPT_HEADERDATA, &received);
    if (options_.timeout_seconds > 0) {
      curl_easy_setopt(handle_, CURLOPT_TIMEOUT, options_.timeout_seconds);
      curl_easy_setopt(handle_, CURLOPT_CONNECTTIMEOUT, std::min(options_.timeout_seconds, 30L));
    }
    if (!options_.user.empty()) {
      curl_easy_setopt(handle_, CURLOPT_USERPWD, options_.user.c_str());
      long methods = options_.auth == Auth::basic ? CURLAUTH_BASIC
                     : options_.auth == Auth::digest ? CURLAUTH_DIGEST
                                                    : CURLAUTH_ANY;
      curl_easy_setopt(handle_, CURLOPT_HTTPAUTH, methods);
    }

    CURLcode code = curl_easy_perform(handle_);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
      response.transport = classify(code);
      response.transport_error = error_text[0] ? std::string(error_text) : std::string(curl_easy_strerror(code));
      response.body.clear();
      return response;
    }
    curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
  }

 private:
  Options options_;
  CURL* handle_;
};

}  // namespace

std::unique_ptr<HttpClient> make_curl_client(const Options& options) {
  static std::once_flag started;
  static CURLcode global = CURLE_OK;
  std::call_once(started, [] { global = curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (global != CURLE_OK)
    throw Error(Status::internal, std::string("libcurl could not start: ") + curl_easy_strerror(global));
  return std::make_unique<CurlClient>(options);
}

}  // namespace newskg::load
