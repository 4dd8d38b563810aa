#include "newskg/extract/extractor.hpp"

namespace newskg::extract {

Extraction extract(const ingest::Article& article, DiagnosticSink&) {
  Extraction result;
  if (article.dateline) {
    const auto& dateline = *article.dateline;
    if (!dateline.agency.empty()) {
      Entity agency;
      agency.kind = EntityKind::organization;
      agency.name = std::string(dateline.agency.of(article.text));
      agency.mentions.push_back({dateline.agency.begin, dateline.agency.end, 0, 0.95, "dateline-agency"});
      agency.confidence = 0.95;
      result.publisher = result.entities.size();
      result.entities.push_back(std::move(agency));
    }
    if (!dateline.place.empty()) {
      Entity place;
      place.kind = EntityKind::place;
      place.name = dateline.place_name;
      place.mentions.push_back({dateline.place.begin, dateline.place.end, 0, 0.95, "dateline-place"});
      place.confidence = 0.95;
      result.dateline_place = result.entities.size();
      result.entities.push_back(std::move(place));
    }
  }
  return result;
}

}  // namespace newskg::extract
