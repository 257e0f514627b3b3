/* expr.c — expressions: each expression evaluates into a hole (gc's expr.go). The hole says
 * where the value goes and with how many dereferences; allocation sites get a location of
 * their own ("spill") whose address flows into the hole. */
#include <string.h>

#include "escape_int.h"

#define MAX_IMPLICIT_STACK_VAR_SIZE (64 * 1024)

Node *esc_unparen(Node *n) {
  while (n && n->kind == N_PAREN) n = n->unary.x;
  return n;
}

/* A variable or function name: gc's ONAME, which has no position of its own, so an implicit
 * conversion of it is reported at the position gc's type checker was at (see esc_expr_ctx). */
/* The operand of an implicit conversion sema inserted (gc positions it by its operand). */
Node *esc_strip_implicit(Node *n) {
  n = esc_unparen(n);
  while (n && n->kind == N_CALL && n->implicit && n->call.how == CALL_CONVERSION && n->call.args.len)
    n = esc_unparen(n->call.args.data[0]);
  return n;
}

bool esc_is_name(Node *n) {
  n = esc_unparen(n);
  if (!n) return false;
  Object *o = NULL;
  if (n->kind == N_IDENT) o = n->ident.obj;
  else if (n->kind == N_SELECTOR && n->selector.kind == SEL_PKG) o = n->selector.sel;
  return o && (o->kind == OBJ_VAR || o->kind == OBJ_FUNC);
}

