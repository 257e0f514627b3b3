/* access.c — expressions that reach into values: selectors (fields, promoted fields and
 * methods, method values and expressions, package members), index and slice expressions,
 * type assertions, pointer indirection, composite literals and function literals. */
#include "sema_int.h"

#include <string.h>

/* func literal names, gc style: main.f.func1, main.f.func1.1, main.glob..func1 */
typedef struct LitName { Node *lit; const char *name; } LitName;
static Vec lit_names;

const char *sema_funclit_name(Node *lit) {
  for (int i = lit_names.len - 1; i >= 0; i--) {
    LitName *ln = lit_names.data[i];
    if (ln->lit == lit) return ln->name;
  }
  return "main.func?";
}

static const char *func_link(Node *decl);
void access_expr(Operand *x, Node *e, Scope *s, Type *hint);

/* ---- Spec: Selectors ---- */
static int method_index(Type *named, Method *m) {
  for (int i = 0; i < named->methods.len; i++) if (named->methods.data[i] == m) return i;
  return -1;
}

static void pkg_selector(Operand *x, Node *e, Object *po) {
  Checker *ip = SX(po)->imported;
  const char *name = e->selector.name;
  po->used = true;
  if (!ip) {
    /* in Go's library source: leaves the declaration using it out (decl.c) */
    if (SX(po)->import_why) diag_error(e->selector.namepos, "%s", SX(po)->import_why);
    x->mode = M_INVALID;
    return;
  }
  e->selector.x->ident.obj = po;
  e->selector.x->type = ty_invalid;
  Object *m = scope_lookup_local(ip->scope, name);
  if (!m && ip->path == intern("reflect") && (name[0] >= 'A' && name[0] <= 'Z')) {
    /* gosub's reflect is a small part of Go's (sema/prelude/reflect.go) */
    diag_error(e->selector.namepos, "reflect.%s is not supported by gosub", name);
    x->mode = M_INVALID;
    return;
  }
  if (!m) {
    diag_error(e->selector.namepos, "undefined: %s.%s", po->name, name);
    x->mode = M_INVALID;
    return;
  }
  /* gc knows an unexported name only when the package's export data holds it (an inline
   * body refers to it: export.c), and then says so */
  if (!(name[0] >= 'A' && name[0] <= 'Z')) {
    if (sema_export_knows(ip, name))
      diag_error(e->selector.namepos, "%s not exported by package %s", name, ip->name);
    else
      diag_error(e->selector.namepos, "undefined: %s.%s", po->name, name);
    x->mode = M_INVALID;
    return;
  }
  resolve_obj(m);
  if (m->unavail) { /* left out of Go's library source (decl.c) */
    if (sema_std_checking()) diag_error(e->selector.namepos, "%s", m->unavail);
    else diag_error(e->selector.namepos, "%s.%s is not supported by gosub: %s", po->name, name, m->unavail);
    x->mode = M_INVALID;
    return;
  }
  e->selector.kind = SEL_PKG;
  e->selector.sel = m;
  x->type = m->type;
  switch (m->kind) {
  case OBJ_VAR: x->mode = M_VAR; break;
  case OBJ_CONST: x->mode = M_CONST; x->val = m->val; break;
  case OBJ_TYPE: x->mode = M_TYPE; break;
  case OBJ_FUNC: x->mode = M_VALUE; break;
  case OBJ_BUILTIN: x->mode = M_BUILTIN; x->builtin = m->builtin; break;
  default: x->mode = M_INVALID; break;
  }
}

static Type *method_expr_type(Type *recv, Type *sig) {
  Type *t = type_new(TY_FUNC);
  vec_push(&t->params, recv);
  for (int i = 0; i < sig->params.len; i++) vec_push(&t->params, sig->params.data[i]);
  t->results = sig->results;
  t->variadic = sig->variadic;
  type_layout(t);
  return t;
}

static Node *root_var(Node *n) {
  for (;;) {
    if (n->kind == N_PAREN) n = n->unary.x;
    else if (n->kind == N_SELECTOR && n->selector.kind == SEL_FIELD &&
             type_under(n->selector.x->type)->kind != TY_POINTER)
      n = n->selector.x;
    else if (n->kind == N_INDEX && type_under(n->index.x->type)->kind == TY_ARRAY)
      n = n->index.x;
    else break;
  }
  return n;
}

