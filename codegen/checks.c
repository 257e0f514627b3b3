/* checks.c — Go's run-time checks: nil dereference, index and slice bounds, integer division
 * by zero (and MinInt / -1, which Go defines), shift counts, float→int conversions that must
 * not be poison. Failures call the runtime's gort_panic_* (which print Go's messages). */
#include "cg.h"

/* if (cond) fn(args...) — the panic call sits in a cold block and never returns */
void cg_panic_if(LLVMValueRef cond, const char *fn, LLVMValueRef *args, int n) {
  LLVMBasicBlockRef bad = cg_newbb("panic"), ok = cg_newbb("ok");
  LLVMBuildCondBr(cg.b, cond, bad, ok);
  LLVMPositionBuilderAtEnd(cg.b, bad);
  cg_call_rt(fn, args, n);
  LLVMBuildUnreachable(cg.b);
  LLVMPositionBuilderAtEnd(cg.b, ok);
}

void cg_check_nil(LLVMValueRef p) {
  if (LLVMIsAAllocaInst(p) || LLVMIsAGlobalVariable(p)) return;
  LLVMValueRef c = LLVMBuildICmp(cg.b, LLVMIntEQ, p, LLVMConstNull(cg.t_ptr), "");
  cg_panic_if(c, "gort_panic_nil", NULL, 0);
}

/* Spec: Index expressions — 0 <= i < len, as one unsigned comparison. */
void cg_check_index(LLVMValueRef i, LLVMValueRef len, Type *itype) {
  (void)itype;
  if (LLVMIsAConstantInt(i) && LLVMIsAConstantInt(len) &&
      (unsigned long long)LLVMConstIntGetSExtValue(i) < (unsigned long long)LLVMConstIntGetSExtValue(len))
    return;
  LLVMValueRef c = LLVMBuildICmp(cg.b, LLVMIntUGE, i, len, "");
  cg_panic_if(c, "gort_panic_index", (LLVMValueRef[]){i, len}, 2);
}

/* Slice bounds: panics with kind when x > y (unsigned, so negative x fails too). */
void cg_check_slice(int kind, LLVMValueRef x, LLVMValueRef y, bool cond_ult) {
  (void)cond_ult;
  LLVMValueRef c = LLVMBuildICmp(cg.b, LLVMIntUGT, x, y, "");
  cg_panic_if(c, "gort_panic_slice", (LLVMValueRef[]){LLVMConstInt(cg.t_i32, (unsigned)kind, 0), x, y}, 3);
}

/* Spec: Integer operators — x / 0 panics; for signed x, MinInt / -1 == MinInt and
 * MinInt % -1 == 0 (LLVM's sdiv/srem are undefined there, so -1 is special-cased). */
LLVMValueRef cg_div(Op op, LLVMValueRef x, LLVMValueRef y, Type *t) {
  LLVMTypeRef lt = LLVMTypeOf(x);
  if (!LLVMIsAConstantInt(y) || LLVMConstIntGetZExtValue(y) == 0) {
    LLVMValueRef z = LLVMBuildICmp(cg.b, LLVMIntEQ, y, LLVMConstNull(lt), "");
    cg_panic_if(z, "gort_panic_divide", NULL, 0);
  }
  if (type_is_unsigned(t))
    return op == OP_DIV ? LLVMBuildUDiv(cg.b, x, y, "") : LLVMBuildURem(cg.b, x, y, "");
  if (LLVMIsAConstantInt(y) && LLVMConstIntGetSExtValue(y) != -1)
    return op == OP_DIV ? LLVMBuildSDiv(cg.b, x, y, "") : LLVMBuildSRem(cg.b, x, y, "");
  LLVMValueRef m1 = LLVMBuildICmp(cg.b, LLVMIntEQ, y, LLVMConstAllOnes(lt), "");
  LLVMValueRef safe_y = LLVMBuildSelect(cg.b, m1, LLVMConstInt(lt, 1, 0), y, "");
  LLVMValueRef r = op == OP_DIV ? LLVMBuildSDiv(cg.b, x, safe_y, "") : LLVMBuildSRem(cg.b, x, safe_y, "");
  LLVMValueRef special = op == OP_DIV ? LLVMBuildNeg(cg.b, x, "") : LLVMConstNull(lt);
  return LLVMBuildSelect(cg.b, m1, special, r, "");
}

/* Spec: Operators (shifts) — a negative signed count panics; counts >= the width give 0, or
 * the sign fill for >> of a signed value (LLVM's shifts are poison there: select). */
