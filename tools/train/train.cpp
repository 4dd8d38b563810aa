// newskg-train: trains the syntax model (tagger, lemmatiser, parser) from
// CoNLL-U treebanks and writes one model file (src/newskg/syntax/model.hpp).
//
//   newskg-train --train EWT-train.conllu --train GUM-train.conllu
//                --dev EWT-dev.conllu -o models/en_ud.nkgm [--seed 1]
//
// Reproducible: one seed drives every shuffle and every exploration choice,
// and the model file is a function of the data and the options only.
//
// 1. Lemmatiser: per (UPOS, suffix of up to 6 code points) the most frequent
//    rewrite rule; exceptions for (form, UPOS) pairs the rules get wrong.
// 2. Taggers: averaged perceptrons for UPOS and XPOS, greedy left to right.
//    Jackknifed (--folds, default 4): the parser is trained on tags predicted
//    by taggers that did not see the sentence, as it will see them at run time.
// 3. Parser: arc-hybrid moves and arc labels, averaged perceptrons, dynamic
//    oracle with exploration after the first epoch. Non-projective training
//    trees are projectivised by lifting (transition.hpp) rather than skipped,
//    so no sentence is lost. The epoch with the best LAS on --dev is kept.
// Weights are averaged, pruned (rows whose weights all round to 0) and
// quantised to int16; the dev figures printed are those of the written file.
#include <boost/program_options.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "newskg/error.hpp"
#include "newskg/syntax/conllu.hpp"
#include "newskg/syntax/features.hpp"
#include "newskg/syntax/model.hpp"
#include "newskg/syntax/parser.hpp"
#include "newskg/text/utf8.hpp"

namespace po = boost::program_options;
using namespace newskg;
using namespace newskg::syntax;

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// An averaged perceptron over hashed features, one row of class weights per
// feature, rows made on the first update. Averaging by the usual trick:
// avg = w - u / t, where u sums t * delta.
class Perceptron {
 public:
  explicit Perceptron(std::uint32_t classes) : classes_(classes) {}
  std::uint32_t classes() const { return classes_; }

  void score(const std::uint64_t* keys, std::size_t n, float* scores) const {
    std::fill(scores, scores + classes_, 0.0f);
    for (std::size_t f = 0; f < n; ++f) {
      auto it = index_.find(keys[f]);
      if (it == index_.end()) continue;
      const float* w = &w_[static_cast<std::size_t>(it->second) * classes_];
      for (std::uint32_t c = 0; c < classes_; ++c) scores[c] += w[c];
    }
  }
  void update(const std::uint64_t* keys, std::size_t n, std::uint32_t truth, std::uint32_t guess) {
    if (truth == guess) return;
    for (std::size_t f = 0; f < n; ++f) {
      std::size_t row = row_of(keys[f]) * classes_;
      w_[row + truth] += 1.0f;
      u_[row + truth] += t_;
      w_[row + guess] -= 1.0f;
      u_[row + guess] -= t_;
    }
  }
  void tick() { t_ += 1.0; }

  std::vector<float> averaged() const {
    std::vector<float> avg(w_.size());
    for (std::size_t i = 0; i < w_.size(); ++i) avg[i] = static_cast<float>(w_[i] - u_[i] / t_);
    return avg;
  }
  // The averaged weights as a frozen classifier: int16, rows that round to 0 dropped.
  // Rows whose largest weight is under `prune` (in int16 units) are dropped
  // too, and beyond `max_rows` rows only those with the largest weights stay.
  ClassifierData freeze(int prune = 1, std::size_t max_rows = 0) const {
    std::vector<float> avg = averaged();
    std::vector<float> magnitudes;
    magnitudes.reserve(avg.size());
    for (float a : avg)
      if (a != 0.0f) magnitudes.push_back(std::fabs(a));
    float top = 1.0f;
    if (!magnitudes.empty()) {
      // Scale so that all but the largest 0.001% fit; those are clipped.
      std::size_t at = magnitudes.size() - 1 - magnitudes.size() / 100000;
      std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<std::ptrdiff_t>(at), magnitudes.end());
      top = std::max(magnitudes[at], 1e-6f);
    }
    float scale = 32000.0f / top;
    ClassifierData out;
    out.classes = classes_;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> rows(index_.begin(), index_.end());
    std::sort(rows.begin(), rows.end());
    if (max_rows && rows.size() > max_rows) {
      std::vector<std::pair<float, std::size_t>> weight(rows.size());
      for (std::size_t r = 0; r < rows.size(); ++r) {
        float largest = 0;
        for (std::uint32_t c = 0; c < classes_; ++c)
          largest = std::max(largest, std::fabs(avg[static_cast<std::size_t>(rows[r].second) * classes_ + c]));
        weight[r] = {-largest, r};
      }
      std::nth_element(weight.begin(), weight.begin() + static_cast<std::ptrdiff_t>(max_rows), weight.end());
      std::vector<std::pair<std::uint64_t, std::uint32_t>> kept;
      for (std::size_t r = 0; r < max_rows; ++r) kept.push_back(rows[weight[r].second]);
      std::sort(kept.begin(), kept.end());
      rows = std::move(kept);
    }
    std::vector<std::int16_t> q(classes_);
    for (auto [key, row] : rows) {
      int largest = 0;
      for (std::uint32_t c = 0; c < classes_; ++c) {
        float v = std::clamp(std::round(avg[static_cast<std::size_t>(row) * classes_ + c] * scale), -32767.0f, 32767.0f);
        q[c] = static_cast<std::int16_t>(v);
        largest = std::max(largest, std::abs(static_cast<int>(q[c])));
      }
      if (largest < std::max(prune, 1)) continue;
      out.keys.push_back(key);
      out.weights.insert(out.weights.end(), q.begin(), q.end());
    }
    return out;
  }
  std::size_t rows() const { return index_.size(); }

 private:
  std::size_t row_of(std::uint64_t key) {
    auto [it, inserted] = index_.try_emplace(key, static_cast<std::uint32_t>(index_.size()));
    if (inserted) {
      w_.resize(w_.size() + classes_, 0.0f);
      u_.resize(u_.size() + classes_, 0.0);
    }
    return it->second;
  }

  std::uint32_t classes_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<float> w_;
  std::vector<double> u_;
  double t_ = 1.0;
};

