// The syntax layer: transition system and oracle, projectivisation, UD word
// splits and offsets, model file round trips and errors, the frozen-slice
// accuracy floors, and `newskg parse` output as valid CoNLL-U.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

#include "newskg/cli/commands.hpp"
#include "newskg/error.hpp"
#include "newskg/syntax/conllu.hpp"
#include "newskg/syntax/features.hpp"
#include "newskg/syntax/model.hpp"
#include "newskg/syntax/parser.hpp"
#include "newskg/syntax/transition.hpp"
#include "newskg/text/document.hpp"
#include "newskg/text/utf8.hpp"

using namespace newskg;
using namespace newskg::syntax;

namespace {

// Follows zero-cost moves (ties broken by `rng`) and returns the heads made.
std::vector<int> oracle_parse(const std::vector<int>& gold, std::mt19937& rng) {
  ParseState state;
  state.reset(static_cast<int>(gold.size()) - 1);
  while (!state.terminal()) {
    std::vector<Move> zero;
    for (int m = 0; m < move_count; ++m)
      if (state.legal(static_cast<Move>(m)) && move_cost(state, static_cast<Move>(m), gold) == 0)
        zero.push_back(static_cast<Move>(m));
    REQUIRE(!zero.empty());
    state.apply(zero[rng() % zero.size()], 0);
  }
  std::vector<int> heads(gold.size(), 0);
  for (std::size_t d = 1; d < gold.size(); ++d) heads[d] = state.head[d];
  return heads;
}

// heads[0] unused; one root.
const std::vector<std::vector<int>> tiny_treebank = {
    {0, 2, 0},                          // He runs
    {0, 2, 0, 2},                       // He runs fast
    {0, 2, 3, 0, 5, 3, 3},              // The man saw a dog .
    {0, 3, 3, 0, 3, 6, 4, 4, 3},        // chains and right arcs
    {0, 0, 1, 1, 3, 3, 5, 5, 1},        // root first, deep right spine
    {0, 4, 4, 4, 0, 7, 7, 4, 9, 7, 4},  // several left dependents
};

bool is_tree(const std::vector<int>& heads) {
  int roots = 0;
  for (std::size_t d = 1; d < heads.size(); ++d) {
    if (heads[d] == 0) ++roots;
    int k = static_cast<int>(d), steps = 0;
    while (k != 0 && steps++ < static_cast<int>(heads.size())) k = heads[k];
    if (k != 0) return false;
  }
  return roots == 1;
}

// The message of the error loading `bytes` gives, or "" when it loads.
std::string load_error(const std::string& bytes, const std::string& name) {
  try {
    Model::from_bytes(bytes, name);
  } catch (const Error& error) {
    return error.what();
  }
  return "";
}

// Floors a few points under the committed model's figures on the slice (models/README.md).
constexpr double slice_upos_floor = 93;  // measured 96.1
constexpr double slice_lemma_floor = 95;  // measured 98.3
constexpr double slice_uas_floor = 81;  // measured 84.4
constexpr double slice_las_floor = 77;  // measured 80.9

std::string slice_path() { return std::string(NEWSKG_SOURCE_DIR) + "/tests/data/ud/en_ewt-dev-200.conllu"; }

std::vector<ConlluSentence> read_slice() {
  std::ifstream in(slice_path());
  REQUIRE(in);
  return read_conllu(in, slice_path());
}

}  // namespace

TEST_CASE("the dynamic oracle reproduces the gold trees of a tiny treebank exactly") {
  std::mt19937 rng(7);
  for (const auto& gold : tiny_treebank) {
    REQUIRE(is_projective(gold));
    for (int run = 0; run < 5; ++run) CHECK(oracle_parse(gold, rng) == gold);
  }
}

