/* call.c — call expressions (Spec: Calls): ordinary calls with argument count and variadic
 * rules, f(g()) with a multi-value g, conversions (Spec: Conversions, constant conversions
 * folded), and the builtin functions (Spec: Built-in functions). */
#include "sema_int.h"

#include <string.h>

/* ---- argument lists ---- */
typedef struct Args {
  Operand *ops;
  int n;
  bool tuple;        /* the single argument is a multi-value call */
} Args;

static Args eval_args(Node *call, Scope *s) {
  Args a = {0};
  Vec *v = &call->call.args;
  if (v->len == 1) {
    Operand x;
    multi_expr(&x, v->data[0], s);
    if (x.mode != M_INVALID && x.type && x.type->kind == TY_TUPLE) {
      a.n = x.type->results.len;
      a.ops = arena_alloc(sizeof(Operand) * (size_t)(a.n + 1));
      for (int i = 0; i < a.n; i++) {
        a.ops[i].mode = M_VALUE;
        a.ops[i].type = x.type->results.data[i];
        a.ops[i].expr = v->data[0];
      }
      a.tuple = true;
      return a;
    }
    a.n = 1;
    a.ops = arena_alloc(sizeof(Operand));
    a.ops[0] = x;
    if (x.mode == M_NOVALUE) {
      op_error(&a.ops[0], "%s used as value", operand_string(&x));
      a.ops[0].mode = M_INVALID;
    }
    return a;
  }
  a.n = v->len;
  a.ops = arena_alloc(sizeof(Operand) * (size_t)(a.n + 1));
  for (int i = 0; i < a.n; i++) expr(&a.ops[i], v->data[i], s);
  return a;
}

/* typesSummary: "(number, string)" */
static const char *types_summary(Type **ts, int n, bool variadic) {
  StrBuf sb = {0};
  sb_putc(&sb, '(');
  for (int i = 0; i < n; i++) {
    if (i) sb_puts(&sb, ", ");
    Type *t = ts[i];
    if (!type_valid(t)) sb_puts(&sb, "<T>");
    else if (type_is_untyped(t)) {
      if (type_is_numeric(t)) sb_puts(&sb, "number");
      else sb_puts(&sb, t->obj->name + strlen("untyped "));
    } else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
      sb_printf(&sb, "...%s", tstr(t->elem));
    } else sb_puts(&sb, tstr(t));
  }
  sb_putc(&sb, ')');
  char *r = sb_arena(&sb);
  sb_free(&sb);
  return r;
}

