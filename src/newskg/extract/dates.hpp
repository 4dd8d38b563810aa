// Date expressions, resolved against the article's publication date, never
// the wall clock: "on Tuesday" in an article of Friday 2021-12-10 is
// 2021-12-07; "in June" is the latest June not after the article.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/lexicon/words.hpp"
#include "newskg/text/document.hpp"

namespace newskg::extract {

enum class Granularity { day, week, month, year };

struct DateMention {
  std::size_t first = 0;  // tokens [first, end)
  std::size_t end = 0;
  std::string value;      // "2021-12-07", "2021-06", "2021" (a week: its Monday)
  Granularity granularity = Granularity::day;
  bool future = false;    // read as ahead of the article ("will meet on Monday")
};

// `anchor` is the article date YYYY-MM-DD; with no anchor only absolute
// dates that carry their year are resolved.
// `speech_verbs` mark where reported speech ends a future clause (", X said on Monday").
std::vector<DateMention> find_dates(const text::Document& doc, std::string_view anchor,
                                    const lexicon::WordList& speech_verbs);

std::string_view granularity_name(Granularity granularity) noexcept;

// Civil-date helpers (proleptic Gregorian).
struct CivilDate {
  int year = 0, month = 0, day = 0;
};
std::optional<CivilDate> parse_iso(std::string_view text);
std::string format_iso(const CivilDate& date);
long days_from_civil(const CivilDate& date) noexcept;
CivilDate civil_from_days(long days) noexcept;
int weekday(const CivilDate& date) noexcept;  // 0 = Monday ... 6 = Sunday

}  // namespace newskg::extract
