/* expr.c — expressions: constants, variables, loads and stores (with the write barrier),
 * operators, comparisons, conversions, selectors, indexing and slicing, composite literals. */
#include <string.h>

#include "cg.h"

int cg_field_index(Type *st, int i);
LLVMValueRef cg_composite(Node *n);
void cg_composite_into(LLVMValueRef addr, Node *n, Type *t);

/* Does evaluating n call a function (or receive)? gc evaluates the calls among operands
 * first and plain loads afterwards (walk/order.go); codegen mimics that order. */
bool cg_has_call(Node *n) {
  if (!n || n->val) return false;
  switch (n->kind) {
  case N_CALL:
    if (n->call.how == CALL_FUNC) return true;
    if (n->call.how == CALL_BUILTIN) return true;
    for (int i = 0; i < n->call.args.len; i++)
      if (cg_has_call(VEC_AT(n->call.args, i))) return true;
    return false;
  case N_PAREN: case N_STAR: return cg_has_call(n->unary.x);
  case N_UNARY: return n->unary.op == OP_ARROW || cg_has_call(n->unary.x);
  case N_BINARY: return cg_has_call(n->binary.x) || cg_has_call(n->binary.y);
  case N_SELECTOR: return cg_has_call(n->selector.x);
  case N_INDEX: return cg_has_call(n->index.x) || cg_has_call(n->index.index);
  case N_SLICE: return cg_has_call(n->slice.x) || cg_has_call(n->slice.lo) ||
                       cg_has_call(n->slice.hi) || cg_has_call(n->slice.max);
  case N_TYPEASSERT: return cg_has_call(n->typeassert.x);
  case N_COMPOSITE:
    for (int i = 0; i < n->composite.elts.len; i++)
      if (cg_has_call(VEC_AT(n->composite.elts, i))) return true;
    return false;
  case N_KEYVALUE: return cg_has_call(n->binary.x) || cg_has_call(n->binary.y);
  default: return false;
  }
}

LLVMValueRef cg_i64(int64_t v) { return LLVMConstInt(cg.t_i64, (unsigned long long)v, 1); }
LLVMValueRef cg_to_bool(LLVMValueRef i1) { return LLVMBuildZExt(cg.b, i1, cg.t_i8, ""); }
LLVMValueRef cg_truth(LLVMValueRef v) {
  if (LLVMTypeOf(v) == cg.t_i1) return v;
  return LLVMBuildICmp(cg.b, LLVMIntNE, v, LLVMConstInt(cg.t_i8, 0, 0), "");
}
LLVMValueRef cg_str_ptr(LLVMValueRef s) { return LLVMBuildExtractValue(cg.b, s, 0, ""); }
LLVMValueRef cg_str_len(LLVMValueRef s) { return LLVMBuildExtractValue(cg.b, s, 1, ""); }
LLVMValueRef cg_make_str(LLVMValueRef p, LLVMValueRef n) {
  LLVMValueRef s = LLVMGetUndef(cg.t_str);
  s = LLVMBuildInsertValue(cg.b, s, p, 0, "");
  return LLVMBuildInsertValue(cg.b, s, n, 1, "");
}
LLVMValueRef cg_make_slice(LLVMValueRef p, LLVMValueRef len, LLVMValueRef cap) {
  LLVMValueRef s = LLVMGetUndef(cg.t_slice);
  s = LLVMBuildInsertValue(cg.b, s, p, 0, "");
  s = LLVMBuildInsertValue(cg.b, s, len, 1, "");
  return LLVMBuildInsertValue(cg.b, s, cap, 2, "");
}
LLVMValueRef cg_make_iface(LLVMValueRef t, LLVMValueRef d) {
  LLVMValueRef s = LLVMGetUndef(cg.t_iface);
  s = LLVMBuildInsertValue(cg.b, s, t, 0, "");
  return LLVMBuildInsertValue(cg.b, s, d, 1, "");
}

/* Big aggregates (large arrays and structs) are moved with memset/memcpy: LLVM handles
 * first-class aggregates of thousands of elements very slowly. */
bool cg_is_big(Type *t) {
  Type *u = type_under(t);
  return (u->kind == TY_ARRAY || u->kind == TY_STRUCT) && cg_sizeof(t) > 64;
}

static bool is_frame_addr(LLVMValueRef addr);
static LLVMValueRef wb_flag(void);

/* Before memory holding values of type t is overwritten in bulk (memcpy, memset, append's
 * copy) outside the frame: the collector must see the old pointers (gort.h). bytes: how many
 * (NULL: one value). */
void cg_wb_old(LLVMValueRef addr, Type *t, LLVMValueRef bytes) {
  if (!type_has_pointers(t) || is_frame_addr(addr) || !cg.fn || !cg.fn->alloca_pt) return;
  LLVMBasicBlockRef yes = cg_newbb("wbold.on"), done = cg_newbb("wbold.done");
  LLVMBuildCondBr(cg.b, wb_flag(), yes, done);
  LLVMPositionBuilderAtEnd(cg.b, yes);
  if (!bytes) bytes = cg_i64(cg_sizeof(t));
  cg_call_rt("gort_wb_old", (LLVMValueRef[]){addr, cg_typedesc(t), bytes}, 3);
  LLVMBuildBr(cg.b, done);
  LLVMPositionBuilderAtEnd(cg.b, done);
}

void cg_zero_mem(LLVMValueRef addr, Type *t) {
  cg_wb_old(addr, t, NULL);
  if (!cg_is_big(t)) {
    LLVMBuildStore(cg.b, cg_zero(t), addr);
    return;
  }
  LLVMBuildMemSet(cg.b, addr, LLVMConstInt(cg.t_i8, 0, 0), cg_i64(cg_sizeof(t)), 8);
}

static bool addressable(Node *n) {
  while (n->kind == N_PAREN) n = n->unary.x;
  switch (n->kind) {
  case N_IDENT: return n->ident.obj && n->ident.obj->kind == OBJ_VAR;
  case N_STAR: return true;
  case N_SELECTOR: return n->selector.kind == SEL_FIELD;
  case N_INDEX: {
    Type *u = type_under(n->index.x->type);
    return u->kind == TY_SLICE || (u->kind == TY_ARRAY && addressable(n->index.x)) ||
           u->kind == TY_POINTER;
  }
  default: return false;
  }
}

bool cg_copy_big(LLVMValueRef dst, Node *src, Type *t) {
  if (!cg_is_big(t)) return false;
  Node *s = src;
  while (s->kind == N_PAREN) s = s->unary.x;
  if (s->kind == N_COMPOSITE && s->type && type_identical(s->type, t) &&
      (type_under(t)->kind == TY_ARRAY || type_under(t)->kind == TY_STRUCT)) {
    cg_zero_mem(dst, t);
    cg_composite_into(dst, s, t);
    return true;
  }
  if (!addressable(s) || !s->type || !type_identical(s->type, t)) return false;
  LLVMValueRef from = cg_addr(s);
  cg_wb_old(dst, t, NULL);
  LLVMBuildMemMove(cg.b, dst, 8, from, 8, cg_i64(cg_sizeof(t)));
  return true;
}

