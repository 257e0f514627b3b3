/* call.c — calls (gc's call.go): arguments flow into the holes given by the callee's parameter
 * leak summaries; go/defer wrap their call in a closure that captures the evaluated arguments;
 * function literals are analysed with their enclosing function; an interface call on a value
 * known statically is devirtualized first, as gc does. Standard-library summaries: stdlib.c. */
#include <stdio.h>
#include <string.h>

#include "escape_int.h"

/* ---- functions and literals ---- */

EscFn *esc_fn_of_obj(Object *fn) {
  if (!fn || fn->kind != OBJ_FUNC) return NULL;
  EscFn *f = fn->esc;
  return f;
}

bool esc_in_mutual_batch(EscFn *fn) {
  return fn && fn->state != FN_TAGGED && fn->state != FN_UNKNOWN;
}

/* The receiver's type is params[0] of a method's tags. */
static Type *param_type(Type *ft, Object *fnobj, int i) {
  if (fnobj && fnobj->recv) {
    if (i == 0) return fnobj->recv;
    i--;
  }
  ft = esc_under(ft);
  if (!ft || i >= ft->params.len) return NULL;
  return ft->params.data[i];
}

/* tagHole: the hole an argument for parameter i flows into. */
Hole esc_tag_hole(Esc *e, Hole *ks, int nks, Object *fnobj, int i, Type *ptype);
Hole esc_tag_hole(Esc *e, Hole *ks, int nks, Object *fnobj, int i, Type *ptype) {
  if (!fnobj) return esc_heap_hole(e);
  EscFn *fn = esc_fn_of_obj(fnobj);
  Leaks *tag;
  if (fn) {
    if (esc_in_mutual_batch(fn)) {
      Loc *p = i < fn->params.len ? fn->params.data[i] : NULL;
      return p ? esc_hole(p) : esc_discard_hole(e);
    }
    if (!fn->tags || i >= fn->params.len) return esc_heap_hole(e);
    tag = &fn->tags[i];
  } else {
    tag = esc_stdlib_tag(fnobj, i, ptype);
  }
  Hole tks[NUM_ESC_RESULTS + 1];
  int n = 0;
  int x = leaks_heap(tag);
  if (x >= 0) tks[n++] = hole_shift(esc_heap_hole(e), x);
  if (ks)
    for (int r = 0; r < NUM_ESC_RESULTS && r < nks; r++)
      if ((x = leaks_result(tag, r)) >= 0) tks[n++] = hole_shift(ks[r], x);
  return esc_tee(e, tks, n);
}

/* Same, for a function literal called where it stands or through a static func value. */
static Hole lit_tag_hole(Esc *e, Hole *ks, int nks, EscFn *fn, int i) {
  if (esc_in_mutual_batch(fn)) {
    Loc *p = i < fn->params.len ? fn->params.data[i] : NULL;
    return p ? esc_hole(p) : esc_discard_hole(e);
  }
  if (!fn->tags || i >= fn->params.len) return esc_heap_hole(e);
  Leaks *tag = &fn->tags[i];
  Hole tks[NUM_ESC_RESULTS + 1];
  int n = 0, x = leaks_heap(tag);
  if (x >= 0) tks[n++] = hole_shift(esc_heap_hole(e), x);
  if (ks)
    for (int r = 0; r < NUM_ESC_RESULTS && r < nks; r++)
      if ((x = leaks_result(tag, r)) >= 0) tks[n++] = hole_shift(ks[r], x);
  return esc_tee(e, tks, n);
}

/* ---- arguments ---- */

typedef struct CallCtx {
  Node *call;
  ClosureRec *wrapper;  /* go/defer: arguments are copied into captured temporaries */
  Pos ctx;              /* where an implicit conversion of a name is reported */
} CallCtx;

static bool wrap_skip(Node *arg) {
  arg = esc_unparen(arg);
  if (!arg || arg->val) return true;
  if (arg->kind == N_IDENT && arg->ident.obj &&
      (arg->ident.obj->kind == OBJ_FUNC || arg->ident.obj->kind == OBJ_NIL))
    return true;
  if (arg->kind == N_SELECTOR && (arg->selector.kind == SEL_METHODEXPR ||
                                  (arg->selector.kind == SEL_PKG && arg->selector.sel &&
                                   arg->selector.sel->kind == OBJ_FUNC)))
    return true;
  return false;
}

/* gc names its temporaries .autotmp_N, N counting the function's declarations so far: a
 * temporary escape analysis makes (go/defer) comes after all of them, the temporaries of
 * gc's front end (autotmp_name) included, even those of statements after the go/defer. So
 * its name is a buffer filled once the function has been walked (esc_name_late_temps);
 * copies of the pointer (a boxing site named after it) see the final name.
 * Example: defer rm(dir); fmt.Println(mk().IsRegular()) names mk()'s receiver temporary
 * .autotmp_1 and the deferred argument .autotmp_2 (after dir). */
