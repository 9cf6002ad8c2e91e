// The store's format in one place: the ref namespace, the entries of a version's tree, the commit
// message trailers, the format version in the repository's config, and meta.json written and read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "revisor/base/article_id.h"
#include "revisor/base/timestamp.h"

namespace revisor::store {

struct IngestRequest;

namespace format {

// Every article is one ref under this prefix: refs/articles/<id>.
inline constexpr std::string_view kRefPrefix = "refs/articles/";
inline constexpr std::string_view kRefGlob = "refs/articles/*";

// A version's tree: the normalized text every comparison uses, what was extracted, and the source.
inline constexpr std::string_view kTextEntry = "article.txt";
inline constexpr std::string_view kMetaEntry = "meta.json";

// Trailers of a version's commit message (after the headline and a blank line).
inline constexpr std::string_view kArticleIdTrailer = "Article-Id";
inline constexpr std::string_view kSourceUrlTrailer = "Source-URL";
inline constexpr std::string_view kObservedAtTrailer = "Observed-At";

// The repository config key that marks a revisor store, and the format this revisor reads and writes.
inline constexpr const char* kFormatConfigKey = "revisor.format";
inline constexpr int kFormatVersion = 1;

// "refs/articles/<id>".
std::string article_ref(const ArticleId& id);
// The article id of a ref name under kRefPrefix (not validated), or nullopt for any other ref.
std::optional<std::string> article_of_ref(std::string_view ref);

// The tree entry holding the source bytes: "source.<ext>", "source.txt" for no extension, and
// "source.bin" for an extension that is not lower-case letters and digits.
std::string source_entry(std::string_view ext);

// The commit message: the headline (one line), a blank line, then the trailers.
std::string commit_message(std::string_view headline, const ArticleId& id, std::string_view url,
                           Timestamp observed_at);

// A later sighting of a version's text, kept when an earlier sighting replaced it as the version.
struct Sighting {
  Timestamp observed_at;
  std::string commit;         // the commit that recorded it (still reachable through the reflog)
  std::string source_sha256;  // of the bytes seen then
};

// What meta.json records of one version.
struct VersionRecord {
  std::string id;
  std::string url;
  std::string headline;
  Timestamp observed_at;
  std::string source_file;    // the file's name as given ("-" for standard input)
  std::string source_format;  // "text", "markdown" or "html"
  std::uint64_t source_bytes = 0;
  std::string source_sha256;  // 64 lower-case hex digits
  std::string extracted_headline;
  std::string byline;
  std::string published;  // as the page gave it
  std::string modified;
  std::string canonical_url;
  std::vector<std::string> captions;
  std::string revisor_version;  // of the revisor that wrote it
  std::vector<Sighting> later_sightings;  // oldest first; absent from meta.json when empty
  std::optional<std::vector<std::string>> furniture;  // IngestRequest::furniture; absent when unset
};

// meta.json for a version about to be stored under `headline` (pretty-printed, ending in a newline).
// `source_sha256`: the SHA-256 of request.source_bytes in hex when already known, else empty.
std::string write_meta_json(const IngestRequest& request, std::string_view headline,
                            const std::vector<Sighting>& later_sightings = {}, std::string_view source_sha256 = {});
// The record of a stored meta.json. Throws Error(store) naming `where` when it is not JSON of the
// form write_meta_json writes (a damaged store, not bad user input).
VersionRecord read_meta_json(std::string_view json, std::string_view where);

}  // namespace format
}  // namespace revisor::store