/* Is v a big value just loaded, its source unchanged since: only address arithmetic, loads
 * and extractvalues after it in the current block (no store, no call)? */
static bool just_loaded_big(Type *t, LLVMValueRef v) {
  if (!cg_is_big(t) || !LLVMIsALoadInst(v)) return false;
  /* a call's result temporary ("ret", call.c) is written once, by its call: the load's
   * source stays valid whatever runs until the store (append's growth, mapassign, ...) */
  LLVMValueRef src = LLVMGetOperand(v, 0);
  size_t n;
  const char *name = LLVMIsAAllocaInst(src) ? LLVMGetValueName2(src, &n) : NULL;
  if (name && n >= 3 && strncmp(name, "ret", 3) == 0) return true;
  if (LLVMGetInstructionParent(v) != LLVMGetInsertBlock(cg.b)) return false;
  for (LLVMValueRef i = LLVMGetNextInstruction(v); i; i = LLVMGetNextInstruction(i))
    if (!LLVMIsAGetElementPtrInst(i) && !LLVMIsALoadInst(i) && !LLVMIsAExtractValueInst(i))
      return false;
  return true;
}

LLVMValueRef cg_tmp_mem(Type *t, LLVMValueRef v) {
  LLVMValueRef a = cg_alloca(cg_type(t), "tmp");
  cg_store(t, v, a); /* a frame slot: no barrier; a memcpy if v is a big value just loaded */
  return a;
}

/* ---- loads and stores ---- */
LLVMValueRef cg_load(Type *t, LLVMValueRef addr) {
  if (!t || LLVMGetTypeKind(cg_type(t)) == LLVMVoidTypeKind) fatal("load of a value without type");
  return LLVMBuildLoad2(cg.b, cg_type(t), addr, "");
}

/* The write barrier: the one place where generated code shades pointers for the concurrent
 * collector. The test of gort_writebarrier is inline; gort_wb is out of line. */
static LLVMValueRef wb_flag(void) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, "gort_writebarrier");
  if (!g) g = LLVMAddGlobal(cg.mod, cg.t_i32, "gort_writebarrier");
  LLVMValueRef f = LLVMBuildLoad2(cg.b, cg.t_i32, g, "wb");
  LLVMSetVolatile(f, 1);
  return LLVMBuildICmp(cg.b, LLVMIntNE, f, LLVMConstInt(cg.t_i32, 0, 0), "");
}

/* Collect (address, new pointer) pairs of every pointer word of a value of type t. */
static void wb_pairs(Type *t, LLVMValueRef addr, LLVMValueRef v, LLVMValueRef *slots,
                     LLVMValueRef *vals, int *n) {
  Type *u = type_under(t);
  if (*n >= 32) return;
  switch (u->kind) {
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
    slots[*n] = addr; vals[(*n)++] = v;
    break;
  case TY_STRING: case TY_SLICE:
    slots[*n] = addr; vals[(*n)++] = LLVMBuildExtractValue(cg.b, v, 0, "");
    break;
  case TY_INTERFACE:
    slots[*n] = LLVMBuildStructGEP2(cg.b, cg.t_iface, addr, 1, "");
    vals[(*n)++] = LLVMBuildExtractValue(cg.b, v, 1, "");
    break;
  case TY_STRUCT:
    for (int i = 0; i < u->fields.len; i++) {
      Field *f = VEC_AT(u->fields, i);
      if (!type_has_pointers(f->type)) continue;
      unsigned k = (unsigned)cg_field_index(u, i);
      wb_pairs(f->type, LLVMBuildStructGEP2(cg.b, cg_type(u), addr, k, ""),
               LLVMBuildExtractValue(cg.b, v, k, ""), slots, vals, n);
    }
    break;
  case TY_ARRAY:
    for (int64_t i = 0; i < u->len && i < 8; i++)
      wb_pairs(u->elem, LLVMBuildGEP2(cg.b, cg_type(u), addr, (LLVMValueRef[]){cg_i64(0), cg_i64(i)}, 2, ""),
               LLVMBuildExtractValue(cg.b, v, (unsigned)i, ""), slots, vals, n);
    break;
  default: break;
  }
}

static int ptr_words(Type *t) {
  Type *u = type_under(t);
  switch (u->kind) {
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
  case TY_STRING: case TY_SLICE: case TY_INTERFACE:
    return 1;
  case TY_STRUCT: {
    int n = 0;
    for (int i = 0; i < u->fields.len && n <= 32; i++) n += ptr_words(((Field *)VEC_AT(u->fields, i))->type);
    return n;
  }
  case TY_ARRAY: {
    int e = ptr_words(u->elem);
    return e && u->len > 32 ? 33 : (int)(e * u->len);
  }
  default: return 0;
  }
}

static void emit_wb(Type *t, LLVMValueRef addr, LLVMValueRef v) {
  if (ptr_words(t) > 32) {   /* too many to shade one by one: the old values in bulk */
    cg_wb_old(addr, t, NULL);
    return;
  }
  LLVMBasicBlockRef yes = cg_newbb("wb.on"), done = cg_newbb("wb.done");
  LLVMBuildCondBr(cg.b, wb_flag(), yes, done);
  LLVMPositionBuilderAtEnd(cg.b, yes);
  LLVMValueRef slots[32], vals[32];
  int n = 0;
  wb_pairs(t, addr, v, slots, vals, &n);
  for (int i = 0; i < n; i++) cg_call_rt("gort_wb", (LLVMValueRef[]){slots[i], vals[i]}, 2);
  LLVMBuildBr(cg.b, done);
  LLVMPositionBuilderAtEnd(cg.b, done);
}

void cg_store_ptr_wb(LLVMValueRef slot, LLVMValueRef v) {
  static Type up = {.kind = TY_UNSAFEPTR};
  emit_wb(&up, slot, v);
  LLVMBuildStore(cg.b, v, slot);
}

static bool is_frame_addr(LLVMValueRef addr) {
  while (LLVMIsAGetElementPtrInst(addr)) addr = LLVMGetOperand(addr, 0);
  return LLVMIsAAllocaInst(addr) != NULL;
}

void cg_store(Type *t, LLVMValueRef v, LLVMValueRef addr) {
  if (!v || LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMVoidTypeKind) fatal("store of a void value");
  /* A big value just loaded is stored with a memcpy from where it was loaded: LLVM's
   * optimiser takes time proportional to the length of a first-class aggregate it stores.
   * Decided before the barrier adds its calls. */
  bool copy = just_loaded_big(t, v);
  if (type_has_pointers(t) && !is_frame_addr(addr) && cg.fn && cg.fn->alloca_pt)
    emit_wb(t, addr, v); /* shades only: the loaded-from memory is unchanged */
  if (copy) {
    LLVMBuildMemMove(cg.b, addr, 8, LLVMGetOperand(v, 0), 8, cg_i64(cg_sizeof(t)));
    if (!LLVMGetFirstUse(v)) LLVMInstructionEraseFromParent(v);
    return;
  }
  LLVMBuildStore(cg.b, v, addr);
}

