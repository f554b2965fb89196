#include "news/error.h"

#include <utility>

namespace news {

std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid-argument";
    case ErrorCode::kNoDatabase: return "no-database";
    case ErrorCode::kDatabaseLocked: return "locked";
    case ErrorCode::kDatabaseCorrupt: return "corrupt";
    case ErrorCode::kSchemaMismatch: return "schema-mismatch";
    case ErrorCode::kQuerySyntax: return "query-syntax";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kNotAnArticle: return "not-an-article";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

Error::Error(ErrorCode code, std::string message, std::string hint)
    : std::runtime_error(std::move(message)), code_(code), hint_(std::move(hint)) {}

}  // namespace news
