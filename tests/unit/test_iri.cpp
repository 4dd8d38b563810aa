#include <doctest/doctest.h>

#include "newskg/error.hpp"
#include "newskg/graph/iri.hpp"
#include "newskg/rdf/term.hpp"

using namespace newskg;
using namespace newskg::graph;

TEST_CASE("slugs are deterministic, folded and safe") {
  CHECK(slug("Sergey Ryabkov") == "sergey-ryabkov");
  CHECK(slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan");
  CHECK(slug("Zoë Łukasz Ångström") == "zoe-lukasz-angstrom");
  CHECK(slug("  NATO's  ") == "nato-s");
  CHECK(slug("Russia\xE2\x80\x99s") == "russia-s");
  CHECK(slug("Владимир Путин") == "%D0%92%D0%BB%D0%B0%D0%B4%D0%B8%D0%BC%D0%B8%D1%80-%D0%9F%D1%83%D1%82%D0%B8%D0%BD");
  CHECK(slug("!!!") .rfind("x-", 0) == 0);
  CHECK(slug("!!!") == slug("!!!"));
  CHECK(slug("!!!") != slug("???"));
  std::string long_name(300, 'a');
  CHECK(slug(long_name).size() <= 80);
  CHECK(slug(long_name) != slug(long_name + "b"));
}

TEST_CASE("hostile names never break an IRI") {
  for (std::string name : {std::string("a>b \"c\" \\d {e}"), std::string("line\nbreak\ttab"), std::string("<>|^`"),
                           std::string("%zz 100%")}) {
    CAPTURE(name);
    std::string iri = "https://w3id.org/newskg/id/person/" + slug(name);
    CHECK(rdf::is_writable_iri(iri));
    CHECK(rdf::is_writable_iri(escape_iri("https://example.org/" + name)));
  }
  CHECK(escape_iri("https://example.org/a b<c>%41%zz") == "https://example.org/a%20b%3Cc%3E%41%25zz");
}

TEST_CASE("stable hash") {
  CHECK(stable_hash("") == "cbf29ce484222325");
  CHECK(stable_hash("a") == "af63dc4c8601ec8c");
  CHECK(stable_hash("article text") == stable_hash("article text"));
}

TEST_CASE("article IRIs: URL when usable, else a hash of the text") {
  const std::string base = "https://w3id.org/newskg/id/";
  CHECK(article_iri(base, "https://tass.com/politics/1234#top", "x") == "https://tass.com/politics/1234");
  CHECK(article_iri(base, "", "text") == base + "article/" + stable_hash("text"));
  CHECK(article_iri(base, "not a url", "text") == base + "article/" + stable_hash("text"));
  CHECK(article_iri(base, "https://example.org/a b", "t") == "https://example.org/a%20b");
  CHECK(mention_iri("https://example.org/a", 10, 25) == "https://example.org/a#char=10,25");
}

TEST_CASE("base IRIs are checked") {
  CHECK_NOTHROW(check_base("https://example.org/kg/"));
  CHECK_NOTHROW(check_base("urn:example:kg#"));
  CHECK_THROWS_AS(check_base("https://example.org/kg"), Error);
  CHECK_THROWS_AS(check_base("relative/"), Error);
  CHECK_THROWS_AS(check_base("https://exa mple.org/"), Error);
}