static void arguments(Node *call, Type *sig, Args *a) {
  for (int i = 0; i < a->n; i++) {
    if (a->ops[i].mode == M_INVALID) return;
    if (a->ops[i].mode == M_TYPE) {
      op_error(&a->ops[i], "%s used as value", operand_string(&a->ops[i]));
      return;
    }
  }
  int nargs = a->n, npars = sig->params.len;
  bool ddd = call->call.ellipsis;
  if (sig->variadic) {
    if (ddd) {
      if (call->call.args.len == 1 && nargs > 1) {
        diag_error(spos(call), "cannot use ... with %d-valued %s", nargs,
                   expr_string(call->call.args.data[0]));
        return;
      }
    } else if (nargs >= npars - 1) {
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    diag_error(spos(call), "cannot use ... in call to non-variadic %s",
               expr_string(call->call.fun));
    return;
  }
  if (nargs != npars) {
    Pos at = spos(call);
    const char *q = "not enough";
    if (nargs > npars) {
      at = spos(a->ops[npars].expr);
      q = "too many";
    } else if (nargs > 0) {
      at = spos(a->ops[nargs - 1].expr);
    }
    Type **have = arena_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    for (int i = 0; i < nargs; i++) have[i] = a->ops[i].type;
    diag_error(at, "%s arguments in call to %s\n\thave %s\n\twant %s", q,
               expr_string(call->call.fun), types_summary(have, nargs, false),
               types_summary((Type **)sig->params.data, sig->params.len, sig->variadic));
    return;
  }
  for (int i = 0; i < nargs; i++) {
    Type *pt;
    if (sig->variadic && i >= sig->params.len - 1 && !ddd)
      pt = ((Type *)sig->params.data[sig->params.len - 1])->elem;
    else
      pt = sig->params.data[i];
    assignment(&a->ops[i], pt, arena_printf("argument to %s", expr_string(call->call.fun)));
    if (!a->tuple && a->ops[i].mode != M_INVALID) call->call.args.data[i] = a->ops[i].expr;
  }
}

static void set_result(Operand *x, Type *sig) {
  x->val = NULL;
  if (sig->results.len == 0) {
    x->mode = M_NOVALUE;
    x->type = type_tuple(NULL);
  } else if (sig->results.len == 1) {
    x->mode = M_VALUE;
    x->type = sig->results.data[0];
  } else {
    x->mode = M_VALUE;
    x->type = type_results_tuple(sig);
  }
}

/* ---- Spec: Conversions ---- */
void conversion(Operand *x, Type *T, Node *call) {
  bool constarg = x->mode == M_CONST;
  bool ok = false;
  Type *Tu = type_under(T);
  if (constarg && type_is_const_type(T) && type_is_basic(Tu)) {
    ConstVal *v;
    int why;
    if (cv_representable(x->val, Tu, &v, &why)) {
      ok = true;
      x->val = v;
    } else if (type_is_integer(x->type) && type_is_string(Tu)) {
      int64_t cp = 0xFFFD, n;
      if (cv_to_int64(x->val, &n) && n >= 0 && n <= 0x10FFFF && !(n >= 0xD800 && n <= 0xDFFF)) cp = n;
      char buf[4];
      size_t len;
      if (cp < 0x80) { buf[0] = (char)cp; len = 1; }
      else if (cp < 0x800) { buf[0] = (char)(0xC0 | (cp >> 6)); buf[1] = (char)(0x80 | (cp & 0x3F)); len = 2; }
      else if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12)); buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F)); len = 3;
      } else {
        buf[0] = (char)(0xF0 | (cp >> 18)); buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); buf[3] = (char)(0x80 | (cp & 0x3F)); len = 4;
      }
      x->val = cv_string(buf, len);
      ok = true;
    }
  } else if (convertible(x, T)) {
    ok = true;
    x->mode = M_VALUE;
  }
  if (!ok) {
    op_error(x, "cannot convert %s to type %s", operand_string(x), tstr(T));
    x->mode = M_INVALID;
    return;
  }
  if (type_is_untyped(x->type)) {
    Type *final = T;
    if (x->type->kind == TY_UNTYPED_NIL) {
    } else if (type_is_interface(T) || (constarg && !type_is_const_type(T))) {
      final = type_default(x->type);
    } else if (constarg && type_is_integer(x->type) && type_is_string(Tu)) {
      final = type_default(x->type);
    }
    Node *arg = call->call.args.data[0];
    if (x->type->kind == TY_UNTYPED_NIL) arg->type = T;
    else if (final == T && constarg) {
      /* the argument's value in T's representation */
      set_final_type(arg, T);
    } else set_final_type(arg, final);
  }
  if (x->mode != M_CONST) x->val = NULL;
  x->type = T;
}

/* ---- Spec: Built-in functions ---- */
static bool has_call_or_recv(Node *n) {
  if (!n) return false;
  switch (n->kind) {
  case N_CALL: return !n->val && n->call.how != CALL_CONVERSION && n->call.how != CALL_BUILTIN
                   ? true : n->call.how == CALL_BUILTIN && !n->val;
  case N_UNARY: return n->unary.op == OP_ARROW || has_call_or_recv(n->unary.x);
  case N_PAREN: case N_STAR: return has_call_or_recv(n->unary.x);
  case N_SELECTOR: return has_call_or_recv(n->selector.x);
  case N_INDEX: return has_call_or_recv(n->index.x) || has_call_or_recv(n->index.index);
  case N_BINARY: return has_call_or_recv(n->binary.x) || has_call_or_recv(n->binary.y);
  case N_COMPOSITE: case N_FUNCLIT: return true;
  default: return false;
  }
}

