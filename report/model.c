/* model.c — builds the segments report's model: one RepItem per function, package variable,
 * constant, string literal, local variable and allocation site, in source order, each with
 * the segment gosub placed it in and why.
 *
 * Where each fact comes from (never guessed when a pass knows it):
 *   - text/data/bss/rodata and sizes of package-level items: the executable's symbol table
 *     (exe.c), found by the symbol codegen recorded (CgPlacement) or, for string literals, by
 *     the bytes of the go.string.N symbols;
 *   - frame sizes: LLVM's, recorded by codegen (CgFuncPlace.frame);
 *   - stack or heap: escape analysis (Object.heap, and its -m messages, which name every
 *     allocation site exactly as gc's -m does), corrected where gosub's code generation puts
 *     something on the heap whatever escape analysis says (maps, channels, strings built at
 *     run time) — the report says so;
 *   - the reason: the -m=2 explanation of the location, shortened to where its flow ends.
 *
 * Example: for `func f() *int { x := 42; return &x }` the items are
 *     FUNC f (text, symbol main.f, 24 B; frame 8 B)
 *     VAR x (heap, 8 B: "~r0: return &x (return)") */
#include <string.h>

#include "report_int.h"

/* ---- the -m text, by position ---- */

void rep_escape_sink(Pos pos, const char *msg, void *report) {
  Report *r = report;
  RepNote *n = NEW(RepNote);
  n->pos = pos;
  n->msg = msg;
  vec_push(&r->notes, n);
}

static bool same_pos(Pos a, Pos b) {
  return a.line == b.line && a.col == b.col &&
         (a.file == b.file || (a.file && b.file && !strcmp(a.file, b.file)));
}

/* The -m=2 block of the location at pos whose -m line starts with subject: every note at
 * pos from "subject escapes to heap:" (or "parameter ...") up to the decision line. */
static void flow_of(Report *r, RepItem *it) {
  for (int i = 0; i < r->notes.len; i++) {
    RepNote *n = r->notes.data[i];
    if (!same_pos(n->pos, it->pos)) continue;
    size_t len = strlen(n->msg);
    bool head = len && n->msg[len - 1] == ':' && n->msg[0] != ' ';
    if (!head) continue;
    /* the block: this line and the indented lines after it at the same position */
    vec_push(&it->flow, (void *)n->msg);
    for (int j = i + 1; j < r->notes.len; j++) {
      RepNote *m = r->notes.data[j];
      if (!same_pos(m->pos, it->pos) || m->msg[0] != ' ') break;
      vec_push(&it->flow, (void *)m->msg);
    }
    break;
  }
  /* the cause: where the flow ends (its root) and the last step that got there */
  const char *root = NULL, *last = NULL;
  for (int i = 0; i < it->flow.len; i++) {
    const char *l = it->flow.data[i];
    if (!strncmp(l, "  flow: ", 8)) {
      const char *eq = strstr(l, " = ");
      root = eq ? arena_printf("%.*s", (int)(eq - l - 8), l + 8) : NULL;
    } else if (!strncmp(l, "    from ", 9)) {
      const char *at = strstr(l, ") at ");
      last = at ? arena_printf("%.*s", (int)(at + 1 - l - 9), l + 9) : l + 9;
    }
  }
  if (root && last) it->reason = arena_printf("%s ← %s", root, last);
}

/* ---- walking the AST ---- */

static RepItem *new_item(Report *r, RepKind kind, Pos pos, const char *name, RepFunc *fn) {
  RepItem *it = NEW(RepItem);
  it->kind = kind;
  it->pos = pos;
  it->name = name;
  it->fn = fn;
  it->size = -1;
  it->run_count = it->run_bytes = -1;
  it->site_pos = pos;
  vec_push(fn ? &fn->items : &r->pkg_items, it);
  return it;
}

static void var_item(Report *r, RepFunc *fn, Object *o, RepKind kind) {
  if (!o || !o->name || !strcmp(o->name, "_")) return;
  for (int i = 0; i < fn->items.len; i++)
    if (((RepItem *)fn->items.data[i])->obj == o) return;
  RepItem *it = new_item(r, kind, o->pos, o->name, fn);
  it->obj = o;
  it->type = o->type;
  it->size = type_size(o->type);
  if (o->heap) {
    it->seg = SEG_HEAP;
    it->decision = arena_printf("moved to heap: %s", o->name);
    flow_of(r, it);
  } else {
    it->seg = SEG_STACK;
  }
}

static void string_item(Report *r, RepFunc *fn, Node *lit) {
  if (!lit->lit.len) return; /* "": no bytes at all */
  RepItem *it = new_item(r, REP_STRING, lit->pos, lit->lit.text, fn);
  it->size = (int64_t)lit->lit.len;
  const RepSym *s = rep_exe_string(&r->exe, lit->lit.str, lit->lit.len);
  if (s) {
    it->seg = rep_segment_of(s->section);
    it->symbol = s->name;
    it->section = s->section;
  } else {
    it->seg = SEG_NONE;
    it->note = "no bytes of its own: folded into the code or into another constant";
  }
}

