// Glue between Xapian and the rest of common/: error translation and schema checks.
// Private to common/.
#pragma once

#include <filesystem>

#include <xapian.h>

#include "news/error.h"

namespace news {

// Translates a Xapian exception met while using the database at `db` into news::Error
// with a message a user understands and, where there is one, a hint.
Error translate_xapian_error(const Xapian::Error& e, const std::filesystem::path& db);

// Throws news::Error(kSchemaMismatch) when `database` was written with another schema
// version than this program's. An empty database without a version is accepted.
void check_schema_version(const Xapian::Database& database, const std::filesystem::path& db);

}  // namespace news
