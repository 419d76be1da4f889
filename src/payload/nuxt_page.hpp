// payload/nuxt_page: finds Nuxt's payload script in a whole HTML page.
// Nuxt >= 3.13 writes <script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true"
// id="__NUXT_DATA__">; 3.4-3.12 the same without data-nuxt-data; multi-app pages drop the id.
// Attributes may come in any order. The finder tokenizes the page the way a browser does, so
// the same words inside a comment, an attribute value or another script's text do not fool it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace cr::payload {

struct NuxtDataScript {
  std::size_t begin = 0;  // byte range of the script's text within the page
  std::size_t end = 0;
  std::string data_src;   // the data-src attribute (external _payload.json), decoded; or ""
};

// Errors: no_payload_script.
Result<NuxtDataScript> find_nuxt_data(std::string_view html);

}  // namespace cr::payload
