/* composite.c — composite literals (Spec: Composite literals): structs and arrays are built
 * in memory (a frame temporary, or the object &T{...} allocated), slices get a backing array
 * allocated where escape analysis says, maps are made and filled through the runtime. */
#include <string.h>

#include "cg.h"

int cg_field_index(Type *st, int i);
void cg_composite_into(LLVMValueRef addr, Node *n, Type *t);

static void store_elem(LLVMValueRef addr, Node *e, Type *et) {
  Node *inner = e;
  while (inner->kind == N_PAREN) inner = inner->unary.x;
  Type *eu = type_under(et);
  if (inner->kind == N_COMPOSITE && (eu->kind == TY_STRUCT || eu->kind == TY_ARRAY)) {
    cg_composite_into(addr, inner, et);
    return;
  }
  cg_store(et, cg_expr_to(e, et), addr);
}

static int field_by_name(Type *u, const char *name) {
  for (int i = 0; i < u->fields.len; i++)
    if (((Field *)VEC_AT(u->fields, i))->name == name ||
        !strcmp(((Field *)VEC_AT(u->fields, i))->name, name))
      return i;
  fatal("no field %s", name);
}

static int64_t const_index(Node *k) {
  if (!k->val) fatal("non-constant index in composite literal");
  return (int64_t)k->val->i;
}

/* Store every element of literal n (of type t) into zeroed memory at addr. */
void cg_composite_into(LLVMValueRef addr, Node *n, Type *t) {
  Type *u = type_under(t);
  Vec *elts = &n->composite.elts;
  if (u->kind == TY_STRUCT) {
    for (int i = 0; i < elts->len; i++) {
      Node *e = VEC_AT(*elts, i);
      int fi = i;
      if (e->kind == N_KEYVALUE) {
        fi = field_by_name(u, e->binary.x->ident.name);
        e = e->binary.y;
      }
      Field *f = VEC_AT(u->fields, fi);
      LLVMValueRef fa = LLVMBuildStructGEP2(cg.b, cg_type(u), addr, (unsigned)cg_field_index(u, fi), "");
      store_elem(fa, e, f->type);
    }
    return;
  }
  if (u->kind == TY_ARRAY) {
    int64_t idx = 0;
    for (int i = 0; i < elts->len; i++, idx++) {
      Node *e = VEC_AT(*elts, i);
      if (e->kind == N_KEYVALUE) {
        idx = const_index(e->binary.x);
        e = e->binary.y;
      }
      LLVMValueRef ea = LLVMBuildGEP2(cg.b, cg_type(u), addr, (LLVMValueRef[]){cg_i64(0), cg_i64(idx)}, 2, "");
      store_elem(ea, e, u->elem);
    }
    return;
  }
  fatal("cg_composite_into: unexpected type");
}

static int64_t slice_lit_len(Vec *elts) {
  int64_t idx = 0, max = 0;
  for (int i = 0; i < elts->len; i++, idx++) {
    Node *e = VEC_AT(*elts, i);
    if (e->kind == N_KEYVALUE) idx = const_index(e->binary.x);
    if (idx + 1 > max) max = idx + 1;
  }
  return max;
}

static LLVMValueRef slice_lit(Node *n, Type *u) {
  int64_t len = slice_lit_len(&n->composite.elts);
  if (len == 0) {
    /* []T{} is non-nil: point at a zero-size static object */
    LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, "gosub.zerobase");
    if (!g) {
      g = LLVMAddGlobal(cg.mod, cg.t_i64, "gosub.zerobase");
      LLVMSetInitializer(g, cg_i64(0));
      LLVMSetLinkage(g, LLVMPrivateLinkage);
      LLVMSetGlobalConstant(g, 1);
    }
    return cg_make_slice(g, cg_i64(0), cg_i64(0));
  }
  LLVMTypeRef at = LLVMArrayType2(cg_type(u->elem), (uint64_t)len);
  LLVMValueRef p;
  if (cg_on_stack(n->esc)) {
    p = cg_alloca(at, "slicelit");
    /* memset, not a store of a zero aggregate: LLVM handles those badly when big */
    LLVMBuildMemSet(cg.b, p, LLVMConstInt(cg.t_i8, 0, 0), LLVMSizeOf(at), 8);
  } else {
    p = cg_alloc_rt("gort_alloc_array", (LLVMValueRef[]){cg_typedesc(u->elem), cg_i64(len)}, 2);
  }
  int64_t idx = 0;
  Vec *elts = &n->composite.elts;
  for (int i = 0; i < elts->len; i++, idx++) {
    Node *e = VEC_AT(*elts, i);
    if (e->kind == N_KEYVALUE) {
      idx = const_index(e->binary.x);
      e = e->binary.y;
    }
    LLVMValueRef ea = LLVMBuildGEP2(cg.b, at, p, (LLVMValueRef[]){cg_i64(0), cg_i64(idx)}, 2, "");
    store_elem(ea, e, u->elem);
  }
  return cg_make_slice(p, cg_i64(len), cg_i64(len));
}

/* A big map literal of constants (gc's threshold: more than 25 entries) is filled by a loop
 * over two read-only arrays in the data segment, as gc does, instead of one call sequence per
 * entry: code size stays constant, and so does LLVM's time (thousands of calls in one
 * function made its register allocator quadratic). Returns false if some entry is not a
 * constant of a non-interface type. */
