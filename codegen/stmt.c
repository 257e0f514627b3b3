/* stmt.c — statements: declarations, assignments (parallel, comma-ok, op=), if, for, range,
 * switch, labels, break/continue/goto/fallthrough, return, send. (Loops get their safepoint
 * polls after optimisation: safepoint.c.) */
#include <string.h>

#include "cg.h"

LLVMValueRef cg_map_index(Node *n, LLVMValueRef *ok);
LLVMValueRef cg_map_slot(Node *n);

LLVMBasicBlockRef cg_newbb(const char *name) {
  return LLVMAppendBasicBlockInContext(cg.ctx, cg.fn->fn, name);
}

bool cg_terminated(void) {
  return LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg.b)) != NULL;
}

void cg_br(LLVMBasicBlockRef bb) {
  if (!cg_terminated()) LLVMBuildBr(cg.b, bb);
}

static Node *unparen(Node *n) {
  while (n && n->kind == N_PAREN) n = n->unary.x;
  return n;
}

static bool is_blank(Node *n) {
  n = unparen(n);
  return n->kind == N_IDENT && (!n->ident.obj || !strcmp(n->ident.name, "_"));
}

static Type bool_type_stub = {.kind = TY_BOOL};

/* ---- lvalues ---- */
typedef struct LV {
  int kind;           /* 0 blank, 1 address, 2 map element */
  LLVMValueRef addr;
  Type *t;
  Node *n;
  LLVMValueRef m, key; /* map element: the map and the key in memory, evaluated up front */
  bool nilcheck;       /* *p: the pointer is evaluated now, dereferenced (checked) at the store */
  LLVMValueRef idx, len; /* s[i]: operands now, the bounds check at the store */
  LLVMValueRef nilbase;  /* p.f: the pointer to check at the store */
} LV;

static LV lvalue(Node *n) {
  LV lv = {0};
  n = unparen(n);
  lv.t = n->type;
  if (n->kind == N_IDENT && n->ident.obj && n->ident.obj->type) lv.t = n->ident.obj->type;
  lv.n = n;
  if (is_blank(n)) return lv;
  if (n->kind == N_INDEX && type_under(n->index.x->type)->kind == TY_MAP) {
    Type *mu = type_under(n->index.x->type);
    lv.kind = 2;
    lv.t = mu->elem;
    lv.m = cg_expr(n->index.x);
    lv.key = cg_tmp_mem(mu->key, cg_expr_to(n->index.index, mu->key));
    return lv;
  }
  lv.kind = 1;
  if (n->kind == N_STAR) {
    lv.addr = cg_expr(n->unary.x);
    lv.nilcheck = true;
    return lv;
  }
  if (n->kind == N_SELECTOR && n->selector.kind == SEL_FIELD && !n->selector.path.len &&
      type_under(n->selector.x->type)->kind == TY_POINTER) {
    Type *st = type_under(type_under(n->selector.x->type)->elem);
    lv.nilbase = cg_expr(n->selector.x);
    lv.addr = LLVMBuildStructGEP2(cg.b, cg_type(st), lv.nilbase,
                                  (unsigned)cg_field_index(st, n->selector.index), "");
    return lv;
  }
  if (n->kind == N_INDEX && type_under(n->index.x->type)->kind == TY_SLICE) {
    LLVMValueRef sv = cg_expr(n->index.x);
    lv.idx = cg_index_i64(cg_expr(n->index.index), n->index.index->type);
    lv.len = LLVMBuildExtractValue(cg.b, sv, 1, "");
    lv.addr = LLVMBuildGEP2(cg.b, cg_type(lv.t), LLVMBuildExtractValue(cg.b, sv, 0, ""), &lv.idx, 1, "");
    return lv;
  }
  lv.addr = cg_addr(n);
  return lv;
}

static void lv_check(LV *lv) {
  if (lv->nilcheck) cg_check_nil(lv->addr);
  if (lv->idx) cg_check_index(lv->idx, lv->len, NULL);
  if (lv->nilbase) cg_check_nil(lv->nilbase);
  lv->nilcheck = false;
  lv->idx = NULL;
  lv->nilbase = NULL;
}

static LLVMValueRef lv_map_slot(LV *lv) {
  return cg_call_rt("gort_mapassign", (LLVMValueRef[]){cg_typedesc(lv->n->index.x->type), lv->m, lv->key}, 3);
}

static void lv_store(LV *lv, LLVMValueRef v) {
  if (lv->kind == 0) return;
  if (lv->kind == 2) lv->addr = lv_map_slot(lv);
  lv_check(lv);
  cg_store(lv->t, v, lv->addr);
}

