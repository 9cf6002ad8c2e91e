// ArticleId: a validated article identifier: letters, digits, '-', '_', '.' in '/'-separated
// segments, no empty segment, no "." or ".." segment, at most 200 bytes. Valid by construction.
#pragma once

#include <string>
#include <string_view>

namespace revisor {

class ArticleId {
 public:
  // Throws Error(bad_input) stating the rule and the offending value. Besides the rule above, an id
  // must be a valid git ref name component path: no ".." anywhere, no segment starting with '.' or
  // ending with '.' or ".lock" (the store keeps each article under refs/articles/<id>).
  explicit ArticleId(std::string_view id);
  const std::string& str() const noexcept { return id_; }
  friend bool operator==(const ArticleId&, const ArticleId&) = default;
  friend auto operator<=>(const ArticleId&, const ArticleId&) = default;

  static constexpr std::size_t kMaxBytes = 200;
  // The rule, as error messages and --help state it.
  static constexpr std::string_view kRule =
      "an article id is ASCII letters, digits, '-', '_' and '.' in '/'-separated segments, with no "
      "empty segment, no \"..\", no segment starting with '.' or ending with '.' or \".lock\", and at "
      "most 200 bytes";

 private:
  std::string id_;
};

}  // namespace revisor
