/* call.c — calls (Spec: Calls): direct calls of Go functions and methods, calls of func
 * values through closure records, calls into the runtime and the standard library's C
 * functions (scalar rule of runtime/gort.h), argument evaluation with multi-value forwarding
 * and variadic packing, method values. Builtins are in builtin.c. */
#include <string.h>

#include "cg.h"

LLVMValueRef cg_selector_base(Node *sel, Type **t);

/* Calls are never merged: two calls at different lines folded into one (LLVM's tail
 * merging, sinking) would make a traceback print line 0 or the wrong line (debuginfo.c). */
static LLVMValueRef nomerge(LLVMValueRef call) {
  static unsigned kind;
  if (!kind) kind = LLVMGetEnumAttributeKindForName("nomerge", 7);
  LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg.ctx, kind, 0));
  return call;
}

LLVMValueRef cg_call_rt(const char *name, LLVMValueRef *args, int n) {
  LLVMValueRef fn = cg_rt(name);
  LLVMTypeRef ft = LLVMGlobalGetValueType(fn);
  LLVMValueRef r = LLVMBuildCall2(cg.b, ft, fn, args, (unsigned)n, "");
  return nomerge(r);
}

LLVMValueRef cg_tuple_get(LLVMValueRef v, Type *tuple, int i) {
  (void)tuple;
  return LLVMBuildExtractValue(cg.b, v, (unsigned)i, "");
}

bool cg_is_extern(Object *fn) {
  if (fn->decl && fn->decl->kind == N_FUNCDECL && !fn->decl->funcdecl.body) return true;
  return sema_is_prelude_obj(fn);
}

/* ---- the C scalar rule ---- */
static void flatten(LLVMValueRef v, Type *t, LLVMValueRef *out, LLVMTypeRef *types, int *k) {
  Type *u = type_under(t);
  int parts = u->kind == TY_STRING ? 2 : u->kind == TY_SLICE ? 3 : u->kind == TY_INTERFACE ? 2 : 0;
  if (!parts) {
    if (out) out[*k] = v;
    types[(*k)++] = cg_type(t);
    return;
  }
  for (int i = 0; i < parts; i++) {
    if (out) out[*k] = LLVMBuildExtractValue(cg.b, v, (unsigned)i, "");
    types[(*k)++] = i == 0 ? cg.t_ptr : u->kind == TY_INTERFACE ? cg.t_ptr : cg.t_i64;
  }
}

static LLVMTypeRef results_tuple(Type *sig) {
  int n = sig->results.len;
  if (n == 1) return cg_type(VEC_AT(sig->results, 0));
  LLVMTypeRef el[16];
  for (int i = 0; i < n && i < 16; i++) el[i] = cg_type(VEC_AT(sig->results, i));
  return LLVMStructTypeInContext(cg.ctx, el, (unsigned)n, 0);
}

/* Functions of package math that are one instruction: LLVM's intrinsic in place of the call
 * (gc makes them SQRTSD, ROUNDSD, ANDPD, VFMADD too). Packages are compiled separately, so a
 * call of math.Sqrt from the program would stay a call (two, with math.archSqrt in
 * runtime/math.c), spilling the caller's registers around it: bench/nbody made one per pair
 * of bodies. IEEE's square root, roundings, absolute value and fused multiply-add are what
 * Go specifies, special cases included (Go's FMA is a software version: 30x slower). */
static LLVMValueRef math_intrinsic(const char *name, LLVMValueRef *args, int n) {
  static const char *const map[][2] = {
      {"math.archSqrt", "llvm.sqrt"}, {"math.archFloor", "llvm.floor"}, {"math.archCeil", "llvm.ceil"},
      {"math.archTrunc", "llvm.trunc"}, {"math.Sqrt", "llvm.sqrt"}, {"math.Floor", "llvm.floor"},
      {"math.Ceil", "llvm.ceil"}, {"math.Trunc", "llvm.trunc"}, {"math.Abs", "llvm.fabs"},
      {"math.FMA", "llvm.fma"}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
    if (strcmp(name, map[i][0]) != 0) continue;
    int want = strcmp(map[i][1], "llvm.fma") == 0 ? 3 : 1;
    if (n != want) return NULL;
    for (int k = 0; k < n; k++)
      if (LLVMTypeOf(args[k]) != cg.t_f64) return NULL;
    unsigned id = LLVMLookupIntrinsicID(map[i][1], strlen(map[i][1]));
    LLVMTypeRef f64 = cg.t_f64;
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg.mod, id, &f64, 1);
    return LLVMBuildCall2(cg.b, LLVMIntrinsicGetType(cg.ctx, id, &f64, 1), fn, args, (unsigned)n, "");
  }
  return NULL;
}

