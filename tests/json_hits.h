// Shared by the tests that read news-search --json: the file names of the hits, in order.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace news::testing {

inline std::vector<std::string> hit_names(const nlohmann::json& doc) {
  std::vector<std::string> out;
  for (const nlohmann::json& hit : doc.at("hits")) {
    out.push_back(std::filesystem::path(hit.at("path").get<std::string>()).filename().string());
  }
  return out;
}

}  // namespace news::testing
