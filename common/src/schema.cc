#include "schema.h"

#include <stdexcept>

#include "hash.h"

namespace news::schema {

const Field& field(std::string_view name) {
  for (const Field& f : kFields) {
    if (!f.name.empty() && f.name == name) return f;
  }
  throw std::logic_error("schema: no field named " + std::string(name));
}

std::string make_term(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix).append(value);
  if (term.size() <= kMaxTermBytes) return term;
  const std::string hash = stable_hash_hex(value);
  // Cut on a UTF-8 character boundary so the kept part stays valid text.
  std::size_t keep = kMaxTermBytes - hash.size();
  while (keep > 0 && (static_cast<unsigned char>(term[keep]) & 0xC0) == 0x80) --keep;
  term.resize(keep);
  term.append(hash);
  return term;
}

std::string id_term(std::string_view path) { return make_term(field("id").prefix, path); }

}  // namespace news::schema
