// The extraction stage: from an analysed article to entities, roles and events.
#pragma once

#include "newskg/error.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/ingest/article.hpp"
#include "newskg/lexicon/knowledge.hpp"

namespace newskg::extract {

Extraction extract(const ingest::Article& article, const lexicon::Knowledge& knowledge,
                   DiagnosticSink& diagnostics);

}  // namespace newskg::extract
