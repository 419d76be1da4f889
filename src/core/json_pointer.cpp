#include "core/json_pointer.hpp"

namespace cr::json_pointer {

void append_key(std::string& path, std::string_view key) {
  path.push_back('/');
  // Runs without '~' or '/' in one append (keys rarely hold either).
  std::size_t run = 0;
  for (std::size_t i = key.find_first_of("~/"); i != std::string_view::npos; i = key.find_first_of("~/", run)) {
    path.append(key.data() + run, i - run);
    path += key[i] == '~' ? "~0" : "~1";
    run = i + 1;
  }
  path.append(key.data() + run, key.size() - run);
}

void append_index(std::string& path, std::size_t index) {
  path.push_back('/');
  path += std::to_string(index);
}

}  // namespace cr::json_pointer
