// string-builtins: moves strings between JavaScript and UTF-16 code units in the module's memory
// through WebAssembly's JS String Builtins (`wasm:js-string`), in any engine that has them
// (Chromium since 130; measured there only; docs/decisions.md §12). In Chromium:
// - out: TextDecoder('utf-16le') takes ~1.8 ns a unit; copying the units into a GC array of i16
//   and calling `fromCharCodeArray` takes ~0.7;
// - in: TextEncoder.encodeInto takes ~2-3 ns a unit of text outside ASCII (~0.9 in ASCII);
//   `intoCharCodeArray` and copying the units out of the array takes ~0.75 whatever the text
//   (the module then writes them as UTF-8: utf8::from_utf16).
// Where the builtins are missing crStringBuiltins gives null and the facade keeps TextDecoder
// and TextEncoder (Node never asks: Buffer is faster there).
// One call moves at most 16,384 units (the facade's pieces are never longer), through one
// array the helper keeps: a fresh one per call cost as much again in garbage.
//
// The helper module, byte by byte (the WebAssembly binary format), with its text alongside.
const CR_STRINGS_MODULE = Uint8Array.from((
  '0061736d 01000000' +                                       // "\0asm", version 1
  '01 21 05' +                                                // types (33 bytes), 5 of them:
  '5e 77 01' +                                                // 0 $units: (array (mut i16))
  '60 03 6300 7f 7f 01 646f' +                                // 1 (func (param (ref null $units) i32 i32) (result (ref extern)))
  '60 02 7f 7f 01 6f' +                                       // 2 (func (param i32 i32) (result externref))
  '60 03 6f 6300 7f 01 7f' +                                  // 3 (func (param externref (ref null $units) i32) (result i32))
  '60 02 6f 7f 01 7f' +                                       // 4 (func (param externref i32) (result i32))
  '02 55 03' +                                                // imports (85 bytes), 3 of them:
  '0e 7761736d3a6a732d737472696e67' +                         // "wasm:js-string"
  '11 66726f6d43686172436f64654172726179 00 01' +             //   "fromCharCodeArray" (func (type 1)): function 0
  '0e 7761736d3a6a732d737472696e67' +                         // "wasm:js-string"
  '11 696e746f43686172436f64654172726179 00 03' +             //   "intoCharCodeArray" (func (type 3)): function 1
  '03 656e76 06 6d656d6f7279 02 00 00' +                      // "env" "memory" (memory 0)
  '03 03 02 02 04' +                                          // functions: 2, of types 2 and 4: functions 2 and 3
  '06 0c 01 6400 00 41808001 fb0700 0b' +                     // (global $buffer (ref $units) (array.new_default $units (i32.const 16384)))
  '07 10 02' +                                                // exports (16 bytes), 2 of them:
  '04 74657874 00 02' +                                       //   "text" (func 2)
  '05 756e697473 00 03' +                                     //   "units" (func 3)
  '0a da01 02' +                                              // code (218 bytes), 2 functions:
  // function 2, "text": (address, count) => the string of `count` units at `address`
  '34 01 017f' +                                              // 52 bytes; params $address $count, (local $i i32)
  '0240 0340' +                                               // (block (loop
  '2002 2001 4f 0d01' +                                       //   (br_if 1 (i32.ge_u $i $count))
  '2300 2002 2000 2002 4101 74 6a 2f0100 fb0e00' +            //   (array.set $units $buffer $i (i32.load16_u (i32.add $address (i32.shl $i 1))))
  '2002 4101 6a 2102' +                                       //   (local.set $i (i32.add $i 1))
  '0c00 0b 0b' +                                              //   (br 0)))
  '2300 4100 2001 1000 0b' +                                  // (call 0 $buffer 0 $count)
  // function 3, "units": (string, address) => its length, its units written at `address`
  'a201 01 027f' +                                            // 162 bytes; params $string $address, (local $n i32) (local $i i32)
  '2000 2300 4100 1001 2102' +                                // (local.set $n (call 1 $string $buffer 0))
  '0240 0340' +                                               // (block (loop    four units a step:
  '2003 4104 6a 2002 4b 0d01' +                               //   (br_if 1 (i32.gt_u (i32.add $i 4) $n))
  '2001 2003 4101 74 6a 2300 2003 fb0d00 3b0100' +            //   (i32.store16 (i32.add $address (i32.shl $i 1)) (array.get_u $units $buffer $i))
  '2001 2003 4101 74 6a 2300 2003 4101 6a fb0d00 3b0102' +    //   (i32.store16 offset=2 ... (array.get_u $units $buffer (i32.add $i 1)))
  '2001 2003 4101 74 6a 2300 2003 4102 6a fb0d00 3b0104' +    //   (i32.store16 offset=4 ... (i32.add $i 2))
  '2001 2003 4101 74 6a 2300 2003 4103 6a fb0d00 3b0106' +    //   (i32.store16 offset=6 ... (i32.add $i 3))
  '2003 4104 6a 2103 0c00 0b 0b' +                            //   (local.set $i (i32.add $i 4)) (br 0)))
  '0240 0340' +                                               // (block (loop    then one at a time:
  '2003 2002 4f 0d01' +                                       //   (br_if 1 (i32.ge_u $i $n))
  '2001 2003 4101 74 6a 2300 2003 fb0d00 3b0100' +            //   (i32.store16 (i32.add $address (i32.shl $i 1)) (array.get_u $units $buffer $i))
  '2003 4101 6a 2103 0c00 0b 0b' +                            //   (local.set $i (i32.add $i 1)) (br 0)))
  '2002 0b'                                                   // $n
).replace(/ /g, '').match(/../g), (hex) => parseInt(hex, 16));

let crStringsCompiled;  // the helper compiled with the builtins, null where they are missing

// The helper over `memory`, or null (never an exception: without it the facade encodes and
// decodes as before):
// - text(address, units): the string of `units` UTF-16 code units at `address`;
// - units(string, address): writes the string's units (at most 16,384) at `address`; gives how many.
function crStringBuiltins(memory) {
  try {
    if (crStringsCompiled === undefined) {
      crStringsCompiled = null;
      const helper = new WebAssembly.Module(CR_STRINGS_MODULE, { builtins: ['js-string'] });
      // An engine without the builtins ignores the option and asks for the import.
      if (WebAssembly.Module.imports(helper).every((i) => i.module !== 'wasm:js-string')) crStringsCompiled = helper;
    }
    return crStringsCompiled && new WebAssembly.Instance(crStringsCompiled, { env: { memory } }).exports;
  } catch {
    return null;  // no GC types (Node 20), or a policy that refuses the compile
  }
}
