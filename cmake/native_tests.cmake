# Native unit tests (GoogleTest under ctest), the native bench tool and the fuzzers.
enable_testing()
find_package(GTest REQUIRED)

# nlohmann-json (Debian) is the reference JSON parser the tests check the scanner against.
# Exposed through a folder holding only a link to nlohmann/ (never all of /usr/include).
find_path(NLOHMANN_INCLUDE_DIR nlohmann/json.hpp NO_CMAKE_FIND_ROOT_PATH)
if(NOT NLOHMANN_INCLUDE_DIR)
  message(FATAL_ERROR "nlohmann/json.hpp not found: install nlohmann-json3-dev")
endif()
set(CR_NLOHMANN_SHIM "${CMAKE_BINARY_DIR}/nlohmann-include")
file(MAKE_DIRECTORY "${CR_NLOHMANN_SHIM}")
file(CREATE_LINK "${NLOHMANN_INCLUDE_DIR}/nlohmann" "${CR_NLOHMANN_SHIM}/nlohmann" SYMBOLIC)
add_library(nlohmann_shim INTERFACE)
target_include_directories(nlohmann_shim SYSTEM INTERFACE "${CR_NLOHMANN_SHIM}")

file(GLOB CR_NATIVE_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/native/test_*.cpp")
add_executable(cr_native_tests ${CR_NATIVE_TESTS})
target_compile_options(cr_native_tests PRIVATE -Wall -Wextra)
target_compile_definitions(cr_native_tests PRIVATE
  CR_SOURCE_DIR="${CMAKE_SOURCE_DIR}" CR_MD4C_DIR="${MD4C_SOURCE_DIR}")
target_link_libraries(cr_native_tests PRIVATE cr_api nlohmann_shim GTest::gtest_main)
include(GoogleTest)
gtest_discover_tests(cr_native_tests DISCOVERY_TIMEOUT 60)

# A command-line renderer on the same code: bench and fuzz-crash reproduction use it.
add_executable(cr_native_render tests/native/tools/native_render.cpp)
target_compile_options(cr_native_render PRIVATE ${CR_COMPILE_OPTIONS})
target_link_libraries(cr_native_render PRIVATE cr_api)

if(CR_FUZZ)
  file(GLOB CR_FUZZERS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp")
  foreach(src ${CR_FUZZERS})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(${name} PRIVATE cr_api nlohmann_shim)
  endforeach()
endif()
