/* builtin.c — the predeclared functions (Spec: Built-in functions): len cap append copy
 * delete make new panic print println recover close complex real imag. Arguments may come
 * pre-evaluated (deferred builtins: vals != NULL). */
#include <string.h>

#include "cg.h"

static const Pos NULL_POS = {0};
static Node *arg(Node *n, int i) { return VEC_AT(n->call.args, i); }

static LLVMValueRef argv_(Node *n, int i, LLVMValueRef *vals) {
  return vals ? vals[i] : cg_expr(arg(n, i));
}

static LLVMValueRef b_len(Node *n, LLVMValueRef *vals, bool cap) {
  Node *x = arg(n, 0);
  Type *u = type_under(x->type);
  if (u->kind == TY_POINTER) u = type_under(u->elem);
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    return LLVMBuildExtractValue(cg.b, argv_(n, 0, vals), 1, "");
  case TY_SLICE: return LLVMBuildExtractValue(cg.b, argv_(n, 0, vals), cap ? 2 : 1, "");
  case TY_ARRAY:
    if (!vals) cg_expr(x); /* evaluate for side effects (e.g. a call) */
    return cg_i64(u->len);
  case TY_MAP: return cg_call_rt("gort_maplen", (LLVMValueRef[]){argv_(n, 0, vals)}, 1);
  case TY_CHAN:
    return cg_call_rt(cap ? "gort_chancap" : "gort_chanlen", (LLVMValueRef[]){argv_(n, 0, vals)}, 1);
  default: break;
  }
  cg_unsupported(n->pos, "len/cap of this type");
  return cg_i64(0);
}

/* Spec: Appending to and copying slices. Grow through gort_growslice when the capacity is
 * exceeded (Go's growth rule lives in the runtime). */
static LLVMValueRef b_append(Node *n, LLVMValueRef *vals) {
  Type *st = n->type;
  Type *et = type_under(st)->elem;
  LLVMTypeRef elt = cg_type(et);
  LLVMValueRef s = vals ? vals[0] : cg_expr_to(arg(n, 0), st);
  int nargs = n->call.args.len;
  LLVMValueRef add, other = NULL;
  LLVMValueRef *elems = NULL;
  if (n->call.ellipsis) {
    other = argv_(n, 1, vals);
    add = LLVMBuildExtractValue(cg.b, other, 1, "");
  } else {
    if (nargs == 1) return s;
    elems = arena_alloc(sizeof(LLVMValueRef) * (size_t)nargs);
    /* append(f()): the results of f arrive as vals, converted here (*int to interface{}) */
    for (int i = 1; i < nargs; i++)
      elems[i] = vals ? cg_convert(vals[i], arg(n, i)->type, et, NULL) : cg_expr_to(arg(n, i), et);
    add = cg_i64(nargs - 1);
  }
  LLVMValueRef ptr = LLVMBuildExtractValue(cg.b, s, 0, "");
  LLVMValueRef len = LLVMBuildExtractValue(cg.b, s, 1, "");
  LLVMValueRef cap = LLVMBuildExtractValue(cg.b, s, 2, "");
  LLVMValueRef nlen = LLVMBuildAdd(cg.b, len, add, "");
  LLVMValueRef need = LLVMBuildICmp(cg.b, LLVMIntUGT, nlen, cap, "");
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBasicBlockRef grow = cg_newbb("grow"), join = cg_newbb("append");
  LLVMBuildCondBr(cg.b, need, grow, join);
  LLVMPositionBuilderAtEnd(cg.b, grow);
  LLVMValueRef ret = cg_alloca(cg.t_slice, "grown");
  cg_call_rt("gort_growslice", (LLVMValueRef[]){ret, cg_typedesc(et), ptr, len, cap, add}, 6);
  LLVMValueRef g = LLVMBuildLoad2(cg.b, cg.t_slice, ret, "");
  LLVMValueRef gp = LLVMBuildExtractValue(cg.b, g, 0, "");
  LLVMValueRef gc = LLVMBuildExtractValue(cg.b, g, 2, "");
  LLVMBasicBlockRef grow_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef pp = LLVMBuildPhi(cg.b, cg.t_ptr, "");
  LLVMValueRef pc = LLVMBuildPhi(cg.b, cg.t_i64, "");
  LLVMAddIncoming(pp, (LLVMValueRef[]){gp, ptr}, (LLVMBasicBlockRef[]){grow_end, from}, 2);
  LLVMAddIncoming(pc, (LLVMValueRef[]){gc, cap}, (LLVMBasicBlockRef[]){grow_end, from}, 2);
  LLVMValueRef dst = LLVMBuildGEP2(cg.b, elt, pp, &len, 1, "");
  if (other) {
    int64_t es = cg_sizeof(et);
    LLVMValueRef bytes = LLVMBuildMul(cg.b, add, cg_i64(es), "");
    cg_wb_old(dst, et, bytes);
    LLVMBuildMemMove(cg.b, dst, 1, LLVMBuildExtractValue(cg.b, other, 0, ""), 1, bytes);
  } else {
    for (int i = 1; i < nargs; i++) {
      LLVMValueRef ea = LLVMBuildGEP2(cg.b, elt, dst, (LLVMValueRef[]){cg_i64(i - 1)}, 1, "");
      cg_store(et, elems[i], ea);
    }
  }
  return cg_make_slice(pp, nlen, pc);
}

