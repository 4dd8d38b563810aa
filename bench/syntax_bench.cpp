// Speed of the syntax layer (not a test): model load time, tagging + parsing
// throughput in words per second on one core, and the cost per MB of article
// text when every sentence of an article is parsed.
//
//   build/newskg-syntax-bench [--model FILE] [--runs N] TREEBANK.conllu... [-- ARTICLE.txt...]
//
// Treebanks are read with gold tokens (their words); articles go through the
// text layer and the UD word splits first, as `newskg parse` does. Prints
// medians over --runs, in CPU time. Peak RSS is the whole process's (treebanks included).
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "newskg/error.hpp"
#include "newskg/lexicon/words.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/syntax/conllu.hpp"
#include "newskg/syntax/parser.hpp"
#include "newskg/text/document.hpp"

using namespace newskg;
// CPU time of this thread: words per second per core, whatever else the
// machine runs (these machines are shared; wall time would measure the load).
struct Clock {
  using time_point = double;
  static double now() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
};

namespace {
double seconds(double a, double b) { return b - a; }
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
  std::string model_path;
  int runs = 5;
  std::vector<std::string> treebanks, articles;
  bool after = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) {
      model_path = argv[++i];
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--") {
      after = true;
    } else {
      (after ? articles : treebanks).push_back(a);
    }
  }
  try {
    std::vector<double> loads;
    if (model_path.empty()) {
      // The embedded model: load = header and section table of the image, once per process.
      auto start = Clock::now();
      auto model = syntax::Model::embedded();
      loads.push_back(seconds(start, Clock::now()));
    } else {
      for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        auto model = syntax::Model::open(model_path);  // mmap, checksum and tables checked
        loads.push_back(seconds(start, Clock::now()));
      }
    }
    auto model = syntax::Model::load(model_path);
    auto verify_start = Clock::now();
    model->verify();
    double verify = seconds(verify_start, Clock::now());
    std::cout << "model: " << static_cast<double>(model->size_bytes()) / 1e6 << " MB; load " << median(loads) * 1000 << " ms"
              << (model_path.empty() ? " (embedded image, first use: header and section table, no checksum)"
                                     : " (mmap, median: checksum and every table checked)")
              << "; full check (Model::verify, run by the unit tests) " << verify * 1000 << " ms\n";
    syntax::Parser parser(model);
    for (const auto& path : treebanks) {
      std::ifstream in(path);
      if (!in) throw Error(Status::io_error, "cannot open " + path);
      auto sentences = syntax::read_conllu(in, path);
      std::vector<std::vector<std::string_view>> forms;
      std::size_t words = 0;
      for (const auto& s : sentences) {
        forms.emplace_back();
        for (const auto& w : s.words) forms.back().push_back(w.form);
        words += s.words.size();
      }
      std::vector<double> times;
      syntax::Analysis analysis;
      for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        for (const auto& f : forms) {
          analysis.clear();
          parser.parse_words(f, analysis);
        }
        times.push_back(seconds(start, Clock::now()));
      }
      double t = median(times);
      std::cout << path << ": " << sentences.size() << " sentences, " << words << " words; tag + lemma + parse "
                << static_cast<long>(static_cast<double>(words) / t) << " words/s (median of " << runs << ")\n";
    }
    if (!articles.empty()) {
      std::vector<std::string> texts;
      std::size_t bytes = 0;
      for (const auto& path : articles) {
        std::ifstream in(path);
        std::stringstream buffer;
        buffer << in.rdbuf();
        texts.push_back(buffer.str());
        bytes += texts.back().size();
      }
      std::vector<double> times;
      std::size_t words = 0, sentences = 0;
      syntax::Analysis analysis;
      for (int r = 0; r < runs; ++r) {
        words = sentences = 0;
        auto start = Clock::now();
        for (const auto& text : texts) {
          text::Document doc = text::analyse(text, 0, text.size());
          parser.parse(doc, analysis);
          words += analysis.words.size();
          sentences += analysis.sentences.size();
        }
        times.push_back(seconds(start, Clock::now()));
      }
      double t = median(times);
      // Only the sentences the extractor's events need: a speech, meeting or
      // proposal cue word (ontology/words/) or a quotation.
      const lexicon::WordList* cues[] = {&lexicon::WordList::embedded("speech-verbs"),
                                         &lexicon::WordList::embedded("meeting-words"),
                                         &lexicon::WordList::embedded("proposal-verbs"),
                                         &lexicon::WordList::embedded("proposal-nouns")};
      std::vector<double> cue_times;
      std::size_t cue_sentences = 0, cue_words = 0;
      for (int r = 0; r < runs; ++r) {
        cue_sentences = cue_words = 0;
        auto start = Clock::now();
        for (const auto& text : texts) {
          text::Document doc = text::analyse(text, 0, text.size());
          std::vector<bool> keep(doc.sentences.size(), false);
          for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto& sentence = doc.sentences[s];
            for (const auto& q : doc.quotations)
              if (q.begin < sentence.end && q.end > sentence.begin) keep[s] = true;
            for (std::size_t i = sentence.first_token; i < sentence.end_token && !keep[s]; ++i) {
              std::string word = text::lower_ascii(doc.token_text(i));
              for (const auto* list : cues) keep[s] = keep[s] || list->contains(word);
            }
          }
          parser.parse(doc, analysis, keep);
          cue_words += analysis.words.size();
          cue_sentences += analysis.sentences.size();
        }
        cue_times.push_back(seconds(start, Clock::now()));
      }
      double tc = median(cue_times);
      std::cout << "  of which with an event or speech cue or a quotation: " << cue_sentences << " sentences ("
                << 100.0 * static_cast<double>(cue_sentences) / static_cast<double>(std::max<std::size_t>(sentences, 1))
                << "%), " << cue_words << " words ("
                << 100.0 * static_cast<double>(cue_words) / static_cast<double>(std::max<std::size_t>(words, 1))
                << "%); text layer + cue test + parse of those " << tc / (static_cast<double>(bytes) / 1e6)
                << " s per MB of article text\n";
      std::cout << articles.size() << " articles, " << static_cast<double>(bytes) / 1e6 << " MB, " << sentences << " sentences, " << words
                << " words: text layer + parse " << static_cast<double>(bytes) / 1e6 / t << " MB/s, "
                << t / (static_cast<double>(bytes) / 1e6) << " s per MB of article text\n";
    }
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::cout << "peak RSS: " << static_cast<double>(usage.ru_maxrss) / 1024.0 << " MiB\n";
  } catch (const Error& error) {
    std::cerr << "newskg-syntax-bench: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
