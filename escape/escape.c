/* escape.c — escape analysis: decides, for every variable and allocation site of a package,
 * whether it may live in its function's stack frame or must be allocated in the heap, and
 * prints gc's -m diagnostics. A model of Go 1.19's cmd/compile/internal/escape.
 *
 * The two invariants the pass protects:
 *   1. a pointer to a stack object is never stored in the heap;
 *   2. a pointer to a stack object never outlives that object (it is not returned, nor kept
 *      by a location of a shallower loop depth, nor by an enclosing function's variable).
 *
 * The graph: a location per variable and per allocation site; an assignment is a weighted
 * edge. The weight counts dereferences:
 *
 *     p = &q   // -1   (q's address flows into p)
 *     p = q    //  0
 *     p = *q   //  1
 *     p = **q  //  2
 *
 *     var x int; p := &x; q := &p; heap = *q
 *   gives the edges x -(-1)-> p, p -(-1)-> q, q -(1)-> heap: walking back from the heap,
 *   q is reached at derefs 1, p at 0 and x at -1 — the address of x reaches the heap, so x
 *   escapes ("moved to heap: x"); p's own address does not (derefs 0), so p stays.
 *
 * solve.c walks from every location (a root) to everything that flows into it, keeping the
 * minimum derefs; a location whose address (derefs -1) reaches a root that outlives it
 * escapes, and a parameter reaching the heap or a result records a leak in its summary.
 *
 * Functions are analysed bottom-up over the call graph, one strongly connected component (a
 * "batch") at a time, so that each call is analysed with the callee's parameter summaries;
 * calls within a batch connect the argument and parameter locations directly. Function
 * literals belong to their enclosing function's batch.
 *
 * Do NOT print messages as they are found: gc prints them at the end of each batch, parameter
 * summaries first, then every location in creation order; -m output is in that order, not
 * sorted by position. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape_int.h"

int esc_mlevel;
Package *esc_pkg;
static int print_level;      /* the user's -m level */
static EscNoteFn note_sink;
static void *note_sink_arg;

/* Where -m reports each allocation site whose position is not its node's own (gc positions
 * some implicit conversions where its IR generator was, esc_last_pos): node → position, an
 * open-addressing table keyed by the node's address. Read by codegen (esc_site_pos). */
typedef struct SitePos { Node *n; Pos pos; } SitePos;
static SitePos *site_tab;
static size_t site_cap, site_len;

static size_t site_slot(SitePos *tab, size_t cap, Node *n) {
  size_t i = ((uintptr_t)n >> 4) * 0x9E3779B97F4A7C15u & (cap - 1);
  while (tab[i].n && tab[i].n != n) i = (i + 1) & (cap - 1);
  return i;
}

static void site_put(Node *n, Pos pos) {
  if (2 * (site_len + 1) > site_cap) {
    size_t cap = site_cap ? 2 * site_cap : 64;
    SitePos *tab = arena_alloc(sizeof(SitePos) * cap);
    memset(tab, 0, sizeof(SitePos) * cap);
    for (size_t i = 0; i < site_cap; i++)
      if (site_tab[i].n) tab[site_slot(tab, cap, site_tab[i].n)] = site_tab[i];
    site_tab = tab;
    site_cap = cap;
  }
  size_t i = site_slot(site_tab, site_cap, n);
  if (!site_tab[i].n) site_len++;
  site_tab[i] = (SitePos){n, pos};
}

Pos esc_site_pos(Node *n) {
  if (site_cap) {
    size_t i = site_slot(site_tab, site_cap, n);
    if (site_tab[i].n == n) return site_tab[i].pos;
  }
  return n->pos;
}

void esc_set_note_sink(EscNoteFn fn, void *arg) {
  note_sink = fn;
  note_sink_arg = arg;
}

