#include "newskg/extract/mentions.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "newskg/lexicon/lexicon.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::extract {
namespace {

using lexicon::EntryKind;
using lexicon::LabelHit;
using lexicon::LabelRole;
using text::TokenKind;

std::optional<EntityKind> entity_kind(EntryKind kind) {
  switch (kind) {
    case EntryKind::person: return EntityKind::person;
    case EntryKind::organization: return EntityKind::organization;
    case EntryKind::place: return EntityKind::place;
    default: return std::nullopt;
  }
}

std::string lower(std::string_view word) {
  std::string out;
  std::size_t pos = 0;
  while (pos < word.size()) text::append_utf8(out, text::to_lower(text::next_code_point(word, pos)));
  return out;
}

// Words that may join the capitalised words of one name: "Bank of England".
bool is_connector(std::string_view word) {
  return word == "of" || word == "for" || word == "on" || word == "de" || word == "&";
}

class Recogniser {
 public:
  Recogniser(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked)
      : doc_(doc), k_(knowledge), blocked_(blocked) {
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      words_.push_back(doc.token_text(i));
      if (doc.tokens[i].kind == TokenKind::word && !doc.tokens[i].capitalised)
        lowercase_words_.insert(std::string(words_.back()));
    }
    covered_.assign(doc.tokens.size(), false);
    title_end_.assign(doc.tokens.size() + 1, false);
  }

  Recognition run() {
    for (std::size_t i = 0; i < doc_.tokens.size(); ++i)
      if (i == 0 || doc_.tokens[i].newline_before) dateline_places(i);
    // Ordinary sentences first, so that headlines and all-caps lines can be
    // read against the names the body established.
    for (const auto& sentence : doc_.sentences)
      if (!sentence.all_caps && !sentence.title_case) lexicon_pass(sentence);
    for (const auto& sentence : doc_.sentences)
      if (!sentence.all_caps && !sentence.title_case) pattern_pass(sentence);
    // A surname alone ("Ryabkov") once the full name is known.
    for (const auto& sentence : doc_.sentences)
      if (!sentence.all_caps && !sentence.title_case) known_name_pass(sentence);
    for (const auto& sentence : doc_.sentences) {
      if (sentence.all_caps || sentence.title_case) {
        lexicon_pass(sentence);
        known_name_pass(sentence);
        if (sentence.title_case) pattern_pass(sentence);
      }
    }
    if (is_sports_report()) {
      sports_clubs();
      standings_sides();
      for (const auto& sentence : doc_.sentences) unknown_sides(sentence);
    }
    demonym_led_bodies();
    compass_led_bodies();
    ampersand_firms();
    std::sort(result_.mentions.begin(), result_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
    std::sort(result_.modifiers.begin(), result_.modifiers.end(),
              [](const Modifier& a, const Modifier& b) { return a.first < b.first; });
    return std::move(result_);
  }

 private:
  bool skipped(std::size_t token) const { return blocked_[token]; }

  bool is_word(std::size_t i) const { return doc_.tokens[i].kind == TokenKind::word; }
  bool is_capitalised(std::size_t i) const { return is_word(i) && doc_.tokens[i].capitalised; }

  void cover(std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i) covered_[i] = true;
  }

  void add(std::size_t first, std::size_t end, EntityKind kind, std::optional<lexicon::EntryId> entry,
           double confidence, std::string rule) {
    if (end <= first) return;
    // "Harlow Dynamics Inc", "Vestral S.A.": the company's first word alone names it later.
    if (kind == EntityKind::organization && !entry && end - first >= 2 && is_capitalised(first) &&
        k_.org_heads.category(words_[end - 1]) == "company")
      company_names_.insert(std::string(words_[first]));
    result_.mentions.push_back({first, end, kind, entry, confidence, std::move(rule)});
    cover(first, end);
  }

  // Picks the reading of an ambiguous label: a preferred label over an
  // alternative one, a country over a city, an organization over a person.
  static int rank(const lexicon::Lexicon& lex, const LabelHit& hit) {
    const auto& entry = lex.entry(hit.entry);
    int score = 0;
    if (hit.role == LabelRole::preferred) score += 4;
    if (hit.role == LabelRole::acronym) score += 3;
    if (hit.role == LabelRole::alternative) score += 2;
    for (const auto& type : entry.classes)
      if (type == "http://schema.org/Country") score += 2;
    if (entry.kind == EntryKind::organization) score += 1;
    return score;
  }

