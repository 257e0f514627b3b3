/* types.c — type construction, identity, predicates, printing (types2's message spelling and
 * the runtime's %T spelling) and sizes/alignments/offsets on 64-bit targets. */
#include "sema_int.h"

#include <string.h>

static int next_type_id = 1;
static Vec all_types;

Type *type_new(TypeKind k) {
  Type *t = NEW(Type);
  t->kind = k;
  t->size = -1;
  t->align = -1;
  t->id = next_type_id++;
  if (k >= TY_ARRAY) vec_push(&all_types, t);
  return t;
}

void type_register(Type *t) { (void)t; }

/* Package.types: every composite or named type created so far */
void sema_collect_types(Package *pkg) {
  for (int i = 0; i < all_types.len; i++) {
    Type *t = all_types.data[i];
    if (type_valid(t)) vec_push(&pkg->types, t);
  }
}

Type *type_slice(Type *elem) {
  Type *t = type_new(TY_SLICE);
  t->elem = elem;
  return t;
}
Type *type_pointer(Type *elem) {
  Type *t = type_new(TY_POINTER);
  t->elem = elem;
  return t;
}
Type *type_array(Type *elem, int64_t n) {
  Type *t = type_new(TY_ARRAY);
  t->elem = elem;
  t->len = n;
  return t;
}
Type *type_map(Type *k, Type *v) {
  Type *t = type_new(TY_MAP);
  t->key = k;
  t->elem = v;
  return t;
}
Type *type_chan(Type *elem, ChanDir d) {
  Type *t = type_new(TY_CHAN);
  t->elem = elem;
  t->dir = d;
  return t;
}
Type *type_tuple(Vec *elems) {
  Type *t = type_new(TY_TUPLE);
  if (elems) t->results = *elems;
  return t;
}
/* the results of sig as a tuple (names kept for messages) */
Type *type_results_tuple(Type *sig) {
  Type *t = type_tuple(&sig->results);
  for (int i = 0; i < sig->results.len; i++) {
    int k = sig->params.len + i;
    vec_push(&t->pnames, k < sig->pnames.len ? sig->pnames.data[k] : NULL);
  }
  return t;
}

Type *type_func(Vec *params, Vec *results, bool variadic) {
  Type *t = type_new(TY_FUNC);
  if (params) t->params = *params;
  if (results) t->results = *results;
  t->variadic = variadic;
  return t;
}

Type *type_under(Type *t) {
  if (!t) return ty_invalid;
  if (t->kind == TY_NAMED) return t->underlying ? t->underlying : ty_invalid;
  return t;
}

bool type_valid(Type *t) { return t && t->kind != TY_INVALID; }

/* ---- predicates ---- */
static TypeKind ukind(Type *t) { return type_under(t)->kind; }
bool type_is_integer(Type *t) {
  TypeKind k = ukind(t);
  return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}
bool type_is_unsigned(Type *t) {
  TypeKind k = ukind(t);
  return k >= TY_UINT && k <= TY_UINTPTR;
}
bool type_is_float(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}
bool type_is_complex(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}
bool type_is_string(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_STRING || k == TY_UNTYPED_STRING;
}
bool type_is_boolean(Type *t) {
  TypeKind k = ukind(t);
  return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}
bool type_is_numeric(Type *t) {
  return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}
bool type_is_untyped(Type *t) {
  return t && ((t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL) ||
               t->kind == TY_UNTYPED_COMPLEX);
}
bool type_is_interface(Type *t) { return ukind(t) == TY_INTERFACE; }
bool type_is_basic(Type *t) {
  return t && ((t->kind >= TY_BOOL && t->kind <= TY_UNTYPED_NIL) || t->kind == TY_UNTYPED_COMPLEX);
}
bool type_is_named(Type *t) { return t && (t->kind == TY_NAMED || type_is_basic(t)); }
bool type_is_const_type(Type *t) {
  TypeKind k = ukind(t);
  return (k >= TY_BOOL && k <= TY_STRING) || (k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_STRING) ||
         k == TY_UNTYPED_COMPLEX;
}
bool type_is_ordered(Type *t) {
  return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}