void esc_note(int level, Pos pos, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *msg = arena_alloc((size_t)n + 1);
  vsnprintf(msg, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  if (level <= print_level) diag_note(pos, "%s", msg);
  if (note_sink) note_sink(pos, msg, note_sink_arg);
}

/* ---- generic child visitor (enough for the call graph and captures) ---- */

static void visit_vec(Vec *v, void (*fn)(Node *, void *), void *arg) {
  for (int i = 0; i < v->len; i++) fn(v->data[i], arg);
}

void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);
void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg) {
  if (!n) return;
#define V(x) do { if (x) fn((x), arg); } while (0)
  switch (n->kind) {
  case N_COMPOSITE: visit_vec(&n->composite.elts, fn, arg); break;
  case N_FUNCLIT: V(n->funclit.body); break;
  case N_PAREN: case N_STAR: case N_UNARY: case N_EXPRSTMT: case N_GO: case N_DEFER:
  case N_DECLSTMT: V(n->unary.x); break;
  case N_SELECTOR: V(n->selector.x); break;
  case N_INDEX: V(n->index.x); V(n->index.index); break;
  case N_SLICE: V(n->slice.x); V(n->slice.lo); V(n->slice.hi); V(n->slice.max); break;
  case N_TYPEASSERT: V(n->typeassert.x); break;
  case N_CALL: V(n->call.fun); visit_vec(&n->call.args, fn, arg); break;
  case N_BINARY: case N_KEYVALUE: case N_SEND: V(n->binary.x); V(n->binary.y); break;
  case N_LABELED: V(n->labeled.stmt); break;
  case N_INCDEC: V(n->incdec.x); break;
  case N_ASSIGN: visit_vec(&n->assign.lhs, fn, arg); visit_vec(&n->assign.rhs, fn, arg); break;
  case N_RETURN: visit_vec(&n->list.list, fn, arg); break;
  case N_BLOCK: visit_vec(&n->block.stmts, fn, arg); break;
  case N_IF: V(n->ifstmt.init); V(n->ifstmt.cond); V(n->ifstmt.then); V(n->ifstmt.els); break;
  case N_CASECLAUSE: visit_vec(&n->caseclause.exprs, fn, arg); visit_vec(&n->caseclause.body, fn, arg); break;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    V(n->switchstmt.init); V(n->switchstmt.tag); visit_vec(&n->switchstmt.clauses, fn, arg); break;
  case N_COMMCLAUSE: V(n->commclause.comm); visit_vec(&n->commclause.body, fn, arg); break;
  case N_FOR: V(n->forstmt.init); V(n->forstmt.cond); V(n->forstmt.post); V(n->forstmt.body); break;
  case N_RANGE: V(n->rangestmt.key); V(n->rangestmt.value); V(n->rangestmt.x); V(n->rangestmt.body); break;
  case N_GENDECL: visit_vec(&n->gendecl.specs, fn, arg); break;
  case N_VALUESPEC: visit_vec(&n->valuespec.values, fn, arg); break;
  default: break;
  }
#undef V
}

/* ---- function literal -> EscFn map ---- */

static Vec lit_nodes, lit_fns;

EscFn *esc_fn_of_lit(Node *lit) {
  for (int i = 0; i < lit_nodes.len; i++)
    if (lit_nodes.data[i] == lit) return lit_fns.data[i];
  return NULL;
}

/* ---- functions ---- */

static const char *fn_decl_name(Node *d) {
  Node *recv = d->funcdecl.recv;
  const char *name = d->funcdecl.name->ident.name;
  if (!recv) return name;
  Type *rt = recv->field.type ? recv->field.type->type : NULL;
  if (!rt) return name;
  Type *u = esc_under(rt);
  if (u && u->kind == TY_POINTER && rt->kind != TY_NAMED)
    return arena_printf("(*%s).%s", esc_type_string(u->elem), name);
  return arena_printf("%s.%s", esc_type_string(rt), name);
}

static int nglob; /* package-initializer literals so far (per package: esc_analyze) */

EscFn *esc_new_fn(Node *decl, EscFn *outer) {
  EscFn *fn = NEW(EscFn);
  fn->decl = decl;
  fn->outer = outer;
  if (decl->kind == N_FUNCDECL) {
    fn->obj = decl->funcdecl.obj;
    fn->ftype = decl->funcdecl.type;
    fn->body = decl->funcdecl.body;
    fn->name = fn_decl_name(decl);
    if (fn->obj) fn->obj->esc = fn;
  } else {
    fn->ftype = decl->funclit.type;
    fn->body = decl->funclit.body;
    if (outer) fn->name = arena_printf("%s.func%d", outer->name, ++outer->nclosures);
    else fn->name = arena_printf("glob..func%d", ++nglob); /* in a package initializer */
    vec_push(&lit_nodes, decl);
    vec_push(&lit_fns, fn);
  }
  return fn;
}

