// GumboDocument: one parsed HTML page, owning gumbo's output (freed with the same options it was parsed
// with, as gumbo_destroy_output requires) and the bytes gumbo's nodes point into.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

namespace revisor::text {

class GumboDocument {
 public:
  // `utf8` must be UTF-8 (gumbo replaces invalid sequences with U+FFFD). Callers run
  // check_html_nesting first: gumbo's time grows with nesting depth times element count.
  explicit GumboDocument(std::string_view utf8);

  const GumboNode* root() const noexcept { return output_->root; }

 private:
  struct Deleter {
    void operator()(GumboOutput* output) const noexcept;
  };
  std::string html_;  // gumbo's original_text pointers index this buffer
  std::unique_ptr<GumboOutput, Deleter> output_;
};

}  // namespace revisor::text
