/* expr.c — expressions (Spec: Expressions): operands and their modes (types2's model),
 * identifiers, literals, unary and binary operators, shifts, comparisons, untyped constant
 * typing (an untyped expression gets its final type from context: set_final_type walks down
 * and converts folded values), implicit conversions to interface types, and the dispatcher
 * over all expression kinds (selectors, indexing, literals: access.c; calls: call.c). */
#include "sema_int.h"

#include <stdarg.h>
#include <string.h>

ConstVal *cur_iota;   /* value of iota inside a constant declaration, else NULL */

void access_expr(Operand *x, Node *e, Scope *s, Type *hint);

void op_error(Operand *x, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_verror(x->expr ? spos(x->expr) : (Pos){0}, fmt, ap);
  va_end(ap);
}

static const char *mode_names[] = {"invalid operand", "no value", "built-in", "type",
                                   "constant", "variable", "map index expression", "value",
                                   "nil", "comma, ok expression"};

/* types2's operandString: "x (variable of type int)", "1 (untyped int constant)" */
const char *operand_string(Operand *x) {
  if (x->mode == M_NIL) return "nil";
  StrBuf sb = {0};
  const char *es = x->expr ? expr_string(x->expr) : NULL;
  if (!es) {
    if (x->mode == M_TYPE) es = tstr(x->type);
    else if (x->mode == M_CONST && x->val) es = cv_string_repr(x->val);
  }
  if (es) sb_printf(&sb, "%s (", es);
  bool has_type = false;
  if (x->mode != M_INVALID && x->mode != M_NOVALUE && x->mode != M_BUILTIN && x->mode != M_TYPE &&
      x->type) {
    if (type_is_untyped(x->type)) sb_printf(&sb, "%s ", x->type->obj->name);
    else has_type = true;
  }
  sb_puts(&sb, mode_names[x->mode]);
  if (x->mode == M_CONST && x->val) {
    const char *vs = cv_string_repr(x->val);
    if (!es || strcmp(vs, es) != 0) sb_printf(&sb, " %s", vs);
  }
  if (has_type) {
    if (type_valid(x->type)) sb_printf(&sb, " of type %s", tstr(x->type));
    else sb_puts(&sb, " with invalid type");
  }
  if (es) sb_putc(&sb, ')');
  char *r = sb_arena(&sb);
  sb_free(&sb);
  return r;
}

static void record(Operand *x) {
  Node *e = x->expr;
  if (!e) return;
  e->type = x->type;
  e->val = x->mode == M_CONST ? x->val : NULL;
}

/* ---- Spec: Constant expressions / Representability of untyped values ---- */
static TypeKind untyped_rank_kind(TypeKind a, TypeKind b) {
  /* int < rune < float */
  static const int r[] = {[TY_UNTYPED_INT] = 1, [TY_UNTYPED_RUNE] = 2, [TY_UNTYPED_FLOAT] = 3,
                          [TY_UNTYPED_COMPLEX] = 4};
  return r[a] >= r[b] ? a : b;
}

void set_final_type(Node *e, Type *t) {
  if (!e || !e->type || !type_is_untyped(e->type) || !t) return;
  Type *target = t;
  if (type_is_interface(t) && e->type->kind != TY_UNTYPED_NIL) target = type_default(e->type);
  switch (e->kind) {
  case N_PAREN: set_final_type(e->unary.x, target); break;
  case N_UNARY: set_final_type(e->unary.x, target); break;
  case N_BINARY:
    switch (e->binary.op) {
    case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
      if (!e->val) {
        set_final_type(e->binary.x, type_default(e->binary.x->type));
        set_final_type(e->binary.y, type_default(e->binary.y->type));
      }
      break;
    case OP_SHL: case OP_SHR:
      if (!e->val && type_is_basic(type_under(target)) && !type_is_integer(target)) {
        Node *l = e->binary.x;
        diag_error(spos(l), "invalid operation: %s (shift of type %s)", expr_string(e),
                   tstr(target));
      }
      set_final_type(e->binary.x, target);
      break;
    default:
      set_final_type(e->binary.x, target);
      set_final_type(e->binary.y, target);
    }
    break;
  default: break;
  }
  if (e->val && type_is_basic(type_under(target))) {
    ConstVal *v;
    int why;
    if (cv_representable(e->val, target, &v, &why)) e->val = v;
  }
  e->type = target;
}