enum { LATE_NAME = 24 };
static const char *escape_temp_name(Esc *e) {
  char *buf = arena_alloc(LATE_NAME);
  snprintf(buf, LATE_NAME, ".autotmp_?");
  vec_push(&e->curfn->late_temps, buf);
  return buf;
}

void esc_name_late_temps(Batch *b, EscFn *fn) {
  int n = 0;
  for (int i = 0; i < b->all_locs.len; i++) {
    Loc *l = b->all_locs.data[i];
    if (l->curfn == fn && l->kind == LK_VAR) n++;
  }
  for (int i = 0; i < fn->late_temps.len; i++)
    snprintf(fn->late_temps.data[i], LATE_NAME, ".autotmp_%d", n + fn->ntemps + i);
  fn->late_temps.len = 0;
}

/* A go/defer argument copied into a temporary that the wrapper closure captures (gc's
 * wrapExpr); one over 128 bytes is captured by reference. */
static Loc *wrap_temp(Esc *e, CallCtx *cc, Node *x, Pos at) {
  Type *t = x->type;
  Loc *tmp = esc_new_loc(e, LK_TEMP, NULL, false);
  tmp->pos = esc_is_name(x) ? at : esc_unparen(x)->pos; /* gc: at x if it has a position */
  tmp->str = escape_temp_name(e);
  tmp->type = t;
  tmp->wraptemp = true;
  tmp->captured = true;
  vec_push(&cc->wrapper->vars, tmp);
  vec_push(&cc->wrapper->var_objs, NULL);
  return tmp;
}

/* go/defer f([]T{a, b}): gc peels the slice literal (escape's rewriteArgument): a and b are
 * copied into captured temporaries, the literal itself is built in the wrapper from them. */
static bool wrapped_slice_literal(Esc *e, CallCtx *cc, Hole k, Node *arg) {
  Node *lit = esc_unparen(arg);
  Type *t = lit && lit->kind == N_COMPOSITE ? esc_under(lit->type) : NULL;
  if (!t || t->kind != TY_SLICE || lit->composite.elts.len > 256) return false;
  Loc *tmps[256];
  int n = lit->composite.elts.len;
  for (int i = 0; i < n; i++) {
    Node *el = lit->composite.elts.data[i];
    Node *v = el->kind == N_KEYVALUE ? el->binary.y : el;
    tmps[i] = NULL;
    if (wrap_skip(v)) continue;
    tmps[i] = wrap_temp(e, cc, v, lit->pos);
    if (el->kind == N_KEYVALUE) esc_expr_at(e, esc_hole(tmps[i]), v, el->pos);
    else esc_expr_ctx(e, esc_hole(tmps[i]), v, esc_unparen(v)->pos);
  }
  Hole sk = hole_note(esc_spill(e, k, lit), lit, "slice-literal-element");
  for (int i = 0; i < n; i++) {
    Node *el = lit->composite.elts.data[i];
    if (tmps[i]) esc_flow(e->b, sk, tmps[i]);
    else esc_expr(e, sk, el->kind == N_KEYVALUE ? el->binary.y : el);
  }
  return true;
}

static void argument(Esc *e, CallCtx *cc, Hole k, Node *arg) {
  if (!arg) return;
  k = hole_note(k, cc->call, "call parameter");
  if (cc->wrapper && wrapped_slice_literal(e, cc, k, arg)) {
    cc->ctx = esc_unparen(arg)->pos;
    return;
  }
  if (cc->wrapper && !wrap_skip(arg)) {
    Loc *tmp = wrap_temp(e, cc, arg, cc->call->pos);
    esc_expr_ctx(e, esc_hole(tmp), arg, cc->ctx);
    esc_flow(e->b, k, tmp);
  } else {
    esc_expr_ctx(e, k, arg, cc->ctx);
  }
  Node *op = esc_strip_implicit(arg);
  if (!esc_is_name(op)) cc->ctx = op->pos;
}

/* A node standing for the ... slice in -m=2 explanations (printed "... argument"). */
static Node *ddd_node(Node *call) {
  if (esc_mlevel < 2) return call;
  Node *n = ast_new(N_COMPOSITE, call->pos);
  n->implicit = 1;
  return n;
}

