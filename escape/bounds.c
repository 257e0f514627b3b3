/* bounds.c — gc's one -m message that comes after escape analysis: "index bounds check
 * elided", printed by gc's walk (walk/expr.go walkIndex) for an index into an array (or a
 * pointer to one) or into a constant string whose non-constant index provably fits (walk.go
 * bounded):
 *
 *     const hex = "0123456789abcdef"
 *     var t [64]int
 *     _ = hex[k&0xf]      // index bounds check elided (x & 15 < 16)
 *     _ = t[u>>58]        // index bounds check elided (uint64 >> 58 < 64)
 *     _ = t[i]            // nothing: i may be anything
 *
 * gc prints these while walking each function, after all escape messages: the top-level
 * functions in source order, each followed by its closures (a stack: the last closure first,
 * then its own closures), and within a function in evaluation order. */
#include "escape_int.h"

static bool small_int(Node *n, int64_t *v) {
  n = esc_unparen(n);
  if (!n || !n->val || n->val->kind != CV_INT) return false;
  if (n->val->i < INT32_MIN || n->val->i > INT32_MAX) return false;
  *v = (int64_t)n->val->i;
  return true;
}

/* gc's bounded(n, max): must the integer n be in [0, max)? */
static bool bounded(Node *n, int64_t max) {
  n = esc_unparen(n);
  Type *t = n ? esc_under(n->type) : NULL;
  if (!t || t->kind < TY_INT || t->kind > TY_UINTPTR) return false;
  bool sign = t->kind <= TY_INT64;
  int bits = (int)(8 * type_size(t));
  int64_t v;
  if (small_int(n, &v)) return 0 <= v && v < max;
  if (n->kind == N_BINARY) {
    switch (n->binary.op) {
    case OP_AND: case OP_ANDNOT:
      v = -1;
      if (small_int(n->binary.x, &v)) {
      } else if (small_int(n->binary.y, &v)) {
        if (n->binary.op == OP_ANDNOT) {
          v = ~v;
          if (!sign) v &= bits >= 64 ? -1 : ((int64_t)1 << bits) - 1;
        }
      }
      if (0 <= v && v < max) return true;
      break;
    case OP_REM:
      if (!sign && small_int(n->binary.y, &v) && 0 <= v && v <= max) return true;
      break;
    case OP_DIV:
      if (!sign && small_int(n->binary.y, &v))
        for (; bits > 0 && v >= 2; v >>= 1) bits--;
      break;
    case OP_SHR:
      if (!sign && small_int(n->binary.y, &v)) {
        if (v > bits) return true;
        bits -= (int)v;
      }
      break;
    default: break;
    }
  }
  return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

static void check_index(Node *n) {
  Node *idx = esc_unparen(n->index.index);
  if (!idx || idx->val) return;
  Node *x = esc_unparen(n->index.x);
  Type *t = esc_under(x->type);
  if (t && t->kind == TY_POINTER) t = esc_under(t->elem);
  int64_t max = -1;
  if (t && t->kind == TY_ARRAY) max = t->len;
  else if (x->val && x->val->kind == CV_STRING) max = (int64_t)x->val->slen;
  if (max >= 0 && bounded(idx, max)) esc_note(1, n->pos, "index bounds check elided");
}

typedef struct Walk { Vec *closures; } Walk;

extern void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);
static void visit(Node *n, void *arg) {
  Walk *w = arg;
  if (!n) return;
  if (n->kind == N_FUNCLIT) { /* walked after its function */
    vec_push(w->closures, n);
    return;
  }
  if (n->val) return; /* constants: no code */
  esc_visit_children(n, visit, arg);
  if (n->kind == N_INDEX) check_index(n);
}

static void walk_fn(Node *body) {
  Vec stack = {0};
  Walk w = {&stack};
  esc_visit_children(body, visit, &w);
  while (stack.len) {
    Node *lit = stack.data[--stack.len];
    Vec mine = {0};
    Walk wl = {&mine};
    esc_visit_children(lit->funclit.body, visit, &wl);
    for (int i = 0; i < mine.len; i++) vec_push(&stack, mine.data[i]);
  }
}

void esc_bounds_notes(Package *pkg) {
  for (int fi = 0; fi < pkg->files.len; fi++) {
    Node *file = pkg->files.data[fi];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind == N_FUNCDECL && d->funcdecl.body) walk_fn(d->funcdecl.body);
    }
  }
}
