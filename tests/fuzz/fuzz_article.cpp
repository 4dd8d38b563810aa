// The article reader on the bytes of a .txt file: make_article (UTF-8 repair,
// limits, layout) and open_source on a file. Every article is valid UTF-8 and
// every span lies inside its text.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.hpp"
#include "newskg/ingest/ingest.hpp"

using namespace newskg;

namespace {

void check_span(const ingest::Span& span, const ingest::Article& article, const char* what) {
  fuzz::require(span.empty() || (span.begin <= span.end && span.end <= article.text.size()),
                std::string(what) + " span outside the text");
}

void check(const ingest::Article& article) {
  fuzz::require(fuzz::valid_utf8(article.text), "article text is not valid UTF-8");
  for (const std::string* field : {&article.id, &article.url, &article.title, &article.source, &article.date})
    fuzz::require(fuzz::valid_utf8(*field), "metadata is not valid UTF-8");
  fuzz::require(!article.headline.empty(), "an article without a headline was accepted");
  check_span(article.headline, article, "headline");
  check_span(article.standfirst, article, "standfirst");
  check_span(article.body, article, "body");
  if (article.dateline) {
    check_span(article.dateline->span, article, "dateline");
    check_span(article.dateline->place, article, "dateline place");
    check_span(article.dateline->agency, article, "dateline agency");
    fuzz::require(article.dateline->month >= 0 && article.dateline->month <= 12, "dateline month");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  NullDiagnostics diagnostics;
  ingest::IngestOptions options;
  options.max_article_bytes = 1u << 16;
  try {
    check(ingest::make_article(bytes, {}, {"fuzz.txt", 0}, options, diagnostics));
  } catch (const Error& error) {
    fuzz::require(error.status() == Status::bad_input, std::string("unexpected error: ") + error.what());
  }
  // The same bytes as a file, with a small limit so that both sides of it are reached.
  options.max_article_bytes = 1u << 12;
  options.read_sidecar = false;
  std::string path = fuzz::write_scratch(bytes, ".txt");
  auto source = ingest::open_source(path, options, diagnostics);
  while (auto item = source->next())
    if (auto* article = std::get_if<ingest::Article>(&*item)) check(*article);
  return 0;
}
