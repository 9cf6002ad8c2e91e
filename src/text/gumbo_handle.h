// GumboDocument: one parsed HTML page, owning gumbo's output (freed with the same options it was parsed
// with, as gumbo_destroy_output requires) and the bytes gumbo's nodes point into.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

#include "revisor/base/c_handle.h"

namespace revisor::text {

class GumboDocument {
 public:
  // `utf8` must be UTF-8 (gumbo replaces invalid sequences with U+FFFD). Callers run
  // check_html_nesting first: gumbo's time grows with nesting depth times element count.
  explicit GumboDocument(std::string_view utf8);

  const GumboNode* root() const noexcept { return output_->root; }

 private:
  // gumbo_destroy_output also takes the options the page was parsed with; they are one constant, so
  // this one-argument wrapper lets the shared CDeleter own the output.
  static void destroy(GumboOutput* output) noexcept;

  std::string html_;  // gumbo's original_text pointers index this buffer
  std::unique_ptr<GumboOutput, CDeleter<&GumboDocument::destroy>> output_;
};

}  // namespace revisor::text
