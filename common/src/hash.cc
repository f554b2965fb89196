#include "hash.h"

#include <cinttypes>
#include <cstdint>
#include <cstdio>

namespace news {

std::string stable_hash_hex(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016" PRIx64, h);
  return buf;
}

}  // namespace news
