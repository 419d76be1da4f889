// core/json_pointer: building RFC 6901 paths ("/feature_matrix/3/winner") as readers descend.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cr::json_pointer {

// Appends "/" + token with "~" -> "~0" and "/" -> "~1".
void append_key(std::string& path, std::string_view key);
void append_index(std::string& path, std::size_t index);

inline std::string child(std::string path, std::string_view key) {
  append_key(path, key);
  return path;
}
inline std::string child(std::string path, std::size_t index) {
  append_index(path, index);
  return path;
}

}  // namespace cr::json_pointer