/* Create the EscFn of every literal nested in n (directly: not inside another literal). */
typedef struct LitArg { EscFn *outer; } LitArg;
static void make_lits(Node *n, void *arg) {
  LitArg *la = arg;
  if (!n) return;
  if (n->kind == N_FUNCLIT) {
    EscFn *fn = esc_new_fn(n, la->outer);
    LitArg inner = {fn};
    esc_visit_children(n->funclit.body, make_lits, &inner);
    return;
  }
  esc_visit_children(n, make_lits, arg);
}

/* ---- initFunc: locations of parameters, results and locals, in gc's Dcl order ---- */

static Loc *param_loc(Esc *e, Node *ident) {
  Object *o = ident ? ident->ident.obj : NULL;
  if (!o && ident && ident->ident.name != intern("_")) {
    /* a body-less declaration's parameter may have no object: a name for its messages */
    Loc *l = esc_new_loc(e, LK_VAR, NULL, false);
    l->name = ident->ident.name;
    l->pos = ident->pos;
    l->is_param = true;
    return l;
  }
  if (!o || o->name == intern("_")) return NULL;
  Loc *l = esc_var_loc(e, o);
  l->is_param = true;
  return l;
}

static void field_params(Esc *e, Vec *fields, Vec *out) {
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    if (f->field.names.len == 0) vec_push(out, NULL);
    for (int j = 0; j < f->field.names.len; j++) vec_push(out, param_loc(e, f->field.names.data[j]));
  }
}

static void field_results(Esc *e, Vec *fields, Vec *out) {
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    int nn = f->field.names.len ? f->field.names.len : 1;
    for (int j = 0; j < nn; j++) {
      Object *o = f->field.names.len ? ((Node *)f->field.names.data[j])->ident.obj : NULL;
      Loc *l;
      if (o && o->name != intern("_")) {
        l = esc_var_loc(e, o);
      } else {
        l = esc_new_loc(e, LK_VAR, NULL, false);
        l->name = arena_printf("~r%d", out->len);
        l->pos = f->pos;
      }
      l->result_index = out->len + 1;
      vec_push(out, l);
    }
  }
}

typedef struct LocalArg { Esc *e; } LocalArg;

/* Static call resolution (gc's ir.StaticValue) needs each local's only definition and
 * whether it is ever assigned again: a table filled before the analysis (prepass below). */
typedef struct StaticDef { Object *obj; Node *value; bool again; } StaticDef;
static Vec static_defs;

static StaticDef *static_def(Object *o, bool make) {
  for (int i = static_defs.len - 1; i >= 0; i--) {
    StaticDef *d = static_defs.data[i];
    if (d->obj == o) return d;
  }
  if (!make) return NULL;
  StaticDef *d = NEW(StaticDef);
  d->obj = o;
  vec_push(&static_defs, d);
  return d;
}

Node *esc_static_def(Object *o);
Node *esc_static_def(Object *o) {
  StaticDef *d = static_def(o, false);
  return d && !d->again ? d->value : NULL;
}

static void note_assign(Node *lhs, Node *value, bool defines) {
  lhs = esc_unparen(lhs);
  if (!lhs || lhs->kind != N_IDENT) return;
  Object *o = lhs->ident.obj;
  if (!o || o->kind != OBJ_VAR || o->is_global) return;
  StaticDef *d = static_def(o, true);
  if (defines && o->decl == lhs && value) d->value = value;
  else d->again = true;
}
static void note_assigns(Vec *lhs, Vec *rhs, bool defines) {
  for (int i = 0; i < lhs->len; i++)
    note_assign(lhs->data[i], lhs->len == rhs->len ? rhs->data[i] : NULL, defines);
}

static void prepass(Node *n, void *arg) {
  if (!n) return;
  switch (n->kind) {
  case N_ASSIGN: note_assigns(&n->assign.lhs, &n->assign.rhs, n->assign.op == OP_DEFINE); break;
  case N_VALUESPEC: note_assigns(&n->valuespec.names, &n->valuespec.values, true); break;
  case N_INCDEC: note_assign(n->incdec.x, NULL, false); break;
  case N_RANGE:
    break;
  default: break;
  }
  esc_visit_children(n, prepass, arg);
}

