/* assign.c — declarations and assignments shared by package level and function bodies:
 * constant declarations with iota and implicit repetition (Spec: Constant declarations, Iota),
 * variable declarations (Spec: Variable declarations), short variable declarations,
 * assignments with multi-value right-hand sides and comma-ok forms (Spec: Assignment
 * statements), and local type declarations. */
#include "sema_int.h"

#include <string.h>

extern ConstVal *cur_iota;

static const char *measure(int n, const char *unit) {
  return arena_printf("%d %s%s", n, unit, n == 1 ? "" : "s");
}

void assign_error(Vec *rhs, int nvars, int nvals) {
  Node *r0 = rhs->data[0];
  Node *u = r0;
  while (u->kind == N_PAREN) u = u->unary.x;
  if (rhs->len == 1 && u->kind == N_CALL)
    diag_error(spos(r0), "assignment mismatch: %s but %s returns %s",
               measure(nvars, "variable"), expr_string(u->call.fun), measure(nvals, "value"));
  else
    diag_error(spos(r0), "assignment mismatch: %s but %s", measure(nvars, "variable"),
               measure(nvals, "value"));
}

/* one value for one variable: a multi-value call is an assignment mismatch */
static bool rhs_mismatch; /* set by expr_rhs on a count mismatch */
static void expr_rhs(Operand *x, Vec *rhs, int i, Scope *s) {
  rhs_mismatch = false;
  if (rhs->len != 1) { expr(x, rhs->data[i], s); return; }
  multi_expr(x, rhs->data[0], s);
  if (x->mode != M_INVALID && x->type && x->type->kind == TY_TUPLE) {
    assign_error(rhs, 1, x->type->results.len);
    x->mode = M_INVALID;
    x->type = ty_invalid;
    rhs_mismatch = true;
  }
}

/* a count mismatch makes the left-hand sides "used" (types2's check.use) */
static void use_lhs(Node *l) {
  while (l->kind == N_PAREN) l = l->unary.x;
  if (l->kind == N_IDENT && l->ident.obj) l->ident.obj->used = true;
}

/* ---- constants ---- */
static void const_value(Object *o, Operand *x, Type *T) {
  if (x->mode == M_INVALID) { o->type = ty_invalid; return; }
  if (x->mode != M_CONST) {
    op_error(x, "%s is not constant", operand_string(x));
    o->type = ty_invalid;
    return;
  }
  if (T) {
    assignment(x, T, "constant declaration");
    if (x->mode == M_INVALID) { o->type = ty_invalid; return; }
  }
  o->type = x->type;
  o->val = x->val;
}

static void const_one(Object *o, Node *vspec, int index, int iota, Scope *s) {
  Type *T = NULL;
  if (vspec->valuespec.type) {
    T = type_expr(vspec->valuespec.type, s);
    if (type_valid(T) && !type_is_const_type(T)) {
      diag_error(spos(vspec->valuespec.type), "invalid constant type %s", tstr(T));
      o->type = ty_invalid;
      return;
    }
  }
  Vec *vals = &vspec->valuespec.values;
  if (index >= vals->len) {
    if (vals->len || !vspec->valuespec.type) {
      diag_error(o->pos, "missing init expr for const declaration");
    } else {
      diag_error(o->pos, "missing init expr for const declaration");
    }
    o->type = ty_invalid;
    return;
  }
  ConstVal *saved = cur_iota;
  cur_iota = cv_int(iota);
  Operand x;
  expr(&x, vals->data[index], s);
  cur_iota = saved;
  const_value(o, &x, T);
}

void resolve_const_spec(SObj *so) {
  Node *spec = so->spec;
  Node *vspec = so->importspec ? so->importspec : spec;
  const_one(&so->o, vspec, so->index, spec->valuespec.iota, so->fscope);
  if (so->index == 0 && vspec == spec && spec->valuespec.values.len > spec->valuespec.names.len) {
    Node *extra = spec->valuespec.values.data[spec->valuespec.names.len];
    diag_error(spos(extra), "extra init expr");
  }
}

