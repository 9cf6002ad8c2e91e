// revisor gc: packs the store's objects with deltas and removes the loose copies the pack holds.
#include <fmt/core.h>

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
      "Writes every object the articles reach (and their reflogs, which keep replaced chains) into one\n"
      "git pack, successive versions stored as deltas, then removes the loose objects and older packs\n"
      "that pack holds. Nothing is removed before the pack is synced to disk, and nothing the pack\n"
      "lacks is ever removed, so gc may run while other revisor processes ingest. Then the articles'\n"
      "refs go into one file (packed-refs), so list and lookups read one file, not one per article.\n"
      "Ends with one line: objects packed, loose objects removed, refs packed, and the size of\n"
      "objects/ before and after.");
  cmd->callback([&global] {
    open_store(global);  // the usual message when --store names no store
    StagedProgress progress("objects");
    auto summary = store::gc_store(store_dir(global), [&](const std::string& stage, std::size_t done,
                                                          std::size_t total) { progress.update(stage, done, total); });
    progress.finish();
    fmt::print("packed {} objects; removed {} loose objects and {} older pack{}; packed {} ref{}; objects/ {} -> {}\n",
               summary.objects_packed, summary.loose_removed, summary.packs_removed,
               summary.packs_removed == 1 ? "" : "s", summary.refs_packed, summary.refs_packed == 1 ? "" : "s",
               mib(summary.bytes_before), mib(summary.bytes_after));
  });
}

}  // namespace revisor::cli
