/* report.h — the segments report (gosub build/run -segments): where every function, package
 * variable, constant, string literal, local variable and allocation site of a package lives —
 * text, rodata, data, bss, stack or heap — as gosub placed it.
 *
 * Inputs, each the truth of one pass: the type-checked package; escape analysis's decisions
 * (Object.heap, Node.esc) and its -m=2 text (collected through rep_escape_sink, installed
 * before esc_analyze); what codegen recorded (CgPlacement: function symbols and the frame
 * sizes LLVM laid out); and the linked executable's own symbol table (sections and sizes of
 * the package-level symbols), read back after linking.
 *
 * Use (driver/main.c):
 *     Report *r = rep_new();
 *     esc_set_note_sink(rep_escape_sink, r);   ... esc_analyze ...
 *     CgOptions.placement = rep_placement(r);  ... cg_generate, link ...
 *     rep_write(r, pkg, exe_path, REP_TEXT, stderr);
 */
#ifndef GOSUB_REPORT_H
#define GOSUB_REPORT_H

#include <stdio.h>

#include "../codegen/codegen.h"

typedef struct Report Report;

typedef enum RepFormat { REP_TEXT, REP_JSON, REP_HTML } RepFormat;

Report *rep_new(void);
void rep_escape_sink(Pos pos, const char *msg, void *report); /* an EscNoteFn */
CgPlacement *rep_placement(Report *r);
/* Writes the report; exe is the linked executable whose symbol table is read. Returns false
 * (after a message on stderr) if the executable cannot be read. */
bool rep_write(Report *r, Package *pkg, const char *exe, RepFormat format, FILE *out);
/* Counts of a run with GOSUBDEBUG=allocsfile=PATH to merge into the report (html, json). */
void rep_set_allocs(Report *r, const char *path);

#endif