/* ---- constants ---- */
LLVMValueRef cg_const(ConstVal *cv, Type *t) {
  Type *u = type_under(t);
  LLVMTypeRef lt = cg_type(u);
  switch (u->kind) {
  case TY_BOOL: case TY_UNTYPED_BOOL: return LLVMConstInt(cg.t_i8, cv->b, 0);
  case TY_STRING: case TY_UNTYPED_STRING: return cg_gostring_const(cv->s, cv->slen);
  case TY_FLOAT32:
    return LLVMConstReal(lt, (double)(float)(cv->kind == CV_INT ? (long double)cv->i : cv->f) + 0.0);
  case TY_FLOAT64: case TY_UNTYPED_FLOAT:
    /* constants have no negative zero: -0.0 is 0 */
    return LLVMConstReal(lt, (double)(cv->kind == CV_INT ? (long double)cv->i : cv->f) + 0.0);
  case TY_COMPLEX64: case TY_COMPLEX128: {
    LLVMTypeRef et = u->kind == TY_COMPLEX64 ? cg.t_f32 : cg.t_f64;
    double re = cv->kind == CV_INT ? (double)cv->i : (double)cv->f;
    double im = cv->kind == CV_COMPLEX ? (double)cv->im : 0;
    LLVMValueRef el[2] = {LLVMConstReal(et, re), LLVMConstReal(et, im)};
    return LLVMConstStructInContext(cg.ctx, el, 2, 0);
  }
  case TY_INTERFACE: case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
  case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
    return LLVMConstNull(lt);
  default:
    if (type_is_integer(u) || u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE) {
      unsigned __int128 x = cv->kind == CV_INT ? (unsigned __int128)cv->i
                            : cv->kind == CV_BOOL ? cv->b : (unsigned __int128)(__int128)cv->f;
      return LLVMConstInt(lt, (unsigned long long)x, 0);
    }
    return LLVMConstNull(lt);
  }
}

/* ---- variables and identifiers ---- */
static LLVMValueRef ident_value(Node *n) {
  Object *o = n->ident.obj;
  if (!o) fatal("unresolved identifier %s", n->ident.name);
  switch (o->kind) {
  case OBJ_VAR: return cg_load(o->type, cg_var_addr(o));
  case OBJ_FUNC: return cg_func_value_static(o);
  case OBJ_NIL: return cg_zero(n->type);
  case OBJ_CONST: return cg_const(o->val, n->type);
  default: fatal("identifier %s is not a value", n->ident.name);
  }
}

/* ---- selectors ---- */
/* Walk the embedded-field path of a selector from an address of x's (struct) value. */
LLVMValueRef cg_walk_path(LLVMValueRef addr, Type **t, Vec *path);
LLVMValueRef cg_walk_path(LLVMValueRef addr, Type **t, Vec *path) {
  for (int i = 0; i < path->len; i++) {
    Type *u = type_under(*t);
    if (u->kind == TY_POINTER) {
      addr = LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "");
      cg_check_nil(addr);
      *t = u->elem;
      u = type_under(*t);
    }
    int fi = (int)(intptr_t)VEC_AT(*path, i);
    Field *f = VEC_AT(u->fields, fi);
    addr = LLVMBuildStructGEP2(cg.b, cg_type(u), addr, (unsigned)cg_field_index(u, fi), "");
    *t = f->type;
  }
  return addr;
}

/* Address of the struct that x denotes (x itself, or *x for a pointer). */
static LLVMValueRef base_addr(Node *x, Type **t) {
  Type *xt = x->type;
  if (type_under(xt)->kind == TY_POINTER) {
    LLVMValueRef p = cg_expr(x);
    *t = type_under(xt)->elem;
    cg_check_nil(p);
    return p;
  }
  *t = xt;
  return cg_addr(x);
}

/* The address of the operand a selector ends at, with embedded fields walked; *t its type. */
LLVMValueRef cg_selector_base(Node *sel, Type **t);
LLVMValueRef cg_selector_base(Node *sel, Type **t) {
  LLVMValueRef a = base_addr(sel->selector.x, t);
  return cg_walk_path(a, t, &sel->selector.path);
}

LLVMValueRef cg_field_addr(Node *sel) {
  Type *t;
  LLVMValueRef a = cg_selector_base(sel, &t);
  Type *u = type_under(t);
  if (u->kind == TY_POINTER) {
    a = LLVMBuildLoad2(cg.b, cg.t_ptr, a, "");
    cg_check_nil(a);
    t = u->elem;
    u = type_under(t);
  }
  int fi = sel->selector.index;
  return LLVMBuildStructGEP2(cg.b, cg_type(u), a, (unsigned)cg_field_index(u, fi), "");
}

static LLVMValueRef selector_value(Node *n) {
  switch (n->selector.kind) {
  case SEL_FIELD: return cg_load(n->type, cg_field_addr(n));
  case SEL_PKG: {
    Object *o = n->selector.sel;
    if (o->kind == OBJ_VAR) return cg_load(o->type, cg_global_addr(o));
    if (o->kind == OBJ_FUNC) return cg_func_value_static(o);
    if (o->kind == OBJ_CONST) return cg_const(o->val, n->type);
    break;
  }
  case SEL_METHOD: case SEL_IFACEMETHOD: case SEL_METHODEXPR: return cg_method_value(n);
  default: break;
  }
  cg_unsupported(n->pos, "this selector");
  return cg_zero(n->type);
}

/* ---- addresses ---- */
static LLVMValueRef addr(Node *n);
LLVMValueRef cg_addr(Node *n) {
  LLVMMetadataRef loc = cg_di_loc(n->pos);
  LLVMValueRef v = addr(n);
  cg_di_restore(loc);
  return v;
}

static LLVMValueRef addr(Node *n) {
  switch (n->kind) {
  case N_PAREN: return cg_addr(n->unary.x);
  case N_IDENT:
    if (n->ident.obj && n->ident.obj->kind == OBJ_VAR) return cg_var_addr(n->ident.obj);
    break;
  case N_STAR: {
    LLVMValueRef p = cg_expr(n->unary.x);
    cg_check_nil(p);
    return p;
  }
  case N_SELECTOR:
    if (n->selector.kind == SEL_FIELD) return cg_field_addr(n);
    if (n->selector.kind == SEL_PKG && n->selector.sel->kind == OBJ_VAR)
      return cg_global_addr(n->selector.sel);
    break;
  case N_INDEX: {
    Type *u = type_under(n->index.x->type);
    if (u->kind != TY_MAP && u->kind != TY_STRING) return cg_index_addr(n, NULL);
    break;
  }
  case N_COMPOSITE: {
    LLVMValueRef a = cg_alloca(cg_type(n->type), "lit");
    cg_zero_mem(a, n->type);
    cg_composite_into(a, n, n->type);
    return a;
  }
  default: break;
  }
  return cg_tmp_mem(n->type, cg_expr(n));
}

/* ---- indexing ---- */
LLVMValueRef cg_index_i64(LLVMValueRef i, Type *t) {
  unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(i));
  if (w == 64) return i;
  return type_is_unsigned(t) ? LLVMBuildZExt(cg.b, i, cg.t_i64, "") : LLVMBuildSExt(cg.b, i, cg.t_i64, "");
}

