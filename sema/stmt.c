/* stmt.c — function bodies and statements (Spec: Statements): blocks and scopes, if/for/range/
 * switch/type switch/select, go/defer, return, labels and branch targets, terminating
 * statements ("missing return"), and unused variables and labels. */
#include "sema_int.h"

#include <string.h>

void assign_stmt(Node *st, Scope *s);
void short_var_decl(Node *st, Scope *s);
void comparison(Operand *x, Operand *y, Op op, Node *e, bool switch_case);
Object *new_local_var(Node *id, Type *t);
Type *recv_type(Node *recv, Scope *s);

/* statement context */
enum { CTX_BREAK = 1, CTX_CONTINUE = 2, CTX_FALLTHROUGH = 4, CTX_FINALCASE = 8, CTX_TYPESWITCH = 16 };
typedef struct Target {
  struct Target *outer;
  Node *stmt;          /* N_FOR N_RANGE N_SWITCH N_TYPESWITCH N_SELECT */
  const char *label;   /* label name or NULL */
} Target;
typedef struct BlockInfo {   /* statement lists enclosing the current statement */
  Vec *list;
  int idx;
  Pos start;
  struct BlockInfo *parent;
} BlockInfo;
typedef struct Ctx {
  int flags;
  Target *targets;
  BlockInfo *blk;
} Ctx;

static void stmt(Node *st, Scope *s, Ctx ctx);

void declare_var(Scope *s, Object *o) {
  Object *alt = scope_lookup_local(s, o->name);
  if (alt) {
    if (alt->pos.line)
      diag_error(o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                 o->name, alt->pos.file, alt->pos.line, alt->pos.col, o->name);
    else
      diag_error(o->pos, "%s redeclared in this block", o->name);
    return;
  }
  scope_insert(s, o);
}

void check_unused(Scope *s) {
  for (int i = 0; i < s->objs.len; i++) {
    Object *o = s->objs.data[i];
    if (o->kind == OBJ_VAR && !o->used && !o->is_param && !o->is_result &&
        o->name != intern("_"))
      diag_error(o->pos, "%s declared but not used", o->name);
  }
}

Scope *func_scope_for(Scope *s) {
  while (s && s->kind != SC_FUNC) s = s->parent;
  return s;
}

static void stmts_at(Vec *v, Scope *s, Ctx ctx, Pos start) {
  int last = v->len - 1;
  while (last >= 0 && ((Node *)v->data[last])->kind == N_EMPTYSTMT) last--;
  BlockInfo bi = {v, 0, start, ctx.blk};
  ctx.blk = &bi;
  for (int i = 0; i < v->len; i++) {
    bi.idx = i;
    Ctx c = ctx;
    if (i != last || !(ctx.flags & CTX_FALLTHROUGH)) c.flags &= ~(CTX_FALLTHROUGH | CTX_FINALCASE);
    if (i == last && (ctx.flags & CTX_FINALCASE)) c.flags |= CTX_FINALCASE;
    stmt(v->data[i], s, c);
  }
}

static void stmts(Vec *v, Scope *s, Ctx ctx) { stmts_at(v, s, ctx, (Pos){0}); }

void stmt_list(Vec *v, Scope *s) { stmts(v, s, (Ctx){0, NULL, NULL}); }

static void block_at(Vec *v, Scope *s, Ctx ctx, Pos start) {
  Scope *bs = scope_new(s, SC_BLOCK);
  stmts_at(v, bs, ctx, start);
  check_unused(bs);
}

/* ---- Spec: Terminating statements ---- */
static bool has_break(Node *n, Node *target);
static bool has_break_list(Vec *v, Node *target) {
  for (int i = 0; i < v->len; i++) if (has_break(v->data[i], target)) return true;
  return false;
}
static bool has_break(Node *n, Node *target) {
  if (!n) return false;
  switch (n->kind) {
  case N_BRANCH: return n->branch.kind == BR_BREAK && n->branch.target == target;
  case N_BLOCK: return has_break_list(&n->block.stmts, target);
  case N_IF: return has_break(n->ifstmt.then, target) || has_break(n->ifstmt.els, target);
  case N_LABELED: return has_break(n->labeled.stmt, target);
  case N_CASECLAUSE: return has_break_list(&n->caseclause.body, target);
  case N_COMMCLAUSE: return has_break_list(&n->commclause.body, target);
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT: return has_break_list(&n->switchstmt.clauses, target);
  case N_FOR: return has_break(n->forstmt.body, target);
  case N_RANGE: return has_break(n->rangestmt.body, target);
  default: return false;
  }
}

static bool terminating(Node *n);
static bool terminating_list(Vec *v) {
  int last = v->len - 1;
  while (last >= 0 && ((Node *)v->data[last])->kind == N_EMPTYSTMT) last--;
  return last >= 0 && terminating(v->data[last]);
}

