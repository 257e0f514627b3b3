/* graph.c — the escape graph: locations (one per variable and per allocation site), holes
 * (where a value flows, with a deref count) and weighted edges (gc's graph.go and leaks.go).
 *
 *   p = &q   edge q -> p with derefs -1
 *   p = q    edge q -> p with derefs  0
 *   p = *q   edge q -> p with derefs  1
 *
 * A flow whose destination already escapes and which takes an address marks the source as
 * escaping at once; every other flow is recorded as an edge for solve.c's walk. */
#include <stdlib.h>
#include <string.h>

#include "escape_int.h"

/* ---- leak summaries ---- */

static int lget(const Leaks *l, int i) { return (int)l->v[i] - 1; }
static void lset(Leaks *l, int i, int derefs) {
  int v = derefs + 1;
  if (v < 0) fatal("invalid derefs count %d", derefs);
  if (v > 255) v = 255;
  l->v[i] = (uint8_t)v;
}
static void ladd(Leaks *l, int i, int derefs) {
  int old = lget(l, i);
  if (old < 0 || derefs < old) lset(l, i, derefs);
}
int leaks_heap(const Leaks *l) { return lget(l, 0); }
int leaks_result(const Leaks *l, int i) { return lget(l, 1 + i); }
void leaks_add_heap(Leaks *l, int derefs) { ladd(l, 0, derefs); }
void leaks_add_result(Leaks *l, int i, int derefs) { ladd(l, 1 + i, derefs); }
bool leaks_empty(const Leaks *l) {
  for (int i = 0; i <= NUM_ESC_RESULTS; i++)
    if (l->v[i]) return false;
  return true;
}

/* A result leak at least as deep as the heap leak says nothing new. */
void leaks_optimize(Leaks *l) {
  int x = leaks_heap(l);
  if (x < 0) return;
  for (int i = 0; i < NUM_ESC_RESULTS; i++)
    if (leaks_result(l, i) >= x) l->v[1 + i] = 0;
}

/* ---- types ---- */

Type *esc_under(Type *t) { return t ? type_under(t) : NULL; }

bool esc_is_interface(Type *t) {
  t = esc_under(t);
  return t && t->kind == TY_INTERFACE;
}

bool esc_has_pointers(Type *t) {
  if (!t) return false;
  Type *u = esc_under(t);
  if (u->kind >= TY_UNTYPED_BOOL && u->kind <= TY_UNTYPED_NIL) return u->kind == TY_UNTYPED_STRING;
  return type_has_pointers(t);
}

/* gc's types.IsDirectIface: values stored directly in an interface's data word. */
bool esc_is_direct_iface(Type *t) {
  Type *u = esc_under(t);
  if (!u) return false;
  switch (u->kind) {
  case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR: return true;
  case TY_ARRAY: return u->len == 1 && esc_is_direct_iface(u->elem);
  case TY_STRUCT:
    return u->fields.len == 1 && esc_is_direct_iface(((Field *)u->fields.data[0])->type);
  default: return false;
  }
}

/* ---- locations ---- */

Loc *esc_new_loc(Esc *e, LocKind kind, Node *n, bool transient) {
  Loc *l = NEW(Loc);
  l->kind = kind;
  l->n = n;
  if (n) l->pos = n->pos;
  l->curfn = e->curfn;
  l->loop_depth = e->loop_depth;
  l->transient = transient;
  vec_push(&e->b->all_locs, l);
  return l;
}

Loc *esc_old_loc(Object *o) { return o ? (Loc *)o->esc : NULL; }

Loc *esc_var_loc(Esc *e, Object *o) {
  if (o->esc) return o->esc;
  Loc *l = esc_new_loc(e, LK_VAR, NULL, false);
  l->var = o;
  l->name = o->name;
  l->pos = o->pos;
  o->esc = l;
  return l;
}

/* ---- holes ---- */

Hole esc_hole(Loc *l) { return (Hole){.dst = l}; }
Hole esc_heap_hole(Esc *e) { return esc_hole(&e->b->heap_loc); }
Hole esc_discard_hole(Esc *e) { return esc_hole(&e->b->blank_loc); }