static void local_decl(Esc *e, Node *ident) {
  if (!ident || ident->kind != N_IDENT) return;
  Object *o = ident->ident.obj;
  if (o && o->kind == OBJ_VAR && o->decl == ident && o->name != intern("_")) esc_var_loc(e, o);
}

static void collect_locals(Node *n, void *arg) {
  LocalArg *la = arg;
  if (!n || n->kind == N_FUNCLIT) return;
  switch (n->kind) {
  case N_ASSIGN:
    esc_visit_children(n, collect_locals, arg);
    if (n->assign.op == OP_DEFINE)
      for (int i = 0; i < n->assign.lhs.len; i++) local_decl(la->e, n->assign.lhs.data[i]);
    return;
  case N_VALUESPEC:
    esc_visit_children(n, collect_locals, arg);
    for (int i = 0; i < n->valuespec.names.len; i++) local_decl(la->e, n->valuespec.names.data[i]);
    return;
  case N_RANGE:
    esc_visit_children(n->rangestmt.x, collect_locals, arg);
    if (n->rangestmt.define) {
      local_decl(la->e, n->rangestmt.key);
      local_decl(la->e, n->rangestmt.value);
    }
    esc_visit_children(n->rangestmt.body, collect_locals, arg);
    return;
  case N_CASECLAUSE:
    if (n->caseclause.tsvar) esc_var_loc(la->e, n->caseclause.tsvar);
    esc_visit_children(n, collect_locals, arg);
    return;
  default: esc_visit_children(n, collect_locals, arg); return;
  }
}

static void init_func(Batch *b, EscFn *fn) {
  Esc e = {b, fn, 1};
  fn->state = FN_PLANNED;
  fn->params.len = fn->results.len = 0;
  if (fn->decl->kind == N_FUNCDECL && fn->decl->funcdecl.recv) {
    Node *r = fn->decl->funcdecl.recv;
    vec_push(&fn->params, r->field.names.len ? param_loc(&e, r->field.names.data[0]) : NULL);
  }
  field_params(&e, &fn->ftype->functype.params, &fn->params);
  field_results(&e, &fn->ftype->functype.results, &fn->results);
  LocalArg la = {&e};
  if (fn->body) esc_visit_children(fn->body, collect_locals, &la);
}

/* ---- closures: captured variables flow into the closure ---- */

static void flow_closure(Batch *b, ClosureRec *rec) {
  for (int i = 0; i < rec->vars.len; i++) {
    Loc *l = rec->vars.data[i];
    Object *o = rec->var_objs.data[i];
    int64_t size = o ? type_size(o->type) : l->type ? type_size(l->type) : 8;
    bool byval = !l->addrtaken && !l->reassigned && size <= 128;
    if (o && esc_mlevel > 1 && rec->lit) {
      EscFn *owner = l->curfn;
      esc_note(2, o->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                owner ? owner->name : "?", byval ? "value" : "ref", o->name,
                l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false",
                (long long)size);
    }
    if (o) {
      o->captured = true;
      o->byval = byval;
    }
    Hole k = rec->k;
    Node *ref = i < rec->var_refs.len ? rec->var_refs.data[i] : NULL;
    if (!byval) k = hole_note(hole_shift(k, -1), ref ? ref : rec->lit, "reference");
    esc_flow(b, hole_note(k, ref ? ref : rec->lit, "captured by a closure"), l);
  }
}

/* ---- finish: tags and messages ---- */