bool type_has_nil(Type *t) {
  switch (ukind(t)) {
  case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
  case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
    return true;
  default:
    return false;
  }
}

/* Spec: Comparison operators — comparable types */
static bool comparable_depth(Type *t, int depth);
bool type_comparable(Type *t) { return comparable_depth(t, 0); }

static bool comparable_depth(Type *t, int depth) {
  Type *u = type_under(t);
  if (depth > 64) return true; /* invalid recursive types */
  switch (u->kind) {
  case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
  case TY_ARRAY: return comparable_depth(u->elem, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < u->fields.len; i++)
      if (!comparable_depth(((Field *)u->fields.data[i])->type, depth + 1)) return false;
    return true;
  case TY_INVALID: return true;
  default: return u->kind != TY_UNTYPED_NIL;
  }
}

Type *type_default(Type *t) {
  if (!t) return t;
  switch (t->kind) {
  case TY_UNTYPED_BOOL: return ty_bool;
  case TY_UNTYPED_INT: return ty_int;
  case TY_UNTYPED_RUNE: return ty_rune;
  case TY_UNTYPED_FLOAT: return ty_float64;
  case TY_UNTYPED_COMPLEX: return ty_complex128;
  case TY_UNTYPED_STRING: return ty_string;
  default: return t;
  }
}

/* ---- Spec: Type identity ---- */
static bool vec_types_identical(Vec *a, Vec *b) {
  if (a->len != b->len) return false;
  for (int i = 0; i < a->len; i++)
    if (!type_identical(a->data[i], b->data[i])) return false;
  return true;
}

bool type_identical(Type *a, Type *b) {
  if (a == b) return true;
  if (!a || !b) return false;
  if (a->kind != b->kind) return false;
  if (type_is_basic(a)) return true; /* byte == uint8, rune == int32 */
  switch (a->kind) {
  case TY_NAMED: return false;
  case TY_ARRAY: return a->len == b->len && type_identical(a->elem, b->elem);
  case TY_SLICE: case TY_POINTER: return type_identical(a->elem, b->elem);
  case TY_MAP: return type_identical(a->key, b->key) && type_identical(a->elem, b->elem);
  case TY_CHAN: return a->dir == b->dir && type_identical(a->elem, b->elem);
  case TY_FUNC:
    return a->variadic == b->variadic && vec_types_identical(&a->params, &b->params) &&
           vec_types_identical(&a->results, &b->results);
  case TY_TUPLE: return vec_types_identical(&a->results, &b->results);
  case TY_STRUCT:
    if (a->fields.len != b->fields.len) return false;
    for (int i = 0; i < a->fields.len; i++) {
      Field *x = a->fields.data[i], *y = b->fields.data[i];
      if (x->name != y->name || x->embedded != y->embedded ||
          (!x->exported && x->pkg != y->pkg) ||
          !type_identical(x->type, y->type))
        return false;
      if ((x->tag ? x->tag : "")[0] != (y->tag ? y->tag : "")[0] ||
          strcmp(x->tag ? x->tag : "", y->tag ? y->tag : "") != 0)
        return false;
    }
    return true;
  case TY_INTERFACE:
    if (a->methods.len != b->methods.len) return false;
    for (int i = 0; i < a->methods.len; i++) {
      Method *x = a->methods.data[i], *y = b->methods.data[i];
      if (x->name != y->name || !type_identical(x->type, y->type)) return false;
      if (!(x->name[0] >= 'A' && x->name[0] <= 'Z') && x->pkg != y->pkg) return false;
    }
    return true;
  default: return false;
  }
}

/* ---- printing ---- */
static void write_type(StrBuf *sb, Type *t, bool msg);

static const char *pname(Type *t, int i, bool msg) {
  if (!msg || i >= t->pnames.len) return NULL;
  return t->pnames.data[i];
}