/* Store a value of type vt into the expression lhs. */
void cg_assign_to(Node *lhs, LLVMValueRef v, Type *vt) {
  LV lv = lvalue(lhs);
  if (lv.kind) v = cg_convert(v, vt, lv.t, NULL);
  lv_store(&lv, v);
}

static bool is_new_var(Node *id) {
  id = unparen(id);
  return id->kind == N_IDENT && id->ident.obj && id->ident.obj->kind == OBJ_VAR &&
         id->ident.obj->decl == id;
}

/* ---- assignments (Spec: Assignment statements) ---- */
static void op_assign(Node *n) {
  Node *l = VEC_AT(n->assign.lhs, 0), *r = VEC_AT(n->assign.rhs, 0);
  LV lv = lvalue(l);
  if (lv.kind == 2) { lv.addr = lv_map_slot(&lv); lv.kind = 1; }
  lv_check(&lv);
  LLVMValueRef old = cg_load(lv.t, lv.addr);
  Op op = n->assign.op;
  LLVMValueRef nv;
  if (op == OP_SHL || op == OP_SHR) nv = cg_shift(op, old, cg_expr(r), lv.t, r->type);
  else nv = cg_binop(op, old, cg_expr_to(r, lv.t), lv.t, n->assign.oppos);
  cg_store(lv.t, nv, lv.addr);
}

/* The comma-ok forms: v, ok = m[k] / x.(T) / <-c. Returns false if rhs is not one. */
bool cg_comma_ok(Node *rhs, LLVMValueRef *v, LLVMValueRef *ok, Type **vt);
bool cg_comma_ok(Node *rhs, LLVMValueRef *v, LLVMValueRef *ok, Type **vt) {
  Node *r = unparen(rhs);
  if (r->kind == N_CALL && r->implicit && !r->call.fun && r->call.args.len == 1) {
    /* "sink, ok = m[k]" with an interface-typed sink: sema wrapped the comma-ok expression
     * in its implicit conversion; convert the value, keep ok */
    if (!cg_comma_ok(VEC_AT(r->call.args, 0), v, ok, vt)) return false;
    *v = cg_convert(*v, *vt, r->type, r);
    *vt = r->type;
    return true;
  }
  if (r->kind == N_INDEX && type_under(r->index.x->type)->kind == TY_MAP) {
    *v = cg_map_index(r, ok);
    *vt = type_under(r->index.x->type)->elem;
    return true;
  }
  if (r->kind == N_TYPEASSERT) {
    *v = cg_typeassert(r, true, ok);
    *vt = r->typeassert.type ? r->typeassert.type->type : r->type;
    return true;
  }
  if (r->kind == N_UNARY && r->unary.op == OP_ARROW) {
    Type *et = type_under(r->unary.x->type)->elem;
    LLVMValueRef c = cg_expr(r->unary.x);
    LLVMValueRef tmp = cg_alloca(cg_type(et), "recv");
    *ok = cg_call_rt("gort_chanrecv", (LLVMValueRef[]){c, tmp}, 2);
    *v = cg_load(et, tmp);
    *vt = et;
    return true;
  }
  return false;
}