/* The ... argument: gc makes the extra arguments of a variadic call into a slice literal. */
static void ddd_argument(Esc *e, CallCtx *cc, Hole k, Node **args, int n) {
  if (n == 0) return;
  if (cc->wrapper) {
    /* go/defer: the elements are copied into captured temporaries first, then the slice
     * literal (in the wrapper) is built from them */
    Loc *tmps[256];
    int nt = 0;
    for (int i = 0; i < n && nt < 256; i++) {
      Node *arg = args[i];
      if (wrap_skip(arg)) { tmps[nt++] = NULL; continue; }
      Loc *tmp = wrap_temp(e, cc, arg, cc->call->pos);
      esc_expr_ctx(e, esc_hole(tmp), arg, cc->ctx);
      Node *op = esc_strip_implicit(arg);
      if (!esc_is_name(op)) cc->ctx = op->pos;
      tmps[nt++] = tmp;
    }
    Node *dn = ddd_node(cc->call);
    Loc *loc = esc_new_loc(e, LK_EXPR, cc->call, true);
    loc->pos = cc->call->pos;
    esc_flow(e->b, hole_addr(hole_note(k, cc->call, "call parameter"), dn, "spill"), loc);
    Hole sk = hole_note(esc_hole(loc), dn, "slice-literal-element");
    for (int i = 0; i < nt; i++)
      if (tmps[i]) esc_flow(e->b, sk, tmps[i]);
      else esc_expr(e, sk, args[i]);
    return;
  }
  Node *dn = ddd_node(cc->call);
  Loc *loc = esc_new_loc(e, LK_EXPR, cc->call, true);
  loc->pos = cc->call->pos;
  esc_flow(e->b, hole_addr(hole_note(k, cc->call, "call parameter"), dn, "spill"), loc);
  Hole sk = hole_note(esc_hole(loc), dn, "slice-literal-element");
  for (int i = 0; i < n; i++) {
    esc_expr_ctx(e, sk, args[i], cc->ctx);
    Node *op = esc_strip_implicit(args[i]);
    if (!esc_is_name(op)) cc->ctx = op->pos;
  }
}

/* ---- builtins ---- */

static void builtin_call(Esc *e, CallCtx *cc, Hole *ks, int nks, Node *call) {
  Node **args = (Node **)call->call.args.data;
  int n = call->call.args.len;
  Hole k0 = nks ? ks[0] : esc_discard_hole(e);
  switch ((Builtin)call->call.builtin) {
  case BI_APPEND: {
    if (n == 0) return;
    Hole ak = k0;
    Type *st = esc_under(args[0]->type);
    if (st && st->kind == TY_SLICE && esc_has_pointers(st->elem)) {
      Hole two[2] = {k0, hole_deref(esc_heap_hole(e), call, "appendee slice")};
      ak = esc_tee(e, two, 2);
    }
    argument(e, cc, ak, args[0]);
    if (call->call.ellipsis) {
      Hole dk = esc_discard_hole(e);
      Type *t1 = n > 1 ? esc_under(args[1]->type) : NULL;
      if (t1 && t1->kind == TY_SLICE && esc_has_pointers(t1->elem))
        dk = hole_deref(esc_heap_hole(e), call, "appended slice...");
      if (n > 1) argument(e, cc, dk, args[1]);
    } else {
      for (int i = 1; i < n; i++) argument(e, cc, esc_heap_hole(e), args[i]);
    }
    return;
  }
  case BI_COPY: {
    if (n < 2) return;
    argument(e, cc, esc_discard_hole(e), args[0]);
    Hole ck = esc_discard_hole(e);
    Type *t1 = esc_under(args[1]->type);
    if (t1 && t1->kind == TY_SLICE && esc_has_pointers(t1->elem))
      ck = hole_deref(esc_heap_hole(e), call, "copied slice");
    argument(e, cc, ck, args[1]);
    return;
  }
  case BI_PANIC:
    if (n) {
      extern void esc_panic_arg(Esc *, Hole, Node *, Pos);
      Hole pk = hole_note(esc_heap_hole(e), call, "call parameter");
      if (cc->wrapper && !wrap_skip(args[0])) { /* defer panic(x): x is copied first */
        Loc *tmp = wrap_temp(e, cc, args[0], call->pos);
        esc_panic_arg(e, esc_hole(tmp), args[0], call->pos);
        esc_flow(e->b, pk, tmp);
      } else {
        esc_panic_arg(e, pk, args[0], call->pos);
      }
    }
    return;
  case BI_NEW: case BI_MAKE: {
    Hole k1[1] = {k0};
    (void)k1;
    esc_expr(e, k0, call);
    return;
  }
  case BI_DELETE:
    if (n == 2 && !cc->wrapper) { /* the key is converted where gc's irgen left base.Pos */
      argument(e, cc, esc_discard_hole(e), args[0]);
      Pos p = esc_last_pos(args[1]);
      if (!p.line) p = esc_last_pos(args[0]);
      esc_expr_at(e, hole_note(esc_discard_hole(e), call, "call parameter"), args[1],
                  p.line ? p : call->pos);
      return;
    }
    /* fall through */
  default:
    for (int i = 0; i < n; i++) argument(e, cc, esc_discard_hole(e), args[i]);
    return;
  }
}

/* ---- ordinary calls ---- */

EscFn *esc_fn_of_lit(Node *lit);

/* gc's ir.StaticValue, simplified: a local variable defined once, referenced in the function
 * that declares it (fn: its N_FUNCDECL or N_FUNCLIT) — a closure's captured variables are
 * closure variables in gc, where StaticValue stops. */