static bool terminating(Node *n) {
  if (!n) return false;
  switch (n->kind) {
  case N_RETURN: return true;
  case N_BRANCH: return n->branch.kind == BR_GOTO || n->branch.kind == BR_FALLTHROUGH;
  case N_EXPRSTMT: {
    Node *c = n->unary.x;
    while (c->kind == N_PAREN) c = c->unary.x;
    return c->kind == N_CALL && c->call.how == CALL_BUILTIN && c->call.builtin == BI_PANIC;
  }
  case N_BLOCK: return terminating_list(&n->block.stmts);
  case N_IF: return n->ifstmt.els && terminating(n->ifstmt.then) && terminating(n->ifstmt.els);
  case N_LABELED: return terminating(n->labeled.stmt);
  case N_FOR: return !n->forstmt.cond && !has_break(n->forstmt.body, n);
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
    bool has_default = n->kind == N_SELECT;
    for (int i = 0; i < n->switchstmt.clauses.len; i++) {
      Node *c = n->switchstmt.clauses.data[i];
      Vec *body = c->kind == N_COMMCLAUSE ? &c->commclause.body : &c->caseclause.body;
      if (c->kind == N_CASECLAUSE && c->caseclause.is_default) has_default = true;
      if (!terminating_list(body) || has_break_list(body, n)) return false;
    }
    return has_default;
  }
  default: return false;
  }
}

/* ---- labels ---- */
/* where each label is: its statement list, index and the list's start (goto checks) */
static Vec label_lists, label_idx, label_starts;

static void collect_list(Vec *v, FuncCtx *fc, Pos start);

static void collect_labels(Node *n, FuncCtx *fc, Vec *list, int idx, Pos start) {
  if (!n) return;
  switch (n->kind) {
  case N_LABELED: {
    Node *id = n->labeled.label;
    for (int i = 0; i < fc->label_stmts.len; i++) {
      Node *o = fc->label_stmts.data[i];
      if (o->labeled.label->ident.name == id->ident.name && id->ident.name != intern("_")) {
        Pos p = o->labeled.label->pos;
        diag_error(id->pos, "label %s already defined at %s:%d:%d", id->ident.name, p.file,
                   p.line, p.col);
        goto inner;
      }
    }
    if (id->ident.name != intern("_")) {
      Object *o = obj_new(OBJ_LABEL, id->ident.name, id->pos, NULL);
      o->decl = n;
      id->ident.obj = o;
      vec_push(&fc->labels, o);
      vec_push(&fc->label_stmts, n);
      vec_push(&label_lists, list);
      vec_push(&label_idx, (void *)(intptr_t)idx);
      Pos *ps = NEW(Pos);
      *ps = start;
      vec_push(&label_starts, ps);
    }
  inner:
    collect_labels(n->labeled.stmt, fc, list, idx, start);
    break;
  }
  case N_BLOCK: collect_list(&n->block.stmts, fc, n->pos); break;
  case N_IF:
    collect_labels(n->ifstmt.then, fc, NULL, 0, start);
    collect_labels(n->ifstmt.els, fc, NULL, 0, start);
    break;
  case N_FOR: collect_labels(n->forstmt.body, fc, NULL, 0, start); break;
  case N_RANGE: collect_labels(n->rangestmt.body, fc, NULL, 0, start); break;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    for (int i = 0; i < n->switchstmt.clauses.len; i++) {
      Node *c = n->switchstmt.clauses.data[i];
      Vec *body = c->kind == N_COMMCLAUSE ? &c->commclause.body : &c->caseclause.body;
      collect_list(body, fc, c->kind == N_COMMCLAUSE ? c->commclause.colon : c->caseclause.colon);
    }
    break;
  default: break;
  }
}

static void collect_list(Vec *v, FuncCtx *fc, Pos start) {
  for (int k = 0; k < v->len; k++) collect_labels(v->data[k], fc, v, k, start);
}

static int label_slot(Object *lo) {
  FuncCtx *fc = chk->fn;
  for (int i = 0; i < fc->label_stmts.len; i++)
    if (fc->label_stmts.data[i] == lo->decl) {
      for (int k = label_lists.len - 1; k >= 0; k--) (void)k;
      return i;
    }
  return -1;
}

/* gc's syntax/branches.go rules for goto: no jumping into a block, no jumping forward over a
 * variable declaration of the label's block */
static void check_goto(Node *st, Object *lo, Ctx ctx) {
  Node *ls = lo->decl;
  Vec *llist = NULL;
  int lidx = 0;
  Pos lstart = {0};
  for (int k = label_lists.len - 1; k >= 0; k--) {
    Vec *l = label_lists.data[k];
    if (!l) continue;
    int i = (int)(intptr_t)label_idx.data[k];
    if (i < l->len && l->data[i] == ls) {
      llist = l;
      lidx = i;
      lstart = *(Pos *)label_starts.data[k];
      break;
    }
  }
  if (!llist) return;
  BlockInfo *b = ctx.blk;
  while (b && b->list != llist) b = b->parent;
  if (!b) {
    if (lstart.line)
      diag_error(st->branch.label->pos, "goto %s jumps into block starting at %s:%d:%d",
                 lo->name, lstart.file, lstart.line, lstart.col);
    else
      diag_error(st->branch.label->pos, "goto %s jumps into block", lo->name);
    return;
  }
  if (b->idx >= lidx) return; /* backward jump */
  Node *decl = NULL;
  const char *vname = NULL;
  Pos vpos = {0};
  for (int i = b->idx + 1; i < lidx; i++) {
    Node *s = llist->data[i];
    while (s->kind == N_LABELED) s = s->labeled.stmt;
    if (!s) continue;
    if (s->kind == N_ASSIGN && s->assign.op == OP_DEFINE) {
      decl = s;
      vname = expr_string(s->assign.lhs.data[0]);
      vpos = s->pos;
    } else if (s->kind == N_DECLSTMT && s->unary.x->gendecl.kind == DECL_VAR &&
               s->unary.x->gendecl.specs.len) {
      Node *spec = s->unary.x->gendecl.specs.data[0];
      decl = s;
      Node *id = spec->valuespec.names.data[0];
      vname = id->ident.name;
      vpos = id->pos;
    }
  }
  if (decl)
    diag_error(st->branch.label->pos, "goto %s jumps over declaration of %s at %s:%d:%d", lo->name,
               vname, vpos.file, vpos.line, vpos.col);
}

