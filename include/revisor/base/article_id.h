// ArticleId: a validated article identifier: letters, digits, '-', '_', '.' in '/'-separated
// segments, no empty segment, no "." or ".." segment, at most 200 bytes. Valid by construction.
#pragma once

#include <string>
#include <string_view>

namespace revisor {

class ArticleId {
 public:
  // Throws Error(bad_input) stating the rule and the offending value.
  explicit ArticleId(std::string_view id);
  const std::string& str() const noexcept { return id_; }
  friend bool operator==(const ArticleId&, const ArticleId&) = default;
  friend auto operator<=>(const ArticleId&, const ArticleId&) = default;

  static constexpr std::size_t kMaxBytes = 200;

 private:
  std::string id_;
};

}  // namespace revisor