/* local const declaration: objects are declared after all values are checked */
void const_decl(Node *spec, Scope *s, Vec *objs, int iota, Node *inherit, Vec *unused) {
  (void)objs;
  (void)unused;
  Node *vspec = inherit ? inherit : spec;
  Vec made = {0};
  for (int i = 0; i < spec->valuespec.names.len; i++) {
    Node *id = spec->valuespec.names.data[i];
    Object *o = obj_new(OBJ_CONST, id->ident.name, id->pos, NULL);
    o->decl = id;
    id->ident.obj = o;
    o->func = chk->fn ? chk->fn->decl : NULL;
    const_one(o, vspec, i, iota, s);
    SX(o)->state = RS_DONE;
    vec_push(&made, o);
  }
  if (vspec == spec && spec->valuespec.values.len > spec->valuespec.names.len) {
    Node *extra = spec->valuespec.values.data[spec->valuespec.names.len];
    diag_error(spos(extra), "extra init expr");
  }
  for (int i = 0; i < made.len; i++) {
    Object *o = made.data[i];
    o->used = true; /* unused constants are not an error */
    if (o->name != intern("_")) declare_var(s, o);
  }
}

/* ---- variables: lhs objects get types from T or from the values ---- */
static void init_vars(Object **lhs, int n, Type *T, Vec *values, Scope *s, bool returnstmt) {
  (void)returnstmt;
  int nv = values->len;
  if (nv == n) {
    for (int i = 0; i < n; i++) {
      Operand x;
      expr_rhs(&x, values, i, s);
      assignment(&x, T, "variable declaration");
      if (x.mode == M_INVALID) {
        if (!lhs[i]->type) lhs[i]->type = ty_invalid;
        lhs[i]->used = true;
        continue;
      }
      values->data[i] = x.expr;
      if (!lhs[i]->type) lhs[i]->type = x.type;
    }
    return;
  }
  if (nv == 1) {
    Operand x;
    multi_expr(&x, values->data[0], s);
    if (x.mode != M_INVALID) {
      if (x.type && x.type->kind == TY_TUPLE && x.type->results.len == n) {
        for (int i = 0; i < n; i++) {
          Operand y = {M_VALUE, x.type->results.data[i], NULL, x.expr, 0};
          assignment(&y, T, "variable declaration");
          if (!lhs[i]->type) lhs[i]->type = y.mode == M_INVALID ? ty_invalid : y.type;
        }
        return;
      }
      if ((x.mode == M_COMMAOK || x.mode == M_MAPINDEX) && n == 2) {
        assignment(&x, T, "variable declaration");
        if (!lhs[0]->type) lhs[0]->type = x.mode == M_INVALID ? ty_invalid : x.type;
        Operand ok = {M_VALUE, ty_ubool, NULL, NULL, 0};
        assignment(&ok, T, "variable declaration");
        if (!lhs[1]->type) lhs[1]->type = ty_bool;
        return;
      }
    }
    for (int i = 0; i < n; i++) { if (!lhs[i]->type) lhs[i]->type = ty_invalid; lhs[i]->used = true; }
    if (x.mode == M_INVALID) return;
    int got = x.type && x.type->kind == TY_TUPLE ? x.type->results.len : 1;
    assign_error(values, n, got);
    return;
  }
  for (int i = 0; i < n; i++) { if (!lhs[i]->type) lhs[i]->type = ty_invalid; lhs[i]->used = true; }
  use_exprs(values, s);
  assign_error(values, n, nv);
}

void resolve_var_spec(SObj *so) {
  Node *spec = so->spec;
  int n = spec->valuespec.names.len, nv = spec->valuespec.values.len;
  Type *T = spec->valuespec.type ? type_expr(spec->valuespec.type, so->fscope) : NULL;
  if (nv == 0) { so->o.type = T ? T : ty_invalid; return; }
  chk->cur = so;
  if (nv == n) {
    Object *one = &so->o;
    one->type = T;
    Vec v1 = {0};
    vec_push(&v1, spec->valuespec.values.data[so->index]);
    init_vars(&one, 1, T, &v1, so->fscope, false);
    spec->valuespec.values.data[so->index] = v1.data[0];
    return;
  }
  /* one multi-value initializer for all names: resolve the siblings together */
  Object **lhs = arena_alloc(sizeof(Object *) * (size_t)n);
  for (int i = 0; i < n; i++) {
    Node *id = spec->valuespec.names.data[i];
    lhs[i] = id->ident.obj;
    if (!lhs[i]) lhs[i] = obj_new(OBJ_VAR, id->ident.name, id->pos, NULL);
    lhs[i]->type = T;
    if (lhs[i] != &so->o) SX(lhs[i])->state = RS_DONE;
  }
  init_vars(lhs, n, T, &spec->valuespec.values, so->fscope, false);
  for (int i = 0; i < n; i++) {
    if (lhs[i] == &so->o) continue;
    SX(lhs[i])->deps = so->deps;
  }
}