static Node *static_value(Node *x, Node *fn) {
  for (int i = 0; i < 16; i++) {
    x = esc_unparen(x);
    if (!x || x->kind != N_IDENT) return x;
    Object *o = x->ident.obj;
    if (!o || o->kind != OBJ_VAR || o->is_global || o->is_param || o->is_result || o->addrtaken ||
        (fn && o->func && o->func != fn))
      return x;
    extern Node *esc_static_def(Object *);
    Node *v = esc_static_def(o);
    if (!v) return x;
    Node *vu = esc_unparen(v);
    /* an assignment between different interface types is a conversion (OCONVIFACE) in gc,
     * where StaticValue stops */
    if (esc_is_interface(o->type) && vu->type && esc_is_interface(vu->type) &&
        !type_identical(o->type, vu->type))
      return x;
    x = v;
  }
  return x;
}

static bool is_ptr_type(Type *t) {
  Type *u = esc_under(t);
  return u && u->kind == TY_POINTER;
}

/* ---- devirtualization (gc's devirtualize pass, which runs before escape analysis): an
 * interface method call on a variable whose only value is a conversion from a concrete type
 * becomes a call of that type's method. ---- */

typedef struct Devirt {
  Node *call;
  Object *method;    /* the concrete method (NULL: partially devirtualized) */
  Type *concrete;    /* T of x.(T) */
  Vec path;          /* indices of the embedded fields through which the method is promoted */
} Devirt;
static Vec devirts;

static Method *named_method(Type *nt, const char *name) {
  if (!nt || nt->kind != TY_NAMED) return NULL;
  for (int i = 0; i < nt->methods.len; i++) {
    Method *m = nt->methods.data[i];
    if (m->name == name) return m;
  }
  return NULL;
}

/* Spec: Selectors — the method `name` of t, directly or promoted through embedded fields at
 * the shallowest depth (ambiguous at that depth: none). *path receives the field indices,
 * *indirect whether a pointer was crossed (so a pointer-receiver method can be called). */
typedef struct Cand { Type *t; Vec path; bool indirect; } Cand;
static Method *find_method(Type *t, const char *name, Vec *path, bool *indirect) {
  Cand c0 = {t, {0}, false};
  if (t->kind != TY_NAMED && esc_under(t)->kind == TY_POINTER) {
    c0.t = esc_under(t)->elem;
    c0.indirect = true;
  }
  Vec cur = {0};
  Cand *first = NEW(Cand);
  *first = c0;
  vec_push(&cur, first);
  for (int depth = 0; depth < 8 && cur.len; depth++) {
    Method *found = NULL;
    Cand *where = NULL;
    int nfound = 0;
    Vec next = {0};
    for (int i = 0; i < cur.len; i++) {
      Cand *c = cur.data[i];
      Method *m = named_method(c->t, name);
      if (m) { found = m; where = c; nfound++; continue; }
      Type *u = esc_under(c->t);
      if (!u || u->kind != TY_STRUCT) continue;
      for (int j = 0; j < u->fields.len; j++) {
        Field *f = u->fields.data[j];
        if (!f->embedded) continue;
        Cand *n = NEW(Cand);
        n->t = f->type;
        n->indirect = c->indirect;
        if (f->type->kind != TY_NAMED && esc_under(f->type)->kind == TY_POINTER) {
          n->t = esc_under(f->type)->elem;
          n->indirect = true;
        }
        for (int k = 0; k < c->path.len; k++) vec_push(&n->path, c->path.data[k]);
        vec_push(&n->path, (void *)(intptr_t)j);
        vec_push(&next, n);
      }
    }
    if (nfound > 1) return NULL;
    if (found) {
      *path = where->path;
      *indirect = where->indirect;
      return found;
    }
    cur = next;
  }
  return NULL;
}

static bool embeds_iface_method(Type *t, const char *name) {
  Type *u = esc_under(t);
  if (!u || u->kind != TY_STRUCT) return false;
  for (int i = 0; i < u->fields.len; i++) {
    Field *f = u->fields.data[i];
    if (!f->embedded || !esc_is_interface(f->type)) continue;
    Type *it = esc_under(f->type);
    for (int j = 0; j < it->methods.len; j++)
      if (((Method *)it->methods.data[j])->name == name) return true;
  }
  return false;
}

