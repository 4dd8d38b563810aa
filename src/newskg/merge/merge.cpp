#include "newskg/merge/merge.hpp"

#include "newskg/gzip.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <filesystem>
#include <unordered_map>
#include <utility>

#include "newskg/error.hpp"
#include "newskg/gzip.hpp"
#include "newskg/merge/external_sort.hpp"
#include "newskg/merge/nquads_line.hpp"
#include "newskg/merge/nquads_reader.hpp"
#include "newskg/rdf/jsonld_reader.hpp"
#include "newskg/rdf/serd_reader.hpp"
#include "newskg/rdf/vocab.hpp"

namespace newskg::merge {
namespace {

namespace vocab = rdf::vocab;
using rdf::Quad;
using rdf::Term;

const std::string schema_name = vocab::term(vocab::schema, "name");
const std::string schema_alternate_name = vocab::term(vocab::schema, "alternateName");
const std::string schema_same_as = vocab::term(vocab::schema, "sameAs");
const std::string schema_attendee = vocab::term(vocab::schema, "attendee");
const std::string schema_start_date = vocab::term(vocab::schema, "startDate");
const std::string schema_location = vocab::term(vocab::schema, "location");
const std::string nkg_meeting = vocab::term(vocab::nkg, "Meeting");
const std::string nkg_meeting_kind = vocab::term(vocab::nkg, "meetingKind");
const std::string owl_same_as = vocab::term(vocab::owl, "sameAs");

// Pass 1: the per-entity and per-meeting tables, nothing else.
class TableBuilder final : public rdf::QuadSink {
 public:
  void prefix(std::string_view, std::string_view) override {}
  void quad(const Quad& q) override {
    rdf::check_quad(q);  // refuse now what no writer could write later
    ++statements;
    if (!q.subject.is_iri()) return;
    const std::string& predicate = q.predicate.value;
    const std::string& subject = q.subject.value;
    if (predicate == vocab::rdf_type) {
      if (!q.object.is_iri()) return;
      if (unsigned family = family_of_type(q.object.value)) entity(subject).families |= family;
      if (q.object.value == nkg_meeting) meeting(subject).is_meeting = true;
    } else if (predicate == schema_name && q.object.is_literal()) {
      entity(subject).names.insert(q.object.value);
    } else if (predicate == schema_alternate_name && q.object.is_literal()) {
      entity(subject).alternate_names.insert(q.object.value);
    } else if (predicate == schema_same_as && q.object.is_iri()) {
      entity(subject).same_as.insert(q.object.value);
    } else if (predicate == nkg_meeting_kind) {
      meeting(subject).record.kinds.insert(q.object);
    } else if (predicate == schema_attendee) {
      meeting(subject).record.attendees.insert(q.object);
    } else if (predicate == schema_start_date) {
      meeting(subject).record.dates.insert(normalized(q.object));
    } else if (predicate == schema_location) {
      meeting(subject).record.places.insert(q.object);
    }
  }
  void finish() override {}

  struct Meeting {
    bool is_meeting = false;
    MeetingRecord record;
  };

  std::size_t statements = 0;
  std::unordered_map<std::string, EntityRecord> entities;
  std::unordered_map<std::string, Meeting> meetings;

 private:
  static Term normalized(Term term) {
    if (term.is_literal() && term.datatype == vocab::xsd_string) term.datatype.clear();
    return term;
  }
  EntityRecord& entity(const std::string& iri) {
    auto [it, added] = entities.try_emplace(iri);
    if (added) it->second.iri = iri;
    return it->second;
  }
  Meeting& meeting(const std::string& iri) {
    auto [it, added] = meetings.try_emplace(iri);
    if (added) it->second.record.iri = iri;
    return it->second;
  }
};

// Pass 2: rewrite to the surviving IRIs and feed the external sort.
// One schema:name per IRI: `names` holds, for each surviving IRI that carries
// several, the one it keeps; its other names become schema:alternateName.
class Rewriter final : public rdf::QuadSink {
 public:
  Rewriter(const std::unordered_map<std::string, std::string>& survivors,
           const std::unordered_map<std::string, std::string>& names, ExternalSorter& sorter, bool keep_graphs)
      : survivors_(survivors), names_(names), sorter_(sorter), keep_graphs_(keep_graphs) {}

