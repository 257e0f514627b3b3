/* report.c — how -m messages name things: gc's node formatter (cmd/compile/internal/ir
 * fmt.go) for expressions and statements, and its type printer. Constants print as written in
 * the source (gc keeps the original expression), composite literals elide their elements as
 * {...}, implicit conversions print their operand, and parentheses follow precedence. */
#include <string.h>

#include "escape_int.h"

/* sema's universe type for `any` (sema/sema_int.h): gc prints it as "any", while a literal
 * interface{} prints as "interface {}". */
extern Type *ty_any;

static void expr_fmt(StrBuf *sb, Node *n, int prec);
static void type_fmt(StrBuf *sb, Type *t);

/* ---- types ---- */

static bool is_local_pkg(const char *pkg) {
  return !pkg || !*pkg || (esc_pkg && esc_pkg->path && strcmp(pkg, esc_pkg->path) == 0);
}

static const char *pkg_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

static void sig_fmt(StrBuf *sb, Type *t) {
  sb_puts(sb, "(");
  for (int i = 0; i < t->params.len; i++) {
    if (i) sb_puts(sb, ", ");
    Type *p = t->params.data[i];
    if (t->variadic && i == t->params.len - 1 && esc_under(p)->kind == TY_SLICE) {
      sb_puts(sb, "...");
      type_fmt(sb, esc_under(p)->elem);
    } else {
      type_fmt(sb, p);
    }
  }
  sb_puts(sb, ")");
  if (t->results.len == 1) {
    sb_puts(sb, " ");
    type_fmt(sb, t->results.data[0]);
  } else if (t->results.len > 1) {
    sb_puts(sb, " (");
    for (int i = 0; i < t->results.len; i++) {
      if (i) sb_puts(sb, ", ");
      type_fmt(sb, t->results.data[i]);
    }
    sb_puts(sb, ")");
  }
}

