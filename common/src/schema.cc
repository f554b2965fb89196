#include "schema.h"

#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace news::schema {

const Field& field(std::string_view name) {
  for (const Field& f : kFields) {
    if (!f.name.empty() && f.name == name) return f;
  }
  throw std::logic_error("schema: no field named " + std::string(name));
}

namespace {
// FNV-1a: stable across platforms and releases, unlike std::hash.
std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}
}  // namespace

std::string make_term(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix).append(value);
  if (term.size() <= kMaxTermBytes) return term;
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1a(value)));
  // Cut on a UTF-8 character boundary so the kept part stays valid text.
  std::size_t keep = kMaxTermBytes - 16;
  while (keep > 0 && (static_cast<unsigned char>(term[keep]) & 0xC0) == 0x80) --keep;
  term.resize(keep);
  term.append(hash);
  return term;
}

std::string id_term(std::string_view path) { return make_term(field("id").prefix, path); }

}  // namespace news::schema