static LLVMValueRef b_copy(Node *n, LLVMValueRef *vals) {
  LLVMValueRef d = argv_(n, 0, vals), s = argv_(n, 1, vals);
  Type *et = type_under(arg(n, 0)->type)->elem;
  LLVMValueRef a[5] = {LLVMBuildExtractValue(cg.b, d, 0, ""), LLVMBuildExtractValue(cg.b, d, 1, ""),
                       LLVMBuildExtractValue(cg.b, s, 0, ""), LLVMBuildExtractValue(cg.b, s, 1, ""),
                       cg_i64(cg_sizeof(et))};
  return cg_call_rt("gort_slicecopy", a, 5);
}

static LLVMValueRef int_arg(Node *n, int i, LLVMValueRef *vals) {
  Node *a = arg(n, i);
  LLVMValueRef v = vals ? vals[i] : cg_expr(a);
  if (LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMIntegerTypeKind) v = cg_float_to_int(v, a->type, NULL);
  return cg_index_i64(v, a->type);
}

static LLVMValueRef b_make(Node *n, LLVMValueRef *vals) {
  Type *t = n->type;
  Type *u = type_under(t);
  int nargs = n->call.args.len;
  if (u->kind == TY_MAP) {
    LLVMValueRef hint = nargs > 1 ? int_arg(n, 1, vals) : cg_i64(0);
    /* a negative hint is ignored, like Go's makemap */
    hint = LLVMBuildSelect(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLT, hint, cg_i64(0), ""), cg_i64(0), hint, "");
    return cg_alloc_rt("gort_makemap", (LLVMValueRef[]){cg_typedesc(t), hint}, 2);
  }
  if (u->kind == TY_CHAN) {
    LLVMValueRef size = nargs > 1 ? int_arg(n, 1, vals) : cg_i64(0);
    return cg_alloc_rt("gort_makechan", (LLVMValueRef[]){cg_typedesc(t), size}, 2);
  }
  /* Spec: Making slices — len and cap checked; frame allocation when it does not escape and
   * the capacity is a small constant */
  LLVMValueRef len = int_arg(n, 1, vals);
  LLVMValueRef cap = nargs > 2 ? int_arg(n, 2, vals) : len;
  Node *capn = arg(n, nargs > 2 ? 2 : 1);
  cg_panic_if(LLVMBuildICmp(cg.b, LLVMIntSLT, len, cg_i64(0), ""), "gort_panic_makelen", NULL, 0);
  if (nargs > 2)
    cg_panic_if(LLVMBuildICmp(cg.b, LLVMIntSLT, cap, len, ""), "gort_panic_makecap", NULL, 0);
  Type *et = u->elem;
  LLVMValueRef p;
  int64_t es = cg_sizeof(et);
  if (cg_on_stack(n->esc) && capn->val && capn->val->kind == CV_INT && capn->val->i >= 0 &&
      capn->val->i * (es ? es : 1) <= 65536) {
    LLVMTypeRef at = LLVMArrayType2(cg_type(et), (uint64_t)capn->val->i);
    p = cg_alloca(at, "make");
    /* memset, not a store of a zero aggregate: LLVM handles those badly when big */
    LLVMBuildMemSet(cg.b, p, LLVMConstInt(cg.t_i8, 0, 0), LLVMSizeOf(at), 8);
  } else {
    p = cg_alloc_rt("gort_alloc_array", (LLVMValueRef[]){cg_typedesc(et), cap}, 2);
  }
  return cg_make_slice(p, len, cap);
}