static void assign(Node *n) {
  Vec *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
  Op op = n->assign.op;
  if (op != OP_ASSIGN && op != OP_DEFINE) { op_assign(n); return; }
  int nl = lhs->len;
  if (nl == 1 && rhs->len == 1 && !is_blank(VEC_AT(*lhs, 0))) {
    Node *l = unparen(VEC_AT(*lhs, 0)), *r = VEC_AT(*rhs, 0);
    Type *t = l->type ? l->type : (l->kind == N_IDENT && l->ident.obj ? l->ident.obj->type : NULL);
    if (t && cg_is_big(t) && !(l->kind == N_INDEX && type_under(l->index.x->type)->kind == TY_MAP)) {
      bool nw = op == OP_DEFINE && is_new_var(l);
      if (nw) {
        /* the right side is evaluated before the new variable exists */
        LLVMValueRef tmp = cg_alloca(cg_type(t), "bigtmp");
        if (!cg_copy_big(tmp, r, t)) cg_store(t, cg_expr_to(r, t), tmp); /* memcpy if big */
        cg_declare_var(l->ident.obj);
        LLVMBuildMemCpy(cg.b, cg_var_addr(l->ident.obj), 8, tmp, 8, cg_i64(cg_sizeof(t)));
        return;
      }
      LLVMValueRef dst = cg_addr(l);
      if (cg_copy_big(dst, r, t)) return;
      cg_store(t, cg_expr_to(r, t), dst);
      return;
    }
  }
  LV *lvs = arena_alloc(sizeof(LV) * (size_t)nl);
  LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)nl);
  Type **vts = arena_alloc(sizeof(Type *) * (size_t)nl);
  bool *isnew = arena_alloc(sizeof(bool) * (size_t)nl);
  /* left operands first (index and pointer operands), then the right side */
  for (int i = 0; i < nl; i++) {
    Node *l = VEC_AT(*lhs, i);
    isnew[i] = op == OP_DEFINE && is_new_var(l);
    if (!isnew[i]) lvs[i] = lvalue(l);
  }
  if (rhs->len == nl) {
    for (int i = 0; i < nl; i++) {
      Node *l = unparen(VEC_AT(*lhs, i)), *r = VEC_AT(*rhs, i);
      if (!isnew[i] && !lvs[i].kind && (unparen(r)->kind == N_IDENT || r->val)) {
        vals[i] = NULL; /* _ = x: nothing to evaluate */
        vts[i] = NULL;
        continue;
      }
      Type *t = isnew[i] ? l->ident.obj->type : lvs[i].kind ? lvs[i].t : NULL;
      vals[i] = t ? cg_expr_to(r, t) : cg_expr(r);
      vts[i] = t ? t : r->type;
    }
  } else {
    Node *r = VEC_AT(*rhs, 0);
    LLVMValueRef v, ok;
    Type *vt;
    if (nl == 2 && cg_comma_ok(r, &v, &ok, &vt)) {
      vals[0] = v; vts[0] = vt;
      vals[1] = ok; vts[1] = &bool_type_stub;
    } else {
      LLVMValueRef t = cg_expr(r);
      for (int i = 0; i < nl; i++) {
        vals[i] = cg_tuple_get(t, r->type, i);
        vts[i] = VEC_AT(r->type->results, i);
      }
    }
  }
  for (int i = 0; i < nl; i++) {
    Node *l = unparen(VEC_AT(*lhs, i));
    if (isnew[i]) {
      Object *o = l->ident.obj;
      cg_declare_var(o);
      LLVMValueRef v = vts[i] ? cg_convert(vals[i], vts[i], o->type, NULL) : vals[i];
      cg_store(o->type, v, cg_var_addr(o));
    } else {
      LLVMValueRef v = vals[i];
      if (lvs[i].kind && vts[i]) v = cg_convert(v, vts[i], lvs[i].t, NULL);
      lv_store(&lvs[i], v);
    }
  }
}

/* ---- declarations ---- */
static void var_spec(Node *vs) {
  Vec *names = &vs->valuespec.names, *vals = &vs->valuespec.values;
  int n = names->len;
  if (vals->len == 0) {
    for (int i = 0; i < n; i++) cg_declare_var(((Node *)VEC_AT(*names, i))->ident.obj);
    return;
  }
  LLVMValueRef *v = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
  Type **vt = arena_alloc(sizeof(Type *) * (size_t)n);
  if (vals->len == n) {
    for (int i = 0; i < n; i++) {
      Object *o = ((Node *)VEC_AT(*names, i))->ident.obj;
      Node *e = VEC_AT(*vals, i);
      v[i] = o ? cg_expr_to(e, o->type) : cg_expr(e);
      vt[i] = o ? o->type : e->type;
    }
  } else {
    Node *r = VEC_AT(*vals, 0);
    LLVMValueRef ok, x;
    Type *xt;
    if (n == 2 && cg_comma_ok(r, &x, &ok, &xt)) {
      v[0] = x; vt[0] = xt; v[1] = ok; vt[1] = &bool_type_stub;
    } else {
      LLVMValueRef t = cg_expr(r);
      for (int i = 0; i < n; i++) {
        v[i] = cg_tuple_get(t, r->type, i);
        vt[i] = VEC_AT(r->type->results, i);
      }
    }
  }
  for (int i = 0; i < n; i++) {
    Object *o = ((Node *)VEC_AT(*names, i))->ident.obj;
    if (!o || !strcmp(o->name, "_")) continue;
    cg_declare_var(o);
    LLVMValueRef x = vt[i] ? cg_convert(v[i], vt[i], o->type, NULL) : v[i];
    cg_store(o->type, x, cg_var_addr(o));
  }
}

static void decl_stmt(Node *n) {
  Node *gd = n->unary.x;
  if (gd->kind != N_GENDECL || gd->gendecl.kind != DECL_VAR) return;
  for (int i = 0; i < gd->gendecl.specs.len; i++) var_spec(VEC_AT(gd->gendecl.specs, i));
}

/* ---- targets and labels ---- */
static Node *pending_label;