/* Address of x[i] for arrays, pointers to arrays and slices (bounds checked). */
LLVMValueRef cg_index_addr(Node *n, LLVMValueRef *val_out) {
  (void)val_out;
  Node *x = n->index.x;
  Type *xu = type_under(x->type);
  LLVMValueRef i = cg_index_i64(cg_expr(n->index.index), n->index.index->type);
  if (xu->kind == TY_SLICE) {
    LLVMValueRef s = cg_expr(x);
    cg_check_index(i, LLVMBuildExtractValue(cg.b, s, 1, ""), n->index.index->type);
    return LLVMBuildGEP2(cg.b, cg_type(xu->elem), LLVMBuildExtractValue(cg.b, s, 0, ""), &i, 1, "");
  }
  LLVMValueRef base;
  Type *at = xu;
  if (xu->kind == TY_POINTER) {
    base = cg_expr(x);
    at = type_under(xu->elem);
    cg_check_nil(base);
  } else {
    base = cg_addr(x);
  }
  cg_check_index(i, cg_i64(at->len), n->index.index->type);
  return LLVMBuildGEP2(cg.b, cg_type(at), base, (LLVMValueRef[]){cg_i64(0), i}, 2, "");
}

static LLVMValueRef map_key_mem(Type *mt, Node *key) {
  return cg_tmp_mem(type_under(mt)->key, cg_expr_to(key, type_under(mt)->key));
}

/* m[k] as an rvalue; *ok (if given) receives the comma-ok bool (i8). */
LLVMValueRef cg_map_index(Node *n, LLVMValueRef *ok);
LLVMValueRef cg_map_index(Node *n, LLVMValueRef *ok) {
  Type *mt = n->index.x->type;
  Type *et = type_under(mt)->elem;
  LLVMValueRef m = cg_expr(n->index.x);
  LLVMValueRef k = map_key_mem(mt, n->index.index);
  LLVMValueRef p = cg_call_rt("gort_mapaccess", (LLVMValueRef[]){cg_typedesc(mt), m, k}, 3);
  LLVMValueRef found = LLVMBuildICmp(cg.b, LLVMIntNE, p, LLVMConstNull(cg.t_ptr), "");
  if (cg_is_big(et)) {
    /* no phi of a big aggregate: copy the element (or zero) into a temporary */
    LLVMValueRef tmp = cg_alloca(cg_type(et), "mapval");
    cg_zero_mem(tmp, et);
    LLVMBasicBlockRef hit = cg_newbb("map.hit"), done = cg_newbb("map.done");
    LLVMBuildCondBr(cg.b, found, hit, done);
    LLVMPositionBuilderAtEnd(cg.b, hit);
    LLVMBuildMemCpy(cg.b, tmp, 8, p, 8, cg_i64(cg_sizeof(et)));
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
    if (ok) *ok = cg_to_bool(found);
    return cg_load(et, tmp);
  }
  LLVMBasicBlockRef yes = cg_newbb("map.hit"), join = cg_newbb("map.join");
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBuildCondBr(cg.b, found, yes, join);
  LLVMPositionBuilderAtEnd(cg.b, yes);
  LLVMValueRef v = cg_load(et, p);
  LLVMBasicBlockRef yes_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef phi = LLVMBuildPhi(cg.b, cg_type(et), "");
  LLVMValueRef iv[2] = {cg_zero(et), v};
  LLVMBasicBlockRef ib[2] = {from, yes_end};
  LLVMAddIncoming(phi, iv, ib, 2);
  if (ok) *ok = cg_to_bool(found);
  return phi;
}

LLVMValueRef cg_map_slot(Node *n);
LLVMValueRef cg_map_slot(Node *n) {
  Type *mt = n->index.x->type;
  LLVMValueRef m = cg_expr(n->index.x);
  LLVMValueRef k = map_key_mem(mt, n->index.index);
  return cg_call_rt("gort_mapassign", (LLVMValueRef[]){cg_typedesc(mt), m, k}, 3);
}

static LLVMValueRef index_value(Node *n) {
  Type *xu = type_under(n->index.x->type);
  if (xu->kind == TY_MAP) return cg_map_index(n, NULL);
  if (xu->kind == TY_STRING) {
    LLVMValueRef s = cg_expr(n->index.x);
    LLVMValueRef i = cg_index_i64(cg_expr(n->index.index), n->index.index->type);
    cg_check_index(i, cg_str_len(s), n->index.index->type);
    LLVMValueRef p = LLVMBuildGEP2(cg.b, cg.t_i8, cg_str_ptr(s), &i, 1, "");
    return LLVMBuildLoad2(cg.b, cg.t_i8, p, "");
  }
  if (xu->kind == TY_ARRAY && n->index.x->kind == N_CALL) {
    /* not addressable: index a temporary */
    LLVMValueRef a = cg_tmp_mem(n->index.x->type, cg_expr(n->index.x));
    LLVMValueRef i = cg_index_i64(cg_expr(n->index.index), n->index.index->type);
    cg_check_index(i, cg_i64(xu->len), n->index.index->type);
    return cg_load(n->type, LLVMBuildGEP2(cg.b, cg_type(xu), a, (LLVMValueRef[]){cg_i64(0), i}, 2, ""));
  }
  return cg_load(n->type, cg_index_addr(n, NULL));
}

/* ---- slicing (Spec: Slice expressions) ---- */
static LLVMValueRef opt_index(Node *x, LLVMValueRef dflt) {
  return x ? cg_index_i64(cg_expr(x), x->type) : dflt;
}

static LLVMValueRef slice_expr(Node *n) {
  Node *x = n->slice.x;
  Type *xu = type_under(x->type);
  LLVMValueRef base, len, cap;
  Type *elem;
  bool is_str = xu->kind == TY_STRING;
  if (is_str) {
    LLVMValueRef s = cg_expr(x);
    base = cg_str_ptr(s);
    len = cap = cg_str_len(s);
    elem = NULL;
  } else if (xu->kind == TY_SLICE) {
    LLVMValueRef s = cg_expr(x);
    base = LLVMBuildExtractValue(cg.b, s, 0, "");
    len = LLVMBuildExtractValue(cg.b, s, 1, "");
    cap = LLVMBuildExtractValue(cg.b, s, 2, "");
    elem = xu->elem;
  } else {
    Type *at = xu;
    if (xu->kind == TY_POINTER) {
      base = cg_expr(x);
      at = type_under(xu->elem);
      cg_check_nil(base);
    } else {
      base = cg_addr(x);
    }
    len = cap = cg_i64(at->len);
    elem = at->elem;
  }
  LLVMValueRef lo = opt_index(n->slice.lo, cg_i64(0));
  LLVMValueRef hi, max;
  if (n->slice.slice3) {
    hi = opt_index(n->slice.hi, NULL);
    max = opt_index(n->slice.max, NULL);
    cg_check_slice(xu->kind == TY_SLICE ? 5 : 4, max, cap, true);  /* boundsSlice3Acap/Alen */
    cg_check_slice(6, hi, max, true);   /* boundsSlice3B */
    cg_check_slice(7, lo, hi, true);    /* boundsSlice3C */
  } else {
    hi = opt_index(n->slice.hi, len);
    max = cap;
    if (n->slice.hi) cg_check_slice(xu->kind == TY_SLICE ? 2 : 1, hi, cap, true); /* Alen/Acap */
    cg_check_slice(3, lo, hi, true);    /* boundsSliceB */
  }
  LLVMValueRef nlen = LLVMBuildSub(cg.b, hi, lo, "");
  if (is_str) {
    LLVMValueRef p = LLVMBuildGEP2(cg.b, cg.t_i8, base, &lo, 1, "");
    return cg_make_str(p, nlen);
  }
  LLVMValueRef p = LLVMBuildGEP2(cg.b, cg_type(elem), base, &lo, 1, "");
  return cg_make_slice(p, nlen, LLVMBuildSub(cg.b, max, lo, ""));
}

