# The WebAssembly module: dist/comparison-renderer.{mjs,wasm,d.ts,d.mts} and dist/comparison.css.
# Emscripten writes a MODULARIZE (non-ES6) factory; the hand-written facade (web/js/*.js,
# appended with --extern-post-js) is the ES module's default export. That gives one .mjs that
# loads in Node 20 (3.1.6's own ES6 output cannot: __dirname) and in browsers.
set(CR_DIST "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "Where the module is written (tests import it from here)")
# Function names kept in the .wasm, for profiles (node --cpu-prof, Chromium) and bench/size.mjs.
option(CR_PROFILING "Keep function names in the module (--profiling-funcs)" OFF)
set(CR_FACADE "${CMAKE_BINARY_DIR}/facade.post.js")
set(CR_FACADE_PARTS "${CMAKE_SOURCE_DIR}/web/js/value-builder.js" "${CMAKE_SOURCE_DIR}/web/js/string-builtins.js"
    "${CMAKE_SOURCE_DIR}/web/js/facade.js")
string(REPLACE ";" "|" CR_FACADE_PARTS_ARG "${CR_FACADE_PARTS}")
add_custom_command(
  OUTPUT "${CR_FACADE}"
  COMMAND ${CMAKE_COMMAND} "-DOUT=${CR_FACADE}" "-DPARTS=${CR_FACADE_PARTS_ARG}" -P "${CMAKE_SOURCE_DIR}/cmake/concat.cmake"
  DEPENDS ${CR_FACADE_PARTS} "${CMAKE_SOURCE_DIR}/cmake/concat.cmake"
  COMMENT "Joining the JS facade"
  VERBATIM)
add_custom_target(cr_facade DEPENDS "${CR_FACADE}")

add_executable(comparison_renderer bindings/embind.cpp bindings/embind_types.cpp bindings/number_platform_js.cpp
  bindings/libc_search_simd.cpp bindings/small_block_cache.cpp)
# The entry points run once a call, and link-time inlining puts the API, wire and options code (built
# for size in their own files) into `run`, where it took this file's -O3: 2.2 KB more code, 0.6 KB
# of the gzip, for no speed measured (docs/decisions.md §12).
set_source_files_properties(bindings/embind.cpp bindings/embind_types.cpp PROPERTIES COMPILE_OPTIONS "${CR_SIZE_OPTIONS}")
# memchr, strcspn, malloc, free and realloc in place of libc's: outside LTO (link-time code
# generation emits calls to them after bitcode is resolved) and without builtins (a loop must not
# become a call to itself).
set_source_files_properties(bindings/libc_search_simd.cpp bindings/small_block_cache.cpp PROPERTIES COMPILE_OPTIONS "-fno-lto;-fno-builtin")
add_dependencies(comparison_renderer cr_facade)
set(CR_DIST_SOURCES "${CMAKE_SOURCE_DIR}/web/comparison-renderer.d.ts" "${CMAKE_SOURCE_DIR}/web/comparison.css"
    "${CMAKE_SOURCE_DIR}/web/comparison-article.mjs" "${CMAKE_SOURCE_DIR}/web/comparison-article.d.ts"
    "${CMAKE_SOURCE_DIR}/web/comparison-renderer.cjs" "${CMAKE_SOURCE_DIR}/web/comparison-renderer.d.cts"
    "${CMAKE_SOURCE_DIR}/web/comparison.css.d.ts" "${CMAKE_SOURCE_DIR}/web/comparison-worker.mjs"
    "${CMAKE_SOURCE_DIR}/web/comparison-worker-thread.mjs" "${CMAKE_SOURCE_DIR}/web/comparison-worker.d.ts")
set_target_properties(comparison_renderer PROPERTIES
  OUTPUT_NAME "comparison-renderer"
  SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}"
  LINK_DEPENDS "${CR_FACADE};${CR_DIST_SOURCES};${CMAKE_SOURCE_DIR}/scripts/minify.mjs")