static void push_target(Node *stmt, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont) {
  Fn *f = cg.fn;
  if (f->ntargets == f->captargets) {
    int nc = f->captargets ? f->captargets * 2 : 8;
    Target *nt = arena_alloc(sizeof(Target) * (size_t)nc);
    if (f->ntargets) memcpy(nt, f->targets, sizeof(Target) * (size_t)f->ntargets);
    f->targets = nt;
    f->captargets = nc;
  }
  f->targets[f->ntargets++] = (Target){stmt, brk, cont};
}

static Node *take_label(void) {
  Node *l = pending_label;
  pending_label = NULL;
  return l;
}

static LLVMBasicBlockRef label_bb(const char *name) {
  Fn *f = cg.fn;
  name = intern(name);
  for (int i = 0; i < f->nlabels; i++)
    if (f->labels[i].name == name) return f->labels[i].bb;
  if (f->nlabels == f->caplabels) {
    int nc = f->caplabels ? f->caplabels * 2 : 8;
    LabelBB *nl = arena_alloc(sizeof(LabelBB) * (size_t)nc);
    if (f->nlabels) memcpy(nl, f->labels, sizeof(LabelBB) * (size_t)f->nlabels);
    f->labels = nl;
    f->caplabels = nc;
  }
  LLVMBasicBlockRef bb = cg_newbb(name);
  f->labels[f->nlabels++] = (LabelBB){NULL, name, bb};
  return bb;
}

/* Targets hold the statement and (in .stmt of a second entry) its label node. */
static Target *find_target(Node *br, bool cont) {
  Fn *f = cg.fn;
  Node *target = br->branch.target;
  const char *lname = br->branch.label ? br->branch.label->ident.name : NULL;
  for (int i = f->ntargets - 1; i >= 0; i--) {
    Target *t = &f->targets[i];
    if (cont && !t->cont) continue;
    if (!lname) return t;
    if (target && (t->stmt == target ||
                   (target->kind == N_LABELED && target->labeled.stmt == t->stmt)))
      return t;
    Node *lab = NULL;
    if (t->stmt->kind == N_FOR) lab = t->stmt->forstmt.label;
    else if (t->stmt->kind == N_RANGE) lab = t->stmt->rangestmt.label;
    else if (t->stmt->kind == N_SWITCH || t->stmt->kind == N_TYPESWITCH || t->stmt->kind == N_SELECT)
      lab = t->stmt->switchstmt.label;
    if (lab && lab->kind == N_IDENT && !strcmp(lab->ident.name, lname)) return t;
    if (lab && lab->kind == N_LABELED && !strcmp(lab->labeled.label->ident.name, lname)) return t;
  }
  return NULL;
}

static void branch(Node *n) {
  switch (n->branch.kind) {
  case BR_BREAK: case BR_CONTINUE: {
    Target *t = find_target(n, n->branch.kind == BR_CONTINUE);
    if (!t) { cg_unsupported(n->pos, "this branch"); return; }
    LLVMBuildBr(cg.b, n->branch.kind == BR_BREAK ? t->brk : t->cont);
    return;
  }
  case BR_GOTO: LLVMBuildBr(cg.b, label_bb(n->branch.label->ident.name)); return;
  case BR_FALLTHROUGH:
    if (cg.fn->fall_bb) LLVMBuildBr(cg.b, cg.fn->fall_bb);
    return;
  }
}

static void labeled(Node *n) {
  LLVMBasicBlockRef bb = label_bb(n->labeled.label->ident.name);
  cg_br(bb);
  LLVMPositionBuilderAtEnd(cg.b, bb);
  pending_label = n;
  cg_stmt(n->labeled.stmt);
  pending_label = NULL;
}

static void push_loop(Node *n, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont) {
  Node *lab = take_label();
  push_target(n, brk, cont);
  if (lab) {
    /* remember the label on the statement for labelled break/continue */
    if (n->kind == N_FOR && !n->forstmt.label) n->forstmt.label = lab->labeled.label;
    if (n->kind == N_RANGE && !n->rangestmt.label) n->rangestmt.label = lab->labeled.label;
    if ((n->kind == N_SWITCH || n->kind == N_TYPESWITCH || n->kind == N_SELECT) && !n->switchstmt.label)
      n->switchstmt.label = lab->labeled.label;
  }
}

/* ---- if / for ---- */
static void if_stmt(Node *n) {
  if (n->ifstmt.init) cg_stmt(n->ifstmt.init);
  LLVMValueRef c = cg_cond(n->ifstmt.cond);
  LLVMBasicBlockRef then = cg_newbb("then"), els = n->ifstmt.els ? cg_newbb("else") : NULL;
  LLVMBasicBlockRef end = cg_newbb("endif");
  LLVMBuildCondBr(cg.b, c, then, els ? els : end);
  LLVMPositionBuilderAtEnd(cg.b, then);
  cg_stmt(n->ifstmt.then);
  cg_br(end);
  if (els) {
    LLVMPositionBuilderAtEnd(cg.b, els);
    cg_stmt(n->ifstmt.els);
    cg_br(end);
  }
  LLVMPositionBuilderAtEnd(cg.b, end);
}

