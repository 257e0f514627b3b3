/* stmt.c — statements and assignments (gc's stmt.go and assign.go). Loop depth is tracked
 * here: a location declared outside a loop that receives the address of something declared
 * inside it makes that something escape (it would be overwritten on the next iteration). */
#include <string.h>

#include "escape_int.h"

/* ---- dead code (gc's deadcode pass runs before escape analysis) ---- */

/* 1: constant true, 0: constant false, -1: not constant (false && x counts as false) */
static int const_bool(Node *n) {
  n = esc_unparen(n);
  if (!n) return -1;
  if (n->val && n->val->kind == CV_BOOL) return n->val->b;
  if (n->kind == N_BINARY && (n->binary.op == OP_LAND || n->binary.op == OP_LOR)) {
    int x = const_bool(n->binary.x);
    if (x < 0) return -1;
    if (n->binary.op == OP_LAND) return x ? const_bool(n->binary.y) : 0;
    return x ? 1 : const_bool(n->binary.y);
  }
  return -1;
}

extern void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);
static void dead_visit(Node *n, void *arg) {
  if (!n) return;
  if (n->kind == N_FUNCLIT) {
    EscFn *fn = esc_fn_of_lit(n);
    if (fn) fn->dead = true;
  }
  esc_visit_children(n, dead_visit, arg);
}
static void mark_dead(Node *n) { dead_visit(n, NULL); }

static bool ends_in_return(Node *blk) {
  if (!blk || blk->kind != N_BLOCK || blk->block.stmts.len == 0) return false;
  Node *last = blk->block.stmts.data[blk->block.stmts.len - 1];
  if (last->kind == N_RETURN) return true;
  if (last->kind == N_EXPRSTMT) {
    Node *c = esc_unparen(last->unary.x);
    return c && c->kind == N_CALL && c->call.how == CALL_BUILTIN && c->call.builtin == BI_PANIC;
  }
  return false;
}

static bool cuts_rest(Node *s) {
  if (s->kind != N_IF || s->ifstmt.init) return false;
  int c = const_bool(s->ifstmt.cond);
  if (c < 0) return false;
  return ends_in_return(c ? s->ifstmt.then : s->ifstmt.els);
}

/* dcl: a declaration sets the variable's loop depth to the current one. */
static void dcl(Esc *e, Object *o) {
  if (!o || o->name == intern("_") || o->is_global) return;
  Loc *l = esc_var_loc(e, o);
  l->loop_depth = e->loop_depth;
}

static bool declared_by(Object *o, Node *where) {
  if (!o || !where) return false;
  Vec *names = NULL;
  if (where->kind == N_ASSIGN && where->assign.op == OP_DEFINE) names = &where->assign.lhs;
  else if (where->kind == N_VALUESPEC) names = &where->valuespec.names;
  if (!names) return false;
  for (int i = 0; i < names->len; i++)
    if (names->data[i] == o->decl || (((Node *)names->data[i])->kind == N_IDENT &&
                                       ((Node *)names->data[i])->ident.obj == o &&
                                       o->decl == names->data[i]))
      return true;
  return false;
}

void esc_reassigned(Esc *e, Hole *ks, int n, Node *where) {
  for (int i = 0; i < n; i++) {
    Loc *l = ks[i].dst;
    if (l->kind == LK_VAR && l->var && where->kind != N_RANGE && declared_by(l->var, where))
      continue;
    l->reassigned = true;
  }
}

/* gc's isSelfAssign: b.buf = b.buf[1:] and similar stores need no flow. */
static bool same_safe(Node *a, Node *b) {
  a = esc_unparen(a);
  b = esc_unparen(b);
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
  case N_IDENT: return a->ident.obj && a->ident.obj == b->ident.obj;
  case N_SELECTOR:
    return a->selector.name == b->selector.name && same_safe(a->selector.x, b->selector.x);
  case N_STAR: return same_safe(a->unary.x, b->unary.x);
  case N_INDEX:
    return same_safe(a->index.x, b->index.x) && same_safe(a->index.index, b->index.index);
  case N_BASICLIT: return a->val && b->val && a->val->kind == CV_INT && b->val->kind == CV_INT &&
                          a->val->i == b->val->i;
  default: return false;
  }
}

