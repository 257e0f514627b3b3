/* html.c — the report as one self-contained page (no network): the source with every item
 * coloured by the segment it lives in, its details (size, symbol, escape analysis's -m line,
 * the -m=2 flow, run-time counts with -allocs) on hover or click, a frame diagram per
 * function, and the segment totals. The items are embedded as JSON; the page's script
 * fills the detail panel. Opened as page.html#selftest, the script hovers every item itself
 * and writes what it saw (colour, detail text) into <pre id="selftest"> — what
 * tests/segments/html checks in headless Chromium. */
#include <stdlib.h>
#include <string.h>

#include "report_int.h"

static const char *CSS =
    "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}"
    "header{padding:12px 20px;background:#24292f;color:#fff}header h1{font-size:18px;margin:0}"
    "main{display:flex;gap:16px;padding:16px 20px;align-items:flex-start}"
    "#src{flex:1 1 60%;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 0;"
    "font:13px/1.5 ui-monospace,monospace;overflow-x:auto}"
    ".ln{white-space:pre;padding:0 10px}.ln i{color:#999;font-style:normal;display:inline-block;"
    "width:3em;user-select:none}"
    "#side{flex:1 1 40%;position:sticky;top:10px}"
    "#detail{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px;min-height:6em;"
    "white-space:pre-wrap;font:12px/1.45 ui-monospace,monospace}"
    ".item{border-radius:3px;cursor:pointer;padding:0 1px}"
    ".seg-text{background:#d0d7de}.seg-rodata{background:#e2c6ff}.seg-data{background:#b7f0c0}"
    ".seg-bss{background:#b2ebf2}.seg-stack{background:#bbdcff}.seg-heap{background:#ffc2b3}"
    ".seg-none{background:#eeeeee}"
    ".legend span{display:inline-block;padding:1px 8px;margin:2px;border-radius:3px}"
    "table{border-collapse:collapse;margin:6px 0}td,th{padding:2px 8px;border-bottom:1px solid #eee;"
    "text-align:left}td.n{text-align:right}"
    ".frame{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px;margin:10px 0}"
    ".frame h3{margin:0 0 6px;font-size:14px}.bar{display:inline-block;height:10px;"
    "vertical-align:middle;border-radius:2px}"
    "section{padding:0 20px 20px}";

static const char *JS =
    "const items=JSON.parse(document.getElementById('items').textContent);\n"
    "const detail=document.getElementById('detail');\n"
    "function describe(ids){return ids.split(' ').map(i=>{const it=items[+i];let s=it.segment+"
    "' · '+it.kind+' '+it.name;if(it.type)s+=' · '+it.type;if(it.size!==null)s+=' · '+it.size+' B';"
    "s+='\\n';if(it.symbol)s+='symbol '+it.symbol+' in '+it.section+'\\n';"
    "if(it.decision)s+='-m: '+it.decision+'\\n';if(it.reason)s+='why: '+it.reason+'\\n';"
    "if(it.flow.length)s+='-m=2:\\n'+it.flow.join('\\n')+'\\n';if(it.note)s+=it.note+'\\n';"
    "if(it.run_count!==null)s+='at run time: '+it.run_count+' allocations, '+it.run_bytes+' B\\n';"
    "return s;}).join('\\n');}\n"
    "function show(e){const t=e.target.closest('.item');if(t)detail.textContent=describe(t.dataset.items);}\n"
    "document.getElementById('src').addEventListener('mouseover',show);\n"
    "document.getElementById('src').addEventListener('click',show);\n"
    "if(location.hash==='#selftest'){const out=[];document.querySelectorAll('#src .item').forEach("
    "t=>{t.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));out.push(t.dataset.pos+'\\t'+"
    "t.dataset.seg+'\\t'+getComputedStyle(t).backgroundColor+'\\t'+t.textContent+'\\t'+"
    "detail.textContent.replace(/\\n/g,' | '));});const p=document.createElement('pre');"
    "p.id='selftest';p.textContent=out.join('\\n');document.body.appendChild(p);}\n";

static void html_esc(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n && s[i]; i++) {
    switch (s[i]) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    default: fputc(s[i], out);
    }
  }
}

/* ---- the source, marked ---- */

typedef struct Mark { int line, start, end; RepItem *it; int id; } Mark;

static bool word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (unsigned char)c >= 0x80;
}

/* the text an item covers on its line: a word, a string, or a call/literal to its closer */
static int extent_end(const char *l, int n, int s) {
  int i = s;
  if (i >= n) return n;
  if (l[i] == '"' || l[i] == '`') {
    char q = l[i++];
    while (i < n && l[i] != q) i += (l[i] == '\\' && q == '"') ? 2 : 1;
    return i < n ? i + 1 : n;
  }
  if (l[i] == '*' || l[i] == '&' || l[i] == '-') i++;
  while (i < n && (word(l[i]) || l[i] == '.' || l[i] == '[' || l[i] == ']')) i++;
  if (i < n && (l[i] == '(' || l[i] == '{')) {
    int depth = 0;
    for (; i < n; i++) {
      if (l[i] == '"') { i++; while (i < n && l[i] != '"') i += l[i] == '\\' ? 2 : 1; continue; }
      if (l[i] == '(' || l[i] == '{' || l[i] == '[') depth++;
      if (l[i] == ')' || l[i] == '}' || l[i] == ']') if (--depth == 0) return i + 1;
    }
    return n;
  }
  return i > s ? i : s + 1;
}