static Leaks param_tag(Batch *b, EscFn *fn, Loc *l, Type *t) {
  Leaks none = {{0}};
  if (!fn->body) { /* assembly or external: leaks unless //go:noescape */
    if (!esc_has_pointers(t)) {
      leaks_add_heap(&none, 0);
      return none;
    }
    if (fn->noescape) {
      if (esc_mlevel && l) esc_note(1, l->pos, "%s does not escape", l->name);
    } else {
      if (esc_mlevel && l) esc_note(1, l->pos, "leaking param: %s", l->name);
      leaks_add_heap(&none, 0);
    }
    return none;
  }
  if (!esc_has_pointers(t)) {
    leaks_add_heap(&none, 0); /* scalars: gc writes no tag, which reads as "leaks" */
    return none;
  }
  if (!l) return none;
  Leaks esc = l->param_esc;
  leaks_optimize(&esc);
  if (esc_mlevel && !l->escapes) {
    if (leaks_empty(&esc)) esc_note(1, l->pos, "%s does not escape", l->name);
    int x = leaks_heap(&esc);
    if (x == 0) esc_note(1, l->pos, "leaking param: %s", l->name);
    else if (x > 0) esc_note(1, l->pos, "leaking param content: %s", l->name);
    for (int i = 0; i < NUM_ESC_RESULTS && i < fn->results.len; i++)
      if ((x = leaks_result(&esc, i)) >= 0)
        esc_note(1, l->pos, "leaking param: %s to result %s level=%d", l->name,
                  ((Loc *)fn->results.data[i])->name, x);
  }
  return esc;
}

static Type *fn_param_type(EscFn *fn, int i) {
  if (fn->decl->kind == N_FUNCDECL && fn->decl->funcdecl.recv) {
    if (i == 0) return fn->decl->funcdecl.recv->field.type->type;
    i--;
  }
  Type *sig = fn->obj ? fn->obj->type : fn->decl->kind == N_FUNCLIT ? fn->decl->type : NULL;
  sig = sig ? esc_under(sig) : NULL;
  if (sig && sig->kind == TY_FUNC && i < sig->params.len) return sig->params.data[i];
  Vec *ps = &fn->ftype->functype.params;
  for (int j = 0; j < ps->len; j++) {
    Node *f = ps->data[j];
    int nn = f->field.names.len ? f->field.names.len : 1;
    if (i < nn) {
      Node *tn = f->field.type;
      if (tn && tn->kind == N_ELLIPSIS) return tn->type ? tn->type : NULL;
      return tn ? tn->type : NULL;
    }
    i -= nn;
  }
  return NULL;
}

static void finish(Batch *b, Vec *fns) {
  for (int i = 0; i < fns->len; i++) {
    EscFn *fn = fns->data[i];
    fn->state = FN_TAGGED;
    fn->tags = arena_alloc(sizeof(Leaks) * (size_t)(fn->params.len + 1));
    for (int j = 0; j < fn->params.len && !fn->dead; j++) {
      Loc *l = fn->params.data[j];
      Type *t = l && l->var ? l->var->type : fn_param_type(fn, j);
      fn->tags[j] = param_tag(b, fn, l, t);
    }
  }
  for (int i = 0; i < b->all_locs.len; i++) {
    Loc *l = b->all_locs.data[i];
    if (l->kind == LK_VAR) {
      if (!l->var) continue;
      l->var->heap = l->escapes;
      if (l->escapes && esc_mlevel) esc_note(1, l->pos, "moved to heap: %s", l->name);
      continue;
    }
    if (l->kind == LK_TEMP && l->wraptemp && l->escapes && esc_mlevel)
      esc_note(1, l->pos, "moved to heap: %s", l->str);
    if (l->kind != LK_EXPR || l->quiet) continue;
    if (l->n) l->n->esc = l->escapes ? ESC_HEAP : ESC_NONE;
    if (l->n && (l->pos.line != l->n->pos.line || l->pos.col != l->n->pos.col)) site_put(l->n, l->pos);
    if (esc_mlevel)
      esc_note(1, l->pos, "%s %s", esc_loc_string(l),
                l->escapes ? "escapes to heap" : "does not escape");
  }
}

/* ---- one batch ---- */

const char *esc_heap_alloc_reason(Loc *l);

