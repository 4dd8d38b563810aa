#include "newskg/lexicon/lexicon.hpp"

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "newskg/error.hpp"
#include "newskg/rdf/serd_error.hpp"
#include "newskg/resources.hpp"
#include "newskg/text/chars.hpp"
#include "newskg/text/document.hpp"
#include "newskg/text/utf8.hpp"

namespace newskg::lexicon {
namespace {

constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view schema = "http://schema.org/";
constexpr std::string_view nkg = "https://w3id.org/newskg/ns#";
constexpr std::string_view rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

struct LoadState {
  std::vector<Entry>* entries;
  std::unordered_map<std::string, EntryId>* by_id;
  SerdEnv* env;
  std::string error;
  unsigned line = 0;
};

std::string node_text(const SerdNode* node, SerdEnv* env) {
  if (node->type == SERD_CURIE) {
    SerdNode expanded = serd_env_expand_node(env, node);
    std::string text(reinterpret_cast<const char*>(expanded.buf), expanded.n_bytes);
    serd_node_free(&expanded);
    return text;
  }
  return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes);
}

EntryKind kind_of_class(std::string_view iri) {
  auto is = [&](std::string_view ns, std::string_view local) {
    return iri.size() == ns.size() + local.size() && iri.substr(0, ns.size()) == ns && iri.substr(ns.size()) == local;
  };
  if (is(schema, "Person")) return EntryKind::person;
  for (auto local : {"Organization", "GovernmentOrganization", "NewsMediaOrganization", "Corporation",
                     "PoliticalParty", "SportsTeam", "SportsOrganization", "EducationalOrganization", "NGO"})
    if (is(schema, local)) return EntryKind::organization;
  for (auto local : {"Place", "Country", "City", "State", "AdministrativeArea", "Continent", "BodyOfWater",
                     "Landform", "LandmarksOrHistoricalBuildings", "Airport"})
    if (is(schema, local)) return EntryKind::place;
  if (is(nkg, "Title")) return EntryKind::title;
  return EntryKind::other;
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<LoadState*>(handle)->env, name, uri);
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* subject,
                        const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode*) {
  auto* state = static_cast<LoadState*>(handle);
  std::string id = node_text(subject, state->env);
  auto [found, inserted] = state->by_id->emplace(id, static_cast<EntryId>(state->entries->size()));
  if (inserted) {
    state->entries->emplace_back();
    state->entries->back().id = id;
  }
  Entry& entry = (*state->entries)[found->second];
  std::string property = node_text(predicate, state->env);
  std::string value = node_text(object, state->env);
  auto is = [&](std::string_view ns, std::string_view local) { return property == std::string(ns) + std::string(local); };
  if (property == rdf_type) {
    entry.classes.push_back(value);
    EntryKind kind = kind_of_class(value);
    if (kind != EntryKind::other) entry.kind = kind;
  } else if (is(skos, "prefLabel")) {
    entry.label = value;
  } else if (is(skos, "altLabel")) {
    entry.alt_labels.push_back(value);
  } else if (is(schema, "sameAs")) {
    entry.same_as.push_back(value);
  } else if (is(nkg, "demonym")) {
    entry.demonyms.push_back(value);
  } else if (is(nkg, "governmentMetonym")) {
    entry.metonyms.push_back(value);
  } else if (is(schema, "jobTitle")) {
    entry.job_titles.push_back(value);
  } else if (is(nkg, "country") || is(nkg, "alpha2")) {
    entry.country = value;
  } else if (is(nkg, "acronym")) {
    entry.acronym = value;
    entry.alt_labels.push_back(value);
  } else if (is(nkg, "titleKind")) {
    entry.title_kind = value;
  } else if (is(nkg, "category")) {
    entry.category = value;
  }
  return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto* state = static_cast<LoadState*>(handle);
  if (!state->error.empty()) return error->status;
  state->error = rdf::serd_error_text(*error);
  state->line = error->line;
  return error->status;
}

// Tokens of a label, as the text layer would split them.
std::vector<std::string_view> label_tokens(std::string_view label) {
  text::Document doc = text::analyse(label, 0, label.size());
  std::vector<std::string_view> tokens;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) tokens.push_back(doc.token_text(i));
  return tokens;
}

}  // namespace

std::string token_key(std::string_view token, bool fold_case) {
  std::string key;
  key.reserve(token.size());
  std::size_t pos = 0;
  while (pos < token.size()) {
    char32_t c = text::next_code_point(token, pos);
    if (text::is_apostrophe(c)) c = '\'';
    else if (text::is_dash(c)) c = '-';
    if (fold_case) c = text::to_upper(c);
    text::append_utf8(key, c);
  }
  return key;
}

