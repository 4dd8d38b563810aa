// The entity labeller: BILOU decoding, Viterbi constraints, its combination
// with the lexicon recogniser, and a frozen slice of UNER EWT dev.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "newskg/error.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/extract/mentions.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/ner/combine.hpp"
#include "newskg/ner/labeller.hpp"
#include "newskg/text/document.hpp"

using namespace newskg;
using namespace newskg::ner;

namespace {

std::uint8_t tag(Type type, Position position) { return make_tag(type, position); }

constexpr Type per = Type::person, org = Type::organization, loc = Type::place;

}  // namespace

TEST_CASE("BILOU tags decode to spans") {
  using P = Position;
  std::vector<std::uint8_t> tags{tag(per, P::B), tag(per, P::L), tag_o, tag(loc, P::U), tag(org, P::B),
                                 tag(org, P::I), tag(org, P::L)};
  auto spans = decode(tags);
  REQUIRE(spans.size() == 3);
  CHECK(spans[0] == Span{0, 2, per, 1.0});
  CHECK(spans[1] == Span{3, 4, loc, 1.0});
  CHECK(spans[2] == Span{4, 7, org, 1.0});
  CHECK(encode(spans, tags.size()) == tags);
}

TEST_CASE("invalid BILOU sequences are repaired") {
  using P = Position;
  // An I without its B opens a span; a B without its L closes at O.
  auto spans = decode({tag(per, P::I), tag(per, P::L), tag(org, P::B), tag_o});
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == Span{0, 2, per, 1.0});
  CHECK(spans[1] == Span{2, 3, org, 1.0});
  // A type change inside a span closes it; an L alone is a one-word span; an open span ends with the sentence.
  spans = decode({tag(per, P::B), tag(loc, P::I), tag(loc, P::L), tag(org, P::L), tag(per, P::B), tag(per, P::I)});
  REQUIRE(spans.size() == 4);
  CHECK(spans[0] == Span{0, 1, per, 1.0});
  CHECK(spans[1] == Span{1, 3, loc, 1.0});
  CHECK(spans[2] == Span{3, 4, org, 1.0});
  CHECK(spans[3] == Span{4, 6, per, 1.0});
}

TEST_CASE("Viterbi returns valid BILOU sequences only") {
  // Emissions that prefer invalid tags everywhere (B at the end, I after O).
  std::size_t n = 4;
  std::vector<float> emissions(n * tag_count, 0.0f), transitions((tag_count + 1) * tag_count, 0.0f);
  emissions[0 * tag_count + tag(per, Position::I)] = 5;
  emissions[1 * tag_count + tag(org, Position::L)] = 5;
  emissions[2 * tag_count + tag_o] = 1;
  emissions[3 * tag_count + tag(loc, Position::B)] = 5;
  std::vector<float> margins;
  auto tags = viterbi(emissions, transitions, n, &margins);
  REQUIRE(tags.size() == n);
  std::size_t previous = tag_count;
  for (auto t : tags) {
    CHECK(allowed(previous, t));
    previous = t;
  }
  CHECK(may_end(tags.back()));
  CHECK(margins.size() == n);
}

namespace {

struct Fixture {
  std::string text;
  text::Document doc;
  std::vector<bool> blocked;
  extract::Recognition recognition;
  explicit Fixture(std::string t) : text(std::move(t)) {
    doc = text::analyse(text, 0, text.size());
    blocked.assign(doc.tokens.size(), false);
    recognition = extract::recognise(doc, *lexicon::Knowledge::standard(), blocked);
  }
  // The token index of the first token whose text is `word`.
  std::size_t at(std::string_view word) const {
    for (std::size_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.token_text(i) == word) return i;
    FAIL("no token " << word);
    return 0;
  }
  const extract::Mention* mention_at(std::size_t token) const {
    for (const auto& m : recognition.mentions)
      if (m.first <= token && token < m.end) return &m;
    return nullptr;
  }
  // A labeller that answers `spans` (in document tokens) for the sentence holding them.
  SpanSource answer(std::vector<Span> spans) const {
    return [this, spans](const std::vector<std::string_view>& forms) {
      std::vector<Span> out;
      for (const auto& sentence : doc.sentences)
        if (sentence.end_token - sentence.first_token == forms.size() &&
            doc.token_text(sentence.first_token).data() == forms.front().data())
          for (Span s : spans)
            if (s.first >= sentence.first_token && s.end <= sentence.end_token) {
              s.first -= sentence.first_token;
              s.end -= sentence.first_token;
              out.push_back(s);
            }
      return out;
    };
  }
};

}  // namespace