Object *new_local_var(Node *id, Type *t) {
  Object *o = obj_new(OBJ_VAR, id->ident.name, id->pos, t);
  o->decl = id;
  o->func = chk->fn ? chk->fn->decl : NULL;
  SX(o)->state = RS_DONE;
  id->ident.obj = id->ident.name == intern("_") ? NULL : o;
  return o;
}

void var_decl_local(Node *spec, Scope *s) {
  int n = spec->valuespec.names.len;
  Type *T = spec->valuespec.type ? type_expr(spec->valuespec.type, s) : NULL;
  Object **lhs = arena_alloc(sizeof(Object *) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) lhs[i] = new_local_var(spec->valuespec.names.data[i], T);
  if (spec->valuespec.values.len) init_vars(lhs, n, T, &spec->valuespec.values, s, false);
  for (int i = 0; i < n; i++) {
    if (!lhs[i]->type) lhs[i]->type = ty_invalid;
    if (lhs[i]->name != intern("_")) declare_var(s, lhs[i]);
  }
}

/* local type declaration: the name is in scope inside its own type (recursive types) */
void type_decl_local(Node *spec, Scope *s) {
  Node *id = spec->typespec.name;
  Object *o = obj_new(OBJ_TYPE, id->ident.name, id->pos, NULL);
  o->decl = id;
  o->func = chk->fn ? chk->fn->decl : NULL;
  id->ident.obj = o;
  SX(o)->state = RS_DONE;
  o->used = true;
  if (spec->typespec.alias) {
    o->type = type_expr(spec->typespec.type, s);
    if (o->name != intern("_")) declare_var(s, o);
    return;
  }
  Type *t = type_new(TY_NAMED);
  t->obj = o;
  o->type = t;
  if (o->name != intern("_")) declare_var(s, o);
  Type *rhs = type_expr(spec->typespec.type, s);
  if (rhs->kind == TY_NAMED && !rhs->underlying) {
    diag_error(o->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s", o->name,
               o->pos.file, o->pos.line, o->pos.col, o->name, o->pos.file, o->pos.line,
               o->pos.col, o->name);
    t->underlying = ty_invalid;
  } else {
    t->underlying = type_under(rhs);
  }
  valid_type(t);
  type_layout(t);
}

/* ---- assignments ---- */
/* the left-hand side of `=`: returns its type (NULL for _), or ty_invalid */
static Type *lhs_var(Node *l, Scope *s, Operand *z) {
  Node *u = l;
  while (u->kind == N_PAREN) u = u->unary.x;
  if (is_blank(u)) {
    u->ident.obj = NULL;
    u->type = NULL;
    return NULL;
  }
  /* an identifier on the left of `=` is not a use of the variable */
  Object *o = u->kind == N_IDENT ? scope_lookup(s, u->ident.name) : NULL;
  bool was_used = o ? o->used : false;
  expr(z, l, s);
  if (o && o->kind == OBJ_VAR) {
    o->used = was_used;
    u->ident.obj = o;
  }
  if (z->mode == M_INVALID) return ty_invalid;
  if (z->mode == M_VAR || z->mode == M_MAPINDEX) return z->type;
  if (u->kind == N_SELECTOR) {
    Node *bx = u->selector.x;
    if (bx->type && bx->kind == N_INDEX && type_under(bx->index.x->type)->kind == TY_MAP) {
      op_error(z, "cannot assign to struct field %s in map", expr_string(l));
      return ty_invalid;
    }
  }
  op_error(z, "cannot assign to %s", operand_string(z));
  return ty_invalid;
}