/* math/bits the same way (gc's intrinsics too): LeadingZeros, TrailingZeros, OnesCount, Len,
 * RotateLeft and ReverseBytes of 8 to 64 bits, the plain names being 64-bit (uint is 64 bits
 * here). Go's definitions are LLVM's with a zero input allowed: TrailingZeros64(0) = 64 is
 * cttz(x, false); RotateLeft by k rotates by k mod the width, negative k to the right, as
 * fshl(x, x, k) does. Counts are Go ints (i64). */
static LLVMValueRef bits_intrinsic(const char *name, LLVMValueRef *args, int n) {
  static const struct { const char *prefix, *intr; int kind; } ops[] = {
      {"LeadingZeros", "llvm.ctlz", 0}, {"Len", "llvm.ctlz", 1}, {"TrailingZeros", "llvm.cttz", 0},
      {"OnesCount", "llvm.ctpop", 2}, {"RotateLeft", "llvm.fshl", 3}, {"ReverseBytes", "llvm.bswap", 4}};
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    size_t pl = strlen(ops[i].prefix);
    if (strncmp(name, ops[i].prefix, pl) != 0) continue;
    const char *w = name + pl;
    unsigned width = !*w ? 64 : !strcmp(w, "64") ? 64 : !strcmp(w, "32") ? 32 : !strcmp(w, "16") ? 16
                   : !strcmp(w, "8") ? 8 : 0;
    int kind = ops[i].kind;
    if (!width || n != (kind == 3 ? 2 : 1) || (kind == 4 && width == 8)) return NULL;
    LLVMTypeRef it = LLVMIntTypeInContext(cg.ctx, width);
    if (LLVMTypeOf(args[0]) != it) return NULL;
    unsigned id = LLVMLookupIntrinsicID(ops[i].intr, strlen(ops[i].intr));
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg.mod, id, &it, 1);
    LLVMTypeRef ft = LLVMIntrinsicGetType(cg.ctx, id, &it, 1);
    LLVMValueRef a[3] = {args[0], LLVMConstInt(LLVMInt1TypeInContext(cg.ctx), 0, 0), NULL};
    unsigned na = kind <= 1 ? 2 : kind == 3 ? 3 : 1;
    if (kind == 3) {
      if (LLVMTypeOf(args[1]) != cg.t_i64) return NULL;
      a[1] = args[0];
      a[2] = width == 64 ? args[1] : LLVMBuildTrunc(cg.b, args[1], it, "");
    }
    LLVMValueRef r = LLVMBuildCall2(cg.b, ft, fn, a, na, "");
    if (kind >= 3) return r;   /* a value of the argument's type */
    r = width == 64 ? r : LLVMBuildZExt(cg.b, r, cg.t_i64, "");
    if (kind == 1) r = LLVMBuildSub(cg.b, LLVMConstInt(cg.t_i64, width, 0), r, "");
    return r;
  }
  return NULL;
}

