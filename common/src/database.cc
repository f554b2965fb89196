#include "news/database.h"

#include <cstdlib>

#include "news/error.h"

namespace news {

namespace {
const char* env(const char* name) {
  const char* v = std::getenv(name);
  return (v && *v) ? v : nullptr;
}
}  // namespace

std::filesystem::path resolve_database_path(
    const std::optional<std::filesystem::path>& explicit_path) {
  if (explicit_path && !explicit_path->empty()) return *explicit_path;
  if (const char* db = env("NEWS_DB")) return db;
  if (const char* xdg = env("XDG_DATA_HOME")) {
    return std::filesystem::path(xdg) / "news-search" / "db";
  }
  if (const char* home = env("HOME")) {
    return std::filesystem::path(home) / ".local" / "share" / "news-search" / "db";
  }
  throw Error(ErrorCode::kInvalidArgument, "cannot find a place for the database: HOME is not set",
              "give one with --db DIR or set NEWS_DB");
}

}  // namespace news