static const char *invalid_conv(int why, Operand *x, Type *T) {
  if (why == 1) return arena_printf("%s truncated to %s", operand_string(x), tstr(T));
  if (why == 2) return arena_printf("%s overflows %s", operand_string(x), tstr(T));
  return arena_printf("cannot convert %s to %s", operand_string(x), tstr(T));
}

/* implicitTypeAndValue: can untyped x become type target? why as in cv_representable. */
static Type *implicit_type(Operand *x, Type *target, ConstVal **val, int *why) {
  *why = 3;
  *val = NULL;
  if (!type_valid(target) || type_is_untyped(target)) return target;
  Type *u = type_under(target);
  if (x->mode == M_NIL || x->type->kind == TY_UNTYPED_NIL)
    return type_has_nil(target) ? target : NULL;
  if (type_is_basic(u)) {
    if (x->mode == M_CONST) {
      if (!cv_representable(x->val, u, val, why)) {
        /* types2's representation(): the reason depends on the kinds, not the value */
        if (!(type_is_numeric(x->type) && type_is_numeric(u))) *why = 3;
        else if (!type_is_integer(x->type) && type_is_integer(u)) *why = 1;
        else *why = 2;
        return NULL;
      }
      return target;
    }
    switch (x->type->kind) {
    case TY_UNTYPED_BOOL: return type_is_boolean(u) ? target : NULL;
    case TY_UNTYPED_STRING: return type_is_string(u) ? target : NULL;
    default: return type_is_numeric(u) ? target : NULL;
    }
  }
  if (u->kind == TY_INTERFACE) {
    if (u->methods.len) return NULL;
    return type_default(x->type);
  }
  return NULL;
}

/* convertUntyped: used in binary operations; reports "cannot convert"/"overflows" */
void convert_untyped(Operand *x, Type *target) {
  if (x->mode == M_INVALID || !type_is_untyped(x->type) || !type_valid(target)) return;
  if (type_is_untyped(target)) {
    TypeKind a = x->type->kind, b = target->kind;
    bool an = a == TY_UNTYPED_INT || a == TY_UNTYPED_RUNE || a == TY_UNTYPED_FLOAT ||
              a == TY_UNTYPED_COMPLEX;
    bool bn = b == TY_UNTYPED_INT || b == TY_UNTYPED_RUNE || b == TY_UNTYPED_FLOAT ||
              b == TY_UNTYPED_COMPLEX;
    if (an && bn) {
      TypeKind k = untyped_rank_kind(a, b);
      x->type = basic_type(k);
      if (x->val && k == TY_UNTYPED_FLOAT) x->val = cv_to_kind(x->val, CV_FLOAT);
      if (x->val && k == TY_UNTYPED_COMPLEX) x->val = cv_to_kind(x->val, CV_COMPLEX);
      if (x->expr) { x->expr->type = x->type; if (x->expr->val) x->expr->val = x->val; }
      return;
    }
    if (a != b) {
      op_error(x, "%s", invalid_conv(3, x, target));
      x->mode = M_INVALID;
    }
    return;
  }
  ConstVal *v;
  int why;
  Type *nt = implicit_type(x, target, &v, &why);
  if (!nt) {
    op_error(x, "%s", invalid_conv(why, x, type_is_basic(type_under(target)) ? type_under(target) : target));
    x->mode = M_INVALID;
    return;
  }
  if (v) x->val = v;
  x->type = nt;
  if (x->mode == M_NIL) x->type = nt;
  set_final_type(x->expr, nt);
}

void default_operand(Operand *x) {
  if (x->mode == M_INVALID || !type_is_untyped(x->type) || x->type->kind == TY_UNTYPED_NIL) return;
  Type *t = type_default(x->type);
  if (x->val) {
    ConstVal *v;
    int why;
    if (!cv_representable(x->val, t, &v, &why)) {
      op_error(x, "cannot use %s as %s value in %s%s", operand_string(x), tstr(t), "assignment",
               why == 2 ? " (overflows)" : why == 1 ? " (truncated)" : "");
      x->mode = M_INVALID;
      return;
    }
    x->val = v;
  }
  x->type = t;
  set_final_type(x->expr, t);
}

