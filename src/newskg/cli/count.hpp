// A non-negative whole number option. Boost.Program_options reads "-1" into a
// std::size_t as 18446744073709551615, so --max-article-mb -1 meant no limit:
// po::value<Count>() accepts decimal digits only, and values up to 2^53.
#pragma once

#include <boost/any.hpp>
#include <boost/program_options.hpp>

#include <charconv>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace newskg::cli {

struct Count {
  std::size_t value = 0;
};

inline std::ostream& operator<<(std::ostream& out, const Count& count) { return out << count.value; }

// Found by Boost.Program_options through argument-dependent lookup.
inline void validate(boost::any& slot, const std::vector<std::string>& values, Count*, int) {
  namespace po = boost::program_options;
  po::validators::check_first_occurrence(slot);
  const std::string& text = po::validators::get_single_string(values);
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || text[0] < '0' || text[0] > '9' || error != std::errc() || end != text.data() + text.size() ||
      value > (std::size_t{1} << 53))
    throw po::invalid_option_value(text);
  slot = Count{value};
}

}  // namespace newskg::cli