TEST_CASE("the transition system makes one root and 2n moves") {
  ParseState state;
  state.reset(3);
  CHECK_FALSE(state.legal(left));   // the root cannot be a dependent
  CHECK_FALSE(state.legal(right));  // the root takes a word only when the buffer is empty
  state.apply(shift, 0);
  CHECK_FALSE(state.legal(right));
  state.apply(shift, 0);
  state.apply(right, 1);  // 1 -> 2
  state.apply(shift, 0);
  state.apply(right, 1);  // 1 -> 3
  CHECK(state.buffer_empty());
  CHECK(state.legal(right));
  state.apply(right, 0);  // root -> 1
  CHECK(state.terminal());
  CHECK(state.head == std::vector<int>{-1, 0, 1, 1});
  CHECK(state.rc1[1] == 3);
  CHECK(state.rc2[1] == 2);
}

TEST_CASE("move costs count the gold arcs a move loses") {
  std::vector<int> gold = {0, 2, 0};  // He <- runs
  ParseState state;
  state.reset(2);
  state.apply(shift, 0);                     // stack: root He; buffer: runs
  CHECK(move_cost(state, left, gold) == 0);  // runs -> He
  // He could no longer attach to runs, nor runs to the root under He.
  CHECK(move_cost(state, shift, gold) == 2);
  CHECK(move_cost(state, right, gold) >= 1); // illegal here
}

TEST_CASE("projectivisation lifts crossing arcs and keeps a tree") {
  // The arc 1 -> 4 spans word 2, the root, which 1 does not dominate.
  std::vector<int> heads = {0, 2, 0, 4, 1};
  CHECK_FALSE(is_projective(heads));
  int lifts = projectivise(heads);
  CHECK(lifts >= 1);
  CHECK(is_projective(heads));
  CHECK(is_tree(heads));
  std::mt19937 rng(3);
  CHECK(oracle_parse(heads, rng) == heads);
  std::vector<int> already = tiny_treebank[2];
  CHECK(projectivise(already) == 0);
  CHECK(already == tiny_treebank[2]);
}

TEST_CASE("text tokens split into UD words with their offsets") {
  auto split = [](std::string_view token) {
    std::size_t ends[32];
    std::uint32_t clitics = 0;
    std::size_t n = split_token(token, ends, 32, &clitics);
    std::vector<std::string> words;
    std::size_t begin = 0;
    for (std::size_t k = 0; k < n; ++k) {
      words.push_back(std::string(token.substr(begin, ends[k] - begin)) + ((clitics >> k & 1u) ? "*" : ""));
      begin = ends[k];
    }
    return words;
  };
  using V = std::vector<std::string>;
  CHECK(split("don't") == V{"do", "n't*"});
  CHECK(split("can't") == V{"ca", "n't*"});
  CHECK(split("Won\xE2\x80\x99t") == V{"Wo", "n\xE2\x80\x99t*"});
  CHECK(split("they're") == V{"they", "'re*"});
  CHECK(split("we'll") == V{"we", "'ll*"});
  CHECK(split("I'm") == V{"I", "'m*"});
  CHECK(split("cannot") == V{"can", "not*"});
  CHECK(split("gonna") == V{"gon", "na*"});
  CHECK(split("well-known") == V{"well", "-", "known"});
  CHECK(split("non-expansion") == V{"non", "-", "expansion"});
  CHECK(split("e-mail") == V{"e-mail"});
  CHECK(split("571-9571") == V{"571-9571"});
  CHECK(split("O'Brien") == V{"O'Brien"});
  CHECK(split("Russia") == V{"Russia"});
  CHECK(split("'s") == V{"'s"});
  CHECK(split("U.S.") == V{"U.S."});
  CHECK(split("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s") .size() <= 32);
}

