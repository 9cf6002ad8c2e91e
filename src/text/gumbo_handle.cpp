#include "text/gumbo_handle.h"

#include "revisor/base/error.h"

namespace revisor::text {
namespace {

const GumboOptions& parse_options() {
  static const GumboOptions options = [] {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 64;  // a broken page must not fill memory with parse errors nobody reads
    return o;
  }();
  return options;
}

}  // namespace

void GumboDocument::destroy(GumboOutput* output) noexcept { gumbo_destroy_output(&parse_options(), output); }

GumboDocument::GumboDocument(std::string_view utf8) : html_(utf8) {
  output_.reset(gumbo_parse_with_options(&parse_options(), html_.data(), html_.size()));
  if (!output_ || !output_->root) throw Error(ErrorKind::internal, "gumbo returned no document tree");
}

}  // namespace revisor::text