TEST_CASE("combination: a lexicon-known name keeps its entry; an unknown one comes from the labeller") {
  Fixture f("Officials from Geneva met Qorvexa executives on Monday.");
  std::size_t geneva = f.at("Geneva"), qorvexa = f.at("Qorvexa");
  const extract::Mention* before = f.mention_at(geneva);
  REQUIRE(before);
  REQUIRE(before->entry);
  lexicon::EntryId entry = *before->entry;
  CHECK(f.mention_at(qorvexa) == nullptr);
  // The labeller reads Geneva as a place too (but less confidently) and Qorvexa as an organization.
  combine(f.doc, *lexicon::Knowledge::standard(), f.blocked, f.answer({{geneva, geneva + 1, loc, 0.7}, {qorvexa, qorvexa + 1, org, 0.92}}),
          f.recognition);
  const extract::Mention* kept = f.mention_at(geneva);
  REQUIRE(kept);
  CHECK(kept->entry == entry);
  CHECK(kept->rule == "lexicon");
  const extract::Mention* added = f.mention_at(qorvexa);
  REQUIRE(added);
  CHECK(added->kind == extract::EntityKind::organization);
  CHECK(added->rule == labeller_rule);
  CHECK(added->confidence == doctest::Approx(0.92));
  CHECK(!added->entry);
}

TEST_CASE("combination: a confident labeller replaces a weak guess, overrules a lexicon match only when sure") {
  Fixture f("Talks\n\nThe IWF banned the lifter on Monday, and Geneva beat Basel 2-1 at home.");
  std::size_t iwf = f.at("IWF"), geneva = f.at("Geneva");
  const extract::Mention* acronym = f.mention_at(iwf);
  REQUIRE(acronym);
  REQUIRE(!acronym->entry);
  auto lexicon_geneva = f.mention_at(geneva);
  REQUIRE(lexicon_geneva);
  REQUIRE(lexicon_geneva->entry);
  // Unsure: the lexicon match stays a place.
  combine(f.doc, *lexicon::Knowledge::standard(), f.blocked, f.answer({{geneva, geneva + 1, org, 0.7}}), f.recognition);
  CHECK(f.mention_at(geneva)->kind == extract::EntityKind::place);
  CHECK(f.mention_at(geneva)->entry);
  // Sure: the club.
  combine(f.doc, *lexicon::Knowledge::standard(), f.blocked, f.answer({{geneva, geneva + 1, org, 0.95}, {iwf, iwf + 1, org, 0.9}}), f.recognition);
  CHECK(f.mention_at(geneva)->kind == extract::EntityKind::organization);
  CHECK(!f.mention_at(geneva)->entry);
  CHECK(f.mention_at(geneva)->rule == labeller_rule);
  // Mentions stay sorted and apart.
  for (std::size_t m = 1; m < f.recognition.mentions.size(); ++m)
    CHECK(f.recognition.mentions[m - 1].end <= f.recognition.mentions[m].first);
}

namespace {

struct IobSentence {
  std::vector<std::string> forms;
  std::vector<Span> spans;
};

std::vector<IobSentence> read_iob2(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::vector<IobSentence> out(1);
  std::vector<std::string> tags;
  auto finish = [&] {
    std::optional<Span> open;
    for (std::size_t i = 0; i <= tags.size(); ++i) {
      std::string t = i < tags.size() ? tags[i] : "O";
      std::optional<Type> type;
      if (t.size() > 2) {
        std::string name = t.substr(2);
        if (name == "PER") type = per;
        if (name == "ORG") type = org;
        if (name == "LOC") type = loc;
      }
      bool inside = type && t[0] == 'I' && open && open->type == *type;
      if (open && !inside) {
        open->end = i;
        out.back().spans.push_back(*open);
        open.reset();
      }
      if (type && !inside) open = Span{i, i, *type, 1.0};
    }
    tags.clear();
    out.emplace_back();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!out.back().forms.empty()) finish();
      continue;
    }
    if (line[0] == '#') continue;
    std::istringstream fields(line);
    std::string id, form, t;
    std::getline(fields, id, '\t');
    std::getline(fields, form, '\t');
    std::getline(fields, t, '\t');
    out.back().forms.push_back(form);
    tags.push_back(t);
  }
  if (!out.back().forms.empty()) finish();
  out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("the embedded labeller on a frozen slice of UNER EWT dev") {
  auto labeller = Labeller::embedded();
  if (!labeller) {
    MESSAGE("no entity model embedded: skipped");
    return;
  }
  auto sentences = read_iob2(std::string(NEWSKG_SOURCE_DIR) + "/tests/data/uner-ewt-dev-200.iob2");
  CHECK(sentences.size() == 200);
  std::size_t gold = 0, predicted = 0, correct = 0;
  for (const auto& s : sentences) {
    std::vector<std::string_view> forms(s.forms.begin(), s.forms.end());
    auto spans = labeller->label(forms, *lexicon::Knowledge::standard());
    gold += s.spans.size();
    predicted += spans.size();
    for (const auto& span : spans) {
      CHECK(span.confidence > 0.0);
      CHECK(span.confidence <= 1.0);
      if (std::find(s.spans.begin(), s.spans.end(), span) != s.spans.end()) ++correct;
    }
  }
  double f1 = 200.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted);
  MESSAGE("UNER EWT dev slice: gold " << gold << ", predicted " << predicted << ", correct " << correct << ", F1 " << f1);
  CHECK(f1 >= 62.0);  // measured 65.2 with the committed model
}
