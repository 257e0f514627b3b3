/* typexpr.c — type expressions (Spec: Types): names, pointers, arrays, slices, maps, channels,
 * function signatures, structs (embedded fields) and interfaces (embedding, method sets sorted
 * by name); method receivers. */
#include "sema_int.h"

#include <stdlib.h>
#include <string.h>

bool is_blank(Node *id) { return id && id->kind == N_IDENT && id->ident.name == intern("_"); }

static Type *not_a_type(Node *e, Scope *s) {
  Operand x;
  expr_or_type(&x, e, s);
  if (x.mode == M_TYPE) return x.type;
  if (x.mode == M_INVALID && e->kind == N_IDENT && e->ident.obj && e->ident.obj->kind != OBJ_TYPE &&
      e->ident.obj->kind != OBJ_PKG) {
    diag_error(e->pos, "%s is not a type", e->ident.name);
    return ty_invalid;
  }
  if (x.mode == M_NOVALUE) diag_error(spos(e), "%s used as type", operand_string(&x));
  else if (x.mode != M_INVALID)
    diag_error(spos(e), "%s is not a type",
               e->kind == N_IDENT || e->kind == N_SELECTOR ? operand_string(&x) : expr_string(e));
  return ty_invalid;
}

/* Spec: Array types — the length is a non-negative constant representable by int */
static int64_t array_len(Node *len, Scope *s) {
  Operand x;
  if (len->kind == N_IDENT) {
    Object *o = scope_lookup(s, len->ident.name);
    if (!o) {
      diag_error(len->pos, "undefined array length %s or missing type constraint", len->ident.name);
      return 0;
    }
    if (o->kind != OBJ_CONST) {
      diag_error(len->pos, "invalid array length %s", len->ident.name);
      return 0;
    }
  }
  expr(&x, len, s);
  if (x.mode == M_INVALID) return 0;
  if (x.mode != M_CONST) {
    diag_error(spos(len), "array length %s must be constant", operand_string(&x));
    return 0;
  }
  if (type_is_untyped(x.type) || type_is_integer(x.type)) {
    int64_t n;
    ConstVal *v;
    int why;
    if (x.val->kind == CV_INT || (x.val->kind == CV_FLOAT && x.val->f == (long double)(int64_t)x.val->f)) {
      if (cv_representable(x.val, ty_int, &v, &why) && cv_to_int64(v, &n)) {
        if (n >= 0) {
          if (type_is_untyped(x.type)) set_final_type(len, ty_int);
          return n;
        }
        diag_error(spos(len), "invalid array length %s", operand_string(&x));
        return 0;
      }
    }
  }
  diag_error(spos(len), "%s must be integer", operand_string(&x));
  return 0;
}

static int cmp_method(const void *a, const void *b) {
  const Method *x = *(Method *const *)a, *y = *(Method *const *)b;
  return strcmp(x->name, y->name);
}

static void add_iface_method(Type *t, Method *m, Pos pos, Vec *poss, bool explicit_) {
  for (int i = 0; i < t->methods.len; i++) {
    Method *o = t->methods.data[i];
    if (o->name == m->name) {
      if (explicit_ || !type_identical(o->type, m->type)) {
        Pos *p = poss->data[i];
        diag_error(pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s", m->name,
                   p->file, p->line, p->col, m->name);
      }
      return;
    }
  }
  vec_push(&t->methods, m);
  Pos *pp = NEW(Pos);
  *pp = pos;
  vec_push(poss, pp);
}

static Type *interface_type(Node *e, Scope *s) {
  Type *t = type_new(TY_INTERFACE);
  Vec poss = {0};
  for (int i = 0; i < e->fields.list.len; i++) {
    Node *f = e->fields.list.data[i];
    if (f->field.names.len) {
      Node *name = f->field.names.data[0];
      Method *m = NEW(Method);
      m->name = name->ident.name;
      m->pkg = chk->path;
      m->type = func_sig(f->field.type, NULL, s, NULL);
      add_iface_method(t, m, name->pos, &poss, true);
      continue;
    }
    Type *et = type_expr(f->field.type, s);
    if (!type_valid(et)) continue;
    Type *eu = type_under(et);
    if (eu->kind != TY_INTERFACE) {
      if (et->kind == TY_NAMED && !et->underlying) {
        Object *o = et->obj;
        diag_error(o->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s",
                   o->name, o->pos.file, o->pos.line, o->pos.col, o->name, o->pos.file,
                   o->pos.line, o->pos.col, o->name);
      }
      else
        diag_error(spos(f->field.type), "cannot use %s as interface (type sets are not supported by gosub)", tstr(et));
      continue;
    }
    vec_push(&t->embeddeds, et);
    for (int k = 0; k < eu->methods.len; k++)
      add_iface_method(t, eu->methods.data[k], spos(f->field.type), &poss, false);
  }
  if (t->methods.len > 1)
    qsort(t->methods.data, (size_t)t->methods.len, sizeof(void *), cmp_method);
  type_layout(t);
  return t;
}