/* gc positions calls at '(' and literals at '{': start the mark at the callee or type */
static int extent_start(const char *l, int s) {
  if (l[s] != '(' && l[s] != '{') return s;
  int i = s;
  while (i > 0 && (word(l[i - 1]) || l[i - 1] == '.' || l[i - 1] == '[' || l[i - 1] == ']' ||
                   l[i - 1] == '*' || l[i - 1] == '&'))
    i--;
  return i;
}

static int rank(RepSeg s) {
  static const int r[] = {0, 1, 3, 5, 4, 2, 6};
  return r[s];
}

static int cmp_mark(const void *a, const void *b) {
  const Mark *x = a, *y = b;
  if (x->line != y->line) return x->line - y->line;
  if (x->start != y->start) return x->start - y->start;
  return y->end - x->end;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  StrBuf sb = {0};
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&sb, buf, n);
  fclose(f);
  *len = sb.len;
  char *s = arena_alloc(sb.len + 1);
  if (sb.len) memcpy(s, sb.buf, sb.len);
  s[sb.len] = 0;
  sb_free(&sb);
  return s;
}

static void source(FILE *out, Report *r, RepItem **all, int nall) {
  size_t len;
  char *src = r->file ? read_file(r->file, &len) : NULL;
  if (!src) { fputs("<p>(source not readable)</p>", out); return; }
  /* lines */
  Vec lines = {0};
  for (char *p = src; *p || p == src;) {
    vec_push(&lines, p);
    char *nl = strchr(p, '\n');
    if (!nl) break;
    *nl = 0;
    p = nl + 1;
  }
  Mark *marks = arena_alloc(sizeof(Mark) * (size_t)(nall + 1));
  int nm = 0;
  for (int i = 0; i < nall; i++) {
    RepItem *it = all[i];
    /* an allocation site is marked where its expression is (gc reports some at another
     * argument's column) */
    Pos p = it->kind == REP_ALLOC ? it->site_pos : it->pos;
    if (!p.file || strcmp(p.file, r->file) || p.line < 1 || p.line > lines.len) continue;
    const char *l = lines.data[p.line - 1];
    int n = (int)strlen(l), s = p.col - 1;
    if (s < 0 || s >= n) continue;
    bool ddd = it->kind == REP_ALLOC && !strcmp(it->name, "... argument");
    int e = ddd ? s + 1 : extent_end(l, n, s);
    if (it->kind == REP_FUNC) for (e = s; e < n && word(l[e]); e++) {}
    marks[nm++] = (Mark){p.line, extent_start(l, s), e, it, i};
  }
  qsort(marks, (size_t)nm, sizeof(Mark), cmp_mark);
  int m = 0;
  for (int ln = 1; ln <= lines.len; ln++) {
    const char *l = lines.data[ln - 1];
    int n = (int)strlen(l), col = 0;
    fprintf(out, "<div class=\"ln\"><i>%d</i>", ln);
    while (m < nm && marks[m].line == ln) {
      Mark *k = &marks[m];
      if (k->start < col) { m++; continue; } /* inside a span already written */
      html_esc(out, l + col, (size_t)(k->start - col));
      /* every item whose mark starts within this span joins it; the colour is the most
       * telling segment among them */
      int last = m;
      RepItem *best = k->it;
      while (last + 1 < nm && marks[last + 1].line == ln && marks[last + 1].start < k->end) {
        last++;
        if (rank(marks[last].it->seg) > rank(best->seg)) best = marks[last].it;
      }
      int end = k->end;
      for (int j = m; j <= last; j++) if (marks[j].end > end) end = marks[j].end;
      fprintf(out, "<span class=\"item seg-%s\" data-seg=\"%s\" data-pos=\"%d:%d\" data-items=\"",
              best->seg == SEG_NONE ? "none" : rep_seg_names[best->seg],
              best->seg == SEG_NONE ? "none" : rep_seg_names[best->seg], ln, k->start + 1);
      for (int j = m; j <= last; j++) fprintf(out, "%s%d", j > m ? " " : "", marks[j].id);
      fputs("\">", out);
      html_esc(out, l + k->start, (size_t)(end - k->start));
      fputs("</span>", out);
      col = end;
      m = last + 1;
    }
    if (col < n) html_esc(out, l + col, (size_t)(n - col));
    fputs("</div>\n", out);
  }
}

/* ---- frames and totals ---- */