static void devirt_call(Node *call, Node *fn) {
  Node *fun = esc_unparen(call->call.fun);
  if (!fun || fun->kind != N_SELECTOR || fun->selector.kind != SEL_IFACEMETHOD ||
      fun->selector.path.len)
    return;
  Node *r = static_value(fun->selector.x, fn);
  if (!r || r->kind != N_CALL || r->call.how != CALL_CONVERSION || !r->call.args.len) return;
  Type *to = esc_under(r->type);
  Node *x = r->call.args.data[0];
  if (!to || to->kind != TY_INTERFACE || !x->type || esc_is_interface(x->type)) return;
  Vec path = {0};
  bool indirect;
  Method *m = find_method(x->type, fun->selector.name, &path, &indirect);
  if (m && m->func && (indirect || !m->ptr_recv)) {
    if (esc_mlevel)
      esc_note(1, call->pos, "devirtualizing %s to %s", esc_node_string(fun),
                esc_type_string(x->type));
    Devirt *d = NEW(Devirt);
    *d = (Devirt){call, m->func, x->type, path};
    vec_push(&devirts, d);
  } else if (!m && embeds_iface_method(x->type, fun->selector.name)) {
    /* x.(T).I.m(): still an interface call, but on a field of the concrete value */
    if (esc_mlevel)
      esc_note(1, call->pos, "partially devirtualizing %s to %s", esc_node_string(fun),
                esc_type_string(x->type));
    Devirt *d = NEW(Devirt);
    *d = (Devirt){call, NULL, x->type, {0}};
    vec_push(&devirts, d);
  }
}

extern void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);
static void devirt_visit(Node *n, void *fn) {
  if (!n) return;
  if (n->kind == N_CALL && n->call.how == CALL_FUNC) devirt_call(n, fn);
  esc_visit_children(n, devirt_visit, n->kind == N_FUNCLIT ? n : fn);
}

/* decl: the N_FUNCDECL or N_FUNCLIT whose body to visit; NULL forgets the previous package */
void esc_devirtualize(Node *decl);
void esc_devirtualize(Node *decl) {
  if (!decl) { devirts.len = 0; return; }
  Node *body = decl->kind == N_FUNCDECL ? decl->funcdecl.body : decl->funclit.body;
  if (body) esc_visit_children(body, devirt_visit, decl);
}

static Devirt *devirt_of(Node *call) {
  for (int i = 0; i < devirts.len; i++)
    if (((Devirt *)devirts.data[i])->call == call) return devirts.data[i];
  return NULL;
}

bool esc_devirt_of(Node *call, Object **method, Type **concrete, Vec **path) {
  Devirt *d = devirt_of(call);
  if (!d) return false;
  *method = d->method;
  *concrete = d->concrete;
  if (path) *path = &d->path;
  return true;
}

/* The hole of a devirtualized call's receiver x, as gc's x.(T).f1.f2.m(...): a dot through
 * each embedded field (a dereference through a pointer), then the receiver's own & or *. */
static Hole devirt_recv_hole(Hole k, Devirt *d, Node *recv) {
  Type *types[16];
  int n = 0;
  types[0] = d->concrete;
  for (int i = 0; i < d->path.len && n < 15; i++) {
    Type *st = esc_under(types[n]);
    if (st && st->kind == TY_POINTER) st = esc_under(st->elem);
    int idx = (int)(intptr_t)d->path.data[i];
    if (!st || st->kind != TY_STRUCT || idx >= st->fields.len) break;
    types[++n] = ((Field *)st->fields.data[idx])->type;
  }
  if (d->method) {
    bool want_ptr = is_ptr_type(d->method->recv), have_ptr = is_ptr_type(types[n]);
    if (!want_ptr && have_ptr) k = hole_deref(k, recv, "indirection");
    else if (want_ptr && !have_ptr) k = hole_addr(k, recv, "address-of");
  }
  for (int i = n - 1; i >= 0; i--)
    k = is_ptr_type(types[i]) ? hole_deref(k, recv, "dot of pointer") : hole_note(k, recv, "dot");
  return hole_dottype(k, d->concrete, recv, "dot");
}

/* gc names its temporaries .autotmp_N, N counting the function's declarations so far (the
 * variables a statement declares come after the temporaries of its values). */
static const char *autotmp_name(Esc *e, Pos pos) {
  int n = 0;
  for (int i = 0; i < e->b->all_locs.len; i++) {
    Loc *l = e->b->all_locs.data[i];
    if (l->curfn != e->curfn || l->kind != LK_VAR) continue;
    if (l->is_param || l->result_index ||
        (l->var && (l->var->pos.line < pos.line ||
                    (l->var->pos.line == pos.line && l->var->pos.col < pos.col)) &&
         !esc_declared_by_stmt(l->var, e->stmt))) /* s := f(g()): s comes after g's temps */
      n++;
  }
  return arena_printf(".autotmp_%d", n + e->curfn->ntemps++);
}

/* ---- gc's RewriteNonNameCall: f()(args) becomes t := f(); t(args), and f().m(args)
 * t := f(); t.m(args), when the callee (without its method selector) has a call or a channel
 * receive in it. -m prints the temporary by its name. ---- */

static Vec temp_nodes, temp_names;

const char *esc_temp_name(Node *n) {
  for (int i = 0; i < temp_nodes.len; i++)
    if (temp_nodes.data[i] == n) return temp_names.data[i];
  return NULL;
}

