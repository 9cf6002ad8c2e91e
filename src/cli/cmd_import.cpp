// revisor import newsedits|diffengine: backfills the store from an archive's SQLite database. The
// flags choose the ArchiveVersions; the skip-and-count loop is import::ingest_each; this file prints.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "cli/bulk_summary.h"
#include "cli/commands.h"
#include "cli/store_locator.h"
#include "revisor/base/heap_policy.h"
#include "revisor/base/progress.h"
#include "revisor/import/archive_versions.h"
#include "revisor/import/ingest_each.h"
#include "revisor/store/article_store.h"

namespace revisor::cli {
namespace {

struct ImportOptions {
  std::string db;
  std::string outlet;
};

void run_import(import::ArchiveKind kind, const ImportOptions& o, GlobalOptions& global) {
  const import::ArchiveVersions source(kind, o.db, o.outlet);
  fmt::print(stderr, "revisor: note: {}\n", source.note());
  store::ArticleStore store = open_store(global);
  import::IngestSummary summary;
  {
    Progress progress("importing", source.size(), "versions");
    import::EachObserver observe;
    observe.done_one = [&] { progress.advance(); };
    keep_freed_heap_memory();  // batch after batch reuses the memory of the one before
    summary = import::ingest_each(source, store, observe);
  }
  print_bulk_summary(o.db, summary, "row", global);
}

constexpr const char* kFooter =
    "Each row of entryversion is one version, ingested as `revisor ingest` would: a version identical to\n"
    "the one observed just before it adds nothing (counted as unchanged, so running an import again adds\n"
    "nothing), and one observed before newer ones is inserted in its place in time. A row's body (summary,\n"
    "paragraphs joined by </p><p>) is read as an HTML page with its title as headline; the row's summary\n"
    "is kept as the version's source. `created` without a zone, as both archives write it, is taken as UTC.\n"
    "A bad row (empty body, unreadable time, refused text) is named with its entry and version, skipped,\n"
    "and counted; the rest is imported.\n"
    "Exit codes: 0 ok, 1 some rows refused or a store failure, 2 bad arguments or an unreadable database.";

}  // namespace

void add_import_command(CLI::App& app, GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("import", "Backfill the store from an archive: NewsEdits or diffengine SQLite");
  cmd->require_subcommand(1);

  auto ne = std::make_shared<ImportOptions>();
  CLI::App* newsedits = cmd->add_subcommand(
      "newsedits", "Import a NewsEdits outlet database (OUTLET.db): article ids <outlet>/<entry_id>");
  newsedits->add_option("DB", ne->db, "The outlet's SQLite file, with its entryversion table")->required();
  newsedits->add_option("--outlet", ne->outlet,
                        "Outlet name, the first segment of every article id (default: the file name without "
                        "its extension; characters an id cannot hold become '-')");
  newsedits->footer(kFooter);
  newsedits->callback([ne, &global] { run_import(import::ArchiveKind::newsedits, *ne, global); });

  auto de = std::make_shared<ImportOptions>();
  CLI::App* diffengine = cmd->add_subcommand(
      "diffengine",
      "Import a diffengine database: article ids from each entry's url (host and path), else diffengine/<id>");
  diffengine->add_option("DB", de->db, "diffengine's SQLite file, with its entry and entryversion tables")
      ->required();
  diffengine->footer(kFooter);
  diffengine->callback([de, &global] { run_import(import::ArchiveKind::diffengine, *de, global); });
}

}  // namespace revisor::cli