void Lexicon::add_turtle(std::string_view turtle, const std::string& name) {
  std::unique_ptr<SerdEnv, decltype(&serd_env_free)> env(serd_env_new(nullptr), &serd_env_free);
  LoadState state{&entries_, &by_id_, env.get(), {}, 0};
  std::unique_ptr<SerdReader, decltype(&serd_reader_free)> reader(
      serd_reader_new(SERD_TURTLE, &state, nullptr, nullptr, &on_prefix, &on_statement, nullptr),
      &serd_reader_free);
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), &on_error, &state);
  std::string text(turtle);
  SerdStatus status = serd_reader_read_string(reader.get(), reinterpret_cast<const uint8_t*>(text.c_str()));
  if (status != SERD_SUCCESS || !state.error.empty())
    throw Error(Status::bad_syntax,
                "lexicon is not valid Turtle: " +
                    (state.error.empty() ? std::string(reinterpret_cast<const char*>(serd_strerror(status)))
                                         : state.error),
                {name, state.line});
  built_ = false;
}

void Lexicon::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Status::io_error, "cannot open the lexicon file", {path, 0});
  std::ostringstream buffer;
  buffer << in.rdbuf();
  add_turtle(buffer.str(), path);
}

void Lexicon::add_embedded() {
  for (const auto& file : embedded_files()) {
    if (file.path.starts_with("ontology/lexicon/") && file.path.ends_with(".ttl"))
      add_turtle(file.content, std::string(file.path));
  }
}

void Lexicon::index_label(std::string_view label, LabelHit hit) {
  std::vector<std::string_view> tokens = label_tokens(label);
  if (tokens.empty()) return;
  for (int folded = 0; folded < 2; ++folded) {
    auto& nodes = folded ? folded_ : exact_;
    std::uint32_t node = 0;
    for (auto token : tokens) {
      std::string key = token_key(token, folded != 0);
      auto found = nodes[node].children.find(key);
      if (found == nodes[node].children.end()) {
        auto child = static_cast<std::uint32_t>(nodes.size());
        nodes[node].children.emplace(std::move(key), child);
        nodes.emplace_back();
        node = child;
      } else {
        node = found->second;
      }
    }
    auto& hits = nodes[node].hits;
    bool duplicate = false;
    for (const auto& existing : hits) duplicate |= existing.entry == hit.entry && existing.role == hit.role;
    if (!duplicate) hits.push_back(hit);
  }
}

void Lexicon::build() {
  if (built_) return;
  exact_.assign(1, Node{});
  folded_.assign(1, Node{});
  countries_.clear();
  for (EntryId id = 0; id < entries_.size(); ++id) {
    Entry& entry = entries_[id];
    if (entry.label.empty()) continue;  // a node the lexicon only refers to
    index_label(entry.label, {id, LabelRole::preferred});
    for (const auto& alt : entry.alt_labels)
      index_label(alt, {id, alt == entry.acronym ? LabelRole::acronym : LabelRole::alternative});
    for (const auto& demonym : entry.demonyms) index_label(demonym, {id, LabelRole::demonym});
    bool is_country = false;
    for (const auto& type : entry.classes) is_country |= type == std::string(schema) + "Country";
    if (is_country && entry.country.size() == 2) countries_.emplace(entry.country, id);
  }
  built_ = true;
}

const Entry* Lexicon::country(std::string_view alpha2) const {
  auto found = countries_.find(std::string(alpha2));
  return found == countries_.end() ? nullptr : &entries_[found->second];
}

std::size_t Lexicon::walk(const std::vector<std::string_view>& tokens, std::size_t start, bool folded,
                          std::vector<LabelHit>& hits) const {
  const auto& nodes = folded ? folded_ : exact_;
  std::uint32_t node = 0;
  std::size_t best = 0;
  for (std::size_t i = start; i < tokens.size(); ++i) {
    auto found = nodes[node].children.find(token_key(tokens[i], folded));
    if (found == nodes[node].children.end()) break;
    node = found->second;
    if (!nodes[node].hits.empty()) {
      best = i + 1 - start;
      hits = nodes[node].hits;
    }
  }
  return best;
}

std::size_t Lexicon::longest_match(const std::vector<std::string_view>& tokens, std::size_t start, bool fold_case,
                                   std::vector<LabelHit>& hits) const {
  hits.clear();
  return walk(tokens, start, fold_case, hits);
}

}  // namespace newskg::lexicon