static void batch(Vec *fns) {
  Batch *b = NEW(Batch);
  b->heap_loc.kind = LK_HEAP;
  b->heap_loc.escapes = true;
  b->blank_loc.kind = LK_BLANK;
  b->mlevel = esc_mlevel;
  b->pkg = esc_pkg;
  for (int i = 0; i < fns->len; i++) init_func(b, fns->data[i]);
  for (int i = 0; i < fns->len; i++) {
    EscFn *fn = fns->data[i];
    if (!fn->outer) esc_walk_func(b, fn);
  }
  for (int i = 0; i < b->closures.len; i++) flow_closure(b, b->closures.data[i]);
  for (int i = 0; i < b->all_locs.len; i++) {
    Loc *l = b->all_locs.data[i];
    const char *why = esc_heap_alloc_reason(l);
    if (why) {
      Esc e = {b, l->curfn, 1};
      Hole k = hole_shift(esc_heap_hole(&e), -1);
      if (l->kind == LK_VAR) k = hole_note_str(k, l->name, l->pos, why);
      else k = hole_note_pos(k, l->n, l->pos, why);
      esc_flow(b, k, l);
    }
  }
  esc_walk_all(b);
  finish(b, fns);
}

/* ---- call graph: Tarjan's strongly connected components, callees first (gc's
 * VisitFuncsBottomUp) ---- */

typedef struct Tarjan {
  int gen;
  Vec stack;
  EscFn *cur;
  int min;
} Tarjan;

static int visit_fn(Tarjan *t, EscFn *fn);

static void visit_ref(Node *n, void *arg) {
  Tarjan *t = arg;
  if (!n) return;
  EscFn *callee = NULL;
  if (n->kind == N_IDENT && n->ident.obj && n->ident.obj->kind == OBJ_FUNC)
    callee = esc_fn_of_obj(n->ident.obj);
  else if (n->kind == N_SELECTOR && (n->selector.kind == SEL_METHOD ||
                                     n->selector.kind == SEL_METHODEXPR))
    callee = esc_fn_of_obj(n->selector.sel);
  else if (n->kind == N_FUNCLIT) {
    callee = esc_fn_of_lit(n);
    if (callee) {
      int m = visit_fn(t, callee);
      if (m < t->min) t->min = m;
    }
    return; /* the literal's body is visited as its own function */
  }
  if (callee) {
    int m = visit_fn(t, callee);
    if (m < t->min) t->min = m;
  }
  esc_visit_children(n, visit_ref, arg);
}

static int visit_fn(Tarjan *t, EscFn *fn) {
  if (fn->visit_id > 0) return fn->visit_id;
  int id = ++t->gen;
  fn->visit_id = id;
  int saved_min = t->min;
  t->min = ++t->gen;
  vec_push(&t->stack, fn);
  esc_visit_children(fn->body, visit_ref, t);
  int min = t->min;
  t->min = saved_min;
  if ((min == id || min == id + 1) && !fn->outer) {
    int i;
    for (i = t->stack.len - 1; i >= 0; i--) {
      EscFn *x = t->stack.data[i];
      x->visit_id = 0x7fffffff;
      if (x == fn) break;
    }
    Vec block = {0};
    for (int j = i; j < t->stack.len; j++) vec_push(&block, t->stack.data[j]);
    t->stack.len = i;
    batch(&block);
  }
  return min;
}

void esc_devirtualize(Node *decl);

/* //go:noescape before a body-less declaration: the parser keeps no pragmas, so look at the
 * comment lines between the previous declaration and this one in the source file. */
static const char *cached_path, *cached_src;
static bool has_noescape(Node *fd) {
  Pos p = fd->pos;
  if (!p.file || p.line <= 1) return false;
  if (cached_path != p.file) {
    FILE *f = fopen(p.file, "rb");
    if (!f) return false;
    StrBuf sb = {0};
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&sb, buf, n);
    fclose(f);
    cached_src = sb_arena(&sb);
    sb_free(&sb);
    cached_path = p.file;
  }
  /* split into lines up to the declaration's line */
  Vec lines = {0};
  const char *s = cached_src;
  for (int ln = 1; ln < p.line && s; ln++) {
    vec_push(&lines, (void *)s);
    s = strchr(s, '\n');
    if (s) s++;
  }
  for (int i = lines.len - 1; i >= 0; i--) {
    const char *l = lines.data[i];
    while (*l == ' ' || *l == '\t') l++;
    if (strncmp(l, "//go:noescape", 13) == 0) return true;
    if (*l == '\n' || *l == '\r' || *l == 0 || strncmp(l, "//", 2) == 0) continue;
    break;
  }
  return false;
}