static bool assign_var(Node **lslot, Node **rslot, Operand *x, Scope *s, bool have_x, Vec *rhs) {
  Operand z = {0}, y;
  Type *T = lhs_var(*lslot, s, &z);
  if (!have_x) {
    if (rhs && rhs->len == 1) {
      expr_rhs(&y, rhs, 0, s);
      if (rhs_mismatch) use_lhs(*lslot);
    } else {
      expr(&y, *rslot, s);
    }
    x = &y;
  }
  if (!type_valid(T) && T) return false;
  if (x->mode == M_INVALID) return false;
  assignment(x, T, T ? "assignment" : "assignment to _ identifier");
  if (x->mode == M_INVALID) return false;
  if (rslot) *rslot = x->expr;
  return true;
}

/* x op= y */
void binary(Operand *x, Node *e, Node *lhs, Node *rhs, Op op, Scope *s);

static void op_assign(Node *st, Scope *s) {
  if (st->assign.lhs.len != 1 || st->assign.rhs.len != 1) {
    diag_error(st->pos, "assignment operation %s requires single-valued expressions", ast_op_names[st->assign.op]);
    return;
  }
  Node *l = st->assign.lhs.data[0], *r = st->assign.rhs.data[0];
  Operand x;
  binary(&x, NULL, l, r, st->assign.op, s);
  if (x.mode == M_INVALID) return;
  Operand z;
  Type *T = lhs_var(l, s, &z);
  /* the lhs is also read */
  Node *u = l;
  while (u->kind == N_PAREN) u = u->unary.x;
  if (u->kind == N_IDENT && u->ident.obj) u->ident.obj->used = true;
  if (!T || !type_valid(T)) return;
  x.expr = r;
  assignment(&x, T, "assignment");
  if (x.mode != M_INVALID && type_is_untyped(r->type)) set_final_type(r, T);
}