static void for_stmt(Node *n) {
  if (n->forstmt.init) cg_stmt(n->forstmt.init);
  LLVMBasicBlockRef head = cg_newbb("for.head"), body = cg_newbb("for.body");
  LLVMBasicBlockRef cont = cg_newbb("for.cont"), end = cg_newbb("for.end");
  push_loop(n, end, cont);
  cg_br(head);
  LLVMPositionBuilderAtEnd(cg.b, head);
  if (n->forstmt.cond) LLVMBuildCondBr(cg.b, cg_cond(n->forstmt.cond), body, end);
  else LLVMBuildBr(cg.b, body);
  LLVMPositionBuilderAtEnd(cg.b, body);
  cg_stmt(n->forstmt.body);
  cg_br(cont);
  LLVMPositionBuilderAtEnd(cg.b, cont);
  if (n->forstmt.post) cg_stmt(n->forstmt.post);
  cg_br(head);
  cg.fn->ntargets--;
  LLVMPositionBuilderAtEnd(cg.b, end);
}

/* ---- range (Spec: For statements with range clause) ---- */
static void range_set(Node *n, Node *var, LLVMValueRef v, Type *vt) {
  if (!var || is_blank(var)) return;
  if (n->rangestmt.define) {
    Object *o = unparen(var)->ident.obj;
    cg_store(o->type, cg_convert(v, vt, o->type, NULL), cg_var_addr(o));
  } else {
    cg_assign_to(var, v, vt);
  }
}

static void range_declare(Node *n) {
  if (!n->rangestmt.define) return;
  if (n->rangestmt.key && !is_blank(n->rangestmt.key)) cg_declare_var(unparen(n->rangestmt.key)->ident.obj);
  if (n->rangestmt.value && !is_blank(n->rangestmt.value))
    cg_declare_var(unparen(n->rangestmt.value)->ident.obj);
}

static bool wants(Node *v) { return v && !is_blank(v); }

static void range_body(Node *n, LLVMBasicBlockRef cont, LLVMBasicBlockRef end) {
  push_loop(n, end, cont);
  cg_stmt(n->rangestmt.body);
  cg_br(cont);
  cg.fn->ntargets--;
}

static Type int_type_stub = {.kind = TY_INT};

static void range_indexed(Node *n, Type *xu) {
  Node *x = n->rangestmt.x;
  LLVMValueRef base = NULL, len;
  Type *et;
  LLVMTypeRef arrt = NULL;
  if (xu->kind == TY_SLICE) {
    LLVMValueRef s = cg_expr(x);
    base = LLVMBuildExtractValue(cg.b, s, 0, "");
    len = LLVMBuildExtractValue(cg.b, s, 1, "");
    et = xu->elem;
  } else {
    Type *at = xu;
    if (xu->kind == TY_POINTER) {
      at = type_under(xu->elem);
      base = cg_expr(x);
    } else if (wants(n->rangestmt.value)) {
      /* the range expression is a copy */
      base = cg_alloca(cg_type(x->type), "rangecopy");
      if (!cg_copy_big(base, x, x->type)) cg_store(x->type, cg_expr(x), base);
    } else {
      if (x->kind == N_CALL) cg_expr(x);
    }
    arrt = cg_type(at);
    len = cg_i64(at->len);
    et = at->elem;
  }
  range_declare(n);
  LLVMValueRef iv = cg_alloca(cg.t_i64, "i");
  LLVMBuildStore(cg.b, cg_i64(0), iv);
  LLVMBasicBlockRef head = cg_newbb("range.head"), body = cg_newbb("range.body");
  LLVMBasicBlockRef cont = cg_newbb("range.cont"), end = cg_newbb("range.end");
  LLVMBuildBr(cg.b, head);
  LLVMPositionBuilderAtEnd(cg.b, head);
  LLVMValueRef i = LLVMBuildLoad2(cg.b, cg.t_i64, iv, "");
  LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLT, i, len, ""), body, end);
  LLVMPositionBuilderAtEnd(cg.b, body);
  range_set(n, n->rangestmt.key, i, &int_type_stub);
  if (wants(n->rangestmt.value)) {
    LLVMValueRef ea;
    if (arrt) {
      if (xu->kind == TY_POINTER) cg_check_nil(base);
      ea = LLVMBuildGEP2(cg.b, arrt, base, (LLVMValueRef[]){cg_i64(0), i}, 2, "");
    } else {
      ea = LLVMBuildGEP2(cg.b, cg_type(et), base, &i, 1, "");
    }
    range_set(n, n->rangestmt.value, cg_load(et, ea), et);
  }
  range_body(n, cont, end);
  LLVMPositionBuilderAtEnd(cg.b, cont);
  LLVMValueRef i2 = LLVMBuildLoad2(cg.b, cg.t_i64, iv, "");
  LLVMBuildStore(cg.b, LLVMBuildAdd(cg.b, i2, cg_i64(1), ""), iv);
  cg_br(head);
  LLVMPositionBuilderAtEnd(cg.b, end);
}