static void write_sig(StrBuf *sb, Type *t, bool msg) {
  sb_putc(sb, '(');
  for (int i = 0; i < t->params.len; i++) {
    if (i) sb_puts(sb, msg ? ", " : ", ");
    Type *p = t->params.data[i];
    const char *nm = pname(t, i, msg);
    if (nm) sb_printf(sb, "%s ", nm);
    if (t->variadic && i == t->params.len - 1 && p->kind == TY_SLICE) {
      sb_puts(sb, "...");
      p = p->elem;
    }
    write_type(sb, p, msg);
  }
  sb_putc(sb, ')');
  int np = t->params.len;
  if (t->results.len == 1 && !pname(t, np, msg)) {
    sb_putc(sb, ' ');
    write_type(sb, t->results.data[0], msg);
  } else if (t->results.len >= 1) {
    sb_puts(sb, " (");
    for (int i = 0; i < t->results.len; i++) {
      if (i) sb_puts(sb, ", ");
      const char *nm = pname(t, np + i, msg);
      if (nm) sb_printf(sb, "%s ", nm);
      write_type(sb, t->results.data[i], msg);
    }
    sb_putc(sb, ')');
  }
}

static void write_named(StrBuf *sb, Type *t, bool msg) {
  Object *o = t->obj;
  if (!o) { sb_puts(sb, "?"); return; }
  if (o->pkg && (!msg || !chk || o->pkg != chk->path)) {
    const char *p = o->pkg, *slash = strrchr(p, '/');
    sb_puts(sb, slash ? slash + 1 : p);
    sb_putc(sb, '.');
  }
  sb_puts(sb, o->name);
}

static void write_type(StrBuf *sb, Type *t, bool msg) {
  if (!t) { sb_puts(sb, "invalid type"); return; }
  if (type_is_basic(t)) {
    if (!msg && t->kind == TY_UINT8) sb_puts(sb, "uint8");
    else if (!msg && t->kind == TY_INT32) sb_puts(sb, "int32");
    else sb_puts(sb, t->obj->name);
    return;
  }
  switch (t->kind) {
  case TY_INVALID: sb_puts(sb, "invalid type"); break;
  case TY_NAMED: write_named(sb, t, msg); break;
  case TY_ARRAY: sb_printf(sb, "[%lld]", (long long)t->len); write_type(sb, t->elem, msg); break;
  case TY_SLICE: sb_puts(sb, "[]"); write_type(sb, t->elem, msg); break;
  case TY_POINTER: sb_putc(sb, '*'); write_type(sb, t->elem, msg); break;
  case TY_MAP:
    sb_puts(sb, "map[");
    write_type(sb, t->key, msg);
    sb_putc(sb, ']');
    write_type(sb, t->elem, msg);
    break;
  case TY_CHAN: {
    bool paren = false;
    if (t->dir == CHAN_SEND) sb_puts(sb, "chan<- ");
    else if (t->dir == CHAN_RECV) sb_puts(sb, "<-chan ");
    else {
      sb_puts(sb, "chan ");
      paren = t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
    }
    if (paren) sb_putc(sb, '(');
    write_type(sb, t->elem, msg);
    if (paren) sb_putc(sb, ')');
    break;
  }
  case TY_FUNC: sb_puts(sb, "func"); write_sig(sb, t, msg); break;
  case TY_TUPLE:
    sb_putc(sb, '(');
    for (int i = 0; i < t->results.len; i++) {
      if (i) sb_puts(sb, ", ");
      if (msg && i < t->pnames.len && t->pnames.data[i]) sb_printf(sb, "%s ", (char *)t->pnames.data[i]);
      write_type(sb, t->results.data[i], msg);
    }
    sb_putc(sb, ')');
    break;
  case TY_STRUCT:
    sb_puts(sb, msg ? "struct{" : "struct {");
    for (int i = 0; i < t->fields.len; i++) {
      Field *f = t->fields.data[i];
      sb_puts(sb, i ? "; " : (msg ? "" : " "));
      if (!f->embedded) {
        sb_puts(sb, f->name);
        sb_putc(sb, ' ');
      }
      write_type(sb, f->type, msg);
      if (f->tag && f->tag[0]) sb_printf(sb, " \"%s\"", f->tag);
    }
    sb_puts(sb, msg ? "}" : (t->fields.len ? " }" : "}"));
    break;
  case TY_INTERFACE:
    if (msg && t == ty_any) { sb_puts(sb, "any"); break; }
    sb_puts(sb, msg ? "interface{" : "interface {");
    for (int i = 0; i < t->methods.len; i++) {
      Method *m = t->methods.data[i];
      sb_puts(sb, i ? "; " : (msg ? "" : " "));
      sb_puts(sb, m->name);
      write_sig(sb, m->type, msg);
    }
    sb_puts(sb, msg ? "}" : (t->methods.len ? " }" : "}"));
    break;
  default: sb_puts(sb, "?"); break;
  }
}