static bool is_deref_or_dotptr(Node *n, Node **base) {
  n = esc_unparen(n);
  if (n->kind == N_STAR) { *base = esc_unparen(n->unary.x); return true; }
  if (n->kind == N_SELECTOR && n->selector.kind == SEL_FIELD) {
    Type *t = esc_under(n->selector.x->type);
    if (t && t->kind == TY_POINTER && n->selector.path.len == 0) {
      *base = esc_unparen(n->selector.x);
      return true;
    }
  }
  return false;
}

static bool slice_self_assign(Node *dst, Node *src) {
  Node *dx, *bx;
  if (!is_deref_or_dotptr(dst, &dx) || dx->kind != N_IDENT) return false;
  src = esc_unparen(src);
  if (src->kind != N_SLICE) return false;
  Type *st = esc_under(src->slice.x->type);
  if (st && st->kind == TY_ARRAY) return false; /* &arr[...] */
  if (!is_deref_or_dotptr(src->slice.x, &bx) || bx->kind != N_IDENT) return false;
  return dx->ident.obj == bx->ident.obj;
}

static bool may_affect_memory(Node *n) {
  n = esc_unparen(n);
  if (!n || n->val) return false;
  switch (n->kind) {
  case N_IDENT: case N_BASICLIT: return false;
  case N_BINARY: return may_affect_memory(n->binary.x) || may_affect_memory(n->binary.y);
  case N_INDEX: return may_affect_memory(n->index.x) || may_affect_memory(n->index.index);
  case N_SELECTOR: return n->selector.kind != SEL_FIELD || may_affect_memory(n->selector.x);
  case N_STAR: return may_affect_memory(n->unary.x);
  case N_UNARY: return n->unary.op == OP_ARROW || n->unary.op == OP_ADDR ||
                       may_affect_memory(n->unary.x);
  case N_CALL:
    if (n->call.how == CALL_CONVERSION) return n->call.args.len && may_affect_memory(n->call.args.data[0]);
    if (n->call.how == CALL_BUILTIN && (n->call.builtin == BI_LEN || n->call.builtin == BI_CAP))
      return may_affect_memory(n->call.args.data[0]);
    return true;
  default: return true;
  }
}

static bool is_self_assign(Node *dst, Node *src) {
  if (!dst || !src) return false;
  if (slice_self_assign(dst, src)) return true;
  dst = esc_unparen(dst);
  src = esc_unparen(src);
  if (dst->kind != src->kind) return false;
  if (dst->kind == N_SELECTOR && dst->selector.kind == SEL_FIELD &&
      src->selector.kind == SEL_FIELD) {
    Type *a = esc_under(dst->selector.x->type), *b = esc_under(src->selector.x->type);
    bool pa = a && a->kind == TY_POINTER, pb = b && b->kind == TY_POINTER;
    return pa == pb && same_safe(dst->selector.x, src->selector.x);
  }
  if (dst->kind == N_INDEX) {
    Type *xt = esc_under(dst->index.x->type);
    if (xt && xt->kind == TY_MAP) return false;
    if (may_affect_memory(dst->index.index) || may_affect_memory(src->index.index)) return false;
    return same_safe(dst->index.x, src->index.x);
  }
  return false;
}

/* Where gc reports an implicit conversion of a name in an assignment (see expr.c). */
typedef enum { CTX_OWN, CTX_LHS, CTX_LAST } CtxKind;

/* gc converts assigned values at the last non-blank destination */
static Pos lhs_pos(Node **dsts, int nd) {
  for (int i = nd - 1; i >= 0; i--) {
    Node *d = esc_unparen(dsts[i]);
    if (d && !(d->kind == N_IDENT && d->ident.name == intern("_"))) return ast_start_pos(d);
  }
  return nd ? ast_start_pos(dsts[0]) : (Pos){0};
}