static Object *find_label(const char *name) {
  FuncCtx *fc = chk->fn;
  for (int i = 0; i < fc->labels.len; i++) {
    Object *o = fc->labels.data[i];
    if (o->name == name) return o;
  }
  return NULL;
}

static void branch(Node *st, Ctx ctx) {
  Node *lbl = st->branch.label;
  switch (st->branch.kind) {
  case BR_BREAK: case BR_CONTINUE: {
    bool brk = st->branch.kind == BR_BREAK;
    if (lbl) {
      Object *lo = find_label(lbl->ident.name);
      if (!lo) {
        diag_error(lbl->pos, "%s label not defined: %s", brk ? "break" : "continue", lbl->ident.name);
        return;
      }
      lo->used = true;
      lbl->ident.obj = lo;
      for (Target *t = ctx.targets; t; t = t->outer) {
        if (t->label == lbl->ident.name) {
          if (!brk && t->stmt->kind != N_FOR && t->stmt->kind != N_RANGE) break;
          st->branch.target = t->stmt;
          return;
        }
      }
      diag_error(lbl->pos, "invalid %s label %s", brk ? "break" : "continue", lbl->ident.name);
      return;
    }
    for (Target *t = ctx.targets; t; t = t->outer) {
      if (brk || t->stmt->kind == N_FOR || t->stmt->kind == N_RANGE) {
        st->branch.target = t->stmt;
        return;
      }
    }
    diag_error(st->pos, brk ? "break is not in a loop, switch, or select" : "continue is not in a loop");
    return;
  }
  case BR_GOTO: {
    if (!lbl) return;
    Object *lo = find_label(lbl->ident.name);
    if (!lo) {
      diag_error(lbl->pos, "label %s not defined", lbl->ident.name);
      return;
    }
    lo->used = true;
    lbl->ident.obj = lo;
    st->branch.target = lo->decl;
    (void)label_slot;
    check_goto(st, lo, ctx);
    return;
  }
  case BR_FALLTHROUGH:
    if (!(ctx.flags & CTX_FALLTHROUGH)) {
      if (ctx.flags & CTX_TYPESWITCH) diag_error(st->pos, "cannot fallthrough in type switch");
      else if (ctx.flags & CTX_FINALCASE) diag_error(st->pos, "cannot fallthrough final case in switch");
      else diag_error(st->pos, "fallthrough statement out of place");
    }
    return;
  }
}

/* ---- function bodies ---- */
static void declare_params(Vec *fields, Vec *types, int *k, Scope *fs, Node *decl, bool result) {
  for (int i = 0; i < fields->len; i++) {
    Node *f = fields->data[i];
    int n = f->field.names.len;
    if (n == 0) { (*k)++; continue; }
    for (int j = 0; j < n; j++) {
      Node *id = f->field.names.data[j];
      Type *t = *k < types->len ? types->data[*k] : ty_invalid;
      (*k)++;
      Object *o = obj_new(OBJ_VAR, id->ident.name, id->pos, t);
      o->decl = id;
      o->func = decl;
      o->is_param = !result;
      o->is_result = result;
      o->used = true;
      SX(o)->state = RS_DONE;
      id->ident.obj = is_blank(id) ? NULL : o;
      if (!is_blank(id)) declare_var(fs, o);
    }
  }
}

void func_body(Node *decl, Node *ftype, Node *body, Type *sig, Scope *s) {
  FuncCtx fc = {0};
  fc.decl = decl;
  fc.sig = sig;
  fc.outer = chk->fn;
  fc.top = decl->kind == N_FUNCDECL ? decl : (chk->fn ? chk->fn->top : NULL);
  Scope *fs = scope_new(s, SC_FUNC);
  fc.scope = fs;
  chk->fn = &fc;
  if (decl->kind == N_FUNCDECL && decl->funcdecl.recv) {
    Node *r = decl->funcdecl.recv;
    Type *rt = decl->funcdecl.obj ? decl->funcdecl.obj->recv : NULL;
    Vec one = {0};
    vec_push(&one, r);
    Vec tys = {0};
    vec_push(&tys, rt ? rt : ty_invalid);
    int k = 0;
    declare_params(&one, &tys, &k, fs, decl, false);
  }
  int k = 0;
  declare_params(&ftype->functype.params, &sig->params, &k, fs, decl, false);
  k = 0;
  declare_params(&ftype->functype.results, &sig->results, &k, fs, decl, true);
  collect_list(&body->block.stmts, &fc, body->pos);
  stmts_at(&body->block.stmts, fs, (Ctx){0, NULL, NULL}, body->pos);
  if (sig->results.len && !terminating(body)) diag_error(body->block.rbrace, "missing return");
  check_unused(fs);
  for (int i = 0; i < fc.labels.len; i++) {
    Object *o = fc.labels.data[i];
    if (!o->used && o->name != intern("_"))
      diag_error(o->pos, "label %s defined and not used", o->name);
  }
  chk->fn = fc.outer;
}

