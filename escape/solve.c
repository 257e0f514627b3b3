/* solve.c — the solver (gc's solve.go): from every location (root), walk backwards along the
 * edges to everything that flows into it, keeping for each the minimum number of derefs. A
 * location reached with derefs -1 (its address) by a root that outlives it escapes; escaping
 * locations are roots again (the heap reaches whatever they reach). A parameter reached by a
 * root that outlives it records a leak in its summary. */
#include <string.h>

#include "escape_int.h"

static bool contains_closure(EscFn *f, EscFn *c) {
  if (f == c) return false;
  for (EscFn *x = c ? c->outer : NULL; x; x = x->outer)
    if (x == f) return true;
  return false;
}

/* Does l outlive other? (So other's address must not be stored in l.) */
bool esc_outlives(Batch *b, Loc *l, Loc *other) {
  if (l->escapes) return true;
  if (l->result_index) {
    /* a result of a closure called where it stands lives in the caller's frame */
    if (contains_closure(other->curfn, l->curfn) && l->curfn->closure_called) return false;
    return true;
  }
  if (l->curfn == other->curfn && l->loop_depth < other->loop_depth) return true;
  if (contains_closure(l->curfn, other->curfn)) return true;
  return false;
}

static void leak_to(Loc *l, Loc *sink, int derefs) {
  if (!sink->escapes && sink->result_index && sink->curfn == l->curfn) {
    int ri = sink->result_index - 1;
    if (ri < NUM_ESC_RESULTS) {
      leaks_add_result(&l->param_esc, ri, derefs);
      return;
    }
  }
  leaks_add_heap(&l->param_esc, derefs);
}

typedef struct Queue {
  Loc **data;
  int len, cap;
} Queue;

static void qpush(Queue *q, Loc *l) {
  if (q->len == q->cap) {
    q->cap = q->cap ? 2 * q->cap : 64;
    Loc **nd = arena_alloc(sizeof(Loc *) * (size_t)q->cap);
    if (q->len) memcpy(nd, q->data, sizeof(Loc *) * (size_t)q->len);
    q->data = nd;
  }
  q->data[q->len++] = l;
}

static void explain_path(Batch *b, Loc *root, Loc *src);

static void walk_one(Batch *b, Loc *root, unsigned walkgen, Queue *todo_all) {
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = NULL;
  Queue todo = {0};
  qpush(&todo, root);
  while (todo.len > 0) {
    Loc *l = todo.data[--todo.len];
    int derefs = l->derefs;
    bool address_of = derefs < 0;
    if (address_of) {
      derefs = 0;
      if (!root->transient && l->transient) {
        l->transient = false;
        if (!l->queued) { qpush(todo_all, l); l->queued = true; }
      }
    }
    if (esc_outlives(b, root, l)) {
      if (l->is_param) {
        if (esc_mlevel >= 2 && !l->escapes) {
          esc_note(2, l->pos, "parameter %s leaks to %s with derefs=%d:", l->name,
                    esc_explain_loc(b, root), derefs);
          explain_path(b, root, l);
        }
        leak_to(l, root, derefs);
      }
      if (address_of && !l->escapes) {
        if (esc_mlevel >= 2 && l->kind != LK_TEMP) {
          esc_note(2, l->pos, "%s escapes to heap:", esc_loc_string(l));
          explain_path(b, root, l);
        }
        l->escapes = true;
        if (!l->queued) { qpush(todo_all, l); l->queued = true; }
        continue;
      }
    }
    for (int i = 0; i < l->nedges; i++) {
      Edge *ed = &l->edges[i];
      if (ed->src->escapes) continue;
      int d = derefs + ed->derefs;
      if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
        ed->src->walkgen = walkgen;
        ed->src->derefs = d;
        ed->src->dst = l;
        ed->src->dst_edge_idx = i;
        qpush(&todo, ed->src);
      }
    }
  }
}

void esc_walk_all(Batch *b) {
  Queue todo = {0};
  for (int i = 0; i < b->all_locs.len; i++) {
    Loc *l = b->all_locs.data[i];
    if (!l->queued) { qpush(&todo, l); l->queued = true; }
  }
  if (!b->heap_loc.queued) { qpush(&todo, &b->heap_loc); b->heap_loc.queued = true; }
  unsigned walkgen = 0;
  while (todo.len > 0) {
    Loc *root = todo.data[--todo.len];
    root->queued = false;
    walk_one(b, root, ++walkgen, &todo);
  }
}

/* ---- -m=2 explanations ---- */

const char *esc_explain_loc(Batch *b, Loc *l) {
  if (l == &b->heap_loc) return "{heap}";
  if (l->kind == LK_TEMP || l->kind == LK_BLANK) return "{temp}";
  if (l->kind == LK_VAR) return l->name ? l->name : "{temp}";
  return arena_printf("{storage for %s}", esc_loc_string(l));
}

static const char *fmt_pos(Pos p) {
  if (p.col >= 255) return arena_printf("%s:%d", p.file ? p.file : "?", p.line); /* see diag */
  return arena_printf("%s:%d:%d", p.file ? p.file : "?", p.line, p.col);
}

void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes) {
  char ops[64];
  if (derefs < 0) strcpy(ops, "&");
  else {
    int n = derefs < 60 ? derefs : 60;
    memset(ops, '*', (size_t)n);
    ops[n] = 0;
  }
  esc_note(2, pos, "  flow: %s = %s%s:", esc_explain_loc(b, dst), ops, esc_explain_loc(b, src));
  for (Note *nt = notes; nt; nt = nt->next)
    esc_note(2, pos, "    from %s (%s) at %s",
              nt->what ? nt->what : nt->where ? esc_node_string(nt->where) : "?", nt->why,
              fmt_pos(nt->pos));
}

static void explain_path(Batch *b, Loc *root, Loc *src) {
  Pos pos = src->pos;
  Vec visited = {0};
  for (;;) {
    for (int i = 0; i < visited.len; i++)
      if (visited.data[i] == src) {
        esc_note(2, pos, "  warning: truncated explanation due to assignment cycle; see "
                       "golang.org/issue/35518");
        return;
      }
    vec_push(&visited, src);
    Loc *dst = src->dst;
    if (!dst) return;
    Edge *ed = &dst->edges[src->dst_edge_idx];
    esc_explain_flow(b, pos, dst, src, ed->derefs, ed->notes);
    if (dst == root) return;
    src = dst;
  }
}
