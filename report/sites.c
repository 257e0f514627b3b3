/* sites.c — what an allocation site is (the expression escape analysis reported at a
 * position), its size, and where gosub's code generation really puts it: codegen follows the
 * escape decision (DESIGN §4) except for objects its runtime always allocates — maps and
 * channels (gort_makemap, gort_makechan) and strings built at run time (concatenation,
 * conversions) — and boxed constants, which are read-only data. */
#include <string.h>

#include "../escape/escape.h"
#include "report_int.h"

extern void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);

typedef struct Find { Pos pos; const char *subject; Node *best; int score; } Find;

static bool is_site_node(Node *n) {
  switch (n->kind) {
  case N_COMPOSITE: case N_FUNCLIT: case N_BINARY: case N_SELECTOR: return true;
  case N_UNARY: return n->unary.op == OP_ADDR;
  case N_CALL: return n->call.how == CALL_BUILTIN || n->call.how == CALL_CONVERSION ||
                      n->call.how == CALL_FUNC;
  case N_IDENT: case N_BASICLIT: case N_INDEX: case N_STAR: return true;
  default: return false;
  }
}

/* The node escape analysis named `subject` at pos. gc reports the boxing of a plain name at
 * the position its type checker was at (often the previous argument), so the name, not the
 * position, decides: the best candidate is named like the subject and sits at pos, else on
 * the same line; an implicit conversion wins over its operand. */
static void find_visit(Node *n, void *arg) {
  Find *f = arg;
  if (!n) return;
  if (is_site_node(n) && n->pos.line == f->pos.line) {
    int score = 0;
    if (!strcmp(esc_node_string(n), f->subject)) score += 4;
    if (n->pos.col == f->pos.col) score += 2;
    if (n->kind == N_CALL && n->implicit) score += 1;
    else if (n->kind == N_CALL || n->kind == N_COMPOSITE || n->kind == N_UNARY ||
             n->kind == N_FUNCLIT)
      score += 1;
    if (score >= 4 || (score >= 2 && !strcmp(f->subject, "... argument")))
      if (score > f->score) { f->best = n; f->score = score; }
  }
  if (n->kind == N_FUNCLIT && f->best == n) return;
  esc_visit_children(n, find_visit, arg);
}

static Node *site_node(Report *r, RepItem *it) {
  Find f = {it->pos, it->name, NULL, 0};
  if (it->fn) {
    Node *d = it->fn->decl;
    esc_visit_children(d->kind == N_FUNCDECL ? d->funcdecl.body : d->funclit.body, find_visit, &f);
  }
  (void)r;
  return f.best;
}

static Type *under(Type *t) { return t ? type_under(t) : NULL; }

static int64_t const_int(Node *n) {
  return n && n->val && n->val->kind == CV_INT && n->val->i >= 0 && n->val->i < ((__int128)1 << 62)
             ? (int64_t)n->val->i : -1;
}