// One table for UPOS and XPOS (the taggers read the same features): the
// union of their rows, UPOS classes first, zeros where one of them has no row.
ClassifierData joint_tagger(const ClassifierData& upos, const ClassifierData& xpos) {
  std::map<std::uint64_t, std::pair<const std::int16_t*, const std::int16_t*>> rows;
  for (std::size_t r = 0; r < upos.keys.size(); ++r) rows[upos.keys[r]].first = &upos.weights[r * upos.classes];
  for (std::size_t r = 0; r < xpos.keys.size(); ++r) rows[xpos.keys[r]].second = &xpos.weights[r * xpos.classes];
  ClassifierData out;
  out.classes = upos.classes + xpos.classes;
  for (const auto& [key, row] : rows) {
    out.keys.push_back(key);
    for (std::uint32_t c = 0; c < upos.classes; ++c) out.weights.push_back(row.first ? row.first[c] : 0);
    for (std::uint32_t c = 0; c < xpos.classes; ++c) out.weights.push_back(row.second ? row.second[c] : 0);
  }
  return out;
}

template <class Rng>
void shuffle(std::vector<std::size_t>& order, Rng& rng) {
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

// A training sentence with label ids.
struct Sentence {
  std::vector<std::string> forms;
  std::vector<std::uint8_t> upos, xpos, deprel;
  std::vector<int> heads;  // 0..n, heads[0] unused; projectivised
  std::vector<WordAtoms> atoms;
  std::vector<std::uint8_t> pred_upos, pred_xpos;  // jackknifed
};

struct Labels {
  std::vector<std::string> names;
  std::map<std::string, std::uint8_t> ids;
  std::uint8_t id(const std::string& name) const {
    auto it = ids.find(name);
    return it == ids.end() ? 0 : it->second;
  }
};

Labels make_labels(const std::vector<ConlluSentence>& data, std::string ConlluWord::*field) {
  std::map<std::string, std::size_t> counts;
  for (const auto& s : data)
    for (const auto& w : s.words) ++counts[w.*field];
  Labels labels;
  for (const auto& [name, count] : counts) {
    if (labels.names.size() >= 250) throw Error(Status::bad_input, "more than 250 distinct labels");
    labels.ids[name] = static_cast<std::uint8_t>(labels.names.size());
    labels.names.push_back(name);
  }
  return labels;
}

class Tagger {
 public:
  Tagger(std::uint32_t upos, std::uint32_t xpos) : upos_(upos), xpos_(xpos) {}

  // `min_count` > 0: also collect the tag dictionary of `subset` (forms seen
  // at least min_count times -> their UPOS set) for Parser::tag. Training
  // itself scores every class: restricting its guesses too (one run, seed 1)
  // lowered EWT test UPOS from 95.00 to 94.78, while the same taggers with
  // the dictionary applied at tagging time only gave 95.06 (models/README.md).
  void train(const std::vector<Sentence>& data, const std::vector<std::size_t>& subset, int epochs,
             std::mt19937_64& rng, int min_count = 0) {
    dictionary_.clear();
    if (min_count > 0) {
      std::unordered_map<std::uint64_t, std::pair<std::size_t, std::uint32_t>> seen;
      for (std::size_t index : subset)
        for (std::size_t i = 0; i < data[index].forms.size(); ++i) {
          auto& entry = seen[data[index].atoms[i].form];
          ++entry.first;
          entry.second |= 1u << data[index].upos[i];
        }
      for (const auto& [form, entry] : seen)
        if (entry.first >= static_cast<std::size_t>(min_count)) dictionary_[form] = entry.second;
    }
    std::vector<std::size_t> order = subset;
    std::vector<float> scores(std::max(upos_.classes(), xpos_.classes()));
    std::vector<std::uint8_t> tags;
    std::uint64_t features[max_tagger_features];
    for (int epoch = 0; epoch < epochs; ++epoch) {
      shuffle(order, rng);
      for (std::size_t index : order) {
        const Sentence& s = data[index];
        std::size_t n = s.forms.size();
        tags.assign(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
          std::size_t count = tagger_features(s.atoms.data(), n, i, tags.data(), features);
          std::uint32_t guess = best(upos_, features, count, scores.data());
          upos_.update(features, count, s.upos[i], guess);
          upos_.tick();
          tags[i] = static_cast<std::uint8_t>(guess);  // the history is predicted, as at run time
          guess = best(xpos_, features, count, scores.data());
          xpos_.update(features, count, s.xpos[i], guess);
          xpos_.tick();
        }
      }
    }
  }

  const Perceptron& upos() const { return upos_; }
  const Perceptron& xpos() const { return xpos_; }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> dictionary() const {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> out(dictionary_.begin(), dictionary_.end());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  static std::uint32_t best(const Perceptron& p, const std::uint64_t* f, std::size_t n, float* scores) {
    p.score(f, n, scores);
    return static_cast<std::uint32_t>(std::max_element(scores, scores + p.classes()) - scores);
  }
  Perceptron upos_, xpos_;
  std::unordered_map<std::uint64_t, std::uint32_t> dictionary_;
};


// The lemma rule turning `form` into `lemma` (code points).
LemmaRule rule_for(const std::vector<char32_t>& form, const std::vector<char32_t>& lower,
                   const std::vector<char32_t>& lemma) {
  auto common = [&](const std::vector<char32_t>& a) {
    std::size_t k = 0;
    while (k < a.size() && k < lemma.size() && a[k] == lemma[k]) ++k;
    return k;
  };
  std::size_t cased = common(form), lowered = common(lower);
  LemmaRule rule;
  rule.lower = lowered > cased;
  std::size_t keep = rule.lower ? lowered : cased;
  rule.strip = static_cast<std::uint8_t>(std::min<std::size_t>(form.size() - keep, 255));
  for (std::size_t k = keep; k < lemma.size(); ++k) text::append_utf8(rule.append, lemma[k]);
  return rule;
}

std::vector<char32_t> decode(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t pos = 0; pos < s.size();) out.push_back(text::next_code_point(s, pos));
  return out;
}

std::string apply_rule(const LemmaRule& rule, const std::vector<char32_t>& form, const std::vector<char32_t>& lower) {
  std::string out;
  if (rule.strip > form.size()) return out;
  const auto& source = rule.lower ? lower : form;
  for (std::size_t i = 0; i + rule.strip < source.size(); ++i) text::append_utf8(out, source[i]);
  return out + rule.append;
}

struct RuleKey {
  bool operator<(const RuleKey& o) const {
    return std::tie(lower, strip, append) < std::tie(o.lower, o.strip, o.append);
  }
  bool lower;
  std::uint8_t strip;
  std::string append;
};

void learn_lemmas(const std::vector<ConlluSentence>& data, const Labels& upos, ModelData& model) {
  // (UPOS, suffix length, suffix hash) -> rule -> count
  std::map<std::uint64_t, std::map<RuleKey, std::size_t>> rule_counts;
  std::vector<char32_t> lower;
  for (const auto& s : data)
    for (const auto& w : s.words) {
      if (w.lemma == "_") continue;
      int tag = upos.id(w.upos);
      std::vector<char32_t> form = decode(w.form), lemma = decode(w.lemma);
      lower_code_points(w.form, lower);
      LemmaRule rule = rule_for(form, lower, lemma);
      std::size_t n = lower.size();
      // A rule keyed by a suffix rewrites within that suffix, and never covers
      // the whole word (whole words are exceptions).
      for (std::size_t k = 0; k <= std::min(n - (n > 0), max_lemma_suffix); ++k)
        if (rule.strip <= k || k == 0)
        ++rule_counts[lemma_rule_key(hash_code_points(lower.data() + (n - k), k), k, tag)]
                     [{rule.lower, rule.strip, rule.append}];
    }
  // A suffix keeps a rule when seen at least twice (or it is the empty suffix).
  std::map<std::uint64_t, LemmaRule> rules;
  for (const auto& [key, counts] : rule_counts) {
    std::size_t total = 0, top = 0;
    const RuleKey* best = nullptr;
    for (const auto& [rule, count] : counts) {
      total += count;
      if (count > top) {
        top = count;
        best = &rule;
      }
    }
    if (total < 2) continue;
    rules[key] = LemmaRule{best->lower, best->strip, best->append};
  }
  for (const auto& [key, rule] : rules) model.lemma_rules.emplace_back(key, rule);
  // Exceptions: (lower form, UPOS) whose most frequent lemma the rules miss.
  auto predict = [&](const std::vector<char32_t>& form, const std::vector<char32_t>& low, int tag) {
    std::size_t n = low.size();
    for (std::size_t k = std::min(n, max_lemma_suffix) + 1; k-- > 0;) {
      auto it = rules.find(lemma_rule_key(hash_code_points(low.data() + (n - k), k), k, tag));
      if (it != rules.end() && it->second.strip <= n) return apply_rule(it->second, form, low);
    }
    std::string out;
    for (char32_t c : form) text::append_utf8(out, c);
    return out;
  };
  std::map<std::uint64_t, std::map<std::string, std::pair<std::size_t, std::size_t>>> lemmas;  // -> lemma -> (count, rule right)
  for (const auto& s : data)
    for (const auto& w : s.words) {
      if (w.lemma == "_") continue;
      int tag = upos.id(w.upos);
      std::vector<char32_t> form = decode(w.form);
      lower_code_points(w.form, lower);
      auto& entry = lemmas[lemma_exception_key(hash_code_points(lower.data(), lower.size()), tag)][w.lemma];
      ++entry.first;
      entry.second += predict(form, lower, tag) == w.lemma;
    }
  for (const auto& [key, by_lemma] : lemmas) {
    std::size_t right = 0, top = 0;
    const std::string* best = nullptr;
    for (const auto& [lemma, counts] : by_lemma) {
      right += counts.second;
      if (counts.first > top) {
        top = counts.first;
        best = &lemma;
      }
    }
    // Rules right more often than the most frequent lemma would be: no exception.
    if (right >= top) continue;
    model.lemma_exceptions.emplace_back(key, *best);
  }
}

Sentence make_sentence(const ConlluSentence& c, const Labels& upos, const Labels& xpos, const Labels& deprels,
                       std::size_t& lifted) {
  Sentence s;
  std::vector<char32_t> scratch;
  s.heads.push_back(0);
  for (const auto& w : c.words) {
    s.forms.push_back(w.form);
    s.upos.push_back(upos.id(w.upos));
    s.xpos.push_back(xpos.id(w.xpos));
    s.deprel.push_back(deprels.id(w.deprel));
    s.heads.push_back(w.head);
    WordAtoms a;
    word_atoms(w.form, scratch, a);
    s.atoms.push_back(a);
  }
  if (projectivise(s.heads) > 0) ++lifted;
  return s;
}

ModelData base_model(const Labels& upos, const Labels& xpos, const Labels& deprels) {
  ModelData m;
  m.upos = upos.names;
  m.xpos = xpos.names;
  m.deprels = deprels.names;
  m.transitions.classes = move_count;
  m.labeller.classes = static_cast<std::uint32_t>(deprels.names.size());
  m.upos_tagger.classes = static_cast<std::uint32_t>(upos.names.size());
  m.xpos_tagger.classes = static_cast<std::uint32_t>(xpos.names.size());
  return m;
}

class ParserTrainer {
 public:
  ParserTrainer(std::uint32_t labels, int root) : moves_(move_count), labeller_(labels), root_(root) {}

  void epoch(const std::vector<Sentence>& data, std::mt19937_64& rng, bool explore) {
    std::vector<std::size_t> order(data.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    shuffle(order, rng);
    std::uint64_t features[max_parser_features];
    std::vector<float> scores(std::max<std::uint32_t>(labeller_.classes(), move_count));
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    for (std::size_t index : order) {
      const Sentence& s = data[index];
      int n = static_cast<int>(s.forms.size());
      words_.resize(static_cast<std::size_t>(n) + 1);
      for (int i = 0; i < n; ++i)
        words_[static_cast<std::size_t>(i) + 1] = {s.atoms[i].lower, s.atoms[i].suffix[2], s.pred_upos[i], s.pred_xpos[i]};
      state_.reset(n);
      while (!state_.terminal()) {
        std::size_t count = parser_features(state_, words_.data(), features);
        moves_.score(features, count, scores.data());
        int costs[move_count];
        int min_cost = 1 << 30;
        for (int m = 0; m < move_count; ++m) {
          costs[m] = move_cost(state_, static_cast<Move>(m), s.heads);
          if (state_.legal(static_cast<Move>(m))) min_cost = std::min(min_cost, costs[m]);
        }
        int predicted = -1, gold = -1;
        for (int m = 0; m < move_count; ++m) {
          if (!state_.legal(static_cast<Move>(m))) continue;
          if (predicted < 0 || scores[m] > scores[predicted]) predicted = m;
          if (costs[m] == min_cost && (gold < 0 || scores[m] > scores[gold])) gold = m;
        }
        if (costs[predicted] > min_cost)
          moves_.update(features, count, static_cast<std::uint32_t>(gold), static_cast<std::uint32_t>(predicted));
        moves_.tick();
        int next = explore && costs[predicted] > min_cost && coin(rng) < 0.9 ? predicted : gold;
        if (costs[predicted] == min_cost) next = predicted;
        int label = -1;
        if (next != shift) {
          Move move = static_cast<Move>(next);
          int head = state_.arc_head(move), dep = state_.s(0);
          if (head == 0) {
            label = root_;
          } else {
            std::size_t lcount = label_features(state_, words_.data(), move, features);
            labeller_.score(features, lcount, scores.data());
            int guess = -1;
            for (int c = 0; c < static_cast<int>(labeller_.classes()); ++c)
              if (c != root_ && (guess < 0 || scores[c] > scores[guess])) guess = c;
            label = guess;
            if (s.heads[dep] == head) {
              int truth = s.deprel[dep - 1];
              labeller_.update(features, lcount, static_cast<std::uint32_t>(truth), static_cast<std::uint32_t>(guess));
              labeller_.tick();
              label = truth;
            }
          }
        }
        state_.apply(static_cast<Move>(next), label);
      }
    }
  }

  const Perceptron& moves() const { return moves_; }
  const Perceptron& labeller() const { return labeller_; }

 private:
  Perceptron moves_, labeller_;
  int root_;
  ParseState state_;
  std::vector<ParserWord> words_;
};

void print_scores(const char* what, const Scores& s) {
  std::cout << what << ": UPOS " << s.percent(s.upos) << " XPOS " << s.percent(s.xpos) << " lemma "
            << s.percent(s.lemma) << " UAS " << s.percent(s.uas) << " LAS " << s.percent(s.las) << " (full labels "
            << s.percent(s.las_full) << ")" << std::endl;
}

std::vector<ConlluSentence> read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Status::io_error, "cannot open " + path);
  return read_conllu(in, path);
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description options("newskg-train options");
  options.add_options()
      ("train", po::value<std::vector<std::string>>()->required(), "a CoNLL-U training file; may be repeated")
      ("dev", po::value<std::string>()->required(), "CoNLL-U file for choosing the parser epoch and reporting")
      ("output,o", po::value<std::string>()->required(), "the model file to write")
      ("seed", po::value<std::uint64_t>()->default_value(1), "random seed (shuffles, exploration)")
      ("tagger-epochs", po::value<int>()->default_value(8), "tagger training epochs")
      ("parser-epochs", po::value<int>()->default_value(12), "parser training epochs (the best on --dev is kept)")
      ("folds", po::value<int>()->default_value(4), "jackknife folds for the parser's training tags (1: gold tags)")
      ("prune", po::value<int>()->default_value(1),
       "drop feature rows whose largest quantised weight (of 32000) is under this: a smaller model")
      ("rows", po::value<std::vector<std::size_t>>()->multitoken(),
       "largest number of feature rows kept for UPOS, XPOS, moves and labels (4 numbers; 0: all): "
       "the rows with the largest weights stay")
      ("size-sweep", po::value<std::vector<double>>()->multitoken(),
       "also write OUT.F with --rows scaled by each factor F, and report its size and dev figures")
      ("description", po::value<std::string>()->default_value(""), "text stored in the model (data, licence)")
      ("tags-cache", po::value<std::string>(),
       "read the jackknifed training tags from FILE when it exists (it must come from the same data, seed, folds "
       "and tagger features: only the sentence count is checked), else write them there; the model is the same "
       "either way, the jackknife is skipped")
      ("tag-dictionary", po::value<int>()->default_value(0),
       "forms seen at least N times are tagged only with UPOS tags they took in training (0: no dictionary)")
      ("tagger-from", po::value<std::string>(),
       "experiments: take the taggers (and lemmatiser) of this model instead of training them")
      ("convert", po::value<std::string>(),
       "rewrite the model FILE in this program's format (same weights; UPOS and XPOS tables joined; "
       "--description replaces its description when given) to --output, and exit")
      ("help,h", "print this help");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, options), vm);
    if (vm.count("help")) {
      std::cout << "newskg-train: train the newskg syntax model from CoNLL-U treebanks.\n\n" << options;
      return 0;
    }
    if (vm.count("convert")) {
      if (!vm.count("output")) throw Error(Status::bad_argument, "--convert needs --output");
      ModelData m = Model::open(vm["convert"].as<std::string>())->data();
      if (!vm["description"].as<std::string>().empty()) m.description = vm["description"].as<std::string>();
      if (m.xpos_tagger.classes != 0) {
        m.upos_tagger = joint_tagger(m.upos_tagger, m.xpos_tagger);
        m.xpos_tagger = ClassifierData{};
      }
      std::string image = save_model(m);
      std::string path = vm["output"].as<std::string>();
      std::ofstream out(path, std::ios::binary);
      out.write(image.data(), static_cast<std::streamsize>(image.size()));
      if (!out) throw Error(Status::io_error, "cannot write " + path);
      std::cout << "wrote " << path << ": " << image.size() << " bytes" << std::endl;
      return 0;
    }
    po::notify(vm);
    auto start = Clock::now();
    std::mt19937_64 rng(vm["seed"].as<std::uint64_t>());
    std::vector<ConlluSentence> train;
    for (const auto& path : vm["train"].as<std::vector<std::string>>()) {
      auto part = read_file(path);
      train.insert(train.end(), part.begin(), part.end());
    }
    auto dev = read_file(vm["dev"].as<std::string>());
    Labels upos = make_labels(train, &ConlluWord::upos), xpos = make_labels(train, &ConlluWord::xpos),
           deprels = make_labels(train, &ConlluWord::deprel);
    if (deprels.names.size() > 64) std::cerr << "warning: more than 64 relations; label sets see the first 64\n";
    int root = static_cast<int>(deprels.id("root"));
    std::size_t lifted = 0, words = 0;
    std::vector<Sentence> sentences;
    for (const auto& c : train) {
      if (c.words.empty() || c.words.size() > max_sentence_words) continue;
      sentences.push_back(make_sentence(c, upos, xpos, deprels, lifted));
      words += c.words.size();
    }
    std::cout << "training data: " << sentences.size() << " sentences, " << words << " words; " << lifted
              << " non-projective trees projectivised; " << upos.names.size() << " UPOS, " << xpos.names.size()
              << " XPOS, " << deprels.names.size() << " relations" << std::endl;

    ModelData model = base_model(upos, xpos, deprels);
    learn_lemmas(train, upos, model);
    std::cout << "lemmatiser: " << model.lemma_rules.size() << " rules, " << model.lemma_exceptions.size()
              << " exceptions" << std::endl;

    int tagger_epochs = vm["tagger-epochs"].as<int>();
    const int dictionary_count = vm["tag-dictionary"].as<int>();
    if (dictionary_count > 0 && upos.names.size() > 31)
      throw Error(Status::bad_argument, "--tag-dictionary needs at most 31 UPOS labels");
    int folds = std::max(1, vm["folds"].as<int>());
    // Jackknifing: each fold tagged by a tagger trained on the others.
    std::vector<Word> buffer;
    auto tag_with = [&](const ModelData& m, const std::vector<std::size_t>& which) {
      auto frozen = Model::from_bytes(save_model(m), "(jackknife)");
      Parser parser(frozen);
      for (std::size_t index : which) {
        Sentence& s = sentences[index];
        buffer.assign(s.forms.size(), Word{});
        for (std::size_t i = 0; i < s.forms.size(); ++i) buffer[i].form = s.forms[i];
        parser.tag(buffer.data(), buffer.size());
        s.pred_upos.resize(s.forms.size());
        s.pred_xpos.resize(s.forms.size());
        for (std::size_t i = 0; i < s.forms.size(); ++i) {
          s.pred_upos[i] = buffer[i].upos;
          s.pred_xpos[i] = buffer[i].xpos;
        }
      }
    };
    bool cached = false;
    std::string cache_path = vm.count("tags-cache") ? vm["tags-cache"].as<std::string>() : "";
    if (!cache_path.empty()) {
      std::ifstream in(cache_path, std::ios::binary);
      std::uint64_t count = 0;
      if (in && in.read(reinterpret_cast<char*>(&count), 8) && count == sentences.size()) {
        for (auto& s : sentences) {
          s.pred_upos.resize(s.forms.size());
          s.pred_xpos.resize(s.forms.size());
          in.read(reinterpret_cast<char*>(s.pred_upos.data()), static_cast<std::streamsize>(s.forms.size()));
          in.read(reinterpret_cast<char*>(s.pred_xpos.data()), static_cast<std::streamsize>(s.forms.size()));
        }
        cached = static_cast<bool>(in);
        std::cout << "jackknifed tags read from " << cache_path << std::endl;
      }
    }
    const int jackknife_folds = cached ? 0 : folds;  // the cache was made with --folds
    if (jackknife_folds == 1) {
      for (auto& s : sentences) {
        s.pred_upos = s.upos;
        s.pred_xpos = s.xpos;
      }
    }
    std::size_t right = 0, total = 0;
    for (int fold = 0; jackknife_folds > 1 && fold < folds; ++fold) {
      std::vector<std::size_t> in, out;
      for (std::size_t i = 0; i < sentences.size(); ++i) (static_cast<int>(i % folds) == fold ? out : in).push_back(i);
      Tagger tagger(static_cast<std::uint32_t>(upos.names.size()), static_cast<std::uint32_t>(xpos.names.size()));
      tagger.train(sentences, in, tagger_epochs, rng, dictionary_count);
      ModelData m = base_model(upos, xpos, deprels);
      m.upos_tagger = tagger.upos().freeze();
      m.xpos_tagger = tagger.xpos().freeze();
      m.tag_dictionary = tagger.dictionary();
      tag_with(m, out);
      for (std::size_t index : out)
        for (std::size_t i = 0; i < sentences[index].forms.size(); ++i, ++total)
          right += sentences[index].pred_upos[i] == sentences[index].upos[i];
      std::cout << "jackknife fold " << fold + 1 << "/" << folds << " tagged (" << seconds_since(start) << " s)"
                << std::endl;
    }
    if (!cache_path.empty() && !cached) {
      std::ofstream out(cache_path, std::ios::binary);
      std::uint64_t count = sentences.size();
      out.write(reinterpret_cast<const char*>(&count), 8);
      for (const auto& s : sentences) {
        out.write(reinterpret_cast<const char*>(s.pred_upos.data()), static_cast<std::streamsize>(s.forms.size()));
        out.write(reinterpret_cast<const char*>(s.pred_xpos.data()), static_cast<std::streamsize>(s.forms.size()));
      }
    }
    if (total)
      std::cout << "jackknifed UPOS accuracy on training data: " << 100.0 * static_cast<double>(right) / static_cast<double>(total)
                << std::endl;
    int prune = vm["prune"].as<int>();
    std::vector<std::size_t> rows = {0, 0, 0, 0};
    if (vm.count("rows")) rows = vm["rows"].as<std::vector<std::size_t>>();
    if (rows.size() != 4) throw Error(Status::bad_argument, "--rows takes 4 numbers");
    Tagger tagger(static_cast<std::uint32_t>(upos.names.size()), static_cast<std::uint32_t>(xpos.names.size()));
    // The final taggers (all sentences) and the parser (on the jackknifed
    // tags) do not depend on each other: the taggers train in a second thread
    // while the parser trains, each with its own random stream, so the model
    // is the same as a sequential run's. The parser's epochs are frozen as
    // they end and scored on --dev once the taggers are done.
    const bool sweep = vm.count("size-sweep") > 0;
    std::thread tagger_thread;
    auto train_taggers = [&] {
      std::vector<std::size_t> all(sentences.size());
      for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
      std::mt19937_64 tagger_rng(vm["seed"].as<std::uint64_t>() * 0x9E3779B97F4A7C15ull + 2);
      tagger.train(sentences, all, tagger_epochs, tagger_rng, dictionary_count);
      model.tag_dictionary = tagger.dictionary();
      ClassifierData u = tagger.upos().freeze(prune, rows[0]), x = tagger.xpos().freeze(prune, rows[1]);
      std::ostringstream line;
      line << "tagger: " << u.keys.size() << " UPOS rows, " << x.keys.size() << " XPOS rows, "
           << model.tag_dictionary.size() << " forms in the tag dictionary";
      model.upos_tagger = joint_tagger(u, x);
      model.xpos_tagger = ClassifierData{};
      line << ", " << model.upos_tagger.keys.size() << " in their joint table (" << seconds_since(start) << " s)";
      std::cout << line.str() << std::endl;
    };
    if (vm.count("tagger-from")) {
      ModelData from = Model::open(vm["tagger-from"].as<std::string>())->data();
      if (from.upos != model.upos || from.xpos != model.xpos) throw Error(Status::bad_argument, "--tagger-from: other tag sets");
      model.upos_tagger = from.upos_tagger;
      model.xpos_tagger = from.xpos_tagger;
      model.lemma_rules = from.lemma_rules;
      model.lemma_exceptions = from.lemma_exceptions;
      model.tag_dictionary = from.tag_dictionary;
      std::cout << "taggers from " << vm["tagger-from"].as<std::string>() << std::endl;
    } else if (sweep) {
      train_taggers();
    } else {
      tagger_thread = std::thread(train_taggers);
    }

    // The parser's own random stream: its training does not depend on how the tags were made (--tags-cache).
    std::mt19937_64 parser_rng(vm["seed"].as<std::uint64_t>() * 0x9E3779B97F4A7C15ull + 1);
    ParserTrainer trainer(static_cast<std::uint32_t>(deprels.names.size()), root);
    int parser_epochs = vm["parser-epochs"].as<int>();
    double best_las = -1;
    int best_epoch = 0;
    ModelData best;
    Perceptron best_moves = trainer.moves(), best_labels = trainer.labeller();
    std::vector<std::pair<ClassifierData, ClassifierData>> epochs;
    auto score_epoch = [&](int epoch, const ClassifierData& moves, const ClassifierData& labels) {
      ModelData candidate = model;
      candidate.transitions = moves;
      candidate.labeller = labels;
      auto frozen = Model::from_bytes(save_model(candidate), "(candidate)");
      Parser parser(frozen);
      Scores scores = evaluate(parser, dev);
      std::cout << "parser epoch " << epoch + 1 << " (" << seconds_since(start) << " s): ";
      print_scores("dev", scores);
      bool better = scores.percent(scores.las) > best_las;
      if (better) {
        best_las = scores.percent(scores.las);
        best_epoch = epoch + 1;
        best = std::move(candidate);
      }
      return better;
    };
    for (int epoch = 0; epoch < parser_epochs; ++epoch) {
      trainer.epoch(sentences, parser_rng, epoch > 0);
      ClassifierData moves = trainer.moves().freeze(prune, rows[2]), labels = trainer.labeller().freeze(prune, rows[3]);
      if (!sweep) {
        std::cout << "parser epoch " << epoch + 1 << " trained (" << seconds_since(start) << " s)" << std::endl;
        epochs.emplace_back(std::move(moves), std::move(labels));
        continue;
      }
      if (score_epoch(epoch, moves, labels)) {
        best_moves = trainer.moves();
        best_labels = trainer.labeller();
      }
    }
    if (tagger_thread.joinable()) tagger_thread.join();
    for (std::size_t e = 0; e < epochs.size(); ++e) score_epoch(static_cast<int>(e), epochs[e].first, epochs[e].second);
    if (parser_epochs == 0) best = model;
    std::ostringstream description;
    description << vm["description"].as<std::string>() << (vm["description"].as<std::string>().empty() ? "" : "\n")
                << "newskg-train seed " << vm["seed"].as<std::uint64_t>() << ", tagger epochs " << tagger_epochs
                << ", parser epoch " << best_epoch << " of " << parser_epochs << ", folds " << folds
                << ", tag dictionary " << dictionary_count << "; "
                << sentences.size() << " training sentences";
    if (vm.count("size-sweep"))
      for (double factor : vm["size-sweep"].as<std::vector<double>>()) {
        ModelData m = best;
        auto scaled = [&](std::size_t n) { return static_cast<std::size_t>(static_cast<double>(n) * factor); };
        if (!vm.count("tagger-from")) {
          m.upos_tagger = joint_tagger(tagger.upos().freeze(prune, scaled(rows[0])),
                                       tagger.xpos().freeze(prune, scaled(rows[1])));
          m.xpos_tagger = ClassifierData{};
        }
        m.transitions = best_moves.freeze(prune, scaled(rows[2]));
        m.labeller = best_labels.freeze(prune, scaled(rows[3]));
        m.description = description.str();
        std::string image = save_model(m);
        std::string path = vm["output"].as<std::string>() + "." + std::to_string(factor);
        std::ofstream(path, std::ios::binary).write(image.data(), static_cast<std::streamsize>(image.size()));
        Parser p(Model::from_bytes(image, "(sweep)"));
        std::cout << "rows x " << factor << " (" << path << "): " << image.size() << " bytes (rows: UPOS "
                  << m.upos_tagger.keys.size() << " (joint with XPOS), moves "
                  << m.transitions.keys.size() << ", labels " << m.labeller.keys.size() << "); ";
        print_scores("dev", evaluate(p, dev));
      }
    best.description = description.str();
    std::string bytes = save_model(best);
    auto frozen = Model::from_bytes(bytes, vm["output"].as<std::string>());
    Parser parser(frozen);
    Scores scores = evaluate(parser, dev);
    std::string output = vm["output"].as<std::string>();
    std::ofstream out(output + ".tmp", std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out || std::rename((output + ".tmp").c_str(), output.c_str()) != 0)
      throw Error(Status::io_error, "cannot write " + output);
    std::cout << "wrote " << output << ": " << bytes.size() << " bytes; parser epoch " << best_epoch << "; "
              << best.transitions.keys.size() << " transition rows, " << best.labeller.keys.size() << " label rows"
              << std::endl;
    print_scores("dev (written model)", scores);
    std::cout << "training took " << seconds_since(start) << " s" << std::endl;
    return 0;
  } catch (const po::error& error) {
    std::cerr << "newskg-train: " << error.what() << " (try: newskg-train --help)\n";
    return 2;
  } catch (const Error& error) {
    std::cerr << "newskg-train: " << format_diagnostic({Severity::error, error.message(), error.where()}) << '\n';
    return 1;
  }
}