/* An implicit conversion of a non-interface value to interface type T (see ast.h). */
Node *wrap_iface(Node *e, Type *T) {
  if (!e || !type_valid(T) || !type_is_interface(T)) return e;
  if (!e->type || type_is_interface(e->type) || e->type->kind == TY_UNTYPED_NIL) {
    if (e->type && e->type->kind == TY_UNTYPED_NIL) e->type = T;
    return e;
  }
  if (type_is_untyped(e->type)) set_final_type(e, type_default(e->type));
  Node *c = ast_new(N_CALL, e->pos);
  c->implicit = 1;
  c->call.how = CALL_CONVERSION;
  c->call.fun = NULL;
  vec_push(&c->call.args, e);
  c->type = T;
  return c;
}

void wrap_into(Node **slot, Type *T) { *slot = wrap_iface(*slot, T); }

/* Spec: Assignability — x is assigned to a value of type T (T NULL: the blank identifier) */
void assignment(Operand *x, Type *T, const char *context) {
  switch (x->mode) {
  case M_INVALID: return;
  case M_CONST: case M_VAR: case M_MAPINDEX: case M_VALUE: case M_NIL: case M_COMMAOK: break;
  default:
    op_error(x, "cannot assign %s to %s in %s", operand_string(x), T ? tstr(T) : "_", context);
    x->mode = M_INVALID;
    return;
  }
  if (type_is_untyped(x->type)) {
    Type *target = T;
    if (!T || type_is_interface(T)) {
      if (!T && x->type->kind == TY_UNTYPED_NIL) {
        op_error(x, "use of untyped nil in %s", context);
        x->mode = M_INVALID;
        return;
      }
      if (x->type->kind != TY_UNTYPED_NIL) target = type_default(x->type);
    }
    ConstVal *v;
    int why;
    Type *nt = implicit_type(x, target, &v, &why);
    if (!nt) {
      const char *suffix = why == 1 ? " (truncated)" : why == 2 ? " (overflows)" : "";
      op_error(x, "cannot use %s as %s value in %s%s", operand_string(x), tstr(target), context,
               suffix);
      x->mode = M_INVALID;
      return;
    }
    if (v) x->val = v;
    x->type = nt;
    set_final_type(x->expr, nt);
  }
  if (!T) return;
  char *reason = NULL;
  if (!assignable(x, T, &reason)) {
    if (reason)
      op_error(x, "cannot use %s as type %s in %s:\n\t%s", operand_string(x), tstr(T), context,
               reason);
    else
      op_error(x, "cannot use %s as type %s in %s", operand_string(x), tstr(T), context);
    x->mode = M_INVALID;
    return;
  }
  if (type_is_interface(T) && !type_is_interface(x->type)) x->expr = wrap_iface(x->expr, T);
  else if (x->mode == M_NIL && x->expr) x->expr->type = T;
}

/* ---- identifiers ---- */
static void capture(Object *o) {
  FuncCtx *f = chk->fn;
  if (!f || !o->func || o->func == f->decl) return;
  bool inside = false;
  for (FuncCtx *g = f; g; g = g->outer) if (g->decl == o->func) inside = true;
  if (!inside) return;
  o->captured = true;
  for (; f && f->decl != o->func; f = f->outer) {
    if (f->decl->kind != N_FUNCLIT) break;
    Vec *cv = &f->decl->funclit.closure_vars;
    bool have = false;
    for (int i = 0; i < cv->len; i++) if (cv->data[i] == o) have = true;
    if (!have) vec_push(cv, o);
  }
}

void record_use(Object *o) {
  if (!o) return;
  if (o->kind == OBJ_VAR) capture(o);
  record_dep(o);
}