void rep_site_details(Report *r, RepItem *it) {
  Node *n = site_node(r, it);
  if (!n) return;
  it->site_pos = n->pos;
  /* an implicit conversion's operand carries the position: the conversion boxes it */
  Type *t = n->type;
  Type *u = under(t);
  switch (n->kind) {
  case N_COMPOSITE:
    if (u && u->kind == TY_MAP) {
      it->size = -1;
      if (it->seg == SEG_STACK)
        it->note = "gosub allocates every map on the heap (gc keeps this one in the frame)";
      it->seg = SEG_HEAP;
    } else if (u && u->kind == TY_SLICE) {
      it->size = (int64_t)n->composite.elts.len * type_size(u->elem); /* the backing array */
      it->type = t;
    } else if (t) {
      it->size = type_size(t);
      it->type = t;
    }
    return;
  case N_UNARY: /* &T{...} */
    if (u && u->kind == TY_POINTER) { it->type = u->elem; it->size = type_size(u->elem); }
    return;
  case N_FUNCLIT:
    it->note = "a closure record: the code pointer and the captured variables";
    return;
  case N_BINARY:
    if (u && u->kind == TY_STRING) {
      it->size = -1;
      if (it->seg == SEG_STACK)
        it->note = "gosub builds every run-time string on the heap (gc uses a 32-byte frame "
                   "buffer when the result does not escape and fits)";
      it->seg = SEG_HEAP;
    }
    return;
  case N_CALL:
    if (n->call.how == CALL_FUNC && !strcmp(it->name, "... argument")) {
      /* the slice gc builds for a variadic call's extra arguments */
      Type *ft = under(n->call.fun->type);
      if (ft && ft->kind == TY_FUNC && ft->variadic && ft->params.len) {
        Type *st = under(ft->params.data[ft->params.len - 1]);
        int extra = n->call.args.len - (ft->params.len - 1);
        if (st && st->kind == TY_SLICE && extra > 0) {
          it->type = st;
          it->size = extra * type_size(st->elem);
        }
      }
      return;
    }
    if (n->call.how == CALL_BUILTIN) {
      Node *a0 = n->call.args.len ? n->call.args.data[0] : NULL;
      if (u && u->kind == TY_POINTER && n->call.builtin == BI_NEW) {
        it->type = u->elem;
        it->size = type_size(u->elem);
      } else if (u && (u->kind == TY_MAP || u->kind == TY_CHAN)) {
        it->size = -1;
        if (it->seg == SEG_STACK)
          it->note = u->kind == TY_MAP
                         ? "gosub allocates every map on the heap (gc keeps this one in the frame)"
                         : "channels are always on the heap";
        it->seg = SEG_HEAP;
      } else if (u && u->kind == TY_SLICE && n->call.builtin == BI_MAKE) {
        Node *capn = n->call.args.len > 2 ? n->call.args.data[2]
                     : n->call.args.len > 1 ? n->call.args.data[1] : NULL;
        int64_t c = const_int(capn);
        it->type = t;
        it->size = c >= 0 ? c * type_size(u->elem) : -1;
        if (it->seg == SEG_STACK && c < 0) it->seg = SEG_HEAP; /* codegen: constant size only */
      }
      (void)a0;
      return;
    }
    if (n->call.how == CALL_CONVERSION && n->call.args.len) {
      Node *x = n->call.args.data[0];
      Type *xt = x->type;
      if (u && u->kind == TY_INTERFACE) {
        it->type = xt;
        it->size = xt ? type_size(xt) : -1;
        if (x->val) {
          it->seg = SEG_RODATA;
          it->note = "a constant boxed once, in read-only data: no allocation (gc does the same)";
        }
      } else if (u && (u->kind == TY_STRING || u->kind == TY_SLICE)) {
        it->size = -1;
        if (it->seg == SEG_STACK)
          it->note = "gosub converts strings and byte/rune slices on the heap";
        it->seg = SEG_HEAP;
      }
    }
    return;
  default:
    /* a name, field, index...: an implicit conversion to an interface boxes its value */
    it->type = t;
    if (t && under(t)->kind != TY_INTERFACE) it->size = type_size(t);
    if (n->val) {
      it->seg = SEG_RODATA;
      it->note = "a constant boxed once, in read-only data: no allocation (gc does the same)";
    }
    return;
  }
}

const char *rep_func_name(RepFunc *fn) {
  Node *d = fn->decl;
  if (d->kind == N_FUNCLIT) return sema_funclit_name(d);
  const char *name = d->funcdecl.name->ident.name;
  Node *recv = d->funcdecl.recv;
  if (!recv || !recv->field.type || !recv->field.type->type) return name;
  Type *rt = recv->field.type->type;
  if (rt->kind == TY_POINTER && rt->elem && rt->elem->obj)
    return arena_printf("(*%s).%s", rt->elem->obj->name, name);
  return arena_printf("%s.%s", rt->obj ? rt->obj->name : "?", name);
}