static void assign_list(Esc *e, Node **dsts, int nd, Node **srcs, int ns, const char *why,
                        Node *where, CtxKind ctxk) {
  Hole ks[64];
  if (nd > 64) nd = 64;
  for (int i = 0; i < nd; i++) ks[i] = esc_addr(e, dsts[i]);
  for (int i = 0; i < nd; i++) {
    Node *src = i < ns ? srcs[i] : NULL;
    /* v, ok = m[k] / x.(T) / <-c: gc converts v to an interface type only after escape
     * analysis (walk), so there is no allocation site for it here */
    if (src && nd == 2 && ns == 1 && strcmp(why, "assign-pair")) src = esc_strip_implicit(src);
    Hole k = ks[i];
    if (src && dsts[i] && is_self_assign(dsts[i], src)) {
      if (esc_mlevel)
        esc_note(1, where->pos, "%s ignoring self-assignment in %s", esc_fn_name(e->curfn),
                  esc_node_string(where));
      k = esc_discard_hole(e);
    }
    if (!src) continue;
    if (ctxk == CTX_LHS) esc_expr_at(e, hole_note(k, where, why), src, lhs_pos(dsts, nd));
    else if (ctxk == CTX_LAST && esc_strip_implicit(src)->val && dsts[i])
      esc_expr_at(e, hole_note(k, where, why), src, dsts[i]->pos); /* constants: at the name */
    else if (ctxk == CTX_LAST) esc_expr_at(e, hole_note(k, where, why), src, esc_rightmost_pos(srcs[ns - 1]));
    else esc_expr_ctx(e, hole_note(k, where, why), src, esc_unparen(src)->pos);
  }
  esc_reassigned(e, ks, nd, where);
}

static const char *pair_why(Node *rhs) {
  rhs = esc_strip_implicit(rhs);
  switch (rhs->kind) {
  case N_INDEX: return "assign-pair-mapr";
  case N_TYPEASSERT: return "assign-pair-dot-type";
  case N_UNARY: return "assign-pair-receive";
  default: return "assign-pair";
  }
}

static bool is_tuple_call(Node *n) {
  n = esc_unparen(n);
  return n && n->kind == N_CALL && n->type && n->type->kind == TY_TUPLE;
}

/* a, b = f(): OAS2FUNC */
static void assign_func(Esc *e, Node **lhs, int nl, Node *call, Node *where) {
  Hole ks[64];
  if (nl > 64) nl = 64;
  for (int i = 0; i < nl; i++) ks[i] = esc_addr(e, lhs[i]);
  esc_call(e, ks, nl, esc_unparen(call));
  esc_reassigned(e, ks, nl, where);
}

/* The non-static leaves of a statically laid out package-level literal (or interface box)
 * flow into the global (the heap). */
static void static_leaves(Esc *e, Node *n) {
  extern bool esc_static_box(Node *);
  Node *u = esc_unparen(n);
  if (esc_static_box(u)) { /* gc's staticinit: the boxed value is a static temporary */
    static_leaves(e, u->call.args.data[0]);
    return;
  }
  Type *t = u ? esc_under(u->type) : NULL;
  if (u && u->kind == N_UNARY && u->unary.op == OP_ADDR) {
    u = esc_unparen(u->unary.x);
    t = t && t->kind == TY_POINTER ? esc_under(t->elem) : NULL;
  }
  if (u && u->kind == N_COMPOSITE && t && t->kind != TY_MAP) {
    for (int i = 0; i < u->composite.elts.len; i++) {
      Node *el = u->composite.elts.data[i];
      static_leaves(e, el->kind == N_KEYVALUE ? el->binary.y : el);
    }
    return;
  }
  esc_expr(e, esc_heap_hole(e), n);
}

static void assign_stmt(Esc *e, Node *n) {
  extern bool esc_static_composite_init(Node *);
  if (n->implicit && esc_static_composite_init(n)) {
    static_leaves(e, n->assign.rhs.data[0]);
    return;
  }
  Node **lhs = (Node **)n->assign.lhs.data, **rhs = (Node **)n->assign.rhs.data;
  int nl = n->assign.lhs.len, nr = n->assign.rhs.len;
  if (n->assign.op == OP_DEFINE)
    for (int i = 0; i < nl; i++)
      if (lhs[i]->kind == N_IDENT && lhs[i]->ident.obj && lhs[i]->ident.obj->decl == lhs[i])
        dcl(e, lhs[i]->ident.obj);
  if (n->assign.op != OP_DEFINE && n->assign.op != OP_ASSIGN) {
    assign_list(e, lhs, 1, rhs, 1, "assign", n, CTX_LHS);
    return;
  }
  if (nl > 1 && nr == 1 && is_tuple_call(rhs[0])) {
    assign_func(e, lhs, nl, rhs[0], n);
    return;
  }
  const char *why = nl == 1 ? "assign" : nr == 1 ? pair_why(rhs[0]) : "assign-pair";
  /* sema's package initializers (implicit) are declarations: positioned like var specs */
  assign_list(e, lhs, nl, rhs, nr, why, n, n->implicit ? CTX_LAST : CTX_LHS);
}