static const char *embedded_name(Node *t) {
  while (t->kind == N_PAREN) t = t->unary.x;
  if (t->kind == N_STAR) t = t->unary.x;
  if (t->kind == N_SELECTOR) return t->selector.name;
  if (t->kind == N_IDENT) return t->ident.name;
  return intern("?");
}

static Type *struct_type(Node *e, Scope *s) {
  Type *t = type_new(TY_STRUCT);
  for (int i = 0; i < e->fields.list.len; i++) {
    Node *f = e->fields.list.data[i];
    Type *ft = type_expr(f->field.type, s);
    if (f->field.names.len == 0) {
      Field *fl = NEW(Field);
      fl->name = embedded_name(f->field.type);
      fl->type = ft;
      fl->embedded = true;
      fl->pkg = chk->path;
      fl->tag = f->field.tag;
      fl->pos = spos(f->field.type);
      fl->exported = fl->name[0] >= 'A' && fl->name[0] <= 'Z';
      Type *base = ft->kind == TY_POINTER ? ft->elem : ft;
      if (ft->kind == TY_POINTER && type_valid(base) && type_under(base)->kind == TY_POINTER)
        diag_error(fl->pos, "embedded field type cannot be a pointer");
      else if (ft->kind == TY_POINTER && type_is_interface(base))
        diag_error(fl->pos, "embedded field type cannot be a pointer to an interface");
      vec_push(&t->fields, fl);
      continue;
    }
    for (int k = 0; k < f->field.names.len; k++) {
      Node *name = f->field.names.data[k];
      Field *fl = NEW(Field);
      fl->name = name->ident.name;
      fl->type = ft;
      fl->pkg = chk->path;
      fl->tag = f->field.tag;
      fl->pos = name->pos;
      fl->exported = fl->name[0] >= 'A' && fl->name[0] <= 'Z';
      vec_push(&t->fields, fl);
    }
  }
  for (int i = 0; i < t->fields.len; i++) {
    Field *a = t->fields.data[i];
    if (a->name == intern("_")) continue;
    for (int k = 0; k < i; k++) {
      Field *b = t->fields.data[k];
      if (a->name == b->name) {
        diag_error(a->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s", a->name,
                   b->pos.file, b->pos.line, b->pos.col, a->name);
        break;
      }
    }
  }
  type_layout(t);
  return t;
}

/* Parameter or result list: one type per name (or one for an unnamed field). */
static void field_types(Vec *fields, Scope *s, Vec *out, bool *variadic, bool params, Vec *names) {
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    Node *te = f->field.type;
    Type *t;
    if (te && te->kind == N_ELLIPSIS) {
      if (!params || i != fields->len - 1 || f->field.names.len > 1) {
        diag_error(te->pos, "can only use ... with final parameter in list");
      }
      t = type_slice(te->unary.x ? type_expr(te->unary.x, s) : ty_invalid);
      if (params) *variadic = true;
    } else {
      t = type_expr(te, s);
    }
    int n = f->field.names.len ? f->field.names.len : 1;
    for (int k = 0; k < n; k++) {
      vec_push(out, t);
      vec_push(names, f->field.names.len ? (void *)((Node *)f->field.names.data[k])->ident.name : NULL);
    }
  }
}

Type *func_sig(Node *ftype, Node *recv, Scope *s, Scope *declscope) {
  (void)recv;
  (void)declscope;
  Type *t = type_new(TY_FUNC);
  if (!ftype || ftype->kind != N_FUNCTYPE) return t;
  field_types(&ftype->functype.params, s, &t->params, &t->variadic, true, &t->pnames);
  field_types(&ftype->functype.results, s, &t->results, &t->variadic, false, &t->pnames);
  if (!declscope) {
    /* in signatures without bodies, duplicate names are still errors */
    Vec ids = {0};
    for (int pass = 0; pass < 2; pass++) {
      Vec *fl = pass ? &ftype->functype.results : &ftype->functype.params;
      for (int i = 0; i < fl->len; i++) {
        Node *f = fl->data[i];
        for (int k = 0; k < f->field.names.len; k++) vec_push(&ids, f->field.names.data[k]);
      }
    }
    for (int i = 0; i < ids.len; i++) {
      Node *a = ids.data[i];
      if (is_blank(a)) continue;
      for (int k = 0; k < i; k++) {
        Node *b = ids.data[k];
        if (b->ident.name == a->ident.name) {
          diag_error(a->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                     a->ident.name, b->pos.file, b->pos.line, b->pos.col, a->ident.name);
          break;
        }
      }
    }
  }
  type_layout(t);
  return t;
}

/* Spec: Method declarations — the receiver base type is a defined type of this package and not
 * a pointer or interface type. */