void esc_devirtualize(Node *decl);

/* gc's staticinit: initializers made of constants, literals of constants, function
 * literals and addresses of such literals are laid out in the data segment; they generate no
 * code in init, hence no allocation sites. */
static bool static_value_init(Node *n) {
  n = esc_unparen(n);
  if (!n || n->val) return true;
  switch (n->kind) {
  case N_FUNCLIT: return true;
  case N_IDENT:
    return n->ident.obj && (n->ident.obj->kind == OBJ_FUNC || n->ident.obj->kind == OBJ_NIL ||
                            n->ident.obj->kind == OBJ_CONST);
  case N_SELECTOR: return n->selector.kind == SEL_PKG && n->selector.sel &&
                          n->selector.sel->kind == OBJ_FUNC;
  case N_UNARY: {
    Node *x = esc_unparen(n->unary.x);
    if (n->unary.op != OP_ADDR || x->kind != N_COMPOSITE) return false;
    Type *pt = esc_under(n->type);
    if (!x->type && pt && pt->kind == TY_POINTER) x->type = pt->elem; /* sema leaves &T{}'s unset */
    return static_value_init(x);
  }
  case N_CALL: {
    /* boxing a constant, or []byte/[]rune of a constant string, is static */
    if (n->call.how != CALL_CONVERSION || !n->call.args.len) return false;
    Node *x = esc_unparen(n->call.args.data[0]);
    Type *t = esc_under(n->type);
    return x->val && t && (t->kind == TY_INTERFACE || t->kind == TY_SLICE);
  }
  case N_COMPOSITE: {
    Type *t = esc_under(n->type);
    if (!t || t->kind == TY_MAP) return false;
    for (int i = 0; i < n->composite.elts.len; i++) {
      Node *el = n->composite.elts.data[i];
      if (el->kind == N_KEYVALUE) el = el->binary.y;
      if (!static_value_init(el)) return false;
    }
    return true;
  }
  default: return false;
  }
}

static bool static_init_assign(Node *a) {
  if (a->kind != N_ASSIGN || a->assign.lhs.len != 1 || a->assign.rhs.len != 1) return false;
  return static_value_init(a->assign.rhs.data[0]);
}

/* A literal laid out statically whose leaves are not all static: only those leaves are
 * computed in init (and stored into the global's static storage). */
static Vec static_composites;
bool esc_static_box(Node *n);
bool esc_static_box(Node *n) { /* a conversion of a concrete value to an interface */
  n = esc_unparen(n);
  if (!n || n->kind != N_CALL || n->call.how != CALL_CONVERSION || !n->call.args.len) return false;
  Node *x = esc_unparen(n->call.args.data[0]);
  return esc_is_interface(n->type) && x && x->type && !esc_is_interface(x->type) &&
         x->type->kind != TY_UNTYPED_NIL;
}
static bool static_shape(Node *n) {
  n = esc_unparen(n);
  if (!n) return false;
  if (esc_static_box(n)) return true; /* the boxed value gets static storage of its own */
  if (n->kind == N_UNARY && n->unary.op == OP_ADDR) n = esc_unparen(n->unary.x);
  if (n->kind != N_COMPOSITE) return false;
  Type *t = esc_under(n->type);
  return t && t->kind != TY_MAP;
}
bool esc_static_composite_init(Node *a);
bool esc_static_composite_init(Node *a) {
  for (int i = 0; i < static_composites.len; i++)
    if (static_composites.data[i] == a) return true;
  return false;
}

typedef struct GlobArg { Vec *out; } GlobArg;
static void glob_lits(Node *n, void *arg) {
  GlobArg *ga = arg;
  if (!n) return;
  if (n->kind == N_FUNCLIT) {
    EscFn *fn = esc_new_fn(n, NULL);
    vec_push(ga->out, fn);
    LitArg la = {fn};
    esc_visit_children(n->funclit.body, make_lits, &la);
    return;
  }
  esc_visit_children(n, glob_lits, arg);
}

