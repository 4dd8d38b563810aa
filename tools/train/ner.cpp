// `newskg-train ner`: trains the entity labeller (src/newskg/ner/labeller.hpp)
// and writes its model file; `--evaluate` scores a model on IOB2 files.
//
//   newskg-train ner --iob2 en_ewt-uner-train.iob2 --gum en_gum-ud-train.conllu
//                    --dev en_ewt-uner-dev.iob2 -o models/en_ner.nkgm [--seed 1]
//   newskg-train ner --model models/en_ner.nkgm --evaluate en_pud-uner-test.iob2
//
// Training data: UNER's IOB2 files (PER, ORG, LOC) and GUM's entity layer
// (MISC Entity=): person -> PER, organization -> ORG, place -> LOC, kept only
// when the span holds a proper noun (PROPN), trimmed to its proper nouns (and
// the words joining them: "Bank of England") and without a leading title
// ("President Obama" -> "Obama"); a sentence with a named span that cannot be
// trimmed so is left out. Nested spans: the outermost. A share of sentences is
// also trained upper-cased and title-cased (headlines and all-caps lines).
// Structured averaged perceptron, Viterbi decoding under the BILOU
// constraints; the epoch with the best dev F1 is kept. Emission and transition
// weights share one int16 scale. Reproducible from the data and the seed.
#include <boost/program_options.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <unordered_map>

#include "newskg/error.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/lexicon/lexicon.hpp"
#include "newskg/ner/labeller.hpp"
#include "newskg/syntax/conllu.hpp"
#include "newskg/syntax/model.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/text/utf8.hpp"

namespace po = boost::program_options;
using namespace newskg;
using namespace newskg::ner;

namespace {

using Clock = std::chrono::steady_clock;

struct Gold {
  std::vector<std::string> forms;
  std::vector<Span> spans;
};

std::optional<Type> type_of(std::string_view name) {
  if (name == "PER" || name == "person") return Type::person;
  if (name == "ORG" || name == "organization") return Type::organization;
  if (name == "LOC" || name == "place") return Type::place;
  return std::nullopt;
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, sep)) out.push_back(field);
  return out;
}

// IOB2: "id form tag ..." lines, blank lines between sentences, "#" comments.
std::vector<Gold> read_iob2(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Status::io_error, "cannot open " + path);
  std::vector<Gold> out;
  Gold current;
  std::vector<std::string> tags;
  auto finish = [&] {
    if (current.forms.empty()) return;
    std::optional<Span> open;
    for (std::size_t i = 0; i <= tags.size(); ++i) {
      std::string tag = i < tags.size() ? tags[i] : "O";
      auto type = tag.size() > 2 ? type_of(tag.substr(2)) : std::nullopt;
      bool inside = type && tag[0] == 'I' && open && open->type == *type;
      if (open && !inside) {
        open->end = i;
        current.spans.push_back(*open);
        open.reset();
      }
      if (type && !inside) open = Span{i, i, *type, 1.0};
    }
    out.push_back(std::move(current));
    current = {};
    tags.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') continue;
    auto fields = split(line, '\t');
    if (fields.size() < 3) continue;
    current.forms.push_back(fields[1]);
    tags.push_back(fields[2]);
  }
  finish();
  return out;
}

