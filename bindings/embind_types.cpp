// bindings/embind_types: the C++ types Embind must know for bindings/embind.cpp's five functions
// (void, bool, int, unsigned long for addresses, double, std::string), registered in place of
// Embind's own set. Emscripten's libembind (system/lib/embind/bind.cpp) registers some forty
// types at start-up, wide strings, emscripten::val, 64-bit integers and seventeen memory views
// among them, and each registration pulls its JavaScript into the module: 1.7 KB of the gzipped
// download for types no call here takes or returns. The module therefore links Embind's
// JavaScript library without libembind (cmake/wasm_module.cmake), and this file gives what
// libembind would: the registrations and __getTypeName, which Embind's JavaScript calls to name a
// type in an error. The module is built without RTTI (CMakeLists.txt), so a type is known by an
// address, not a type_info with a name. A binding that takes another type fails at start-up
// ("Cannot call ... due to unbound types: a type embind_types.cpp does not register") in every
// test: register that type here.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include <climits>
#include <cstring>  // strdup
#include <string>

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* __getTypeName(const void*) { return strdup("a type embind_types.cpp does not register"); }

// A constructor, as libembind's is: it runs before any call, and Embind resolves the functions'
// types whenever they are registered.
__attribute__((constructor)) static void register_the_types_the_bindings_use() {
  using namespace emscripten::internal;
  _embind_register_void(TypeID<void>::get(), "void");
  _embind_register_bool(TypeID<bool>::get(), "bool", sizeof(bool), true, false);
  _embind_register_integer(TypeID<int>::get(), "int", sizeof(int), INT_MIN, INT_MAX);
  _embind_register_integer(TypeID<unsigned long>::get(), "unsigned long", sizeof(unsigned long), 0, ULONG_MAX);
  _embind_register_float(TypeID<double>::get(), "double", sizeof(double));
  _embind_register_std_string(TypeID<std::string>::get(), "std::string");
}

}  // extern "C"