  void prefix(std::string_view, std::string_view) override {}
  void quad(const Quad& q) override {
    Quad copy = q;
    take(std::move(copy));
  }
  void take(Quad&& q) override {
    if (!keep_graphs_) q.graph = Term{};
    if (q.object.is_literal() && q.object.datatype == vocab::xsd_string) q.object.datatype.clear();
    const std::string* old_subject = nullptr;
    std::string replaced_subject;
    if (q.subject.is_iri()) {
      auto found = survivors_.find(q.subject.value);
      if (found != survivors_.end()) {
        replaced_subject = std::move(q.subject.value);
        q.subject.value = found->second;
        old_subject = &replaced_subject;
      }
    }
    if (q.object.is_iri()) {
      auto found = survivors_.find(q.object.value);
      if (found != survivors_.end()) q.object.value = found->second;
    }
    if (q.predicate.value == schema_name && q.object.is_literal()) {
      auto found = names_.find(q.subject.value);
      if (found != names_.end() && found->second != q.object.value) q.predicate.value = schema_alternate_name;
    }
    bool reflexive_same_as = q.predicate.value == owl_same_as && q.subject == q.object;
    if (!reflexive_same_as) add(q);
    if (old_subject) {
      // `old owl:sameAs kept` in each graph where `old` stood as a subject;
      // once per run of its statements (the sort drops the other repeats).
      std::string key;
      append_term(q.graph.is_none() ? Term::blank("default") : q.graph, key);
      key += ' ';
      key += *old_subject;
      if (key != last_same_as_) {
        Quad same{q.graph, Term::iri(*old_subject), Term::iri(owl_same_as), q.subject};
        add(same);
        last_same_as_ = std::move(key);
      }
    }
  }
  void finish() override {}

 private:
  void add(const Quad& q) {
    line_.clear();
    append_quad(q, line_);
    sorter_.add(line_);
  }

