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
/* The text -m=2 would print for every decision, whatever mlevel is (the segments report
 * reads it): when a sink is set before esc_analyze, each message — gc's words, at the
 * position -m prints — is also passed to fn. NULL removes the sink. */
typedef void (*EscNoteFn)(Pos pos, const char *msg, void *arg);
void esc_set_note_sink(EscNoteFn fn, void *arg);
const char *esc_node_string(Node *n);   /* how -m names an expression (gc's %v) */
/* Where -m reports the allocation site n (gc's position, which for some implicit
 * conversions is not n's own): codegen names its allocations by it (GOSUBDEBUG=allocs=1). */
Pos esc_site_pos(Node *n);

#endif
