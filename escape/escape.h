/* escape.h — escape analysis: decides stack or heap for every variable (Object.heap) and
 * allocation site (Node.esc) of a type-checked package, and prints gc's -m diagnostics.
 * mlevel: 0 = silent, 1 = -m, 2 = -m=2 (with reasons). Messages go through diag_note(). */
#ifndef GOSUB_ESCAPE_H
#define GOSUB_ESCAPE_H

#include "../sema/sema.h"

void esc_analyze(Package *pkg, int mlevel);

/* The parameter summaries of a package's functions as text for the build cache
 * (export.c), and the same given back to a package taken from the cache, whose importers
 * then analyse their calls as if it had been analysed again. */
const char *esc_export(Package *pkg);
void esc_import(Package *pkg, const char *text);

#endif