target_compile_options(comparison_renderer PRIVATE ${CR_COMPILE_OPTIONS})
target_link_libraries(comparison_renderer PRIVATE cr_api)
# How the code is made and where its memory lies; bench/floor's module (cmake/floor_module.cmake)
# is linked the same way.
set(CR_WASM_CODE_OPTIONS
  -O3 -flto -mbulk-memory -msimd128 -msign-ext -mnontrapping-fptoint -fno-exceptions
  -sFILESYSTEM=0 -sMALLOC=emmalloc -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2147483648
  # The 1 MiB stack at the start of memory, below the static data: a stack that runs out goes
  # below address 0 and traps, where above the data it would write over it without a word. This
  # replaces -sSTACK_OVERFLOW_CHECK=2 (a call at every stack-pointer move, 3-4 % of a small
  # render; docs/decisions.md §12). tests/node/traps.test.mjs overflows it.
  -sTOTAL_STACK=1048576 -Wl,--stack-first
  # Binaryen would inline every function with one caller (the whole render into one 80 KB
  # function): V8 compiles and runs a function that size slowly on its first call, and no
  # profile can see inside it. Functions over 200 bytes keep their own body.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=200
  # LLVM's link-time inliner at a lower threshold than -O3's 250: 2.4 KB less gzipped and a
  # 1 ms quicker first call; warm renders unchanged but "wide" (~1.1x). 120 at compile time too
  # saved 4 more KB but cost the seed 4 % and "wide" 18 % (docs/decisions.md §9).
  -Wl,-mllvm,-inline-threshold=60
  $<$<BOOL:${CR_PROFILING}>:--profiling-funcs>)
set(CR_EMBIND_JS "${EMSCRIPTEN_ROOT_PATH}/src/embind/embind.js")
if(NOT EXISTS "${CR_EMBIND_JS}")
  message(FATAL_ERROR "Embind's JavaScript library is not at ${CR_EMBIND_JS} (Emscripten 3.1.6's place); "
                      "this build links it by path (bindings/embind_types.cpp says why)")
endif()
target_link_options(comparison_renderer PRIVATE ${CR_WASM_CODE_OPTIONS}
  # Embind's JavaScript, without libembind (what --bind adds): bindings/embind_types.cpp registers
  # the types the bindings use instead of libembind's forty. Embind's strings need malloc and
  # free exported, which --bind would have done.
  "--js-library=${CR_EMBIND_JS}" -sEXPORTED_FUNCTIONS=_malloc,_free
  -sMODULARIZE=1 -sEXPORT_NAME=crModuleFactory
  -sENVIRONMENT=web,worker
  -sDYNAMIC_EXECUTION=0
  -sEXPORTED_RUNTIME_METHODS=stackSave,stackRestore
  -sINCOMING_MODULE_JS_API=wasmBinary,instantiateWasm,locateFile,print,printErr,onAbort
  "--extern-post-js=${CR_FACADE}")

# The module is minified once more as a whole: Emscripten minifies its own part, not the facade
# appended to it (-4 KB gzipped). terser comes from npm (the lockfile), like the test tools.
if(NOT EXISTS "${CMAKE_SOURCE_DIR}/node_modules/terser")
  message(FATAL_ERROR "terser is missing from node_modules; run scripts/install-deps.sh (npm ci)")
endif()
add_custom_command(TARGET comparison_renderer POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CR_DIST}"
  COMMAND "${NODE_EXECUTABLE}" "${CMAKE_SOURCE_DIR}/scripts/minify.mjs" "${CMAKE_BINARY_DIR}/comparison-renderer.js"
          "${CR_DIST}/comparison-renderer.mjs"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_BINARY_DIR}/comparison-renderer.wasm" "${CR_DIST}/comparison-renderer.wasm"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-renderer.d.ts" "${CR_DIST}/comparison-renderer.d.ts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-renderer.d.ts" "${CR_DIST}/comparison-renderer.d.mts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison.css" "${CR_DIST}/comparison.css"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison.css.d.ts" "${CR_DIST}/comparison.css.d.ts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-worker.mjs" "${CR_DIST}/comparison-worker.mjs"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-worker-thread.mjs" "${CR_DIST}/comparison-worker-thread.mjs"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-worker.d.ts" "${CR_DIST}/comparison-worker.d.ts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-worker.d.ts" "${CR_DIST}/comparison-worker.d.mts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-renderer.cjs" "${CR_DIST}/comparison-renderer.cjs"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-renderer.d.cts" "${CR_DIST}/comparison-renderer.d.cts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-article.mjs" "${CR_DIST}/comparison-article.mjs"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-article.d.ts" "${CR_DIST}/comparison-article.d.ts"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/web/comparison-article.d.ts" "${CR_DIST}/comparison-article.d.mts"
  COMMENT "Writing dist/")