// GUM's entity layer: MISC Entity=(3-person-...  ...3) with (5-place-...) for one word.
std::vector<Gold> read_gum(const std::string& path, const lexicon::Knowledge& k, std::size_t& dropped) {
  std::ifstream in(path);
  if (!in) throw Error(Status::io_error, "cannot open " + path);
  auto sentences = syntax::read_conllu(in, path);
  std::vector<Gold> out;
  static const std::vector<std::string_view> joiners{"of", "the", "and", "&", "-", "de", "for", "on", "du", "la", "von", "van", "."};
  for (const auto& s : sentences) {
    Gold gold;
    std::vector<std::pair<std::size_t, std::pair<std::size_t, Type>>> raw;  // (first, (end, type))
    std::map<std::string, std::pair<std::size_t, std::string>> open;
    for (std::size_t w = 0; w < s.words.size(); ++w) {
      gold.forms.push_back(s.words[w].form);
      std::string value;
      for (const auto& part : split(s.words[w].misc, '|'))
        if (part.rfind("Entity=", 0) == 0) value = part.substr(7);
      for (std::size_t i = 0; i < value.size();) {
        if (value[i] == '(') {
          std::size_t end = value.find_first_of("()", i + 1);
          if (end == std::string::npos) end = value.size();
          auto fields = split(value.substr(i + 1, end - i - 1), '-');
          std::string id = fields.empty() ? "" : fields[0];
          std::string type = fields.size() > 1 ? fields[1] : "";
          if (end < value.size() && value[end] == ')') {
            if (auto t = type_of(type)) raw.push_back({w, {w + 1, *t}});
            i = end + 1;
          } else {
            open[id] = {w, type};
            i = end;
          }
        } else {
          std::size_t end = value.find(')', i);
          if (end == std::string::npos) break;
          std::string id = value.substr(i, end - i);
          auto found = open.find(id);
          if (found != open.end()) {
            if (auto t = type_of(found->second.second)) raw.push_back({found->second.first, {w + 1, *t}});
            open.erase(found);
          }
          i = end + 1;
        }
      }
    }
    bool bad = false;
    std::vector<Span> candidates;
    std::vector<std::string_view> views(gold.forms.begin(), gold.forms.end());
    std::vector<lexicon::LabelHit> hits;
    for (auto [first, rest] : raw) {
      auto [end, type] = rest;
      std::size_t f = first, l = end;
      while (f < l && s.words[f].upos != "PROPN") ++f;
      while (l > f && s.words[l - 1].upos != "PROPN") --l;
      if (f == l) continue;  // not a name
      // A leading title is not part of the name.
      while (f + 1 < l) {
        std::size_t length = k.lexicon.longest_match(views, f, true, hits);
        bool title = length > 0 && f + length < l && std::any_of(hits.begin(), hits.end(), [&](const auto& hit) {
          return k.lexicon.entry(hit.entry).kind == lexicon::EntryKind::title;
        });
        if (!title) break;
        f += length;
        while (f < l && s.words[f].upos != "PROPN") ++f;
      }
      for (std::size_t i = f; i < l; ++i)
        if (s.words[i].upos != "PROPN" &&
            std::find(joiners.begin(), joiners.end(), std::string_view(s.words[i].form)) == joiners.end())
          bad = true;
      candidates.push_back({f, l, type, 1.0});
    }
    if (bad) {
      ++dropped;
      continue;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Span& a, const Span& b) { return a.end - a.first > b.end - b.first; });
    for (const auto& c : candidates) {
      bool overlaps = std::any_of(gold.spans.begin(), gold.spans.end(),
                                  [&](const Span& o) { return c.first < o.end && o.first < c.end; });
      if (!overlaps) gold.spans.push_back(c);
    }
    std::sort(gold.spans.begin(), gold.spans.end(), [](const Span& a, const Span& b) { return a.first < b.first; });
    out.push_back(std::move(gold));
  }
  return out;
}

std::string recase(std::string_view form, bool upper_all, bool capitalise) {
  std::string out;
  std::size_t pos = 0;
  bool first = true;
  while (pos < form.size()) {
    char32_t c = text::next_code_point(form, pos);
    if (upper_all || (capitalise && first)) c = text::to_upper(c);
    text::append_utf8(out, c);
    first = false;
  }
  return out;
}

Gold upper_cased(const Gold& g) {
  Gold out = g;
  for (auto& form : out.forms) form = recase(form, true, false);
  return out;
}