static bool map_lit_static(Node *n, Type *t, LLVMValueRef m) {
  Type *u = type_under(t);
  Vec *elts = &n->composite.elts;
  int len = elts->len;
  if (len <= 25 || type_under(u->key)->kind == TY_INTERFACE || type_under(u->elem)->kind == TY_INTERFACE)
    return false;
  LLVMValueRef *ks = arena_alloc(sizeof(LLVMValueRef) * (size_t)len);
  LLVMValueRef *vs = arena_alloc(sizeof(LLVMValueRef) * (size_t)len);
  for (int i = 0; i < len; i++) {
    Node *kv = VEC_AT(*elts, i);
    if (!kv->binary.x->val || !kv->binary.y->val) return false;
    ks[i] = cg_const(kv->binary.x->val, u->key);
    vs[i] = cg_const(kv->binary.y->val, u->elem);
    if (!LLVMIsConstant(ks[i]) || !LLVMIsConstant(vs[i])) return false;
  }
  LLVMTypeRef kt = cg_type(u->key), vt = cg_type(u->elem);
  LLVMValueRef kinit = LLVMConstArray2(kt, ks, (uint64_t)len), vinit = LLVMConstArray2(vt, vs, (uint64_t)len);
  LLVMValueRef kg = LLVMAddGlobal(cg.mod, LLVMTypeOf(kinit), "maplit.keys");
  LLVMValueRef vg = LLVMAddGlobal(cg.mod, LLVMTypeOf(vinit), "maplit.vals");
  LLVMValueRef gs[2] = {kg, vg}, inits[2] = {kinit, vinit};
  for (int i = 0; i < 2; i++) {
    LLVMSetInitializer(gs[i], inits[i]);
    LLVMSetGlobalConstant(gs[i], 1);
    LLVMSetLinkage(gs[i], LLVMPrivateLinkage);
  }
  LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg.b), loop = cg_newbb("maplit.loop"),
                    done = cg_newbb("maplit.done");
  LLVMBuildBr(cg.b, loop);
  LLVMPositionBuilderAtEnd(cg.b, loop);
  LLVMValueRef i = LLVMBuildPhi(cg.b, cg.t_i64, "i");
  LLVMValueRef idx[2] = {cg_i64(0), i};
  LLVMValueRef kp = LLVMBuildGEP2(cg.b, LLVMTypeOf(kinit), kg, idx, 2, "");
  LLVMValueRef slot = cg_call_rt("gort_mapassign", (LLVMValueRef[]){cg_typedesc(t), m, kp}, 3);
  LLVMValueRef v = LLVMBuildLoad2(cg.b, vt, LLVMBuildGEP2(cg.b, LLVMTypeOf(vinit), vg, idx, 2, ""), "");
  cg_store(u->elem, v, slot);
  LLVMValueRef next = LLVMBuildAdd(cg.b, i, cg_i64(1), "");
  LLVMBasicBlockRef body_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntULT, next, cg_i64(len), ""), loop, done);
  LLVMAddIncoming(i, (LLVMValueRef[]){cg_i64(0), next}, (LLVMBasicBlockRef[]){pre, body_end}, 2);
  LLVMPositionBuilderAtEnd(cg.b, done);
  return true;
}

static LLVMValueRef map_lit(Node *n, Type *t) {
  Type *u = type_under(t);
  Vec *elts = &n->composite.elts;
  LLVMValueRef m = cg_alloc_rt("gort_makemap", (LLVMValueRef[]){cg_typedesc(t), cg_i64(elts->len)}, 2);
  if (map_lit_static(n, t, m)) return m;
  for (int i = 0; i < elts->len; i++) {
    Node *kv = VEC_AT(*elts, i);
    LLVMValueRef k = cg_tmp_mem(u->key, cg_expr_to(kv->binary.x, u->key));
    LLVMValueRef v = cg_expr_to(kv->binary.y, u->elem);
    LLVMValueRef slot = cg_call_rt("gort_mapassign", (LLVMValueRef[]){cg_typedesc(t), m, k}, 3);
    cg_store(u->elem, v, slot);
  }
  return m;
}

LLVMValueRef cg_composite(Node *n) {
  Type *t = n->type;
  Type *u = type_under(t);
  switch (u->kind) {
  case TY_STRUCT: case TY_ARRAY: {
    LLVMValueRef a = cg_alloca(cg_type(t), "lit");
    cg_zero_mem(a, t);
    cg_composite_into(a, n, t);
    return cg_load(t, a);
  }
  case TY_SLICE: return slice_lit(n, u);
  case TY_MAP: return map_lit(n, t);
  case TY_POINTER: {
    /* an elided &T in a literal of pointers: []*T{{...}} */
    LLVMValueRef p = cg_alloc_obj(u->elem, n->esc);
    Type *eu = type_under(u->elem);
    if (eu->kind == TY_STRUCT || eu->kind == TY_ARRAY) cg_composite_into(p, n, u->elem);
    else if (eu->kind == TY_SLICE) cg_store(u->elem, slice_lit(n, eu), p); /* []*S{{...}}, S a slice */
    else if (eu->kind == TY_MAP) cg_store(u->elem, map_lit(n, u->elem), p);
    else fatal("cg_composite: elided &T of an unexpected type");
    return p;
  }
  default: break;
  }
  cg_unsupported(n->pos, "this composite literal");
  return cg_zero(t);
}
