#include "newskg/extract/dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>
#include <cstdio>
#include <cstdlib>

#include "newskg/ingest/ingest.hpp"
#include "newskg/text/chars.hpp"

namespace newskg::extract {
namespace {

constexpr std::array<std::string_view, 7> weekdays{"monday", "tuesday", "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};

// The weekday a lower-case word names (0 = Monday), or -1.
int weekday_of(std::string_view lower) {
  for (std::size_t i = 0; i < weekdays.size(); ++i)
    if (lower == weekdays[i]) return static_cast<int>(i);
  return -1;
}

int number(std::string_view word, int max) {
  if (word.empty() || word.size() > 4) return 0;
  for (char c : word)
    if (c < '0' || c > '9') return 0;
  int value = std::atoi(std::string(word).c_str());
  return value <= max ? value : 0;
}

// "10th" -> 10; a span of days in one token, "2-4", -> its first day (D1). (The
// tokenizer splits at an en dash, so "April 2–4" reads "April 2".)
int ordinal_day(std::string_view word) {
  if (std::size_t at = word.find('-'); at != std::string_view::npos && at > 0 &&
                                       number(word.substr(at + 1), 31) > number(word.substr(0, at), 31))
    word = word.substr(0, at);
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (word.size() > 2 && word.substr(word.size() - 2) == suffix) word.remove_suffix(2);
  return number(word, 31);
}

std::string month_value(int year, int month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  return buffer;
}

class DateFinder {
 public:
  DateFinder(const text::Document& doc, std::optional<CivilDate> anchor, const lexicon::WordList& speech_verbs)
      : doc_(doc), speech_verbs_(speech_verbs), anchor_(anchor) {}

  std::vector<DateMention> run() {
    for (const auto& sentence : doc_.sentences) {
      bool future_context = false;
      for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
        std::string_view lower = folded(i);
        if (is_future_marker(lower, i)) future_context = true;
        // "Russia will respond ..., Zakharova said on Wednesday": the future ends with its
        // clause, at a semicolon, a quotation mark or a comma before reported speech.
        if (lower == ";" || doc_.tokens[i].kind == text::TokenKind::quote ||
            (lower == "," && reporting_follows(i + 1, sentence.end_token)))
          future_context = false;
        std::size_t used = match(i, sentence.end_token, future_context);
        i += used ? used : 1;
      }
    }
    return std::move(found_);
  }

 private:
  std::string_view word(std::size_t i) const { return i < doc_.tokens.size() ? doc_.token_text(i) : ""; }
  // The word lower-cased (Document::folded).
  std::string_view folded(std::size_t i) const { return i < doc_.tokens.size() ? doc_.folded_token(i) : ""; }

  bool reporting_follows(std::size_t from, std::size_t end) const {
    for (std::size_t k = from; k < end && k < from + 8; ++k) {
      if (doc_.tokens[k].kind != text::TokenKind::word) return false;
      if (speech_verbs_.contains(word(k))) return true;
    }
    return false;
  }

  bool is_future_marker(std::string_view lower, std::size_t i) const {
    if (lower == "will" || lower == "scheduled" || lower == "due" || lower == "upcoming" || lower == "planned" ||
        lower == "shall")
      return true;
    // "set to", "set for", "is to", "expected to", "plans to"
    std::string_view next = folded(i + 1);
    // "agreed to hold talks on Monday": an infinitive of arranging looks ahead.
    static const std::array<std::string_view, 11> arranged{"hold", "meet", "visit", "travel", "attend", "host",
                                                           "convene", "sign", "resume", "start", "begin"};
    bool infinitive = lower == "to" && std::find(arranged.begin(), arranged.end(), next) != arranged.end();
    return infinitive || (lower == "set" && (next == "to" || next == "for")) || (lower == "expected" && next == "to") ||
           ((lower == "plans" || lower == "plan") && next == "to");
  }

  void add(std::size_t first, std::size_t end, std::string value, Granularity granularity, bool future) {
    found_.push_back({first, end, std::move(value), granularity, future});
  }

  std::size_t match(std::size_t i, std::size_t end, bool future) {
    std::string_view w = word(i);
    std::string_view lower = folded(i);
    // 2021-12-10
    if (ingest::is_iso_date(w)) {
      add(i, i + 1, std::string(w), Granularity::day, false);
      return 1;
    }
    // "in mid-February": one token, a month whose middle is meant (D4: the month).
    if (lower.size() > 4 && lower.compare(0, 4, "mid-") == 0 && std::isupper(static_cast<unsigned char>(w[4])))
      if (int middle = ingest::month_from_name(w.substr(4)); middle) {
        resolve_month(i, i + 1, middle, future, false);
        return 1;
      }
    int month = ingest::month_from_name(w);
    if (month && doc_.tokens[i].capitalised && !(lower == "may" && !looks_like_date_after(i, end))) {
      // "December 10", "Dec. 10, 2021", "December 2021", "in June"
      int day = i + 1 < end ? ordinal_day(word(i + 1)) : 0;
      if (day) {
        std::size_t used = 2;
        int year = 0;
        if (word(i + 2) == "," && number(word(i + 3), 2200) >= 1000) {
          year = number(word(i + 3), 2200);
          used = 4;
        } else if (number(word(i + 2), 2200) >= 1000) {
          year = number(word(i + 2), 2200);
          used = 3;
        }
        resolve_day(i, i + used, year, month, day, future);
        return used;
      }
      int year = number(word(i + 1), 2200);
      if (year >= 1000) {
        add(i, i + 2, month_value(year, month), Granularity::month, false);
        return 2;
      }
      std::string_view before = i > 0 ? folded(i - 1) : std::string_view();
      if (before == "in" || before == "since" || before == "until" || before == "by" || before == "of" ||
          before == "early" || before == "late" || before == "mid" || before == "last" || before == "next" ||
          before == "for") {
        // "scheduled for December", "set for March": a month something is set for lies ahead.
        resolve_month(i, i + 1, month, future || before == "next" || before == "for", before == "last");
        return 1;
      }
      return 0;
    }
    // "10 December", "10 December 2021"
    if (int day = ordinal_day(w); day && i + 1 < end) {
      int month_after = ingest::month_from_name(word(i + 1));
      if (month_after && doc_.tokens[i + 1].capitalised) {
        int year = number(word(i + 2), 2200);
        std::size_t used = year >= 1000 ? 3 : 2;
        resolve_day(i, i + used, year >= 1000 ? year : 0, month_after, day, future);
        return used;
      }
    }
    if (int wd = weekday_of(lower); wd >= 0 && doc_.tokens[i].capitalised) {
      std::string_view before = i > 0 ? folded(i - 1) : std::string_view();
      bool next = before == "next" || before == "coming";
      bool last = before == "last" || before == "past";
      std::size_t first = (next || last || before == "this") ? i - 1 : i;
      resolve_weekday(first, i + 1, wd, (future && !last) || next, last);
      return 1;
    }
    if (!anchor_) return 0;
    long today = days_from_civil(*anchor_);
    if (lower == "yesterday") return add_day(i, i + 1, today - 1);
    if (lower == "today" || lower == "tonight") return add_day(i, i + 1, today);
    if (lower == "tomorrow") return add_day(i, i + 1, today + 1);
    // "later in the day", "later today": the article's day, still ahead.
    if (lower == "later" && i + 3 < end && folded(i + 1) == "in" && folded(i + 2) == "the" &&
        folded(i + 3) == "day") {
      add(i, i + 4, format_iso(civil_from_days(today)), Granularity::day, true);
      return 4;
    }
    if ((lower == "last" || lower == "next" || lower == "this") && i + 1 < end) {
      std::string_view unit = folded(i + 1);
      int step = lower == "last" ? -1 : lower == "next" ? 1 : 0;
      // "later this month" looks ahead as "next month" does.
      bool ahead = step > 0 || (step == 0 && i > 0 && folded(i - 1) == "later");
      if (unit == "week") {
        long monday = today - weekday(*anchor_) + 7 * step;
        add(i, i + 2, format_iso(civil_from_days(monday)), Granularity::week, ahead);
        return 2;
      }
      if (unit == "month") {
        int month_index = anchor_->year * 12 + (anchor_->month - 1) + step;
        add(i, i + 2, month_value(month_index / 12, month_index % 12 + 1), Granularity::month, ahead);
        return 2;
      }
      if (unit == "year") {
        add(i, i + 2, std::to_string(anchor_->year + step), Granularity::year, ahead);
        return 2;
      }
    }
    return 0;
  }

  // "May" is a month only when a day or year follows, or after a preposition of time
  // before the clause ends ("talks in Yerevan in May.", "since May,"), where the modal
  // never stands.
  bool looks_like_date_after(std::size_t i, std::size_t end) const {
    if (i + 1 < end && (ordinal_day(word(i + 1)) || number(word(i + 1), 2200) >= 1000)) return true;
    // Not after "by", "of", "for", "from": "backed by May.", "a win for May," name the person.
    static const std::unordered_set<std::string_view> before{"in", "since", "until", "last", "next", "early", "late", "mid"};
    std::string_view after = i + 1 < end ? word(i + 1) : std::string_view();
    bool closes = i + 1 >= end || after == "." || after == "," || after == ";" || after == ":" || after == ")";
    return i > 0 && closes && before.count(folded(i - 1)) > 0;
  }

  std::size_t add_day(std::size_t first, std::size_t end, long days) {
    add(first, end, format_iso(civil_from_days(days)), Granularity::day, false);
    return end - first;
  }

  void resolve_day(std::size_t first, std::size_t end, int year, int month, int day, bool future) {
    if (year == 0) {
      if (!anchor_) return;
      // The year that puts the date nearest the article (within six months).
      year = anchor_->year;
      int distance = (month - anchor_->month) * 31 + (day - anchor_->day);
      if (distance > 183) --year;
      else if (distance < -183) ++year;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    if (!ingest::is_iso_date(buffer)) return;
    bool ahead = anchor_ && days_from_civil({year, month, day}) > days_from_civil(*anchor_);
    add(first, end, buffer, Granularity::day, future || ahead);
  }

  void resolve_month(std::size_t first, std::size_t end, int month, bool future, bool strictly_past) {
    if (!anchor_) return;
    int year = anchor_->year;
    if (future) {
      if (month < anchor_->month) ++year;
    } else if (month > anchor_->month || (strictly_past && month == anchor_->month)) {
      --year;
    }
    add(first, end, month_value(year, month), Granularity::month, future);
  }

  void resolve_weekday(std::size_t first, std::size_t end, int wd, bool future, bool strictly_past) {
    if (!anchor_) return;
    long today = days_from_civil(*anchor_);
    int current = weekday(*anchor_);
    long days;
    if (future) {
      days = today + ((wd - current + 7) % 7);
      if (days == today && first != end - 1) days += 7;  // "next Friday" on a Friday
    } else {
      days = today - ((current - wd + 7) % 7);
      if (strictly_past && days == today) days -= 7;
    }
    add(first, end, format_iso(civil_from_days(days)), Granularity::day, future);
  }

  const text::Document& doc_;
  const lexicon::WordList& speech_verbs_;
  std::optional<CivilDate> anchor_;
  std::vector<DateMention> found_;
};

}  // namespace

std::string_view granularity_name(Granularity granularity) noexcept {
  switch (granularity) {
    case Granularity::day: return "day";
    case Granularity::week: return "week";
    case Granularity::month: return "month";
    case Granularity::year: return "year";
  }
  return "day";
}

std::optional<CivilDate> parse_iso(std::string_view text) {
  if (!ingest::is_iso_date(text)) return std::nullopt;
  auto digits = [&](std::size_t at, std::size_t count) {
    return std::atoi(std::string(text.substr(at, count)).c_str());
  };
  return CivilDate{digits(0, 4), digits(5, 2), digits(8, 2)};
}

std::string format_iso(const CivilDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(const CivilDate& date) noexcept {
  int y = date.year - (date.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) noexcept {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const CivilDate& date) noexcept {
  long days = days_from_civil(date);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::vector<DateMention> find_dates(const text::Document& doc, std::string_view anchor,
                                    const lexicon::WordList& speech_verbs) {
  return DateFinder(doc, parse_iso(anchor), speech_verbs).run();
}

}  // namespace newskg::extract