LLVMValueRef cg_call_extern(Object *fn, LLVMValueRef recv, Type *sig, LLVMValueRef *args, int n) {
  sig = type_under(sig);
  if (!recv) {
    LLVMValueRef r = math_intrinsic(sema_link_name(fn), args, n);
    if (r) return r;
  }
  LLVMValueRef av[96];
  LLVMTypeRef at[96];
  int k = 0;
  int nres = sig->results.len;
  LLVMTypeRef rt = nres ? results_tuple(sig) : cg.t_void;
  bool viaret = nres && LLVMABISizeOfType(cg.td, rt) > 16;
  LLVMValueRef retmem = NULL;
  if (viaret) {
    retmem = cg_alloca(rt, "cret");
    av[k] = retmem;
    at[k++] = cg.t_ptr;
  }
  if (recv) flatten(recv, fn->recv, av, at, &k);
  for (int i = 0; i < n && k < 90; i++) flatten(args[i], VEC_AT(sig->params, i), av, at, &k);
  const char *name = sema_link_name(fn);
  LLVMValueRef callee = LLVMGetNamedFunction(cg.mod, name);
  LLVMTypeRef ft = LLVMFunctionType(viaret ? cg.t_void : rt, at, (unsigned)k, 0);
  if (!callee) callee = LLVMAddFunction(cg.mod, name, ft);
  LLVMValueRef r = nomerge(LLVMBuildCall2(cg.b, ft, callee, av, (unsigned)k, ""));
  if (viaret) return LLVMBuildLoad2(cg.b, rt, retmem, "");
  return r;
}

/* ---- Go calls ---- */
static bool result_indirect(Type *sig) {
  return sig->results.len == 1 && cg_indirect(VEC_AT(sig->results, 0));
}

/* A big argument is copied to a temporary as soon as it is evaluated (memcpy, see
 * eval_args), and the call passes that temporary: the load eval_args leaves as its value,
 * named "argtmp", only marks it. Big values never travel as LLVM first-class aggregates,
 * which LLVM's optimiser handles in time proportional to their length (a 16 MB array
 * argument took minutes). */
static bool is_argtmp(LLVMValueRef v) {
  if (!LLVMIsALoadInst(v)) return false;
  size_t n;
  const char *name = LLVMGetValueName2(v, &n);
  return n >= 6 && strncmp(name, "argtmp", 6) == 0;
}

static LLVMValueRef pass(LLVMValueRef v, Type *t) {
  if (!cg_indirect(t)) return v;
  if (is_argtmp(v)) {
    LLVMValueRef tmp = LLVMGetOperand(v, 0);
    if (!LLVMGetFirstUse(v)) LLVMInstructionEraseFromParent(v);
    return tmp;
  }
  return cg_tmp_mem(t, v);
}

/* callee(ctx, [ret], [recv], args...) */
static LLVMValueRef emit_go_call(LLVMValueRef callee, LLVMTypeRef ft, LLVMValueRef ctx, Type *sig,
                                 LLVMValueRef recv, Type *recvt, LLVMValueRef *args, int n) {
  LLVMValueRef av[80];
  int k = 0;
  av[k++] = ctx;
  LLVMValueRef retmem = NULL;
  Type *rt0 = sig->results.len ? VEC_AT(sig->results, 0) : NULL;
  if (result_indirect(sig)) {
    retmem = cg_alloca(cg_type(rt0), "ret");
    av[k++] = retmem;
  }
  if (recvt) av[k++] = pass(recv, recvt);
  for (int i = 0; i < n && k < 80; i++) av[k++] = pass(args[i], VEC_AT(sig->params, i));
  LLVMValueRef r = nomerge(LLVMBuildCall2(cg.b, ft, callee, av, (unsigned)k, ""));
  if (retmem) return cg_load(rt0, retmem);
  return r;
}

LLVMValueRef cg_call_direct(Object *fn, LLVMValueRef recv, Type *sig, LLVMValueRef *args, int n) {
  sig = type_under(sig);
  if (cg_is_extern(fn)) return cg_call_extern(fn, recv, sig, args, n);
  if (!recv && fn->pkg && strcmp(fn->pkg, "math") == 0) {
    LLVMValueRef r = math_intrinsic(arena_printf("math.%s", fn->name), args, n);
    if (r) return r;
  }
  if (!recv && fn->pkg && strcmp(fn->pkg, "math/bits") == 0) {
    LLVMValueRef r = bits_intrinsic(fn->name, args, n);
    if (r) return r;
  }
  LLVMValueRef callee = cg_func_for(fn);
  return emit_go_call(callee, LLVMGlobalGetValueType(callee), LLVMConstNull(cg.t_ptr), sig, recv,
                      fn->recv, args, n);
}

