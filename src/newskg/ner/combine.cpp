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

// A pattern guess the labeller may replace: no lexicon entry and no head noun
// behind it (a capitalised run, an acronym, a word after "in").
bool weak(const extract::Mention& m) {
  return !m.entry && (m.rule == "capitalised-name" || m.rule == "place-preposition" || m.rule == "acronym" ||
                      m.rule == "speaker" || m.rule == "known-name");
}

// A result line: a score ("2-1") or a table of figures.
bool has_score(const text::Document& doc, const text::Sentence& sentence) {
  std::size_t numbers = 0;
  for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i) {
    std::string_view t = doc.token_text(i);
    std::size_t dash = t.find('-');
    if (dash != std::string_view::npos && dash > 0 && dash + 1 < t.size() &&
        std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(dash), [](char c) { return c >= '0' && c <= '9'; }) &&
        std::all_of(t.begin() + static_cast<std::ptrdiff_t>(dash) + 1, t.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return true;
    if (doc.tokens[i].kind == text::TokenKind::number) ++numbers;
  }
  return numbers >= 2;
}

}  // namespace

void combine(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked,
             const Labeller& labeller, extract::Recognition& recognition, const CombineOptions& options) {
  combine(
      doc, knowledge, blocked, [&](const std::vector<std::string_view>& forms) { return labeller.label(forms, knowledge); },
      recognition, options);
}

void combine(const text::Document& doc, const lexicon::Knowledge& knowledge, const std::vector<bool>& blocked,
             const SpanSource& label, extract::Recognition& recognition, const CombineOptions& options) {
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
        bool starts_as_name = doc.tokens[first].capitalised || doc.tokens[first].kind == text::TokenKind::number;
        bool has_word = false;
        for (std::size_t i = first; i < end; ++i)
          if (doc.tokens[i].kind == text::TokenKind::word && doc.token_text(i).size() >= 2 &&
              !knowledge.nonname.contains(doc.token_text(i)))
            has_word = true;
        double threshold = case_is_evidence ? options.add_threshold : options.headline_threshold;
        if (end - first == 1) threshold = std::max(threshold, options.single_word_threshold);
        replace = starts_as_name && has_word && span.confidence >= threshold;
      } else {
        bool all_weak = std::all_of(overlapping.begin(), overlapping.end(), [&](std::size_t m) { return weak(mentions[m]); });
        bool same = overlapping.size() == 1 && mentions[overlapping[0]].first == first &&
                    mentions[overlapping[0]].end == end && mentions[overlapping[0]].kind == kind;
        if (same) continue;
        if (all_weak) {
          replace = span.confidence >= options.replace_threshold && (case_is_evidence || span.confidence >= options.headline_threshold);
        } else if (overlapping.size() == 1 && case_is_evidence && kind == extract::EntityKind::organization &&
                   mentions[overlapping[0]].kind == extract::EntityKind::place && has_score(doc, sentence)) {
          // A place read as a team in a result ("Leeds beat Hull 2-1"), same words.
          const extract::Mention& m = mentions[overlapping[0]];
          bool country = false;
          if (m.entry)
            for (const auto& type : knowledge.lexicon.entry(*m.entry).classes)
              if (type == "http://schema.org/Country") country = true;
          replace = m.first == first && m.end == end && m.kind != kind && !country &&
                    span.confidence >= options.overrule_threshold;
        }
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
