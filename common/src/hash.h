// A stable hash for ids and change detection. Private to common/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace news {

// FNV-1a 64 of `bytes` as 16 lower-case hex digits. Stable across platforms and releases
// (unlike std::hash), so it can be stored in the database. Not for security.
std::string stable_hash_hex(std::string_view bytes);

// The same hash as a number, and a number in the form stable_hash_hex() writes.
std::uint64_t stable_hash(std::string_view bytes);
std::string hash_hex(std::uint64_t hash);

}  // namespace news
