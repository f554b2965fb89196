// Where the database lives, shared by news-index and news-search.
#pragma once

#include <filesystem>
#include <optional>

namespace news {

// The database directory: `explicit_path` when given, else $NEWS_DB, else
// $XDG_DATA_HOME/news-search/db, else ~/.local/share/news-search/db.
// Throws news::Error(kInvalidArgument) when none can be determined (no HOME).
std::filesystem::path resolve_database_path(
    const std::optional<std::filesystem::path>& explicit_path);

}  // namespace news