static bool int_arg(Operand *y, Node **slot, const char *what) {
  (void)what;
  if (y->mode == M_INVALID) return false;
  if (type_is_untyped(y->type)) {
    convert_untyped(y, ty_int);
    if (y->mode == M_INVALID) return false;
  }
  if (!type_is_integer(y->type)) {
    op_error(y, "invalid argument: index %s must be integer", operand_string(y));
    return false;
  }
  if (y->mode == M_CONST) {
    int64_t v;
    if (cv_to_int64(y->val, &v) && v < 0) {
      op_error(y, "invalid argument: index %s must not be negative", operand_string(y));
      return false;
    }
  }
  *slot = y->expr;
  return true;
}

/* builtin arguments: evaluated from the nodes, or taken from a spread multi-value call
 * (spread_n > 0) or a pre-evaluated single argument (spread_n == 0) */
static Operand spread_ops[16];
static int spread_n = -1;

static void get_arg(Operand *y, Vec *args, int i, Scope *s) {
  if (spread_n > 0) {
    *y = i < spread_n && i < 16 ? spread_ops[i] : (Operand){0};
    return;
  }
  if (spread_n == 0 && i == 0) {
    *y = spread_ops[0];
    if (y->mode == M_NOVALUE) {
      op_error(y, "%s used as value", operand_string(y));
      y->mode = M_INVALID;
    }
    return;
  }
  expr(y, args->data[i], s);
}