typedef struct Walk { Report *r; RepFunc *fn; } Walk;
extern void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);

static void fields_vars(Report *r, RepFunc *fn, Vec *fields, RepKind kind) {
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    for (int j = 0; j < f->field.names.len; j++) {
      Node *id = f->field.names.data[j];
      var_item(r, fn, id->ident.obj, kind);
    }
  }
}

static void walk_body(Report *r, RepFunc *fn, Node *body);

static void visit(Node *n, void *arg) {
  Walk *w = arg;
  if (!n) return;
  switch (n->kind) {
  case N_FUNCLIT: { /* a function of its own, listed after this one */
    RepFunc *lit = rep_func_for(w->r, n);
    lit->outer = w->fn;
    return;
  }
  case N_BASICLIT:
    if (n->lit.kind == LIT_STRING) string_item(w->r, w->fn, n);
    return;
  case N_ASSIGN:
    if (n->assign.op == OP_DEFINE && w->fn)
      for (int i = 0; i < n->assign.lhs.len; i++) {
        Node *id = n->assign.lhs.data[i];
        if (id->kind == N_IDENT && id->ident.obj && id->ident.obj->decl == id)
          var_item(w->r, w->fn, id->ident.obj, REP_VAR);
      }
    break;
  case N_VALUESPEC:
    for (int i = 0; i < n->valuespec.names.len && w->fn; i++) {
      Node *id = n->valuespec.names.data[i];
      Object *o = id->ident.obj;
      if (!o) continue;
      if (o->kind == OBJ_CONST) {
        RepItem *it = new_item(w->r, REP_CONST, o->pos, o->name, w->fn);
        it->seg = SEG_NONE;
        it->type = o->type;
        it->note = "a constant: no storage, the compiler folds it into the code that uses it";
      } else {
        var_item(w->r, w->fn, o, REP_VAR);
      }
    }
    break;
  case N_RANGE:
    if (n->rangestmt.define && w->fn) {
      Node *k = n->rangestmt.key, *v = n->rangestmt.value;
      if (k && k->kind == N_IDENT) var_item(w->r, w->fn, k->ident.obj, REP_VAR);
      if (v && v->kind == N_IDENT) var_item(w->r, w->fn, v->ident.obj, REP_VAR);
    }
    break;
  case N_CASECLAUSE:
    if (n->caseclause.tsvar && w->fn) var_item(w->r, w->fn, n->caseclause.tsvar, REP_VAR);
    break;
  default: break;
  }
  esc_visit_children(n, visit, arg);
}

static void walk_body(Report *r, RepFunc *fn, Node *body) {
  Walk w = {r, fn};
  esc_visit_children(body, visit, &w);
}

RepFunc *rep_func_for(Report *r, Node *decl) {
  RepFunc *fn = NEW(RepFunc);
  fn->decl = decl;
  fn->frame = -1;
  vec_push(&r->funcs, fn);
  CgPlacement *pl = &r->placement;
  for (int i = 0; i < pl->funcs.len; i++) {
    CgFuncPlace *fp = pl->funcs.data[i];
    if (fp->decl == decl) {
      fn->symbol = fp->symbol;
      fn->frame = fp->frame < 0 ? 0 : fp->frame;
    }
  }
  const RepSym *s = fn->symbol ? rep_exe_symbol(&r->exe, fn->symbol) : NULL;
  if (s) {
    fn->text = (int64_t)s->size;
    fn->section = s->section;
  } else {
    fn->text = -1; /* inlined everywhere and dropped, or never generated */
  }
  Node *ftype = decl->kind == N_FUNCDECL ? decl->funcdecl.type : decl->funclit.type;
  if (decl->kind == N_FUNCDECL && decl->funcdecl.recv) {
    Vec one = {0};
    vec_push(&one, decl->funcdecl.recv);
    fields_vars(r, fn, &one, REP_PARAM);
  }
  if (ftype) {
    fields_vars(r, fn, &ftype->functype.params, REP_PARAM);
    fields_vars(r, fn, &ftype->functype.results, REP_RESULT);
  }
  Node *body = decl->kind == N_FUNCDECL ? decl->funcdecl.body : decl->funclit.body;
  if (body) {
    fn->end = body->block.rbrace;
    walk_body(r, fn, body);
  }
  return fn;
}

/* ---- allocation sites: exactly the locations escape analysis reported ---- */

static bool pos_le(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col <= b.col); }

/* the innermost function whose text contains pos */
static RepFunc *func_at(Report *r, Pos pos) {
  RepFunc *best = NULL;
  for (int i = 0; i < r->funcs.len; i++) {
    RepFunc *fn = r->funcs.data[i];
    if (!fn->end.line || !fn->decl->pos.file || !pos.file || strcmp(fn->decl->pos.file, pos.file))
      continue;
    if (pos_le(fn->decl->pos, pos) && pos_le(pos, fn->end) &&
        (!best || pos_le(best->decl->pos, fn->decl->pos)))
      best = fn;
  }
  return best;
}