Hole hole_note_pos(Hole k, Node *where, Pos pos, const char *why) {
  if (esc_mlevel >= 2) {
    Note *nt = NEW(Note);
    nt->next = k.notes;
    nt->where = where;
    nt->pos = pos;
    nt->why = why;
    k.notes = nt;
  }
  return k;
}
Hole hole_note_str(Hole k, const char *what, Pos pos, const char *why) {
  k = hole_note_pos(k, NULL, pos, why);
  if (k.notes) k.notes->what = what;
  return k;
}
Hole hole_note(Hole k, Node *where, const char *why) {
  return hole_note_pos(k, where, where ? where->pos : (Pos){0}, why);
}

Hole hole_shift(Hole k, int delta) {
  k.derefs += delta;
  if (k.derefs < -1) fatal("derefs underflow: %d", k.derefs);
  k.addrtaken = delta < 0;
  return k;
}
Hole hole_deref(Hole k, Node *where, const char *why) {
  return hole_note(hole_shift(k, 1), where, why);
}
Hole hole_addr(Hole k, Node *where, const char *why) {
  return hole_note(hole_shift(k, -1), where, why);
}
Hole hole_dottype(Hole k, Type *t, Node *where, const char *why) {
  if (!esc_is_interface(t) && !esc_is_direct_iface(t)) k = hole_shift(k, 1);
  return hole_note(k, where, why);
}

static void add_edge(Loc *dst, Loc *src, int derefs, Note *notes) {
  if (dst->nedges == dst->capedges) {
    dst->capedges = dst->capedges ? 2 * dst->capedges : 4;
    Edge *ne = arena_alloc(sizeof(Edge) * (size_t)dst->capedges);
    if (dst->nedges) memcpy(ne, dst->edges, sizeof(Edge) * (size_t)dst->nedges);
    dst->edges = ne;
  }
  dst->edges[dst->nedges++] = (Edge){src, derefs, notes};
}

void esc_flow(Batch *b, Hole k, Loc *src) {
  if (k.addrtaken) src->addrtaken = true;
  Loc *dst = k.dst;
  if (dst == &b->blank_loc) return;
  if (dst == src && k.derefs >= 0) return; /* dst = dst, dst = *dst, ... */
  if (dst->escapes && k.derefs < 0) {     /* dst = &src */
    if (esc_mlevel >= 2 && !src->escapes && src->kind != LK_TEMP) {
      esc_note(2, src->pos, "%s escapes to heap:", esc_loc_string(src));
      esc_explain_flow(b, src->pos, dst, src, k.derefs, k.notes);
    }
    src->escapes = true;
    return;
  }
  add_edge(dst, src, k.derefs, k.notes);
}

/* teeHole: one hole that flows into all of ks. */
Hole esc_tee(Esc *e, Hole *ks, int n) {
  if (n == 0) return esc_discard_hole(e);
  if (n == 1) return ks[0];
  Loc *loc = esc_new_loc(e, LK_TEMP, NULL, true);
  for (int i = 0; i < n; i++) {
    if (ks[i].derefs < 0) fatal("teeHole: negative derefs");
    esc_flow(e->b, ks[i], loc);
  }
  return esc_hole(loc);
}

/* later: a hole for a value that is used later (e.g. by a deferred call at loop depth 1). */
Hole esc_later(Esc *e, Hole k) {
  Loc *loc = esc_new_loc(e, LK_TEMP, NULL, false);
  esc_flow(e->b, k, loc);
  return esc_hole(loc);
}

/* spill: allocate storage for n; its address flows to k. */
Hole esc_spill_at(Esc *e, Hole k, Node *n, Pos pos) {
  Loc *loc = esc_new_loc(e, LK_EXPR, n, true);
  loc->pos = pos;
  esc_flow(e->b, hole_note_pos(hole_shift(k, -1), n, pos, "spill"), loc);
  return esc_hole(loc);
}
Hole esc_spill(Esc *e, Hole k, Node *n) { return esc_spill_at(e, k, n, n->pos); }
