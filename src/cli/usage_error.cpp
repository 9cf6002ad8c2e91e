#include "cli/usage_error.h"

#include <algorithm>
#include <cctype>

#include <fmt/core.h>

namespace revisor::cli {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Optimal string alignment distance, ignoring case: "injest" -> "ingest" and "lsit" -> "list" are 1.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += '"';
    out += w;
    out += '"';
  }
  return out;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_name().empty(); }))
    names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> long_option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* opt : app.get_options())
    for (const auto& name : opt->get_lnames()) names.push_back("--" + name);
  return names;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto match = closest_match(word, candidates);
  return match ? fmt::format("; did you mean \"{}\"?", *match) : "";
}

// The first word CLI11 could not place in `sub` (null: before any command).
std::string extras_message(const CLI::App& app, const CLI::App* sub) {
  const CLI::App& where = sub != nullptr ? *sub : app;
  const auto extras = where.remaining();
  if (extras.empty()) return "";
  const std::string& first = extras.front();
  const std::string command = &where == &app ? "revisor" : "revisor " + where.get_name();
  if (first.rfind("--", 0) == 0) {
    const std::string name = first.substr(0, first.find('='));
    return fmt::format("unknown option \"{}\" for \"{}\"{}", name, command,
                       did_you_mean(name, long_option_names(where)));
  }
  if (first.rfind('-', 0) == 0 && first.size() > 1) {
    return fmt::format("unknown option \"{}\" for \"{}\"", first, command);
  }
  if (&where == &app) {
    return fmt::format("unknown command \"{}\"{}", first, did_you_mean(first, command_names(app)));
  }
  // "revisor show ID 2": a version is named ID@N there, as diff's FROM and TO are not.
  std::string hint;
  const bool number = std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (extras.size() == 1 && number && where.get_option_no_throw("ID[@N]") != nullptr)
    hint = fmt::format("; to name version {}, write ID@{}", first, first);
  return fmt::format("unexpected argument{} {} for \"{}\"{}", extras.size() == 1 ? "" : "s",
                     quoted_list(extras), command, hint);
}

// "--article: 1 required TEXT missing" is CLI11's bookkeeping; a user needs to hear the option wants a value.
std::string mismatch_message(const std::string& what) {
  const auto colon = what.find(": ");
  const std::string suffix = " missing";
  if (colon == std::string::npos || what.size() < suffix.size() ||
      what.compare(what.size() - suffix.size(), suffix.size(), suffix) != 0)
    return what;
  return fmt::format("option {} needs a value", what.substr(0, colon));
}

}  // namespace

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string_view bare = word.substr(std::min(word.find_first_not_of('-'), word.size()));
  // Short words are near everything: allow one edit for them, two for longer ones.
  const std::size_t allowed = bare.size() <= 4 ? 1 : 2;
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  for (const auto& c : candidates) {
    const std::size_t distance = edit_distance(word, c);
    if (distance < best_distance) {
      best = c;
      best_distance = distance;
    }
  }
  if (best) return best;
  // A unique prefix ("aud" for "audit") is as telling as a typo.
  std::optional<std::string> prefixed;
  for (const auto& c : candidates) {
    if (bare.size() < 2 || c.size() <= word.size() || c.compare(0, word.size(), word) != 0) continue;
    if (prefixed) return std::nullopt;
    prefixed = c;
  }
  return prefixed;
}

std::string usage_error_message(const CLI::App& app, const CLI::ParseError& e) {
  const auto selected = app.get_subcommands();
  const CLI::App* sub = selected.empty() ? nullptr : selected.front();
  const bool extras = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
  // CLI11 leaves the words it could not place with the command they were typed after: the
  // command's own first, since those are what the user was typing when it went wrong.
  if (extras && sub != nullptr && sub->remaining().empty()) sub = nullptr;
  std::string message;
  // get_name() is no guide: CLI11 gives an ExtrasError the name of the command it was raised in.
  if (extras) message = extras_message(app, sub);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) message = mismatch_message(e.what());
  if (message.empty()) message = e.what();
  const std::string help =
      sub == nullptr ? "Run \"revisor --help\" to see every command and the options they share."
                     : fmt::format("Run \"revisor {} --help\" to see its options.", sub->get_name());
  return fmt::format("revisor: {}\n{}\n", message, help);
}

}  // namespace revisor::cli
