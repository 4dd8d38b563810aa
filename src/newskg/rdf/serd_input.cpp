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
  std::size_t statements = 0;
  std::size_t stop_after = 0;  // statement_line: stop after this many
};

SerdStatus note_end(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject, const SerdNode*,
                    const SerdNode*, const SerdNode*, const SerdNode*) {
  auto* state = static_cast<StopState*>(handle);
  if (is_end_marker(subject)) state->end_seen = true;
  if (++state->statements == state->stop_after) return SERD_ERR_BAD_ARG;
  return SERD_SUCCESS;
}

std::size_t reread(SerdSyntax syntax, SerdInput& input, std::size_t stop_after) {
  StopState state;
  state.stop_after = stop_after;
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(syntax, &state, nullptr, nullptr, nullptr, &note_end, nullptr), &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), [](void*, const SerdError*) { return SERD_SUCCESS; }, nullptr);
  input.read(reader.get(), "", 1);
  return state.statements;
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
      got = input->file_->read(out + filled, count - filled);
      if (got == 0 && input->file_->failed()) {
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

bool is_valid_utf8(const SerdNode* node) noexcept {
  if (!node) return true;
  const uint8_t* p = node->buf;
  const uint8_t* end = p + node->n_bytes;
  while (p < end) {
    uint8_t c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::size_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (length == 0 || static_cast<std::size_t>(end - p) < length) return false;
    uint8_t low = 0x80, high = 0xBF;  // the second byte's range (no overlongs, surrogates or > U+10FFFF)
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
    if (p[1] < low || p[1] > high) return false;
    for (std::size_t i = 2; i < length; ++i)
      if (p[i] < 0x80 || p[i] > 0xBF) return false;
    p += length;
  }
  return true;
}

std::size_t statement_line(SerdSyntax syntax, SerdInput input, std::size_t count) {
  reread(syntax, input, count);
  return std::max<std::size_t>(1, std::min(input.newlines_ + 1, input.lines()));
}

std::size_t silent_stop_line(SerdSyntax syntax, SerdInput input) {
  reread(syntax, input, 0);
  // Serd has just been given the byte it stopped at: its line is that of the
  // newlines before it.
  std::size_t line = 1 + input.newlines_ - (input.last_ == '\n' && input.served_ > 0 ? 1 : 0);
  return std::max<std::size_t>(1, std::min(line, input.lines()));
}

}  // namespace newskg::rdf
