#include "newskg/rdf/serd_input.hpp"

#include <algorithm>
#include <cstring>
#include <memory>

namespace newskg::rdf {
namespace {

// On a line of its own, so that a final comment without a newline cannot hide it.
constexpr std::string_view end_iri = "urn:newskg:end-of-input";
constexpr std::string_view marker =
    "\n<urn:newskg:end-of-input> <urn:newskg:end-of-input> <urn:newskg:end-of-input> .\n";

struct StopState {
  bool end_seen = false;
};

SerdStatus note_end(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject, const SerdNode*,
                    const SerdNode*, const SerdNode*, const SerdNode*) {
  if (is_end_marker(subject)) static_cast<StopState*>(handle)->end_seen = true;
  return SERD_SUCCESS;
}

}  // namespace

bool is_end_marker(const SerdNode* subject) noexcept {
  return subject && subject->type == SERD_URI &&
         std::string_view(reinterpret_cast<const char*>(subject->buf), subject->n_bytes) == end_iri;
}

// Serd 0.30 takes a short read for the end of the input, so every page is
// filled: data first, then the marker.
std::size_t SerdInput::source(void* buffer, std::size_t, std::size_t count, void* stream) {
  auto* input = static_cast<SerdInput*>(stream);
  auto* out = static_cast<char*>(buffer);
  std::size_t filled = 0;
  while (!input->data_done_ && filled < count) {
    std::size_t got = 0;
    if (input->file_) {
      got = std::fread(out + filled, 1, count - filled, input->file_);
      if (got == 0 && std::ferror(input->file_)) {
        input->failed_ = true;
        return filled;
      }
    } else {
      got = std::min(count - filled, input->memory_.size() - input->position_);
      std::memcpy(out + filled, input->memory_.data() + input->position_, got);
      input->position_ += got;
    }
    if (got == 0) {
      input->data_done_ = true;
      break;
    }
    input->served_ += got;
    input->newlines_ += static_cast<std::size_t>(std::count(out + filled, out + filled + got, '\n'));
    input->last_ = out[filled + got - 1];
    filled += got;
  }
  std::size_t got = std::min(count - filled, marker.size() - input->marker_position_);
  std::memcpy(out + filled, marker.data() + input->marker_position_, got);
  input->marker_position_ += got;
  return filled + got;
}

int SerdInput::error(void* stream) { return static_cast<SerdInput*>(stream)->failed_ ? 1 : 0; }

SerdStatus SerdInput::read(SerdReader* reader, const std::string& name, std::size_t page_size) {
  return serd_reader_read_source(reader, &SerdInput::source, &SerdInput::error, this,
                                 reinterpret_cast<const uint8_t*>(name.c_str()), page_size);
}

std::size_t silent_stop_line(SerdSyntax syntax, SerdInput input) {
  StopState state;
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(syntax, &state, nullptr, nullptr, nullptr, &note_end, nullptr), &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), [](void*, const SerdError*) { return SERD_SUCCESS; }, nullptr);
  input.read(reader.get(), "", 1);
  // Serd has just been given the byte it stopped at: its line is that of the
  // newlines before it.
  std::size_t line = 1 + input.newlines_ - (input.last_ == '\n' && input.served_ > 0 ? 1 : 0);
  return std::max<std::size_t>(1, std::min(line, input.lines()));
}

}  // namespace newskg::rdf
