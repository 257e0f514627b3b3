/* defer.c — defer, go, panic and recover (runtime/gort.h protocol). `defer f(args)` and
 * `go f(args)` both evaluate the function value and the arguments now into a closure record
 * {thunk, f, args...} whose thunk makes the call later: at the function's return (gort_defer)
 * or on a new goroutine (gort_go).
 * A function containing `defer` owns a GoFrame in its stack frame:
 *     gort_frame_push(&fr); if (_setjmp(fr.jb) != 0) goto recovered;   (returns_twice)
 *     defer f(args)  →  gort_defer(&fr, record)  with record = {thunk, f, args...} evaluated now
 *     return         →  store results; gort_frame_pop(&fr) runs the deferred calls; ret
 *                       (at each return, so a traceback through a deferred call shows the
 *                       line of the return, as Go's does)
 *     recovered:     →  gort_frame_pop(&fr); return the current values of the results.
 * The results live in memory whose address escapes (an empty asm), and are read back with
 * volatile loads, so they survive the longjmp and deferred closures' writes. */
#include <string.h>

#include "cg.h"

void cg_ret_from_vars(void);
int cg_eval_args(Node *call, Type *sig, LLVMValueRef *out);

static LLVMTypeRef frame_type(void) {
  LLVMTypeRef el[4] = {cg.t_ptr, cg.t_ptr, cg.t_ptr, LLVMArrayType2(cg.t_i64, 40)};
  return LLVMStructTypeInContext(cg.ctx, el, 4, 0);
}

/* Make an alloca's address escape so that no store to it is considered dead. */
static void escape_addr(LLVMValueRef p) {
  LLVMTypeRef ft = LLVMFunctionType(cg.t_void, &cg.t_ptr, 1, 0);
  LLVMValueRef asmv = LLVMGetInlineAsm(ft, "", 0, "r,~{memory}", 11, 1, 0, LLVMInlineAsmDialectATT, 0);
  LLVMBuildCall2(cg.b, ft, asmv, &p, 1, "");
}

void cg_defer_prologue(void) {
  Fn *f = cg.fn;
  int nres = f->sig ? f->sig->results.len : 0;
  for (int i = 0; i < nres; i++) {
    Object *o = VEC_AT(f->results, i);
    escape_addr(o ? cg_var_addr(o) : f->resaddr[i]);
  }
  LLVMTypeRef ft = frame_type();
  f->frame = cg_alloca(ft, "frame");
  LLVMBuildStore(cg.b, LLVMConstNull(ft), f->frame);
  cg_call_rt("gort_frame_push", &f->frame, 1);
  LLVMValueRef jb = LLVMBuildStructGEP2(cg.b, ft, f->frame, 3, "");
  LLVMValueRef r = cg_call_rt("_setjmp", &jb, 1);
  LLVMBasicBlockRef rec = cg_newbb("recovered"), body = cg_newbb("body");
  LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntNE, r, LLVMConstInt(cg.t_i32, 0, 0), ""), rec, body);
  LLVMPositionBuilderAtEnd(cg.b, rec);
  cg_call_rt("gort_frame_pop", &f->frame, 1);
  cg_ret_from_vars();
  LLVMPositionBuilderAtEnd(cg.b, body);
}

LLVMValueRef cg_recover(void) {
  /* a function calling recover() keeps its own frame: inlining it into its caller would
   * change which call recover() answers for */
  unsigned k = LLVMGetEnumAttributeKindForName("noinline", 8);
  LLVMAddAttributeAtIndex(cg.fn->fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg.ctx, k, 0));
  LLVMValueRef r = cg_call_rt("gort_recover", NULL, 0);
  LLVMSetTailCallKind(r, LLVMTailCallKindNoTail); /* the caller's frame must stay */
  return r;
}

static Node *unparen(Node *n) {
  while (n && n->kind == N_PAREN) n = n->unary.x;
  return n;
}

/* The record {thunk, values...} of a call saved for later: the function value (unless the
 * callee is a known function) and the arguments, evaluated now; the thunk takes the record
 * and makes the call. NULL for a conversion (evaluated now, nothing to call later). */