/* ---- comparisons (Spec: Comparison operators) ---- */
static LLVMIntPredicate int_pred(Op op, bool uns) {
  switch (op) {
  case OP_EQL: return LLVMIntEQ;
  case OP_NEQ: return LLVMIntNE;
  case OP_LSS: return uns ? LLVMIntULT : LLVMIntSLT;
  case OP_LEQ: return uns ? LLVMIntULE : LLVMIntSLE;
  case OP_GTR: return uns ? LLVMIntUGT : LLVMIntSGT;
  default: return uns ? LLVMIntUGE : LLVMIntSGE;
  }
}

static LLVMRealPredicate real_pred(Op op) {
  switch (op) {
  case OP_EQL: return LLVMRealOEQ;
  case OP_NEQ: return LLVMRealUNE;
  case OP_LSS: return LLVMRealOLT;
  case OP_LEQ: return LLVMRealOLE;
  case OP_GTR: return LLVMRealOGT;
  default: return LLVMRealOGE;
  }
}

static LLVMValueRef eq_i1(LLVMValueRef x, LLVMValueRef y, Type *t);

static LLVMValueRef string_cmp(Op op, LLVMValueRef x, LLVMValueRef y) {
  LLVMValueRef a[4] = {cg_str_ptr(x), cg_str_len(x), cg_str_ptr(y), cg_str_len(y)};
  if (op == OP_EQL || op == OP_NEQ) {
    LLVMValueRef r = cg_truth(cg_call_rt("gort_streq", a, 4));
    return op == OP_EQL ? r : LLVMBuildNot(cg.b, r, "");
  }
  LLVMValueRef c = cg_call_rt("gort_strcmp", a, 4);
  return LLVMBuildICmp(cg.b, int_pred(op, false), c, cg_i64(0), "");
}

static LLVMValueRef agg_eq(LLVMValueRef x, LLVMValueRef y, Type *u) {
  LLVMValueRef r = LLVMConstInt(cg.t_i1, 1, 0);
  if (u->kind == TY_STRUCT) {
    for (int i = 0; i < u->fields.len; i++) {
      Field *f = VEC_AT(u->fields, i);
      if (f->name && !strcmp(f->name, "_")) continue;
      unsigned k = (unsigned)cg_field_index(u, i);
      LLVMValueRef e = eq_i1(LLVMBuildExtractValue(cg.b, x, k, ""),
                             LLVMBuildExtractValue(cg.b, y, k, ""), f->type);
      r = LLVMBuildAnd(cg.b, r, e, "");
    }
    return r;
  }
  if (u->len > 16) {
    LLVMValueRef a = cg_tmp_mem(u, x), b = cg_tmp_mem(u, y);
    return cg_truth(cg_call_rt("gort_memequal_type", (LLVMValueRef[]){cg_typedesc(u), a, b}, 3));
  }
  for (int64_t i = 0; i < u->len; i++) {
    LLVMValueRef e = eq_i1(LLVMBuildExtractValue(cg.b, x, (unsigned)i, ""),
                           LLVMBuildExtractValue(cg.b, y, (unsigned)i, ""), u->elem);
    r = LLVMBuildAnd(cg.b, r, e, "");
  }
  return r;
}

static LLVMValueRef eq_i1(LLVMValueRef x, LLVMValueRef y, Type *t) {
  Type *u = type_under(t);
  switch (u->kind) {
  case TY_STRING: return string_cmp(OP_EQL, x, y);
  case TY_FLOAT32: case TY_FLOAT64: return LLVMBuildFCmp(cg.b, LLVMRealOEQ, x, y, "");
  case TY_COMPLEX64: case TY_COMPLEX128: {
    LLVMValueRef a = LLVMBuildFCmp(cg.b, LLVMRealOEQ, LLVMBuildExtractValue(cg.b, x, 0, ""),
                                   LLVMBuildExtractValue(cg.b, y, 0, ""), "");
    LLVMValueRef b = LLVMBuildFCmp(cg.b, LLVMRealOEQ, LLVMBuildExtractValue(cg.b, x, 1, ""),
                                   LLVMBuildExtractValue(cg.b, y, 1, ""), "");
    return LLVMBuildAnd(cg.b, a, b, "");
  }
  case TY_INTERFACE: return cg_truth(cg_iface_eq(x, t, y, t));
  case TY_STRUCT: case TY_ARRAY: return agg_eq(x, y, u);
  default: return LLVMBuildICmp(cg.b, LLVMIntEQ, x, y, "");
  }
}

LLVMValueRef cg_compare(Op op, LLVMValueRef x, LLVMValueRef y, Type *t) {
  Type *u = type_under(t);
  LLVMValueRef r;
  if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) r = string_cmp(op, x, y);
  else if (type_is_float(u) || u->kind == TY_UNTYPED_FLOAT) r = LLVMBuildFCmp(cg.b, real_pred(op), x, y, "");
  else if (type_is_integer(u) || u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE ||
           u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL || u->kind == TY_POINTER ||
           u->kind == TY_CHAN || u->kind == TY_MAP || u->kind == TY_FUNC || u->kind == TY_UNSAFEPTR)
    r = LLVMBuildICmp(cg.b, int_pred(op, type_is_unsigned(u)), x, y, "");
  else {
    r = eq_i1(x, y, t);
    if (op == OP_NEQ) r = LLVMBuildNot(cg.b, r, "");
  }
  return cg_to_bool(r);
}

/* x == nil / x != nil for slices, maps, pointers, funcs, chans, interfaces */
static LLVMValueRef nil_compare(Op op, Node *x) {
  LLVMValueRef v = cg_expr(x);
  Type *u = type_under(x->type);
  if (u->kind == TY_SLICE || u->kind == TY_INTERFACE) v = LLVMBuildExtractValue(cg.b, v, 0, "");
  LLVMValueRef r = LLVMBuildICmp(cg.b, op == OP_EQL ? LLVMIntEQ : LLVMIntNE, v,
                                 LLVMConstNull(LLVMTypeOf(v)), "");
  return cg_to_bool(r);
}

