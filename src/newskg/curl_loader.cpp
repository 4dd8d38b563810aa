// libcurl, loaded on first use. Only `newskg load` talks HTTP, but linking
// libcurl brings some thirty shared libraries (TLS, Kerberos, LDAP, SSH...)
// whose loading and relocation cost every process about 30 ms before main()
// (three times the rest of the start-up). These definitions of the few curl
// functions newskg calls open libcurl with dlopen() the first time one is
// called and forward to it; a curl function used without a forwarder here is
// a link error, not a silent failure.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>
#include <dlfcn.h>

#include <cstdarg>
#include <initializer_list>

namespace {

struct Curl {
  bool ok = false;
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_reset) easy_reset = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_slist_append) slist_append = nullptr;
  decltype(&curl_slist_free_all) slist_free_all = nullptr;
};

template <class F>
bool bind(void* library, F& function, const char* name) {
  function = reinterpret_cast<F>(dlsym(library, name));
  return function != nullptr;
}

const Curl& curl() {
  static const Curl loaded = [] {
    Curl c;
    void* library = nullptr;
    for (const char* name : {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"})
      if ((library = dlopen(name, RTLD_NOW | RTLD_LOCAL)) != nullptr) break;
    if (library == nullptr) return c;
    c.ok = bind(library, c.global_init, "curl_global_init") && bind(library, c.easy_init, "curl_easy_init") &&
           bind(library, c.easy_cleanup, "curl_easy_cleanup") && bind(library, c.easy_reset, "curl_easy_reset") &&
           bind(library, c.easy_perform, "curl_easy_perform") && bind(library, c.easy_setopt, "curl_easy_setopt") &&
           bind(library, c.easy_getinfo, "curl_easy_getinfo") &&
           bind(library, c.easy_strerror, "curl_easy_strerror") &&
           bind(library, c.slist_append, "curl_slist_append") &&
           bind(library, c.slist_free_all, "curl_slist_free_all");
    return c;
  }();
  return loaded;
}

}  // namespace

extern "C" {

CURLcode curl_global_init(long flags) { return curl().ok ? curl().global_init(flags) : CURLE_FAILED_INIT; }

CURL* curl_easy_init(void) { return curl().ok ? curl().easy_init() : nullptr; }

void curl_easy_cleanup(CURL* handle) {
  if (curl().ok && handle != nullptr) curl().easy_cleanup(handle);
}

void curl_easy_reset(CURL* handle) {
  if (curl().ok && handle != nullptr) curl().easy_reset(handle);
}

CURLcode curl_easy_perform(CURL* handle) { return curl().ok ? curl().easy_perform(handle) : CURLE_FAILED_INIT; }

// The argument's type follows from the option's number (see CURLOPTTYPE_*).
CURLcode curl_easy_setopt(CURL* handle, CURLoption option, ...) {
  if (!curl().ok) return CURLE_FAILED_INIT;
  va_list args;
  va_start(args, option);
  CURLcode code;
  if (option < CURLOPTTYPE_OBJECTPOINT) code = curl().easy_setopt(handle, option, va_arg(args, long));
  else if (option >= CURLOPTTYPE_OFF_T && option < CURLOPTTYPE_BLOB)
    code = curl().easy_setopt(handle, option, va_arg(args, curl_off_t));
  else code = curl().easy_setopt(handle, option, va_arg(args, void*));  // objects, functions, blobs
  va_end(args);
  return code;
}

// Every CURLINFO_* takes a pointer to where the answer goes.
CURLcode curl_easy_getinfo(CURL* handle, CURLINFO info, ...) {
  if (!curl().ok) return CURLE_FAILED_INIT;
  va_list args;
  va_start(args, info);
  CURLcode code = curl().easy_getinfo(handle, info, va_arg(args, void*));
  va_end(args);
  return code;
}

const char* curl_easy_strerror(CURLcode code) {
  return curl().ok ? curl().easy_strerror(code) : "libcurl (libcurl.so.4) could not be loaded";
}

curl_slist* curl_slist_append(curl_slist* list, const char* text) {
  return curl().ok ? curl().slist_append(list, text) : nullptr;
}

void curl_slist_free_all(curl_slist* list) {
  if (curl().ok) curl().slist_free_all(list);
}

}  // extern "C"