static Type rune_type_stub = {.kind = TY_INT32};

static void range_string(Node *n) {
  LLVMValueRef s = cg_expr(n->rangestmt.x);
  LLVMValueRef p = cg_str_ptr(s), len = cg_str_len(s);
  range_declare(n);
  LLVMValueRef iv = cg_alloca(cg.t_i64, "i"), nextv = cg_alloca(cg.t_i64, "next");
  LLVMBuildStore(cg.b, cg_i64(0), iv);
  LLVMBasicBlockRef head = cg_newbb("range.head"), body = cg_newbb("range.body");
  LLVMBasicBlockRef cont = cg_newbb("range.cont"), end = cg_newbb("range.end");
  LLVMBuildBr(cg.b, head);
  LLVMPositionBuilderAtEnd(cg.b, head);
  LLVMValueRef i = LLVMBuildLoad2(cg.b, cg.t_i64, iv, "");
  LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLT, i, len, ""), body, end);
  LLVMPositionBuilderAtEnd(cg.b, body);
  LLVMValueRef r = cg_call_rt("gort_decoderune", (LLVMValueRef[]){p, len, i, nextv}, 4);
  range_set(n, n->rangestmt.key, i, &int_type_stub);
  range_set(n, n->rangestmt.value, r, &rune_type_stub);
  range_body(n, cont, end);
  LLVMPositionBuilderAtEnd(cg.b, cont);
  LLVMBuildStore(cg.b, LLVMBuildLoad2(cg.b, cg.t_i64, nextv, ""), iv);
  cg_br(head);
  LLVMPositionBuilderAtEnd(cg.b, end);
}

static void range_map(Node *n, Type *mt) {
  Type *u = type_under(mt);
  LLVMValueRef m = cg_expr(n->rangestmt.x);
  range_declare(n);
  LLVMTypeRef itt = LLVMArrayType2(cg.t_ptr, 8);
  LLVMValueRef it = cg_alloca(itt, "iter");
  LLVMBuildStore(cg.b, LLVMConstNull(itt), it);
  cg_call_rt("gort_mapiterinit", (LLVMValueRef[]){cg_typedesc(mt), m, it}, 3);
  LLVMBasicBlockRef head = cg_newbb("range.head"), body = cg_newbb("range.body");
  LLVMBasicBlockRef cont = cg_newbb("range.cont"), end = cg_newbb("range.end");
  LLVMBuildBr(cg.b, head);
  LLVMPositionBuilderAtEnd(cg.b, head);
  LLVMValueRef kp = LLVMBuildLoad2(cg.b, cg.t_ptr, it, "");
  LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, kp, LLVMConstNull(cg.t_ptr), ""), end, body);
  LLVMPositionBuilderAtEnd(cg.b, body);
  if (wants(n->rangestmt.key)) range_set(n, n->rangestmt.key, cg_load(u->key, kp), u->key);
  if (wants(n->rangestmt.value)) {
    LLVMValueRef ep = LLVMBuildLoad2(cg.b, cg.t_ptr,
                                     LLVMBuildGEP2(cg.b, cg.t_ptr, it, (LLVMValueRef[]){cg_i64(1)}, 1, ""), "");
    range_set(n, n->rangestmt.value, cg_load(u->elem, ep), u->elem);
  }
  range_body(n, cont, end);
  LLVMPositionBuilderAtEnd(cg.b, cont);
  cg_call_rt("gort_mapiternext", (LLVMValueRef[]){it}, 1);
  cg_br(head);
  LLVMPositionBuilderAtEnd(cg.b, end);
}

