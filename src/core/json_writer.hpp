// core/json_writer: writing JSON text (the result metadata and decoded values handed to JS).
// Strings may hold WTF-8 surrogates (lone UTF-16 surrogates from the payload): they are written
// as \udXXX escapes so JSON.parse gives the same lone code unit back. Invalid UTF-8 becomes \ufffd.
#pragma once

#include <string>
#include <string_view>

namespace cr::json_writer {

// Appends s as a quoted JSON string.
void append_string(std::string& out, std::string_view s);

}  // namespace cr::json_writer