static bool has_call(Node *n);
static void has_call_visit(Node *n, void *arg) {
  if (*(bool *)arg || !n || n->kind == N_FUNCLIT) return;
  if ((n->kind == N_CALL && (n->call.how == CALL_FUNC ||
                             (n->call.how == CALL_BUILTIN && n->call.builtin != BI_NEW))) ||
      (n->kind == N_UNARY && n->unary.op == OP_ARROW)) {
    *(bool *)arg = true;
    return;
  }
  esc_visit_children(n, has_call_visit, arg);
}
static bool has_call(Node *n) {
  bool found = false;
  has_call_visit(n, &found);
  return found;
}

static void name_callee_temp(Esc *e, Node *call) {
  Node *x = esc_unparen(call->call.fun);
  if (x && x->kind == N_SELECTOR &&
      (x->selector.kind == SEL_METHOD || x->selector.kind == SEL_IFACEMETHOD))
    x = esc_unparen(x->selector.x);
  if (!x || !has_call(x) || esc_temp_name(x)) return;
  vec_push(&temp_nodes, x);
  vec_push(&temp_names, (void *)autotmp_name(e, call->pos));
}

static Hole tag_hole_any(Esc *e, Hole *ks, int nks, Object *fnobj, EscFn *litfn, int i, Type *pt) {
  return litfn ? lit_tag_hole(e, ks, nks, litfn, i) : esc_tag_hole(e, ks, nks, fnobj, i, pt);
}

/* A temporary passed where an interface is expected: a boxing site named after it. */
static Loc *boxed_temp(Esc *e, Loc *tmp, Type *from, Type *to, Pos pos) {
  if (!esc_is_interface(to) || esc_is_interface(from) || esc_is_direct_iface(from)) return tmp;
  Loc *box = esc_new_loc(e, LK_EXPR, NULL, true);
  box->str = tmp->str;
  box->pos = pos;
  esc_flow(e->b, esc_hole(box), tmp);
  return box;
}

static void pass_temp(Esc *e, Hole k, Loc *src, Loc *tmp) {
  if (src != tmp) esc_flow(e->b, hole_shift(k, -1), src);
  else esc_flow(e->b, k, tmp);
}

static void multi_value_args(Esc *e, CallCtx *cc, Hole *ks, int nks, Node *call, Type *ft,
                             Object *fnobj, EscFn *litfn, int pi, int np) {
  Node *g = esc_unparen(call->call.args.data[0]);
  Type *tt = g->type;
  int nr = tt->results.len;
  if (nr > 64) nr = 64;
  Hole tks[64];
  Loc *tl[64];
  for (int i = 0; i < nr; i++) {
    tl[i] = esc_new_loc(e, LK_TEMP, NULL, false);
    tl[i]->str = autotmp_name(e, call->pos);
    tks[i] = esc_hole(tl[i]);
  }
  esc_call(e, tks, nr, g);
  Type *uft = esc_under(ft);
  bool ddd = uft && uft->variadic && !call->call.ellipsis;
  int nfixed = ddd ? np - 1 : np;
  for (int i = 0; i < nr && i < nfixed; i++) {
    Type *pt = param_type(ft, NULL, i);
    Hole k = hole_note(tag_hole_any(e, ks, nks, fnobj, litfn, i + pi, pt), call, "call parameter");
    pass_temp(e, k, boxed_temp(e, tl[i], tt->results.data[i], pt, call->pos), tl[i]);
  }
  if (ddd && nr > nfixed) {
    Type *st = esc_under(param_type(ft, NULL, np - 1));
    Hole k = hole_note(tag_hole_any(e, ks, nks, fnobj, litfn, np - 1 + pi, (Type *)st), call,
                       "call parameter");
    Loc *loc = esc_new_loc(e, LK_EXPR, call, true);
    loc->pos = call->pos;
    esc_flow(e->b, hole_addr(k, call, "spill"), loc);
    for (int i = nfixed; i < nr; i++)
      pass_temp(e, esc_hole(loc), boxed_temp(e, tl[i], tt->results.data[i], st ? st->elem : NULL,
                                             call->pos), tl[i]);
  }
  if (cc->wrapper)
    for (int i = 0; i < nr; i++) { /* go/defer: the temporaries are captured by the wrapper */
      vec_push(&cc->wrapper->vars, tl[i]);
      vec_push(&cc->wrapper->var_objs, NULL);
    }
}