LLVMValueRef cg_shift(Op op, LLVMValueRef x, LLVMValueRef y, Type *xt, Type *yt) {
  LLVMTypeRef lt = LLVMTypeOf(x);
  unsigned w = LLVMGetIntTypeWidth(lt);
  unsigned yw = LLVMGetIntTypeWidth(LLVMTypeOf(y));
  bool ysigned = !type_is_unsigned(yt) && yt->kind != TY_UNTYPED_INT;
  if (LLVMIsAConstantInt(y)) {
    long long c = LLVMConstIntGetSExtValue(y);
    if (!ysigned) c = (long long)LLVMConstIntGetZExtValue(y);
    if (c >= 0 && (unsigned long long)c < w) {
      LLVMValueRef cy = LLVMConstInt(lt, (unsigned long long)c, 0);
      if (op == OP_SHL) return LLVMBuildShl(cg.b, x, cy, "");
      return type_is_unsigned(xt) ? LLVMBuildLShr(cg.b, x, cy, "") : LLVMBuildAShr(cg.b, x, cy, "");
    }
  }
  if (ysigned && !(LLVMIsAConstantInt(y) && LLVMConstIntGetSExtValue(y) >= 0)) {
    LLVMValueRef neg = LLVMBuildICmp(cg.b, LLVMIntSLT, y, LLVMConstNull(LLVMTypeOf(y)), "");
    cg_panic_if(neg, "gort_panic_shift", NULL, 0);
  }
  /* compare the count in 64 bits (unsigned) against the width */
  LLVMValueRef y64 = yw < 64 ? LLVMBuildZExt(cg.b, y, cg.t_i64, "") : y;
  LLVMValueRef big = LLVMBuildICmp(cg.b, LLVMIntUGE, y64, cg_i64(w), "");
  LLVMValueRef yc = yw > w ? LLVMBuildTrunc(cg.b, y, lt, "") : yw < w ? LLVMBuildZExt(cg.b, y, lt, "") : y;
  LLVMValueRef safe = LLVMBuildSelect(cg.b, big, LLVMConstInt(lt, w - 1, 0), yc, "");
  if (op == OP_SHL) {
    LLVMValueRef r = LLVMBuildShl(cg.b, x, safe, "");
    return LLVMBuildSelect(cg.b, big, LLVMConstNull(lt), r, "");
  }
  if (type_is_unsigned(xt)) {
    LLVMValueRef r = LLVMBuildLShr(cg.b, x, safe, "");
    return LLVMBuildSelect(cg.b, big, LLVMConstNull(lt), r, "");
  }
  return LLVMBuildAShr(cg.b, x, safe, "");   /* count clamped to w-1 = sign fill */
}

/* float → integer: like amd64 Go, an out-of-range or NaN value converted to a signed type
 * gives the "integer indefinite" MinInt64 (then truncated); never LLVM poison. */
LLVMValueRef cg_float_to_int(LLVMValueRef v, Type *from, Type *to) {
  (void)from;
  LLVMTypeRef ft = LLVMTypeOf(v);
  LLVMTypeRef lt = cg_type(to);
  unsigned tw = LLVMGetIntTypeWidth(lt);
  if (type_is_unsigned(to) && tw == 64) {
    /* Go amd64: x < 2^63 ? cvt(x) : cvt(x - 2^63) ^ (1<<63) */
    LLVMValueRef two63 = LLVMConstReal(ft, 9223372036854775808.0);
    LLVMValueRef small = LLVMBuildFCmp(cg.b, LLVMRealOLT, v, two63, "");
    LLVMValueRef a = cg_float_to_int(v, from, NULL);
    LLVMValueRef b = cg_float_to_int(LLVMBuildFSub(cg.b, v, two63, ""), from, NULL);
    b = LLVMBuildXor(cg.b, b, LLVMConstInt(cg.t_i64, 1ULL << 63, 0), "");
    return LLVMBuildSelect(cg.b, small, a, b, "");
  }
  /* to int64 with the indefinite value for NaN and out-of-range */
  LLVMValueRef lo = LLVMConstReal(ft, -9223372036854775808.0);
  LLVMValueRef hi = LLVMConstReal(ft, 9223372036854775808.0);
  LLVMValueRef inr = LLVMBuildAnd(cg.b, LLVMBuildFCmp(cg.b, LLVMRealOGE, v, lo, ""),
                                  LLVMBuildFCmp(cg.b, LLVMRealOLT, v, hi, ""), "");
  LLVMValueRef safe = LLVMBuildSelect(cg.b, inr, v, LLVMConstReal(ft, 0), "");
  LLVMValueRef r = LLVMBuildFPToSI(cg.b, safe, cg.t_i64, "");
  r = LLVMBuildSelect(cg.b, inr, r, LLVMConstInt(cg.t_i64, 1ULL << 63, 0), "");
  if (!to || tw == 64) return r;
  return LLVMBuildTrunc(cg.b, r, lt, "");
}