static bool is_nil(Node *n) {
  while (n->kind == N_PAREN) n = n->unary.x;
  if (n->kind == N_CALL && n->call.how == CALL_CONVERSION && n->call.args.len == 1 &&
      type_under(n->type)->kind != TY_INTERFACE)
    return is_nil(VEC_AT(n->call.args, 0));
  if (n->kind == N_IDENT && n->ident.obj && n->ident.obj->kind == OBJ_NIL) return true;
  return n->type && n->type->kind == TY_UNTYPED_NIL;
}

static LLVMValueRef comparison(Node *n) {
  Node *x = n->binary.x, *y = n->binary.y;
  Op op = n->binary.op;
  if (is_nil(y)) return nil_compare(op, x);
  if (is_nil(x)) return nil_compare(op, y);
  Type *xt = x->type, *yt = y->type;
  bool xi = type_under(xt)->kind == TY_INTERFACE, yi = type_under(yt)->kind == TY_INTERFACE;
  if (xi != yi) {
    /* interface vs concrete: compare as interfaces */
    Type *it = xi ? xt : yt;
    LLVMValueRef a = xi ? cg_expr(x) : cg_expr_to(x, it);
    LLVMValueRef b = yi ? cg_expr(y) : cg_expr_to(y, it);
    LLVMValueRef r = cg_iface_eq(a, it, b, it);
    return op == OP_EQL ? r : cg_to_bool(LLVMBuildNot(cg.b, cg_truth(r), ""));
  }
  if (xi && yi && !type_identical(xt, yt)) {
    LLVMValueRef r = cg_iface_eq(cg_expr(x), xt, cg_expr(y), yt);
    return op == OP_EQL ? r : cg_to_bool(LLVMBuildNot(cg.b, cg_truth(r), ""));
  }
  Type *t = type_is_untyped(xt) ? yt : xt;
  LLVMValueRef a = cg_expr_to(x, t), b = cg_expr_to(y, t);
  return cg_compare(op, a, b, t);
}

/* ---- arithmetic (Spec: Arithmetic operators) ---- */
LLVMValueRef cg_binop(Op op, LLVMValueRef x, LLVMValueRef y, Type *t, Pos pos) {
  Type *u = type_under(t);
  bool fl = type_is_float(u) || u->kind == TY_UNTYPED_FLOAT;
  if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
    LLVMValueRef a[4] = {cg_str_ptr(x), cg_str_len(x), cg_str_ptr(y), cg_str_len(y)};
    return cg_call_rt("gort_concat2", a, 4);
  }
  if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
    LLVMValueRef xr = LLVMBuildExtractValue(cg.b, x, 0, ""), xi = LLVMBuildExtractValue(cg.b, x, 1, "");
    LLVMValueRef yr = LLVMBuildExtractValue(cg.b, y, 0, ""), yi = LLVMBuildExtractValue(cg.b, y, 1, "");
    LLVMValueRef r, i;
    switch (op) {
    case OP_ADD: r = LLVMBuildFAdd(cg.b, xr, yr, ""); i = LLVMBuildFAdd(cg.b, xi, yi, ""); break;
    case OP_SUB: r = LLVMBuildFSub(cg.b, xr, yr, ""); i = LLVMBuildFSub(cg.b, xi, yi, ""); break;
    case OP_MUL:
      r = LLVMBuildFSub(cg.b, LLVMBuildFMul(cg.b, xr, yr, ""), LLVMBuildFMul(cg.b, xi, yi, ""), "");
      i = LLVMBuildFAdd(cg.b, LLVMBuildFMul(cg.b, xr, yi, ""), LLVMBuildFMul(cg.b, xi, yr, ""), "");
      break;
    case OP_DIV: {
      /* Go's complex128div (Smith's algorithm), without the NaN/Inf corrections */
      LLVMTypeRef ft = LLVMTypeOf(xr);
      LLVMValueRef fabs_fn = LLVMGetNamedFunction(cg.mod, ft == cg.t_f32 ? "llvm.fabs.f32" : "llvm.fabs.f64");
      LLVMTypeRef fabs_t = LLVMFunctionType(ft, &ft, 1, 0);
      if (!fabs_fn) fabs_fn = LLVMAddFunction(cg.mod, ft == cg.t_f32 ? "llvm.fabs.f32" : "llvm.fabs.f64", fabs_t);
      LLVMValueRef ar = LLVMBuildCall2(cg.b, fabs_t, fabs_fn, &yr, 1, "");
      LLVMValueRef ai = LLVMBuildCall2(cg.b, fabs_t, fabs_fn, &yi, 1, "");
      LLVMValueRef big = LLVMBuildFCmp(cg.b, LLVMRealOGE, ar, ai, "");
      /* case |re| >= |im| */
      LLVMValueRef r1 = LLVMBuildFDiv(cg.b, yi, yr, "");
      LLVMValueRef d1 = LLVMBuildFAdd(cg.b, yr, LLVMBuildFMul(cg.b, r1, yi, ""), "");
      LLVMValueRef e1 = LLVMBuildFDiv(cg.b, LLVMBuildFAdd(cg.b, xr, LLVMBuildFMul(cg.b, xi, r1, ""), ""), d1, "");
      LLVMValueRef f1 = LLVMBuildFDiv(cg.b, LLVMBuildFSub(cg.b, xi, LLVMBuildFMul(cg.b, xr, r1, ""), ""), d1, "");
      /* otherwise */
      LLVMValueRef r2 = LLVMBuildFDiv(cg.b, yr, yi, "");
      LLVMValueRef d2 = LLVMBuildFAdd(cg.b, yi, LLVMBuildFMul(cg.b, r2, yr, ""), "");
      LLVMValueRef e2 = LLVMBuildFDiv(cg.b, LLVMBuildFAdd(cg.b, LLVMBuildFMul(cg.b, xr, r2, ""), xi, ""), d2, "");
      LLVMValueRef f2 = LLVMBuildFDiv(cg.b, LLVMBuildFSub(cg.b, LLVMBuildFMul(cg.b, xi, r2, ""), xr, ""), d2, "");
      r = LLVMBuildSelect(cg.b, big, e1, e2, "");
      i = LLVMBuildSelect(cg.b, big, f1, f2, "");
      break;
    }
    default:
      cg_unsupported(pos, "this complex operator");
      return x;
    }
    LLVMValueRef v = LLVMGetUndef(LLVMTypeOf(x));
    v = LLVMBuildInsertValue(cg.b, v, r, 0, "");
    return LLVMBuildInsertValue(cg.b, v, i, 1, "");
  }
  switch (op) {
  case OP_ADD: return fl ? LLVMBuildFAdd(cg.b, x, y, "") : LLVMBuildAdd(cg.b, x, y, "");
  case OP_SUB: return fl ? LLVMBuildFSub(cg.b, x, y, "") : LLVMBuildSub(cg.b, x, y, "");
  case OP_MUL: return fl ? LLVMBuildFMul(cg.b, x, y, "") : LLVMBuildMul(cg.b, x, y, "");
  case OP_DIV: if (fl) return LLVMBuildFDiv(cg.b, x, y, ""); /* fallthrough */
  case OP_REM: return cg_div(op, x, y, t);
  case OP_AND: return LLVMBuildAnd(cg.b, x, y, "");
  case OP_OR: return LLVMBuildOr(cg.b, x, y, "");
  case OP_XOR: return LLVMBuildXor(cg.b, x, y, "");
  case OP_ANDNOT: return LLVMBuildAnd(cg.b, x, LLVMBuildNot(cg.b, y, ""), "");
  default: fatal("cg_binop: bad op %d", op);
  }
}

