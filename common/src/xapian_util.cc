#include "xapian_util.h"

#include <string>

#include "schema.h"

namespace news {

Error translate_xapian_error(const Xapian::Error& e, const std::filesystem::path& db) {
  const std::string where = db.string();
  const std::string type = e.get_type();
  if (type == "DatabaseLockError") {
    return Error(ErrorCode::kDatabaseLocked,
                 "database " + where + " is locked by another news-index",
                 "wait for it to finish, or run again with a longer --wait");
  }
  // A plain DatabaseError is what Xapian throws when a table cannot be read ("EOF reading
  // block"): for the user that is a damaged database too.
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError" ||
      type == "DatabaseError") {
    return Error(ErrorCode::kDatabaseCorrupt,
                 "database " + where + " is damaged or unreadable: " + e.get_msg(),
                 "rebuild it with: news-index --rebuild FOLDER...");
  }
  if (type == "DatabaseNotFoundError" || type == "DatabaseOpeningError") {
    return Error(ErrorCode::kNoDatabase, "no database at " + where,
                 "run news-index FOLDER first to build one");
  }
  return Error(ErrorCode::kInternal, "database " + where + ": " + e.get_description());
}

void check_schema_version(const Xapian::Database& database, const std::filesystem::path& db) {
  const std::string version = database.get_metadata(std::string(schema::kVersionKey));
  if (version.empty() && database.get_doccount() == 0) return;
  if (version != schema::kVersion) {
    throw Error(ErrorCode::kSchemaMismatch,
                "database " + db.string() + " has schema version " +
                    (version.empty() ? std::string("(none)") : version) +
                    ", this program uses " + std::string(schema::kVersion),
                "rebuild it with: news-index --rebuild FOLDER...");
  }
}

}  // namespace news
