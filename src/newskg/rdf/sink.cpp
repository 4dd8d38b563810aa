#include "newskg/rdf/sink.hpp"

#include "newskg/error.hpp"
#include "newskg/rdf/jsonld_writer.hpp"
#include "newskg/rdf/serd_writer.hpp"

namespace newskg::rdf {
namespace {
struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
};
constexpr FormatInfo formats[] = {
    {Format::turtle, "turtle", "ttl"},     {Format::trig, "trig", "trig"},
    {Format::ntriples, "ntriples", "nt"},  {Format::nquads, "nquads", "nq"},
    {Format::jsonld, "jsonld", "jsonld"},
};
}  // namespace

Format parse_format(std::string_view name) {
  for (const auto& info : formats)
    if (info.name == name || info.extension == name) return info.format;
  if (name == "json-ld") return Format::jsonld;
  throw Error(Status::bad_argument, "unknown format '" + std::string(name) +
                                        "': choose turtle (ttl), trig, ntriples (nt), nquads (nq) or jsonld (json-ld)");
}

std::optional<Format> format_of_extension(std::string_view path) {
  if (path.size() > 3 && path.substr(path.size() - 3) == ".gz") path.remove_suffix(3);
  std::size_t dot = path.rfind('.');
  std::size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
  std::string_view extension = path.substr(dot + 1);
  for (const auto& info : formats)
    if (info.extension == extension) return info.format;
  return std::nullopt;
}

std::string_view format_name(Format format) noexcept {
  for (const auto& info : formats)
    if (info.format == format) return info.name;
  return "?";
}

std::string_view format_extension(Format format) noexcept {
  for (const auto& info : formats)
    if (info.format == format) return info.extension;
  return "?";
}

bool format_has_graphs(Format format) noexcept {
  return format == Format::trig || format == Format::nquads || format == Format::jsonld;
}

std::unique_ptr<QuadSink> make_writer(const WriterOptions& options, std::ostream& out) {
  if (options.format == Format::jsonld)
    return make_jsonld_writer(out, embedded_context(), options.context_url);
  return make_serd_writer(options.format, out);
}

}  // namespace newskg::rdf

#include "newskg/resources.hpp"

namespace newskg::rdf {
std::string_view embedded_context() {
  auto context = embedded_file("ontology/context.jsonld");
  if (!context) throw Error(Status::internal, "ontology/context.jsonld was not embedded at build");
  return *context;
}
}  // namespace newskg::rdf