static void type_fmt(StrBuf *sb, Type *t) {
  if (!t) { sb_puts(sb, "<nil>"); return; }
  if (t->obj && (t->kind == TY_NAMED || t->kind < TY_UNTYPED_BOOL || t->obj->name)) {
    if (t->kind == TY_NAMED && !is_local_pkg(t->obj->pkg))
      sb_printf(sb, "%s.", pkg_name(t->obj->pkg));
    sb_puts(sb, t->obj->name);
    return;
  }
  switch (t->kind) {
  case TY_POINTER: sb_puts(sb, "*"); type_fmt(sb, t->elem); return;
  case TY_SLICE: sb_puts(sb, "[]"); type_fmt(sb, t->elem); return;
  case TY_ARRAY: sb_printf(sb, "[%lld]", (long long)t->len); type_fmt(sb, t->elem); return;
  case TY_MAP:
    sb_puts(sb, "map[");
    type_fmt(sb, t->key);
    sb_puts(sb, "]");
    type_fmt(sb, t->elem);
    return;
  case TY_CHAN:
    sb_puts(sb, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
    type_fmt(sb, t->elem);
    return;
  case TY_FUNC: sb_puts(sb, "func"); sig_fmt(sb, t); return;
  case TY_INTERFACE:
    if (t == ty_any) { sb_puts(sb, "any"); return; } /* the universe's any, as gc prints it */
    if (t->methods.len == 0) { sb_puts(sb, "interface {}"); return; }
    sb_puts(sb, "interface {");
    for (int i = 0; i < t->methods.len; i++) {
      Method *m = t->methods.data[i];
      sb_printf(sb, "%s %s", i ? ";" : "", m->name);
      if (m->type) sig_fmt(sb, m->type);
    }
    sb_puts(sb, " }");
    return;
  case TY_STRUCT:
    sb_puts(sb, "struct {");
    for (int i = 0; i < t->fields.len; i++) {
      Field *f = t->fields.data[i];
      sb_puts(sb, i ? "; " : " ");
      if (!f->embedded) sb_printf(sb, "%s ", f->name);
      type_fmt(sb, f->type);
    }
    sb_puts(sb, t->fields.len ? " }" : "}");
    return;
  case TY_UNTYPED_STRING: sb_puts(sb, "string"); return;
  case TY_UNTYPED_INT: sb_puts(sb, "int"); return;
  case TY_UNTYPED_RUNE: sb_puts(sb, "rune"); return;
  case TY_UNTYPED_FLOAT: sb_puts(sb, "float64"); return;
  case TY_UNTYPED_BOOL: sb_puts(sb, "bool"); return;
  case TY_UNTYPED_NIL: sb_puts(sb, "nil"); return;
  default: sb_puts(sb, type_string(t)); return;
  }
}

const char *esc_type_string(Type *t) {
  StrBuf sb = {0};
  type_fmt(&sb, t);
  const char *s = sb_arena(&sb);
  sb_free(&sb);
  return s;
}

/* ---- expressions ---- */

/* gc's OpPrec */
static int binary_prec(Op op) {
  switch (op) {
  case OP_MUL: case OP_DIV: case OP_REM: case OP_SHL: case OP_SHR: case OP_AND: case OP_ANDNOT:
    return 6;
  case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: return 5;
  case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ: return 4;
  case OP_LAND: return 3;
  case OP_LOR: return 2;
  default: return 5;
  }
}

static int node_prec(Node *n) {
  switch (n->kind) {
  case N_BINARY: return binary_prec(n->binary.op);
  case N_UNARY: case N_STAR: return 7;
  case N_CALL:
    if (n->call.how == CALL_CONVERSION && n->implicit && n->call.args.len)
      return node_prec(esc_unparen(n->call.args.data[0]));
    return 8;
  case N_FUNCLIT: return 8;
  default: return 8;
  }
}

static void list_fmt(StrBuf *sb, Vec *v, int from) {
  for (int i = from; i < v->len; i++) {
    if (i > from) sb_puts(sb, ", ");
    expr_fmt(sb, v->data[i], 0);
  }
}

static void conv_fmt(StrBuf *sb, Node *n) {
  Type *t = n->type;
  Node *x = n->call.args.len ? esc_unparen(n->call.args.data[0]) : NULL;
  Type *tu = esc_under(t);
  if (x && x->val && x->val->kind == CV_STRING && tu && tu->kind == TY_SLICE &&
      esc_under(tu->elem)->kind == TY_INT32) {
    /* gc turns []rune("const") into a slice literal at type-checking time */
    type_fmt(sb, t);
    sb_puts(sb, x->val->slen ? "{...}" : "{}");
    return;
  }
  bool named = t && t->obj && t->obj->name;
  if (named) type_fmt(sb, t);
  else { sb_puts(sb, "("); type_fmt(sb, t); sb_puts(sb, ")"); }
  sb_puts(sb, "(");
  /* string(x) of a slice of a defined byte or rune type: gc's type checker converts x to
   * []byte or []rune first */
  Type *xu = x ? esc_under(x->type) : NULL;
  Type *el = xu && xu->kind == TY_SLICE ? xu->elem : NULL;
  const char *inner = NULL;
  if (tu && tu->kind == TY_STRING && el && el->kind == TY_NAMED) {
    Type *eu = esc_under(el);
    if (eu->kind == TY_UINT8) inner = "([]byte)(";
    else if (eu->kind == TY_INT32) inner = "([]rune)(";
  }
  if (inner) sb_puts(sb, inner);
  if (n->call.args.len) expr_fmt(sb, n->call.args.data[0], 0);
  if (inner) sb_puts(sb, ")");
  sb_puts(sb, ")");
}

static void builtin_fmt(StrBuf *sb, Node *n) {
  Node *fun = n->call.fun;
  const char *name = fun && fun->kind == N_IDENT ? fun->ident.name : "builtin";
  if (n->call.builtin == BI_MAKE || n->call.builtin == BI_NEW) {
    sb_printf(sb, "%s(", name);
    Node *t0 = n->call.args.len ? n->call.args.data[0] : NULL;
    type_fmt(sb, n->call.builtin == BI_NEW ? esc_under(n->type)->elem : (t0 && t0->type ? t0->type : n->type));
    for (int i = 1; i < n->call.args.len; i++) {
      Node *a = n->call.args.data[i];
      sb_puts(sb, ", ");
      expr_fmt(sb, a, 0);
    }
    sb_puts(sb, ")");
    return;
  }
  sb_printf(sb, "%s(", name);
  list_fmt(sb, &n->call.args, 0);
  if (n->call.ellipsis) sb_puts(sb, "...");
  sb_puts(sb, ")");
}

/* the implicit embedded-field dots of a promoted field or method, from a value of type t */
static void path_fmt(StrBuf *sb, Type *t, Vec *path) {
  for (int i = 0; i < path->len; i++) {
    Type *st = esc_under(t);
    if (st && st->kind == TY_POINTER) st = esc_under(st->elem);
    int idx = (int)(intptr_t)path->data[i];
    if (!st || st->kind != TY_STRUCT || idx < 0 || idx >= st->fields.len) break;
    Field *f = st->fields.data[idx];
    sb_printf(sb, ".%s", f->name);
    t = f->type;
  }
}

static void call_fmt(StrBuf *sb, Node *n) {
  if (n->call.how == CALL_CONVERSION) {
    if (n->implicit) { if (n->call.args.len) expr_fmt(sb, n->call.args.data[0], 0); return; }
    conv_fmt(sb, n);
    return;
  }
  if (n->call.how == CALL_BUILTIN) { builtin_fmt(sb, n); return; }
  Node *fun = esc_unparen(n->call.fun);
  bool first = true;
  Object *dm = NULL;
  Type *dt = NULL;
  Vec *dpath = NULL;
  if (fun->kind == N_SELECTOR && fun->selector.kind == SEL_METHOD && fun->selector.sel &&
      fun->selector.sel->recv) {
    /* gc rewrites x.m(args) to T.m(x, args) before escape analysis (FixMethodCall) */
    Type *rt = fun->selector.sel->recv;
    Type *u = esc_under(rt);
    if (u && u->kind == TY_POINTER && rt->kind != TY_NAMED) {
      sb_puts(sb, "(*");
      type_fmt(sb, u->elem);
      sb_puts(sb, ")");
    } else {
      type_fmt(sb, rt);
    }
    sb_printf(sb, ".%s(", fun->selector.name);
    expr_fmt(sb, fun->selector.x, 0);
    path_fmt(sb, fun->selector.x->type, &fun->selector.path);
    first = false;
  } else if (esc_devirt_of(n, &dm, &dt, &dpath) && dm) {
    /* devirtualized: T.m(x.(T), args) */
    Type *rt = dm->recv;
    Type *u = esc_under(rt);
    if (u && u->kind == TY_POINTER && rt->kind != TY_NAMED) {
      sb_puts(sb, "(*");
      type_fmt(sb, u->elem);
      sb_puts(sb, ")");
    } else {
      type_fmt(sb, rt);
    }
    sb_printf(sb, ".%s(", fun->selector.name);
    expr_fmt(sb, fun->selector.x, 8);
    sb_puts(sb, ".(");
    type_fmt(sb, dt);
    sb_puts(sb, ")");
    path_fmt(sb, dt, dpath);
    first = false;
  } else if (fun->kind == N_FUNCLIT) {
    sb_puts(sb, "(func literal)(");
  } else {
    expr_fmt(sb, n->call.fun, 8);
    sb_puts(sb, "(");
  }
  /* a variadic call's extra arguments become one slice (FixVariadicCall) */
  Type *ft = esc_under(fun->type);
  int nfixed = n->call.args.len;
  bool ddd = ft && ft->kind == TY_FUNC && ft->variadic && !n->call.ellipsis &&
             !(n->call.args.len == 1 && ((Node *)n->call.args.data[0])->type &&
               ((Node *)n->call.args.data[0])->type->kind == TY_TUPLE);
  if (ddd) nfixed = ft->params.len - 1;
  for (int i = 0; i < nfixed && i < n->call.args.len; i++) {
    if (!first) sb_puts(sb, ", ");
    first = false;
    expr_fmt(sb, n->call.args.data[i], 0);
  }
  if (ddd) {
    if (!first) sb_puts(sb, ", ");
    sb_puts(sb, n->call.args.len > nfixed ? "... argument..." : "nil...");
  } else if (n->call.ellipsis) {
    sb_puts(sb, "...");
  }
  sb_puts(sb, ")");
}

static void composite_fmt(StrBuf *sb, Node *n) {
  if (n->implicit && !n->composite.type && !n->type) { /* escape's node for a ... slice */
    sb_puts(sb, "... argument");
    return;
  }
  type_fmt(sb, n->type);
  sb_puts(sb, n->composite.elts.len ? "{...}" : "{}");
}

static void selector_fmt(StrBuf *sb, Node *n) {
  if (n->selector.kind == SEL_PKG) {
    /* gc names the package by its own name, not by a local alias (import s "strings") */
    Node *x = esc_unparen(n->selector.x);
    const char *pkg = n->selector.sel && n->selector.sel->pkg ? pkg_name(n->selector.sel->pkg)
                      : x && x->kind == N_IDENT ? x->ident.name : "?";
    sb_printf(sb, "%s.%s", pkg, n->selector.name);
    return;
  }
  if (n->selector.kind == SEL_METHODEXPR) {
    Type *t = n->selector.x->type;
    Type *u = esc_under(t);
    if (u && u->kind == TY_POINTER && t->kind != TY_NAMED) {
      sb_puts(sb, "(*");
      type_fmt(sb, u->elem);
      sb_puts(sb, ")");
    } else {
      type_fmt(sb, t);
    }
    sb_printf(sb, ".%s", n->selector.name);
    return;
  }
  expr_fmt(sb, n->selector.x, 8);
  if (n->selector.kind == SEL_FIELD || n->selector.kind == SEL_IFACEMETHOD ||
      n->selector.kind == SEL_METHOD) /* gc prints the implicit embedded-field dots */
    path_fmt(sb, n->selector.x->type, &n->selector.path);
  sb_printf(sb, ".%s", n->selector.name);
}

static void expr_fmt(StrBuf *sb, Node *n, int prec) {
  n = esc_unparen(n);
  if (!n) { sb_puts(sb, "<nil>"); return; }
  const char *tmp = esc_temp_name(n);
  if (tmp) { sb_puts(sb, tmp); return; }
  int np = node_prec(n);
  if (prec > np) {
    sb_puts(sb, "(");
    expr_fmt(sb, n, 0);
    sb_puts(sb, ")");
    return;
  }
  switch (n->kind) {
  case N_IDENT: sb_puts(sb, n->ident.name); return;
  case N_BASICLIT: sb_puts(sb, n->lit.text); return;
  case N_COMPOSITE: composite_fmt(sb, n); return;
  case N_FUNCLIT: sb_puts(sb, "func literal"); return;
  case N_SELECTOR: selector_fmt(sb, n); return;
  case N_INDEX:
    expr_fmt(sb, n->index.x, 8);
    sb_puts(sb, "[");
    expr_fmt(sb, n->index.index, 0);
    sb_puts(sb, "]");
    return;
  case N_SLICE:
    expr_fmt(sb, n->slice.x, 8);
    sb_puts(sb, "[");
    if (n->slice.lo) expr_fmt(sb, n->slice.lo, 0);
    sb_puts(sb, ":");
    if (n->slice.hi) expr_fmt(sb, n->slice.hi, 0);
    if (n->slice.slice3) { sb_puts(sb, ":"); if (n->slice.max) expr_fmt(sb, n->slice.max, 0); }
    sb_puts(sb, "]");
    return;
  case N_TYPEASSERT:
    expr_fmt(sb, n->typeassert.x, 8);
    sb_puts(sb, ".(");
    type_fmt(sb, n->type);
    sb_puts(sb, ")");
    return;
  case N_CALL: call_fmt(sb, n); return;
  case N_STAR: sb_puts(sb, "*"); expr_fmt(sb, n->unary.x, 8); return;
  case N_UNARY:
    sb_puts(sb, ast_op_names[n->unary.op]);
    expr_fmt(sb, n->unary.x, 8);
    return;
  case N_BINARY:
    expr_fmt(sb, n->binary.x, np);
    sb_printf(sb, " %s ", ast_op_names[n->binary.op]);
    expr_fmt(sb, n->binary.y, np + 1);
    return;
  case N_KEYVALUE:
    expr_fmt(sb, n->binary.x, 0);
    sb_puts(sb, ":");
    expr_fmt(sb, n->binary.y, 0);
    return;
  default: sb_puts(sb, ast_kind_names[n->kind]); return;
  }
}

static bool is_type_expr(Node *x) {
  x = esc_unparen(x);
  if (!x || !x->type) return false;
  switch (x->kind) {
  case N_IDENT: return x->ident.obj && x->ident.obj->kind == OBJ_TYPE;
  case N_SELECTOR: return x->selector.sel && x->selector.sel->kind == OBJ_TYPE;
  case N_STAR: return is_type_expr(x->unary.x);
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
  case N_CHANTYPE: return true;
  default: return false;
  }
}

/* Statements appear in -m=2 explanations ("from x = &y (assign)") and self-assignments. */
static void stmt_fmt(StrBuf *sb, Node *n) {
  switch (n->kind) {
  case N_ASSIGN:
    list_fmt(sb, &n->assign.lhs, 0);
    if (n->assign.op == OP_DEFINE) sb_puts(sb, " := ");
    else if (n->assign.op == OP_ASSIGN) sb_puts(sb, " = ");
    else sb_printf(sb, " %s= ", ast_op_names[n->assign.op]);
    list_fmt(sb, &n->assign.rhs, 0);
    return;
  case N_RETURN: sb_puts(sb, "return "); list_fmt(sb, &n->list.list, 0); return;
  case N_SEND:
    expr_fmt(sb, n->binary.x, 0);
    sb_puts(sb, " <- ");
    expr_fmt(sb, n->binary.y, 0);
    return;
  case N_VALUESPEC:
    sb_puts(sb, "var ");
    list_fmt(sb, &n->valuespec.names, 0);
    if (n->valuespec.values.len) { sb_puts(sb, " = "); list_fmt(sb, &n->valuespec.values, 0); }
    return;
  case N_RANGE: sb_puts(sb, "for loop"); return;
  case N_CASECLAUSE:
    if (n->caseclause.exprs.len) {
      sb_puts(sb, "case ");
      for (int i = 0; i < n->caseclause.exprs.len; i++) {
        if (i) sb_puts(sb, ", ");
        Node *x = n->caseclause.exprs.data[i];
        if (is_type_expr(x)) type_fmt(sb, x->type);
        else expr_fmt(sb, x, 0);
      }
    } else {
      sb_puts(sb, "default");
    }
    sb_puts(sb, ": ");
    for (int i = 0; i < n->caseclause.body.len; i++) {
      if (i) sb_puts(sb, "; ");
      stmt_fmt(sb, n->caseclause.body.data[i]);
    }
    return;
  case N_EXPRSTMT: expr_fmt(sb, n->unary.x, 0); return;
  case N_GO: case N_DEFER:
    sb_puts(sb, n->kind == N_GO ? "go " : "defer ");
    expr_fmt(sb, n->unary.x, 0);
    return;
  default: expr_fmt(sb, n, 0); return;
  }
}

const char *esc_node_string(Node *n) {
  StrBuf sb = {0};
  stmt_fmt(&sb, n);
  const char *s = sb_arena(&sb);
  sb_free(&sb);
  return s;
}

const char *esc_loc_string(Loc *l) {
  if (l->kind == LK_VAR) return l->name ? l->name : "?";
  if (l->str) return l->str;
  if (!l->n) return "{temp}";
  if (l->ptrlit) {
    Type *t = l->n->type;
    Type *u = esc_under(t);
    if (u && u->kind == TY_POINTER && t->kind != TY_NAMED) t = u->elem;
    return arena_printf("&%s%s", esc_type_string(t), l->n->composite.elts.len ? "{...}" : "{}");
  }
  if (l->n->kind == N_CALL && l->n->call.how == CALL_FUNC) return "... argument";
  return esc_node_string(l->n);
}

const char *esc_fn_name(EscFn *fn) { return fn ? fn->name : "?"; }