static LLVMValueRef saved_call(Node *call, const char *kind) {
  Fn *f = cg.fn;
  Node *fun = unparen(call->call.fun);
  /* the deferred call's values: func value and receiver, then every argument */
  int cap = call->call.args.len + (fun->type ? type_under(fun->type)->params.len : 0) + 4;
  Type **vt = arena_alloc(sizeof(Type *) * (size_t)cap);
  LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)cap);
  int nv = 0;
  Object *direct = NULL;
  bool builtin = call->call.how == CALL_BUILTIN;
  Type *sig = NULL;
  bool saved_force = cg.force_heap;
  cg.force_heap = true;
  if (builtin) {
    for (int i = 0; i < call->call.args.len; i++) {
      Node *a = VEC_AT(call->call.args, i);
      vals[nv] = cg_expr(a);
      vt[nv++] = a->type;
    }
  } else if (call->call.how == CALL_CONVERSION) {
    cg_expr(call);
    cg.force_heap = saved_force;
    return NULL;
  } else {
    sig = type_under(fun->type);
    if (fun->kind == N_IDENT && fun->ident.obj && fun->ident.obj->kind == OBJ_FUNC) {
      direct = fun->ident.obj;
    } else if (fun->kind == N_SELECTOR && fun->selector.kind == SEL_PKG &&
               fun->selector.sel->kind == OBJ_FUNC) {
      direct = fun->selector.sel;
    } else {
      vals[nv] = cg_expr(fun); /* func value, closure, or method value */
      vt[nv++] = fun->type;
    }
    LLVMValueRef *args = CG_ARGS(sig);
    int na = cg_eval_args(call, sig, args);
    for (int i = 0; i < na; i++) {
      vals[nv] = args[i];
      vt[nv++] = VEC_AT(sig->params, i);
    }
  }
  cg.force_heap = saved_force;
  /* the record {thunk, values...} */
  LLVMTypeRef *el = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(nv + 1));
  el[0] = cg.t_ptr;
  for (int i = 0; i < nv; i++) el[i + 1] = cg_type(vt[i]);
  LLVMTypeRef rt = LLVMStructTypeInContext(cg.ctx, el, (unsigned)nv + 1, 0);
  LLVMTypeRef tft = LLVMFunctionType(cg.t_void, &cg.t_ptr, 1, 0);
  LLVMValueRef th = LLVMAddFunction(cg.mod, arena_printf("%s.%s%d", LLVMGetValueName(f->fn), kind, ++cg.anonno), tft);
  LLVMSetLinkage(th, LLVMInternalLinkage);
  LLVMValueRef rec = cg_call_rt("gort_alloc", (LLVMValueRef[]){cg_record_desc(vt, nv)}, 1);
  LLVMBuildStore(cg.b, th, rec);
  for (int i = 0; i < nv; i++)
    cg_store(vt[i], vals[i], LLVMBuildStructGEP2(cg.b, rt, rec, (unsigned)i + 1, ""));
  /* the thunk */
  Fn *saved = cg.fn;
  Fn *tf = NEW(Fn);
  tf->fn = th;
  cg_set_fn(tf);
  if (kind[0] == 'd') {
    /* no frame record for a defer thunk: recover() counts frames from the runtime's caller
     * of the deferred call, and the thunk must not count as one */
    LLVMRemoveStringAttributeAtIndex(th, LLVMAttributeFunctionIndex, "frame-pointer", 13);
    LLVMRemoveStringAttributeAtIndex(th, LLVMAttributeFunctionIndex, "disable-tail-calls", 18);
    LLVMAddAttributeAtIndex(th, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg.ctx, "frame-pointer", 13, "none", 4));
  }
  LLVMValueRef r = LLVMGetParam(th, 0);
  LLVMValueRef *lv = arena_alloc(sizeof(LLVMValueRef) * (size_t)(nv + 1));
  for (int i = 0; i < nv; i++) lv[i] = cg_load(vt[i], LLVMBuildStructGEP2(cg.b, rt, r, (unsigned)i + 1, ""));
  if (builtin) cg_builtin(call, lv, nv);
  else if (direct) cg_call_direct(direct, NULL, sig, lv, nv);
  else cg_call_func_value(lv[0], sig, lv + 1, nv - 1);
  if (!cg_terminated()) LLVMBuildRetVoid(cg.b);
  cg_set_fn(saved);
  return rec;
}

/* Spec: Defer statements — the function value and parameters are evaluated now; the call
 * happens when the surrounding function returns. */
void cg_defer_stmt(Node *n) {
  Node *call = unparen(n->unary.x);
  if (!cg.fn->frame || call->kind != N_CALL) {
    cg_unsupported(n->pos, "this defer");
    return;
  }
  LLVMValueRef rec = saved_call(call, "defer");
  if (rec) cg_call_rt("gort_defer", (LLVMValueRef[]){cg.fn->frame, rec}, 2);
}

/* Spec: Go statements — the function value and parameters are evaluated now, in the calling
 * goroutine; the call runs in a new goroutine (named <function>.gowrap<N> in symbols). */
void cg_go_stmt(Node *n) {
  Node *call = unparen(n->unary.x);
  if (call->kind != N_CALL) {
    cg_unsupported(n->pos, "this go statement");
    return;
  }
  LLVMValueRef rec = saved_call(call, "gowrap");
  if (rec) cg_call_rt("gort_go", &rec, 1);
}
