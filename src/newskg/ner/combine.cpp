#include "newskg/ner/combine.hpp"

#include <algorithm>

namespace newskg::ner {
namespace {

extract::EntityKind kind_of(Type type) {
  switch (type) {
    case Type::person: return extract::EntityKind::person;
    case Type::organization: return extract::EntityKind::organization;
    case Type::place: return extract::EntityKind::place;
  }
  return extract::EntityKind::place;
}

// A pattern guess the labeller may replace: no lexicon entry, low confidence.
bool weak(const extract::Mention& m) { return !m.entry && m.confidence < 0.8; }

}  // namespace

void combine(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked,
             const Labeller& labeller, extract::Recognition& recognition, const CombineOptions& options) {
  combine(
      doc, blocked, [&](const std::vector<std::string_view>& forms) { return labeller.label(forms, knowledge); },
      recognition, options);
}

void combine(const text::Document& doc, const std::vector<bool>& blocked, const SpanSource& label,
             extract::Recognition& recognition, const CombineOptions& options) {
  auto& mentions = recognition.mentions;
  std::vector<bool> modified(doc.tokens.size(), false);  // titles, demonyms, compounds
  for (const auto& m : recognition.modifiers)
    for (std::size_t i = m.first; i < m.end && i < modified.size(); ++i) modified[i] = true;
  for (const auto& c : recognition.compounds)
    if (c.token < modified.size()) modified[c.token] = true;

  std::vector<extract::Mention> added;
  std::vector<bool> removed(mentions.size(), false);
  std::vector<std::string_view> forms;
  for (const auto& sentence : doc.sentences) {
    forms.clear();
    for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i) forms.push_back(doc.token_text(i));
    if (forms.empty()) continue;
    bool case_is_evidence = casing_of(forms) == Casing::normal && !sentence.all_caps;
    for (Span span : label(forms)) {
      std::size_t first = sentence.first_token + span.first, end = sentence.first_token + span.end;
      // Names begin and end on words.
      while (first < end && doc.tokens[first].kind != text::TokenKind::word &&
             doc.tokens[first].kind != text::TokenKind::number)
        ++first;
      while (end > first && doc.tokens[end - 1].kind != text::TokenKind::word &&
             doc.tokens[end - 1].kind != text::TokenKind::number)
        --end;
      if (first == end) continue;
      bool blocked_or_modified = false;
      for (std::size_t i = first; i < end; ++i)
        if (blocked[i] || modified[i]) blocked_or_modified = true;
      if (blocked_or_modified) continue;
      extract::EntityKind kind = kind_of(span.type);
      std::vector<std::size_t> overlapping;
      for (std::size_t m = 0; m < mentions.size(); ++m)
        if (!removed[m] && mentions[m].first < end && first < mentions[m].end) overlapping.push_back(m);
      bool overlaps_added = std::any_of(added.begin(), added.end(), [&](const extract::Mention& a) {
        return a.first < end && first < a.end;
      });
      if (overlaps_added) continue;
      bool replace = false;
      if (overlapping.empty()) {
        replace = span.confidence >= (case_is_evidence ? options.add_threshold : options.headline_threshold);
      } else {
        bool all_weak = std::all_of(overlapping.begin(), overlapping.end(), [&](std::size_t m) { return weak(mentions[m]); });
        bool same = overlapping.size() == 1 && mentions[overlapping[0]].first == first &&
                    mentions[overlapping[0]].end == end && mentions[overlapping[0]].kind == kind;
        bool inside = std::all_of(overlapping.begin(), overlapping.end(), [&](std::size_t m) {
          return mentions[m].first >= first && mentions[m].end <= end;
        });
        if (same) continue;
        if (all_weak)
          replace = span.confidence >= options.replace_threshold;
        else
          // A lexicon match read otherwise in context: another type, or a
          // longer name it is part of ("Manchester" in "Manchester United").
          replace = inside && span.confidence >= options.overrule_threshold;
      }
      if (!replace) continue;
      for (std::size_t m : overlapping) removed[m] = true;
      added.push_back({first, end, kind, std::nullopt, span.confidence, labeller_rule});
    }
  }
  std::vector<extract::Mention> merged;
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (!removed[m]) merged.push_back(std::move(mentions[m]));
  merged.insert(merged.end(), added.begin(), added.end());
  std::sort(merged.begin(), merged.end(),
            [](const extract::Mention& a, const extract::Mention& b) { return a.first < b.first; });
  mentions = std::move(merged);
}

}  // namespace newskg::ner
