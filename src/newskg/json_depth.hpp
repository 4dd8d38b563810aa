// JSON with a nesting limit. RapidJSON's reader recurses once per array or
// object, so a line of 140,000 '[' overflows the stack; every JSON newskg
// reads (JSON Lines, sidecars, JSON-LD) goes through DepthLimit, which stops
// the parse at max_json_depth levels. Include only where RapidJSON is.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <string>
#include <string_view>

namespace newskg {

// Far deeper than any article metadata or any JSON-LD newskg writes (6 levels),
// far shallower than the stack allows, sanitizers included.
inline constexpr unsigned max_json_depth = 256;

inline std::string json_too_deep_message() {
  return "JSON nested deeper than " + std::to_string(max_json_depth);
}

// A SAX handler forwarding every event to `inner` that fails (too_deep())
// on an array or object nested deeper than max_json_depth.
template <typename Inner>
class DepthLimit {
 public:
  using Ch = char;
  explicit DepthLimit(Inner& inner) : inner_(inner) {}

  bool Null() { return inner_.Null(); }
  bool Bool(bool b) { return inner_.Bool(b); }
  bool Int(int i) { return inner_.Int(i); }
  bool Uint(unsigned i) { return inner_.Uint(i); }
  bool Int64(int64_t i) { return inner_.Int64(i); }
  bool Uint64(uint64_t i) { return inner_.Uint64(i); }
  bool Double(double d) { return inner_.Double(d); }
  bool RawNumber(const Ch* text, rapidjson::SizeType length, bool copy) {
    return inner_.RawNumber(text, length, copy);
  }
  bool String(const Ch* text, rapidjson::SizeType length, bool copy) { return inner_.String(text, length, copy); }
  bool Key(const Ch* text, rapidjson::SizeType length, bool copy) { return inner_.Key(text, length, copy); }
  bool StartObject() { return enter() && inner_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) {
    --depth_;
    return inner_.EndObject(members);
  }
  bool StartArray() { return enter() && inner_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) {
    --depth_;
    return inner_.EndArray(elements);
  }

  bool too_deep() const noexcept { return too_deep_; }

 private:
  bool enter() {
    if (++depth_ <= max_json_depth) return true;
    too_deep_ = true;
    return false;
  }

  Inner& inner_;
  unsigned depth_ = 0;
  bool too_deep_ = false;
};

// The outcome of parse_json: ok, or a message and the byte offset of the error.
struct JsonParse {
  bool ok = false;
  std::string message;  // "JSON nested deeper than 256", or RapidJSON's reason
  std::size_t offset = 0;
};

// Parses `text` into `document` under the depth limit.
inline JsonParse parse_json(std::string_view text, rapidjson::Document& document) {
  JsonParse outcome;
  rapidjson::ParseResult result;
  auto generate = [&](rapidjson::Document& target) {
    DepthLimit<rapidjson::Document> limited(target);
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::Reader reader;
    result = reader.Parse<rapidjson::kParseDefaultFlags>(stream, limited);
    if (!result && limited.too_deep()) outcome.message = json_too_deep_message();
    return static_cast<bool>(result);
  };
  document.Populate(generate);
  outcome.ok = static_cast<bool>(result);
  if (!outcome.ok) {
    if (outcome.message.empty()) outcome.message = rapidjson::GetParseError_En(result.Code());
    outcome.offset = result.Offset();
  }
  return outcome;
}

}  // namespace newskg