static LLVMValueRef logical(Node *n) {
  bool is_and = n->binary.op == OP_LAND;
  LLVMValueRef l = cg_truth(cg_expr(n->binary.x));
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBasicBlockRef rhs = cg_newbb("rhs"), join = cg_newbb("join");
  if (is_and) LLVMBuildCondBr(cg.b, l, rhs, join);
  else LLVMBuildCondBr(cg.b, l, join, rhs);
  LLVMPositionBuilderAtEnd(cg.b, rhs);
  LLVMValueRef r = cg_truth(cg_expr(n->binary.y));
  LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.t_i1, "");
  LLVMValueRef iv[2] = {LLVMConstInt(cg.t_i1, is_and ? 0 : 1, 0), r};
  LLVMBasicBlockRef ib[2] = {from, rhs_end};
  LLVMAddIncoming(phi, iv, ib, 2);
  return cg_to_bool(phi);
}

static LLVMValueRef binary(Node *n) {
  Op op = n->binary.op;
  if (op == OP_LAND || op == OP_LOR) return logical(n);
  if (op >= OP_EQL && op <= OP_GEQ) return comparison(n);
  if (op == OP_SHL || op == OP_SHR) {
    LLVMValueRef x = cg_expr_to(n->binary.x, n->type);
    LLVMValueRef y = cg_expr(n->binary.y);
    return cg_shift(op, x, y, n->type, n->binary.y->type);
  }
  LLVMValueRef x, y;
  if (!cg_has_call(n->binary.x) && cg_has_call(n->binary.y)) {
    y = cg_expr_to(n->binary.y, n->type);   /* gc: the call first, then the load */
    x = cg_expr_to(n->binary.x, n->type);
  } else {
    x = cg_expr_to(n->binary.x, n->type);
    y = cg_expr_to(n->binary.y, n->type);
  }
  return cg_binop(op, x, y, n->type, n->binary.oppos);
}

static LLVMValueRef unary(Node *n) {
  Node *x = n->unary.x;
  switch (n->unary.op) {
  case OP_ADD: return cg_expr_to(x, n->type);
  case OP_SUB: {
    LLVMValueRef v = cg_expr_to(x, n->type);
    Type *u = type_under(n->type);
    if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
      LLVMValueRef r = LLVMBuildFNeg(cg.b, LLVMBuildExtractValue(cg.b, v, 0, ""), "");
      LLVMValueRef i = LLVMBuildFNeg(cg.b, LLVMBuildExtractValue(cg.b, v, 1, ""), "");
      v = LLVMBuildInsertValue(cg.b, v, r, 0, "");
      return LLVMBuildInsertValue(cg.b, v, i, 1, "");
    }
    return type_is_float(n->type) ? LLVMBuildFNeg(cg.b, v, "") : LLVMBuildNeg(cg.b, v, "");
  }
  case OP_XOR: return LLVMBuildNot(cg.b, cg_expr_to(x, n->type), "");
  case OP_NOT: return LLVMBuildXor(cg.b, cg_expr(x), LLVMConstInt(cg.t_i8, 1, 0), "");
  case OP_ADDR: {
    Node *inner = x;
    while (inner->kind == N_PAREN) inner = inner->unary.x;
    if (inner->kind == N_COMPOSITE) {
      int esc = n->esc == ESC_HEAP || inner->esc == ESC_HEAP ? ESC_HEAP
                : n->esc == ESC_NONE || inner->esc == ESC_NONE ? ESC_NONE : ESC_UNKNOWN;
      Type *lt = inner->type ? inner->type : type_under(n->type)->elem;
      if (!inner->type) inner->type = lt;
      LLVMValueRef p = cg_alloc_obj(lt, esc);
      Type *lu = type_under(lt);
      if (lu->kind == TY_STRUCT || lu->kind == TY_ARRAY) cg_composite_into(p, inner, lt);
      else cg_store(lt, cg_composite(inner), p);
      return p;
    }
    return cg_addr(x);
  }
  case OP_ARROW: {
    Type *et = type_under(x->type)->elem;
    LLVMValueRef c = cg_expr(x);
    LLVMValueRef tmp = cg_alloca(cg_type(et), "recv");
    cg_call_rt("gort_chanrecv", (LLVMValueRef[]){c, tmp}, 2);
    return cg_load(et, tmp);
  }
  default: break;
  }
  cg_unsupported(n->pos, "this unary operator");
  return cg_zero(n->type);
}

/* ---- conversions (Spec: Conversions) ---- */
static LLVMValueRef numeric_convert(LLVMValueRef v, Type *from, Type *to) {
  Type *fu = type_under(from), *tu = type_under(to);
  LLVMTypeRef lt = cg_type(tu);
  bool ff = type_is_float(fu) || fu->kind == TY_UNTYPED_FLOAT;
  bool tf = type_is_float(tu);
  if (ff && tf) {
    if (LLVMTypeOf(v) == lt) return v;
    return lt == cg.t_f32 ? LLVMBuildFPTrunc(cg.b, v, lt, "") : LLVMBuildFPExt(cg.b, v, lt, "");
  }
  if (ff) return cg_float_to_int(v, fu, tu);
  if (tf) return type_is_unsigned(fu) ? LLVMBuildUIToFP(cg.b, v, lt, "") : LLVMBuildSIToFP(cg.b, v, lt, "");
  unsigned fw = LLVMGetIntTypeWidth(LLVMTypeOf(v)), tw = LLVMGetIntTypeWidth(lt);
  if (fw == tw) return v;
  if (fw > tw) return LLVMBuildTrunc(cg.b, v, lt, "");
  return type_is_unsigned(fu) ? LLVMBuildZExt(cg.b, v, lt, "") : LLVMBuildSExt(cg.b, v, lt, "");
}

static bool is_numeric_kind(Type *u) {
  return type_is_integer(u) || type_is_float(u) || u->kind == TY_UNTYPED_INT ||
         u->kind == TY_UNTYPED_RUNE || u->kind == TY_UNTYPED_FLOAT;
}

static bool is_byte_or_rune_slice(Type *u, int bits) {
  if (u->kind != TY_SLICE) return false;
  Type *e = type_under(u->elem);
  return bits == 8 ? (e->kind == TY_UINT8 || e->kind == TY_INT8) : e->kind == TY_INT32;
}