LLVMValueRef cg_call_func_value(LLVMValueRef fv, Type *sig, LLVMValueRef *args, int n) {
  sig = type_under(sig);
  cg_check_nil(fv);   /* calling a nil func value: Go's nil dereference panic */
  LLVMValueRef code = LLVMBuildLoad2(cg.b, cg.t_ptr, fv, "fn");
  return emit_go_call(code, cg_func_type(sig, false, NULL), fv, sig, NULL, NULL, args, n);
}

/* Call through a method table: fn(data, [ret], args...). */
LLVMValueRef cg_call_method_ptr(LLVMValueRef code, LLVMValueRef data, Type *sig, LLVMValueRef *args, int n);
LLVMValueRef cg_call_method_ptr(LLVMValueRef code, LLVMValueRef data, Type *sig, LLVMValueRef *args, int n) {
  sig = type_under(sig);
  return emit_go_call(code, cg_func_type(sig, false, NULL), data, sig, NULL, NULL, args, n);
}

/* ---- arguments ---- */
typedef struct Arg { LLVMValueRef v; Type *t; Node *n; } Arg;

static LLVMValueRef arg_to(Arg *a, Type *t) {
  if (a->n) return cg_expr_to(a->n, t);
  return cg_convert(a->v, a->t, t, NULL);
}

/* Evaluate the arguments of call against signature sig: f(g()) forwarding, variadic packing
 * (the ... slice is an allocation site: call->esc), conversion to the parameter types. */
static int eval_args(Node *call, Type *sig, int skip, LLVMValueRef *out) {
  Vec *args = &call->call.args;
  bool tuple = args->len == 1 && ((Node *)VEC_AT(*args, 0))->type &&
               ((Node *)VEC_AT(*args, 0))->type->kind == TY_TUPLE;
  int nvals = tuple ? ((Node *)VEC_AT(*args, 0))->type->results.len : args->len;
  Arg *av = arena_alloc(sizeof(Arg) * (size_t)(nvals + 1));
  int na = 0;
  if (tuple) {
    Node *g = VEC_AT(*args, 0);
    LLVMValueRef t = cg_expr(g);
    for (int i = 0; i < g->type->results.len; i++)
      av[na++] = (Arg){cg_tuple_get(t, g->type, i), VEC_AT(g->type->results, i), NULL};
  } else {
    for (int i = 0; i < args->len; i++) av[na++] = (Arg){NULL, NULL, VEC_AT(*args, i)};
    /* gc's order: arguments that call functions first (left to right), then the others */
    bool any_call = false, any_plain = false;
    for (int i = 0; i < na; i++) {
      if (cg_has_call(av[i].n)) any_call = true;
      else if (!av[i].n->val) any_plain = true;
    }
    if (any_call && any_plain)
      for (int i = 0; i < na; i++)
        if (cg_has_call(av[i].n)) {
          av[i].v = cg_expr(av[i].n);
          av[i].t = av[i].n->type;
          av[i].n = NULL;
          if (cg_is_big(av[i].t)) /* copied now: later arguments must not see it change */
            av[i].v = LLVMBuildLoad2(cg.b, cg_type(av[i].t), cg_tmp_mem(av[i].t, av[i].v), "argtmp");
        }
  }
  int np = sig->params.len;
  int k = 0;
  for (int i = skip; i < np; i++) {
    Type *pt = VEC_AT(sig->params, i);
    int ai = i;
    if (sig->variadic && i == np - 1 && !call->call.ellipsis) {
      int cnt = na - ai;
      Type *et = type_under(pt)->elem;
      if (cnt <= 0) { out[k++] = cg_zero(pt); break; }
      LLVMTypeRef at = LLVMArrayType2(cg_type(et), (uint64_t)cnt);
      LLVMValueRef p;
      LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)cnt);
      for (int j = 0; j < cnt; j++) vals[j] = arg_to(&av[ai + j], et);
      if (cg_on_stack(call->esc)) {
        p = cg_alloca(at, "varargs");
      } else {
        p = cg_alloc_rt("gort_alloc_array", (LLVMValueRef[]){cg_typedesc(et), cg_i64(cnt)}, 2);
      }
      for (int j = 0; j < cnt; j++) {
        LLVMValueRef ea = LLVMBuildGEP2(cg.b, at, p, (LLVMValueRef[]){cg_i64(0), cg_i64(j)}, 2, "");
        cg_store(et, vals[j], ea);
      }
      out[k++] = cg_make_slice(p, cg_i64(cnt), cg_i64(cnt));
      break;
    }
    if (ai < na && cg_is_big(pt)) {
      LLVMValueRef v = arg_to(&av[ai], pt); /* evaluated now, copied now */
      out[k++] = is_argtmp(v) ? v : LLVMBuildLoad2(cg.b, cg_type(pt), cg_tmp_mem(pt, v), "argtmp");
      continue;
    }
    out[k++] = ai < na ? arg_to(&av[ai], pt) : cg_zero(pt);
  }
  return k;
}

