/* front.h — what both libFuzzer harnesses run first: one input as the file "./fuzz.go" through
 * lexer → parser → sema → escape. Returns the analysed package, or NULL when the input was
 * refused with diagnostics (the normal fate of random bytes). The caller drops the
 * diagnostics with diag_clear() after each input. */
#ifndef GOSUB_FUZZ_FRONT_H
#define GOSUB_FUZZ_FRONT_H

#include <stddef.h>
#include <stdint.h>

#include "../../common/common.h"
#include "../../escape/escape.h"
#include "../../load/load.h"
#include "../../parser/parser.h"
#include "../../sema/sema.h"

static inline Package *fuzz_front_half(const uint8_t *data, size_t size, int mlevel) {
  if (size > 64 * 1024) return NULL;
  Package *pkg = NEW(Package);
  Node *file = parse_file("./fuzz.go", (const char *)data, size);
  if (!file || diag_count() != 0) return NULL;
  vec_push(&pkg->files, file);
  /* its imports first, checked and analysed as the driver's package loop does */
  Vec deps = load_imports(pkg);
  if (diag_count() != 0) return NULL;
  for (int i = 0; i < deps.len; i++) {
    Package *d = deps.data[i];
    if (d->sema) continue;
    if (!sema_check(d)) return NULL;
    esc_analyze(d, 0);
  }
  if (!sema_check(pkg) || diag_count() != 0) return NULL;
  esc_analyze(pkg, mlevel);
  return diag_count() == 0 ? pkg : NULL;
}

#endif