  void lexicon_pass(const text::Sentence& sentence) {
    std::vector<LabelHit> hits, folded_hits;
    std::vector<std::string_view> tokens(words_.begin() + static_cast<long>(sentence.first_token),
                                         words_.begin() + static_cast<long>(sentence.end_token));
    for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
      std::size_t local = i - sentence.first_token;
      if (covered_[i] || skipped(i) || !is_word(i)) {
        ++i;
        continue;
      }
      std::size_t length = k_.lexicon.longest_match(tokens, local, sentence.all_caps, hits);
      if (length == 0 && !sentence.all_caps) length = capitals_match(tokens, local, i, hits);
      // "S. Korea", "N. Korea": a compass initial abbreviates "South", "North"... of a known place.
      if (std::size_t abbreviated = compass_initial_match(tokens, local, sentence.all_caps, hits);
          abbreviated > length)
        length = abbreviated;
      // "Gulf of Tessaly", "Sea of Okhotsk": a place prefix and the name after it.
      std::size_t name_start = (words_[i] == "the" || words_[i] == "The") ? i + 1 : i;
      if (std::size_t prefixed = prefixed_place_end(sentence, name_start); prefixed > i + length) {
        // "Republic of Poland", "Kingdom of Sweden": a state's formal name is the state.
        std::optional<lexicon::EntryId> state = formal_state_name(name_start, prefixed);
        add(name_start, prefixed, EntityKind::place, state, 0.85, state ? "lexicon" : "place-head");
        i = prefixed;
        continue;
      }
      // Titles match in any case ("presidential aide", "Deputy Foreign Minister").
      std::size_t folded_length = sentence.all_caps ? 0 : k_.lexicon.longest_match(tokens, local, true, folded_hits);
      std::erase_if(folded_hits, [&](const LabelHit& hit) {
        return k_.lexicon.entry(hit.entry).kind != EntryKind::title;
      });
      if (!folded_hits.empty() && folded_length > length) {
        length = folded_length;
        hits = folded_hits;
      }
      if (length == 0 || any_covered(i, i + length)) {
        ++i;
        continue;
      }
      // A lexicon name must start with a capital (or digit) in ordinary text.
      if (!sentence.all_caps && !doc_.tokens[i].capitalised && doc_.tokens[i].kind != TokenKind::number &&
          k_.lexicon.entry(hits.front().entry).kind != EntryKind::title && words_[i] != "the") {
        ++i;
        continue;
      }
      const LabelHit* best = &hits.front();
      for (const auto& hit : hits)
        if (rank(k_.lexicon, hit) > rank(k_.lexicon, *best)) best = &hit;
      const auto& entry = k_.lexicon.entry(best->entry);
      if (another_persons_surname(sentence, i, length, entry) || given_name_after_title(sentence, i, length, entry)) {
        ++i;
        continue;
      }
      std::size_t first = i;
      // "the UAE": the article is not part of the name as exported.
      if (words_[first] == "the" || words_[first] == "The") {
        if (length == 1) {
          ++i;
          continue;
        }
        ++first;
      }
      if (entry.kind == EntryKind::title || best->role == LabelRole::demonym) {
        result_.modifiers.push_back({first, i + length, best->entry, best->role == LabelRole::demonym});
        if (!result_.modifiers.back().demonym) title_end_[i + length] = true;
        cover(first, i + length);
      } else if (std::size_t name_end = longer_name_end(sentence, i + length); name_end > i + length) {
        // "Kazan Federal University", "Baltic Grain Exporters Association": the
        // lexicon's name is only the start of a longer one.
        add(first, name_end, head_kind(name_end - 1), std::nullopt, 0.8, "org-head");
        i = name_end;
        continue;
      } else if (whole_name_head(sentence, i + length)) {
        cover(first, i + length + 1);  // "Labor Day", "Fed Cup": no party, no bank
      } else if (auto kind = entity_kind(entry.kind)) {
        add(first, i + length, *kind, best->entry, best->role == LabelRole::preferred ? 0.95 : 0.9, "lexicon");
      }
      i += length;
    }
  }

  // "Ingrid Solberg" is not the known "Erna Solberg": a known person's surname
  // right after a given name that cannot be the person's own (another initial;
  // "Sergei" and "Sergey" share theirs) names someone else, whom the pattern
  // pass reads as a whole name.
  bool another_persons_surname(const text::Sentence& sentence, std::size_t i, std::size_t length,
                               const lexicon::Entry& entry) const {
    if (entry.kind != EntryKind::person || length != 1 || i == sentence.first_token) return false;
    std::size_t before = i - 1;
    if (covered_[before] || !is_capitalised(before) || !k_.given_names.contains(words_[before]))
      return false;
    return !entry.label.empty() && entry.label.front() != words_[before].front();
  }

  // "Trade Minister Victoria Lee", "Finance Minister Rafael Duarte": right after a
  // person's title, a given name and a capitalised word are the person, though the
  // given name alone names a place or a body; the pattern pass reads the name.
  bool given_name_after_title(const text::Sentence& sentence, std::size_t i, std::size_t length,
                              const lexicon::Entry& entry) const {
    if (entry.kind == EntryKind::person || entry.kind == EntryKind::title || length != 1 ||
        i == sentence.first_token || !title_end_[i] || !k_.given_names.contains(words_[i]))
      return false;
    std::size_t next = i + 1;
    return next < sentence.end_token && is_capitalised(next) && !covered_[next] &&
           k_.org_heads.category(words_[next]).empty() && k_.place_heads.category(words_[next]).empty();
  }

  // "NORWAY - Bond futures eased": a name in capitals in a line that is not,
  // read case-folded; only words of four letters or more, so acronyms keep
  // their own reading.
  std::size_t capitals_match(const std::vector<std::string_view>& tokens, std::size_t local, std::size_t token,
                             std::vector<LabelHit>& hits) const {
    if (!doc_.tokens[token].all_caps || words_[token].size() < 4) return 0;
    std::vector<LabelHit> found;
    std::size_t length = k_.lexicon.longest_match(tokens, local, true, found);
    for (std::size_t i = token; i < token + length; ++i)
      if (is_word(i) && !doc_.tokens[i].all_caps) return 0;
    std::erase_if(found, [&](const LabelHit& hit) { return !entity_kind(k_.lexicon.entry(hit.entry).kind); });
    if (found.empty()) return 0;
    hits = std::move(found);
    return length;
  }

  // "Norwegian Liberal Union", "Welsh Farmers Union": a people's adjective right
  // before a name built on an org head is the first word of that name.
  void demonym_led_bodies() {
    std::unordered_map<std::size_t, std::size_t> demonym_ending_at;
    for (std::size_t m = 0; m < result_.modifiers.size(); ++m)
      if (result_.modifiers[m].demonym) demonym_ending_at[result_.modifiers[m].end] = m;
    std::vector<bool> absorbed(result_.modifiers.size(), false);
    for (auto& mention : result_.mentions) {
      // Not an acronym: "the Norwegian UN mission" is a people and a body.
      if (mention.kind != EntityKind::organization || mention.end - mention.first < 2) continue;
      auto found = demonym_ending_at.find(mention.first);
      if (found == demonym_ending_at.end() || !is_capitalised(result_.modifiers[found->second].first)) continue;
      mention.first = result_.modifiers[found->second].first;
      // A lexicon entry names the general body, not the national one.
      mention.entry.reset();
      mention.rule = "demonym-name";
      mention.confidence = std::min(mention.confidence, 0.75);
      absorbed[found->second] = true;
    }
    std::vector<Modifier> kept;
    for (std::size_t m = 0; m < result_.modifiers.size(); ++m)
      if (!absorbed[m]) kept.push_back(result_.modifiers[m]);
    result_.modifiers = std::move(kept);
  }

  // "North Baltic Shipping Association": a compass word left out before an
  // organization's name (it was no name alone) is the name's first word.
  void compass_led_bodies() {
    std::unordered_set<std::string_view> compass_words;
    for (auto [initial, word] : k_.compass_initials.entries()) compass_words.insert(word);
    static const lexicon::WordList& company_leads = lexicon::WordList::embedded("company-leading-words");
    for (auto& mention : result_.mentions) {
      if (mention.kind != EntityKind::organization || mention.first == 0) continue;
      std::size_t before = mention.first - 1;
      if (covered_[before] || !is_capitalised(before) || doc_.tokens[mention.first].newline_before) continue;
      bool compass = compass_words.count(words_[before]) > 0 && mention.end - mention.first >= 2;
      // "First Harbour Bank": an ordinal before a company's name.
      bool company_lead = company_leads.contains(words_[before]) &&
                          k_.org_heads.category(words_[mention.end - 1]) == "company";
      if (!compass && !company_lead) continue;
      mention.first = before;
      mention.entry.reset();
      mention.rule = "compass-name";
      mention.confidence = std::min(mention.confidence, 0.75);
      covered_[before] = true;
    }
  }

  // "Harlow & Berg", "Tomas Reyes & Co": names either side of an ampersand are
  // one firm, whatever each side alone was read as (a town, a person). Two
  // countries stay two ("Norway & Sweden").
  void ampersand_firms() {
    auto is_country = [&](const Mention& m) {
      if (!m.entry) return false;
      const auto& classes = k_.lexicon.entry(*m.entry).classes;
      return std::find(classes.begin(), classes.end(), "http://schema.org/Country") != classes.end();
    };
    std::unordered_map<std::size_t, std::size_t> ending_at, starting_at;
    for (std::size_t m = 0; m < result_.mentions.size(); ++m) {
      ending_at[result_.mentions[m].end] = m;
      starting_at[result_.mentions[m].first] = m;
    }
    std::vector<bool> absorbed(result_.mentions.size(), false);
    std::vector<Mention> firms;
    for (std::size_t amp = 1; amp + 1 < words_.size(); ++amp) {
      if (words_[amp] != "&" || !is_capitalised(amp + 1) || doc_.tokens[amp + 1].newline_before) continue;
      auto left = ending_at.find(amp);
      if (left == ending_at.end() || absorbed[left->second] || is_country(result_.mentions[left->second])) continue;
      std::size_t end = amp + 1;
      auto right = starting_at.find(amp + 1);
      if (right != starting_at.end()) {
        if (is_country(result_.mentions[right->second])) continue;
        end = result_.mentions[right->second].end;
        absorbed[right->second] = true;
      } else {
        while (end < words_.size() && is_capitalised(end) && !covered_[end] && !doc_.tokens[end].newline_before)
          ++end;
      }
      absorbed[left->second] = true;
      firms.push_back({result_.mentions[left->second].first, end, EntityKind::organization, std::nullopt, 0.7,
                       "ampersand-firm"});
      cover(firms.back().first, end);
    }
    if (firms.empty()) return;
    std::vector<Mention> kept;
    for (std::size_t m = 0; m < result_.mentions.size(); ++m)
      if (!absorbed[m]) kept.push_back(std::move(result_.mentions[m]));
    for (auto& firm : firms) kept.push_back(std::move(firm));
    result_.mentions = std::move(kept);
  }

  // The length of a lexicon place name that starts with a compass initial
  // ("S. Korea" for "South Korea"), else 0; fills `hits` when it matches.
  std::size_t compass_initial_match(const std::vector<std::string_view>& tokens, std::size_t local, bool fold_case,
                                    std::vector<LabelHit>& hits) const {
    std::string_view direction = k_.compass_initials.category(tokens[local]);
    if (direction.empty() || local + 1 >= tokens.size()) return 0;
    std::vector<std::string_view> expanded(tokens.begin() + static_cast<long>(local), tokens.end());
    expanded[0] = direction;
    std::vector<LabelHit> found;
    std::size_t length = k_.lexicon.longest_match(expanded, 0, fold_case, found);
    std::erase_if(found, [&](const LabelHit& hit) { return k_.lexicon.entry(hit.entry).kind != EntryKind::place; });
    if (length < 2 || found.empty()) return 0;
    hits = std::move(found);
    return length;
  }

  // The country that "Republic of X" (Kingdom, Principality...) names, when X is one.
  std::optional<lexicon::EntryId> formal_state_name(std::size_t first, std::size_t end) const {
    if (!k_.state_forms.contains(words_[first])) return std::nullopt;
    std::vector<lexicon::LabelHit> hits;
    std::vector<std::string_view> rest(words_.begin() + static_cast<long>(first + 2), words_.begin() + static_cast<long>(end));
    if (k_.lexicon.longest_match(rest, 0, false, hits) != rest.size()) return std::nullopt;
    for (const auto& hit : hits)
      for (const auto& type : k_.lexicon.entry(hit.entry).classes)
        if (type == "http://schema.org/Country") return hit.entry;
    return std::nullopt;
  }

  // The end of "Gulf of X Y" when the words at `i` open with a place prefix, else 0.
  std::size_t prefixed_place_end(const text::Sentence& sentence, std::size_t i) const {
    if (i + 2 >= sentence.end_token || words_[i + 1] != "of" || !is_capitalised(i) || !is_capitalised(i + 2))
      return 0;
    if (k_.place_heads.category(std::string(words_[i]) + " of") != "prefix") return 0;
    // The name after "of": a lexicon name, else a few capitalised words.
    std::vector<lexicon::LabelHit> hits;
    std::vector<std::string_view> tokens(words_.begin() + static_cast<long>(i + 2),
                                         words_.begin() + static_cast<long>(sentence.end_token));
    if (std::size_t known = k_.lexicon.longest_match(tokens, 0, false, hits)) return i + 2 + known;
    std::size_t end = i + 2;
    while (end < sentence.end_token && end < i + 5 && is_capitalised(end) && !covered_[end] && !skipped(end)) ++end;
    return end;
  }

  // Where a run of capitalised words after `end` closes on an organization or
  // place head noun ("... Federal University"); `end` itself when it does not.
  // A head followed by an event noun only modifies the event: in "OSCE Media
  // Summit" the lexicon's "OSCE" stays alone ("Tver Region Igor Rudenya" still
  // gives "Tver Region").
  std::size_t longer_name_end(const text::Sentence& sentence, std::size_t end) const {
    std::size_t last = end;
    std::size_t found = end;
    while (last < sentence.end_token && !covered_[last] && !skipped(last) && is_capitalised(last) &&
           !k_.nonname.contains(words_[last])) {
      ++last;
      if (!head_kind_name(last - 1).empty()) {
        found = last;
      } else if (found > end && found == last - 1 && k_.event_heads.contains(words_[last - 1])) {
        return end;
      }
    }
    return found;
  }

  std::string_view head_kind_name(std::size_t token) const {
    std::string_view org = k_.org_heads.category(words_[token]);
    if (!org.empty() && org != "ambiguous" && org != "sport-ambiguous") return "organization";
    std::string_view place = k_.place_heads.category(words_[token]);
    if (!place.empty() && place != "ambiguous" && place != "prefix") return "place";
    return {};
  }

  EntityKind head_kind(std::size_t token) const {
    return head_kind_name(token) == "place" ? EntityKind::place : EntityKind::organization;
  }

  bool any_covered(std::size_t first, std::size_t end) const {
    for (std::size_t i = first; i < end; ++i)
      if (covered_[i]) return true;
    return false;
  }

  // Is the capitalised word at `i` just the first word of its sentence?
  bool sentence_case_only(std::size_t i, const text::Sentence& sentence) const {
    // A comma or semicolon does not open a sentence: ", Federal Aviation Office said".
    bool first_in_sentence = i == sentence.first_token ||
                             (!is_word(i - 1) && words_[i - 1] != "," && words_[i - 1] != ";") ||
                             doc_.tokens[i - 1].kind == TokenKind::quote || words_[i - 1] == ":";
    std::string lowered = lower(words_[i]);
    if (k_.nonname.contains(words_[i])) return true;
    if (!first_in_sentence || k_.given_names.contains(words_[i])) return false;
    return lowercase_words_.count(lowered) > 0 || k_.nonname.contains(lowered) || k_.english.contains(lowered);
  }

  void pattern_pass(const text::Sentence& sentence) {
    for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
      if (covered_[i] || skipped(i) || !is_capitalised(i) || sentence_case_only(i, sentence) ||
          k_.person_prefixes.contains(words_[i])) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < sentence.end_token && !covered_[end] && !skipped(end)) {
        if (is_capitalised(end) && !k_.nonname.contains(words_[end])) {
          ++end;
        } else if (is_connector(words_[end]) && end + 1 < sentence.end_token && is_capitalised(end + 1) &&
                   !covered_[end + 1] && looks_like_organization(i, end)) {
          end += 2;
        } else if (words_[end] == "of" && end + 2 < sentence.end_token && words_[end + 1] == "the" &&
                   is_capitalised(end + 2) && !covered_[end + 2] && !skipped(end + 2) &&
                   looks_like_organization(i, end)) {
          end += 3;  // "Court of the Dniester Basin Authority", "Bank of the Andes"
        } else if (k_.surname_particles.contains(words_[end]) && end + 1 < sentence.end_token &&
                   is_capitalised(end + 1) && !covered_[end + 1]) {
          end += 2;
        } else {
          break;
        }
      }
      classify(i, end, sentence);
      i = end;
    }
  }

  // A word whose lower-case form is a common English word ("Media", "Joint").
  bool is_common_word(std::size_t i) const {
    std::string lowered = lower(words_[i]);
    return k_.english.contains(lowered) && !k_.given_names.contains(words_[i]);
  }

  bool any_common_word(std::size_t first, std::size_t end) const {
    for (std::size_t i = first; i < end; ++i)
      if (is_common_word(i)) return true;
    return false;
  }

  bool looks_like_organization(std::size_t first, std::size_t end) const {
    for (std::size_t i = first; i < end; ++i) {
      auto category = k_.org_heads.category(words_[i]);
      if (!category.empty() && category != "ambiguous" && category != "sport-ambiguous") return true;
    }
    return false;
  }

  // "UK-US", "China-US": two names joined into an adjective; the entries of both.
  std::optional<Compound> name_compound(std::size_t token) const {
    std::string_view word = words_[token];
    std::size_t dash = word.find('-');
    if (dash == std::string_view::npos || dash + 1 >= word.size()) return std::nullopt;
    std::vector<std::string_view> parts{word.substr(0, dash), word.substr(dash + 1)};
    Compound compound{token, {}, {}};
    for (std::size_t part = 0; part < 2; ++part) {
      std::vector<lexicon::LabelHit> hits;
      if (k_.lexicon.longest_match(parts, part, false, hits) != 1 || hits.empty()) return std::nullopt;
      const LabelHit* best = &hits.front();
      for (const auto& hit : hits)
        if (rank(k_.lexicon, hit) > rank(k_.lexicon, *best)) best = &hit;
      (part == 0 ? compound.first : compound.second) = best->entry;
    }
    return compound;
  }

  // A title found so far ends at `first` or before a comma there (an index,
  // not a scan of the modifiers: this is asked once per capitalised run).
  bool preceded_by_title(std::size_t first) const {
    return title_end_[first] || (first > 0 && title_end_[first - 1] && words_[first - 1] == ",");
  }

  // "Day" of "Labor Day", "Cup" of "Davis Cup" (event-heads.txt, category "whole"):
  // the capitalised word at `i` makes the name before it part of an event's name.
  bool whole_name_head(const text::Sentence& sentence, std::size_t i) const {
    return i < sentence.end_token && !covered_[i] && is_capitalised(i) && k_.event_heads.category(words_[i]) == "whole";
  }

  void classify(std::size_t first, std::size_t end, const text::Sentence& sentence) {
    std::size_t count = end - first;
    if (count >= 2 && whole_name_head(sentence, end - 1)) return;  // "Sakharov Prize"
    // "UK-US", "China-US": an adjective made of names, not a name.
    if (count == 1)
      if (auto compound = name_compound(first)) {
        result_.compounds.push_back(*compound);
        return;
      }
    if (count == 1 && company_names_.count(std::string(words_[first]))) {
      add(first, end, EntityKind::organization, std::nullopt, 0.7, "company-short");
      return;
    }
    std::string_view head = words_[end - 1];
    std::string_view head_category = k_.org_heads.category(head);
    std::string_view place_category = k_.place_heads.category(head);
    std::string_view prefix_category = k_.place_heads.category(words_[first]);
    bool after_prefix = first > sentence.first_token && k_.person_prefixes.contains(words_[first - 1]);
    bool after_title = preceded_by_title(first);
    bool given_name = k_.given_names.contains(words_[first]);
    bool before_speech = end < sentence.end_token && k_.speech_verbs.contains(words_[end]);
    bool after_speech = first >= 2 && k_.speech_verbs.contains(words_[first - 1]) &&
                        (words_[first - 2] == "," || doc_.tokens[first - 2].kind == TokenKind::quote);
    // An initial ("S." of "S. Korea", "J." of "J. Smith") is no acronym: two letters at least.
    std::size_t letters = static_cast<std::size_t>(std::count_if(
        head.begin(), head.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }));
    bool acronym = count == 1 && doc_.tokens[first].all_caps && letters >= 2 && head.size() <= 6 &&
                   !sentence.all_caps;
    static const std::unordered_set<std::string_view> place_prepositions{"in", "at", "from", "near", "to", "across"};
    bool after_place_preposition = first > sentence.first_token && place_prepositions.count(words_[first - 1]) > 0;

    if (!head_category.empty() && head_category != "ambiguous" && head_category != "sport-ambiguous" && count >= 2) {
      add(first, end, EntityKind::organization, std::nullopt, 0.8, "org-head");
    } else if (after_prefix || after_title) {
      add(first, end, EntityKind::person, std::nullopt, 0.85, after_title ? "title-name" : "honorific-name");
    } else if (beside_org_noun(first, end, sentence)) {
      add(first, end, EntityKind::organization, std::nullopt, 0.7, "org-noun");
    } else if (count >= 2 && ((!place_category.empty() && place_category != "ambiguous" && place_category != "prefix") ||
                              prefix_category == "prefix")) {
      add(first, end, EntityKind::place, std::nullopt, 0.75, "place-head");
    } else if (given_name && count >= 2 && count <= 4) {
      add(first, end, EntityKind::person, std::nullopt, 0.8, "given-name");
    } else if ((before_speech || after_speech) && count <= 3 && !sentence.title_case) {
      add(first, end, EntityKind::person, std::nullopt, 0.7, "speaker");
    } else if (acronym) {
      add(first, end, EntityKind::organization, std::nullopt, 0.6, "acronym");
    } else if (after_place_preposition && count <= 3 && !sentence.title_case && !any_common_word(first, end)) {
      add(first, end, EntityKind::place, std::nullopt, 0.5, "place-preposition");
    } else if (count >= 2 && count <= 3 && !sentence.title_case && !any_common_word(first, end)) {
      add(first, end, EntityKind::person, std::nullopt, 0.45, "capitalised-name");
    } else if (count >= 4 && !sentence.title_case) {
      add(first, end, EntityKind::organization, std::nullopt, 0.4, "capitalised-name");
    }
  }

  // "the newspaper Dagblad", "Dagblad newspaper reported": a lower-case
  // noun beside the name says it is an organisation (ontology/words/org-nouns.txt).
  bool beside_org_noun(std::size_t first, std::size_t end, const text::Sentence& sentence) const {
    if (sentence.title_case || sentence.all_caps) return false;
    if (first > sentence.first_token && is_word(first - 1) && !doc_.tokens[first - 1].capitalised) {
      std::string_view where = k_.org_nouns.category(words_[first - 1]);
      if (where == "before" || where == "both") return true;
    }
    if (end < sentence.end_token && is_word(end) && !doc_.tokens[end].capitalised) {
      // "Dagblad newspaper", and two-word nouns: "Norvik news agency".
      std::string_view where = k_.org_nouns.category(words_[end]);
      if (where.empty() && end + 1 < sentence.end_token && is_word(end + 1))
        where = k_.org_nouns.category(std::string(words_[end]) + ' ' + std::string(words_[end + 1]));
      if (where == "after" || where == "both") return true;
    }
    return false;
  }

  // A sports report ("SOCCER - ...", "Cricket: ...") names its sides by their
  // towns, counties and states: such a place, where it is not the place of
  // something ("in Leeds", "at Halvorsby Park"), is the club. Countries stay
  // places (national sides are named by their country).
  bool is_sports_report() const {
    std::string opening;
    for (std::size_t i = 0; i < doc_.tokens.size() && i < 3; ++i) {
      if (!is_word(i)) break;
      if (!opening.empty()) opening += ' ';
      opening += lower(words_[i]);
      // "RUGBY UNION -": "rugby" alone opens it too, so a longer sport may follow.
      std::size_t next = i + 1;
      if (k_.team_sports.contains(opening) && next < doc_.tokens.size() &&
          (words_[next] == "-" || words_[next] == ":" || words_[next] == "--"))
        return true;
    }
    return false;
  }

  void sports_clubs() {
    static const std::unordered_set<std::string_view> place_prepositions{"in", "at", "from", "near", "to", "across",
                                                                         "of", "outside", "around"};
    // "In Leeds", "At Halvorsby Park", "HOME AT HALVORSBY": the preposition in any case.
    auto place_preposition = [&](std::size_t i) { return place_prepositions.count(lower(words_[i])) > 0; };
    for (auto& mention : result_.mentions) {
      if (mention.kind != EntityKind::place || mention.first == 0) continue;
      if (place_preposition(mention.first - 1) ||
          (mention.first >= 2 && lower(words_[mention.first - 1]) == "the" && place_preposition(mention.first - 2)))
        continue;
      // "OSLO 2021-03-04", "HALVORSBY , Norway 2021-03-04": a dateline's places (a
      // standings line "HALVORSBY 72 60" is the club's).
      if (in_dateline_line(mention.first)) continue;
      if (mention.entry) {
        const auto& entry = k_.lexicon.entry(*mention.entry);
        bool nation = k_.sporting_nations.contains(entry.label);
        for (const auto& type : entry.classes) nation |= type == "http://schema.org/Country";
        if (nation) continue;
      }
      mention.kind = EntityKind::organization;
      mention.entry.reset();
      mention.confidence = 0.6;
      mention.rule = "sports-club";
      // "Dynamo Moscow", "Real Madrid", "Manchester City": a club word beside the town.
      auto club_word = [&](std::size_t i) {
        std::string_view category = k_.org_heads.category(words_[i]);
        return !covered_[i] && !skipped(i) && is_word(i) && (category == "sport" || category == "sport-ambiguous");
      };
      std::uint32_t sentence = doc_.tokens[mention.first].sentence;
      if (mention.first > 0 && doc_.tokens[mention.first - 1].sentence == sentence && club_word(mention.first - 1))
        covered_[--mention.first] = true;
      if (mention.end < doc_.tokens.size() && doc_.tokens[mention.end].sentence == sentence && club_word(mention.end))
        covered_[mention.end++] = true;
      // "Halvorsby Harbour Hawks beat ...": in running text the capitalised words after the town are the club's name.
      const auto& line = doc_.sentences[sentence];
      if (!line.all_caps && !line.title_case)
        for (std::size_t added = 0; added < 2 && mention.end < line.end_token && !covered_[mention.end] &&
                                    !skipped(mention.end) && is_capitalised(mention.end) &&
                                    !k_.nonname.contains(words_[mention.end]);
             ++added)
          covered_[mention.end++] = true;
    }
  }

  // A dateline that ingest did not take ("HALVORSBY , Norway 2021-03-04",
  // "TORMUNDVIK , Mich . 2021-03-04"): each capitalised name before the date,
  // between commas, is a place.
  void dateline_places(std::size_t line_start) {
    std::size_t date = line_start;
    for (; date < doc_.tokens.size() && date < line_start + 10; ++date) {
      if (date > line_start && doc_.tokens[date].newline_before) return;
      if (is_date(date)) break;
      if (skipped(date) || covered_[date]) return;
      if (is_word(date) ? !doc_.tokens[date].capitalised : words_[date] != "," && words_[date] != ".") return;
    }
    if (date == line_start || date >= doc_.tokens.size() || !is_date(date)) return;
    for (std::size_t first = line_start; first < date;) {
      std::size_t end = first;
      while (end < date && words_[end] != ",") ++end;
      std::size_t next = end + 1;
      // "ST. LOUIS" keeps its point, "Mich ." does not.
      while (end > first && !is_word(end - 1)) --end;
      if (end > first && end - first <= 4) {
        std::vector<std::string_view> name(words_.begin() + static_cast<long>(first), words_.begin() + static_cast<long>(end));
        std::vector<LabelHit> hits;
        const LabelHit* best = nullptr;
        if (k_.lexicon.longest_match(name, 0, true, hits) == name.size())
          for (const auto& hit : hits)
            if (entity_kind(k_.lexicon.entry(hit.entry).kind) && (!best || rank(k_.lexicon, hit) > rank(k_.lexicon, *best)))
              best = &hit;
        // A body's seat ("UNITED NATIONS 2021-03-04") stays the body.
        if (best)
          add(first, end, *entity_kind(k_.lexicon.entry(best->entry).kind), best->entry, 0.8, "dateline");
        else
          add(first, end, EntityKind::place, std::nullopt, 0.8, "dateline");
      }
      first = next;
    }
  }

  // "2021-03-04" (not a bowling figure "6-0-40-1").
  bool is_date(std::size_t i) const {
    std::string_view w = words_[i];
    return doc_.tokens[i].kind == TokenKind::number && w.size() >= 8 && w[4] == '-' &&
           std::all_of(w.begin(), w.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  }

  // A short line that ends on a date ("HALVORSBY , Norway 2021-03-04") is a dateline.
  bool in_dateline_line(std::size_t token) const {
    std::size_t first = token;
    while (first > 0 && !doc_.tokens[first].newline_before) --first;
    for (std::size_t i = first; i < doc_.tokens.size() && i < first + 8; ++i) {
      if (i > first && doc_.tokens[i].newline_before) return false;
      if (is_date(i)) return i > token;
    }
    return false;
  }

  // In a sports report a capitalised name that no other rule read (no person,
  // place or known name; up to three words, not a given name first) is a side:
  // "Essex 532", "Surrey beat Kent", "Petofi 2 Red Star 1".
  void unknown_sides(const text::Sentence& sentence) {
    for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
      if (covered_[i] || skipped(i) || !is_capitalised(i)) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < sentence.end_token && end < i + 3 && !covered_[end] && !skipped(end) && is_capitalised(end) &&
             !k_.nonname.contains(words_[end]))
        ++end;
      // A side's place in a result or standings line ("Rovers 2 Athletic 1") is evidence
      // that case and common words (a side called "Harbour" or "Mill") are not.
      if (k_.nonname.contains(words_[i]) ||
          (!score_position(i, end, sentence) && !plural_after_article(i, end, sentence) &&
           (sentence.all_caps || sentence.title_case || sentence_case_only(i, sentence) || is_common_word(i)))) {
        ++i;
        continue;
      }
      std::string_view word = words_[i];
      bool initial = word.size() == 2 && word[1] == '.';
      // "English", "Scottish", "European": an adjective of a people, not a side.
      bool adjective = people_adjective(word);
      if (initial && end > i + 1) {
        add(i, end, EntityKind::person, std::nullopt, 0.5, "initial-name");  // "M. Vaughan"
      } else if (scorecard_player(i, end, sentence)) {
        add(i, end, EntityKind::person, std::nullopt, 0.5, "scorecard-player");
      } else if (!initial && !(adjective && end == i + 1) && !k_.given_names.contains(std::string(word))) {
        add(i, end, EntityKind::organization, std::nullopt, 0.4, "sports-side");
      }
      i = end;
    }
  }

  // "c Healy b Warne 46", "Lara not out 83", "Warne 10-2-41-3": a name beside a
  // scorecard's mark (scorecard-markers.txt) or before a bowler's figures is a player.
  bool scorecard_player(std::size_t first, std::size_t end, const text::Sentence& sentence) const {
    auto marks = [&](std::string_view mark, std::string_view side) {
      std::string_view where = k_.scorecard_markers.category(mark);
      return where == side || where == "both";
    };
    if (first > sentence.first_token && marks(words_[first - 1], "before")) return true;
    if (end >= sentence.end_token) return false;
    if (marks(words_[end], "after")) return true;
    if (end + 1 < sentence.end_token &&
        marks(std::string(words_[end]) + ' ' + std::string(words_[end + 1]), "after"))
      return true;
    std::string_view next = words_[end];
    return doc_.tokens[end].kind == TokenKind::number && std::count(next.begin(), next.end(), '-') == 3;
  }

  // In a results or standings line a name the patterns read as a person's
  // ("Tormund Rovers 3 1 1 1 5 4 4", "St Halvard 2") is a side: a player's
  // own line carries a mark ("b Warne 46") or a first name the lists know.
  void standings_sides() {
    for (auto& mention : result_.mentions) {
      if (mention.kind != EntityKind::person || mention.rule != "capitalised-name") continue;
      const auto& sentence = doc_.sentences[doc_.tokens[mention.first].sentence];
      if (!score_position(mention.first, mention.end, sentence) ||
          scorecard_player(mention.first, mention.end, sentence))
        continue;
      mention.kind = EntityKind::organization;
      mention.rule = "sports-side";
      mention.confidence = 0.4;
    }
  }

  // "the Wanderers", "the Blue Hawks": in running text a capitalised plural after
  // "the" names a side, whether or not its words are common ones.
  bool plural_after_article(std::size_t first, std::size_t end, const text::Sentence& sentence) const {
    if (sentence.all_caps || sentence.title_case || first == sentence.first_token || words_[first - 1] != "the")
      return false;
    std::string_view last = words_[end - 1];
    return last.size() >= 4 && last.back() == 's' && !last.ends_with("ss");
  }

  // A run that opens its line or follows a score and is followed by one:
  // "Rovers 2 Athletic 1", "Athletic 4 3 1 0 7 4 10". Not a dateline's date.
  bool score_position(std::size_t first, std::size_t end, const text::Sentence& sentence) const {
    auto is_number = [&](std::size_t i) { return doc_.tokens[i].kind == TokenKind::number; };
    // A fixture: "Halvorsby v Wanderers".
    auto versus = [&](std::size_t i) { return words_[i] == "v" || words_[i] == "vs" || words_[i] == "v."; };
    if ((first > sentence.first_token && versus(first - 1)) || (end < sentence.end_token && versus(end))) return true;
    if (end >= sentence.end_token || !is_number(end)) return false;
    if (words_[end].size() >= 8 && words_[end].find('-') != std::string_view::npos) return false;
    return first == sentence.first_token || is_number(first - 1);
  }

  // "Flemish", "Sudanese": the ending of a people's adjective (people-adjective-endings.txt).
  bool people_adjective(std::string_view word) const {
    for (const auto& [ending, category] : k_.people_adjective_endings.entries())
      if (word.size() > ending.size() && word.ends_with(ending)) return true;
    return false;
  }

  // In headlines and all-caps lines case is no evidence: only words that
  // are names (or parts of names) already found in the body count.
  void known_name_pass(const text::Sentence& sentence) {
    if (known_parts_.empty()) collect_known_parts();
    for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i) {
      if (covered_[i] || skipped(i) || !is_word(i)) continue;
      bool case_is_evidence = !sentence.all_caps && !sentence.title_case;
      if (case_is_evidence && !is_capitalised(i)) continue;
      auto found = known_parts_.find(lexicon::token_key(words_[i], true));
      if (found == known_parts_.end()) continue;
      add(i, i + 1, found->second, std::nullopt, 0.7, "known-name");
    }
  }

  void collect_known_parts() {
    for (const auto& mention : result_.mentions) {
      for (std::size_t i = mention.first; i < mention.end; ++i) {
        if (!is_capitalised(i) || words_[i].size() < 3 || k_.nonname.contains(words_[i])) continue;
        // Only the surname of a person (the last word, or a first word that is
        // no given name: "Wang Yi"), the whole of a one-word name otherwise.
        bool family_first = i == mention.first && mention.end - mention.first == 2 &&
                            !k_.given_names.contains(words_[i]) &&
                            !k_.person_prefixes.contains(words_[i]);
        if (mention.kind == EntityKind::person && i + 1 != mention.end && !family_first) continue;
        if (mention.kind != EntityKind::person && mention.end - mention.first != 1) continue;
        known_parts_.emplace(lexicon::token_key(words_[i], true), mention.kind);
      }
    }
  }

  const text::Document& doc_;
  const lexicon::Knowledge& k_;
  const std::vector<bool>& blocked_;
  std::vector<std::string_view> words_;
  std::unordered_set<std::string> lowercase_words_;
  std::vector<bool> covered_;
  std::vector<bool> title_end_;  // a title (not a demonym) modifier ends before token i
  std::unordered_map<std::string, EntityKind> known_parts_;
  std::unordered_set<std::string> company_names_;  // first words of company names with a legal form
  Recognition result_;
};

}  // namespace

MentionIndex::MentionIndex(const Recognition& recognition, std::size_t token_count) : by_token_(token_count, -1) {
  for (std::size_t m = 0; m < recognition.mentions.size(); ++m)
    for (std::size_t t = recognition.mentions[m].first; t < recognition.mentions[m].end && t < token_count; ++t)
      by_token_[t] = static_cast<std::int32_t>(m);
}

Recognition recognise(const text::Document& doc, const lexicon::Knowledge& knowledge,
                      const std::vector<bool>& blocked) {
  return Recogniser(doc, knowledge, blocked).run();
}

}  // namespace newskg::extract
