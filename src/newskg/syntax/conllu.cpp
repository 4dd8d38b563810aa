#include "newskg/syntax/conllu.hpp"

#include <charconv>

#include "newskg/error.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::syntax {
namespace {

bool parse_int(std::string_view s, int& value) {
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  return error == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::string ConlluSentence::sent_id() const {
  for (const auto& c : comments)
    if (c.rfind("# sent_id = ", 0) == 0) return c.substr(12);
  return {};
}

std::vector<ConlluSentence> read_conllu(std::istream& in, const std::string& name) {
  std::vector<ConlluSentence> sentences;
  ConlluSentence current;
  std::string line;
  std::size_t number = 0;
  auto fail = [&](const std::string& message) {
    throw Error(Status::bad_syntax, "CoNLL-U: " + message, Location{name, number});
  };
  auto finish = [&] {
    if (current.words.empty() && current.comments.empty()) return;
    int n = static_cast<int>(current.words.size());
    for (const auto& w : current.words)
      if (w.head < 0 || w.head > n) fail("head " + std::to_string(w.head) + " out of range in the sentence");
    sentences.push_back(std::move(current));
    current = ConlluSentence{};
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (current.words.empty() && current.comments.empty() && current.ranges.empty()) current.line = number;
    if (line[0] == '#') {
      current.comments.push_back(line);
      continue;
    }
    std::vector<std::string_view> columns;
    std::string_view rest = line;
    while (true) {
      std::size_t tab = rest.find('\t');
      columns.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (columns.size() != 10) fail("expected 10 tab-separated columns, found " + std::to_string(columns.size()));
    std::string_view id = columns[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) {
      current.ranges.emplace_back(current.words.size(), line);
      continue;
    }
    int value = 0;
    if (!parse_int(id, value) || value != static_cast<int>(current.words.size()) + 1)
      fail("word id " + std::string(id) + " out of sequence");
    ConlluWord w;
    w.form = columns[1];
    w.lemma = columns[2];
    w.upos = columns[3];
    w.xpos = columns[4];
    w.feats = columns[5];
    if (columns[6] == "_") {
      w.head = 0;
    } else if (!parse_int(columns[6], w.head)) {
      fail("head " + std::string(columns[6]) + " is not a number");
    }
    w.deprel = columns[7];
    w.deps = columns[8];
    w.misc = columns[9];
    current.words.push_back(std::move(w));
  }
  ++number;
  finish();
  return sentences;
}

void write_conllu(std::ostream& out, const ConlluSentence& sentence, const Analysis& analysis, std::size_t first,
                  const Model& model) {
  for (const auto& c : sentence.comments) out << c << '\n';
  std::size_t range = 0;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    while (range < sentence.ranges.size() && sentence.ranges[range].first == i) out << sentence.ranges[range++].second << '\n';
    const ConlluWord& gold = sentence.words[i];
    const Word& w = analysis.words[first + i];
    out << i + 1 << '\t' << gold.form << '\t' << analysis.lemma(w) << '\t' << model.upos_name(w.upos) << '\t'
        << model.xpos_name(w.xpos) << "\t_\t" << w.head << '\t' << model.deprel_name(w.deprel) << "\t_\t"
        << gold.misc << '\n';
  }
  out << '\n';
}

void write_conllu(std::ostream& out, const Analysis& analysis, const text::Document& doc, const Model& model,
                  const std::string& doc_id) {
  text::CodePointIndex code_points(doc.text);
  out << "# newdoc id = " << doc_id << '\n';
  std::size_t number = 0;
  for (const auto& sentence : analysis.sentences) {
    if (sentence.end <= sentence.first) continue;
    const Word* words = analysis.words.data() + sentence.first;
    std::size_t n = sentence.end - sentence.first;
    out << "# sent_id = " << doc_id << '-' << ++number << '\n';
    std::string text(doc.text.substr(words[0].begin, words[n - 1].end - words[0].begin));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out << "# text = " << text << '\n';
    std::size_t token_end = 0;  // words before this one belong to a multiword token line already written
    for (std::size_t i = 0; i < n; ++i) {
      const Word& w = words[i];
      bool space_after = i + 1 < n ? words[i + 1].begin > w.end
                                   : w.token + 1 >= doc.tokens.size() || doc.tokens[w.token + 1].begin > w.end;
      // A multiword token: this word and the clitics after it ("do" "n't" of "don't").
      std::size_t last = i;
      while (last + 1 < n && words[last + 1].clitic) ++last;
      if (last > i && !w.clitic) {
        bool token_space = last + 1 < n ? words[last + 1].begin > words[last].end
                                        : words[last].token + 1 >= doc.tokens.size() ||
                                              doc.tokens[words[last].token + 1].begin > words[last].end;
        out << i + 1 << '-' << last + 1 << '\t' << doc.text.substr(w.begin, words[last].end - w.begin)
            << "\t_\t_\t_\t_\t_\t_\t_\tTokenRange=" << code_points.at(w.begin) << ':' << code_points.at(words[last].end)
            << (token_space ? "" : "|SpaceAfter=No") << '\n';
        token_end = last + 1;
      }
      // Inside a multiword token, SpaceAfter belongs to the token line.
      if (i < token_end) space_after = true;
      std::string form(w.form);
      for (char& c : form)
        if (c == ' ' || c == '\t') c = '_';
      out << i + 1 << '\t' << form << '\t' << analysis.lemma(w) << '\t' << model.upos_name(w.upos) << '\t'
          << model.xpos_name(w.xpos) << "\t_\t" << w.head << '\t' << model.deprel_name(w.deprel) << "\t_\t"
          << "TokenRange=" << code_points.at(w.begin) << ':' << code_points.at(w.end)
          << (space_after ? "" : "|SpaceAfter=No") << '\n';
    }
    out << '\n';
  }
}

Scores evaluate(Parser& parser, const std::vector<ConlluSentence>& gold) {
  Scores scores;
  const Model& model = parser.model();
  Analysis analysis;
  std::vector<std::string_view> forms;
  auto universal = [](std::string_view label) { return label.substr(0, label.find(':')); };
  for (const auto& sentence : gold) {
    analysis.clear();
    forms.clear();
    for (const auto& w : sentence.words) forms.push_back(w.form);
    parser.parse_words(forms, analysis);
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
      const ConlluWord& g = sentence.words[i];
      const Word& w = analysis.words[i];
      // Heads are within the sentence: a sentence longer than max_sentence_words is parsed in pieces.
      std::size_t piece = i / max_sentence_words * max_sentence_words;
      int head = w.head == 0 ? 0 : static_cast<int>(w.head + piece);
      ++scores.words;
      scores.upos += model.upos_name(w.upos) == g.upos;
      scores.xpos += model.xpos_name(w.xpos) == g.xpos;
      scores.lemma += analysis.lemma(w) == g.lemma;
      if (head == g.head) {
        ++scores.uas;
        std::string_view label = model.deprel_name(w.deprel);
        scores.las += universal(label) == universal(g.deprel);
        scores.las_full += label == g.deprel;
      }
    }
  }
  return scores;
}

}  // namespace newskg::syntax