static bool is_param_pos(RepFunc *fn, Pos pos) {
  for (int i = 0; i < fn->items.len; i++) {
    RepItem *it = fn->items.data[i];
    if ((it->kind == REP_PARAM || it->kind == REP_RESULT) && same_pos(it->pos, pos)) return true;
  }
  return false;
}

static void site_items(Report *r) {
  const char *esc = " escapes to heap", *noesc = " does not escape";
  for (int i = 0; i < r->notes.len; i++) {
    RepNote *n = r->notes.data[i];
    size_t len = strlen(n->msg);
    bool heap = len > strlen(esc) && !strcmp(n->msg + len - strlen(esc), esc);
    bool stack = len > strlen(noesc) && !strcmp(n->msg + len - strlen(noesc), noesc);
    if (!heap && !stack) continue;
    RepFunc *fn = func_at(r, n->pos);
    if (fn && is_param_pos(fn, n->pos)) continue; /* a parameter's leak summary */
    const char *subject = arena_printf("%.*s", (int)(len - strlen(heap ? esc : noesc)), n->msg);
    RepItem *it = new_item(r, REP_ALLOC, n->pos, subject, fn);
    it->decision = n->msg;
    it->seg = heap ? SEG_HEAP : SEG_STACK;
    if (heap) flow_of(r, it);
    rep_site_details(r, it);
  }
}

/* Heap allocations codegen emitted that -m does not report: channels (gc's makechan
 * allocates every one; escape analysis has nothing to decide) and what a go or defer
 * statement evaluates into its heap record (a method value). Each gets an item with a note,
 * so that every allocation GOSUBDEBUG=allocs=1 can count is in the report. */
static void codegen_items(Report *r) {
  CgPlacement *pl = &r->placement;
  for (int i = 0; i < pl->allocs.len; i++) {
    CgAllocPlace *a = pl->allocs.data[i];
    RepFunc *fn = func_at(r, a->pos);
    if (!fn) continue;
    bool known = false;
    for (int j = 0; j < fn->items.len && !known; j++) {
      RepItem *it = fn->items.data[j];
      known = it->seg == SEG_HEAP && same_pos(it->pos, a->pos);
    }
    if (known) continue;
    RepItem *it = new_item(r, REP_ALLOC, a->pos, a->what, fn);
    it->seg = SEG_HEAP;
    it->type = a->type;
    Type *u = a->type ? type_under(a->type) : NULL;
    if (u && u->kind == TY_CHAN) {
      it->note = "channels are always on the heap (gc's makechan too: -m does not report them)";
    } else {
      it->size = a->type ? type_size(a->type) : -1;
      it->note = a->forced ? "evaluated now for a go or defer statement: gosub keeps it on the heap "
                             "with the statement's record (-m does not report it)"
                           : "allocated on the heap by gosub's code generation (-m does not report it)";
    }
  }
}

/* ---- package level ---- */

static void global_item(Report *r, Object *o) {
  if (!o || !o->name || !strcmp(o->name, "_")) return;
  RepItem *it = new_item(r, REP_GLOBAL, o->pos, o->name, NULL);
  it->obj = o;
  it->type = o->type;
  it->size = type_size(o->type);
  CgPlacement *pl = &r->placement;
  for (int i = 0; i < pl->globals.len; i++)
    if (pl->globals.data[i] == o) it->symbol = pl->global_symbols.data[i];
  const RepSym *s = it->symbol ? rep_exe_symbol(&r->exe, it->symbol) : NULL;
  if (s) {
    it->seg = rep_segment_of(s->section);
    it->section = s->section;
    it->symsize = (int64_t)s->size;
  } else {
    it->seg = SEG_NONE;
    it->note = "never used: no storage";
  }
}

void rep_build(Report *r, Package *pkg) {
  Walk w = {r, NULL};
  for (int fi = 0; fi < pkg->files.len; fi++) {
    Node *file = pkg->files.data[fi];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind == N_FUNCDECL && d->funcdecl.body) {
        rep_func_for(r, d);
      } else if (d->kind == N_GENDECL && (d->gendecl.kind == DECL_VAR || d->gendecl.kind == DECL_CONST)) {
        for (int j = 0; j < d->gendecl.specs.len; j++) {
          Node *spec = d->gendecl.specs.data[j];
          for (int k = 0; k < spec->valuespec.names.len; k++) {
            Object *o = ((Node *)spec->valuespec.names.data[k])->ident.obj;
            if (!o) continue;
            if (o->kind == OBJ_CONST) {
              RepItem *it = new_item(r, REP_CONST, o->pos, o->name, NULL);
              it->seg = SEG_NONE;
              it->type = o->type;
              it->note = "a constant: no storage, the compiler folds it into the code that uses it";
            } else {
              global_item(r, o);
            }
          }
          /* string literals of initializers */
          for (int k = 0; k < spec->valuespec.values.len; k++) visit(spec->valuespec.values.data[k], &w);
        }
      }
    }
  }
  site_items(r);
  codegen_items(r);
}