/* ---- statements ---- */
static void expr_stmt(Node *st, Scope *s) {
  Operand x;
  expr_or_type(&x, st->unary.x, s);
  Node *c = st->unary.x;
  while (c->kind == N_PAREN) c = c->unary.x;
  const char *msg = NULL;
  switch (x.mode) {
  case M_INVALID: return;
  case M_BUILTIN: msg = "must be called"; break;
  case M_TYPE: msg = "is not an expression"; break;
  default:
    if (c->kind == N_CALL && c->call.how == CALL_FUNC) return;
    if (c->kind == N_CALL && c->call.how == CALL_BUILTIN) {
      switch (c->call.builtin) {
      case BI_COPY: case BI_DELETE: case BI_PANIC: case BI_PRINT: case BI_PRINTLN:
      case BI_RECOVER: case BI_CLOSE:
        return;
      default: break;
      }
    }
    if (c->kind == N_UNARY && c->unary.op == OP_ARROW) return;
    msg = "is not used";
  }
  op_error(&x, "%s %s", operand_string(&x), msg);
}

static void go_defer(Node *st, Scope *s, const char *kw) {
  Node *c = st->unary.x;
  while (c && c->kind == N_PAREN) c = c->unary.x;
  Operand x;
  if (!c || c->kind != N_CALL) {
    /* gc's parser reports this and goes on as if the expression were called: x() */
    diag_error(spos(st->unary.x), "expression in %s must be function call", kw);
    expr_or_type(&x, st->unary.x, s);
    if (x.mode == M_INVALID || x.mode == M_TYPE) return;
    if (type_under(x.type)->kind != TY_FUNC)
      op_error(&x, "invalid operation: cannot call non-function %s", operand_string(&x));
    return;
  }
  expr_or_type(&x, st->unary.x, s);
  if (x.mode == M_INVALID) return;
  if (c->call.how == CALL_CONVERSION) {
    op_error(&x, "%s requires function call, not conversion %s", kw, operand_string(&x));
    return;
  }
  if (c->call.how == CALL_BUILTIN) {
    switch (c->call.builtin) {
    case BI_COPY: case BI_DELETE: case BI_PANIC: case BI_PRINT: case BI_PRINTLN:
    case BI_RECOVER: case BI_CLOSE:
      return;
    default:
      op_error(&x, "%s discards result of %s", kw, operand_string(&x));
    }
  }
}

static void send_stmt(Node *st, Scope *s) {
  Operand ch, v;
  expr(&ch, st->binary.x, s);
  expr(&v, st->binary.y, s);
  if (ch.mode == M_INVALID || v.mode == M_INVALID) return;
  Type *u = type_under(ch.type);
  if (u->kind != TY_CHAN) {
    diag_error(spos(st), "invalid operation: cannot send to non-channel %s", operand_string(&ch));
    return;
  }
  if (u->dir == CHAN_RECV) {
    diag_error(spos(st), "invalid operation: cannot send to receive-only channel %s", operand_string(&ch));
    return;
  }
  assignment(&v, u->elem, "send");
  if (v.mode != M_INVALID) st->binary.y = v.expr;
}

static void incdec(Node *st, Scope *s) {
  Operand x;
  expr(&x, st->incdec.x, s);
  if (x.mode == M_INVALID) return;
  if (!type_is_numeric(x.type)) {
    const char *op = st->incdec.op == OP_INC ? "++" : "--";
    op_error(&x, "invalid operation: %s%s (non-numeric type %s)", expr_string(st->incdec.x), op,
             tstr(x.type));
    return;
  }
  if (x.mode != M_VAR && x.mode != M_MAPINDEX) op_error(&x, "cannot assign to %s", operand_string(&x));
}