/* print/println write to stderr in the runtime's format */
static void print_one(LLVMValueRef v, Type *t) {
  Type *u = type_under(t);
  if (type_is_integer(u) || u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE) {
    LLVMValueRef w = cg_index_i64(v, u);
    cg_call_rt(type_is_unsigned(u) ? "gort_print_uint" : "gort_print_int", &w, 1);
  } else if (type_is_float(u) || u->kind == TY_UNTYPED_FLOAT) {
    if (LLVMTypeOf(v) == cg.t_f32) v = LLVMBuildFPExt(cg.b, v, cg.t_f64, "");
    cg_call_rt("gort_print_float", &v, 1);
  } else if (u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL) {
    cg_call_rt("gort_print_bool", &v, 1);
  } else if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(v), cg_str_len(v)}, 2);
  } else if (u->kind == TY_INTERFACE) {
    LLVMValueRef ty = cg_iface_type(v, t);
    cg_call_rt("gort_print_eface", (LLVMValueRef[]){ty, LLVMBuildExtractValue(cg.b, v, 1, "")}, 2);
  } else if (u->kind == TY_SLICE) {
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(cg_gostring_const("[", 1)), cg_i64(1)}, 2);
    LLVMValueRef l = LLVMBuildExtractValue(cg.b, v, 1, "");
    cg_call_rt("gort_print_int", &l, 1);
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(cg_gostring_const("/", 1)), cg_i64(1)}, 2);
    LLVMValueRef c = LLVMBuildExtractValue(cg.b, v, 2, "");
    cg_call_rt("gort_print_int", &c, 1);
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(cg_gostring_const("]", 1)), cg_i64(1)}, 2);
    LLVMValueRef p = LLVMBuildExtractValue(cg.b, v, 0, "");
    cg_call_rt("gort_print_pointer", &p, 1);
  } else if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
    /* Go's printcomplex: ( real imag i) with the floats' explicit signs */
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(cg_gostring_const("(", 1)), cg_i64(1)}, 2);
    for (unsigned k = 0; k < 2; k++) {
      LLVMValueRef x = LLVMBuildExtractValue(cg.b, v, k, "");
      if (LLVMTypeOf(x) == cg.t_f32) x = LLVMBuildFPExt(cg.b, x, cg.t_f64, "");
      cg_call_rt("gort_print_float", &x, 1);
    }
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(cg_gostring_const("i)", 2)), cg_i64(2)}, 2);
  } else if (u->kind == TY_MAP || u->kind == TY_CHAN || u->kind == TY_POINTER ||
             u->kind == TY_FUNC || u->kind == TY_UNSAFEPTR) {
    cg_call_rt("gort_print_pointer", &v, 1);
  } else if (u->kind == TY_UNTYPED_NIL) {
    cg_call_rt("gort_print_string", (LLVMValueRef[]){cg_str_ptr(cg_gostring_const("nil", 3)), cg_i64(3)}, 2);
  } else {
    cg_unsupported(NULL_POS, "print of this type");
  }
}

static LLVMValueRef b_print(Node *n, LLVMValueRef *vals, bool ln) {
  int na = n->call.args.len;
  LLVMValueRef *v = arena_alloc(sizeof(LLVMValueRef) * (size_t)(na + 1));
  for (int i = 0; i < na; i++) v[i] = argv_(n, i, vals);
  for (int i = 0; i < na; i++) {
    if (ln && i) cg_call_rt("gort_print_space", NULL, 0);
    print_one(v[i], arg(n, i)->type);
  }
  if (ln) cg_call_rt("gort_print_nl", NULL, 0);
  return NULL;
}

static LLVMValueRef b_panic(Node *n, LLVMValueRef *vals) {
  Node *a = arg(n, 0);
  static Type *anyt;
  LLVMValueRef v = vals ? vals[0] : cg_expr(a);
  if (type_under(a->type)->kind != TY_INTERFACE) {
    if (!anyt) { anyt = NEW(Type); anyt->kind = TY_INTERFACE; }
    v = cg_to_iface(v, a->type, anyt, a);
  }
  LLVMValueRef ty = cg_iface_type(v, a->type);
  cg_call_rt("gort_panic", (LLVMValueRef[]){ty, LLVMBuildExtractValue(cg.b, v, 1, "")}, 2);
  LLVMBuildUnreachable(cg.b);
  LLVMPositionBuilderAtEnd(cg.b, cg_newbb("after.panic"));
  return NULL;
}

