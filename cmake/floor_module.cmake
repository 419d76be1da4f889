# bench/floor's module: the parts of a render no implementation can skip, each alone
# (bench/floor/floor_parts.cpp), linked from the module's own libraries with its code options
# (CR_WASM_CODE_OPTIONS, cmake/wasm_module.cmake). Built only
# when asked (bench/run: `cmake --build build-wasm --target cr_floor`); written to bench/out/.
# The module's own memchr, strcspn and malloc, as the parts run in it.
add_executable(cr_floor EXCLUDE_FROM_ALL bench/floor/floor_parts.cpp bindings/number_platform_js.cpp bindings/libc_search_simd.cpp
  bindings/small_block_cache.cpp)
set_target_properties(cr_floor PROPERTIES OUTPUT_NAME "floor" SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/floor")
target_compile_options(cr_floor PRIVATE ${CR_COMPILE_OPTIONS})
target_link_libraries(cr_floor PRIVATE cr_payload md4c)
target_link_options(cr_floor PRIVATE ${CR_WASM_CODE_OPTIONS}
  -sMODULARIZE=1 -sEXPORT_NAME=crFloorFactory -sENVIRONMENT=web -sINCOMING_MODULE_JS_API=wasmBinary
  # An ES module in Node and in a page alike: the caller hands over the .wasm's bytes.
  "--extern-post-js=${CMAKE_SOURCE_DIR}/bench/floor/export-default.js")
add_custom_command(TARGET cr_floor POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_SOURCE_DIR}/bench/out"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_BINARY_DIR}/floor/floor.js" "${CMAKE_SOURCE_DIR}/bench/out/floor.mjs"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_BINARY_DIR}/floor/floor.wasm" "${CMAKE_SOURCE_DIR}/bench/out/floor.wasm"
  COMMENT "Writing bench/out/floor.{mjs,wasm}")