static void return_stmt(Node *st, Scope *s) {
  Type *sig = chk->fn->sig;
  Vec *res = &st->list.list;
  int want = sig->results.len;
  if (res->len == 0) {
    if (want == 0) return;
    /* naked return: only with named results */
    Node *ft = chk->fn->decl->kind == N_FUNCDECL ? chk->fn->decl->funcdecl.type : chk->fn->decl->funclit.type;
    Node *f0 = ft->functype.results.data[0];
    if (f0->field.names.len) {
      /* every named result must be visible at the return (not shadowed) */
      for (int i = 0; i < ft->functype.results.len; i++) {
        Node *f = ft->functype.results.data[i];
        for (int k = 0; k < f->field.names.len; k++) {
          Node *id = f->field.names.data[k];
          Object *res = id->ident.obj;
          if (!res) continue;
          Object *alt = scope_lookup(s, res->name);
          if (alt && alt != res) {
            diag_error(st->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of %s %s %s",
                       res->name, alt->pos.file, alt->pos.line, alt->pos.col,
                       alt->kind == OBJ_CONST ? "const" : alt->kind == OBJ_TYPE ? "type" : "var",
                       alt->name, tstr(alt->type));
          }
        }
      }
      return;
    }
    diag_error(st->pos, "not enough return values\n\thave ()\n\twant %s", tstr(type_tuple(&sig->results)));
    return;
  }
  if (want == 0) {
    use_exprs(res, s);
    StrBuf sb = {0};
    for (int i = 0; i < res->len; i++) {
      Node *r = res->data[i];
      Type *t = r->type;
      if (i) sb_puts(&sb, ", ");
      if (!type_valid(t)) sb_puts(&sb, "<T>");
      else if (type_is_untyped(t)) sb_puts(&sb, type_is_numeric(t) ? "number" : t->obj->name + 8);
      else sb_puts(&sb, tstr(t));
    }
    diag_error(spos(res->data[0]), "too many return values\n\thave (%s)\n\twant ()", sb.buf ? sb.buf : "");
    sb_free(&sb);
    return;
  }
  Operand *ops = arena_alloc(sizeof(Operand) * (size_t)(res->len + 1));
  int n = res->len;
  bool tuple = false;
  if (n == 1 && want > 1) {
    multi_expr(&ops[0], res->data[0], s);
    if (ops[0].mode == M_INVALID) return;
    if (ops[0].type && ops[0].type->kind == TY_TUPLE) {
      Type *tt = ops[0].type;
      n = tt->results.len;
      ops = arena_alloc(sizeof(Operand) * (size_t)(n + 1));
      for (int i = 0; i < n; i++) ops[i] = (Operand){M_VALUE, tt->results.data[i], NULL, res->data[0], 0};
      tuple = true;
    }
  } else {
    for (int i = 0; i < n; i++) {
      expr(&ops[i], res->data[i], s);
    }
  }
  for (int i = 0; i < n; i++) if (ops[i].mode == M_INVALID) return;
  if (n != want) {
    Pos at = st->pos;
    const char *q = "not enough";
    if (n > want) { at = spos(ops[want].expr); q = "too many"; }
    else if (n > 0) at = spos(ops[n - 1].expr);
    StrBuf sb = {0};
    sb_putc(&sb, '(');
    for (int i = 0; i < n; i++) {
      if (i) sb_puts(&sb, ", ");
      Type *t = ops[i].type;
      if (type_is_untyped(t)) sb_puts(&sb, type_is_numeric(t) ? "number" : t->obj->name + 8);
      else sb_puts(&sb, tstr(t));
    }
    sb_putc(&sb, ')');
    diag_error(at, "%s return values\n\thave %s\n\twant %s", q, sb_arena(&sb),
               tstr(type_tuple(&sig->results)));
    sb_free(&sb);
    return;
  }
  for (int i = 0; i < n; i++) {
    assignment(&ops[i], sig->results.data[i], "return statement");
    if (!tuple && ops[i].mode != M_INVALID) res->data[i] = ops[i].expr;
  }
}

static void if_stmt(Node *st, Scope *s, Ctx ctx) {
  Scope *is = scope_new(s, SC_BLOCK);
  if (st->ifstmt.init) stmt(st->ifstmt.init, is, ctx);
  Operand x;
  expr(&x, st->ifstmt.cond, is);
  if (x.mode != M_INVALID && !type_is_boolean(x.type))
    diag_error(spos(st->ifstmt.cond), "non-boolean condition in if statement");
  else if (x.mode != M_INVALID) default_operand(&x);
  block_at(&st->ifstmt.then->block.stmts, is, ctx, st->ifstmt.then->pos);
  if (st->ifstmt.els) {
    if (st->ifstmt.els->kind == N_IF) if_stmt(st->ifstmt.els, is, ctx);
    else block_at(&st->ifstmt.els->block.stmts, is, ctx, st->ifstmt.els->pos);
  }
  check_unused(is);
}

static void for_stmt(Node *st, Scope *s, Ctx ctx, const char *label) {
  Scope *fsc = scope_new(s, SC_BLOCK);
  if (st->forstmt.init) stmt(st->forstmt.init, fsc, ctx);
  if (st->forstmt.cond) {
    Operand x;
    expr(&x, st->forstmt.cond, fsc);
    if (x.mode != M_INVALID && !type_is_boolean(x.type))
      diag_error(spos(st->forstmt.cond), "non-boolean condition in for statement");
    else if (x.mode != M_INVALID) default_operand(&x);
  }
  if (st->forstmt.post) {
    Node *p = st->forstmt.post;
    if (p->kind == N_ASSIGN && p->assign.op == OP_DEFINE)
      diag_error(p->pos, "cannot declare in post statement of for loop");
    else stmt(p, fsc, ctx);
  }
  Target t = {ctx.targets, st, label};
  Ctx c = {CTX_BREAK | CTX_CONTINUE, &t, ctx.blk};
  block_at(&st->forstmt.body->block.stmts, fsc, c, st->forstmt.body->pos);
  check_unused(fsc);
}

