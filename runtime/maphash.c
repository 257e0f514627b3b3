/* maphash.c — the two functions Go's hash/maphash takes from Go's runtime by //go:linkname
 * (maphash.go: runtime_memhash, runtime_fastrand64). gosub compiles hash/maphash from Go's
 * source; these are its body-less declarations, under their C names "hash/maphash.NAME"
 * (sema/decl.c lists them as provided). Like Go's, the hash is seeded per process and its
 * values are not part of any contract: a program may only compare hashes made with one Seed.
 * Example: maphash.String(seed, "x") == maphash.String(seed, "x") within one run. */
#include <string.h>

#include "rt_internal.h"

uintptr_t maphash_memhash(const void *p, uintptr_t seed, uintptr_t n);
uint64_t maphash_fastrand64(void);

/* The Go names hold a '/', which the assembler accepts only quoted: aliases, not labels. */
__asm__(".globl \"hash/maphash.runtime_memhash\"\n"
        ".set \"hash/maphash.runtime_memhash\", maphash_memhash\n"
        ".globl \"hash/maphash.runtime_fastrand64\"\n"
        ".set \"hash/maphash.runtime_fastrand64\", maphash_fastrand64\n");

static inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t t = (__uint128_t)a * b;
  return (uint64_t)(t >> 64) ^ (uint64_t)t;
}

static inline uint64_t read64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* wyhash-style: 8 bytes at a time, the tail zero-padded, the length mixed in last */
uintptr_t maphash_memhash(const void *p, uintptr_t seed, uintptr_t n) {
  const uint8_t *b = p;
  uint64_t h = seed ^ 0xa0761d6478bd642full, left = n;
  for (; left >= 8; b += 8, left -= 8) h = mix(h ^ read64(b), 0xe7037ed1a0b428dbull);
  uint64_t tail = 0;
  if (left) memcpy(&tail, b, left);
  return mix(h ^ tail ^ 0x8ebc6af09c88c6e3ull, (uint64_t)n ^ 0x589965cc75374cc3ull);
}

uint64_t maphash_fastrand64(void) { return rt_rand64(); }