static LLVMValueRef b_complex(Node *n, LLVMValueRef *vals) {
  LLVMTypeRef ct = cg_type(n->type);
  LLVMValueRef r = argv_(n, 0, vals), i = argv_(n, 1, vals);
  LLVMTypeRef et = LLVMStructGetTypeAtIndex(ct, 0);
  if (LLVMTypeOf(r) != et)
    r = et == cg.t_f32 ? LLVMBuildFPTrunc(cg.b, r, et, "") : LLVMBuildFPExt(cg.b, r, et, "");
  if (LLVMTypeOf(i) != et)
    i = et == cg.t_f32 ? LLVMBuildFPTrunc(cg.b, i, et, "") : LLVMBuildFPExt(cg.b, i, et, "");
  LLVMValueRef c = LLVMGetUndef(ct);
  c = LLVMBuildInsertValue(cg.b, c, r, 0, "");
  return LLVMBuildInsertValue(cg.b, c, i, 1, "");
}

/* f(g()) for builtins: append(g()), complex(g()), copy(g()) ... — split the tuple into
 * pre-evaluated arguments carried by synthetic argument nodes. */
static LLVMValueRef builtin_multi(Node *n) {
  Node *g = VEC_AT(n->call.args, 0);
  LLVMValueRef t = cg_expr(g);
  int k = g->type->results.len;
  LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)(k + 1));
  Vec saved = n->call.args, args = {0};
  for (int i = 0; i < k; i++) {
    Node *a = ast_new(N_BAD, g->pos);
    a->type = VEC_AT(g->type->results, i);
    vec_push(&args, a);
    vals[i] = cg_tuple_get(t, g->type, i);
  }
  n->call.args = args;
  LLVMValueRef r = cg_builtin(n, vals, k);
  n->call.args = saved;
  return r;
}

LLVMValueRef cg_builtin(Node *n, LLVMValueRef *vals, int nvals) {
  (void)nvals;
  if (!vals && n->call.args.len == 1 && ((Node *)VEC_AT(n->call.args, 0))->type &&
      ((Node *)VEC_AT(n->call.args, 0))->type->kind == TY_TUPLE)
    return builtin_multi(n);
  Node *f = n->call.fun;
  while (f && f->kind == N_PAREN) f = f->unary.x;
  Builtin b = n->call.builtin ? (Builtin)n->call.builtin
              : (f && f->kind == N_IDENT && f->ident.obj ? f->ident.obj->builtin : BI_NONE);
  switch (b) {
  case BI_LEN: return b_len(n, vals, false);
  case BI_CAP: return b_len(n, vals, true);
  case BI_APPEND: return b_append(n, vals);
  case BI_COPY: return b_copy(n, vals);
  case BI_DELETE: {
    Type *mt = arg(n, 0)->type;
    LLVMValueRef m = argv_(n, 0, vals);
    LLVMValueRef k = vals ? vals[1] : cg_expr_to(arg(n, 1), type_under(mt)->key);
    LLVMValueRef km = cg_tmp_mem(type_under(mt)->key, k);
    cg_call_rt("gort_mapdelete", (LLVMValueRef[]){cg_typedesc(mt), m, km}, 3);
    return NULL;
  }
  case BI_MAKE: return b_make(n, vals);
  case BI_NEW: return cg_alloc_obj(type_under(n->type)->elem, n->esc);
  case BI_PANIC: return b_panic(n, vals);
  case BI_PRINT: return b_print(n, vals, false);
  case BI_PRINTLN: return b_print(n, vals, true);
  case BI_RECOVER: return cg_recover();
  case BI_CLOSE: cg_call_rt("gort_chanclose", (LLVMValueRef[]){argv_(n, 0, vals)}, 1); return NULL;
  case BI_COMPLEX: return b_complex(n, vals);
  case BI_REAL: return LLVMBuildExtractValue(cg.b, argv_(n, 0, vals), 0, "");
  case BI_IMAG: return LLVMBuildExtractValue(cg.b, argv_(n, 0, vals), 1, "");
  default: break;
  }
  cg_unsupported(n->pos, "this builtin");
  return n->type ? cg_zero(n->type) : NULL;
}