/* Spec: For statements with range clause */
static void range_stmt(Node *st, Scope *s, Ctx ctx, const char *label) {
  Scope *rs = scope_new(s, SC_BLOCK);
  Operand x;
  expr(&x, st->rangestmt.x, s);
  Type *kt = NULL, *vt = NULL;
  bool one_only = false;
  if (x.mode != M_INVALID) {
    Type *u = type_under(x.type);
    if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY) u = type_under(u->elem);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
      kt = ty_int; vt = ty_rune;
      if (type_is_untyped(x.type)) set_final_type(st->rangestmt.x, ty_string);
      break;
    case TY_ARRAY: case TY_SLICE: kt = ty_int; vt = u->elem; break;
    case TY_MAP: kt = u->key; vt = u->elem; break;
    case TY_CHAN:
      kt = u->elem; one_only = true;
      if (u->dir == CHAN_SEND) {
        op_error(&x, "invalid operation: range %s receive from send-only channel", expr_string(x.expr));
        kt = NULL;
      }
      break;
    default:
      op_error(&x, "cannot range over %s", operand_string(&x));
      break;
    }
  }
  Node *lhs[2] = {st->rangestmt.key, st->rangestmt.value};
  Type *types[2] = {kt, vt};
  if (one_only && lhs[1]) {
    diag_error(spos(lhs[1]), "range over %s permits only one iteration variable", operand_string(&x));
    types[1] = NULL;
  }
  if (st->rangestmt.define) {
    Object *vars[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
      Node *id = lhs[i];
      if (!id) continue;
      if (id->kind != N_IDENT) {
        diag_error(spos(id), "non-name %s on left side of :=", expr_string(id));
        continue;
      }
      vars[i] = new_local_var(id, types[i] ? types[i] : ty_invalid);
      if (!types[i]) vars[i]->used = true;
    }
    for (int i = 0; i < 2; i++)
      if (vars[i] && vars[i]->name != intern("_")) declare_var(rs, vars[i]);
  } else {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      if (is_blank(lhs[i])) { lhs[i]->ident.obj = NULL; continue; }
      Operand z;
      Node *u = lhs[i];
      Object *o = u->kind == N_IDENT ? scope_lookup(s, u->ident.name) : NULL;
      bool was = o ? o->used : false;
      expr(&z, lhs[i], s);
      if (o && o->kind == OBJ_VAR) o->used = was;
      if (z.mode == M_INVALID || !types[i]) continue;
      if (z.mode != M_VAR && z.mode != M_MAPINDEX) {
        op_error(&z, "cannot assign to %s", operand_string(&z));
        continue;
      }
      Operand v = {M_VALUE, types[i], NULL, NULL, 0};
      char *reason = NULL;
      if (!assignable(&v, z.type, &reason))
        op_error(&z, "cannot use %s (value of type %s) as type %s in range", expr_string(lhs[i]),
                 tstr(types[i]), tstr(z.type));
    }
  }
  Target t = {ctx.targets, st, label};
  Ctx c = {CTX_BREAK | CTX_CONTINUE, &t, ctx.blk};
  block_at(&st->rangestmt.body->block.stmts, rs, c, st->rangestmt.body->pos);
  check_unused(rs);
}

