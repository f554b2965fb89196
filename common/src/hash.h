// A stable hash for ids and change detection. Private to common/.
#pragma once

#include <string>
#include <string_view>

namespace news {

// FNV-1a 64 of `bytes` as 16 lower-case hex digits. Stable across platforms and releases
// (unlike std::hash), so it can be stored in the database. Not for security.
std::string stable_hash_hex(std::string_view bytes);

}  // namespace news
