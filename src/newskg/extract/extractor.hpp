// The extraction stage: from an analysed article to entities, roles and events.
#pragma once

#include "newskg/error.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/ingest/article.hpp"
#include "newskg/lexicon/knowledge.hpp"

namespace newskg::extract {

// How much of an article is held at a time: the text is read in pieces of at
// most piece_bytes (cut at line breaks), each with its own tokens, mentions
// and trees; entities, roles and statements join across pieces. Default: far
// above any real news article, which is read as one piece.
struct ExtractLimits {
  std::size_t piece_bytes = 256u << 10;
};

Extraction extract(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                   DiagnosticSink& diagnostics);
Extraction extract(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                   DiagnosticSink& diagnostics, const ExtractLimits& limits);

}  // namespace newskg::extract