static Package *sort_pkg;
static int file_index(const char *file) {
  for (int i = 0; i < sort_pkg->files.len; i++) {
    Node *f = sort_pkg->files.data[i];
    if (f->file.filename == file || (f->file.filename && file && !strcmp(f->file.filename, file)))
      return i;
    if (f->pos.file == file) return i;
  }
  return 0;
}
static int cmp_fn_pos(const void *a, const void *b) {
  const EscFn *x = *(EscFn *const *)a, *y = *(EscFn *const *)b;
  Pos p = x->decl->pos, q = y->decl->pos;
  int fx = file_index(p.file), fy = file_index(q.file);
  if (fx != fy) return fx < fy ? -1 : 1;
  if (p.line != q.line) return p.line < q.line ? -1 : 1;
  if (p.col != q.col) return p.col < q.col ? -1 : 1;
  return y->visit_id - x->visit_id; /* ids are -index-1 */
}
static void sort_by_position(Package *pkg, Vec *fns) {
  sort_pkg = pkg;
  for (int i = 0; i < fns->len; i++) ((EscFn *)fns->data[i])->visit_id = -i - 1; /* stable */
  if (fns->len > 1) qsort(fns->data, (size_t)fns->len, sizeof(void *), cmp_fn_pos);
  for (int i = 0; i < fns->len; i++) ((EscFn *)fns->data[i])->visit_id = 0;
}

void esc_analyze(Package *pkg, int mlevel) {
  print_level = mlevel;
  esc_mlevel = note_sink && mlevel < 2 ? 2 : mlevel;
  esc_pkg = pkg;
  lit_nodes.len = lit_fns.len = 0;
  nglob = 0;
  diag_notes_in_order();
  Vec fns = {0};
  for (int fi = 0; fi < pkg->files.len; fi++) {
    Node *file = pkg->files.data[fi];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind != N_FUNCDECL || !d->funcdecl.obj || !d->funcdecl.type) continue;
      /* gosub's own functions in C: their summaries are gc's, from stdlib.c */
      if (!d->funcdecl.body && pkg->origin == PKG_OWN) continue;
      if (d->funcdecl.obj->unavail) continue; /* left out of Go's source (sema/decl.c) */
      EscFn *fn = esc_new_fn(d, NULL);
      vec_push(&fns, fn);
      if (!d->funcdecl.body) {
        fn->noescape = has_noescape(d);
        continue;
      }
      LitArg la = {fn};
      esc_visit_children(fn->body, make_lits, &la);
    }
  }
  /* Package initializers: their function literals are functions of their own, analysed
   * first; the initializers themselves form the package's init function, analysed last. */
  Vec glob = {0};
  static_composites.len = 0;
  Node *init_body = ast_new(N_BLOCK, (Pos){0});
  for (int i = 0; i < pkg->init_order.len; i++) {
    Node *a = pkg->init_order.data[i];
    GlobArg ga0 = {&glob};
    esc_visit_children(a, glob_lits, &ga0);
    if (static_init_assign(a)) continue;
    if (a->kind == N_ASSIGN && a->assign.lhs.len == 1 && a->assign.rhs.len == 1 &&
        static_shape(a->assign.rhs.data[0]))
      vec_push(&static_composites, a);
    vec_push(&init_body->block.stmts, a);
  }
  /* gc orders package-initializer literals with the functions, by source position */
  for (int i = 0; i < glob.len; i++) vec_push(&fns, glob.data[i]);
  sort_by_position(pkg, &fns);
  if (init_body->block.stmts.len) {
    Node *d = ast_new(N_FUNCDECL, (Pos){0});
    d->funcdecl.name = ast_new(N_IDENT, (Pos){0});
    d->funcdecl.name->ident.name = intern("init");
    d->funcdecl.type = ast_new(N_FUNCTYPE, (Pos){0});
    d->funcdecl.body = init_body;
    vec_push(&fns, esc_new_fn(d, NULL));
  }
  static_defs.len = 0;
  for (int i = 0; i < fns.len; i++) prepass(((EscFn *)fns.data[i])->body, NULL);
  esc_devirtualize(NULL);
  for (int i = 0; i < fns.len; i++) esc_devirtualize(((EscFn *)fns.data[i])->decl);
  Tarjan t = {0};
  for (int i = 0; i < fns.len; i++) visit_fn(&t, fns.data[i]);
  if (esc_mlevel) esc_bounds_notes(pkg); /* gc's walk, after escape analysis */
}