static void frames(FILE *out, Report *r) {
  for (int i = 0; i < r->funcs.len; i++) {
    RepFunc *fn = r->funcs.data[i];
    fputs("<div class=\"frame\"><h3>func ", out);
    html_esc(out, rep_func_name(fn), 1000);
    if (fn->text >= 0)
      fprintf(out, " — text %lld B (%s), stack frame %lld B</h3>", (long long)fn->text,
              fn->symbol, (long long)fn->frame);
    else
      fputs(" — inlined into its callers: its variables live in their frames</h3>", out);
    fputs("<table>", out);
    for (int j = 0; j < fn->items.len; j++) {
      RepItem *it = fn->items.data[j];
      if (it->seg != SEG_STACK && it->seg != SEG_HEAP) continue;
      const char *seg = rep_seg_names[it->seg];
      int w = it->size > 0 ? (int)(it->size > 800 ? 200 : 8 + it->size / 4) : 4;
      fprintf(out, "<tr><td class=\"seg-%s\">%s</td><td>", seg, seg);
      html_esc(out, it->name, 1000);
      fputs("</td><td>", out);
      if (it->type) html_esc(out, type_string(it->type), 1000);
      fprintf(out, "</td><td class=\"n\">%s</td><td><span class=\"bar seg-%s\" style=\"width:%dpx\">"
                   "</span></td><td>:%d:%d</td></tr>",
              it->size >= 0 ? arena_printf("%lld B", (long long)it->size) : "?", seg, w,
              it->pos.line, it->pos.col);
    }
    fputs("</table></div>\n", out);
  }
}

void rep_html(Report *r, FILE *out) {
  Vec all = {0};
  for (int i = 0; i < r->pkg_items.len; i++) vec_push(&all, r->pkg_items.data[i]);
  for (int i = 0; i < r->funcs.len; i++) {
    RepFunc *fn = r->funcs.data[i];
    if (fn->decl->kind == N_FUNCDECL) { /* the name stands for the code */
      RepItem *it = NEW(RepItem);
      it->kind = REP_FUNC;
      it->pos = it->site_pos = fn->decl->funcdecl.name->pos;
      it->name = rep_func_name(fn);
      it->seg = SEG_TEXT;
      it->size = fn->text;
      it->symbol = fn->text >= 0 ? fn->symbol : NULL;
      it->section = fn->section;
      it->run_count = it->run_bytes = -1;
      it->note = fn->text >= 0 ? arena_printf("stack frame %lld B as LLVM laid it out", (long long)fn->frame)
                               : "inlined into its callers: its code is in theirs, no symbol of its own";
      vec_push(&all, it);
    }
    for (int j = 0; j < fn->items.len; j++) vec_push(&all, fn->items.data[j]);
  }
  fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>", out);
  html_esc(out, r->file ? r->file : "package", 1000);
  fprintf(out, " — where values live (gosub -segments)</title><style>%s</style></head><body>\n", CSS);
  fputs("<header><h1>Where every value of ", out);
  html_esc(out, r->file ? r->file : "the package", 1000);
  fputs(" lives</h1><div class=\"legend\">", out);
  const char *legend[] = {"text", "rodata", "data", "bss", "stack", "heap", "none"};
  for (int i = 0; i < 7; i++) fprintf(out, "<span class=\"seg-%s\" style=\"color:#000\">%s</span>", legend[i], legend[i]);
  fputs("</div></header>\n<main><div id=\"src\">\n", out);
  source(out, r, (RepItem **)all.data, all.len);
  fputs("</div><div id=\"side\"><div id=\"detail\">Hover or click a highlighted name to see where "
        "it lives and why.</div>\n<h2>Totals</h2><table>", out);
  int64_t tot[7], sec[7];
  rep_totals(r, tot, sec);
  fputs("<tr><th>segment</th><th>this program's items</th><th>executable (with runtime)</th></tr>", out);
  for (int s = SEG_TEXT; s <= SEG_HEAP; s++)
    fprintf(out, "<tr><td class=\"seg-%s\">%s</td><td class=\"n\">%lld B</td><td class=\"n\">%s</td></tr>",
            rep_seg_names[s], rep_seg_names[s], (long long)tot[s],
            s <= SEG_BSS ? arena_printf("%lld B", (long long)sec[s]) : "");
  fputs("</table></div></main>\n<section><h2>Stack frames and heap objects, per function</h2>\n", out);
  frames(out, r);
  fputs("</section>\n<script type=\"application/json\" id=\"items\">[", out);
  /* "</" must not appear inside a script element */
  char *buf = NULL;
  size_t blen = 0;
  FILE *mem = open_memstream(&buf, &blen);
  for (int i = 0; i < all.len; i++) {
    if (i) fputs(",\n", mem);
    rep_jitem(mem, all.data[i], "");
  }
  fclose(mem);
  for (size_t i = 0; i < blen; i++) {
    if (buf[i] == '<' && i + 1 < blen && buf[i + 1] == '/') fputs("<\\", out);
    else fputc(buf[i], out);
  }
  free(buf);
  fprintf(out, "]</script>\n<script>%s</script>\n</body></html>\n", JS);
}