Gold title_cased(const Gold& g) {
  static const std::vector<std::string_view> small{"a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                                                   "or", "but", "by", "with", "as", "is", "'s"};
  Gold out = g;
  for (std::size_t i = 0; i < out.forms.size(); ++i)
    if (i == 0 || std::find(small.begin(), small.end(), std::string_view(out.forms[i])) == small.end())
      out.forms[i] = recase(out.forms[i], false, true);
  return out;
}

// Synthetic sentences of sports results (--synthetic N): teams are named
// after places ("Leeds beat Hull 2-1", "Leeds United 3 Hull City 1"), a
// structure news reports daily and that web text (UNER EWT) hardly shows.
// Names come from the project's own lexicons (places, people), the
// templates are written here; no benchmark text is used.
std::vector<Gold> synthetic_results(const lexicon::Knowledge& k, std::size_t count, std::mt19937_64& rng) {
  std::vector<std::vector<std::string>> places, people;
  for (std::size_t e = 0; e < k.lexicon.size(); ++e) {
    const auto& entry = k.lexicon.entry(static_cast<lexicon::EntryId>(e));
    if (entry.label.empty()) continue;
    auto words = split(entry.label, ' ');
    if (words.size() > 2 || !text::is_upper(static_cast<char32_t>(static_cast<unsigned char>(words[0][0])))) continue;
    if (entry.kind == lexicon::EntryKind::place) places.push_back(words);
    if (entry.kind == lexicon::EntryKind::person && words.size() == 2) people.push_back(words);
  }
  std::vector<Gold> out;
  if (places.size() < 2 || people.empty()) return out;
  static const std::vector<std::string> suffixes{"", "", "", "United", "City", "FC", "Rovers", "Town", "Athletic"};
  static const std::vector<std::string> days{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  for (std::size_t s = 0; s < count; ++s) {
    Gold g;
    auto add_words = [&](const std::vector<std::string>& words, std::optional<Type> type) {
      std::size_t first = g.forms.size();
      for (const auto& w : words) g.forms.push_back(w);
      if (type) g.spans.push_back({first, g.forms.size(), *type, 1.0});
    };
    auto team = [&] {
      auto words = places[pick(places.size())];
      const auto& suffix = suffixes[pick(suffixes.size())];
      if (!suffix.empty()) words.push_back(suffix);
      add_words(words, Type::organization);
    };
    auto score = [&] { g.forms.push_back(std::to_string(pick(5))); };
    auto word = [&](std::string w) { g.forms.push_back(std::move(w)); };
    switch (pick(6)) {
      case 0: team(); word("beat"); team(); word(std::to_string(pick(5) + 1) + "-" + std::to_string(pick(2))); word("on"); word(days[pick(7)]); word("."); break;
      case 1: team(); score(); team(); score(); break;
      case 2: team(); word("drew"); word(std::to_string(pick(4)) + "-" + std::to_string(pick(4))); word("with"); team(); word("."); break;
      case 3:
        add_words(people[pick(people.size())], Type::person); word("scored"); word("twice"); word("as"); team(); word("won");
        word("at"); team(); word("."); break;
      case 4: team(); for (int i = 0; i < 6; ++i) score(); break;
      default:
        word("In"); add_words(places[pick(places.size())], Type::place); word(","); team(); word("lost"); word("to"); team(); word(".");
        break;
    }
    out.push_back(std::move(g));
  }
  return out;
}

struct Example {
  std::vector<Word> words;
  SentenceInfo info;
  std::vector<std::uint8_t> gold;
  std::vector<Span> spans;
};

Example make_example(const Gold& g, const lexicon::Knowledge& k) {
  Example e;
  std::vector<std::string_view> views(g.forms.begin(), g.forms.end());
  prepare(views, k, e.words, e.info);
  e.gold = encode(g.spans, g.forms.size());
  e.spans = g.spans;
  return e;
}

// Averaged structured perceptron: emission rows (tag_count weights per
// feature, made on the first update) and a transition table.
class Perceptron {
 public:
  void emissions(const Example& e, std::vector<float>& out, const std::vector<float>* weights) const {
    std::size_t n = e.words.size();
    out.assign(n * tag_count, 0.0f);
    const std::vector<float>& w = weights ? *weights : w_;
    std::uint64_t keys[max_features];
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t count = features(e.words.data(), n, i, e.info, keys);
      for (std::size_t f = 0; f < count; ++f) {
        auto it = index_.find(keys[f]);
        if (it == index_.end()) continue;
        const float* row = &w[static_cast<std::size_t>(it->second) * tag_count];
        for (std::size_t c = 0; c < tag_count; ++c) out[i * tag_count + c] += row[c];
      }
    }
  }
  void update(const Example& e, const std::vector<std::uint8_t>& guess) {
    std::size_t n = e.words.size();
    std::uint64_t keys[max_features];
    for (std::size_t i = 0; i < n; ++i) {
      if (guess[i] != e.gold[i]) {
        std::size_t count = features(e.words.data(), n, i, e.info, keys);
        for (std::size_t f = 0; f < count; ++f) {
          std::size_t row = row_of(keys[f]) * tag_count;
          bump(w_, u_, row + e.gold[i], 1.0f);
          bump(w_, u_, row + guess[i], -1.0f);
        }
      }
      std::size_t gp = i == 0 ? tag_count : e.gold[i - 1], pp = i == 0 ? tag_count : guess[i - 1];
      if (gp != pp || guess[i] != e.gold[i]) {
        bump(t_w_, t_u_, gp * tag_count + e.gold[i], 1.0f);
        bump(t_w_, t_u_, pp * tag_count + guess[i], -1.0f);
      }
    }
  }
  void tick() { t_ += 1.0; }
  std::vector<float> averaged() const { return average(w_, u_); }
  std::vector<float> averaged_transitions() const { return average(t_w_, t_u_); }
  std::vector<float> transitions() const { return t_w_; }
  std::size_t rows() const { return index_.size(); }
  const std::unordered_map<std::uint64_t, std::uint32_t>& index() const { return index_; }

 private:
  void bump(std::vector<float>& w, std::vector<double>& u, std::size_t at, float delta) {
    w[at] += delta;
    u[at] += t_ * delta;
  }
  std::vector<float> average(const std::vector<float>& w, const std::vector<double>& u) const {
    std::vector<float> avg(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) avg[i] = static_cast<float>(w[i] - u[i] / t_);
    return avg;
  }
  std::size_t row_of(std::uint64_t key) {
    auto [it, inserted] = index_.try_emplace(key, static_cast<std::uint32_t>(index_.size()));
    if (inserted) {
      w_.resize(w_.size() + tag_count, 0.0f);
      u_.resize(u_.size() + tag_count, 0.0);
    }
    return it->second;
  }
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<float> w_;
  std::vector<double> u_;
  std::vector<float> t_w_ = std::vector<float>((tag_count + 1) * tag_count, 0.0f);
  std::vector<double> t_u_ = std::vector<double>((tag_count + 1) * tag_count, 0.0);
  double t_ = 1.0;
};

struct Counts {
  std::size_t gold[type_count] = {}, predicted[type_count] = {}, correct[type_count] = {};
  void add(const std::vector<Span>& gold_spans, const std::vector<Span>& predicted_spans) {
    for (const auto& s : gold_spans) ++gold[static_cast<int>(s.type)];
    for (const auto& s : predicted_spans) {
      ++predicted[static_cast<int>(s.type)];
      if (std::find(gold_spans.begin(), gold_spans.end(), s) != gold_spans.end()) ++correct[static_cast<int>(s.type)];
    }
  }
  static double f1(std::size_t g, std::size_t p, std::size_t c) {
    return g + p == 0 ? 0.0 : 200.0 * static_cast<double>(c) / static_cast<double>(g + p);
  }
  double overall() const {
    std::size_t g = 0, p = 0, c = 0;
    for (std::size_t t = 0; t < type_count; ++t) g += gold[t], p += predicted[t], c += correct[t];
    return f1(g, p, c);
  }
  void print(std::ostream& out, const std::string& name) const {
    out << std::fixed << std::setprecision(2);
    for (std::size_t t = 0; t < type_count; ++t) {
      double precision = predicted[t] ? 100.0 * static_cast<double>(correct[t]) / static_cast<double>(predicted[t]) : 0;
      double recall = gold[t] ? 100.0 * static_cast<double>(correct[t]) / static_cast<double>(gold[t]) : 0;
      out << name << " " << type_name(static_cast<Type>(t)) << " P " << precision << " R " << recall << " F1 "
          << f1(gold[t], predicted[t], correct[t]) << " (gold " << gold[t] << ")\n";
    }
    out << name << " F1(PER+ORG+LOC) = " << overall() << "\n";
  }
};

Counts evaluate(const Perceptron& p, const std::vector<float>& weights, const std::vector<float>& transitions,
                const std::vector<Example>& data) {
  Counts counts;
  std::vector<float> emissions;
  for (const auto& e : data) {
    p.emissions(e, emissions, &weights);
    counts.add(e.spans, decode(viterbi(emissions, transitions, e.words.size())));
  }
  return counts;
}

syntax::ModelData freeze(const Perceptron& p, const std::vector<float>& w, const std::vector<float>& t, int prune,
                         const std::string& description) {
  std::vector<float> magnitudes;
  for (float a : w)
    if (a != 0.0f) magnitudes.push_back(std::fabs(a));
  float top = 1.0f;
  if (!magnitudes.empty()) {
    std::size_t at = magnitudes.size() - 1 - magnitudes.size() / 100000;
    std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<std::ptrdiff_t>(at), magnitudes.end());
    top = std::max(magnitudes[at], 1e-6f);
  }
  for (float a : t) top = std::max(top, std::fabs(a) * 0.5f);
  float scale = 16000.0f / top;
  auto quantise = [&](float v) {
    return static_cast<std::int16_t>(std::clamp(std::round(v * scale), -32767.0f, 32767.0f));
  };
  syntax::ModelData data;
  data.description = description;
  for (std::uint8_t tag = 0; tag < tag_count; ++tag) data.upos.push_back(tag_name(tag));
  data.upos_tagger.classes = static_cast<std::uint32_t>(tag_count);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows(p.index().begin(), p.index().end());
  std::sort(rows.begin(), rows.end());
  std::int16_t q[tag_count];
  for (auto [key, row] : rows) {
    int largest = 0;
    for (std::size_t c = 0; c < tag_count; ++c) {
      q[c] = quantise(w[static_cast<std::size_t>(row) * tag_count + c]);
      largest = std::max(largest, std::abs(static_cast<int>(q[c])));
    }
    if (largest < std::max(prune, 1)) continue;
    data.upos_tagger.keys.push_back(key);
    data.upos_tagger.weights.insert(data.upos_tagger.weights.end(), q, q + tag_count);
  }
  data.transitions.classes = static_cast<std::uint32_t>(tag_count);
  std::vector<std::pair<std::uint64_t, std::size_t>> keys;
  for (std::size_t previous = 0; previous <= tag_count; ++previous) keys.push_back({transition_key(previous), previous});
  std::sort(keys.begin(), keys.end());
  for (auto [key, previous] : keys) {
    data.transitions.keys.push_back(key);
    for (std::size_t c = 0; c < tag_count; ++c) data.transitions.weights.push_back(quantise(t[previous * tag_count + c]));
  }
  return data;
}