static bool is_untyped(Type *t) {
  return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

void esc_discard(Esc *e, Node *n) { esc_expr(e, esc_discard_hole(e), n); }

void esc_assign_heap(Esc *e, Node *src, const char *why, Node *where) {
  esc_expr(e, hole_note(esc_heap_hole(e), where, why), src);
}

/* Dereferences on the path of a field selector: embedded fields reached through pointers, and
 * the final field when the operand (after the path) is a pointer. */
static int selector_derefs(Node *n, Type **last) {
  Type *t = n->selector.x->type;
  int d = 0;
  for (int i = 0; i < n->selector.path.len; i++) {
    Type *u = esc_under(t);
    if (u && u->kind == TY_POINTER) { d++; u = esc_under(u->elem); }
    int idx = (int)(intptr_t)n->selector.path.data[i];
    if (!u || u->kind != TY_STRUCT || idx < 0 || idx >= u->fields.len) break;
    t = ((Field *)u->fields.data[idx])->type;
  }
  if (last) *last = t;
  return d;
}

static bool is_ptr(Type *t) {
  Type *u = esc_under(t);
  return u && u->kind == TY_POINTER;
}

/* The hole for a method receiver expression x in x.m (call or method value), given the hole
 * of the receiver parameter: implicit &x / *x and embedded-field derefs applied. */
Hole esc_recv_hole(Esc *e, Hole k, Node *sel);
Hole esc_recv_hole(Esc *e, Hole k, Node *sel) {
  Type *t;
  int d = selector_derefs(sel, &t);
  Object *m = sel->selector.sel;
  if (sel->selector.kind == SEL_METHOD && m && m->recv) {
    bool want_ptr = is_ptr(m->recv);
    Node *x = esc_unparen(sel->selector.x);
    if (want_ptr && !is_ptr(t)) k = hole_note_pos(hole_shift(k, -1), x, sel->pos, "address-of");
    else if (!want_ptr && is_ptr(t)) k = hole_note_pos(hole_shift(k, 1), x, sel->pos, "indirection");
  } else if (sel->selector.kind == SEL_IFACEMETHOD && is_ptr(t)) {
    k = hole_deref(k, sel, "indirection");
  }
  for (int i = 0; i < d; i++) k = hole_deref(k, sel, "dot of pointer");
  return k;
}

static void field_selector(Esc *e, Hole k, Node *n) {
  Type *t;
  int d = selector_derefs(n, &t);
  if (is_ptr(t)) d++;
  if (d == 0) k = hole_note(k, n, "dot");
  for (int i = 0; i < d; i++) k = hole_deref(k, n, "dot of pointer");
  esc_expr(e, k, n->selector.x);
}

/* x.m as a value: a closure binding the receiver (OMETHVALUE). */
static void method_value(Esc *e, Hole k, Node *n) {
  Hole closure_k = esc_spill(e, k, n);
  Object *m = n->selector.sel;
  Type *mt = m ? m->type : NULL;
  Hole param_k;
  if (n->selector.kind == SEL_METHOD && m) {
    Type *ft = esc_under(mt);
    int nres = ft ? ft->results.len : 0;
    Hole ks[NUM_ESC_RESULTS + 1];
    int nk = 0;
    for (int i = 0; i < nres && nk < NUM_ESC_RESULTS; i++) ks[nk++] = esc_heap_hole(e);
    extern Hole esc_tag_hole(Esc *, Hole *, int, Object *, int, Type *);
    param_k = esc_tag_hole(e, ks, nk, m, 0, m->recv);
  } else {
    param_k = esc_heap_hole(e);
  }
  Hole both[2] = {param_k, closure_k};
  Hole tee = esc_tee(e, both, 2);
  esc_expr(e, esc_recv_hole(e, tee, n), n->selector.x);
}

static void selector(Esc *e, Hole k, Node *n) {
  switch (n->selector.kind) {
  case SEL_FIELD: field_selector(e, k, n); break;
  case SEL_METHOD: case SEL_IFACEMETHOD: method_value(e, k, n); break;
  case SEL_PKG: case SEL_METHODEXPR: default: break; /* globals, functions: no flow */
  }
}

static void index_expr(Esc *e, Hole k, Node *n) {
  Type *xt = esc_under(n->index.x->type);
  if (xt && xt->kind == TY_MAP) {
    esc_discard(e, n->index.x);
    esc_map_key(e, esc_discard_hole(e), n->index.index, n);
    return;
  }
  if (xt && xt->kind == TY_ARRAY) esc_expr(e, hole_note(k, n, "fixed-array-index-of"), n->index.x);
  else esc_expr(e, hole_deref(k, n, "dot of pointer"), n->index.x);
  esc_discard(e, n->index.index);
}

static void slice_expr(Esc *e, Hole k, Node *n) {
  Type *xt = esc_under(n->slice.x->type);
  k = hole_note(k, n, "slice");
  if (xt && xt->kind == TY_ARRAY) /* a[:] slices &a */
    k = hole_note_pos(hole_shift(k, -1), n->slice.x, esc_unparen(n->slice.x)->pos, "address-of");
  esc_expr(e, k, n->slice.x);
  esc_discard(e, n->slice.lo);
  esc_discard(e, n->slice.hi);
  esc_discard(e, n->slice.max);
}

/* Spec: Composite literals. Struct and array literals are values; slice and map literals
 * allocate their backing store. */
static void composite_t(Esc *e, Hole k, Node *n, Type *t);

/* An element literal with its type elided where the element type is a pointer: {...} stands
 * for &T{...} (gc's OPTRLIT), an allocation of its own. */
static bool elided_ptr(Node *elt, Type *et) {
  elt = esc_unparen(elt);
  return elt && elt->kind == N_COMPOSITE && !elt->composite.type && is_ptr(et);
}
static void elt_expr(Esc *e, Hole k, Node *elt, Type *et, Pos ctx, bool at) {
  if (elided_ptr(elt, et)) {
    Node *c = esc_unparen(elt);
    Loc *loc = esc_new_loc(e, LK_EXPR, c, true);
    loc->ptrlit = true;
    esc_flow(e->b, hole_addr(k, c, "spill"), loc);
    composite_t(e, esc_hole(loc), c, esc_under(esc_under(et)->elem));
    return;
  }
  if (at) esc_expr_at(e, k, elt, ctx);
  else esc_expr_ctx(e, k, elt, ctx);
}

static void composite(Esc *e, Hole k, Node *n) { composite_t(e, k, n, esc_under(n->type)); }

static void composite_t(Esc *e, Hole k, Node *n, Type *t) {
  if (!t) return;
  if (t->kind == TY_MAP) {
    esc_spill(e, k, n);
    for (int i = 0; i < n->composite.elts.len; i++) {
      Node *kv = n->composite.elts.data[i];
      if (kv->kind != N_KEYVALUE) continue;
      elt_expr(e, hole_note(esc_heap_hole(e), n, "map literal key"), kv->binary.x, t->key,
               kv->pos, true);
      elt_expr(e, hole_note(esc_heap_hole(e), n, "map literal value"), kv->binary.y, t->elem,
               kv->pos, true);
    }
    return;
  }
  const char *why = "struct literal element";
  if (t->kind == TY_SLICE) {
    k = esc_spill(e, k, n);
    why = "slice-literal-element";
  } else if (t->kind == TY_ARRAY) {
    why = "array literal element";
  }
  for (int i = 0; i < n->composite.elts.len; i++) {
    Node *elt = n->composite.elts.data[i];
    Type *et = NULL;
    if (t->kind == TY_SLICE || t->kind == TY_ARRAY) et = t->elem;
    if (elt->kind == N_KEYVALUE) elt_expr(e, hole_note(k, n, why), elt->binary.y, et, elt->pos, true);
    else elt_expr(e, hole_note(k, n, why), elt, et, esc_unparen(elt)->pos, false);
  }
}

/* String concatenation: gc flattens a + b + c into one OADDSTR. */
static bool is_addstr(Node *n) {
  n = esc_unparen(n);
  return n && n->kind == N_BINARY && n->binary.op == OP_ADD && !n->val && n->type &&
         type_is_string(n->type);
}
static void discard_addstr_operands(Esc *e, Node *n) {
  n = esc_unparen(n);
  if (is_addstr(n)) {
    discard_addstr_operands(e, n->binary.x);
    discard_addstr_operands(e, n->binary.y);
  } else {
    esc_discard(e, n);
  }
}

static int64_t const_int(Node *n) {
  if (!n || !n->val) return -1;
  if (n->val->kind == CV_INT) return n->val->i < 0 || n->val->i > ((__int128)1 << 62) ? -1 : (int64_t)n->val->i;
  if (n->val->kind == CV_FLOAT) return (int64_t)n->val->f;
  return -1;
}

/* make(T, args): slices and maps are allocation sites; channels always live in the heap. */
static void make_expr(Esc *e, Hole k, Node *n) {
  Type *t = esc_under(n->type);
  Node *len = n->call.args.len > 1 ? n->call.args.data[1] : NULL;
  Node *cap = n->call.args.len > 2 ? n->call.args.data[2] : NULL;
  if (t && t->kind == TY_CHAN) {
    esc_discard(e, len);
    return;
  }
  esc_spill(e, k, n);
  esc_discard(e, len);
  esc_discard(e, cap);
}

static void builtin_expr(Esc *e, Hole k, Node *n) {
  switch ((Builtin)n->call.builtin) {
  case BI_NEW: esc_spill(e, k, n); break;
  case BI_MAKE: make_expr(e, k, n); break;
  default: {
    Hole ks[1] = {k};
    esc_call(e, ks, 1, n);
  }
  }
}

static void unsafe_value(Esc *e, Hole k, Node *n);

/* Conversions: to an interface (boxing unless the value is pointer-shaped), the string
 * conversions that allocate, and value conversions that just pass the value on. */
static void conversion(Esc *e, Hole k, Node *n, Pos pos) {
  Node *x = n->call.args.len ? n->call.args.data[0] : NULL;
  if (!x) return;
  Type *to = esc_under(n->type), *from = esc_under(x->type);
  if (to && to->kind == TY_INTERFACE) {
    if (from && from->kind != TY_INTERFACE && from->kind != TY_UNTYPED_NIL &&
        !esc_is_direct_iface(x->type))
      k = esc_spill_at(e, k, n, pos);
    esc_expr(e, hole_note_pos(k, n, pos, "interface-converted"), x);
    return;
  }
  bool to_str = to && to->kind == TY_STRING, from_str = from && (from->kind == TY_STRING ||
                                                                  from->kind == TY_UNTYPED_STRING);
  bool to_slice = to && to->kind == TY_SLICE, from_slice = from && from->kind == TY_SLICE;
  bool from_int = from && (type_is_integer(x->type) || from->kind == TY_UNTYPED_INT ||
                           from->kind == TY_UNTYPED_RUNE);
  if (to && to->kind == TY_UNSAFEPTR && from && from->kind == TY_UINTPTR) {
    unsafe_value(e, k, x);
    return;
  }
  if ((to_str && (from_slice || from_int)) || (to_slice && from_str)) {
    esc_spill_at(e, k, n, pos);
    esc_discard(e, x);
    return;
  }
  esc_expr(e, k, x);
}

/* gc's unsafeValue: a uintptr computed from an unsafe.Pointer carries that pointer. */
static bool is_kind(Type *t, TypeKind k) {
  Type *u = esc_under(t);
  return u && u->kind == k;
}
static void unsafe_value(Esc *e, Hole k, Node *n) {
  n = esc_unparen(n);
  if (!n) return;
  switch (n->kind) {
  case N_CALL:
    if (n->call.how == CALL_CONVERSION && n->call.args.len) {
      Node *x = n->call.args.data[0];
      if (is_kind(x->type, TY_UNSAFEPTR)) esc_expr(e, k, x);
      else esc_discard(e, x);
      return;
    }
    break;
  case N_UNARY:
    if (n->unary.op == OP_ADD || n->unary.op == OP_SUB || n->unary.op == OP_XOR) {
      unsafe_value(e, k, n->unary.x);
      return;
    }
    break;
  case N_BINARY:
    switch (n->binary.op) {
    case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: case OP_MUL: case OP_DIV: case OP_REM:
    case OP_AND: case OP_ANDNOT:
      unsafe_value(e, k, n->binary.x);
      unsafe_value(e, k, n->binary.y);
      return;
    case OP_SHL: case OP_SHR:
      unsafe_value(e, k, n->binary.x);
      esc_discard(e, n->binary.y);
      return;
    default: break;
    }
    break;
  default: break;
  }
  esc_discard(e, n);
}

/* A map key is converted once the map and the key are generated (esc_last_pos). */
void esc_map_key(Esc *e, Hole k, Node *key, Node *index);
void esc_map_key(Esc *e, Hole k, Node *key, Node *index) {
  Pos p = esc_last_pos(key);
  if (!p.line) p = esc_last_pos(index->index.x);
  esc_expr_at(e, k, key, p.line ? p : index->pos);
}

/* Where an implicit conversion is reported: gc's type checker converts at base.Pos, which for
 * a plain name (no position of its own) is wherever it was last; ctx is that place. */
static Pos conv_pos(Node *n, Pos ctx) {
  if (!n->implicit || ctx.line == 0) return n->pos;
  Node *x = n->call.args.len ? n->call.args.data[0] : NULL;
  if (x && !esc_is_name(x)) return esc_unparen(x)->pos;
  return ctx;
}

/* The rightmost leaf of an expression: where gc's checker was when it converted panic's
 * argument. */
static Pos rightmost_pos(Node *n) {
  n = esc_strip_implicit(n);
  switch (n->kind) {
  case N_BINARY: return rightmost_pos(n->binary.y);
  case N_UNARY: case N_STAR: return rightmost_pos(n->unary.x);
  default: return n->pos;
  }
}

/* An implicit conversion that gc reports at pos whatever its operand (assignments, sends,
 * map literal values). */
void esc_expr_at(Esc *e, Hole k, Node *n, Pos pos) {
  Node *u = esc_unparen(n);
  if (u && u->kind == N_CALL && u->call.how == CALL_CONVERSION && u->implicit && !u->val &&
      u->call.args.len && pos.line) {
    if (k.derefs >= 0 && u->type && !is_untyped(u->type) && !esc_has_pointers(u->type))
      k.dst = &e->b->blank_loc;
    conversion(e, k, u, pos);
    return;
  }
  esc_expr(e, k, n);
}

Pos esc_rightmost_pos(Node *n) { return rightmost_pos(n); }

/* Where gc's IR generator left base.Pos after generating expression n (line 0: n is
 * constant, so base.Pos stays where it was). gc 1.19's irgen sets base.Pos to each
 * non-constant expression it enters (noder/expr.go expr0), in source order, parents before
 * operands; implicit conversions are created at base.Pos once their operand is generated.
 * So this is the position of the last non-constant node of n in pre-order. Types, builtins,
 * constants and `_` are not entered; sema's implicit conversions are not syntax. */
Pos esc_last_pos(Node *n) {
  n = esc_strip_implicit(n);
  if (!n || n->val) return (Pos){0};
  Pos p = {0}, q;
#define LAST(x) do { q = esc_last_pos(x); if (q.line) p = q; } while (0)
  switch (n->kind) {
  case N_IDENT: {
    Object *o = n->ident.obj;
    if (!o || o->kind == OBJ_TYPE || o->kind == OBJ_BUILTIN || o->kind == OBJ_PKG ||
        o->name == intern("_"))
      return p;
    return n->pos;
  }
  case N_BASICLIT: return p;
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
  case N_CHANTYPE: case N_ELLIPSIS: return p;
  case N_SELECTOR:
    if (n->selector.sel && n->selector.sel->kind == OBJ_TYPE) return p;
    p = n->pos;
    if (n->selector.kind != SEL_PKG && n->selector.kind != SEL_METHODEXPR) LAST(n->selector.x);
    return p;
  case N_STAR: case N_UNARY: p = n->pos; LAST(n->unary.x); return p;
  case N_BINARY: p = n->pos; LAST(n->binary.x); LAST(n->binary.y); return p;
  case N_INDEX: p = n->pos; LAST(n->index.x); LAST(n->index.index); return p;
  case N_SLICE:
    p = n->pos; LAST(n->slice.x); LAST(n->slice.lo); LAST(n->slice.hi); LAST(n->slice.max);
    return p;
  case N_TYPEASSERT: p = n->pos; LAST(n->typeassert.x); return p;
  case N_COMPOSITE:
    p = n->pos;
    for (int i = 0; i < n->composite.elts.len; i++) {
      Node *el = n->composite.elts.data[i];
      if (el->kind == N_KEYVALUE) {
        Type *u = esc_under(n->type);
        if (u && u->kind != TY_STRUCT) LAST(el->binary.x);
        LAST(el->binary.y);
      } else {
        LAST(el);
      }
    }
    return p;
  case N_FUNCLIT: return n->pos;
  case N_CALL:
    /* a function call ends where it began: gc's transformCall sets base.Pos to it */
    if (n->call.how == CALL_FUNC) return n->pos;
    p = n->pos;
    for (int i = 0; i < n->call.args.len; i++) {
      if (n->call.how == CALL_BUILTIN && i == 0 &&
          (n->call.builtin == BI_MAKE || n->call.builtin == BI_NEW))
        continue; /* the type of make/new */
      LAST(n->call.args.data[i]);
    }
    return p;
  default: return n->pos;
  }
#undef LAST
}

/* panic(x): an implicit conversion of x is reported where gc's checker last was: x's
 * rightmost non-constant leaf, or the call when x is constant. */
void esc_panic_arg(Esc *e, Hole k, Node *x, Pos callpos);
void esc_panic_arg(Esc *e, Hole k, Node *x, Pos callpos) {
  Node *u = esc_unparen(x);
  if (u && u->kind == N_CALL && u->call.how == CALL_CONVERSION && u->implicit && !u->val &&
      u->call.args.len) {
    Pos p = esc_last_pos(u->call.args.data[0]);
    conversion(e, k, u, p.line ? p : callpos);
    return;
  }
  esc_expr(e, k, x);
}

void esc_expr_ctx(Esc *e, Hole k, Node *n, Pos ctx) {
  Node *u = esc_unparen(n);
  if (u && u->kind == N_CALL && u->call.how == CALL_CONVERSION && !u->val) {
    if (k.derefs >= 0 && u->type && !is_untyped(u->type) && !esc_has_pointers(u->type))
      k.dst = &e->b->blank_loc;
    conversion(e, k, u, conv_pos(u, ctx));
    return;
  }
  esc_expr(e, k, n);
}

static void unary(Esc *e, Hole k, Node *n) {
  Node *x = esc_unparen(n->unary.x);
  switch (n->unary.op) {
  case OP_ADDR:
    if (x && x->kind == N_COMPOSITE) { /* &T{...}: OPTRLIT */
      if (!x->type && is_ptr(n->type)) x->type = esc_under(n->type)->elem; /* sema left it unset */
      esc_expr(e, esc_spill(e, k, n), x);
      return;
    }
    esc_expr(e, hole_addr(k, n, "address-of"), x);
    return;
  default: esc_discard(e, x); return; /* + - ! ^ <- */
  }
}

void esc_expr(Esc *e, Hole k, Node *n) {
  n = esc_unparen(n);
  if (!n) return;
  if (k.derefs >= 0 && n->type && !is_untyped(n->type) && !esc_has_pointers(n->type))
    k.dst = &e->b->blank_loc;
  if (n->val) return; /* constants: OLITERAL */
  switch (n->kind) {
  case N_IDENT: {
    Object *o = n->ident.obj;
    if (!o || o->kind != OBJ_VAR || o->is_global || o->name == intern("_")) return;
    esc_flow(e->b, k, esc_var_loc(e, o));
    return;
  }
  case N_UNARY: unary(e, k, n); return;
  case N_STAR: esc_expr(e, hole_deref(k, n, "indirection"), n->unary.x); return;
  case N_BINARY:
    if (is_addstr(n)) {
      esc_spill(e, k, n);
      discard_addstr_operands(e, n);
      return;
    }
    /* gc converts a concrete operand compared with an interface only in walk: no site */
    esc_discard(e, esc_strip_implicit(n->binary.x));
    esc_discard(e, esc_strip_implicit(n->binary.y));
    return;
  case N_SELECTOR: selector(e, k, n); return;
  case N_INDEX: index_expr(e, k, n); return;
  case N_SLICE: slice_expr(e, k, n); return;
  case N_TYPEASSERT: esc_expr(e, hole_dottype(k, n->type, n, "dot"), n->typeassert.x); return;
  case N_COMPOSITE: composite(e, k, n); return;
  case N_FUNCLIT: esc_closure_expr(e, k, n); return;
  case N_CALL:
    if (n->call.how == CALL_CONVERSION) conversion(e, k, n, n->pos);
    else if (n->call.how == CALL_BUILTIN) builtin_expr(e, k, n);
    else {
      Hole ks[1] = {k};
      esc_call(e, ks, 1, n);
    }
    return;
  default: return; /* literals, types, nil */
  }
}

/* The hole for storing into an lvalue (gc's assign.go addr). */
Hole esc_addr(Esc *e, Node *n) {
  n = esc_unparen(n);
  if (!n) return esc_discard_hole(e);
  switch (n->kind) {
  case N_IDENT: {
    Object *o = n->ident.obj;
    if (!o || o->name == intern("_")) return esc_discard_hole(e);
    if (o->kind != OBJ_VAR || o->is_global) return esc_heap_hole(e);
    return esc_hole(esc_var_loc(e, o));
  }
  case N_SELECTOR: {
    if (n->selector.kind != SEL_FIELD) return esc_heap_hole(e);
    Type *t;
    int d = selector_derefs(n, &t);
    if (d == 0 && !is_ptr(t)) return esc_addr(e, n->selector.x);
    esc_discard(e, n);
    return esc_heap_hole(e);
  }
  case N_INDEX: {
    Type *xt = esc_under(n->index.x->type);
    if (xt && xt->kind == TY_MAP) {
      esc_discard(e, n->index.x);
      esc_map_key(e, hole_note(esc_heap_hole(e), n, "key of map put"), n->index.index, n);
      return esc_heap_hole(e);
    }
    esc_discard(e, n->index.index);
    if (xt && xt->kind == TY_ARRAY) return esc_addr(e, n->index.x);
    esc_discard(e, n->index.x);
    return esc_heap_hole(e);
  }
  case N_STAR: esc_discard(e, n); return esc_heap_hole(e);
  default: return esc_heap_hole(e);
  }
}

/* gc's HeapAllocReason: allocations too large (or of unknown size) for the stack. */
const char *esc_heap_alloc_reason(Loc *l);
const char *esc_heap_alloc_reason(Loc *l) {
  if (l->kind == LK_VAR) {
    if (!l->var || l->is_param || l->result_index) return NULL;
    return type_size(l->var->type) > 10 * 1024 * 1024 ? "too large for stack" : NULL;
  }
  if (l->kind != LK_EXPR || !l->n || !l->n->type) return NULL;
  Node *n = l->n;
  if (n->kind == N_CALL && n->call.how == CALL_FUNC) return NULL; /* ... argument */
  if (type_size(n->type) > 10 * 1024 * 1024) return "too large for stack";
  bool is_new = n->kind == N_CALL && n->call.how == CALL_BUILTIN && n->call.builtin == BI_NEW;
  bool is_ptrlit = n->kind == N_UNARY && n->unary.op == OP_ADDR;
  if ((is_new || is_ptrlit) && is_ptr(n->type) &&
      type_size(esc_under(n->type)->elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
    return "too large for stack";
  if (n->kind == N_CALL && n->call.how == CALL_BUILTIN && n->call.builtin == BI_MAKE) {
    Type *t = esc_under(n->type);
    if (t->kind != TY_SLICE) return NULL;
    Node *r = n->call.args.len > 2 ? n->call.args.data[2]
              : n->call.args.len > 1 ? n->call.args.data[1] : NULL;
    int64_t c = const_int(r);
    if (c < 0) return "non-constant size";
    int64_t es = type_size(t->elem);
    if (es != 0 && c > MAX_IMPLICIT_STACK_VAR_SIZE / es) return "too large for stack";
  }
  return NULL;
}
