/* json.c — the report as JSON for tools: schema "gosub-segments/1", documented (and checked
 * by tests/segments/run) in docs/segments.schema.json. The same model as the text report:
 * package-level items, then functions with their items in source order, then totals. Sizes
 * are bytes; null where unknown until run time (a map's buckets, a string built at run time). */
#include <string.h>

#include "report_int.h"

void rep_jstr(FILE *out, const char *s);
#define jstr rep_jstr
void rep_jstr(FILE *out, const char *s) {
  if (!s) { fputs("null", out); return; }
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\t': fputs("\\t", out); break;
    case '\r': fputs("\\r", out); break;
    default:
      if (*p < 0x20) fprintf(out, "\\u%04x", *p);
      else fputc(*p, out);
    }
  }
  fputc('"', out);
}

static void jint(FILE *out, int64_t v) {
  if (v < 0) fputs("null", out);
  else fprintf(out, "%lld", (long long)v);
}

static void jpos(FILE *out, Pos p) {
  fputs("{\"file\": ", out);
  jstr(out, p.file);
  fprintf(out, ", \"line\": %d, \"col\": %d}", p.line, p.col);
}

static const char *kind_names[] = {"global", "const", "string", "param", "result", "var", "alloc",
                                   "func"};

void rep_jitem(FILE *out, RepItem *it, const char *indent);
#define jitem rep_jitem
void rep_jitem(FILE *out, RepItem *it, const char *indent) {
  fprintf(out, "%s{\"kind\": \"%s\", \"name\": ", indent, kind_names[it->kind]);
  jstr(out, it->name);
  fputs(", \"pos\": ", out);
  jpos(out, it->pos);
  fputs(", \"type\": ", out);
  jstr(out, it->type ? type_string(it->type) : NULL);
  fputs(", \"size\": ", out);
  jint(out, it->size);
  fprintf(out, ", \"segment\": \"%s\"", it->seg == SEG_NONE ? "none" : rep_seg_names[it->seg]);
  fputs(", \"symbol\": ", out);
  jstr(out, it->symbol);
  fputs(", \"section\": ", out);
  jstr(out, it->section);
  fputs(", \"symbol_size\": ", out);
  jint(out, it->symbol ? (it->kind == REP_GLOBAL ? it->symsize : it->size) : -1);
  fputs(", \"decision\": ", out);
  jstr(out, it->decision);
  fputs(", \"reason\": ", out);
  jstr(out, it->reason);
  fputs(", \"flow\": [", out);
  for (int i = 0; i < it->flow.len; i++) {
    if (i) fputs(", ", out);
    jstr(out, it->flow.data[i]);
  }
  fputs("], \"note\": ", out);
  jstr(out, it->note);
  fputs(", \"run_count\": ", out);
  jint(out, it->run_count);
  fputs(", \"run_bytes\": ", out);
  jint(out, it->run_bytes);
  fputc('}', out);
}

static void jitems(FILE *out, Vec *items, const char *indent) {
  fputc('[', out);
  for (int i = 0; i < items->len; i++) {
    fputs(i ? ",\n" : "\n", out);
    jitem(out, items->data[i], indent);
  }
  fputs("]", out);
}

void rep_json(Report *r, FILE *out) {
  int64_t prog[7], exe[7];
  rep_totals(r, prog, exe);
  fputs("{\"schema\": \"gosub-segments/1\", \"file\": ", out);
  jstr(out, r->file);
  fputs(",\n \"package\": ", out);
  jitems(out, &r->pkg_items, "  ");
  fputs(",\n \"functions\": [", out);
  for (int i = 0; i < r->funcs.len; i++) {
    RepFunc *fn = r->funcs.data[i];
    fputs(i ? ",\n  " : "\n  ", out);
    fputs("{\"name\": ", out);
    jstr(out, rep_func_name(fn));
    fputs(", \"pos\": ", out);
    jpos(out, fn->decl->pos);
    fputs(", \"end\": ", out);
    jpos(out, fn->end);
    fputs(", \"outer\": ", out);
    jstr(out, fn->outer ? rep_func_name(fn->outer) : NULL);
    fputs(", \"symbol\": ", out);
    jstr(out, fn->symbol);
    fputs(", \"section\": ", out);
    jstr(out, fn->text >= 0 ? fn->section : NULL);
    fprintf(out, ", \"inlined\": %s, \"text\": ", fn->text < 0 ? "true" : "false");
    jint(out, fn->text);
    fputs(", \"frame\": ", out);
    jint(out, fn->text < 0 ? -1 : fn->frame);
    fputs(",\n   \"items\": ", out);
    jitems(out, &fn->items, "    ");
    fputc('}', out);
  }
  fputs("],\n \"totals\": {\"program\": {", out);
  const char *segs[] = {"text", "rodata", "data", "bss", "stack", "heap"};
  for (int s = 0; s < 6; s++) fprintf(out, "%s\"%s\": %lld", s ? ", " : "", segs[s], (long long)prog[s + 1]);
  fputs("}, \"executable\": {", out);
  for (int s = 0; s < 4; s++) fprintf(out, "%s\"%s\": %lld", s ? ", " : "", segs[s], (long long)exe[s + 1]);
  fputs("}}}\n", out);
}
