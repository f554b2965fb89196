#include "hash.h"

#include <cinttypes>
#include <cstdint>
#include <cstdio>

namespace news {

std::uint64_t stable_hash(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hash_hex(std::uint64_t hash) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, hash);
  return buf;
}

std::string stable_hash_hex(std::string_view bytes) { return hash_hex(stable_hash(bytes)); }

}  // namespace news