int cg_eval_args(Node *call, Type *sig, LLVMValueRef *out);
int cg_eval_args(Node *call, Type *sig, LLVMValueRef *out) {
  return eval_args(call, type_under(sig), 0, out);
}

Vec cg_call_args(Node *call, Type *sig, bool *multi) {
  LLVMValueRef *out = CG_ARGS(sig);
  int n = eval_args(call, type_under(sig), 0, out);
  Vec v = {0};
  for (int i = 0; i < n; i++) vec_push(&v, out[i]);
  if (multi) *multi = false;
  return v;
}

/* The receiver value for a concrete method call x.m(...) (Spec: Method sets: &x or *x as
 * the method needs, through embedded fields). */
static LLVMValueRef method_receiver(Node *sel, Object *m) {
  Type *rt = m->recv;
  bool ptrrecv = type_under(rt)->kind == TY_POINTER && rt->kind != TY_NAMED;
  Node *x = sel->selector.x;
  Type *t;
  LLVMValueRef a;
  if (!sel->selector.path.len) {
    bool xptr = type_under(x->type)->kind == TY_POINTER && x->type->kind != TY_NAMED;
    if (ptrrecv) return xptr ? cg_expr(x) : cg_addr(x);
    if (!xptr) return cg_expr_to(x, rt);
    LLVMValueRef p = cg_expr(x);
    cg_check_nil(p);
    return cg_load(rt, p);
  }
  a = cg_selector_base(sel, &t);
  if (type_under(t)->kind == TY_POINTER) {
    LLVMValueRef p = LLVMBuildLoad2(cg.b, cg.t_ptr, a, "");
    if (ptrrecv) return p;
    cg_check_nil(p);
    return cg_load(rt, p);
  }
  return ptrrecv ? a : cg_load(rt, a);
}

static Node *unparen(Node *n) {
  while (n && n->kind == N_PAREN) n = n->unary.x;
  return n;
}

static LLVMValueRef call_methodexpr(Node *fun, Object *m, Type *sig, LLVMValueRef *args, int k);

static LLVMValueRef call_func(Node *n) {
  Node *fun = unparen(n->call.fun);
  Type *sig = type_under(fun->type);
  LLVMValueRef *args = CG_ARGS(sig);
  if (fun->kind == N_IDENT && fun->ident.obj && fun->ident.obj->kind == OBJ_FUNC) {
    int k = eval_args(n, sig, 0, args);
    return cg_call_direct(fun->ident.obj, NULL, sig, args, k);
  }
  if (fun->kind == N_SELECTOR) {
    Object *m = fun->selector.sel;
    switch (fun->selector.kind) {
    case SEL_PKG:
      if (m->kind == OBJ_FUNC) {
        int k = eval_args(n, sig, 0, args);
        return cg_call_direct(m, NULL, sig, args, k);
      }
      break;
    case SEL_METHOD: {
      LLVMValueRef recv = method_receiver(fun, m);
      int k = eval_args(n, sig, 0, args);
      return cg_call_direct(m, recv, m->type, args, k);
    }
    case SEL_IFACEMETHOD: {
      extern LLVMValueRef cg_iface_call_value(LLVMValueRef iv, Type *it, const char *name,
                                              LLVMValueRef *args, int n, Type *sig);
      LLVMValueRef iv;
      Type *it = fun->selector.x->type;
      if (fun->selector.path.len) {
        /* promoted through embedded fields from an embedded interface */
        LLVMValueRef a = cg_selector_base(fun, &it);
        iv = cg_load(it, a);
      } else {
        iv = cg_expr(fun->selector.x);
      }
      int k = eval_args(n, sig, 0, args);
      return cg_iface_call_value(iv, it, fun->selector.name, args, k, sig);
    }
    case SEL_METHODEXPR: {
      int k = eval_args(n, sig, 0, args);
      if (m->kind != OBJ_FUNC) break;
      return call_methodexpr(fun, m, sig, args, k);
    }
    default: break;
    }
  }
  LLVMValueRef fv = cg_expr(fun);
  int k = eval_args(n, sig, 0, args);
  return cg_call_func_value(fv, sig, args, k);
}