static void ident(Operand *x, Node *e, Scope *s, bool use) {
  const char *name = e->ident.name;
  if (name == intern("_")) {
    diag_error(e->pos, "cannot use _ as value or type");
    x->mode = M_INVALID;
    return;
  }
  Object *o = scope_lookup(s, name);
  if (!o) {
    diag_error(e->pos, "undefined: %s", name);
    x->mode = M_INVALID;
    return;
  }
  e->ident.obj = o;
  if (o->kind != OBJ_PKG) resolve_obj(o);
  if (o->unavail) { /* left out of Go's library source (decl.c) */
    sema_use_unavailable(o, e->pos);
    x->mode = M_INVALID;
    return;
  }
  if (use && o->kind != OBJ_PKG) o->used = true;
  x->type = o->type;
  switch (o->kind) {
  case OBJ_VAR:
    x->mode = M_VAR;
    record_use(o);
    break;
  case OBJ_CONST:
    x->mode = M_CONST;
    x->val = o->val;
    if (o == obj_iota) {
      if (!cur_iota) {
        diag_error(e->pos, "cannot use iota outside constant declaration");
        x->mode = M_INVALID;
        return;
      }
      x->val = cur_iota;
    }
    if (!x->val) x->mode = M_INVALID;
    break;
  case OBJ_TYPE: x->mode = M_TYPE; break;
  case OBJ_FUNC: x->mode = M_VALUE; record_use(o); break;
  case OBJ_BUILTIN: x->mode = M_BUILTIN; x->builtin = o->builtin; break;
  case OBJ_NIL: x->mode = M_NIL; break;
  case OBJ_PKG:
    if (!SX(o)->imported) { x->mode = M_INVALID; return; }
    diag_error(e->pos, "use of package %s without selector", name);
    x->mode = M_INVALID;
    return;
  default: x->mode = M_INVALID; return;
  }
  if (!type_valid(x->type) && x->mode != M_BUILTIN) x->mode = M_INVALID;
}

/* ---- Spec: Operators ---- */
static bool op_allowed(Op op, Type *t) {
  switch (op) {
  case OP_ADD: return type_is_numeric(t) || type_is_string(t);
  case OP_SUB: case OP_MUL: case OP_DIV: return type_is_numeric(t);
  case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: return type_is_integer(t);
  case OP_LAND: case OP_LOR: case OP_NOT: return type_is_boolean(t);
  default: return false;
  }
}

static void overflow_check(Operand *x, Node *e, bool err) {
  if (!type_is_untyped(x->type)) {
    ConstVal *v;
    int why;
    if (!cv_representable(x->val, x->type, &v, &why)) {
      op_error(x, "%s", invalid_conv(why, x, type_under(x->type)));
      x->mode = M_INVALID;
      return;
    }
    x->val = v;
    return;
  }
  if (err) {
    const char *name = "";
    if (e->kind == N_BINARY) {
      switch (e->binary.op) {
      case OP_ADD: name = "addition "; break;
      case OP_SUB: name = "subtraction "; break;
      case OP_MUL: name = "multiplication "; break;
      case OP_XOR: name = "bitwise XOR "; break;
      case OP_SHL: name = "shift "; break;
      default: break;
      }
      diag_error(e->binary.oppos, "constant %soverflow", name);
    } else {
      diag_error(e->pos, "constant %soverflow", e->kind == N_UNARY && e->unary.op == OP_XOR ? "bitwise complement " : "");
    }
    x->mode = M_INVALID;
  }
}