static void var_spec(Esc *e, Node *spec) {
  Node **names = (Node **)spec->valuespec.names.data, **vals = (Node **)spec->valuespec.values.data;
  int nn = spec->valuespec.names.len, nv = spec->valuespec.values.len;
  for (int i = 0; i < nn; i++) dcl(e, names[i]->ident.obj);
  if (nv == 0) return;
  if (nn > 1 && nv == 1 && is_tuple_call(vals[0])) {
    assign_func(e, names, nn, vals[0], spec);
    return;
  }
  const char *why = nn == 1 ? "assign" : nv == 1 ? pair_why(vals[0]) : "assign-pair";
  assign_list(e, names, nn, vals, nv, why, spec, CTX_LAST);
}

static void decl_stmt(Esc *e, Node *n) {
  Node *g = n->unary.x;
  if (!g || g->kind != N_GENDECL || g->gendecl.kind != DECL_VAR) return;
  for (int i = 0; i < g->gendecl.specs.len; i++) var_spec(e, g->gendecl.specs.data[i]);
}

static void return_stmt(Esc *e, Node *n) {
  EscFn *fn = e->curfn;
  int nres = fn->results.len, nr = n->list.list.len;
  if (nr == 0) return;
  Node **rhs = (Node **)n->list.list.data;
  Hole ks[64];
  if (nres > 64) nres = 64;
  if (nres > 1 && nr == 1 && is_tuple_call(rhs[0])) {
    for (int i = 0; i < nres; i++) ks[i] = esc_hole(fn->results.data[i]);
    esc_call(e, ks, nres, esc_unparen(rhs[0]));
    return;
  }
  for (int i = 0; i < nres && i < nr; i++) {
    Loc *l = fn->results.data[i];
    esc_expr_ctx(e, hole_note(esc_hole(l), n, "return"), rhs[i], esc_unparen(rhs[i])->pos);
    l->reassigned = true;
  }
}

static void range_stmt(Esc *e, Node *n) {
  Loc *tmp = esc_new_loc(e, LK_TEMP, NULL, false);
  esc_expr(e, esc_hole(tmp), n->rangestmt.x);
  e->loop_depth++;
  Hole ks[2] = {esc_addr(e, n->rangestmt.key), esc_addr(e, n->rangestmt.value)};
  Type *xt = esc_under(n->rangestmt.x->type);
  Pos rp = n->rangestmt.rangepos.line ? n->rangestmt.rangepos : n->pos;
  if (xt && xt->kind == TY_ARRAY) esc_flow(e->b, hole_note_pos(ks[1], n, rp, "range"), tmp);
  else esc_flow(e->b, hole_note_pos(hole_shift(ks[1], 1), n, rp, "range-deref"), tmp);
  esc_reassigned(e, ks, 2, n);
  esc_block(e, n->rangestmt.body);
  e->loop_depth--;
}

static void type_switch(Esc *e, Node *n) {
  Node *tag = n->switchstmt.tag, *guard = NULL;
  bool define = false;
  if (tag && tag->kind == N_ASSIGN) {
    guard = tag->assign.rhs.len ? tag->assign.rhs.data[0] : NULL;
    define = true;
  } else if (tag && tag->kind == N_EXPRSTMT) {
    guard = tag->unary.x;
  }
  guard = esc_unparen(guard);
  Hole ks[256];
  int nk = 0;
  if (define) {
    for (int i = 0; i < n->switchstmt.clauses.len; i++) {
      Node *cl = n->switchstmt.clauses.data[i];
      Object *v = cl->caseclause.tsvar;
      if (!v) continue;
      dcl(e, v);
      /* gc declares each clause's variable at the clause's colon */
      esc_var_loc(e, v)->pos = cl->caseclause.colon.line ? cl->caseclause.colon : cl->pos;
      if (esc_has_pointers(v->type) && nk < 256)
        ks[nk++] = hole_dottype(esc_hole(esc_var_loc(e, v)), v->type, cl, "switch case");
    }
  }
  if (guard && guard->kind == N_TYPEASSERT) esc_expr(e, esc_tee(e, ks, nk), guard->typeassert.x);
  for (int i = 0; i < n->switchstmt.clauses.len; i++) {
    Node *cl = n->switchstmt.clauses.data[i];
    for (int j = 0; j < cl->caseclause.body.len; j++) esc_stmt(e, cl->caseclause.body.data[j]);
  }
}

