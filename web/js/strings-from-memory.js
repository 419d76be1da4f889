// strings-from-memory: makes a JavaScript string from UTF-16 code units in the module's memory
// through WebAssembly's JS String Builtins (`wasm:js-string`), in any engine that has them
// (Chromium since 130; measured there only). In Chromium, TextDecoder('utf-16le') takes ~1.8 ns
// a unit; copying the units into a GC array of i16 and calling `fromCharCodeArray` takes ~0.7
// (docs/decisions.md §12). Where the builtins are missing crStringsFromMemory gives null and the
// facade keeps TextDecoder (Node never asks: Buffer is faster there).
// One call makes at most 16,384 units (the facade's pieces are never longer), through one
// array the helper keeps: a fresh one per call cost as much again in garbage.
//
// The helper module, byte by byte (the WebAssembly binary format), with its text alongside.
const CR_STRINGS_MODULE = Uint8Array.from((
  '0061736d 01000000' +                                       // "\0asm", version 1
  '01 13 03' +                                                // types (19 bytes), 3 of them:
  '5e 77 01' +                                                // $units: (array (mut i16))
  '60 03 6300 7f 7f 01 646f' +                                // (func (param (ref null $units) i32 i32) (result (ref extern)))
  '60 02 7f 7f 01 6f' +                                       // (func (param i32 i32) (result externref))
  '02 32 02' +                                                // imports (50 bytes), 2 of them:
  '0e 7761736d3a6a732d737472696e67' +                         // "wasm:js-string"
  '11 66726f6d43686172436f64654172726179 00 01' +             //   "fromCharCodeArray" (func (type 1)): function 0
  '03 656e76 06 6d656d6f7279 02 00 00' +                      // "env" "memory" (memory 0)
  '03 02 01 02' +                                             // functions: 1, of type 2: function 1
  '06 0c 01 6400 00 41808001 fb0700 0b' +                     // (global $buffer (ref $units) (array.new_default $units (i32.const 16384)))
  '07 08 01 04 74657874 00 01' +                              // (export "text" (func 1))
  '0a 36 01 34 01 017f' +                                     // code: function 1 (52 bytes), params $address $count, (local $i i32)
  '0240 0340' +                                               // (block (loop
  '2002 2001 4f 0d01' +                                       //   (br_if 1 (i32.ge_u $i $count))
  '2300 2002 2000 2002 4101 74 6a 2f0100 fb0e00' +            //   (array.set $units $buffer $i (i32.load16_u (i32.add $address (i32.shl $i 1))))
  '2002 4101 6a 2102' +                                       //   (local.set $i (i32.add $i 1))
  '0c00 0b 0b' +                                              //   (br 0)))
  '2300 4100 2001 1000 0b'                                    // (call 0 $buffer 0 $count)
).replace(/ /g, '').match(/../g), (hex) => parseInt(hex, 16));

let crStringsCompiled;  // the helper compiled with the builtins, null where they are missing

// (address, units) => the string of `units` UTF-16 code units at `address` in `memory`, or null
// (never an exception: without the helper the facade decodes as before).
function crStringsFromMemory(memory) {
  try {
    if (crStringsCompiled === undefined) {
      crStringsCompiled = null;
      const helper = new WebAssembly.Module(CR_STRINGS_MODULE, { builtins: ['js-string'] });
      // An engine without the builtins ignores the option and asks for the import.
      if (WebAssembly.Module.imports(helper).every((i) => i.module !== 'wasm:js-string')) crStringsCompiled = helper;
    }
    return crStringsCompiled && new WebAssembly.Instance(crStringsCompiled, { env: { memory } }).exports.text;
  } catch {
    return null;  // no GC types (Node 20), or a policy that refuses the compile
  }
}
