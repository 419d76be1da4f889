// The WebAssembly build's malloc, free and realloc: emmalloc's, with a cache of freed small
// blocks in front of it. A small render makes a few dozen allocations (buffers, the tape, the
// model's vectors, md4c's arrays), each of which emmalloc serves by searching its size buckets
// and splitting or merging regions; in a Chromium profile of a 2 KB comparison that was ~5 % of
// the render (docs/decisions.md §12, 2026-12-07). Here a freed block of up to 256 usable bytes
// goes onto a list for its size (16-byte steps) and the next request of that size takes it back
// at once. The lists keep at most 544 KiB, for the next call: memory does not grow from call to
// call. Larger blocks go straight to emmalloc, which reuses, splits and merges them as before.
// Built outside LTO and without builtins (as bindings/libc_search_simd.cpp), so no call here is
// turned back into a call to itself. A native build keeps its own libc's.
#include <cstddef>
#include <cstring>

extern "C" {
void* emmalloc_malloc(std::size_t size);
void emmalloc_free(void* block);
void* emmalloc_realloc(void* block, std::size_t size);
std::size_t emmalloc_usable_size(void* block);
}

namespace {

constexpr std::size_t kStep = 16;
constexpr std::size_t kLists = 17;  // list k holds blocks of at least k * kStep usable bytes, 1 <= k <= 16

constexpr std::size_t kLargestCached = (kLists - 1) * kStep;
// What one list may keep: 256 blocks (544 KiB in all at most). A call that frees more (a huge
// matrix, a large decodePayload) gives the rest back to emmalloc, where it can merge into large
// blocks again.
constexpr std::size_t kListBlocks = 256;
// A request this large first gives every kept block back (give_back_cached).
constexpr std::size_t kLargeRequest = 1024 * 1024;

struct FreeBlock {
  FreeBlock* next;
};
FreeBlock* cached[kLists];
std::size_t cached_count[kLists];

// The list a block of `usable` bytes goes onto (0: none, it is too small or too large to keep).
std::size_t list_of_block(std::size_t usable) {
  const std::size_t k = usable / kStep;
  return k < kLists ? k : 0;
}

// Gives every cached block back to emmalloc, so that it can merge them with their free
// neighbours: before a request of a megabyte or more (a large payload's buffers), which would
// otherwise find the heap cut up by blocks kept for small renders, and grow the memory instead.
// Rarely run: one copy, not unrolled (sixteen copies of the inner loop were 0.8 KB of code).
__attribute__((noinline)) void give_back_cached() {
#pragma clang loop unroll(disable)
  for (std::size_t k = 1; k < kLists; ++k) {
    for (FreeBlock* block = cached[k]; block != nullptr;) {
      FreeBlock* next = block->next;
      emmalloc_free(block);
      block = next;
    }
    cached[k] = nullptr;
    cached_count[k] = 0;
  }
}

}  // namespace

extern "C" {

// malloc and free stay calls in realloc (they are its rare path): 200 bytes less code.
__attribute__((noinline)) void* malloc(std::size_t size) {
  if (size > kLargestCached) {
    if (size >= kLargeRequest) give_back_cached();
    return emmalloc_malloc(size);
  }
  const std::size_t k = size <= kStep ? 1 : (size + kStep - 1) / kStep;
  if (FreeBlock* block = cached[k]) {
    cached[k] = block->next;
    --cached_count[k];
    return block;
  }
  return emmalloc_malloc(k * kStep);  // the whole step, so that the block comes back to list k
}

__attribute__((noinline)) void free(void* block) {
  if (block == nullptr) return;
  const std::size_t k = list_of_block(emmalloc_usable_size(block));
  if (k != 0 && cached_count[k] < kListBlocks) {
    auto* free_block = static_cast<FreeBlock*>(block);
    free_block->next = cached[k];
    cached[k] = free_block;
    ++cached_count[k];
    return;
  }
  emmalloc_free(block);
}

void* realloc(void* block, std::size_t size) {
  if (block == nullptr) return malloc(size);
  const std::size_t usable = emmalloc_usable_size(block);
  if (size <= usable) return block;
  if (list_of_block(usable) == 0) {
    if (size >= kLargeRequest) give_back_cached();
    return emmalloc_realloc(block, size);  // it may grow in place
  }
  void* moved = malloc(size);
  if (moved == nullptr) return nullptr;
  std::memcpy(moved, block, usable);
  free(block);
  return moved;
}

}  // extern "C"
