#include "newskg/lexicon/lexicon.hpp"

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <algorithm>
#include <climits>
#include <cstdint>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

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
  std::vector<EntrySource>* entries;
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
  EntrySource& entry = (*state->entries)[found->second];
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
  return std::string(token_key(token, fold_case, key));
}

std::string_view token_key(std::string_view token, bool fold_case, std::string& key) {
  bool ascii = true;
  bool lower = false;
  for (char c : token) {
    ascii &= static_cast<unsigned char>(c) < 0x80;
    lower |= c >= 'a' && c <= 'z';
  }
  if (ascii) {
    if (!fold_case || !lower) return token;
    key.assign(token);
    for (char& c : key)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return key;
  }
  key.clear();
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

// The entries as read, while the lexicon is being added to.
struct Lexicon::Sources {
  std::vector<EntrySource> entries;
  std::unordered_map<std::string, EntryId> by_id;
};

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

Lexicon::Sources& Lexicon::sources() {
  if (sources_) return *sources_;
  sources_ = std::make_unique<Sources>();
  // Layered on a built lexicon (the compiled embedded one): its entries
  // become sources again, in the same order, so ids and index stay as if
  // everything had been read at once.
  for (EntryId id = 0; id < entry_count_; ++id) {
    const Entry& entry = this->entry(id);
    EntrySource source;
    auto strings = [](Strings items) { return std::vector<std::string>(items.begin(), items.end()); };
    source.id = entry.id;
    source.kind = entry.kind;
    source.classes = strings(entry.classes);
    source.label = entry.label;
    source.alt_labels = strings(entry.alt_labels);
    source.same_as = strings(entry.same_as);
    source.demonyms = strings(entry.demonyms);
    source.metonyms = strings(entry.metonyms);
    source.job_titles = strings(entry.job_titles);
    source.country = entry.country;
    source.acronym = entry.acronym;
    source.title_kind = entry.title_kind;
    source.category = entry.category;
    sources_->by_id.emplace(source.id, static_cast<EntryId>(sources_->entries.size()));
    sources_->entries.push_back(std::move(source));
  }
  return *sources_;
}

void Lexicon::add_turtle(std::string_view turtle, const std::string& name) {
  Sources& into = sources();
  std::unique_ptr<SerdEnv, decltype(&serd_env_free)> env(serd_env_new(nullptr), &serd_env_free);
  LoadState state{&into.entries, &into.by_id, env.get(), {}, 0};
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
  std::string_view compiled = image::find_section(compiled_lexicon_image(), "lexicon");
  if (!compiled.empty()) {
    if (!sources_ && entry_count_ == 0) {
      attach(compiled);
      return;
    }
    // The compiled image holds the embedded lexicons as they are before
    // anything is layered on them.
    throw std::logic_error("Lexicon::add_embedded() must come before any other lexicon");
  }
  for (const auto& file : embedded_files()) {
    if (file.path.starts_with("ontology/lexicon/") && file.path.ends_with(".ttl"))
      add_turtle(file.content, std::string(file.path));
  }
}

namespace {

// The token index while it is built: a trie of token keys.
struct TrieBuilder {
  struct Node {
    std::unordered_map<std::string, std::uint32_t> children;
    std::vector<LabelHit> hits;
  };
  std::vector<Node> nodes{1};
  std::size_t edges = 0;

  void add(const std::vector<std::string_view>& tokens, bool folded, LabelHit hit) {
    std::uint32_t node = 0;
    for (auto token : tokens) {
      std::string key = token_key(token, folded);
      auto found = nodes[node].children.find(key);
      if (found == nodes[node].children.end()) {
        auto child = static_cast<std::uint32_t>(nodes.size());
        nodes[node].children.emplace(std::move(key), child);
        nodes.emplace_back();
        ++edges;
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

  // [node count][hit count][edge count][slot count][nodes][hits][edges][slots]
  void write(image::Writer& out) const {
    std::size_t hit_count = 0;
    for (const auto& node : nodes) hit_count += node.hits.size();
    std::uint32_t slots = image::slot_count(edges);
    out.word(static_cast<std::uint32_t>(nodes.size()));
    out.word(static_cast<std::uint32_t>(hit_count));
    out.word(static_cast<std::uint32_t>(edges));
    out.word(slots);
    std::uint32_t first = 0;
    for (const auto& node : nodes) {
      out.word(first);
      out.word(static_cast<std::uint32_t>(node.hits.size()));
      first += static_cast<std::uint32_t>(node.hits.size());
    }
    for (const auto& node : nodes)
      for (const auto& hit : node.hits) {
        out.word(hit.entry);
        out.word(static_cast<std::uint32_t>(hit.role));
      }
    // Edges in a fixed order (by parent, then key), whatever the hash map's.
    std::vector<image::Slot> table(slots, image::Slot{0, image::empty_row});
    std::uint32_t row = 0;
    for (std::uint32_t parent = 0; parent < nodes.size(); ++parent) {
      std::vector<std::pair<std::string_view, std::uint32_t>> children(nodes[parent].children.begin(),
                                                                       nodes[parent].children.end());
      std::sort(children.begin(), children.end());
      for (const auto& [key, child] : children) {
        out.word(parent);
        out.word(child);
        out.ref(key);
        std::uint32_t hash = image::edge_hash(image::hash_bytes(key), parent);
        std::uint32_t slot = hash & (slots - 1);
        while (table[slot].row != image::empty_row) slot = (slot + 1) & (slots - 1);
        table[slot] = {hash, row++};
      }
    }
    for (const auto& slot : table) {
      out.word(slot.hash);
      out.word(slot.row);
    }
  }
};

void write_entry(image::Writer& out, const EntrySource& entry, std::uint32_t& next_item) {
  out.ref(entry.id);
  out.word(static_cast<std::uint32_t>(entry.kind));
  out.ref(entry.label);
  out.ref(entry.country);
  out.ref(entry.acronym);
  out.ref(entry.title_kind);
  out.ref(entry.category);
  for (const auto* list : {&entry.classes, &entry.alt_labels, &entry.same_as, &entry.demonyms, &entry.metonyms,
                           &entry.job_titles}) {
    out.word(next_item);
    out.word(static_cast<std::uint32_t>(list->size()));
    next_item += static_cast<std::uint32_t>(list->size());
  }
}
constexpr std::uint32_t entry_words = 2 + 1 + 5 * 2 + 6 * 2;

}  // namespace

// Section layout: [entry count][item count][country count][entries][items]
// [countries][exact trie][folded trie].
void Lexicon::build() {
  if (built_) return;
  Sources& from = sources();
  TrieBuilder exact, folded;
  std::vector<std::pair<std::string_view, EntryId>> countries;
  for (EntryId id = 0; id < from.entries.size(); ++id) {
    const EntrySource& entry = from.entries[id];
    if (entry.label.empty()) continue;  // a node the lexicon only refers to
    auto index = [&](std::string_view label, LabelHit hit) {
      std::vector<std::string_view> tokens = label_tokens(label);
      if (tokens.empty()) return;
      exact.add(tokens, false, hit);
      folded.add(tokens, true, hit);
    };
    index(entry.label, {id, LabelRole::preferred});
    for (const auto& alt : entry.alt_labels)
      index(alt, {id, alt == entry.acronym ? LabelRole::acronym : LabelRole::alternative});
    for (const auto& demonym : entry.demonyms) index(demonym, {id, LabelRole::demonym});
    bool is_country = false;
    for (const auto& type : entry.classes) is_country |= type == std::string(schema) + "Country";
    if (is_country && entry.country.size() == 2) countries.emplace_back(entry.country, id);
  }
  // The first country of a code wins.
  std::stable_sort(countries.begin(), countries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  countries.erase(std::unique(countries.begin(), countries.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  countries.end());
  image::Writer out;
  std::size_t items = 0;
  for (const auto& entry : from.entries)
    items += entry.classes.size() + entry.alt_labels.size() + entry.same_as.size() + entry.demonyms.size() +
             entry.metonyms.size() + entry.job_titles.size();
  out.word(static_cast<std::uint32_t>(from.entries.size()));
  out.word(static_cast<std::uint32_t>(items));
  out.word(static_cast<std::uint32_t>(countries.size()));
  std::uint32_t next_item = 0;
  for (const auto& entry : from.entries) write_entry(out, entry, next_item);
  for (const auto& entry : from.entries)
    for (const auto* list : {&entry.classes, &entry.alt_labels, &entry.same_as, &entry.demonyms, &entry.metonyms,
                             &entry.job_titles})
      for (const auto& item : *list) out.ref(item);
  for (const auto& [code, id] : countries) {
    out.ref(code);
    out.word(id);
  }
  exact.write(out);
  folded.write(out);
  owned_ = std::make_shared<const std::string>(out.take());
  attach(*owned_);
}

std::string Lexicon::compile() const { return std::string(section_); }

void Lexicon::attach(std::string_view section) {
  section_ = section;
  reader_ = image::Reader(section);
  std::uint32_t entry_count = reader_.word(0);
  std::uint32_t item_count = reader_.word(1);
  std::uint32_t country_count = reader_.word(2);
  std::uint32_t items_at = 3 + entry_count * entry_words;
  // The entries' views are made on first use (make_block): a process that
  // reads a few hundred entries does not build (and page in) them all.
  entry_count_ = entry_count;
  items_at_ = items_at;
  blocks_ = std::make_unique<Block[]>((entry_count + block_size - 1) / block_size);
  std::uint32_t at = items_at + item_count * 2;
  countries_ = reader_.array<CountryRow>(at, country_count);
  at += country_count * 3;
  for (Trie* trie : {&exact_, &folded_}) {
    std::uint32_t nodes = reader_.word(at), hits = reader_.word(at + 1), edges = reader_.word(at + 2),
                  slots = reader_.word(at + 3);
    at += 4;
    trie->nodes = reader_.array<Trie::Node>(at, nodes);
    at += nodes * 2;
    trie->hits = reader_.array<LabelHit>(at, hits);
    at += hits * 2;
    trie->edges = reader_.array<Trie::Edge>(at, edges);
    at += edges * 4;
    trie->slots = reader_.array<image::Slot>(at, slots);
    at += slots * 2;
  }
  built_ = true;
}

void Lexicon::make_block(std::uint32_t block_index) const {
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  Block& block = blocks_[block_index];
  if (block.ready.load(std::memory_order_relaxed)) return;
  std::uint32_t first = block_index * block_size;
  std::uint32_t count = std::min(block_size, entry_count_ - first);
  auto entries = std::make_unique<Entry[]>(count);
  // The items of the block's lists, copied as views once: [low, high) of the image's item rows.
  std::uint32_t low = UINT32_MAX, high = 0;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t at = 3 + (first + i) * entry_words + 13;
    for (int list = 0; list < 6; ++list, at += 2) {
      std::uint32_t offset = reader_.word(at), size = reader_.word(at + 1);
      if (size == 0) continue;
      low = std::min(low, offset);
      high = std::max(high, offset + size);
    }
  }
  if (low > high) low = high = 0;
  block.items.resize(high - low);
  for (std::uint32_t i = low; i < high; ++i) block.items[i - low] = reader_.string_at(items_at_ + 2 * i);
  for (std::uint32_t i = 0; i < count; ++i) {
    Entry& entry = entries[i];
    std::uint32_t at = 3 + (first + i) * entry_words;
    entry.id = reader_.string_at(at);
    entry.kind = static_cast<EntryKind>(reader_.word(at + 2));
    entry.label = reader_.string_at(at + 3);
    entry.country = reader_.string_at(at + 5);
    entry.acronym = reader_.string_at(at + 7);
    entry.title_kind = reader_.string_at(at + 9);
    entry.category = reader_.string_at(at + 11);
    at += 13;
    for (Strings* list : {&entry.classes, &entry.alt_labels, &entry.same_as, &entry.demonyms, &entry.metonyms,
                          &entry.job_titles}) {
      std::uint32_t offset = reader_.word(at), size = reader_.word(at + 1);
      *list = size == 0 ? Strings() : Strings(block.items.data() + (offset - low), size);
      at += 2;
    }
  }
  block.entries = std::move(entries);
  block.ready.store(true, std::memory_order_release);
}

EntryId Lexicon::id_of(const Entry& entry) const {
  std::uint32_t blocks = (entry_count_ + block_size - 1) / block_size;
  for (std::uint32_t b = 0; b < blocks; ++b) {
    const Block& block = blocks_[b];
    if (!block.ready.load(std::memory_order_acquire)) continue;
    std::uint32_t count = std::min(block_size, entry_count_ - b * block_size);
    if (&entry >= block.entries.get() && &entry < block.entries.get() + count)
      return static_cast<EntryId>(b * block_size + static_cast<std::uint32_t>(&entry - block.entries.get()));
  }
  throw std::logic_error("Lexicon::id_of: not an entry of this lexicon");
}

const Entry* Lexicon::country(std::string_view alpha2) const {
  auto found = std::lower_bound(countries_.begin(), countries_.end(), alpha2,
                                [&](const CountryRow& row, std::string_view code) { return reader_.string(row.code) < code; });
  if (found == countries_.end() || reader_.string(found->code) != alpha2) return nullptr;
  return &entry(found->entry);
}

std::uint32_t Lexicon::Trie::child(const image::Reader& reader, std::uint32_t node, std::string_view key,
                                   std::uint32_t key_hash) const noexcept {
  std::uint32_t hash = image::edge_hash(key_hash, node);
  auto mask = static_cast<std::uint32_t>(slots.size() - 1);
  for (std::uint32_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const image::Slot& s = slots[slot];
    if (s.row == image::empty_row) return image::empty_row;
    if (s.hash != hash) continue;
    const Edge& edge = edges[s.row];
    if (edge.parent == node && reader.string(edge.key) == key) return edge.child;
  }
}

std::size_t Lexicon::walk(const std::vector<std::string_view>& tokens, std::size_t start, bool folded,
                          std::vector<LabelHit>& hits) const {
  const Trie& trie = folded ? folded_ : exact_;
  if (trie.slots.empty()) return 0;
  std::uint32_t node = 0;
  std::size_t best = 0;
  std::string buffer;
  for (std::size_t i = start; i < tokens.size(); ++i) {
    std::string_view key = token_key(tokens[i], folded, buffer);
    std::uint32_t child = trie.child(reader_, node, key, image::hash_bytes(key));
    if (child == image::empty_row) break;
    node = child;
    const Trie::Node& found = trie.nodes[node];
    if (found.hit_count != 0) {
      best = i + 1 - start;
      hits.assign(trie.hits.begin() + found.first_hit, trie.hits.begin() + found.first_hit + found.hit_count);
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