TEST_CASE("a model file round-trips to the same bytes; damage is reported with the file name") {
  ModelData data;
  data.description = "test model";
  data.upos = {"NOUN", "VERB"};
  data.xpos = {"NN", "VB"};
  data.deprels = {"nsubj", "root"};
  data.lemma_exceptions = {{42, "be"}, {7, "go"}};
  data.lemma_rules = {{99, LemmaRule{true, 1, "y"}}, {5, LemmaRule{false, 0, ""}}};
  auto classifier = [](std::uint32_t classes, std::size_t rows) {
    ClassifierData c;
    c.classes = classes;
    for (std::size_t r = 0; r < rows; ++r) {
      c.keys.push_back(0x9E3779B97F4A7C15ull * (r + 1));
      for (std::uint32_t k = 0; k < classes; ++k) c.weights.push_back(static_cast<std::int16_t>(r * 3 + k) );
    }
    return c;
  };
  data.upos_tagger = classifier(2, 50);
  data.xpos_tagger = classifier(2, 10);
  data.transitions = classifier(3, 100);
  data.labeller = classifier(2, 5);
  std::string bytes = save_model(data);
  auto model = Model::from_bytes(bytes, "test.nkgm");
  CHECK(save_model(model->data()) == bytes);
  CHECK(model->description() == "test model");
  CHECK(model->upos_name(1) == "VERB");
  CHECK(model->deprel_id("root") == 1);
  const std::int16_t* row = model->transitions().row(0x9E3779B97F4A7C15ull * 4);
  REQUIRE(row);
  CHECK(row[0] == 9);
  CHECK(model->transitions().row(12345) == nullptr);
  std::string_view lemma;
  CHECK(model->lemma_exception(42, lemma));
  CHECK(lemma == "be");
  bool lower = false;
  std::size_t strip = 0;
  std::string_view append;
  CHECK(model->lemma_rule(99, lower, strip, append));
  CHECK((lower && strip == 1 && append == "y"));
  CHECK_NOTHROW(model->verify());

  // One table for UPOS and XPOS (7 classes: rows beside the table, not in its slots).
  ModelData joint = data;
  joint.xpos = {"NN", "VB", "JJ", "RB", "DT"};
  joint.upos_tagger = classifier(7, 40);
  joint.xpos_tagger = ClassifierData{};
  std::string joint_bytes = save_model(joint);
  auto joint_model = Model::from_bytes(joint_bytes, "joint.nkgm");
  CHECK(joint_model->joint_tagger());
  CHECK(joint_model->upos_tagger().layout() == Classifier::rows);
  CHECK(joint_model->transitions().layout() == Classifier::inline_rows);
  CHECK(save_model(joint_model->data()) == joint_bytes);
  const std::int16_t* joint_row = joint_model->upos_tagger().row(0x9E3779B97F4A7C15ull * 2);
  REQUIRE(joint_row);
  CHECK(joint_row[6] == 9);
  std::int32_t sums[7] = {};
  std::uint64_t keys[3] = {0x9E3779B97F4A7C15ull, 0x9E3779B97F4A7C15ull * 2, 777};
  joint_model->upos_tagger().score(keys, 3, sums);
  CHECK(sums[0] == 0 + 3);
  CHECK(sums[6] == 6 + 9);
  std::int32_t move_sums[3] = {};
  model->transitions().score(keys, 3, move_sums);
  CHECK(move_sums[2] == 2 + 5);

  std::string damaged = bytes;
  damaged[damaged.size() / 2] ^= 0x40;
  try {
    Model::from_bytes(damaged, "damaged.nkgm");
    FAIL("a damaged model loaded");
  } catch (const Error& error) {
    CHECK(std::string(error.what()).find("damaged.nkgm") != std::string::npos);
    CHECK(std::string(error.what()).find("checksum") != std::string::npos);
  }
  std::string other_version = bytes;
  other_version[8] = 9;
  CHECK(load_error(other_version, "old.nkgm").find("version 9") != std::string::npos);
  CHECK(load_error(bytes.substr(0, 100), "short.nkgm").find("short.nkgm") != std::string::npos);
  CHECK(load_error("hello", "text.txt").find("not a newskg syntax model") != std::string::npos);
  CHECK_THROWS_AS(Model::open("/nonexistent/model.nkgm"), Error);
}