static void selector(Operand *x, Node *e, Scope *s) {
  const char *name = e->selector.name;
  Node *xe = e->selector.x;
  if (xe->kind == N_IDENT) {
    Object *o = scope_lookup(s, xe->ident.name);
    if (o && o->kind == OBJ_PKG) { pkg_selector(x, e, o); return; }
  }
  expr_or_type(x, xe, s);
  if (x->mode == M_INVALID) return;
  if (x->mode == M_NOVALUE || x->mode == M_BUILTIN) {
    op_error(x, x->mode == M_BUILTIN ? "%s must be called" : "%s used as value", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  if (x->type && x->type->kind == TY_TUPLE) {
    op_error(x, "multiple-value %s in single-value context", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  if (x->mode == M_CONST || x->mode == M_NIL) set_final_type(xe, type_default(x->type));
  Selection sel;
  LookupResult r = lookup_field_or_method(x->type, x->mode == M_VAR, name, &sel);
  if (r == LK_AMBIGUOUS) {
    diag_error(e->selector.namepos, "ambiguous selector %s.%s", expr_string(xe), name);
    x->mode = M_INVALID;
    return;
  }
  if (r == LK_NOTFOUND) {
    if (x->mode == M_TYPE)
      diag_error(e->selector.namepos, "%s.%s undefined (type %s has no method %s)",
                 expr_string(xe), name, tstr(x->type), name);
    else if (x->type->kind == TY_POINTER && type_is_interface(x->type->elem))
      diag_error(e->selector.namepos, "%s.%s undefined (type %s is pointer to interface, not interface)",
                 expr_string(xe), name, tstr(x->type));
    else
      diag_error(e->selector.namepos, "%s.%s undefined (type %s has no field or method %s)",
                 expr_string(xe), name, tstr(x->type), name);
    x->mode = M_INVALID;
    return;
  }
  if ((sel.kind == SEL_METHOD || sel.kind == SEL_METHODEXPR) && sel.obj && sel.obj->unavail) {
    /* a method left out of Go's library source (decl.c) */
    if (sema_std_checking() && SX(sel.obj)->chk == chk)
      diag_error(e->selector.namepos, "%s", sel.obj->unavail);
    else
      diag_error(e->selector.namepos, "%s.%s is not supported by gosub: %s", tstr(x->type),
                 name, sel.obj->unavail);
    x->mode = M_INVALID;
    return;
  }
  e->selector.path = sel.path;
  e->selector.index = sel.index;
  e->selector.sel = sel.obj;
  if (x->mode == M_TYPE) {
    if (sel.kind == SEL_FIELD) {
      diag_error(e->selector.namepos, "%s.%s undefined (type %s has no method %s)",
                 expr_string(xe), name, tstr(x->type), name);
      x->mode = M_INVALID;
      return;
    }
    if (sel.kind == SEL_METHOD && sel.ptr_recv && !sel.indirect) {
      diag_error(e->selector.namepos, "cannot call pointer method %s on %s", name, tstr(x->type));
      x->mode = M_INVALID;
      return;
    }
    e->selector.kind = SEL_METHODEXPR;
    if (sel.kind == SEL_METHOD) {
      Type *base = x->type->kind == TY_POINTER ? x->type->elem : x->type;
      (void)base;
      record_use(sel.obj);
    }
    x->mode = M_VALUE;
    x->type = method_expr_type(x->type, sel.type);
    return;
  }
  switch (sel.kind) {
  case SEL_FIELD:
    e->selector.kind = SEL_FIELD;
    x->mode = (x->mode == M_VAR || sel.indirect) ? M_VAR : M_VALUE;
    x->type = sel.type;
    break;
  case SEL_METHOD: {
    e->selector.kind = SEL_METHOD;
    bool isptr = x->type->kind == TY_POINTER;
    if (sel.ptr_recv && !sel.indirect && !isptr && x->mode != M_VAR) {
      diag_error(e->selector.namepos, "cannot call pointer method %s on %s", name, tstr(x->type));
      x->mode = M_INVALID;
      return;
    }
    if (sel.ptr_recv && !sel.indirect && !isptr) {
      Node *root = root_var(xe);
      if (root->kind == N_IDENT && root->ident.obj) root->ident.obj->addrtaken = true;
    }
    /* index of the method in its named type */
    Type *rt = sel.obj && sel.obj->recv ? sel.obj->recv : NULL;
    if (rt && rt->kind == TY_POINTER) rt = rt->elem;
    if (rt && rt->kind == TY_NAMED) e->selector.index = method_index(rt, sel.method);
    record_use(sel.obj);
    x->mode = M_VALUE;
    x->type = sel.type;
    break;
  }
  case SEL_IFACEMETHOD:
    e->selector.kind = SEL_IFACEMETHOD;
    x->mode = M_VALUE;
    x->type = sel.type;
    break;
  default: x->mode = M_INVALID; break;
  }
  x->val = NULL;
}

/* ---- Spec: Index expressions ---- */
/* check an index operand; returns its constant value or -1; max < 0: no bound */
static int64_t index_value(Node *ie, Scope *s, int64_t max, const char *what) {
  Operand x;
  expr(&x, ie, s);
  if (x.mode == M_INVALID) return -2;
  convert_untyped(&x, ty_int);
  if (x.mode == M_INVALID) return -2;
  if (!type_is_integer(x.type)) {
    op_error(&x, "invalid argument: %s %s must be integer", what, operand_string(&x));
    return -2;
  }
  if (x.mode != M_CONST) return -1;
  int64_t v;
  if (!cv_to_int64(x.val, &v)) {
    op_error(&x, "invalid argument: %s %s overflows int", what, operand_string(&x));
    return -2;
  }
  if (v < 0) {
    op_error(&x, "invalid argument: %s %s must not be negative", what, operand_string(&x));
    return -2;
  }
  if (max >= 0 && v >= max) {
    op_error(&x, "invalid argument: %s %s out of bounds [0:%lld]", what, cv_string_repr(x.val),
             (long long)max);
    return -2;
  }
  return v;
}

static void index_expr(Operand *x, Node *e, Scope *s) {
  expr(x, e->index.x, s);
  if (x->mode == M_INVALID) { expr(&(Operand){0}, e->index.index, s); return; }
  Type *u = type_under(x->type);
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING: {
    int64_t len = x->mode == M_CONST ? (int64_t)x->val->slen : -1;
    if (type_is_untyped(x->type)) set_final_type(e->index.x, ty_string);
    index_value(e->index.index, s, len, "index");
    x->mode = M_VALUE;
    x->type = ty_byte;
    x->val = NULL;
    return;
  }
  case TY_ARRAY:
    index_value(e->index.index, s, u->len, "index");
    if (x->mode != M_VAR) x->mode = M_VALUE;
    x->type = u->elem;
    return;
  case TY_POINTER:
    if (type_under(u->elem)->kind == TY_ARRAY) {
      Type *a = type_under(u->elem);
      index_value(e->index.index, s, a->len, "index");
      x->mode = M_VAR;
      x->type = a->elem;
      return;
    }
    break;
  case TY_SLICE:
    index_value(e->index.index, s, -1, "index");
    x->mode = M_VAR;
    x->type = u->elem;
    return;
  case TY_MAP: {
    Operand k;
    expr(&k, e->index.index, s);
    assignment(&k, u->key, "map index");
    if (k.mode != M_INVALID) e->index.index = k.expr;
    x->mode = M_MAPINDEX;
    x->type = u->elem;
    x->val = NULL;
    return;
  }
  default: break;
  }
  diag_error(e->pos, "invalid operation: cannot index %s", operand_string(x));
  expr(&(Operand){0}, e->index.index, s);
  x->mode = M_INVALID;
}

/* ---- Spec: Slice expressions ---- */
static void slice_expr(Operand *x, Node *e, Scope *s) {
  expr(x, e->slice.x, s);
  if (x->mode == M_INVALID) return;
  Type *u = type_under(x->type);
  int64_t len = -1;
  bool valid = false;
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    if (e->slice.slice3) {
      diag_error(spos(e->slice.max ? e->slice.max : e), "invalid operation: 3-index slice of string");
      x->mode = M_INVALID;
      return;
    }
    if (x->mode == M_CONST) len = (int64_t)x->val->slen;
    if (type_is_untyped(x->type)) {
      set_final_type(e->slice.x, ty_string);
      x->type = ty_string;
    }
    x->mode = M_VALUE;
    x->val = NULL;
    valid = true;
    break;
  case TY_ARRAY:
    if (x->mode != M_VAR) {
      op_error(x, "invalid operation: %s (slice of unaddressable value)", operand_string(x));
      x->mode = M_INVALID;
      return;
    }
    {
      Node *root = root_var(e->slice.x);
      if (root->kind == N_IDENT && root->ident.obj) root->ident.obj->addrtaken = true;
    }
    len = u->len;
    x->mode = M_VALUE;
    x->type = type_slice(u->elem);
    type_layout(x->type);
    valid = true;
    break;
  case TY_POINTER:
    if (type_under(u->elem)->kind == TY_ARRAY) {
      Type *a = type_under(u->elem);
      len = a->len;
      x->mode = M_VALUE;
      x->type = type_slice(a->elem);
      type_layout(x->type);
      valid = true;
    }
    break;
  case TY_SLICE: x->mode = M_VALUE; valid = true; break;
  default: break;
  }
  if (!valid) {
    op_error(x, "cannot slice %s", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  Node *idx[3] = {e->slice.lo, e->slice.hi, e->slice.max};
  int64_t vals[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++) {
    if (!idx[i]) continue;
    vals[i] = index_value(idx[i], s, len >= 0 ? len + 1 : -1, "index");
  }
  for (int i = 0; i < 3; i++) {
    if (vals[i] < 0) continue;
    for (int j = i + 1; j < 3; j++) {
      if (vals[j] >= 0 && vals[j] < vals[i]) {
        diag_error(spos(idx[j]), "invalid slice indices: %lld < %lld",
                   (long long)vals[j], (long long)vals[i]);
        return;
      }
    }
  }
}

/* ---- Spec: Type assertions ---- */
static void type_assert(Operand *x, Node *e, Scope *s) {
  expr(x, e->typeassert.x, s);
  if (x->mode == M_INVALID) return;
  if (!e->typeassert.type) {
    diag_error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    x->mode = M_INVALID;
    return;
  }
  if (!type_is_interface(x->type)) {
    op_error(x, "invalid operation: %s is not an interface", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  Type *T = type_expr(e->typeassert.type, s);
  if (!type_valid(T)) { x->mode = M_INVALID; return; }
  if (!type_is_interface(T)) {
    char *reason = NULL;
    if (!implements(T, x->type, &reason)) {
      const char *r = reason ? strstr(reason, " (") : NULL;
      diag_error(spos(e), "impossible type assertion: %s\n\t%s does not implement %s%s",
                 expr_string(e), tstr(T), tstr(x->type), r ? r : "");
      x->mode = M_INVALID;
      return;
    }
  }
  x->mode = M_COMMAOK;
  x->type = T;
  x->val = NULL;
}

/* ---- Spec: Address operators / pointer indirection ---- */
static void star(Operand *x, Node *e, Scope *s) {
  expr_or_type(x, e->unary.x, s);
  if (x->mode == M_INVALID) return;
  if (x->mode == M_TYPE) {
    x->type = type_pointer(x->type);
    type_layout(x->type);
    return;
  }
  if (x->mode == M_NIL) {
    op_error(x, "invalid operation: cannot indirect nil");
    x->mode = M_INVALID;
    return;
  }
  if (x->mode == M_NOVALUE || x->mode == M_BUILTIN || (x->type && x->type->kind == TY_TUPLE)) {
    op_error(x, "%s used as value", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  Type *u = type_under(x->type);
  if (u->kind != TY_POINTER) {
    op_error(x, "invalid operation: cannot indirect %s", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  x->mode = M_VAR;
  x->type = u->elem;
  x->val = NULL;
}

/* ---- Spec: Composite literals ---- */
static void elem_value(Node **slot, Type *T, Scope *s, const char *ctx) {
  Operand y;
  Node *v = *slot;
  if (v->kind == N_COMPOSITE && !v->composite.type && strcmp(ctx, "struct literal") != 0) {
    memset(&y, 0, sizeof y);
    y.expr = v;
    access_expr(&y, v, s, T);
    if (y.mode == M_INVALID) y.type = ty_invalid;
    v->type = y.type;
    v->val = NULL;
  } else {
    expr(&y, v, s);
  }
  assignment(&y, T, ctx);
  if (y.mode != M_INVALID) *slot = y.expr;
}

static void struct_lit(Node *e, Type *base, Scope *s) {
  Type *u = type_under(base);
  Vec *elts = &e->composite.elts;
  if (!elts->len) return;
  Node *first = elts->data[0];
  if (first->kind == N_KEYVALUE) {
    bool *seen = arena_alloc(sizeof(bool) * (size_t)(u->fields.len + 1));
    for (int i = 0; i < elts->len; i++) {
      Node *kv = elts->data[i];
      if (kv->kind != N_KEYVALUE) {
        diag_error(spos(kv), "mixture of field:value and value elements in struct literal");
        continue;
      }
      Node *key = kv->binary.x;
      if (key->kind != N_IDENT) {
        expr(&(Operand){0}, kv->binary.y, s);
        diag_error(spos(kv), "invalid field name %s in struct literal", expr_string(key));
        continue;
      }
      int fi = -1;
      for (int k = 0; k < u->fields.len; k++)
        if (((Field *)u->fields.data[k])->name == key->ident.name && !is_blank(key)) fi = k;
      if (fi < 0) {
        expr(&(Operand){0}, kv->binary.y, s);
        diag_error(key->pos, "unknown field '%s' in struct literal of type %s", key->ident.name,
                   tstr(base));
        continue;
      }
      Field *f = u->fields.data[fi];
      Object *fo = obj_new(OBJ_VAR, f->name, f->pos, f->type);
      key->ident.obj = fo;
      key->type = f->type;
      elem_value(&kv->binary.y, f->type, s, "struct literal");
      kv->type = f->type;
      if (seen[fi]) {
        diag_error(spos(kv), "duplicate field name %s in struct literal", key->ident.name);
        continue;
      }
      seen[fi] = true;
    }
    return;
  }
  for (int i = 0; i < elts->len; i++) {
    Node *v = elts->data[i];
    if (v->kind == N_KEYVALUE) {
      diag_error(spos(v), "mixture of field:value and value elements in struct literal");
      continue;
    }
    if (i >= u->fields.len) {
      Operand y;
      expr(&y, v, s);
      op_error(&y, "too many values in %s{…}", tstr(base));
      break;
    }
    Field *f = u->fields.data[i];
    if (!f->exported && base->kind == TY_NAMED && base->obj && base->obj->pkg != chk->path) {
      Operand y;
      expr(&y, v, s);
      op_error(&y, "implicit assignment to unexported field %s in %s literal", f->name, tstr(base));
      continue;
    }
    elem_value((Node **)&elts->data[i], f->type, s, "struct literal");
  }
  if (elts->len < u->fields.len) diag_error(e->composite.rbrace, "too few values in %s{…}", tstr(base));
}

/* arrays and slices: returns the length (max index + 1) */
static int64_t indexed_elts(Vec *elts, Type *elem, int64_t length, Scope *s) {
  int64_t index = 0, max = 0;
  ConstSet seen = {0};
  for (int i = 0; i < elts->len; i++) {
    Node *v = elts->data[i];
    Node **vslot = (Node **)&elts->data[i];
    bool valid = true;
    if (v->kind == N_KEYVALUE) {
      Operand k;
      expr(&k, v->binary.x, s);
      valid = false;
      ConstVal *kv = NULL;
      int why;
      if (k.mode == M_CONST && (type_is_integer(k.type) || type_is_untyped(k.type)) &&
          cv_representable(k.val, ty_int, &kv, &why)) {
        int64_t n;
        if (cv_to_int64(kv, &n) && n >= 0) {
          index = n;
          valid = true;
          if (type_is_untyped(k.type)) set_final_type(v->binary.x, ty_int);
        } else {
          op_error(&k, "invalid argument: index %s must not be negative", operand_string(&k));
        }
      } else if (k.mode != M_INVALID) {
        diag_error(spos(v->binary.x), "index %s must be integer constant", expr_string(v->binary.x));
      }
      vslot = &v->binary.y;
    }
    if (valid) {
      if (length >= 0 && index >= length) {
        diag_error(spos(v), "index %lld is out of bounds (>= %lld)", (long long)index,
                   (long long)length);
      } else {
        if (constset_add(&seen, cv_int(index), NULL, v))
          diag_error(spos(v), "duplicate index %lld in array or slice literal", (long long)index);
      }
    }
    elem_value(vslot, elem, s, "array or slice literal");
    if (v->kind == N_KEYVALUE) v->type = elem;
    index++;
    if (index > max) max = index;
  }
  return max;
}

static void map_lit(Node *e, Type *mt, Scope *s) {
  Vec *elts = &e->composite.elts;
  ConstSet keys = {0};
  for (int i = 0; i < elts->len; i++) {
    Node *kv = elts->data[i];
    if (kv->kind != N_KEYVALUE) {
      diag_error(spos(kv), "missing key in map literal");
      expr(&(Operand){0}, kv, s);
      continue;
    }
    elem_value(&kv->binary.x, mt->key, s, "map literal");
    Node *k = kv->binary.x;
    if (k->kind == N_CALL && k->implicit && k->call.args.len == 1) k = k->call.args.data[0];
    if (k->val && constset_add(&keys, k->val, k->type, k)) {
      Operand ko = {M_CONST, k->type, k->val, k, 0};
      op_error(&ko, "duplicate key %s in map literal", cv_string_repr(k->val));
    }
    elem_value(&kv->binary.y, mt->elem, s, "map literal");
    kv->type = mt->elem;
  }
}

static void composite(Operand *x, Node *e, Scope *s, Type *hint) {
  Type *typ = NULL, *base = NULL;
  Node *te = e->composite.type;
  if (te && te->kind == N_ARRAYTYPE && te->arraytype.len && te->arraytype.len->kind == N_ELLIPSIS) {
    Type *elem = type_expr(te->arraytype.elem, s);
    int64_t n = indexed_elts(&e->composite.elts, elem, -1, s);
    typ = type_array(elem, n);
    type_layout(typ);
    te->type = typ;
    x->mode = M_VALUE;
    x->type = typ;
    return;
  }
  if (te) {
    typ = type_expr(te, s);
    base = typ;
  } else if (hint) {
    typ = hint;
    base = typ;
    if (type_under(typ)->kind == TY_POINTER) base = type_under(typ)->elem;
  } else {
    diag_error(spos(e), "missing type in composite literal");
    x->mode = M_INVALID;
    return;
  }
  if (!type_valid(typ)) {
    use_exprs(&e->composite.elts, s);
    x->mode = M_INVALID;
    return;
  }
  Type *u = type_under(base);
  switch (u->kind) {
  case TY_STRUCT: struct_lit(e, base, s); break;
  case TY_ARRAY: indexed_elts(&e->composite.elts, u->elem, u->len, s); break;
  case TY_SLICE: indexed_elts(&e->composite.elts, u->elem, -1, s); break;
  case TY_MAP: map_lit(e, u, s); break;
  default:
    diag_error(spos(e), "invalid composite literal type %s", tstr(typ));
    for (int i = 0; i < e->composite.elts.len; i++) {
      Node *v = e->composite.elts.data[i];
      if (v->kind == N_KEYVALUE) v = v->binary.y;
      if (v->kind != N_COMPOSITE) expr(&(Operand){0}, v, s);
    }
    x->mode = M_INVALID;
    return;
  }
  x->mode = M_VALUE;
  x->type = typ;
}

/* ---- Spec: Function literals ---- */
static const char *func_link(Node *decl) {
  if (!decl) return "main.glob.";
  if (decl->kind == N_FUNCLIT) return sema_funclit_name(decl);
  return sema_link_name(decl->funcdecl.obj);
}

static void func_lit(Operand *x, Node *e, Scope *s) {
  Type *sig = func_sig(e->funclit.type, NULL, s, NULL);
  e->funclit.type->type = sig;
  FuncCtx *outer = chk->fn;
  Node *od = outer ? outer->decl : NULL;
  static Vec counters_keys, counters_vals;
  int *ctr = NULL;
  for (int i = 0; i < counters_keys.len; i++)
    if (counters_keys.data[i] == (void *)(od ? od : (Node *)chk)) ctr = counters_vals.data[i];
  if (!ctr) {
    ctr = arena_alloc(sizeof(int));
    vec_push(&counters_keys, od ? (void *)od : (void *)chk);
    vec_push(&counters_vals, ctr);
  }
  e->funclit.id = ++*ctr;
  LitName *ln = NEW(LitName);
  ln->lit = e;
  if (!od) ln->name = arena_printf("%s.glob..func%d", chk->path, e->funclit.id);
  else if (od->kind == N_FUNCLIT) ln->name = arena_printf("%s.%d", func_link(od), e->funclit.id);
  else ln->name = arena_printf("%s.func%d", func_link(od), e->funclit.id);
  vec_push(&lit_names, ln);
  if (outer && outer->top) vec_push(&outer->top->funcdecl.funclits, e);
  func_body(e, e->funclit.type, e->funclit.body, sig, s);
  x->mode = M_VALUE;
  x->type = sig;
}

void access_expr(Operand *x, Node *e, Scope *s, Type *hint) {
  x->expr = e;
  switch (e->kind) {
  case N_SELECTOR: selector(x, e, s); break;
  case N_INDEX: index_expr(x, e, s); break;
  case N_SLICE: slice_expr(x, e, s); break;
  case N_TYPEASSERT: type_assert(x, e, s); break;
  case N_STAR: star(x, e, s); break;
  case N_COMPOSITE: composite(x, e, s, hint); break;
  case N_FUNCLIT: func_lit(x, e, s); break;
  default:
    diag_error(spos(e), "%s is not an expression", ast_kind_names[e->kind]);
    x->mode = M_INVALID;
    break;
  }
  x->expr = e;
}