static void range_chan(Node *n, Type *ct) {
  Type *et = type_under(ct)->elem;
  LLVMValueRef c = cg_expr(n->rangestmt.x);
  range_declare(n);
  LLVMValueRef tmp = cg_alloca(cg_type(et), "elem");
  LLVMBasicBlockRef head = cg_newbb("range.head"), body = cg_newbb("range.body");
  LLVMBasicBlockRef end = cg_newbb("range.end");
  LLVMBuildBr(cg.b, head);
  LLVMPositionBuilderAtEnd(cg.b, head);
  LLVMValueRef ok = cg_call_rt("gort_chanrecv", (LLVMValueRef[]){c, tmp}, 2);
  LLVMBuildCondBr(cg.b, cg_truth(ok), body, end);
  LLVMPositionBuilderAtEnd(cg.b, body);
  range_set(n, n->rangestmt.key, cg_load(et, tmp), et);
  LLVMBasicBlockRef cont = cg_newbb("range.cont");
  range_body(n, cont, end);
  LLVMPositionBuilderAtEnd(cg.b, cont);
  cg_br(head);
  LLVMPositionBuilderAtEnd(cg.b, end);
}

static void range_stmt(Node *n) {
  Type *xt = n->rangestmt.x->type;
  Type *xu = type_under(xt);
  switch (xu->kind) {
  case TY_SLICE: case TY_ARRAY: range_indexed(n, xu); return;
  case TY_POINTER: range_indexed(n, xu); return;
  case TY_STRING: range_string(n); return;
  case TY_MAP: range_map(n, xt); return;
  case TY_CHAN: range_chan(n, xt); return;
  default: break;
  }
  take_label();
  cg_unsupported(n->pos, "range over this type");
}

/* ---- switch (Spec: Expression switches) ---- */
static void switch_stmt(Node *n) {
  if (n->switchstmt.init) cg_stmt(n->switchstmt.init);
  Node *tag = n->switchstmt.tag;
  LLVMValueRef tv = NULL;
  Type *tt = NULL;
  if (tag) {
    tv = cg_expr(tag);
    tt = tag->type;
    if (type_is_untyped(tt) && tag->val) { /* switch 1 { ... }: default type */
      tt = tag->type;
    }
  }
  Vec *cl = &n->switchstmt.clauses;
  int nc = cl->len, def = -1;
  LLVMBasicBlockRef *bodies = arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)(nc + 1));
  for (int i = 0; i < nc; i++) bodies[i] = cg_newbb("case");
  LLVMBasicBlockRef end = cg_newbb("switch.end");
  push_loop(n, end, NULL);
  /* A run of integer constant cases on an integer tag becomes one LLVM switch (a jump table
   * or a binary search, as gc does): constants have no side effects and sema rejects
   * duplicates, so testing them all at once keeps Go's top-to-bottom semantics. A long
   * compare chain would also cost LLVM's register allocator time quadratic in its length. */
  bool int_tag = tag && type_is_integer(type_under(tt));
  LLVMValueRef sw = NULL; /* the open switch instruction of the current run */
  for (int i = 0; i < nc; i++) {
    Node *c = VEC_AT(*cl, i);
    if (c->caseclause.is_default) { def = i; continue; }
    for (int j = 0; j < c->caseclause.exprs.len; j++) {
      Node *e = VEC_AT(c->caseclause.exprs, j);
      if (int_tag && e->val && e->val->kind == CV_INT) {
        if (!sw) {
          LLVMBasicBlockRef next = cg_newbb("case.next");
          sw = LLVMBuildSwitch(cg.b, tv, next, 8);
          LLVMPositionBuilderAtEnd(cg.b, next);
        }
        LLVMAddCase(sw, cg_expr_to(e, tt), bodies[i]);
        continue;
      }
      sw = NULL;
      LLVMValueRef cond;
      Node *eu = e;
      while (eu->kind == N_PAREN) eu = eu->unary.x;
      bool enil = (eu->type && eu->type->kind == TY_UNTYPED_NIL) ||
                  (eu->kind == N_IDENT && eu->ident.obj && eu->ident.obj->kind == OBJ_NIL);
      if (tag && enil) {
        /* case nil: compare the tag's pointer word */
        LLVMValueRef w = tv;
        Type *u = type_under(tt);
        if (u->kind == TY_SLICE || u->kind == TY_INTERFACE) w = LLVMBuildExtractValue(cg.b, tv, 0, "");
        cond = LLVMBuildICmp(cg.b, LLVMIntEQ, w, LLVMConstNull(LLVMTypeOf(w)), "");
      } else if (tag) {
        Type *ct = tt;
        bool ti = type_under(tt)->kind == TY_INTERFACE, ei = type_under(e->type)->kind == TY_INTERFACE;
        if (!ti && ei) {
          LLVMValueRef x = cg_convert(tv, tt, e->type, NULL);
          cond = cg_truth(cg_compare(OP_EQL, x, cg_expr(e), e->type));
        } else {
          cond = cg_truth(cg_compare(OP_EQL, tv, cg_expr_to(e, ct), ct));
        }
      } else if (type_under(e->type)->kind == TY_INTERFACE) {
        /* tagless switch, interface case: e == true as interfaces */
        static Type booltype = {.kind = TY_BOOL};
        LLVMValueRef t = cg_to_iface(LLVMConstInt(cg.t_i8, 1, 0), &booltype, e->type, NULL);
        cond = cg_truth(cg_iface_eq(cg_expr(e), e->type, t, e->type));
      } else {
        cond = cg_cond(e);
      }
      LLVMBasicBlockRef next = cg_newbb("case.next");
      LLVMBuildCondBr(cg.b, cond, bodies[i], next);
      LLVMPositionBuilderAtEnd(cg.b, next);
    }
  }
  LLVMBuildBr(cg.b, def >= 0 ? bodies[def] : end);
  LLVMBasicBlockRef saved_fall = cg.fn->fall_bb;
  for (int i = 0; i < nc; i++) {
    Node *c = VEC_AT(*cl, i);
    LLVMPositionBuilderAtEnd(cg.b, bodies[i]);
    cg.fn->fall_bb = i + 1 < nc ? bodies[i + 1] : end;
    cg_block(&c->caseclause.body);
    cg_br(end);
  }
  cg.fn->fall_bb = saved_fall;
  cg.fn->ntargets--;
  LLVMPositionBuilderAtEnd(cg.b, end);
}

