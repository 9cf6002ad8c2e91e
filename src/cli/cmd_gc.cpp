// revisor gc: packs the store's objects with deltas and removes the loose copies the pack holds.
#include <fmt/core.h>

#include <memory>
#include <string>

#include "cli/scale_commands.h"
#include "cli/staged_progress.h"
#include "cli/store_locator.h"
#include "revisor/store/store_gc.h"

namespace revisor::cli {
namespace {

std::string mib(std::uint64_t bytes) { return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1 << 20)); }

}  // namespace

void add_gc_command(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("gc", "Pack the store with deltas, so that it takes a fraction of the disk");
  cmd->footer(
      "Writes every object the articles reach (and their reflogs, which keep replaced chains) into git\n"
      "packs, successive versions of an article stored as deltas of each other. Then it removes the\n"
      "loose objects and older packs the new packs hold. Nothing is removed before the packs are\n"
      "synced to disk, and nothing they lack is ever removed, so gc may run while other revisor\n"
      "processes ingest. Then the articles' refs go into one file (packed-refs), so list and lookups\n"
      "read one file, not one per article.\n"
      "A pack takes articles until it holds --versions-per-pack versions: memory grows with that\n"
      "number, not with the store.\n"
      "Ends with one line: objects packed, packs written, loose objects removed, refs packed, and the\n"
      "size of objects/ before and after, and a second line when refs other writers kept locked\n"
      "stayed loose. A ref lock left by a killed process stops gc with the rm that removes it.");
  auto options = std::make_shared<store::GcOptions>();
  cmd->add_option("--versions-per-pack", options->versions_per_pack,
                  "Versions per pack: more gives smaller stores, fewer bounds memory (default 100000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40));
  cmd->callback([&global, options] {
    open_store(global);  // the usual message when --store names no store
    StagedProgress progress("objects");
    auto summary = store::gc_store(store_dir(global), *options, [&](const std::string& stage, std::size_t done,
                                                          std::size_t total) { progress.update(stage, done, total); });
    progress.finish();
    fmt::print("packed {} objects into {} pack{}; removed {} loose objects and {} older pack{}; packed {} ref{}; "
               "objects/ {} -> {}\n",
               summary.objects_packed, summary.packs.size(), summary.packs.size() == 1 ? "" : "s",
               summary.loose_removed, summary.packs_removed,
               summary.packs_removed == 1 ? "" : "s", summary.refs_packed, summary.refs_packed == 1 ? "" : "s",
               mib(summary.bytes_before), mib(summary.bytes_after));
    if (summary.refs_busy)
      fmt::print(
          "some refs stayed loose: other writers held them locked throughout; a later gc packs them\n");
  });
}

}  // namespace revisor::cli