/* T.m(recv, args) or (*T).m(recv, args): walk embedded fields, then take the address or
 * dereference as m needs. */
static LLVMValueRef call_methodexpr(Node *fun, Object *m, Type *sig, LLVMValueRef *args, int k) {
      LLVMValueRef recv = args[0];
      Type *given = VEC_AT(sig->params, 0);
      if (type_under(given)->kind == TY_INTERFACE) {
        /* I.m(x, args): a call through x's method table */
        extern LLVMValueRef cg_iface_call_value(LLVMValueRef iv, Type *it, const char *name,
                                                LLVMValueRef *args, int n, Type *sig);
        return cg_iface_call_value(recv, given, fun->selector.name, args + 1, k - 1,
                                   m && m->type ? m->type : sig);
      }
      if (!m || !m->recv) fatal("method expression without receiver");
      if (!type_identical(given, m->recv) || fun->selector.path.len) {
        /* T.m / (*T).m through embedded fields or with a value method */
        extern LLVMValueRef cg_walk_path(LLVMValueRef addr, Type **t, Vec *path);
        bool gp = type_under(given)->kind == TY_POINTER && given->kind != TY_NAMED;
        Type *cur = gp ? given->elem : given;
        LLVMValueRef addr = gp ? recv : cg_tmp_mem(given, recv);
        if (gp) cg_check_nil(addr);
        addr = cg_walk_path(addr, &cur, &fun->selector.path);
        if (type_under(cur)->kind == TY_POINTER && cur->kind != TY_NAMED) {
          addr = LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "");
          cur = cur->elem;
        }
        bool ptrrecv = type_under(m->recv)->kind == TY_POINTER && m->recv->kind != TY_NAMED;
        recv = ptrrecv ? addr : cg_load(m->recv, addr);
      }
      return cg_call_direct(m, recv, m->type, args + 1, k - 1);
}

LLVMValueRef cg_call(Node *n) {
  switch (n->call.how) {
  case CALL_CONVERSION: {
    Node *a = VEC_AT(n->call.args, 0);
    if (a->val && type_under(n->type)->kind != TY_INTERFACE && !n->implicit &&
        type_is_untyped(a->type))
      return cg_const(a->val, n->type);
    LLVMValueRef v = a->type && a->type->kind == TY_UNTYPED_NIL ? cg_zero(n->type) : cg_expr(a);
    return cg_convert(v, a->type, n->type, n);
  }
  case CALL_BUILTIN: return cg_builtin(n, NULL, 0);
  case CALL_FUNC: return call_func(n);
  default: break;
  }
  cg_unsupported(n->pos, "this call");
  return cg_zero(n->type);
}