static void func_call(Esc *e, CallCtx *cc, Hole *ks, int nks, Node *call) {
  Node *fun = static_value(call->call.fun, e->curfn->decl);
  /* a variable defined from a method value resolves to it, but gc's call() does not take
   * OMETHVALUE as a known callee: the call stays indirect (and `go f(x)` captures f) */
  if (fun != esc_unparen(call->call.fun) && fun->kind == N_SELECTOR &&
      (fun->selector.kind == SEL_METHOD || fun->selector.kind == SEL_IFACEMETHOD))
    fun = esc_unparen(call->call.fun);
  Object *fnobj = NULL;
  EscFn *litfn = NULL;
  Node *recv = NULL;     /* method receiver selector */
  bool methexpr = false;
  Devirt *devirt = NULL;
  if (fun->kind == N_IDENT && fun->ident.obj && fun->ident.obj->kind == OBJ_FUNC) {
    fnobj = fun->ident.obj;
  } else if (fun->kind == N_SELECTOR) {
    switch (fun->selector.kind) {
    case SEL_PKG: if (fun->selector.sel && fun->selector.sel->kind == OBJ_FUNC) fnobj = fun->selector.sel; break;
    case SEL_METHOD: fnobj = fun->selector.sel; recv = fun; break;
    case SEL_IFACEMETHOD: {
      recv = fun;
      Devirt *d = devirt_of(call);
      if (d) { fnobj = d->method; devirt = d; } /* method NULL: partially devirtualized */
      break;
    }
    case SEL_METHODEXPR: fnobj = fun->selector.sel; methexpr = true; break;
    default: break;
    }
  } else if (fun->kind == N_FUNCLIT) {
    litfn = esc_fn_of_lit(fun);
    if (litfn) litfn->closure_called = true;
  }
  EscFn *callee = litfn ? litfn : esc_fn_of_obj(fnobj);
  Type *ft = fun->type;
  if (fnobj && fnobj->type) ft = fnobj->type;
  /* results of a function in the same batch flow straight into the call's holes */
  if (ks && callee && esc_in_mutual_batch(callee))
    for (int i = 0; i < callee->results.len && i < nks; i++)
      esc_flow(e->b, ks[i], callee->results.data[i]);
  if (!recv) argument(e, cc, esc_discard_hole(e), call->call.fun);
  if (methexpr) cc->ctx = call->pos; /* T.m(x, ...): gc converts x at the call */
  int pi = 0; /* index into the callee's parameter list (receiver first) */
  if (recv) {
    Hole rk = litfn ? lit_tag_hole(e, ks, nks, litfn, 0)
                    : esc_tag_hole(e, ks, nks, fnobj, 0, fnobj ? fnobj->recv : NULL);
    if (fnobj && fnobj->recv && !esc_has_pointers(fnobj->recv))
      rk = esc_discard_hole(e); /* a pointer-free value receiver carries nothing */
    extern Hole esc_recv_hole(Esc *, Hole, Node *);
    /* the receiver argument (&x, *x or x.(T) made explicit) goes into the parameter; for
     * go/defer the whole receiver expression is copied into a captured temporary */
    Hole pk = hole_note(rk, call, "call parameter");
    Hole th = pk;
    Loc *tmp = NULL;
    if (cc->wrapper && !wrap_skip(recv->selector.x)) {
      tmp = wrap_temp(e, cc, recv->selector.x, call->pos);
      th = esc_hole(tmp);
    }
    Hole rh;
    if (devirt) { /* x.(T).m(...) */
      rh = devirt_recv_hole(th, devirt, recv);
    } else {
      rh = esc_recv_hole(e, th, recv);
    }
    esc_expr(e, rh, recv->selector.x);
    if (tmp) {
      esc_flow(e->b, pk, tmp);
    }
    cc->ctx = cc->call->pos;
    pi = 1;
  }
  Node **args = (Node **)call->call.args.data;
  int nargs = call->call.args.len;
  if (methexpr && nargs > 0) { /* T.m(recv, args...) */
    Hole rk = esc_tag_hole(e, ks, nks, fnobj, 0, fnobj ? fnobj->recv : NULL);
    argument(e, cc, rk, args[0]);
    args++;
    nargs--;
    pi = 1;
  }
  Type *uft = esc_under(ft);
  int np = uft && uft->kind == TY_FUNC ? uft->params.len : nargs;
  bool variadic = uft && uft->kind == TY_FUNC && uft->variadic && !call->call.ellipsis;
  /* f(g()) with a multi-value g: gc assigns the results to temporaries first
   * (RewriteMultiValueCall), then passes them, converted where needed */
  if (nargs == 1 && args[0]->type && args[0]->type->kind == TY_TUPLE && np > 0) {
    name_callee_temp(e, call);
    multi_value_args(e, cc, ks, nks, call, ft, fnobj, litfn, pi, np);
    return;
  }
  for (int i = 0; i < np; i++) {
    Type *pt = param_type(ft, NULL, i);
    Hole k = litfn ? lit_tag_hole(e, ks, nks, litfn, i + pi)
                   : esc_tag_hole(e, ks, nks, fnobj, i + pi, pt);
    if (variadic && i == np - 1) {
      ddd_argument(e, cc, k, nargs > i ? args + i : NULL, nargs > i ? nargs - i : 0);
      break;
    }
    if (i < nargs) argument(e, cc, k, args[i]);
  }
  name_callee_temp(e, call); /* after the arguments' own temporaries, as gc's transformCall */
}

static void call_common(Esc *e, Hole *ks, int nks, Node *call, ClosureRec *wrapper) {
  CallCtx cc = {call, wrapper, call->pos};
  if (call->call.how == CALL_BUILTIN) builtin_call(e, &cc, ks, nks, call);
  else if (call->call.how == CALL_CONVERSION) esc_expr(e, nks ? ks[0] : esc_discard_hole(e), call);
  else func_call(e, &cc, ks, nks, call);
}