static void builtin(Operand *x, Node *call, Scope *s, Builtin id) {
  Vec *args = &call->call.args;
  int nargs = args->len;
  spread_n = -1;
  if (nargs == 1 && (id == BI_PRINT || id == BI_PRINTLN || id == BI_APPEND || id == BI_COPY ||
                     id == BI_DELETE || id == BI_COMPLEX)) {
    /* f(g()) with a multi-value g: the results are the arguments */
    Node *a0 = args->data[0];
    while (a0->kind == N_PAREN) a0 = a0->unary.x;
    if (a0->kind == N_CALL) {
      Operand t;
      multi_expr(&t, args->data[0], s);
      if (t.mode == M_INVALID) { x->mode = M_INVALID; return; }
      if (t.type && t.type->kind == TY_TUPLE && t.type->results.len > 1) {
        spread_n = t.type->results.len;
        for (int i = 0; i < spread_n && i < 16; i++)
          spread_ops[i] = (Operand){M_VALUE, t.type->results.data[i], NULL, args->data[0], 0};
        nargs = spread_n;
      } else {
        spread_n = 0;
        spread_ops[0] = t;
      }
    }
  }
  Node *fn = call->call.fun;
  while (fn && fn->kind == N_PAREN) fn = fn->unary.x;
  const char *name = fn && fn->kind == N_IDENT ? fn->ident.name : "builtin";
  if (fn && fn->kind == N_SELECTOR) name = arena_printf("unsafe.%s", fn->selector.name);
  call->call.how = CALL_BUILTIN;
  call->call.builtin = id;
  static const int minargs[] = {[BI_APPEND] = 1, [BI_CAP] = 1, [BI_CLOSE] = 1, [BI_COMPLEX] = 2,
                                [BI_COPY] = 2, [BI_DELETE] = 2, [BI_IMAG] = 1, [BI_LEN] = 1,
                                [BI_MAKE] = 1, [BI_NEW] = 1, [BI_PANIC] = 1, [BI_PRINT] = 0,
                                [BI_PRINTLN] = 0, [BI_REAL] = 1, [BI_RECOVER] = 0,
                                [BI_SIZEOF] = 1, [BI_ALIGNOF] = 1, [BI_OFFSETOF] = 1};
  bool variadic = id == BI_APPEND || id == BI_PRINT || id == BI_PRINTLN || id == BI_MAKE;
  if (call->call.ellipsis && id != BI_APPEND) {
    diag_error(spos(call), "invalid operation: invalid use of ... with built-in %s", name);
    use_exprs(args, s);
    x->mode = M_INVALID;
    return;
  }
  const char *msg = NULL;
  if (nargs < minargs[id]) msg = "not enough";
  else if (!variadic && nargs > minargs[id]) msg = "too many";
  if (msg) {
    if (id != BI_MAKE && id != BI_NEW) use_exprs(args, s);
    diag_error(spos(call), "invalid operation: %s arguments for %s (expected %d, found %d)",
               msg, expr_string(call), minargs[id], nargs);
    x->mode = M_INVALID;
    return;
  }
  Operand y;
  switch (id) {
  case BI_LEN: case BI_CAP: {
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    Type *u = type_under(y.type);
    if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY) u = type_under(u->elem);
    Mode mode = M_INVALID;
    ConstVal *val = NULL;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
      if (id == BI_LEN) {
        if (y.mode == M_CONST) { mode = M_CONST; val = cv_int((__int128)y.val->slen); }
        else mode = M_VALUE;
        if (type_is_untyped(y.type)) set_final_type(y.expr, ty_string);
      }
      break;
    case TY_ARRAY:
      if (has_call_or_recv(y.expr)) mode = M_VALUE;
      else { mode = M_CONST; val = cv_int(u->len); }
      break;
    case TY_SLICE: case TY_CHAN: mode = M_VALUE; break;
    case TY_MAP: if (id == BI_LEN) mode = M_VALUE; break;
    default: break;
    }
    if (mode == M_INVALID) {
      op_error(&y, "invalid argument: %s for %s", operand_string(&y), name);
      x->mode = M_INVALID;
      return;
    }
    x->mode = mode;
    x->val = val;
    x->type = ty_int;
    return;
  }
  case BI_APPEND: {
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { use_exprs(args, s); x->mode = M_INVALID; return; }
    Type *S = y.type;
    Type *su = type_under(S);
    if (su->kind != TY_SLICE) {
      const char *cause = y.mode == M_NIL ? "have untyped nil" : arena_printf("have %s", operand_string(&y));
      op_error(&y, "first argument to append must be a slice; %s", cause);
      for (int i = 1; i < nargs; i++) get_arg(&(Operand){0}, args, i, s);
      x->mode = M_INVALID;
      return;
    }
    if (nargs == 2 && call->call.ellipsis && type_under(su->elem)->kind == TY_UINT8) {
      Operand z;
      get_arg(&z, args, 1, s);
      if (z.mode == M_INVALID) { x->mode = M_INVALID; return; }
      if (type_is_string(z.type)) {
        if (type_is_untyped(z.type)) set_final_type(z.expr, ty_string);
        x->mode = M_VALUE;
        x->type = S;
        return;
      }
      assignment(&z, S, "argument to append");
      x->mode = M_VALUE;
      x->type = S;
      return;
    }
    for (int i = 1; i < nargs; i++) {
      Operand z;
      get_arg(&z, args, i, s);
      if (z.mode == M_INVALID) continue;
      assignment(&z, call->call.ellipsis ? S : su->elem, "argument to append");
      if (z.mode != M_INVALID && spread_n <= 0) args->data[i] = z.expr;
    }
    if (call->call.ellipsis && nargs != 2) {
      diag_error(spos(call), "can only use ... with final argument in list");
    }
    x->mode = M_VALUE;
    x->type = S;
    return;
  }
  case BI_MAKE: {
    Node *te = args->data[0];
    Type *T = type_expr(te, s);
    if (!type_valid(T)) { x->mode = M_INVALID; return; }
    Type *u = type_under(T);
    int min = 1;
    if (u->kind == TY_SLICE) min = 2;
    else if (u->kind != TY_MAP && u->kind != TY_CHAN) {
      diag_error(spos(te), "invalid argument: cannot make %s; type must be slice, map, or channel",
                 expr_string(te));
      x->mode = M_INVALID;
      return;
    }
    if (nargs < min || nargs > min + 1) {
      diag_error(spos(call), "invalid operation: %s expects %d or %d arguments; found %d",
                 expr_string(call), min, min + 1, nargs);
      x->mode = M_INVALID;
      return;
    }
    int64_t sizes[2] = {-1, -1};
    bool okall = true;
    for (int i = 1; i < nargs; i++) {
      get_arg(&y, args, i, s);
      if (!int_arg(&y, (Node **)&args->data[i], "size")) { okall = false; continue; }
      if (y.mode == M_CONST) cv_to_int64(y.val, &sizes[i - 1]);
    }
    if (okall && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
      diag_error(spos(args->data[1]), "invalid argument: length and capacity swapped");
    }
    x->mode = M_VALUE;
    x->type = T;
    return;
  }
  case BI_NEW: {
    Type *T = type_expr(args->data[0], s);
    if (!type_valid(T)) { x->mode = M_INVALID; return; }
    x->mode = M_VALUE;
    x->type = type_pointer(T);
    type_layout(x->type);
    return;
  }
  case BI_DELETE: {
    get_arg(&y, args, 0, s);
    Operand k;
    get_arg(&k, args, 1, s);
    if (y.mode == M_INVALID || k.mode == M_INVALID) { x->mode = M_INVALID; return; }
    Type *u = type_under(y.type);
    if (u->kind != TY_MAP) {
      op_error(&y, "invalid argument: %s is not a map", operand_string(&y));
      x->mode = M_INVALID;
      return;
    }
    assignment(&k, u->key, "argument to delete");
    if (k.mode != M_INVALID && spread_n <= 0) args->data[1] = k.expr;
    x->mode = M_NOVALUE;
    return;
  }
  case BI_COPY: {
    get_arg(&y, args, 0, s);
    Operand z;
    get_arg(&z, args, 1, s);
    if (y.mode == M_INVALID || z.mode == M_INVALID) { x->mode = M_INVALID; return; }
    Type *du = type_under(y.type), *su = type_under(z.type);
    if (type_is_string(su) && du->kind == TY_SLICE && type_under(du->elem)->kind == TY_UINT8) {
      if (type_is_untyped(z.type)) set_final_type(z.expr, ty_string);
    } else if (type_is_string(su) && du->kind == TY_SLICE) {
      op_error(&y, "invalid argument: arguments to copy %s and %s have different element types %s and byte",
               operand_string(&y), operand_string(&z), tstr(du->elem));
      x->mode = M_INVALID;
      return;
    } else if (du->kind != TY_SLICE || su->kind != TY_SLICE) {
      op_error(&y, "invalid argument: copy expects slice arguments; found %s and %s",
               operand_string(&y), operand_string(&z));
      x->mode = M_INVALID;
      return;
    } else if (!type_identical(du->elem, su->elem)) {
      op_error(&y, "invalid argument: arguments to copy %s and %s have different element types %s and %s",
               operand_string(&y), operand_string(&z), tstr(du->elem), tstr(su->elem));
      x->mode = M_INVALID;
      return;
    }
    x->mode = M_VALUE;
    x->type = ty_int;
    return;
  }
  case BI_PANIC: {
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    assignment(&y, ty_any, "argument to panic");
    if (y.mode != M_INVALID) args->data[0] = y.expr;
    x->mode = M_NOVALUE;
    return;
  }
  case BI_RECOVER:
    x->mode = M_VALUE;
    x->type = ty_any;
    return;
  case BI_PRINT: case BI_PRINTLN:
    for (int i = 0; i < nargs; i++) {
      get_arg(&y, args, i, s);
      if (y.mode == M_INVALID) continue;
      assignment(&y, NULL, arena_printf("argument to %s", name));
    }
    x->mode = M_NOVALUE;
    return;
  case BI_CLOSE: {
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    Type *u = type_under(y.type);
    if (u->kind != TY_CHAN) {
      op_error(&y, "invalid operation: cannot close non-channel %s", operand_string(&y));
      x->mode = M_INVALID;
      return;
    }
    if (u->dir == CHAN_RECV) {
      op_error(&y, "invalid operation: cannot close receive-only channel %s", operand_string(&y));
      x->mode = M_INVALID;
      return;
    }
    x->mode = M_NOVALUE;
    return;
  }
  case BI_COMPLEX: {
    Operand z;
    get_arg(&y, args, 0, s);
    get_arg(&z, args, 1, s);
    if (y.mode == M_INVALID || z.mode == M_INVALID) { x->mode = M_INVALID; return; }
    if (type_is_untyped(y.type) && !type_is_untyped(z.type)) convert_untyped(&y, z.type);
    if (type_is_untyped(z.type) && !type_is_untyped(y.type)) convert_untyped(&z, y.type);
    if (type_is_untyped(y.type) && type_is_untyped(z.type) && y.mode == M_CONST && z.mode == M_CONST) {
      ConstVal *a = cv_to_kind(y.val, CV_COMPLEX), *b = cv_to_kind(z.val, CV_COMPLEX);
      if (a->im != 0 || b->im != 0) {
        op_error(&y, "invalid argument: arguments have type untyped complex, expected floating-point");
        x->mode = M_INVALID;
        return;
      }
      x->mode = M_CONST;
      x->type = ty_ucomplex;
      x->val = cv_complex(a->f, b->f);
      return;
    }
    if (type_is_untyped(y.type)) { convert_untyped(&y, ty_float64); convert_untyped(&z, ty_float64); }
    if (y.mode == M_INVALID || z.mode == M_INVALID) { x->mode = M_INVALID; return; }
    if (!type_identical(y.type, z.type)) {
      op_error(&y, "invalid operation: %s (mismatched types %s and %s)", expr_string(call),
               tstr(y.type), tstr(z.type));
      x->mode = M_INVALID;
      return;
    }
    TypeKind k = type_under(y.type)->kind;
    if (k != TY_FLOAT32 && k != TY_FLOAT64) {
      op_error(&y, "invalid argument: arguments have type %s, expected floating-point", tstr(y.type));
      x->mode = M_INVALID;
      return;
    }
    x->type = k == TY_FLOAT32 ? ty_complex64 : ty_complex128;
    if (y.mode == M_CONST && z.mode == M_CONST) {
      x->mode = M_CONST;
      x->val = cv_complex(cv_to_kind(y.val, CV_FLOAT)->f, cv_to_kind(z.val, CV_FLOAT)->f);
    } else {
      x->mode = M_VALUE;
    }
    return;
  }
  case BI_REAL: case BI_IMAG: {
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    if (type_is_untyped(y.type) && y.mode == M_CONST && type_is_numeric(y.type)) {
      ConstVal *c = cv_to_kind(y.val, CV_COMPLEX);
      x->mode = M_CONST;
      x->type = ty_ufloat;
      x->val = cv_float(id == BI_REAL ? c->f : c->im);
      return;
    }
    if (type_is_untyped(y.type)) convert_untyped(&y, ty_complex128);
    TypeKind k = type_under(y.type)->kind;
    if (k != TY_COMPLEX64 && k != TY_COMPLEX128) {
      op_error(&y, "invalid argument: argument has type %s, expected complex type", tstr(y.type));
      x->mode = M_INVALID;
      return;
    }
    x->type = k == TY_COMPLEX64 ? ty_float32 : ty_float64;
    if (y.mode == M_CONST) {
      x->mode = M_CONST;
      ConstVal *c = cv_to_kind(y.val, CV_COMPLEX);
      x->val = cv_float(id == BI_REAL ? c->f : c->im);
    } else {
      x->mode = M_VALUE;
    }
    return;
  }
  case BI_SIZEOF: case BI_ALIGNOF: {
    /* Spec: Package unsafe. The operand is not evaluated; the result is a constant */
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    if (type_is_untyped(y.type)) {
      Type *d = type_default(y.type);
      set_final_type(y.expr, d);
      y.type = d;
    }
    type_layout(y.type);
    x->mode = M_CONST;
    x->type = ty_uintptr;
    x->val = cv_int(id == BI_SIZEOF ? type_size(y.type) : type_align(y.type));
    return;
  }
  case BI_OFFSETOF: {
    /* the argument is a selector s.f denoting a field f of the struct s (or of an
     * embedded struct of s, without pointer indirection): f's offset within s */
    Node *a = args->data[0];
    while (a->kind == N_PAREN) a = a->unary.x;
    get_arg(&y, args, 0, s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    if (a->kind != N_SELECTOR || a->selector.kind != SEL_FIELD) {
      diag_error(spos(a), "invalid argument: %s is not a selector expression", expr_string(a));
      x->mode = M_INVALID;
      return;
    }
    Type *t = a->selector.x->type;
    int64_t off = 0;
    for (int i = 0; i <= a->selector.path.len; i++) {
      Type *u = type_under(t);
      if (u->kind == TY_POINTER) {
        if (i > 0) {
          diag_error(spos(a), "invalid argument: field %s is embedded via a pointer in %s",
                     a->selector.name, expr_string(a->selector.x));
          x->mode = M_INVALID;
          return;
        }
        u = type_under(u->elem);
      }
      type_layout(u);
      int fi = i < a->selector.path.len ? (int)(intptr_t)a->selector.path.data[i]
                                        : a->selector.index;
      Field *f = u->fields.data[fi];
      off += f->offset;
      t = f->type;
    }
    x->mode = M_CONST;
    x->type = ty_uintptr;
    x->val = cv_int(off);
    return;
  }
  default:
    x->mode = M_INVALID;
    return;
  }
}