static void switch_stmt(Node *st, Scope *s, Ctx ctx, const char *label) {
  Scope *ss = scope_new(s, SC_BLOCK);
  if (st->switchstmt.init) stmt(st->switchstmt.init, ss, ctx);
  Operand tag;
  Node *tagx = st->switchstmt.tag;
  if (tagx) {
    expr(&tag, tagx, ss);
    if (tag.mode != M_INVALID) {
      default_operand(&tag);
      if (tag.mode != M_INVALID && !type_comparable(tag.type) && !type_has_nil(tag.type)) {
        op_error(&tag, "cannot switch on %s (%s is not comparable)", operand_string(&tag), tstr(tag.type));
        tag.mode = M_INVALID;
      }
    }
  } else {
    tag = (Operand){M_CONST, ty_bool, cv_bool(true), NULL, 0};
  }
  Target t = {ctx.targets, st, label};
  Node *first_default = NULL;
  int n = st->switchstmt.clauses.len;
  ConstSet seen = {0}; /* constant case expressions so far */
  for (int i = 0; i < n; i++) {
    Node *cl = st->switchstmt.clauses.data[i];
    if (cl->caseclause.is_default) {
      if (first_default) {
        Pos p = first_default->pos;
        diag_error(cl->pos, "multiple defaults (first at %s:%d:%d)", p.file, p.line, p.col);
      } else first_default = cl;
    }
    for (int k = 0; k < cl->caseclause.exprs.len; k++) {
      Node *ce = cl->caseclause.exprs.data[k];
      Operand x;
      expr(&x, ce, ss);
      if (x.mode == M_INVALID || tag.mode == M_INVALID) continue;
      Operand y = tag;
      if (!tagx) {
        /* tagless switch: each case is compared with true */
        convert_untyped(&x, ty_bool);
        if (x.mode == M_INVALID) continue;
        Operand b = {M_CONST, ty_bool, cv_bool(true), NULL, 0};
        if (!assignable(&x, ty_bool, NULL) && !assignable(&b, x.type, NULL))
          op_error(&x, "invalid case %s in switch (mismatched types %s and bool)", expr_string(ce), tstr(x.type));
        continue;
      }
      convert_untyped(&x, y.type);
      if (x.mode == M_INVALID) continue;
      Node *tg = tagx;
      y.expr = tg;
      Operand xx = x;
      comparison(&xx, &y, OP_EQL, NULL, true);
      if (xx.mode == M_INVALID) continue;
      if (x.mode == M_CONST) {
        Node *o = constset_add(&seen, x.val, x.type, ce);
        if (o) {
          Pos p = spos(o);
          op_error(&x, "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                   operand_string(&x), p.file, p.line, p.col);
        }
        ce->type = x.type;
        ce->val = x.val;
      }
      if (type_is_interface(tag.type) && !type_is_interface(x.type))
        cl->caseclause.exprs.data[k] = wrap_iface(ce, tag.type);
    }
    Scope *cs = scope_new(ss, SC_BLOCK);
    Ctx c = {CTX_BREAK, &t, ctx.blk};
    if (i + 1 < n) c.flags |= CTX_FALLTHROUGH;
    else c.flags |= CTX_FINALCASE;
    stmts_at(&cl->caseclause.body, cs, c, cl->caseclause.colon);
    check_unused(cs);
  }
  check_unused(ss);
}

/* Spec: Type switches */
static void type_switch(Node *st, Scope *s, Ctx ctx, const char *label) {
  Scope *ss = scope_new(s, SC_BLOCK);
  if (st->switchstmt.init) stmt(st->switchstmt.init, ss, ctx);
  Node *g = st->switchstmt.tag;
  Node *lhs = NULL, *ta;
  if (g->kind == N_ASSIGN) {
    lhs = g->assign.lhs.data[0];
    ta = g->assign.rhs.data[0];
  } else {
    ta = g->unary.x;
  }
  while (ta->kind == N_PAREN) ta = ta->unary.x;
  Operand x;
  expr(&x, ta->typeassert.x, ss);
  if (x.mode != M_INVALID && !type_is_interface(x.type)) {
    op_error(&x, "%s is not an interface", operand_string(&x));
    x.mode = M_INVALID;
  }
  ta->type = x.mode == M_INVALID ? ty_invalid : x.type;
  Object *sym = NULL;
  if (lhs) {
    sym = new_local_var(lhs, x.mode == M_INVALID ? ty_invalid : x.type);
    if (is_blank(lhs)) diag_error(lhs->pos, "no new variable on left side of :=");
  }
  bool used = false;
  Target t = {ctx.targets, st, label};
  Node *first_default = NULL;
  Vec seen = {0};
  for (int i = 0; i < st->switchstmt.clauses.len; i++) {
    Node *cl = st->switchstmt.clauses.data[i];
    if (cl->caseclause.is_default) {
      if (first_default) {
        Pos p = first_default->pos;
        diag_error(cl->pos, "multiple defaults (first at %s:%d:%d)", p.file, p.line, p.col);
      } else first_default = cl;
    }
    Type *single = NULL;
    int ntypes = cl->caseclause.exprs.len;
    for (int k = 0; k < ntypes; k++) {
      Node *te = cl->caseclause.exprs.data[k];
      Operand y;
      expr_or_type(&y, te, ss);
      Type *T = NULL;
      if (y.mode == M_NIL) {
        T = ty_unil;
        te->type = ty_unil;
      } else if (y.mode == M_TYPE) {
        T = y.type;
      } else if (y.mode != M_INVALID) {
        op_error(&y, "%s is not a type", expr_string(te));
        if (ntypes == 1) single = ty_invalid;
        continue;
      } else {
        if (ntypes == 1) single = ty_invalid;
        continue;
      }
      if (T != ty_unil && x.mode != M_INVALID && !type_is_interface(T)) {
        char *reason = NULL;
        if (!implements(T, x.type, &reason)) {
          const char *r = reason ? strstr(reason, " (") : NULL;
          diag_error(spos(te), "impossible type switch case: %s\n\t%s cannot have dynamic type %s%s",
                     expr_string(te), operand_string(&x), tstr(T), r ? r : "");
          continue;
        }
      }
      for (int j = 0; j < seen.len; j++) {
        Node *o = seen.data[j];
        if (T == ty_unil && o->type == ty_unil) {
          Pos p = spos(o);
          diag_error(spos(te), "multiple nil cases in type switch (first at %s:%d:%d)", p.file, p.line, p.col);
          break;
        }
        if (type_identical(o->type, T)) {
          Pos p = spos(o);
          diag_error(spos(te), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                     tstr(T), p.file, p.line, p.col);
          break;
        }
      }
      te->type = T;
      vec_push(&seen, te);
      if (ntypes == 1) single = T;
    }
    Scope *cs = scope_new(ss, SC_BLOCK);
    if (lhs) {
      Type *vt = single && single != ty_unil ? single : (x.mode == M_INVALID ? ty_invalid : x.type);
      if (vt == ty_invalid) vt = ty_invalid;
      Object *v = obj_new(OBJ_VAR, lhs->ident.name, lhs->pos, vt);
      v->decl = lhs;
      v->func = chk->fn ? chk->fn->decl : NULL;
      SX(v)->state = RS_DONE;
      cl->caseclause.tsvar = v;
      if (!is_blank(lhs)) scope_insert(cs, v);
      Ctx c = {CTX_BREAK | CTX_TYPESWITCH, &t, ctx.blk};
      stmts_at(&cl->caseclause.body, cs, c, cl->caseclause.colon);
      if (v->used) used = true;
      v->used = true;
    } else {
      Ctx c = {CTX_BREAK | CTX_TYPESWITCH, &t, ctx.blk};
      stmts_at(&cl->caseclause.body, cs, c, cl->caseclause.colon);
    }
    check_unused(cs);
  }
  if (lhs && !used && !is_blank(lhs)) diag_error(lhs->pos, "%s declared but not used", lhs->ident.name);
  if (sym) sym->used = true;
  check_unused(ss);
}

static void select_stmt(Node *st, Scope *s, Ctx ctx, const char *label) {
  Target t = {ctx.targets, st, label};
  for (int i = 0; i < st->switchstmt.clauses.len; i++) {
    Node *cl = st->switchstmt.clauses.data[i];
    Scope *cs = scope_new(s, SC_BLOCK);
    Node *comm = cl->commclause.comm;
    if (comm) {
      bool valid = false;
      Node *rhs = NULL;
      if (comm->kind == N_SEND) valid = true;
      else if (comm->kind == N_EXPRSTMT) rhs = comm->unary.x;
      else if (comm->kind == N_ASSIGN && comm->assign.rhs.len == 1) rhs = comm->assign.rhs.data[0];
      if (rhs) {
        while (rhs->kind == N_PAREN) rhs = rhs->unary.x;
        valid = rhs->kind == N_UNARY && rhs->unary.op == OP_ARROW;
      }
      if (!valid) {
        diag_error(spos(comm), "select case must be send or receive (possibly with assignment)");
        continue;
      }
      stmt(comm, cs, ctx);
    }
    Ctx c = {CTX_BREAK, &t, ctx.blk};
    stmts_at(&cl->commclause.body, cs, c, cl->commclause.colon);
    check_unused(cs);
  }
}

static void decl_stmt(Node *st, Scope *s) {
  Node *d = st->unary.x;
  Node *last = NULL;
  for (int i = 0; i < d->gendecl.specs.len; i++) {
    Node *spec = d->gendecl.specs.data[i];
    switch (d->gendecl.kind) {
    case DECL_CONST:
      if (spec->valuespec.values.len || spec->valuespec.type || !last) last = spec;
      const_decl(spec, s, NULL, spec->valuespec.iota, last == spec ? NULL : last, NULL);
      break;
    case DECL_VAR: var_decl_local(spec, s); break;
    case DECL_TYPE: type_decl_local(spec, s); break;
    default: break;
    }
  }
}

static void stmt(Node *st, Scope *s, Ctx ctx) {
  if (!st) return;
  const char *label = NULL;
  if (st->kind != N_BRANCH) ctx.flags &= ~(CTX_FALLTHROUGH | CTX_FINALCASE);
  switch (st->kind) {
  case N_EMPTYSTMT: case N_BAD: break;
  case N_EXPRSTMT: expr_stmt(st, s); break;
  case N_SEND: send_stmt(st, s); break;
  case N_INCDEC: incdec(st, s); break;
  case N_ASSIGN:
    if (st->assign.op == OP_DEFINE) short_var_decl(st, s);
    else assign_stmt(st, s);
    break;
  case N_GO: go_defer(st, s, "go"); break;
  case N_DEFER: go_defer(st, s, "defer"); break;
  case N_RETURN: return_stmt(st, s); break;
  case N_BRANCH: branch(st, ctx); break;
  case N_BLOCK: block_at(&st->block.stmts, s, ctx, st->pos); break;
  case N_IF: if_stmt(st, s, ctx); break;
  case N_LABELED: {
    Node *inner = st->labeled.stmt;
    label = st->labeled.label->ident.name;
    {
      Object *lo = find_label(label);
      if (!lo || lo->decl != st) label = NULL;
    }
    if (!inner) break;
    switch (inner->kind) {
    case N_FOR: inner->forstmt.label = st->labeled.label; for_stmt(inner, s, ctx, label); break;
    case N_RANGE: inner->rangestmt.label = st->labeled.label; range_stmt(inner, s, ctx, label); break;
    case N_SWITCH: inner->switchstmt.label = st->labeled.label; switch_stmt(inner, s, ctx, label); break;
    case N_TYPESWITCH: inner->switchstmt.label = st->labeled.label; type_switch(inner, s, ctx, label); break;
    case N_SELECT: inner->switchstmt.label = st->labeled.label; select_stmt(inner, s, ctx, label); break;
    default: stmt(inner, s, ctx); break;
    }
    break;
  }
  case N_FOR: for_stmt(st, s, ctx, NULL); break;
  case N_RANGE: range_stmt(st, s, ctx, NULL); break;
  case N_SWITCH: switch_stmt(st, s, ctx, NULL); break;
  case N_TYPESWITCH: type_switch(st, s, ctx, NULL); break;
  case N_SELECT: select_stmt(st, s, ctx, NULL); break;
  case N_DECLSTMT: decl_stmt(st, s); break;
  default:
    diag_error(st->pos, "invalid statement");
    break;
  }
}