void esc_call(Esc *e, Hole *ks, int nks, Node *call) { call_common(e, ks, nks, call, NULL); }

/* go f(x) / defer f(x): the arguments are evaluated now into temporaries captured by a wrapper
 * closure, which escapes for go and for a defer inside a loop. */
void esc_go_defer(Esc *e, Node *n) {
  Hole k = esc_heap_hole(e);
  if (n->kind == N_DEFER && e->loop_depth == 1) k = esc_later(e, esc_discard_hole(e));
  Node *call = esc_unparen(n->unary.x);
  if (!call || call->kind != N_CALL) return;
  if (call->call.how == CALL_FUNC) {
    Node *fun = esc_unparen(call->call.fun);
    bool method = fun->kind == N_SELECTOR &&
                  (fun->selector.kind == SEL_METHOD || fun->selector.kind == SEL_IFACEMETHOD);
    Type *ft = esc_under(fun->type);
    if (!method && ft && ft->kind == TY_FUNC && ft->params.len == 0 && ft->results.len == 0) {
      esc_expr(e, k, fun);
      return;
    }
  }
  ClosureRec *rec = NEW(ClosureRec);
  call_common(e, NULL, 0, call, rec);
  Loc *clo = esc_new_loc(e, LK_TEMP, NULL, true);
  clo->quiet = true;
  esc_flow(e->b, hole_addr(k, n, "spill"), clo);
  rec->k = esc_hole(clo);
  vec_push(&e->b->closures, rec);
}

/* ---- function literals ---- */

static bool lit_contains_fn(Node *lit, Node *f);

/* Variables of enclosing functions that the literal refers to, in order of first use. */
static void collect_captures(Node *lit, Node *n, Vec *out);
static void collect_vec(Node *lit, Vec *v, Vec *out) {
  for (int i = 0; i < v->len; i++) collect_captures(lit, v->data[i], out);
}
static Vec *cap_refs; /* first reference of each capture, parallel to the output */
static void capture(Node *lit, Object *o, Vec *out, Node *ref) {
  if (!o || o->kind != OBJ_VAR || o->is_global || !o->func || o->name == intern("_")) return;
  if (o->func == lit || lit_contains_fn(lit, o->func)) return;
  for (int i = 0; i < out->len; i++)
    if (out->data[i] == o) return;
  vec_push(out, o);
  if (cap_refs) vec_push(cap_refs, ref);
}

extern void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);
typedef struct CapArg { Node *lit; Vec *out; } CapArg;
static void cap_visit(Node *n, void *arg) {
  CapArg *ca = arg;
  collect_captures(ca->lit, n, ca->out);
}
static void collect_captures(Node *lit, Node *n, Vec *out) {
  if (!n) return;
  if (n->kind == N_IDENT) { capture(lit, n->ident.obj, out, n); return; }
  if (n->kind == N_CASECLAUSE && n->caseclause.tsvar) {
    /* the clause variable is declared here, not captured */
  }
  CapArg ca = {lit, out};
  esc_visit_children(n, cap_visit, &ca);
  (void)collect_vec;
}

typedef struct ContainsArg { Node *f; bool found; } ContainsArg;
static void contains_visit(Node *n, void *arg) {
  ContainsArg *ca = arg;
  if (ca->found || !n) return;
  if (n == ca->f) { ca->found = true; return; }
  esc_visit_children(n, contains_visit, ca);
}
static bool lit_contains_fn(Node *lit, Node *f) {
  if (!f || f->kind != N_FUNCLIT) return false;
  ContainsArg ca = {f, false};
  esc_visit_children(lit->funclit.body, contains_visit, &ca);
  return ca.found;
}

Vec *esc_lit_captures(Node *lit);
Vec *esc_lit_captures(Node *lit) {
  Vec *out = NEW(Vec);
  collect_captures(lit, lit->funclit.body, out);
  return out;
}

void esc_closure_expr(Esc *e, Hole k, Node *lit) {
  k = esc_spill(e, k, lit);
  EscFn *fn = esc_fn_of_lit(lit);
  if (fn && !fn->outer) return; /* a package initializer's literal: analysed on its own */
  ClosureRec *rec = NEW(ClosureRec);
  rec->k = k;
  rec->lit = lit;
  cap_refs = &rec->var_refs;
  Vec *caps = esc_lit_captures(lit);
  cap_refs = NULL;
  for (int i = 0; i < caps->len; i++) {
    Object *o = caps->data[i];
    Loc *l = esc_var_loc(e, o);
    vec_push(&rec->vars, l);
    vec_push(&rec->var_objs, o);
    if (!l->captured) {
      l->captured = true;
      if (l->loop_depth == e->loop_depth) l->reassigned = false;
    }
  }
  vec_push(&e->b->closures, rec);
  if (fn) esc_walk_func(e->b, fn);
}