/* ---- Spec: Calls ---- */
void call_expr(Operand *x, Node *e, Scope *s) {
  expr_or_type(x, e->call.fun, s);
  x->expr = e;
  switch (x->mode) {
  case M_INVALID:
    use_exprs(&e->call.args, s);
    return;
  case M_TYPE: {
    Type *T = x->type;
    e->call.how = CALL_CONVERSION;
    int n = e->call.args.len;
    if (n == 0) {
      diag_error(spos(e), "missing argument in conversion to %s", tstr(T));
      x->mode = M_INVALID;
      return;
    }
    if (n > 1) {
      use_exprs(&e->call.args, s);
      diag_error(spos(e->call.args.data[n - 1]), "too many arguments in conversion to %s", tstr(T));
      x->mode = M_INVALID;
      return;
    }
    if (e->call.ellipsis) {
      use_exprs(&e->call.args, s);
      diag_error(spos(e->call.args.data[0]), "invalid use of ... in type conversion to %s", tstr(T));
      x->mode = M_INVALID;
      return;
    }
    Operand y;
    expr(&y, e->call.args.data[0], s);
    if (y.mode == M_INVALID) { x->mode = M_INVALID; return; }
    conversion(&y, T, e);
    *x = y;
    x->expr = e;
    return;
  }
  case M_BUILTIN:
    builtin(x, e, s, x->builtin);
    x->expr = e;
    if (x->mode == M_NOVALUE) x->type = type_tuple(NULL);
    return;
  default: break;
  }
  e->call.how = CALL_FUNC;
  Type *sig = type_under(x->type);
  if (sig->kind != TY_FUNC) {
    x->expr = e->call.fun;
    op_error(x, "invalid operation: cannot call non-function %s", operand_string(x));
    use_exprs(&e->call.args, s);
    x->mode = M_INVALID;
    return;
  }
  Args a = eval_args(e, s);
  arguments(e, sig, &a);
  set_result(x, sig);
  x->expr = e;
}