const char *type_string(Type *t) {
  StrBuf sb = {0};
  write_type(&sb, t, false);
  char *s = sb_arena(&sb);
  sb_free(&sb);
  return s;
}

const char *tstr(Type *t) {
  StrBuf sb = {0};
  write_type(&sb, t, true);
  char *s = sb_arena(&sb);
  sb_free(&sb);
  return s;
}

/* ---- sizes and alignments (gc, 64-bit) ---- */
static int64_t align_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

void type_layout(Type *t) {
  if (!t || t->size >= 0) return;
  switch (t->kind) {
  case TY_BOOL: case TY_INT8: case TY_UINT8: case TY_UNTYPED_BOOL: t->size = t->align = 1; break;
  case TY_INT16: case TY_UINT16: t->size = t->align = 2; break;
  case TY_INT32: case TY_UINT32: case TY_FLOAT32: case TY_UNTYPED_RUNE:
    t->size = t->align = 4; break;
  case TY_COMPLEX64: t->size = 8; t->align = 4; break;
  case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: t->size = 16; t->align = 8; break;
  case TY_STRING: case TY_UNTYPED_STRING: case TY_INTERFACE: t->size = 16; t->align = 8; break;
  case TY_SLICE: t->size = 24; t->align = 8; break;
  case TY_INVALID: case TY_TUPLE: t->size = 0; t->align = 1; break;
  case TY_NAMED:
    if (!t->underlying) return;
    t->size = -2; /* cycle guard */
    type_layout(t->underlying);
    t->size = t->underlying->size;
    t->align = t->underlying->align;
    break;
  case TY_ARRAY:
    t->size = -2;
    type_layout(t->elem);
    t->size = t->elem->size < 0 ? 0 : t->elem->size * t->len;
    t->align = t->elem->align < 1 ? 1 : t->elem->align;
    break;
  case TY_STRUCT: {
    t->size = -2;
    int64_t off = 0, al = 1;
    for (int i = 0; i < t->fields.len; i++) {
      Field *f = t->fields.data[i];
      type_layout(f->type);
      int64_t fa = f->type->align < 1 ? 1 : f->type->align;
      int64_t fs = f->type->size < 0 ? 0 : f->type->size;
      off = align_up(off, fa);
      f->offset = off;
      off += fs;
      if (fa > al) al = fa;
    }
    /* gc pads a struct ending in a zero-size field so &last does not point past the end */
    if (t->fields.len && off > 0) {
      Field *last = t->fields.data[t->fields.len - 1];
      if (last->type->size == 0) off++;
    }
    t->size = align_up(off, al);
    t->align = al;
    break;
  }
  default: t->size = t->align = 8; break;
  }
}

int64_t type_size(Type *t) {
  type_layout(t);
  return t && t->size >= 0 ? t->size : 0;
}
int64_t type_align(Type *t) {
  type_layout(t);
  return t && t->align > 0 ? t->align : 1;
}

static bool has_pointers_depth(Type *t, int depth);
bool type_has_pointers(Type *t) { return has_pointers_depth(t, 0); }

static bool has_pointers_depth(Type *t, int depth) {
  Type *u = type_under(t);
  if (depth > 64) return false;
  switch (u->kind) {
  case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
  case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_STRING:
    return true;
  case TY_ARRAY: return u->len > 0 && has_pointers_depth(u->elem, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < u->fields.len; i++)
      if (has_pointers_depth(((Field *)u->fields.data[i])->type, depth + 1)) return true;
    return false;
  default: return false;
  }
}