LLVMValueRef cg_convert(LLVMValueRef v, Type *from, Type *to, Node *n) {
  if (!from || !to || from == to) return v;
  Type *fu = type_under(from), *tu = type_under(to);
  if (fu->kind == TY_UNTYPED_NIL) return cg_zero(to);
  if (tu->kind == TY_INTERFACE) {
    if (fu->kind == TY_INTERFACE && type_identical(fu, tu)) return v;
    return cg_to_iface(v, from, to, n);
  }
  if (tu->kind == TY_STRING && fu->kind != TY_STRING && fu->kind != TY_UNTYPED_STRING) {
    if (type_is_integer(fu) || fu->kind == TY_UNTYPED_INT || fu->kind == TY_UNTYPED_RUNE) {
      LLVMValueRef r = numeric_convert(v, from, type_is_unsigned(fu) ? from : from);
      r = cg_index_i64(r, from);
      if (type_is_unsigned(fu) && LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 64) {
        /* a huge uint64 is not a valid rune */
        LLVMValueRef big = LLVMBuildICmp(cg.b, LLVMIntUGT, r, cg_i64(0x7fffffff), "");
        r = LLVMBuildSelect(cg.b, big, cg_i64(0xFFFD), r, "");
      }
      return cg_call_rt("gort_string_from_rune", &r, 1);
    }
    if (is_byte_or_rune_slice(fu, 8))
      return cg_call_rt("gort_string_from_bytes", (LLVMValueRef[]){
          LLVMBuildExtractValue(cg.b, v, 0, ""), LLVMBuildExtractValue(cg.b, v, 1, "")}, 2);
    if (is_byte_or_rune_slice(fu, 32))
      return cg_call_rt("gort_string_from_runes", (LLVMValueRef[]){
          LLVMBuildExtractValue(cg.b, v, 0, ""), LLVMBuildExtractValue(cg.b, v, 1, "")}, 2);
  }
  if ((fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING) && tu->kind == TY_SLICE) {
    LLVMValueRef ret = cg_alloca(cg.t_slice, "conv");
    const char *fn = is_byte_or_rune_slice(tu, 8) ? "gort_bytes_from_string" : "gort_runes_from_string";
    cg_call_rt(fn, (LLVMValueRef[]){ret, cg_str_ptr(v), cg_str_len(v)}, 3);
    return LLVMBuildLoad2(cg.b, cg.t_slice, ret, "");
  }
  if (is_numeric_kind(fu) && is_numeric_kind(tu)) return numeric_convert(v, from, to);
  /* Spec: a pointer converts to unsafe.Pointer and back (same LLVM ptr); unsafe.Pointer to
   * and from uintptr is the address as an integer */
  if (fu->kind == TY_UNSAFEPTR && type_is_integer(tu)) return LLVMBuildPtrToInt(cg.b, v, cg_type(tu), "");
  if (type_is_integer(fu) && tu->kind == TY_UNSAFEPTR) {
    if (LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMIntegerTypeKind) return v;
    return LLVMBuildIntToPtr(cg.b, v, cg.t_ptr, "");
  }
  if (fu->kind == TY_SLICE && tu->kind == TY_POINTER && type_under(tu->elem)->kind == TY_ARRAY) {
    /* Spec: Converting a slice to an array pointer — len(s) must be >= the array length */
    LLVMValueRef len = LLVMBuildExtractValue(cg.b, v, 1, "");
    LLVMValueRef alen = cg_i64(type_under(tu->elem)->len);
    LLVMValueRef bad = LLVMBuildICmp(cg.b, LLVMIntULT, len, alen, "");
    cg_panic_if(bad, "gort_panic_slice", (LLVMValueRef[]){LLVMConstInt(cg.t_i32, 8, 0), alen, len}, 3);
    return LLVMBuildExtractValue(cg.b, v, 0, "");
  }
  if ((fu->kind == TY_COMPLEX64 || fu->kind == TY_COMPLEX128) &&
      (tu->kind == TY_COMPLEX64 || tu->kind == TY_COMPLEX128) && fu->kind != tu->kind) {
    LLVMTypeRef et = tu->kind == TY_COMPLEX64 ? cg.t_f32 : cg.t_f64;
    LLVMValueRef r = LLVMBuildExtractValue(cg.b, v, 0, ""), i = LLVMBuildExtractValue(cg.b, v, 1, "");
    r = et == cg.t_f32 ? LLVMBuildFPTrunc(cg.b, r, et, "") : LLVMBuildFPExt(cg.b, r, et, "");
    i = et == cg.t_f32 ? LLVMBuildFPTrunc(cg.b, i, et, "") : LLVMBuildFPExt(cg.b, i, et, "");
    LLVMValueRef c = LLVMGetUndef(cg_type(tu));
    c = LLVMBuildInsertValue(cg.b, c, r, 0, "");
    return LLVMBuildInsertValue(cg.b, c, i, 1, "");
  }
  return v;
}

LLVMValueRef cg_expr_to(Node *n, Type *t) {
  if (!t) return cg_expr(n);
  if (n->val && type_under(t)->kind != TY_INTERFACE) return cg_const(n->val, t);
  if (n->type && n->type->kind == TY_UNTYPED_NIL) return cg_zero(t);
  LLVMValueRef v = cg_expr(n);
  return cg_convert(v, n->type, t, n);
}

LLVMValueRef cg_cond(Node *n) { return cg_truth(cg_expr(n)); }

/* ---- the dispatcher ---- */
static LLVMValueRef expr(Node *n);
/* The allocation site of what the expression allocates (GOSUBDEBUG=allocs=1): the innermost
 * allocation-capable expression being generated. */
LLVMValueRef cg_expr(Node *n) {
  LLVMMetadataRef loc = cg_di_loc(n->pos);
  Node *saved = cg.site_node;
  Object *saved_var = cg.site_var;
  switch (n->kind) {
  case N_COMPOSITE: case N_FUNCLIT: case N_CALL: case N_UNARY: case N_BINARY: case N_SELECTOR:
    cg.site_node = n;
    cg.site_var = NULL;
    break;
  default: break;
  }
  LLVMValueRef v = expr(n);
  cg.site_node = saved;
  cg.site_var = saved_var;
  cg_di_restore(loc);
  return v;
}

static LLVMValueRef expr(Node *n) {
  if (n->val && n->type && n->type->kind != TY_TUPLE && type_under(n->type)->kind != TY_INTERFACE)
    return cg_const(n->val, n->type);
  switch (n->kind) {
  case N_PAREN: return cg_expr(n->unary.x);
  case N_IDENT: return ident_value(n);
  case N_BASICLIT: return cg_const(n->val, n->type);
  case N_COMPOSITE: return cg_composite(n);
  case N_FUNCLIT: return cg_funclit(n);
  case N_SELECTOR: return selector_value(n);
  case N_INDEX: return index_value(n);
  case N_SLICE: return slice_expr(n);
  case N_TYPEASSERT: return cg_typeassert(n, false, NULL);
  case N_CALL: return cg_call(n);
  case N_STAR: return cg_load(n->type, cg_addr(n));
  case N_UNARY: return unary(n);
  case N_BINARY: return binary(n);
  default: break;
  }
  cg_unsupported(n->pos, ast_kind_names[n->kind]);
  return n->type ? cg_zero(n->type) : LLVMGetUndef(cg.t_i64);
}
