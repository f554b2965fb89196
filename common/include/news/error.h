// The one error type that crosses the common/ API. Xapian, ICU and libxml2 errors are
// translated into it where they are caught, so callers never see a library's exception.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace news {

enum class ErrorCode {
  kInvalidArgument,  // a bad option value or path given by the user
  kNoDatabase,       // no database at the path: run news-index first
  kDatabaseLocked,   // another writer holds the lock
  kDatabaseCorrupt,  // Xapian reports corruption or an unreadable database
  kSchemaMismatch,   // the database was written by another schema version
  kQuerySyntax,      // a query that cannot be understood even as plain words
  kIo,               // reading or writing a file failed
  kNotAnArticle,     // empty, binary or otherwise not an article: skip it
  kInternal,         // anything else; a bug
};

// Short stable name of a code ("no-database", "locked", ...), for messages and JSON.
std::string_view error_code_name(ErrorCode code);

class Error : public std::runtime_error {
 public:
  // `message` says what went wrong; `hint`, when not empty, what the user can do about it.
  Error(ErrorCode code, std::string message, std::string hint = {});

  ErrorCode code() const noexcept { return code_; }
  const std::string& hint() const noexcept { return hint_; }

 private:
  ErrorCode code_;
  std::string hint_;
};

}  // namespace news