/* ---- method values (Spec: Method values): a closure {thunk, receiver} ---- */
LLVMValueRef cg_method_value(Node *sel) {
  Object *m = sel->selector.sel;
  Type *sig = type_under(sel->type);
  bool iface = sel->selector.kind == SEL_IFACEMETHOD;
  if (sel->selector.kind == SEL_METHODEXPR) {
    /* Spec: Method expressions — a function with the receiver as first parameter */
    LLVMValueRef th = LLVMAddFunction(cg.mod, arena_printf("%s.mexpr%d", LLVMGetValueName(cg.fn->fn), ++cg.anonno),
                                      cg_func_type(sig, false, NULL));
    LLVMSetLinkage(th, LLVMInternalLinkage);
    Fn *saved = cg.fn;
    Fn *f = NEW(Fn);
    f->fn = th;
    f->sig = sig;
    cg_set_fn(f);
    int base = 1 + (result_indirect(sig) ? 1 : 0);
    LLVMValueRef *args = CG_ARGS(sig);
    int n = sig->params.len;
    for (int i = 0; i < n; i++) {
      LLVMValueRef p = LLVMGetParam(th, (unsigned)(base + i));
      Type *pt = VEC_AT(sig->params, i);
      args[i] = cg_indirect(pt) ? cg_load(pt, p) : p;
    }
    LLVMValueRef r = call_methodexpr(sel, m, sig, args, n);
    if (sig->results.len == 0) LLVMBuildRetVoid(cg.b);
    else if (result_indirect(sig)) {
      LLVMBuildStore(cg.b, r, LLVMGetParam(th, 1));
      LLVMBuildRetVoid(cg.b);
    } else LLVMBuildRet(cg.b, r);
    cg_set_fn(saved);
    LLVMValueRef el[1] = {th};
    LLVMValueRef init = LLVMConstStructInContext(cg.ctx, el, 1, 0);
    LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
  }
  Type *rt = iface ? sel->selector.x->type : m->recv;
  LLVMValueRef recv;
  if (iface && sel->selector.path.len) {
    /* promoted through embedded fields from an embedded interface: z.String, z *struct{I} */
    LLVMValueRef a = cg_selector_base(sel, &rt);
    recv = cg_load(rt, a);
  } else {
    recv = iface ? cg_expr(sel->selector.x) : method_receiver(sel, m);
  }
  if (iface) {
    LLVMValueRef itab = LLVMBuildExtractValue(cg.b, recv, 0, "");
    cg_check_nil(itab);
  }
  LLVMTypeRef el[2] = {cg.t_ptr, cg_type(rt)};
  LLVMTypeRef rect = LLVMStructTypeInContext(cg.ctx, el, 2, 0);
  /* the thunk */
  LLVMValueRef th = LLVMAddFunction(cg.mod, arena_printf("%s.mval%d", LLVMGetValueName(cg.fn->fn), ++cg.anonno),
                                    cg_func_type(sig, false, NULL));
  LLVMSetLinkage(th, LLVMInternalLinkage);
  Fn *saved = cg.fn;
  Fn *f = NEW(Fn);
  f->fn = th;
  f->sig = sig;
  cg_set_fn(f);
  LLVMValueRef ctx = LLVMGetParam(th, 0);
  LLVMValueRef rv = cg_load(rt, LLVMBuildStructGEP2(cg.b, rect, ctx, 1, ""));
  int base = 1 + (result_indirect(sig) ? 1 : 0);
  LLVMValueRef *args = CG_ARGS(sig);
  int n = sig->params.len;
  for (int i = 0; i < n; i++) {
    LLVMValueRef p = LLVMGetParam(th, (unsigned)(base + i));
    Type *pt = VEC_AT(sig->params, i);
    args[i] = cg_indirect(pt) ? cg_load(pt, p) : p;
  }
  LLVMValueRef r;
  if (iface) {
    extern LLVMValueRef cg_iface_call_value(LLVMValueRef iv, Type *it, const char *name, LLVMValueRef *args, int n, Type *sig);
    r = cg_iface_call_value(rv, rt, sel->selector.name, args, n, sig);
  } else {
    r = cg_call_direct(m, rv, m->type, args, n);
  }
  if (sig->results.len == 0) LLVMBuildRetVoid(cg.b);
  else if (result_indirect(sig)) {
    LLVMBuildStore(cg.b, r, LLVMGetParam(th, 1));
    LLVMBuildRetVoid(cg.b);
  } else LLVMBuildRet(cg.b, r);
  cg_set_fn(saved);
  LLVMValueRef rec;
  if (cg_on_stack(sel->esc)) {
    rec = cg_alloca(rect, "mval");
  } else {
    Type *ts[1] = {rt};
    rec = cg_alloc_rt("gort_alloc", (LLVMValueRef[]){cg_record_desc(ts, 1)}, 1);
  }
  cg_store(rt, recv, LLVMBuildStructGEP2(cg.b, rect, rec, 1, "")); /* first: a memcpy if big */
  LLVMBuildStore(cg.b, th, rec);
  return rec;
}