void evaluate_files(const std::string& model_path, const std::vector<std::string>& files,
                    const lexicon::Knowledge& k) {
  auto labeller = Labeller::open(model_path);
  for (const auto& path : files) {
    Counts counts;
    std::size_t tokens = 0;
    double seconds = 0;
    for (const auto& g : read_iob2(path)) {
      std::vector<std::string_view> views(g.forms.begin(), g.forms.end());
      auto start = Clock::now();
      auto spans = labeller->label(views, k);
      seconds += std::chrono::duration<double>(Clock::now() - start).count();
      tokens += views.size();
      counts.add(g.spans, spans);
    }
    std::string name = path.substr(path.find_last_of('/') + 1);
    counts.print(std::cout, name);
    std::cout << name << " speed " << std::setprecision(0) << (seconds > 0 ? static_cast<double>(tokens) / seconds : 0)
              << " tokens/s (one core, features + gazetteer + Viterbi), " << tokens << " tokens\n";
  }
}

}  // namespace

int train_ner(int argc, char** argv) {
  po::options_description options("newskg-train ner options");
  options.add_options()
      ("iob2", po::value<std::vector<std::string>>(), "IOB2 training file (UNER); may be repeated")
      ("gum", po::value<std::vector<std::string>>(), "CoNLL-U file with GUM's entity layer; may be repeated")
      ("dev", po::value<std::string>(), "IOB2 file for choosing the epoch")
      ("output,o", po::value<std::string>(), "the model file to write")
      ("seed", po::value<std::uint64_t>()->default_value(1), "random seed (shuffles, casing augmentation)")
      ("epochs", po::value<int>()->default_value(10), "training epochs (the best on --dev is kept)")
      ("upper-share", po::value<double>()->default_value(0.15), "share of sentences also trained upper-cased")
      ("title-share", po::value<double>()->default_value(0.15), "share of sentences also trained title-cased")
      ("synthetic", po::value<std::size_t>()->default_value(0), "synthetic sentences of sports results to add")
      ("prune", po::value<int>()->default_value(2), "drop rows whose largest quantised weight is under this")
      ("description", po::value<std::string>()->default_value(""), "text stored in the model (data, licence)")
      ("model", po::value<std::string>(), "with --evaluate: the model to score")
      ("evaluate", po::value<std::vector<std::string>>()->multitoken(), "score --model on these IOB2 files (exact spans)")
      ("show", po::value<std::vector<std::string>>()->multitoken(),
       "with --model: label these sentences (tokens split at spaces) and print the spans")
      ("help,h", "print this help");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, options), vm);
    if (vm.count("help")) {
      std::cout << "newskg-train ner: train or score the entity labeller.\n\n" << options;
      return 0;
    }
    po::notify(vm);
    auto knowledge = lexicon::Knowledge::standard();
    if (vm.count("show") && vm.count("model")) {
      auto labeller = Labeller::open(vm["model"].as<std::string>());
      for (const auto& sentence : vm["show"].as<std::vector<std::string>>()) {
        auto forms = split(sentence, ' ');
        std::vector<std::string_view> views(forms.begin(), forms.end());
        std::cout << sentence << "\n";
        for (const auto& span : labeller->label(views, *knowledge)) {
          std::cout << "  " << type_name(span.type) << " " << std::setprecision(3) << span.confidence << " ";
          for (std::size_t i = span.first; i < span.end; ++i) std::cout << forms[i] << (i + 1 < span.end ? " " : "\n");
        }
      }
      return 0;
    }
    if (vm.count("evaluate")) {
      if (!vm.count("model")) throw Error(Status::bad_argument, "--evaluate needs --model");
      evaluate_files(vm["model"].as<std::string>(), vm["evaluate"].as<std::vector<std::string>>(), *knowledge);
      return 0;
    }
    if (!vm.count("output") || !vm.count("dev")) throw Error(Status::bad_argument, "training needs --dev and --output");
    auto start = Clock::now();
    std::mt19937_64 rng(vm["seed"].as<std::uint64_t>());
    std::vector<Gold> golds;
    if (vm.count("iob2"))
      for (const auto& path : vm["iob2"].as<std::vector<std::string>>()) {
        auto part = read_iob2(path);
        std::cout << path << ": " << part.size() << " sentences\n";
        golds.insert(golds.end(), part.begin(), part.end());
      }
    if (vm.count("gum"))
      for (const auto& path : vm["gum"].as<std::vector<std::string>>()) {
        std::size_t dropped = 0;
        auto part = read_gum(path, *knowledge, dropped);
        std::size_t spans = 0;
        for (const auto& g : part) spans += g.spans.size();
        std::cout << path << ": " << part.size() << " sentences, " << spans << " named spans; " << dropped
                  << " sentences left out (a span not trimmable to its proper nouns)\n";
        golds.insert(golds.end(), part.begin(), part.end());
      }
    if (std::size_t n = vm["synthetic"].as<std::size_t>()) {
      auto part = synthetic_results(*knowledge, n, rng);
      std::cout << "synthetic results: " << part.size() << " sentences\n";
      golds.insert(golds.end(), part.begin(), part.end());
    }
    double upper = vm["upper-share"].as<double>(), title = vm["title-share"].as<double>();
    std::vector<Example> train;
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::size_t augmented = 0;
    for (const auto& g : golds) {
      train.push_back(make_example(g, *knowledge));
      double r = coin(rng);
      if (r < upper) {
        train.push_back(make_example(upper_cased(g), *knowledge));
        ++augmented;
      } else if (r < upper + title) {
        train.push_back(make_example(title_cased(g), *knowledge));
        ++augmented;
      }
    }
    std::vector<Example> dev;
    for (const auto& g : read_iob2(vm["dev"].as<std::string>())) dev.push_back(make_example(g, *knowledge));
    std::cout << "training: " << train.size() << " sentences (" << augmented << " re-cased copies); dev "
              << dev.size() << std::endl;

    Perceptron p;
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> emissions, best_w, best_t;
    double best_f1 = -1;
    int best_epoch = 0;
    int epochs = vm["epochs"].as<int>();
    for (int epoch = 1; epoch <= epochs; ++epoch) {
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      std::size_t errors = 0;
      for (std::size_t index : order) {
        const Example& e = train[index];
        p.emissions(e, emissions, nullptr);
        auto guess = viterbi(emissions, p.transitions(), e.words.size());
        if (guess != e.gold) {
          ++errors;
          p.update(e, guess);
        }
        p.tick();
      }
      auto w = p.averaged();
      auto t = p.averaged_transitions();
      Counts counts = evaluate(p, w, t, dev);
      std::cout << "epoch " << epoch << ": " << errors << " sentences wrong, " << p.rows() << " rows; dev F1 "
                << std::fixed << std::setprecision(2) << counts.overall() << " ("
                << std::chrono::duration<double>(Clock::now() - start).count() << " s)" << std::endl;
      if (counts.overall() > best_f1) {
        best_f1 = counts.overall();
        best_epoch = epoch;
        best_w = std::move(w);
        best_t = std::move(t);
      }
    }
    std::ostringstream description;
    description << "newskg entity labeller (PER/ORG/LOC, BILOU). " << vm["description"].as<std::string>()
                << " Epoch " << best_epoch << " of " << epochs << ", seed " << vm["seed"].as<std::uint64_t>()
                << ", dev F1 " << std::fixed << std::setprecision(2) << best_f1 << ".";
    syntax::ModelData data = freeze(p, best_w, best_t, vm["prune"].as<int>(), description.str());
    std::string bytes = syntax::save_model(data);
    std::string output = vm["output"].as<std::string>();
    {
      std::ofstream out(output, std::ios::binary);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out) throw Error(Status::io_error, "cannot write " + output);
    }
    std::cout << "wrote " << output << ": " << bytes.size() << " bytes, " << data.upos_tagger.keys.size()
              << " rows; epoch " << best_epoch << std::endl;
    // The figures of the written file.
    auto labeller = Labeller::open(output);
    Counts counts;
    for (const auto& e : dev) counts.add(e.spans, labeller->label(e.words, e.info));
    counts.print(std::cout, "dev (written model)");
    return 0;
  } catch (const po::error& e) {
    std::cerr << "newskg-train ner: " << e.what() << "\n";
    return 2;
  } catch (const Error& e) {
    std::cerr << "newskg-train ner: " << e.what() << "\n";
    return e.status() == Status::bad_argument ? 2 : 1;
  }
}