static void switch_stmt(Esc *e, Node *n) {
  esc_discard(e, n->switchstmt.tag);
  for (int i = 0; i < n->switchstmt.clauses.len; i++) {
    Node *cl = n->switchstmt.clauses.data[i];
    for (int j = 0; j < cl->caseclause.exprs.len; j++) /* compared in walk: no conversion site */
      esc_discard(e, esc_strip_implicit(cl->caseclause.exprs.data[j]));
    int saved = e->loop_depth;
    for (int j = 0; j < cl->caseclause.body.len; j++) esc_stmt(e, cl->caseclause.body.data[j]);
    e->loop_depth = saved;
  }
}

static void select_stmt(Esc *e, Node *n) {
  for (int i = 0; i < n->switchstmt.clauses.len; i++) {
    Node *cl = n->switchstmt.clauses.data[i];
    Node *comm = cl->commclause.comm;
    if (comm && comm->kind == N_ASSIGN && comm->assign.rhs.len == 1) {
      /* case v = <-c: gc converts the received value to v's type only in walk, after
       * escape analysis: no allocation site */
      Node *copy = NEW(Node);
      *copy = *comm;
      copy->assign.rhs = (Vec){0};
      vec_push(&copy->assign.rhs, esc_strip_implicit(comm->assign.rhs.data[0]));
      comm = copy;
    }
    esc_stmt(e, comm);
    int saved = e->loop_depth;
    for (int j = 0; j < cl->commclause.body.len; j++) esc_stmt(e, cl->commclause.body.data[j]);
    e->loop_depth = saved;
  }
}

static bool label_looping(Esc *e, Node *label) {
  for (int i = 0; i < e->curfn->labels.len; i++)
    if (e->curfn->labels.data[i] == (void *)label->ident.name) return true;
  return false;
}

static void expr_stmt(Esc *e, Node *n) {
  Node *x = esc_unparen(n->unary.x);
  if (x && x->kind == N_CALL && x->call.how != CALL_CONVERSION) esc_call(e, NULL, 0, x);
  else esc_discard(e, x);
}

static void stmt(Esc *e, Node *n);
void esc_stmt(Esc *e, Node *n) {
  Node *saved = e->stmt;
  e->stmt = n;
  stmt(e, n);
  e->stmt = saved;
}

/* Is o declared by statement n (x := ..., var x = ...)? Its declaration follows the values. */
bool esc_declared_by_stmt(Object *o, Node *n) {
  if (!n) return false;
  if (n->kind == N_DECLSTMT && n->unary.x && n->unary.x->kind == N_GENDECL) {
    Vec *specs = &n->unary.x->gendecl.specs;
    for (int i = 0; i < specs->len; i++)
      if (declared_by(o, specs->data[i])) return true;
    return false;
  }
  return declared_by(o, n);
}