static void unary(Operand *x, Node *e, Scope *s) {
  Op op = e->unary.op;
  if (op == OP_ADDR) {
    Node *inner = e->unary.x;
    while (inner->kind == N_PAREN) inner = inner->unary.x;
    if (inner->kind == N_COMPOSITE) {
      access_expr(x, inner, s, NULL);
      if (x->mode == M_INVALID) return;
    } else {
      expr(x, e->unary.x, s);
      if (x->mode == M_INVALID) return;
      if (x->mode != M_VAR) {
        x->expr = e->unary.x;
        op_error(x, "invalid operation: cannot take address of %s", operand_string(x));
        x->mode = M_INVALID;
        return;
      }
      /* &x of a variable: it is address-taken */
      Node *b = e->unary.x;
      while (b->kind == N_PAREN) b = b->unary.x;
      if (b->kind == N_IDENT && b->ident.obj) b->ident.obj->addrtaken = true;
    }
    x->mode = M_VALUE;
    x->type = type_pointer(x->type);
    type_layout(x->type);
    x->val = NULL;
    return;
  }
  expr(x, e->unary.x, s);
  if (x->mode == M_INVALID) return;
  if (op == OP_ARROW) {
    Type *u = type_under(x->type);
    if (u->kind != TY_CHAN) {
      op_error(x, "invalid operation: cannot receive from non-channel %s", operand_string(x));
      x->mode = M_INVALID;
      return;
    }
    if (u->dir == CHAN_SEND) {
      op_error(x, "invalid operation: cannot receive from send-only channel %s", operand_string(x));
      x->mode = M_INVALID;
      return;
    }
    x->mode = M_COMMAOK;
    x->type = u->elem;
    x->val = NULL;
    return;
  }
  if (!op_allowed(op == OP_XOR ? OP_AND : op == OP_SUB ? OP_SUB : op == OP_ADD ? OP_SUB : op, x->type)) {
    op_error(x, "invalid operation: operator %s not defined on %s", ast_op_names[op],
             operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  if (x->mode == M_CONST) {
    bool err = false;
    x->val = cv_unary(op, x->val, x->type, &err);
    x->expr = e;
    overflow_check(x, e, err);
    return;
  }
  x->mode = M_VALUE;
}

static bool is_comparison(Op op) { return op >= OP_EQL && op <= OP_GEQ; }

static const char *kind_string(Type *t) {
  switch (type_under(t)->kind) {
  case TY_ARRAY: return "array";
  case TY_SLICE: return "slice";
  case TY_STRUCT: return "struct";
  case TY_POINTER: return "pointer";
  case TY_FUNC: return "func";
  case TY_INTERFACE: return "interface";
  case TY_MAP: return "map";
  case TY_CHAN: return "chan";
  default: return tstr(t);
  }
}

static const char *incomparable_cause(Type *t) {
  Type *u = type_under(t);
  if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
    return arena_printf("%s can only be compared to nil", kind_string(t));
  if (u->kind == TY_STRUCT) {
    for (int i = 0; i < u->fields.len; i++) {
      Field *f = u->fields.data[i];
      if (!type_comparable(f->type))
        return arena_printf("struct containing %s cannot be compared", tstr(f->type));
    }
  }
  if (u->kind == TY_ARRAY) return arena_printf("%s cannot be compared", tstr(t));
  return "";
}

/* Spec: Comparison operators */
void comparison(Operand *x, Operand *y, Op op, Node *e, bool switch_case) {
  Operand *err = x;
  const char *cause = NULL;
  if (!assignable(x, y->type, NULL) && !assignable(y, x->type, NULL)) {
    err = y;
    cause = arena_printf("mismatched types %s and %s", tstr(x->type), tstr(y->type));
    goto error;
  }
  if (op == OP_EQL || op == OP_NEQ) {
    if (x->mode == M_NIL || y->mode == M_NIL) {
      Type *t = x->mode == M_NIL ? y->type : x->type;
      if (!type_has_nil(t) || (x->mode == M_NIL && y->mode == M_NIL)) {
        err = y;
        if (x->mode == M_NIL && y->mode == M_NIL) cause = "operator == not defined on nil";
        if (x->mode == M_NIL && y->mode == M_NIL && op == OP_NEQ) cause = "operator != not defined on nil";
        goto error;
      }
    } else if (!type_comparable(x->type)) {
      err = x;
      cause = incomparable_cause(x->type);
      goto error;
    } else if (!type_comparable(y->type)) {
      err = y;
      cause = incomparable_cause(y->type);
      goto error;
    }
  } else {
    if (!type_is_ordered(x->type)) { err = x; goto error; }
    if (!type_is_ordered(y->type)) { err = y; goto error; }
  }
  if (x->mode == M_CONST && y->mode == M_CONST) {
    x->val = cv_bool(cv_compare(op, x->val, y->val));
  } else {
    x->mode = M_VALUE;
    x->val = NULL;
    set_final_type(x->expr, type_default(x->type));
    set_final_type(y->expr, type_default(y->type));
    /* mixed interface/concrete comparison: make the conversion explicit */
    if (e && e->kind == N_BINARY) {
      Type *xt = e->binary.x->type, *yt = e->binary.y->type;
      if (type_is_interface(xt) && !type_is_interface(yt) && y->mode != M_NIL)
        e->binary.y = wrap_iface(e->binary.y, xt);
      else if (type_is_interface(yt) && !type_is_interface(xt) && x->mode != M_NIL)
        e->binary.x = wrap_iface(e->binary.x, yt);
    }
  }
  x->type = ty_ubool;
  return;
error:
  if (!cause || !cause[0])
    cause = arena_printf("operator %s not defined on %s", ast_op_names[op],
                         kind_string(err->type));
  if (switch_case)
    op_error(x, "invalid case %s in switch on %s (%s)", expr_string(x->expr),
             expr_string(y->expr), cause);
  else
    op_error(err, "invalid operation: %s %s %s (%s)", expr_string(x->expr), ast_op_names[op],
             expr_string(y->expr), cause);
  x->mode = M_INVALID;
}

/* Spec: Arithmetic operators — shifts */
static void shift(Operand *x, Operand *y, Node *e, Op op) {
  ConstVal *xval = NULL;
  if (x->mode == M_CONST) {
    ConstVal *v;
    int why;
    if (cv_representable(x->val, ty_uint_, &v, &why)) xval = v;
  }
  if (!(type_is_integer(x->type) || (type_is_untyped(x->type) && xval))) {
    op_error(x, "invalid operation: shifted operand %s must be integer", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  if (y->mode == M_CONST) {
    ConstVal *yv;
    int why;
    if (cv_representable(y->val, ty_uint_, &yv, &why) && yv->i < 0) {
      op_error(y, "invalid operation: negative shift count %s", operand_string(y));
      x->mode = M_INVALID;
      return;
    }
    if (type_is_untyped(y->type)) {
      if (!cv_representable(y->val, ty_uint, &yv, &why)) {
        op_error(y, "%s", invalid_conv(why, y, ty_uint));
        x->mode = M_INVALID;
        return;
      }
      y->val = yv;
      set_final_type(y->expr, ty_uint);
    }
  } else if (type_is_integer(y->type) && !type_is_untyped(y->type)) {
  } else if (type_is_untyped(y->type)) {
    convert_untyped(y, ty_uint);
    if (y->mode == M_INVALID) { x->mode = M_INVALID; return; }
  } else {
    op_error(y, "invalid operation: shift count %s must be integer", operand_string(y));
    x->mode = M_INVALID;
    return;
  }
  if (x->mode == M_CONST) {
    if (y->mode == M_CONST) {
      int64_t n;
      if (!cv_to_int64(cv_to_kind(y->val, CV_INT), &n) || n > 1023 - 1 + 52) {
        op_error(y, "invalid operation: invalid shift count %s", operand_string(y));
        x->mode = M_INVALID;
        return;
      }
      if (!type_is_integer(x->type)) x->type = ty_uint_;
      bool err = false;
      x->val = cv_shift(op, xval, (uint64_t)n, &err);
      x->expr = e;
      overflow_check(x, e, err);
      return;
    }
    if (type_is_untyped(x->type)) {
      /* non-constant shift of an untyped constant: the type comes from context */
      if (x->type->kind != TY_UNTYPED_INT) x->type = ty_uint_;
      x->mode = M_VALUE;
      x->val = NULL;
      return;
    }
  }
  if (!type_is_integer(x->type)) {
    op_error(x, "invalid operation: shifted operand %s must be integer", operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  x->mode = M_VALUE;
  x->val = NULL;
}

static bool can_mix(Operand *x, Operand *y) {
  if (type_is_interface(x->type) || type_is_interface(y->type)) return true;
  if (type_is_boolean(x->type) != type_is_boolean(y->type)) return false;
  if (type_is_string(x->type) != type_is_string(y->type)) return false;
  if (x->mode == M_NIL && !type_has_nil(y->type)) return false;
  if (y->mode == M_NIL && !type_has_nil(x->type)) return false;
  return true;
}

/* binary: e is the N_BINARY, or NULL for x op= y (lhs/rhs given) */
void binary(Operand *x, Node *e, Node *lhs, Node *rhs, Op op, Scope *s) {
  Operand y;
  expr(x, lhs, s);
  expr(&y, rhs, s);
  if (x->mode == M_INVALID) return;
  if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
  if (op == OP_SHL || op == OP_SHR) { shift(x, &y, e, op); return; }
  if (can_mix(x, &y)) {
    convert_untyped(x, y.type);
    if (x->mode == M_INVALID) return;
    convert_untyped(&y, x->type);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
  }
  if (is_comparison(op)) {
    comparison(x, &y, op, e, false);
    if (e) x->expr = e;
    return;
  }
  if (!type_identical(x->type, y.type)) {
    if (type_valid(x->type) && type_valid(y.type)) {
      if (e)
        op_error(x, "invalid operation: %s (mismatched types %s and %s)", expr_string(e),
                 tstr(x->type), tstr(y.type));
      else
        op_error(x, "invalid operation: %s %s= %s (mismatched types %s and %s)",
                 expr_string(lhs), ast_op_names[op], expr_string(rhs), tstr(x->type),
                 tstr(y.type));
    }
    x->mode = M_INVALID;
    return;
  }
  if (!op_allowed(op, x->type)) {
    op_error(x, "invalid operation: operator %s not defined on %s", ast_op_names[op],
             operand_string(x));
    x->mode = M_INVALID;
    return;
  }
  if ((op == OP_DIV || op == OP_REM) && (x->mode == M_CONST || type_is_integer(x->type)) &&
      y.mode == M_CONST && cv_is_zero(y.val)) {
    op_error(&y, "invalid operation: division by zero");
    x->mode = M_INVALID;
    return;
  }
  if (x->mode == M_CONST && y.mode == M_CONST) {
    bool err = false;
    bool intdiv = type_is_integer(x->type);
    x->val = cv_binary(op, x->val, y.val, intdiv, &err);
    if (e) x->expr = e;
    if (err) {
      if (e) overflow_check(x, e, true);
      else x->mode = M_INVALID;
      return;
    }
    if (e) overflow_check(x, e, false);
    return;
  }
  x->mode = M_VALUE;
  x->val = NULL;
}

/* ---- literals ---- */
static void basic_lit(Operand *x, Node *e) {
  bool ovf = false;
  Type *t = NULL;
  x->val = cv_from_lit(e, &t, &ovf);
  x->type = t;
  x->mode = M_CONST;
  if (ovf) {
    diag_error(e->pos, "integer constant overflow");
    x->mode = M_INVALID;
  }
}

/* ---- the dispatcher ---- */
static void raw_expr(Operand *x, Node *e, Scope *s, Type *hint) {
  memset(x, 0, sizeof *x);
  x->expr = e;
  if (!e) { x->mode = M_INVALID; return; }
  switch (e->kind) {
  case N_BAD: x->mode = M_INVALID; break;
  case N_IDENT: ident(x, e, s, true); break;
  case N_BASICLIT: basic_lit(x, e); break;
  case N_PAREN: {
    raw_expr(x, e->unary.x, s, hint);
    x->expr = e;
    break;
  }
  case N_UNARY: unary(x, e, s); x->expr = e; break;
  case N_BINARY: binary(x, e, e->binary.x, e->binary.y, e->binary.op, s); x->expr = e; break;
  case N_CALL: call_expr(x, e, s); break;
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
  case N_CHANTYPE:
    x->type = type_expr(e, s);
    x->mode = type_valid(x->type) ? M_TYPE : M_INVALID;
    break;
  case N_KEYVALUE:
    diag_error(spos(e), "unexpected key:value expression");
    x->mode = M_INVALID;
    break;
  case N_ELLIPSIS:
    diag_error(e->pos, "invalid use of '...'");
    x->mode = M_INVALID;
    break;
  default: access_expr(x, e, s, hint); break;
  }
  if (x->mode == M_INVALID) x->type = ty_invalid;
  x->expr = e;
  record(x);
}

void expr_or_type(Operand *x, Node *e, Scope *s) { raw_expr(x, e, s, NULL); }

static void exclude(Operand *x, bool allow_type) {
  const char *msg = NULL;
  switch (x->mode) {
  case M_NOVALUE: msg = allow_type ? "%s used as value" : "%s used as value or type"; break;
  case M_BUILTIN: msg = "%s must be called"; break;
  case M_TYPE: if (!allow_type) msg = "%s is not an expression"; break;
  default: break;
  }
  if (msg) {
    if (x->mode == M_NOVALUE) msg = "%s used as value";
    op_error(x, msg, operand_string(x));
    x->mode = M_INVALID;
    x->type = ty_invalid;
  }
}

void multi_expr(Operand *x, Node *e, Scope *s) {
  raw_expr(x, e, s, NULL);
  exclude(x, false);
}

void expr_hint(Operand *x, Node *e, Scope *s, Type *hint) {
  raw_expr(x, e, s, hint);
  exclude(x, false);
  if (x->mode != M_INVALID && x->type && x->type->kind == TY_TUPLE) {
    op_error(x, "multiple-value %s in single-value context", operand_string(x));
    x->mode = M_INVALID;
    x->type = ty_invalid;
  }
}

void expr(Operand *x, Node *e, Scope *s) { expr_hint(x, e, s, NULL); }

void use_exprs(Vec *v, Scope *s) {
  for (int i = 0; i < v->len; i++) {
    Operand x;
    raw_expr(&x, v->data[i], s, NULL);
  }
}
