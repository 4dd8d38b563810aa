// The extraction stage: from an analysed article to entities, roles and events.
#pragma once

#include "newskg/error.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/ingest/article.hpp"

namespace newskg::extract {

Extraction extract(const ingest::Article& article, DiagnosticSink& diagnostics);

}  // namespace newskg::extract