static void stmt(Esc *e, Node *n) {
  if (!n) return;
  switch (n->kind) {
  case N_BLOCK: esc_block(e, n); return;
  case N_DECLSTMT: decl_stmt(e, n); return;
  case N_LABELED:
    if (n->labeled.label && label_looping(e, n->labeled.label)) e->loop_depth++;
    esc_stmt(e, n->labeled.stmt);
    return;
  case N_EXPRSTMT: expr_stmt(e, n); return;
  case N_SEND:
    esc_discard(e, n->binary.x);
  {
    /* the value is converted once the channel and the value are generated */
    Pos p = esc_last_pos(n->binary.y);
    if (!p.line) p = esc_last_pos(n->binary.x);
    esc_expr_at(e, hole_note(esc_heap_hole(e), n, "send"), n->binary.y, p.line ? p : n->pos);
    return;
  }
  case N_INCDEC: {
    Hole k = esc_addr(e, n->incdec.x);
    esc_reassigned(e, &k, 1, n);
    return;
  }
  case N_ASSIGN: assign_stmt(e, n); return;
  case N_GO: case N_DEFER: esc_go_defer(e, n); return;
  case N_RETURN: return_stmt(e, n); return;
  case N_IF: {
    int saved = e->loop_depth;
    esc_stmt(e, n->ifstmt.init);
    esc_discard(e, n->ifstmt.cond);
    int c = const_bool(n->ifstmt.cond); /* gc's deadcode pass drops the dead branch */
    if (c != 0) esc_block(e, n->ifstmt.then);
    else mark_dead(n->ifstmt.then);
    if (c != 1) esc_block(e, n->ifstmt.els);
    else mark_dead(n->ifstmt.els);
    e->loop_depth = saved;
    return;
  }
  case N_SWITCH: {
    int saved = e->loop_depth;
    esc_stmt(e, n->switchstmt.init);
    switch_stmt(e, n);
    e->loop_depth = saved;
    return;
  }
  case N_TYPESWITCH: {
    int saved = e->loop_depth;
    esc_stmt(e, n->switchstmt.init);
    type_switch(e, n);
    e->loop_depth = saved;
    return;
  }
  case N_SELECT: select_stmt(e, n); return;
  case N_FOR: {
    int saved = e->loop_depth;
    esc_stmt(e, n->forstmt.init);
    e->loop_depth++;
    esc_discard(e, n->forstmt.cond);
    esc_stmt(e, n->forstmt.post);
    esc_block(e, n->forstmt.body);
    e->loop_depth = saved;
    return;
  }
  case N_RANGE: range_stmt(e, n); return;
  default: return; /* branches, empty statements, const/type declarations */
  }
}

/* A block restores the loop depth a looping label raised inside it. Like gc's deadcode, a
 * constant if whose taken branch ends in return or panic cuts the rest of the block (unless a
 * label follows). */
void esc_block(Esc *e, Node *blk) {
  if (!blk) return;
  int saved = e->loop_depth;
  if (blk->kind == N_BLOCK) {
    int last_label = -1;
    for (int i = 0; i < blk->block.stmts.len; i++)
      if (((Node *)blk->block.stmts.data[i])->kind == N_LABELED) last_label = i;
    for (int i = 0; i < blk->block.stmts.len; i++) {
      Node *s = blk->block.stmts.data[i];
      esc_stmt(e, s);
      if (i > last_label && cuts_rest(s)) {
        for (int j = i + 1; j < blk->block.stmts.len; j++) mark_dead(blk->block.stmts.data[j]);
        break;
      }
    }
  } else {
    esc_stmt(e, blk);
  }
  e->loop_depth = saved;
}

/* Looping labels: a goto to a label seen earlier makes the label a loop head. */
static void find_labels(EscFn *fn, Node *n);
static void find_labels_vec(EscFn *fn, Vec *v) {
  for (int i = 0; i < v->len; i++) find_labels(fn, v->data[i]);
}
static void find_labels(EscFn *fn, Node *n) {
  if (!n) return;
  switch (n->kind) {
  case N_LABELED:
    if (n->labeled.label) vec_push(&fn->seen_labels, (void *)n->labeled.label->ident.name);
    find_labels(fn, n->labeled.stmt);
    return;
  case N_BRANCH:
    if (n->branch.kind == BR_GOTO && n->branch.label) {
      const char *name = n->branch.label->ident.name;
      for (int i = 0; i < fn->seen_labels.len; i++)
        if (fn->seen_labels.data[i] == (void *)name) vec_push(&fn->labels, (void *)name);
    }
    return;
  case N_BLOCK: find_labels_vec(fn, &n->block.stmts); return;
  case N_IF: find_labels(fn, n->ifstmt.then); find_labels(fn, n->ifstmt.els); return;
  case N_FOR: find_labels(fn, n->forstmt.body); return;
  case N_RANGE: find_labels(fn, n->rangestmt.body); return;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    for (int i = 0; i < n->switchstmt.clauses.len; i++) {
      Node *cl = n->switchstmt.clauses.data[i];
      find_labels_vec(fn, cl->kind == N_CASECLAUSE ? &cl->caseclause.body : &cl->commclause.body);
    }
    return;
  default: return;
  }
}

void esc_walk_func(Batch *b, EscFn *fn) {
  Esc e = {b, fn, 1};
  fn->state = FN_STARTED;
  fn->labels.len = 0;
  fn->seen_labels.len = 0;
  find_labels(fn, fn->body);
  esc_block(&e, fn->body);
  esc_name_late_temps(b, fn);
}
