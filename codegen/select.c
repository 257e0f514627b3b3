/* select.c — the select statement (Spec: Select statements) over runtime/select.c:
 *
 *     select {                          cases: [{ch1, &tmp1}, {ch2, &v2}]   (sends first)
 *     case v, ok := <-ch1: A            i = gort_select(cases, 1, 1, !hasdefault, &ok)
 *     case ch2 <- x: B                  switch i { 1: v, ok := tmp1, ok; A   0: B
 *     default: C                                   -1: C }
 *     }
 *
 * Evaluation order (the spec's): on entering the select, the channel operands of receives
 * and the channel and value operands of sends are evaluated once, in source order; the left
 * side of a receive clause's assignment only when that clause runs. `select {}` blocks
 * forever (gort_block). `break` leaves the select.
 */
#include "cg.h"

static Node *unparen(Node *n) {
  while (n && n->kind == N_PAREN) n = n->unary.x;
  return n;
}

/* the <-c of a receive clause (sema may wrap it in an implicit conversion to the left side's
 * type: that conversion happens at the assignment) */
static Node *recv_of(Node *comm) {
  Node *e = comm->kind == N_EXPRSTMT ? comm->unary.x : VEC_AT(comm->assign.rhs, 0);
  e = unparen(e);
  while (e->kind == N_CALL && e->implicit && !e->call.fun && e->call.args.len == 1)
    e = unparen(VEC_AT(e->call.args, 0));
  return e;
}

static bool is_new_var(Node *id) {
  id = unparen(id);
  return id->kind == N_IDENT && id->ident.obj && id->ident.obj->kind == OBJ_VAR &&
         id->ident.obj->decl == id;
}

/* v [, ok] = / := the received value */
static void assign_received(Node *comm, LLVMValueRef v, Type *vt, LLVMValueRef ok) {
  static Type booltype = {.kind = TY_BOOL};
  Vec *lhs = &comm->assign.lhs;
  for (int i = 0; i < lhs->len; i++) {
    Node *l = unparen(VEC_AT(*lhs, i));
    LLVMValueRef x = i == 0 ? v : ok;
    Type *xt = i == 0 ? vt : &booltype;
    if (comm->assign.op == OP_DEFINE && is_new_var(l)) {
      Object *o = l->ident.obj;
      cg_declare_var(o);
      cg_store(o->type, cg_convert(x, xt, o->type, NULL), cg_var_addr(o));
    } else {
      cg_assign_to(l, x, xt);
    }
  }
}

void cg_switch_push(Node *n, LLVMBasicBlockRef end);

void cg_select_stmt(Node *n) {
  Vec *cl = &n->switchstmt.clauses;
  int nc = cl->len, nsend = 0, nrecv = 0, def = -1;
  for (int i = 0; i < nc; i++) {
    Node *comm = ((Node *)VEC_AT(*cl, i))->commclause.comm;
    if (!comm) def = i;
    else if (comm->kind == N_SEND) nsend++;
    else nrecv++;
  }
  LLVMBasicBlockRef end = cg_newbb("select.end");
  cg_switch_push(n, end);
  int ncase = nsend + nrecv;
  if (ncase == 0 && def < 0) {
    cg_call_rt("gort_block", NULL, 0);
    LLVMBuildUnreachable(cg.b);
    cg.fn->ntargets--;
    LLVMPositionBuilderAtEnd(cg.b, end);
    return;
  }
  LLVMTypeRef caset = LLVMStructTypeInContext(cg.ctx, (LLVMTypeRef[]){cg.t_ptr, cg.t_ptr}, 2, 0);
  LLVMTypeRef arrt = LLVMArrayType2(caset, (uint64_t)(ncase ? ncase : 1));
  LLVMValueRef cases = cg_alloca(arrt, "selcases");
  int *caseidx = arena_alloc(sizeof(int) * (size_t)nc);
  LLVMValueRef *tmps = arena_alloc(sizeof(LLVMValueRef) * (size_t)nc);
  int si = 0, ri = 0;
  for (int i = 0; i < nc; i++) {
    Node *comm = ((Node *)VEC_AT(*cl, i))->commclause.comm;
    caseidx[i] = -1;
    tmps[i] = NULL;
    if (!comm) continue;
    LLVMValueRef ch, elem;
    if (comm->kind == N_SEND) {
      Type *et = type_under(comm->binary.x->type)->elem;
      ch = cg_expr(comm->binary.x);
      elem = cg_tmp_mem(et, cg_expr_to(comm->binary.y, et));
      caseidx[i] = si++;
    } else {
      Node *rx = recv_of(comm);
      Type *et = type_under(rx->unary.x->type)->elem;
      ch = cg_expr(rx->unary.x);
      elem = cg_alloca(cg_type(et), "selrecv");
      tmps[i] = elem;
      caseidx[i] = nsend + ri++;
    }
    LLVMValueRef idx[2] = {cg_i64(0), cg_i64(caseidx[i])};
    LLVMValueRef slot = LLVMBuildGEP2(cg.b, arrt, cases, idx, 2, "");
    LLVMBuildStore(cg.b, ch, LLVMBuildStructGEP2(cg.b, caset, slot, 0, ""));
    LLVMBuildStore(cg.b, elem, LLVMBuildStructGEP2(cg.b, caset, slot, 1, ""));
  }
  LLVMValueRef okp = cg_alloca(cg.t_i8, "recvok");
  LLVMValueRef args[5] = {cases, cg_i64(nsend), cg_i64(nrecv), cg_i64(def < 0), okp};
  LLVMValueRef r = cg_call_rt("gort_select", args, 5);
  LLVMBasicBlockRef *bodies = arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)nc);
  for (int i = 0; i < nc; i++) bodies[i] = cg_newbb("select.case");
  LLVMBasicBlockRef nomatch = def >= 0 ? bodies[def] : cg_newbb("select.none");
  LLVMValueRef sw = LLVMBuildSwitch(cg.b, r, nomatch, (unsigned)nc);
  for (int i = 0; i < nc; i++)
    if (caseidx[i] >= 0) LLVMAddCase(sw, cg_i64(caseidx[i]), bodies[i]);
  if (def < 0) {
    LLVMPositionBuilderAtEnd(cg.b, nomatch);
    LLVMBuildUnreachable(cg.b);
  }
  for (int i = 0; i < nc; i++) {
    Node *c = VEC_AT(*cl, i);
    Node *comm = c->commclause.comm;
    LLVMPositionBuilderAtEnd(cg.b, bodies[i]);
    if (comm && comm->kind == N_ASSIGN) {
      Node *rx = recv_of(comm);
      Type *et = type_under(rx->unary.x->type)->elem;
      static Type booltype = {.kind = TY_BOOL};
      assign_received(comm, cg_load(et, tmps[i]), et, cg_load(&booltype, okp));
    }
    cg_block(&c->commclause.body);
    cg_br(end);
  }
  cg.fn->ntargets--;
  LLVMPositionBuilderAtEnd(cg.b, end);
}