Type *recv_type(Node *recv, Scope *s) {
  Node *te = recv->field.type;
  Pos rp = recv->field.names.len ? ((Node *)recv->field.names.data[0])->pos : spos(te);
  Type *t = type_expr(te, s);
  if (!type_valid(t)) return t;
  Type *base = t->kind == TY_POINTER ? t->elem : t;
  if (base->kind != TY_NAMED || !base->obj || base->obj->pkg != chk->path) {
    if (type_is_basic(base) || (base->obj && base->obj->pkg != chk->path))
      diag_error(rp, "cannot define new methods on non-local type %s", tstr(base));
    else
      diag_error(rp, "invalid receiver type %s", tstr(t));
    return ty_invalid;
  }
  Type *u = type_under(base);
  if (u->kind == TY_POINTER || u->kind == TY_INTERFACE) {
    diag_error(rp, "invalid receiver type %s (pointer or interface type)", tstr(base));
    return ty_invalid;
  }
  return t;
}

/* map key types that were still incomplete when the map type was built */
static Vec later_keys;

void check_later_map_keys(void) {
  for (int i = 0; i + 1 < later_keys.len; i += 2) {
    Type *k = later_keys.data[i];
    Node *ke = later_keys.data[i + 1];
    if (type_valid(type_under(k)) && !type_comparable(k))
      diag_error(spos(ke), "invalid map key type %s", tstr(k));
  }
  later_keys.len = 0;
}

/* ---- invalid recursive types: a named type containing itself by value ---- */
static Vec cycles_reported;

static bool pos_before(Pos a, Pos b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static void report_cycle(Vec *path, int from) {
  int n = path->len - from;
  for (int i = from; i < path->len; i++)
    for (int k = 0; k < cycles_reported.len; k++)
      if (cycles_reported.data[k] == path->data[i]) return;
  int first = from;
  for (int i = from; i < path->len; i++) {
    Type *t = path->data[i];
    vec_push(&cycles_reported, t);
    if (pos_before(t->obj->pos, ((Type *)path->data[first])->obj->pos)) first = i;
  }
  StrBuf sb = {0};
  Type *t0 = path->data[first];
  sb_printf(&sb, "invalid recursive type %s", t0->obj->name);
  int i = first;
  for (int k = 0; k < n; k++) {
    Object *o = ((Type *)path->data[i])->obj;
    sb_printf(&sb, "\n\t%s:%d:%d: %s refers to", o->pos.file, o->pos.line, o->pos.col, o->name);
    if (++i >= path->len) i = from;
  }
  Object *o = ((Type *)path->data[i])->obj;
  sb_printf(&sb, "\n\t%s:%d:%d: %s", o->pos.file, o->pos.line, o->pos.col, o->name);
  diag_error(t0->obj->pos, "%s", sb.buf);
  sb_free(&sb);
}

static void valid_walk(Type *t, Vec *path) {
  if (!t) return;
  if (t->kind == TY_NAMED) {
    for (int i = 0; i < path->len; i++)
      if (path->data[i] == t) { report_cycle(path, i); return; }
    if (!t->underlying || path->len > 64) return;
    vec_push(path, t);
    valid_walk(t->underlying, path);
    path->len--;
    return;
  }
  if (t->kind == TY_STRUCT)
    for (int i = 0; i < t->fields.len; i++) valid_walk(((Field *)t->fields.data[i])->type, path);
  else if (t->kind == TY_ARRAY)
    valid_walk(t->elem, path);
}

void valid_type(Type *named) {
  Vec path = {0};
  valid_walk(named, &path);
}

Type *type_expr(Node *e, Scope *s) {
  if (!e) return ty_invalid;
  Type *t = NULL;
  switch (e->kind) {
  case N_PAREN: t = type_expr(e->unary.x, s); break;
  case N_STAR: t = type_pointer(type_expr(e->unary.x, s)); type_layout(t); break;
  case N_ARRAYTYPE:
    if (!e->arraytype.len) {
      t = type_slice(type_expr(e->arraytype.elem, s));
    } else if (e->arraytype.len->kind == N_ELLIPSIS) {
      diag_error(e->arraytype.len->pos, "invalid use of [...] array (outside a composite literal)");
      type_expr(e->arraytype.elem, s);
      t = ty_invalid;
    } else {
      int64_t n = array_len(e->arraytype.len, s);
      t = type_array(type_expr(e->arraytype.elem, s), n);
    }
    type_layout(t);
    break;
  case N_MAPTYPE: {
    Type *k = type_expr(e->maptype.key, s), *v = type_expr(e->maptype.value, s);
    /* checked once all types are complete (the key may still be under construction) */
    if (type_valid(k)) {
      vec_push(&later_keys, k);
      vec_push(&later_keys, e->maptype.key);
    }
    t = type_map(k, v);
    type_layout(t);
    break;
  }
  case N_CHANTYPE: t = type_chan(type_expr(e->chantype.elem, s), e->chantype.dir); type_layout(t); break;
  case N_FUNCTYPE: t = func_sig(e, NULL, s, NULL); break;
  case N_STRUCTTYPE: t = struct_type(e, s); break;
  case N_INTERFACETYPE: t = interface_type(e, s); break;
  case N_IDENT: case N_SELECTOR: t = not_a_type(e, s); break;
  case N_ELLIPSIS:
    diag_error(e->pos, "invalid use of ...");
    t = ty_invalid;
    break;
  default: t = not_a_type(e, s); break;
  }
  e->type = t;
  return t;
}
