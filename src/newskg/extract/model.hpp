// What the extractor found in one article: plain values that the graph stage
// maps to statements. Offsets are byte offsets into Article::text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

enum class EntityKind { person, organization, place };

// The name of the rule or lexicon behind a piece of evidence, held once per
// process: an article names a few dozen rules over a million mentions, so a
// mention holds a pointer to the one copy (8 bytes, not a 32-byte string and
// its heap block). Written and compared as a string_view.
class Rule {
 public:
  Rule() = default;
  Rule(std::string_view name);  // NOLINT(google-explicit-constructor): rules are written as strings
  Rule(const std::string& name) : Rule(std::string_view(name)) {}  // NOLINT(google-explicit-constructor)
  Rule(const char* name) : Rule(std::string_view(name)) {}         // NOLINT(google-explicit-constructor)
  operator std::string_view() const noexcept { return name_ ? std::string_view(*name_) : std::string_view(); }
  std::string_view view() const noexcept { return *this; }
  bool empty() const noexcept { return view().empty(); }
  friend bool operator==(const Rule& rule, std::string_view name) noexcept { return rule.view() == name; }

 private:
  const std::string* name_ = nullptr;
};

struct Evidence {
  std::size_t begin = 0;  // bytes into the article text
  std::size_t end = 0;
  std::size_t sentence = 0;
  double confidence = 1.0;
  Rule rule;  // the rule or lexicon that produced it
};

struct Entity {
  EntityKind kind = EntityKind::place;
  std::string name;                  // the fullest form the article uses
  std::string canonical;             // the lexicon's preferred label, when known (for the IRI)
  std::vector<std::string> aliases;  // other forms the article uses
  std::vector<std::string> types;    // extra classes (IRIs), e.g. schema:Country
  std::vector<std::string> same_as;  // Wikidata IRIs
  std::optional<std::uint32_t> lexicon_entry;  // the lexicon entry it was recognised by
  double confidence = 1.0;
  std::vector<Evidence> mentions;
};

using EntityId = std::size_t;  // index into Extraction::entities

struct Role {
  EntityId person = 0;
  std::optional<EntityId> organization;
  std::string title;  // as written
  std::string date;   // observed on, YYYY-MM-DD or empty
  double confidence = 1.0;
  std::vector<Evidence> evidence;
};

// A date the article names, resolved against its publication date.
struct DateValue {
  std::string value;        // "2021-12-07", "2021-06" or "2021"
  std::string granularity;  // "day", "week", "month" or "year"
  std::vector<Evidence> mentions;
};

// A direct quotation and who said it.
struct Statement {
  std::optional<EntityId> speaker;
  std::string text;      // the quotation as printed, marks excluded
  std::string verb;      // "said", "told", "according to"
  std::string date;      // when it was said, YYYY-MM-DD or empty
  double confidence = 0.5;
  Evidence quote;        // the quoted span
};

// A meeting, talk, call, summit, briefing, visit or interview.
struct Meeting {
  std::string kind;                    // a concept slug: "phone-call", "talks", ...
  std::vector<EntityId> participants;  // sorted, unique
  std::string date;                    // YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
  bool date_written = false;           // the text gives the date (else it is the article's day)
  std::optional<EntityId> place;
  bool online = false;
  bool planned = false;
  double confidence = 0.5;
  std::vector<Evidence> evidence;      // the words that report it
};

// A proposal, offer, initiative, demand or call.
struct Proposal {
  std::optional<EntityId> proposer;
  std::vector<EntityId> addressees;
  std::string text;       // the proposal in the article's words
  std::string topic;      // what it is about, as written
  std::string modality;   // "proposed", "may-consider", "accepted", "rejected", "answered"
  std::optional<std::size_t> forum;  // index into Extraction::meetings
  double confidence = 0.5;
  Evidence evidence;      // the cue words
};

struct Extraction {
  std::vector<Entity> entities;
  std::vector<DateValue> dates;
  std::vector<Role> roles;
  std::vector<Statement> statements;
  std::vector<Meeting> meetings;
  std::vector<Proposal> proposals;
  std::optional<EntityId> publisher;       // agency named in the text
  std::optional<EntityId> dateline_place;
  std::size_t pieces = 0;  // pieces the text was read in (one unless huge: ExtractLimits)
};

}  // namespace newskg::extract
