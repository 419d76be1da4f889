#include "core/json_pointer.hpp"

namespace cr::json_pointer {

void append_key(std::string& path, std::string_view key) {
  path.push_back('/');
  for (char c : key) {
    if (c == '~') path += "~0";
    else if (c == '/') path += "~1";
    else path.push_back(c);
  }
}

void append_index(std::string& path, std::size_t index) {
  path.push_back('/');
  path += std::to_string(index);
}

}  // namespace cr::json_pointer