void assign_stmt(Node *st, Scope *s) {
  if (st->assign.op != OP_ASSIGN && st->assign.op != OP_DEFINE) { op_assign(st, s); return; }
  Vec *lhs = &st->assign.lhs, *rhs = &st->assign.rhs;
  int n = lhs->len, nv = rhs->len;
  if (n == nv) {
    bool ok = true;
    for (int i = 0; i < n; i++)
      if (!assign_var((Node **)&lhs->data[i], (Node **)&rhs->data[i], NULL, s, false, rhs)) ok = false;
    /* avoid follow-on "declared but not used" errors if any assignment failed (types2) */
    if (!ok)
      for (int i = 0; i < n; i++) use_lhs(lhs->data[i]);
    return;
  }
  if (nv == 1) {
    Operand x;
    multi_expr(&x, rhs->data[0], s);
    if (x.mode != M_INVALID) {
      if (x.type && x.type->kind == TY_TUPLE && x.type->results.len == n) {
        for (int i = 0; i < n; i++) {
          Operand y = {M_VALUE, x.type->results.data[i], NULL, NULL, 0};
          Operand z = {0};
          Type *T = lhs_var(lhs->data[i], s, &z);
          if (T && !type_valid(T)) continue;
          y.expr = rhs->data[0];
          Node *keep = rhs->data[0];
          assignment(&y, T, "assignment");
          rhs->data[0] = keep; /* elements of a tuple are not rewritten */
        }
        return;
      }
      if ((x.mode == M_COMMAOK || x.mode == M_MAPINDEX) && n == 2) {
        assign_var((Node **)&lhs->data[0], (Node **)&rhs->data[0], &x, s, true, NULL);
        Operand ok = {M_VALUE, ty_ubool, NULL, NULL, 0};
        Operand z = {0};
        Type *T = lhs_var(lhs->data[1], s, &z);
        if (!T || type_valid(T)) assignment(&ok, T, "assignment");
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      Operand z;
      lhs_var(lhs->data[i], s, &z);
      use_lhs(lhs->data[i]);
    }
    if (x.mode == M_INVALID) return;
    assign_error(rhs, n, x.type && x.type->kind == TY_TUPLE ? x.type->results.len : 1);
    return;
  }
  for (int i = 0; i < n; i++) {
    Operand z;
    lhs_var(lhs->data[i], s, &z);
    use_lhs(lhs->data[i]);
  }
  use_exprs(rhs, s);
  assign_error(rhs, n, nv);
}

/* Spec: Short variable declarations */
void short_var_decl(Node *st, Scope *s) {
  Vec *lhs = &st->assign.lhs;
  int n = lhs->len;
  Object **objs = arena_alloc(sizeof(Object *) * (size_t)(n + 1));
  bool *isnew = arena_alloc(sizeof(bool) * (size_t)(n + 1));
  bool any_new = false, bad = false;
  for (int i = 0; i < n; i++) {
    Node *id = lhs->data[i];
    if (id->kind != N_IDENT) {
      expr(&(Operand){0}, id, s);
      diag_error(spos(id), "non-name %s on left side of :=", expr_string(id));
      bad = true;
      objs[i] = obj_new(OBJ_VAR, intern("_"), id->pos, NULL);
      continue;
    }
    for (int k = 0; k < i; k++) {
      Node *o = lhs->data[k];
      if (o->kind == N_IDENT && o->ident.name == id->ident.name && !is_blank(id)) {
        diag_error(id->pos, "%s repeated on left side of :=", id->ident.name);
        bad = true;
      }
    }
    Object *alt = is_blank(id) ? NULL : scope_lookup_local(s, id->ident.name);
    if (alt && alt->kind == OBJ_VAR) {
      objs[i] = alt;
      id->ident.obj = alt;
    } else {
      objs[i] = new_local_var(id, NULL);
      isnew[i] = true;
      if (!is_blank(id)) any_new = true;
    }
  }
  /* check the values with the new variables' types unknown (NULL), old ones' types known */
  Vec *rhs = &st->assign.rhs;
  int nv = rhs->len;
  Object **tmp = arena_alloc(sizeof(Object *) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) tmp[i] = objs[i];
  if (nv == n) {
    for (int i = 0; i < n; i++) {
      Operand x;
      expr_rhs(&x, rhs, i, s);
      Type *T = isnew[i] ? NULL : objs[i]->type;
      bool blank = isnew[i] && objs[i]->name == intern("_");
      if (x.mode == M_INVALID) { if (isnew[i]) objs[i]->type = ty_invalid; objs[i]->used = true; continue; }
      assignment(&x, T, blank ? "assignment" : "assignment");
      if (x.mode == M_INVALID) { if (isnew[i]) objs[i]->type = ty_invalid; objs[i]->used = true; continue; }
      rhs->data[i] = x.expr;
      if (isnew[i]) objs[i]->type = x.type;
    }
  } else if (nv == 1) {
    Operand x;
    multi_expr(&x, rhs->data[0], s);
    bool done = false;
    if (x.mode != M_INVALID && x.type && x.type->kind == TY_TUPLE && x.type->results.len == n) {
      for (int i = 0; i < n; i++) {
        Operand y = {M_VALUE, x.type->results.data[i], NULL, rhs->data[0], 0};
        Node *keep = rhs->data[0];
        assignment(&y, isnew[i] ? NULL : objs[i]->type, "assignment");
        rhs->data[0] = keep;
        if (isnew[i]) objs[i]->type = y.mode == M_INVALID ? ty_invalid : y.type;
      }
      done = true;
    } else if ((x.mode == M_COMMAOK || x.mode == M_MAPINDEX) && n == 2) {
      assignment(&x, isnew[0] ? NULL : objs[0]->type, "assignment");
      if (x.mode != M_INVALID) rhs->data[0] = x.expr;
      if (isnew[0]) objs[0]->type = x.mode == M_INVALID ? ty_invalid : x.type;
      if (isnew[1]) objs[1]->type = ty_bool;
      else {
        Operand ok = {M_VALUE, ty_ubool, NULL, NULL, 0};
        assignment(&ok, objs[1]->type, "assignment");
      }
      done = true;
    }
    if (!done) {
      for (int i = 0; i < n; i++) { if (isnew[i]) objs[i]->type = ty_invalid; objs[i]->used = true; }
      if (x.mode != M_INVALID)
        assign_error(rhs, n, x.type && x.type->kind == TY_TUPLE ? x.type->results.len : 1);
    }
  } else {
    use_exprs(rhs, s);
    for (int i = 0; i < n; i++) { if (isnew[i]) objs[i]->type = ty_invalid; objs[i]->used = true; }
    assign_error(rhs, n, nv);
  }
  for (int i = 0; i < n; i++)
    if (isnew[i] && objs[i]->name != intern("_")) declare_var(s, objs[i]);
  if (!any_new && !bad) diag_error(st->pos, "no new variables on left side of :=");
}
