// The summary a bulk ingest prints at its end (ingest --tree/--text, import): articles, versions
// added, duplicates skipped, refusals with their reasons; refusals make the exit code 1.
#pragma once

#include <string>
#include <string_view>

#include "cli/commands.h"
#include "revisor/import/ingest_each.h"

namespace revisor::cli {

// `input` names what was read (a folder, a database, "standard input"); `unit` what one refused
// item is ("row", "version").
void print_bulk_summary(std::string_view input, const import::IngestSummary& summary, std::string_view unit,
                        GlobalOptions& global);

}  // namespace revisor::cli
