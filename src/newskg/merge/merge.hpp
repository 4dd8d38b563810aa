// newskg merge: many exports in, one deduplicated dataset out, with entities
// reconciled across articles (merge/reconcile.hpp) and meetings that became
// identical merged. The small interface the CLI (cli/merge_command.cpp) uses.
//
// Three passes, memory bounded independently of the input size:
//  1. read every input (Serd for Turtle, TriG, N-Triples, and N-Quads in
//     chunks of lines, merge/nquads_reader.hpp; the JSON-LD reader for
//     .jsonld), keeping only the per-entity table (types,
//     names, sameAs links) and the per-meeting table (kind, attendees, date,
//     place); a file that does not parse stops everything here, before any
//     output exists. Then decide the merges.
//  2. read every input again, rewrite subjects and objects to the surviving
//     IRIs (adding `old owl:sameAs kept` in each graph where `old` was a
//     subject), and push each statement as an N-Quads line into the external
//     sort (merge/external_sort.hpp): sorted runs of at most --memory-mb.
//  3. merge the runs k ways, dropping duplicates, into the writer.
//
// Memory does not depend on the number of statements. Peak RSS is the larger of
//  - the sort: --memory-mb for the block + about 20 MB (program, read and
//    write buffers); and
//  - the tables: 12 MB + about 1.6 KB per distinct entity (measured: 200,000
//    persons with a name, an alternate name and a sameAs link, 340 MB).
// Sorting one million statements wholly in memory would take about 180 MB
// (newskg's N-Quads lines average 168 bytes, plus 16 bytes of index: measured
// 388 MB for 2.08 million statements with --memory-mb 2048); beyond
// --memory-mb they go to sorted runs on disk, about 170 MB per million.
// Measured with inputs of 2,082,000 and 4,164,000 statements (the examples
// exported 1000 and 2000 times with different --url values, one .nq file
// each): 82.6 MB and 82.6 MB peak RSS with --memory-mb 64 (6 and 12 runs),
// 279.2 MB and 279.3 MB with the default 256.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "newskg/merge/reconcile.hpp"
#include "newskg/rdf/sink.hpp"

namespace newskg::merge {

struct MergeOptions {
  rdf::WriterOptions writer;
  std::string temp_dir;                      // empty: the system's temporary directory
  std::size_t memory_bytes = 256u << 20;     // the sort block
};

struct MergeSummary {
  std::size_t inputs = 0;
  std::size_t statements_read = 0;
  std::size_t statements_written = 0;
  std::size_t entities = 0;          // distinct entities (with a type family) in the inputs
  std::size_t entities_merged = 0;   // IRIs merged away
  std::size_t meetings_merged = 0;   // meeting IRIs merged away
  std::size_t sort_runs = 0;         // run files written (0: sorted in memory)
  std::vector<MergeGroup> groups;    // the report, entities then meetings
};

// Reads one export into `sink` (not finished), its syntax from the file name:
// .ttl .trig .nt .nq through Serd, .jsonld (and .json) through the JSON-LD
// reader. Blank node labels get `blank_prefix`. Throws Error (file and line).
void read_export(const std::string& path, rdf::QuadSink& sink, const std::string& blank_prefix = {});

// Merges `inputs` into `out` (which receives the finished document). Throws
// Error on an unreadable input (before writing anything to `out`) or a failed write.
MergeSummary merge_exports(const std::vector<std::string>& inputs, const MergeOptions& options,
                           std::ostream& out);

// The report as JSON Lines: {"kept", "merged", "reason", "names"} per group.
void write_report(const std::vector<MergeGroup>& groups, std::ostream& out);

}  // namespace newskg::merge
