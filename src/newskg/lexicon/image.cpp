#include "newskg/lexicon/image.hpp"


namespace newskg::lexicon::image {
namespace {

constexpr std::string_view magic = "NKGIMG01";

void append_word(std::string& out, std::uint32_t value) {
  char bytes[4];
  std::memcpy(bytes, &value, 4);
  out.append(bytes, 4);
}

std::uint32_t read_word(std::string_view data, std::size_t at) {
  std::uint32_t value = 0;
  if (at + 4 <= data.size()) std::memcpy(&value, data.data() + at, 4);
  return value;
}

}  // namespace

std::uint32_t slot_count(std::size_t rows) {
  std::uint32_t slots = 8;
  while (slots < rows * 2) slots *= 2;
  return slots;
}

Ref Writer::pooled(std::string_view text) {
  auto [found, inserted] = pooled_.try_emplace(std::string(text));
  if (inserted) {
    found->second = {static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(text.size())};
    pool_.append(text);
  }
  return found->second;
}

std::string Writer::take() const {
  std::string out;
  out.reserve(4 + words_.size() * 4 + pool_.size());
  append_word(out, size());
  for (auto value : words_) append_word(out, value);
  out += pool_;
  return out;
}

Reader::Reader(std::string_view section) {
  if (section.size() < 4) return;
  std::uint32_t count = read_word(section, 0);
  words_ = reinterpret_cast<const std::uint32_t*>(section.data() + 4);
  pool_ = section.substr(4 + std::size_t{count} * 4);
}

// [magic][section count] then per section [name length][name, padded to 4]
// [offset][size], then the sections, each 8-aligned.
std::string join_sections(const std::vector<std::pair<std::string, std::string>>& sections) {
  std::string directory(magic);
  append_word(directory, static_cast<std::uint32_t>(sections.size()));
  std::size_t directory_size = directory.size();
  for (const auto& [name, bytes] : sections) directory_size += 12 + (name.size() + 3) / 4 * 4;
  std::size_t offset = (directory_size + 7) / 8 * 8;
  std::string body;
  for (const auto& [name, bytes] : sections) {
    append_word(directory, static_cast<std::uint32_t>(name.size()));
    directory += name;
    directory.append((4 - name.size() % 4) % 4, '\0');
    append_word(directory, static_cast<std::uint32_t>(offset + body.size()));
    append_word(directory, static_cast<std::uint32_t>(bytes.size()));
    body += bytes;
    body.append((8 - body.size() % 8) % 8, '\0');
  }
  directory.append(offset - directory.size(), '\0');
  return directory + body;
}

std::string_view find_section(std::string_view image, std::string_view name) {
  if (!image.starts_with(magic)) return {};
  std::size_t at = magic.size();
  std::uint32_t count = read_word(image, at);
  at += 4;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t length = read_word(image, at);
    std::string_view section_name = image.substr(at + 4, length);
    at += 4 + (length + 3) / 4 * 4;
    std::uint32_t offset = read_word(image, at);
    std::uint32_t size = read_word(image, at + 4);
    at += 8;
    if (section_name == name) return image.substr(offset, size);
  }
  return {};
}

}  // namespace newskg::lexicon::image
