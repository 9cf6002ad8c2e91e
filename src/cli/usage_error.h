// The message for a command line CLI11 refused: every one starts with "revisor: ", names the word it
// could not use, and suggests the command or option that was probably meant.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace revisor::cli {

// The candidate closest to `word` by edit distance (a swap of two neighbouring letters counts as
// one edit), if it is close enough to be a likely typo; ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// What to print for a parse error other than --help or --version, after `app.parse` threw `e`:
// one or two lines, the first starting with "revisor: ", ending in a newline.
std::string usage_error_message(const CLI::App& app, const CLI::ParseError& e);

}  // namespace revisor::cli
