/* text.c — the text report, drawn like the seed's diagrams: the package-level items with
 * their sections, then per function its code (text), a box for its stack frame holding the
 * variables that live there, and the heap objects it creates, each with the reason escape
 * analysis gave (-m=2's words, cut to where the flow ends).
 *
 *   func memoryDemo                    text 365 B  main.memoryDemo
 *   ┌─ stack frame 104 B ───────────────────────────────────────────┐
 *   │ localInt       int            8 B  :10:2                        │
 *   └────────────────────────────────────────────────────────────────┘
 *     heap   :26:41  localInt   8 B   {heap} ← fmt.Printf(...) (call parameter)
 *     rodata :11:17  "I'm on Stack"  12 B  go.string.4 */
#include <stdlib.h>
#include <string.h>

#include "report_int.h"

static const char *type_str(Type *t) { return t ? type_string(t) : ""; }

static const char *size_str(int64_t n) {
  return n < 0 ? "? B" : arena_printf("%lld B", (long long)n);
}

static const char *where(Pos p) { return arena_printf(":%d:%d", p.line, p.col); }

/* A name cut to w bytes (ending in "...", never inside a UTF-8 sequence) so that the
 * columns after it stay aligned; the JSON and the page keep it whole. */
static const char *clip(const char *s, int w) {
  if ((int)strlen(s) <= w) return s;
  int n = w - 3;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
  return arena_printf("%.*s...", n, s);
}