namespace {
// A two-tag model whose tagger says VERB for every word of `sentence`
// (a row favouring VERB for each of their features), with `dictionary`.
ModelData verb_tagger(const std::vector<std::string>& sentence,
                      std::vector<std::pair<std::uint64_t, std::uint32_t>> dictionary) {
  ModelData data;
  data.upos = {"NOUN", "VERB"};
  data.xpos = {"NN", "VB"};
  data.deprels = {"dep", "root"};
  data.upos_tagger.classes = 2;
  data.xpos_tagger.classes = 2;
  data.transitions.classes = 3;
  data.labeller.classes = 2;
  std::vector<char32_t> scratch;
  std::vector<WordAtoms> atoms(sentence.size());
  for (std::size_t i = 0; i < sentence.size(); ++i) word_atoms(sentence[i], scratch, atoms[i]);
  std::vector<std::uint64_t> keys;
  for (int previous = 0; previous < 2; ++previous) {  // whatever tags came before
    std::vector<std::uint8_t> tags(sentence.size(), static_cast<std::uint8_t>(previous));
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      std::uint64_t features[max_tagger_features];
      std::size_t count = tagger_features(atoms.data(), atoms.size(), i, tags.data(), features);
      keys.insert(keys.end(), features, features + count);
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (std::uint64_t key : keys) {
    data.upos_tagger.keys.push_back(key);
    data.upos_tagger.weights.insert(data.upos_tagger.weights.end(), {-100, 100});
  }
  data.tag_dictionary = std::move(dictionary);
  return data;
}

std::vector<std::string> upos_of(const ModelData& data, const std::vector<std::string>& sentence) {
  auto model = Model::from_bytes(save_model(data), "tags.nkgm");
  Parser parser(model);
  std::vector<Word> words(sentence.size());
  for (std::size_t i = 0; i < sentence.size(); ++i) words[i].form = sentence[i];
  parser.tag(words.data(), words.size());
  std::vector<std::string> tags;
  for (const auto& w : words) tags.emplace_back(model->upos_name(w.upos));
  return tags;
}

std::uint64_t form_hash(const std::string& form) {
  std::vector<char32_t> scratch;
  WordAtoms atoms;
  word_atoms(form, scratch, atoms);
  return atoms.form;
}
}  // namespace

TEST_CASE("a word in the tag dictionary only gets one of its tags; other words are scored over all") {
  const std::vector<std::string> sentence = {"Officials", "report", "delays"};
  CHECK(upos_of(verb_tagger(sentence, {}), sentence) == std::vector<std::string>{"VERB", "VERB", "VERB"});
  // "report" and "delays" seen as nouns only; the dictionary is by form as written ("Report" is not in it).
  auto with_dictionary = verb_tagger(sentence, {{form_hash("report"), 1u << 0}, {form_hash("delays"), 1u << 0}});
  CHECK(upos_of(with_dictionary, sentence) == std::vector<std::string>{"VERB", "NOUN", "NOUN"});
  // A word that took both tags keeps the tagger's choice.
  auto both = verb_tagger(sentence, {{form_hash("report"), 3u}});
  CHECK(upos_of(both, sentence) == std::vector<std::string>{"VERB", "VERB", "VERB"});
}

TEST_CASE("the tag dictionary round-trips byte for byte; format 2 files are still read") {
  const std::vector<std::string> sentence = {"Officials", "report", "delays"};
  auto data = verb_tagger(sentence, {{form_hash("report"), 1u}, {form_hash("delays"), 3u}, {12345, 2u}});
  std::string bytes = save_model(data);
  auto model = Model::from_bytes(bytes, "dictionary.nkgm");
  CHECK(model->tag_dictionary_size() == 3);
  CHECK(model->allowed_tags(form_hash("delays")) == 3u);
  CHECK(model->allowed_tags(form_hash("Delays")) == Model::all_tags);
  auto sorted = data.tag_dictionary;
  std::sort(sorted.begin(), sorted.end());
  CHECK(model->data().tag_dictionary == sorted);
  CHECK(save_model(model->data()) == bytes);
  CHECK_NOTHROW(model->verify());

  // Format 2 (no dictionary section): read, every word scored over all tags.
  auto old = data;
  old.tag_dictionary.clear();
  std::string old_bytes = save_model(old, 2);
  CHECK(old_bytes[8] == 2);
  auto old_model = Model::from_bytes(old_bytes, "format2.nkgm");
  CHECK(old_model->format_version() == 2);
  CHECK(save_model(old_model->data(), 2) == old_bytes);
  CHECK(old_model->tag_dictionary_size() == 0);
  CHECK(old_model->allowed_tags(form_hash("report")) == Model::all_tags);
  CHECK(upos_of(old_model->data(), sentence) == std::vector<std::string>{"VERB", "VERB", "VERB"});
  CHECK_THROWS_AS(save_model(data, 2), Error);
  // A newer format is refused, naming the file.
  std::string newer = bytes;
  newer[8] = static_cast<char>(model_version + 1);
  std::string message = load_error(newer, "future.nkgm");
  CHECK(message.find("future.nkgm") != std::string::npos);
  CHECK(message.find("version " + std::to_string(model_version + 1)) != std::string::npos);
}

TEST_CASE("the built-in model round-trips and parses a document with offsets") {
  auto model = Model::embedded();
  CHECK(model->size_bytes() <= 40u << 20);
  // Not checksummed when a process starts (model.hpp): checked here.
  CHECK_NOTHROW(model->verify());
  SUBCASE("round trip") {
    std::string bytes = save_model(model->data(), model->format_version());
    CHECK(bytes.size() == model->size_bytes());
    CHECK(save_model(Model::from_bytes(bytes, "copy")->data(), model->format_version()) == bytes);
  }
  SUBCASE("document") {
    std::string text = "Russia's minister didn\xE2\x80\x99t say. Café talks can't wait!";
    text::Document doc = text::analyse(text, 0, text.size());
    Parser parser(model);
    Analysis analysis = parser.parse(doc);
    REQUIRE(analysis.sentences.size() == 2);
    std::vector<std::string> forms;
    for (const auto& w : analysis.words) {
      forms.emplace_back(w.form);
      CHECK(text.substr(w.begin, w.end - w.begin) == w.form);
    }
    CHECK(forms == std::vector<std::string>{"Russia", "'s", "minister", "did", "n\xE2\x80\x99t", "say", ".", "Café",
                                            "talks", "ca", "n't", "wait", "!"});
    CHECK(analysis.words[4].clitic);
    CHECK(analysis.lemma(analysis.words[4]) == "not");
    CHECK(analysis.lemma(analysis.words[3]) == "do");
    for (const auto& s : analysis.sentences) {
      int roots = 0;
      for (std::size_t i = s.first; i < s.end; ++i) {
        roots += analysis.words[i].head == 0;
        CHECK(analysis.words[i].head <= s.end - s.first);
      }
      CHECK(roots == 1);
    }
    // Only the sentences asked for.
    Analysis some = parser.parse(doc, {false, true});
    REQUIRE(some.sentences.size() == 1);
    CHECK(some.sentences[0].text_sentence == 1);
    CHECK(some.words.front().form == "Café");
  }
}

TEST_CASE("frozen slice: 200 sentences of EWT dev stay above the floors") {
  auto gold = read_slice();
  REQUIRE(gold.size() == 200);
  Parser parser(Model::embedded());
  Scores scores = evaluate(parser, gold);
  MESSAGE("EWT dev slice: UPOS " << scores.percent(scores.upos) << " XPOS " << scores.percent(scores.xpos)
                                 << " lemma " << scores.percent(scores.lemma) << " UAS " << scores.percent(scores.uas)
                                 << " LAS " << scores.percent(scores.las));
  CHECK(scores.words == 4007);
  CHECK(scores.percent(scores.upos) >= slice_upos_floor);
  CHECK(scores.percent(scores.lemma) >= slice_lemma_floor);
  CHECK(scores.percent(scores.uas) >= slice_uas_floor);
  CHECK(scores.percent(scores.las) >= slice_las_floor);
}

TEST_CASE("newskg parse writes valid CoNLL-U") {
  auto run = [](const std::vector<std::string>& args) {
    std::ostringstream out, err;
    int status = cli::main(args, out, err);
    return std::tuple{status, out.str(), err.str()};
  };
  std::string article = std::string(NEWSKG_SOURCE_DIR) + "/examples/tass-ryabkov-nato/article.txt";
  auto [status, out, err] = run({"parse", "--quiet", article});
  REQUIRE(status == 0);
  std::ifstream source(article);
  std::string text((std::istreambuf_iterator<char>(source)), std::istreambuf_iterator<char>());
  text = text::repair_utf8(text).text;
  std::vector<char32_t> code_points;
  for (std::size_t pos = 0; pos < text.size();) code_points.push_back(text::next_code_point(text, pos));

  std::istringstream in(out);
  auto sentences = read_conllu(in, "parse output");  // 10 columns, ids in sequence, heads in range
  REQUIRE(sentences.size() > 5);
  std::size_t words = 0;
  for (const auto& s : sentences) {
    CHECK_FALSE(s.sent_id().empty());
    int roots = 0;
    for (const auto& w : s.words) {
      roots += w.head == 0;
      CHECK((w.deprel == "root") == (w.head == 0));
      CHECK(w.upos != "_");
      CHECK_FALSE(w.lemma.empty());
      // TokenRange=BEGIN:END in code points gives back the form.
      auto at = w.misc.find("TokenRange=");
      REQUIRE(at != std::string::npos);
      std::size_t colon = w.misc.find(':', at);
      std::size_t begin = std::stoul(w.misc.substr(at + 11, colon - at - 11));
      std::size_t end = std::stoul(w.misc.substr(colon + 1));
      REQUIRE(end <= code_points.size());
      std::string form;
      for (std::size_t i = begin; i < end; ++i) text::append_utf8(form, code_points[i]);
      CHECK(form == w.form);
      ++words;
    }
    CHECK(roots == 1);
  }
  CHECK(words > 100);

  auto [help_status, help, help_err] = run({"parse", "--help"});
  CHECK(help_status == 0);
  CHECK(help.find("TokenRange") != std::string::npos);
  CHECK(help.find("--input-format") != std::string::npos);
  CHECK(std::get<0>(run({"parse"})) == 2);
  CHECK(std::get<0>(run({"parse", "--input-format", "xml", article})) == 2);
  auto [missing_status, missing_out, missing_err] = run({"parse", "/nonexistent/article.txt"});
  CHECK(missing_status == 1);
  CHECK(missing_err.find("/nonexistent/article.txt") != std::string::npos);
  auto [model_status, model_out, model_err] = run({"parse", "--model", "/nonexistent/m.nkgm", article});
  CHECK(model_status == 1);
  CHECK(model_err.find("/nonexistent/m.nkgm") != std::string::npos);

  // Gold tokens: the words, ids and comments of the input stay.
  auto [conllu_status, conllu_out, conllu_err] = run({"parse", "--quiet", "--input-format", "conllu", slice_path()});
  CHECK(conllu_status == 0);
  std::istringstream predicted_in(conllu_out);
  auto predicted = read_conllu(predicted_in, "predicted");
  auto gold = read_slice();
  REQUIRE(predicted.size() == gold.size());
  for (std::size_t i = 0; i < gold.size(); ++i) {
    CHECK(predicted[i].sent_id() == gold[i].sent_id());
    REQUIRE(predicted[i].words.size() == gold[i].words.size());
    CHECK(predicted[i].ranges.size() == gold[i].ranges.size());
  }
}
