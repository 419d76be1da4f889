// payload/revive: the whole revived value of a payload, for decodePayload.
// Follows devalue 6.0.3's parse() with Nuxt's client revivers, step for step (so it accepts and
// refuses what devalue does), but iteratively: reference depth never becomes stack depth.
// The result is a "value tape" that the JS side turns into values in two flat passes (create,
// then fill), which keeps shared references and cycles as the same objects:
//
//   tape  = [root, record0, record1, ...]     (JSON text; `root` and children are "refs")
//   ref   = a number k: record k | a string | true | false | null | {} (a hole, in arrays)
//   record (args in [] are the payload's own JSON, passed to the constructor devalue calls;
//   a missing one is simply absent, so JS passes undefined exactly as devalue does):
//     [0, n] number      [1] undefined  [2] NaN  [3] Infinity  [4] -Infinity  [5] -0
//     [6, path, arg] BigInt(arg)         [7, arg] new Date(arg)
//     [8, path, source, flags] RegExp    [9, path, arg] new URL(arg)
//     [10, arg] new URLSearchParams(arg) [11, offset, length] ArrayBuffer from the blob
//     [12, path, type, buffer, byteOffset, length] typed array or DataView (with byteOffset
//                                        only if the payload gave one)
//     [13, ref] Object(ref) (boxed)      [14, path, type, arg] Temporal[type].from(arg)
//     [20, key, ref, ...] object  [21, key, ref, ...] null-prototype object
//     [22, ref...] array          [23, length, index, ref, ...] sparse array
//     [24, key, value, ...] Map   [25, ref...] Set
//     [26, string]                a long string, stored once however often it is referenced
//     [27, text] JSON.parse(text) (no longer written; kept readable)
//     [28, ref]  Nuxt's EmptyRef decode of the value: "_" -> undefined, "0n" -> 0n, otherwise
//                JSON.parse(value), or the value itself when that throws
//     [29, array, element]  the same for a complete array of one element (not an array): the
//                JSON.parse of String(element) ("" for null/undefined), or the array itself
//     [30, offset, units]  a very long string, as UTF-16LE code units in the blob at byte offset
//                `offset` (even); strings holding a lone surrogate stay [26, string]
// Paths let the JS side report a constructor's refusal (bad_value) at the right place.
#pragma once

#include <string>

#include "core/limits.hpp"
#include "core/result.hpp"
#include "payload/graph.hpp"

namespace cr::payload {

struct ValueTape {
  std::string tape;  // JSON text as above
  std::string blob;  // ArrayBuffer bytes and very long strings (UTF-16LE)
};

// Errors: bad_payload, bad_reference, unknown_type, bad_value, circular_reference,
// forbidden_key, too_large.
Result<ValueTape> revive(const Graph& graph, const Limits& limits);

// Whether devalue 6 or the contract's Nuxt revivers know a tag; any other is devalue's
// "Unknown type", refused with unknown_type and this message.
bool is_known_tag(std::string_view tag);
std::string unknown_type_message(std::string_view tag);

}  // namespace cr::payload
