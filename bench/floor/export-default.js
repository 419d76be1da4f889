// Appended to bench/floor's module by cmake/floor_module.cmake: its factory as an ES module's
// default export (the caller passes the .wasm's bytes as wasmBinary).
export default crFloorFactory;