void cg_switch_push(Node *n, LLVMBasicBlockRef end);
void cg_switch_push(Node *n, LLVMBasicBlockRef end) { push_loop(n, end, NULL); }

/* ---- dispatcher ---- */
void cg_block(Vec *stmts) {
  for (int i = 0; i < stmts->len; i++) cg_stmt(VEC_AT(*stmts, i));
}

static void send_stmt(Node *n) {
  Type *et = type_under(n->binary.x->type)->elem;
  LLVMValueRef c = cg_expr(n->binary.x);
  LLVMValueRef v = cg_tmp_mem(et, cg_expr_to(n->binary.y, et));
  cg_call_rt("gort_chansend", (LLVMValueRef[]){c, v}, 2);
}

static void incdec(Node *n) {
  LV lv = lvalue(n->incdec.x);
  if (lv.kind == 2) { lv.addr = lv_map_slot(&lv); lv.kind = 1; }
  lv_check(&lv);
  LLVMValueRef v = cg_load(lv.t, lv.addr);
  LLVMTypeRef lt = LLVMTypeOf(v);
  bool fl = type_is_float(lv.t);
  LLVMValueRef one = fl ? LLVMConstReal(lt, 1.0) : LLVMConstInt(lt, 1, 0);
  LLVMValueRef r;
  if (n->incdec.op == OP_INC) r = fl ? LLVMBuildFAdd(cg.b, v, one, "") : LLVMBuildAdd(cg.b, v, one, "");
  else r = fl ? LLVMBuildFSub(cg.b, v, one, "") : LLVMBuildSub(cg.b, v, one, "");
  cg_store(lv.t, r, lv.addr);
}

static void stmt(Node *n);
void cg_stmt(Node *n) {
  if (!n || cg.failed) return;
  if (cg_terminated() && n->kind != N_LABELED) LLVMPositionBuilderAtEnd(cg.b, cg_newbb("dead"));
  LLVMMetadataRef loc = cg_di_loc(n->pos);
  stmt(n);
  cg_di_restore(loc);
}

static void stmt(Node *n) {
  switch (n->kind) {
  case N_EMPTYSTMT: break;
  case N_EXPRSTMT: cg_expr(n->unary.x); break;
  case N_DECLSTMT: decl_stmt(n); break;
  case N_ASSIGN: assign(n); break;
  case N_INCDEC: incdec(n); break;
  case N_BLOCK: cg_block(&n->block.stmts); break;
  case N_IF: if_stmt(n); break;
  case N_FOR: for_stmt(n); break;
  case N_RANGE: range_stmt(n); break;
  case N_SWITCH: switch_stmt(n); break;
  case N_TYPESWITCH: cg_typeswitch(n); break;
  case N_LABELED: labeled(n); break;
  case N_BRANCH: branch(n); break;
  case N_RETURN: cg_emit_return(&n->list.list, n->pos); break;
  case N_DEFER: cg_defer_stmt(n); break;
  case N_SEND: send_stmt(n); break;
  case N_GO: cg_go_stmt(n); break;
  case N_SELECT: cg_select_stmt(n); break;
  default: cg_unsupported(n->pos, ast_kind_names[n->kind]); break;
  }
}