static int cmp_item(const void *a, const void *b) {
  const RepItem *x = *(RepItem *const *)a, *y = *(RepItem *const *)b;
  if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
  if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

static void sort_items(Vec *v) {
  if (v->len > 1) qsort(v->data, (size_t)v->len, sizeof(void *), cmp_item);
}

static const char *kind_word(RepItem *it) {
  switch (it->kind) {
  case REP_GLOBAL: return "var";
  case REP_CONST: return "const";
  case REP_STRING: return "string";
  case REP_PARAM: return "param";
  case REP_RESULT: return "result";
  case REP_VAR: return "var";
  case REP_ALLOC: return "alloc";
  case REP_FUNC: return "func";
  }
  return "?";
}

static void line_item(FILE *out, RepItem *it, const char *indent) {
  fprintf(out, "%s%-6s %-8s %-28s %-16s %7s", indent, rep_seg_names[it->seg], where(it->pos),
          clip(it->name, 28), clip(type_str(it->type), 16), size_str(it->size));
  if (it->symbol) fprintf(out, "  %s (%s, %lld B)", it->symbol, it->section ? it->section : "?",
                          (long long)(it->kind == REP_GLOBAL ? it->symsize : it->size));
  if (it->reason) fprintf(out, "  %s", it->reason);
  fputc('\n', out);
  if (it->note) fprintf(out, "%s       %s\n", indent, it->note);
}

static void frame_box(FILE *out, RepFunc *fn) {
  const char *title =
      fn->text < 0 ? "─ stack: in the frames of the functions it was inlined into "
                   : arena_printf("─ stack frame %s as LLVM laid it out (+ 8 B return address) ",
                                  size_str(fn->frame));
  int width = 78;
  fprintf(out, "  ┌%s", title);
  int used = (int)strlen(title) - 2; /* its one box-drawing dash is 3 bytes, 1 column */
  for (int i = used; i < width; i++) fputs("─", out);
  fputs("┐\n", out);
  int n = 0;
  for (int i = 0; i < fn->items.len; i++) {
    RepItem *it = fn->items.data[i];
    if (it->seg != SEG_STACK || it->kind == REP_ALLOC) continue;
    fprintf(out, "  │ %-6s %-20s %-18s %7s %-9s\n", kind_word(it), clip(it->name, 20),
            clip(type_str(it->type), 18),
            size_str(it->size), where(it->pos));
    n++;
  }
  for (int i = 0; i < fn->items.len; i++) {
    RepItem *it = fn->items.data[i];
    if (it->seg != SEG_STACK || it->kind != REP_ALLOC) continue;
    fprintf(out, "  │ %-6s %-20s %-18s %7s %-9s\n", "alloc", clip(it->name, 20),
            clip(type_str(it->type), 18),
            size_str(it->size), where(it->pos));
    n++;
  }
  if (!n) fputs("  │ (nothing of the program's own: registers and spills only)\n", out);
  fputs("  └", out);
  for (int i = 0; i < width; i++) fputs("─", out);
  fputs("┘\n", out);
}

static void func_block(FILE *out, RepFunc *fn) {
  const char *name = rep_func_name(fn);
  if (fn->text >= 0)
    fprintf(out, "\nfunc %-32s text %s  %s (%s)\n", name, size_str(fn->text), fn->symbol,
            fn->section ? fn->section : "?");
  else
    fprintf(out, "\nfunc %-32s text, inlined into its callers (LLVM dropped %s)\n", name,
            fn->symbol ? fn->symbol : "its symbol");
  frame_box(out, fn);
  bool any = false;
  for (int i = 0; i < fn->items.len; i++) {
    RepItem *it = fn->items.data[i];
    if (it->seg == SEG_STACK) continue;
    if (!any) fputs("  not in the frame:\n", out);
    any = true;
    line_item(out, it, "    ");
  }
}

void rep_text(Report *r, FILE *out) {
  fprintf(out, "memory map of %s (gosub -segments)\n", r->file ? r->file : "package");
  if (r->pkg_items.len) fputs("\npackage level\n", out);
  for (int i = 0; i < r->pkg_items.len; i++) line_item(out, r->pkg_items.data[i], "  ");
  for (int i = 0; i < r->funcs.len; i++) func_block(out, r->funcs.data[i]);
  int64_t tot[7], sec[7];
  rep_totals(r, tot, sec);
  fprintf(out, "\ntotals of this program's own items: text %lld B, rodata %lld B, data %lld B, "
               "bss %lld B, stack frames %lld B, heap %lld B per execution of each site\n",
          (long long)tot[SEG_TEXT], (long long)tot[SEG_RODATA], (long long)tot[SEG_DATA],
          (long long)tot[SEG_BSS], (long long)tot[SEG_STACK], (long long)tot[SEG_HEAP]);
  fprintf(out, "the executable (with gosub's runtime): text %lld B, rodata %lld B, data %lld B, "
               "bss %lld B\n",
          (long long)sec[SEG_TEXT], (long long)sec[SEG_RODATA], (long long)sec[SEG_DATA],
          (long long)sec[SEG_BSS]);
}

/* totals by segment: the program's own items (tot) and the executable's sections (sec) */
void rep_totals(Report *r, int64_t tot[7], int64_t sec[7]) {
  for (int i = 0; i < 7; i++) tot[i] = sec[i] = 0;
  for (int i = 0; i < r->funcs.len; i++) {
    RepFunc *fn = r->funcs.data[i];
    if (fn->text > 0) tot[SEG_TEXT] += fn->text;
    if (fn->text >= 0 && fn->frame > 0) tot[SEG_STACK] += fn->frame;
    for (int j = 0; j < fn->items.len; j++) {
      RepItem *it = fn->items.data[j];
      if ((it->seg == SEG_HEAP || it->seg == SEG_RODATA) && it->size > 0) tot[it->seg] += it->size;
    }
  }
  for (int i = 0; i < r->pkg_items.len; i++) {
    RepItem *it = r->pkg_items.data[i];
    if (it->seg != SEG_NONE && it->seg != SEG_STACK && it->seg != SEG_HEAP && it->size > 0)
      tot[it->seg] += it->kind == REP_GLOBAL ? it->symsize : it->size;
  }
  for (int i = 0; i < r->exe.nsections; i++) {
    RepSeg s = rep_segment_of(r->exe.sections[i].name);
    if (s != SEG_NONE) sec[s] += (int64_t)r->exe.sections[i].size;
  }
}

/* ---- entry points ---- */

Report *rep_new(void) { return NEW(Report); }
void rep_set_allocs(Report *r, const char *path) { r->allocs = path; }

/* allocsfile lines: "file:line:col<TAB>what<TAB>count<TAB>bytes" */
static void merge_allocs(Report *r) {
  FILE *f = r->allocs ? fopen(r->allocs, "r") : NULL;
  if (!f) return;
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    char *t3 = t2 ? strchr(t2 + 1, '\t') : NULL;
    if (!t3) continue;
    *t1 = 0;
    long long count = atoll(t2 + 1), bytes = atoll(t3 + 1);
    for (int i = 0; i < r->funcs.len; i++) {
      RepFunc *fn = r->funcs.data[i];
      for (int j = 0; j < fn->items.len; j++) {
        RepItem *it = fn->items.data[j];
        if (it->seg != SEG_HEAP) continue;
        /* codegen names a site by where -m reports it (esc_site_pos) */
        const char *p = arena_printf("%s:%d:%d", it->pos.file ? it->pos.file : "?", it->pos.line,
                                     it->pos.col);
        if (strcmp(p, line)) continue;
        it->run_count = (it->run_count < 0 ? 0 : it->run_count) + count;
        it->run_bytes = (it->run_bytes < 0 ? 0 : it->run_bytes) + bytes;
      }
    }
  }
  fclose(f);
}
CgPlacement *rep_placement(Report *r) { return &r->placement; }

bool rep_write(Report *r, Package *pkg, const char *exe, RepFormat format, FILE *out) {
  if (!rep_exe_read(&r->exe, exe)) return false;
  if (pkg->files.len) r->file = ((Node *)pkg->files.data[0])->pos.file;
  rep_build(r, pkg);
  sort_items(&r->pkg_items);
  for (int i = 0; i < r->funcs.len; i++) sort_items(&((RepFunc *)r->funcs.data[i])->items);
  merge_allocs(r);
  switch (format) {
  case REP_TEXT: rep_text(r, out); break;
  case REP_JSON: rep_json(r, out); break;
  case REP_HTML: rep_html(r, out); break;
  }
  return true;
}