  const std::unordered_map<std::string, std::string>& survivors_;
  const std::unordered_map<std::string, std::string>& names_;
  ExternalSorter& sorter_;
  bool keep_graphs_;
  std::string line_;
  std::string last_same_as_;
};

// A private directory for the sort's run files, removed with everything in it.
class TemporaryDirectory {
 public:
  explicit TemporaryDirectory(const std::string& parent) {
    std::filesystem::path base = parent.empty() ? std::filesystem::temp_directory_path() : std::filesystem::path(parent);
    std::string pattern = (base / "newskg-merge-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
      throw Error(Status::io_error, "cannot create a temporary directory (see --temp-dir)", {base.string(), 0});
    path_ = pattern;
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string blank_prefix_for(std::size_t input) { return "f" + std::to_string(input) + "_"; }

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// For each surviving IRI with several schema:name values (over all the
// entities merged into it), the one it keeps: the longest (in code points),
// ties broken by the smaller; the same whatever the order of the inputs.
std::unordered_map<std::string, std::string> kept_names(const std::vector<EntityRecord>& entities,
                                                        const std::map<std::string, std::string>& survivors) {
  std::unordered_map<std::string, std::set<std::string>> names;
  for (const auto& record : entities) {
    auto found = survivors.find(record.iri);
    auto& into = names[found == survivors.end() ? record.iri : found->second];
    into.insert(record.names.begin(), record.names.end());
  }
  std::unordered_map<std::string, std::string> kept;
  for (auto& [iri, set] : names) {
    if (set.size() < 2) continue;
    const std::string* best = nullptr;
    for (const auto& name : set)
      if (!best || code_points(name) > code_points(*best)) best = &name;
    kept.emplace(iri, *best);
  }
  return kept;
}

}  // namespace

void read_export(const std::string& path, rdf::QuadSink& sink, const std::string& blank_prefix) {
  rdf::Format format = rdf::format_from_path(without_gz(path));
  // Each reader streams the file, decompressing NAME.EXT.gz as it goes.
  if (format == rdf::Format::jsonld)
    rdf::read_jsonld_file(path, sink, blank_prefix);
  else if (format == rdf::Format::nquads)
    read_nquads_in_chunks(path, sink, blank_prefix);  // Serd 0.30 grows on long N-Quads files
  else
    rdf::read_rdf_file(path, format, sink, {}, blank_prefix);
}

MergeSummary merge_exports(const std::vector<std::string>& inputs, const MergeOptions& options, std::ostream& out) {
  MergeSummary summary;
  summary.inputs = inputs.size();

  // Pass 1: tables, then the merges.
  TableBuilder tables;
  for (std::size_t i = 0; i < inputs.size(); ++i) read_export(inputs[i], tables, blank_prefix_for(i));
  summary.statements_read = tables.statements;
  std::vector<EntityRecord> entities;
  entities.reserve(tables.entities.size());
  for (auto& [iri, record] : tables.entities)
    if (record.families != 0) entities.push_back(std::move(record));
  tables.entities.clear();
  summary.entities = entities.size();
  std::vector<MergeGroup> groups = reconcile_entities(entities);
  std::map<std::string, std::string> survivors = rewrite_map(groups);
  std::unordered_map<std::string, std::string> names = kept_names(entities, survivors);
  entities.clear();
  summary.entities_merged = survivors.size();
  std::vector<MeetingRecord> meetings;
  for (auto& [iri, meeting] : tables.meetings)
    if (meeting.is_meeting) meetings.push_back(std::move(meeting.record));
  tables.meetings.clear();
  std::vector<MergeGroup> meeting_groups = reconcile_meetings(meetings, survivors);
  for (const auto& group : meeting_groups) {
    summary.meetings_merged += group.merged.size();
    for (const auto& iri : group.merged) survivors[iri] = group.kept;
  }
  groups.insert(groups.end(), meeting_groups.begin(), meeting_groups.end());
  summary.groups = std::move(groups);
  std::unordered_map<std::string, std::string> lookup(survivors.begin(), survivors.end());
  survivors.clear();
#ifdef __GLIBC__
  ::malloc_trim(0);  // hand the tables' memory back before the sort block is filled
#endif

  // Pass 2: rewrite into the external sort.
  TemporaryDirectory directory(options.temp_dir);
  ExternalSorter sorter(directory.path(), options.memory_bytes);
  Rewriter rewriter(lookup, names, sorter, rdf::format_has_graphs(options.writer.format));
  for (std::size_t i = 0; i < inputs.size(); ++i) read_export(inputs[i], rewriter, blank_prefix_for(i));

  // Pass 3: merge the runs into the writer.
  auto writer = rdf::make_writer(options.writer, out);
  for (const auto& [name, iri] : vocab::export_prefixes) writer->prefix(name, iri);
  writer->prefix("owl", vocab::owl);
  sorter.merge([&](std::string_view line) {
    writer->take(parse_quad_line(line));
    ++summary.statements_written;
  });
  writer->finish();
  summary.sort_runs = sorter.runs_written();
  return summary;
}

void write_report(const std::vector<MergeGroup>& groups, std::ostream& out) {
  for (const auto& group : groups) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
    auto string = [&json](const std::string& text) {
      json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    };
    json.StartObject();
    json.Key("kept");
    string(group.kept);
    json.Key("merged");
    json.StartArray();
    for (const auto& iri : group.merged) string(iri);
    json.EndArray();
    json.Key("reason");
    string(group.reason);
    json.Key("names");
    json.StartArray();
    for (const auto& name : group.names) string(name);
    json.EndArray();
    json.EndObject();
    out << buffer.GetString() << '\n';
  }
}

}  // namespace newskg::merge
