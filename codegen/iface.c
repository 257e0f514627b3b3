/* iface.c — interfaces (Spec: Interface types, Type assertions, Type switches): conversions
 * to interfaces (data word: the value itself when pointer-shaped, else a pointer to a copy in
 * read-only data, the frame or the heap as escape analysis decided), static itabs, method
 * sets with promoted methods, the wrappers fn(void *data, args...) that method tables hold,
 * interface method calls through itab->fun[i], assertions and type switches. */
#include <stdlib.h>
#include <string.h>

#include "cg.h"

int cg_field_index(Type *st, int i);
LLVMValueRef cg_call_method_ptr(LLVMValueRef code, LLVMValueRef data, Type *sig, LLVMValueRef *args, int n);
LLVMValueRef cg_iface_call_value(LLVMValueRef iv, Type *it, const char *name, LLVMValueRef *args, int n, Type *sig);
void cg_switch_push(Node *n, LLVMBasicBlockRef end);
LLVMValueRef cg_walk_path(LLVMValueRef addr, Type **t, Vec *path);

static bool is_empty_iface(Type *t) { return type_under(t)->methods.len == 0; }

/* ---- method sets (Spec: Method sets, Selectors: promotion through embedded fields) ---- */
typedef struct Cand { MethodEntry e; int depth; } Cand;

static void collect(Type *named, bool addressable, Vec *path, int depth, Vec *out) {
  if (depth > 8 || !named) return;
  if (named->kind == TY_NAMED) {
    for (int i = 0; i < named->methods.len; i++) {
      Method *m = VEC_AT(named->methods, i);
      if (m->ptr_recv && !addressable) continue;
      Cand *c = NEW(Cand);
      c->e.name = m->name;
      c->e.m = m;
      for (int k = 0; k < path->len; k++) vec_push(&c->e.path, VEC_AT(*path, k));
      c->depth = depth;
      vec_push(out, c);
    }
  }
  Type *u = type_under(named);
  if (u->kind != TY_STRUCT) return;
  for (int i = 0; i < u->fields.len; i++) {
    Field *f = VEC_AT(u->fields, i);
    if (!f->embedded) continue;
    Type *ft = f->type;
    bool ptr = type_under(ft)->kind == TY_POINTER && ft->kind != TY_NAMED;
    vec_push(path, (void *)(intptr_t)i);
    if (type_under(ft)->kind == TY_INTERFACE) {
      Type *iu = type_under(ft);
      for (int k = 0; k < iu->methods.len; k++) {
        Method *m = VEC_AT(iu->methods, k);
        Cand *c = NEW(Cand);
        c->e.name = m->name;
        c->e.m = m;
        c->e.iface = ft;
        for (int q = 0; q < path->len; q++) vec_push(&c->e.path, VEC_AT(*path, q));
        c->depth = depth + 1;
        vec_push(out, c);
      }
      path->len--;
      continue;
    }
    collect(ptr ? ft->elem : ft, addressable || ptr, path, depth + 1, out);
    path->len--;
  }
}

static int cmp_entry(const void *a, const void *b) {
  return strcmp((*(MethodEntry *const *)a)->name, (*(MethodEntry *const *)b)->name);
}

Vec cg_method_set(Type *t) {
  Vec out = {0}, cands = {0}, path = {0};
  bool isptr = t->kind == TY_POINTER;
  Type *base = isptr ? t->elem : t;
  if (base->kind != TY_NAMED && type_under(base)->kind != TY_STRUCT) return out;
  collect(base, isptr, &path, 0, &cands);
  for (int i = 0; i < cands.len; i++) {
    Cand *c = VEC_AT(cands, i);
    bool best = true;
    for (int j = 0; j < cands.len; j++) {
      Cand *d = VEC_AT(cands, j);
      if (d->e.name == c->e.name && (d->depth < c->depth || (d->depth == c->depth && j < i)))
        best = false;
    }
    if (best) vec_push(&out, &c->e);
  }
  if (out.len > 1) qsort(out.data, (size_t)out.len, sizeof(void *), cmp_entry);
  return out;
}

static MethodEntry *find_method(Type *t, const char *name) {
  Vec ms = cg_method_set(t);
  for (int i = 0; i < ms.len; i++)
    if (!strcmp(((MethodEntry *)VEC_AT(ms, i))->name, name)) return VEC_AT(ms, i);
  return NULL;
}

/* Finish a thunk/wrapper: return r according to sig. */
static void thunk_return(LLVMValueRef fn, Type *sig, LLVMValueRef r) {
  bool ind = sig->results.len == 1 && cg_indirect(VEC_AT(sig->results, 0));
  if (sig->results.len == 0) LLVMBuildRetVoid(cg.b);
  else if (ind) {
    LLVMBuildStore(cg.b, r, LLVMGetParam(fn, 1));
    LLVMBuildRetVoid(cg.b);
  } else LLVMBuildRet(cg.b, r);
}

static int thunk_args(LLVMValueRef fn, Type *sig, LLVMValueRef *args) {
  bool ind = sig->results.len == 1 && cg_indirect(VEC_AT(sig->results, 0));
  int base = 1 + (ind ? 1 : 0);
  int n = sig->params.len;
  for (int i = 0; i < n; i++) {
    LLVMValueRef p = LLVMGetParam(fn, (unsigned)(base + i));
    Type *pt = VEC_AT(sig->params, i);
    args[i] = cg_indirect(pt) ? cg_load(pt, p) : p;
  }
  return n;
}

/* The method-table wrapper for method me of dynamic type t: fn(data, args...). */
LLVMValueRef cg_method_wrapper(Type *t, MethodEntry *me) {
  const char *name = arena_printf("wrap:%s.%s.%p", cg_type_name(t), me->name, (void *)cg_typedesc(t));
  LLVMValueRef fn = LLVMGetNamedFunction(cg.mod, name);
  if (fn) return fn;
  Type *sig = type_under(me->m->func ? me->m->func->type : me->m->type);
  fn = LLVMAddFunction(cg.mod, name, cg_func_type(sig, false, NULL));
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  Fn *saved = cg.fn;
  Fn *f = NEW(Fn);
  f->fn = fn;
  f->sig = sig;
  cg_set_fn(f);
  LLVMValueRef data = LLVMGetParam(fn, 0);
  Object *m = me->m->func;
  Type *rt = m ? m->recv : NULL;
  if (me->iface) {
    /* promoted from an embedded interface: call through its itab */
    LLVMValueRef addr = data;
    Type *cur = t->kind == TY_POINTER ? t->elem : t;
    if (t->kind != TY_POINTER && cg_pointer_shaped(t)) addr = cg_tmp_mem(t, data);
    addr = cg_walk_path(addr, &cur, &me->path);
    LLVMValueRef iv = cg_load(me->iface, addr);
    LLVMValueRef *args = CG_ARGS(sig);
    int n = thunk_args(fn, sig, args);
    thunk_return(fn, sig, cg_iface_call_value(iv, me->iface, me->name, args, n, sig));
    cg_set_fn(saved);
    return fn;
  }
  bool ptrrecv = me->m->ptr_recv;
  if (t->kind == TY_POINTER && !ptrrecv && me->path.len == 0 && m) {
    /* *T's wrapper of T's value method: a nil *T panics with Go's panicwrap text, "value
     * method main.T.F called using nil *T pointer" (the load below would be undefined) */
    LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, data, LLVMConstNull(cg.t_ptr), "");
    cg_panic_if(isnil, "gort_panicwrap",
                (LLVMValueRef[]){cg_typedesc(t->elem), cg_cstring(me->name, strlen(me->name) + 1)}, 2);
  }
  LLVMValueRef recv;
  if (t->kind != TY_POINTER && cg_pointer_shaped(t) && me->path.len == 0) {
    recv = data; /* the value itself */
  } else {
    LLVMValueRef addr = data;
    Type *cur = t->kind == TY_POINTER ? t->elem : t;
    for (int i = 0; i < me->path.len; i++) {
      Type *u = type_under(cur);
      int fi = (int)(intptr_t)VEC_AT(me->path, i);
      Field *fl = VEC_AT(u->fields, fi);
      addr = LLVMBuildStructGEP2(cg.b, cg_type(u), addr, (unsigned)cg_field_index(u, fi), "");
      cur = fl->type;
      if (type_under(cur)->kind == TY_POINTER && cur->kind != TY_NAMED) {
        addr = LLVMBuildLoad2(cg.b, cg.t_ptr, addr, "");
        cur = cur->elem;
      }
    }
    recv = ptrrecv ? addr : cg_load(rt ? rt : cur, addr);
  }
  LLVMValueRef *args = CG_ARGS(sig);
  int n = thunk_args(fn, sig, args);
  LLVMValueRef r = m ? cg_call_direct(m, recv, sig, args, n) : NULL;
  if (!m) LLVMBuildUnreachable(cg.b);
  else thunk_return(fn, sig, r);
  cg_set_fn(saved);
  return fn;
}

/* ---- itabs ---- */
LLVMValueRef cg_itab(Type *iface, Type *concrete) {
  const char *name = arena_printf("itab:%p,%p", (void *)cg_typedesc(iface), (void *)cg_typedesc(concrete));
  LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, name);
  if (g) return g;
  Type *iu = type_under(iface);
  int n = iu->methods.len;
  LLVMValueRef *fun = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    Method *im = VEC_AT(iu->methods, i);
    MethodEntry *me = find_method(concrete, im->name);
    fun[i] = me ? cg_method_wrapper(concrete, me) : LLVMConstNull(cg.t_ptr);
  }
  LLVMValueRef el[3] = {cg_typedesc(iface), cg_typedesc(concrete),
                        LLVMConstArray2(cg.t_ptr, fun, (uint64_t)n)};
  LLVMValueRef init = LLVMConstStructInContext(cg.ctx, el, 3, 0);
  g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), name);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return g;
}

/* dynamic type of an interface value: eface word 0, or itab->type (NULL for nil) */
LLVMValueRef cg_iface_type(LLVMValueRef iv, Type *it) {
  LLVMValueRef w = LLVMBuildExtractValue(cg.b, iv, 0, "");
  if (type_under(it)->kind != TY_INTERFACE || is_empty_iface(it)) return w;
  LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, w, LLVMConstNull(cg.t_ptr), "");
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBasicBlockRef ld = cg_newbb("itab.type"), join = cg_newbb("itab.join");
  LLVMBuildCondBr(cg.b, isnil, join, ld);
  LLVMPositionBuilderAtEnd(cg.b, ld);
  LLVMValueRef tp = LLVMBuildLoad2(cg.b, cg.t_ptr, LLVMBuildGEP2(cg.b, cg.t_ptr, w, (LLVMValueRef[]){cg_i64(1)}, 1, ""), "");
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.t_ptr, "dyntype");
  LLVMAddIncoming(phi, (LLVMValueRef[]){LLVMConstNull(cg.t_ptr), tp}, (LLVMBasicBlockRef[]){from, ld}, 2);
  return phi;
}

/* itab for dynamic type dyn (may be NULL → NULL) */
static LLVMValueRef getitab(Type *iface, LLVMValueRef dyn, bool canfail) {
  LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, dyn, LLVMConstNull(cg.t_ptr), "");
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBasicBlockRef call = cg_newbb("getitab"), join = cg_newbb("getitab.join");
  LLVMBuildCondBr(cg.b, isnil, join, call);
  LLVMPositionBuilderAtEnd(cg.b, call);
  LLVMValueRef it = cg_call_rt("gort_getitab", (LLVMValueRef[]){cg_typedesc(iface), dyn,
                                LLVMConstInt(cg.t_i8, canfail, 0)}, 3);
  LLVMBasicBlockRef call_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.t_ptr, "itab");
  LLVMAddIncoming(phi, (LLVMValueRef[]){LLVMConstNull(cg.t_ptr), it}, (LLVMBasicBlockRef[]){from, call_end}, 2);
  return phi;
}

static ConstVal *const_of(Node *n) {
  if (!n) return NULL;
  if (n->kind == N_CALL && n->call.how == CALL_CONVERSION && n->call.args.len == 1)
    return ((Node *)VEC_AT(n->call.args, 0))->val;
  return n->val;
}

static Type *default_type(Type *t) {
  static Type b = {.kind = TY_BOOL}, i = {.kind = TY_INT}, r = {.kind = TY_INT32},
              f = {.kind = TY_FLOAT64}, s = {.kind = TY_STRING};
  switch (t->kind) {
  case TY_UNTYPED_BOOL: return &b;
  case TY_UNTYPED_INT: return &i;
  case TY_UNTYPED_RUNE: return &r;
  case TY_UNTYPED_FLOAT: return &f;
  case TY_UNTYPED_STRING: return &s;
  default: return t;
  }
}

/* Read-only boxes that need no allocation, like gc's runtime.staticuint64s and zeroVal. */
static LLVMValueRef static_u64s(void) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, "gosub.staticuint64s");
  if (g) return g;
  LLVMValueRef el[256];
  for (int k = 0; k < 256; k++) el[k] = cg_i64(k);
  LLVMValueRef init = LLVMConstArray2(cg.t_i64, el, 256);
  g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "gosub.staticuint64s");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetAlignment(g, 8);
  return g;
}

static LLVMValueRef zero_val(void) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, "gosub.zeroval");
  if (g) return g;
  LLVMTypeRef t = LLVMArrayType2(cg.t_i64, 4);
  g = LLVMAddGlobal(cg.mod, t, "gosub.zeroval");
  LLVMSetInitializer(g, LLVMConstNull(t));
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetAlignment(g, 8);
  return g;
}

/* A heap box for an interface's data word, with gc's allocation-free cases (convT16/32/64:
 * values below 256 point into staticuint64s; single bytes always; convTstring/convTslice:
 * "" and nil slices point at zeroVal; zero-size values too). */
static LLVMValueRef boxed_heap(LLVMValueRef v, Type *t) {
  Type *u = type_under(t);
  int64_t size = cg_sizeof(t);
  if (size == 0) return zero_val();
  bool isint = type_is_integer(u) || u->kind == TY_BOOL;
  if (isint && size == 1) {
    LLVMValueRef idx = LLVMBuildZExt(cg.b, v, cg.t_i64, "");
    return LLVMBuildGEP2(cg.b, cg.t_i64, static_u64s(), &idx, 1, "");
  }
  LLVMValueRef small = NULL;
  if (isint) {
    LLVMValueRef w = size < 8 ? LLVMBuildZExt(cg.b, v, cg.t_i64, "") : v;
    small = LLVMBuildICmp(cg.b, LLVMIntULT, w, cg_i64(256), "");
  } else if (u->kind == TY_STRING) {
    small = LLVMBuildICmp(cg.b, LLVMIntEQ, cg_str_len(v), cg_i64(0), "");
  } else if (u->kind == TY_SLICE) {
    small = LLVMBuildICmp(cg.b, LLVMIntEQ, LLVMBuildExtractValue(cg.b, v, 0, ""),
                          LLVMConstNull(cg.t_ptr), "");
  }
  if (!small) {
    LLVMValueRef p = cg_heap_alloc(t);
    cg_store(t, v, p);
    return p;
  }
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBasicBlockRef alloc = cg_newbb("box.alloc"), join = cg_newbb("box.join");
  LLVMValueRef stat;
  if (isint) {
    LLVMValueRef idx = size < 8 ? LLVMBuildZExt(cg.b, v, cg.t_i64, "") : v;
    /* little-endian: the low bytes of staticuint64s[v] hold v in any width */
    stat = LLVMBuildGEP2(cg.b, cg.t_i64, static_u64s(), &idx, 1, "");
  } else {
    stat = zero_val();
  }
  LLVMBuildCondBr(cg.b, small, join, alloc);
  LLVMPositionBuilderAtEnd(cg.b, alloc);
  LLVMValueRef p = cg_heap_alloc(t);
  cg_store(t, v, p);
  LLVMBasicBlockRef alloc_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.t_ptr, "box");
  LLVMAddIncoming(phi, (LLVMValueRef[]){stat, p}, (LLVMBasicBlockRef[]){from, alloc_end}, 2);
  return phi;
}

/* Spec: Assignability / Conversions to interface types. */
LLVMValueRef cg_to_iface(LLVMValueRef v, Type *from, Type *to, Node *n) {
  Type *fu = type_under(from);
  if (fu->kind == TY_UNTYPED_NIL) return cg_zero(to);
  if (fu->kind == TY_INTERFACE) {
    LLVMValueRef data = LLVMBuildExtractValue(cg.b, v, 1, "");
    LLVMValueRef dyn = cg_iface_type(v, from);
    if (is_empty_iface(to)) return cg_make_iface(dyn, data);
    return cg_make_iface(getitab(to, dyn, false), data);
  }
  from = default_type(from);
  LLVMValueRef tword = is_empty_iface(to) ? cg_typedesc(from) : cg_itab(to, from);
  if (cg_pointer_shaped(from)) return cg_make_iface(tword, v);
  ConstVal *cv = const_of(n);
  LLVMValueRef data;
  if (cv) {
    LLVMValueRef init = cg_const(cv, from);
    data = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "const");
    LLVMSetInitializer(data, init);
    LLVMSetGlobalConstant(data, 1);
    LLVMSetLinkage(data, LLVMPrivateLinkage);
    LLVMSetAlignment(data, 8);
  } else if (n && n->kind == N_CALL && cg_on_stack(n->esc)) {
    data = cg_alloca(cg_type(from), "iface.data");
    LLVMBuildStore(cg.b, v, data);
  } else {
    data = boxed_heap(v, from);
  }
  return cg_make_iface(tword, data);
}

LLVMValueRef cg_iface_eq(LLVMValueRef x, Type *xt, LLVMValueRef y, Type *yt) {
  LLVMValueRef tx = cg_iface_type(x, xt), ty = cg_iface_type(y, yt);
  return cg_call_rt("gort_efaceeq", (LLVMValueRef[]){tx, LLVMBuildExtractValue(cg.b, x, 1, ""), ty,
                    LLVMBuildExtractValue(cg.b, y, 1, "")}, 4);
}

/* ---- method calls through interfaces ---- */
LLVMValueRef cg_iface_call_value(LLVMValueRef iv, Type *it, const char *name, LLVMValueRef *args, int n, Type *sig) {
  Type *iu = type_under(it);
  int idx = -1;
  for (int i = 0; i < iu->methods.len; i++)
    if (!strcmp(((Method *)VEC_AT(iu->methods, i))->name, name)) idx = i;
  if (idx < 0) fatal("interface method %s not found", name);
  LLVMValueRef itab = LLVMBuildExtractValue(cg.b, iv, 0, "");
  cg_check_nil(itab);
  LLVMValueRef data = LLVMBuildExtractValue(cg.b, iv, 1, "");
  LLVMValueRef slot = LLVMBuildGEP2(cg.b, cg.t_ptr, itab, (LLVMValueRef[]){cg_i64(2 + idx)}, 1, "");
  LLVMValueRef code = LLVMBuildLoad2(cg.b, cg.t_ptr, slot, "");
  return cg_call_method_ptr(code, data, sig, args, n);
}

LLVMValueRef cg_iface_call(Node *sel, LLVMValueRef *args, int n, Type *sig) {
  /* the receiver was evaluated by the caller? no: evaluate here, before the args were */
  LLVMValueRef iv = cg_expr(sel->selector.x);
  return cg_iface_call_value(iv, sel->selector.x->type, sel->selector.name, args, n, sig);
}

/* ---- assertions ---- */
static LLVMValueRef unbox(LLVMValueRef data, Type *t) {
  if (cg_pointer_shaped(t)) return data;
  return cg_load(t, data);
}

LLVMValueRef cg_typeassert(Node *n, bool commaok, LLVMValueRef *ok_out) {
  Node *xn = n->typeassert.x;
  Type *xt = xn->type;
  Type *T = n->typeassert.type && n->typeassert.type->type ? n->typeassert.type->type : n->type;
  LLVMValueRef x = cg_expr(xn);
  LLVMValueRef dyn = cg_iface_type(x, xt);
  LLVMValueRef data = LLVMBuildExtractValue(cg.b, x, 1, "");
  if (type_under(T)->kind == TY_INTERFACE) {
    LLVMValueRef word, ok;
    if (is_empty_iface(T)) {
      word = dyn;
      ok = LLVMBuildICmp(cg.b, LLVMIntNE, dyn, LLVMConstNull(cg.t_ptr), "");
    } else {
      word = getitab(T, dyn, commaok);
      ok = LLVMBuildICmp(cg.b, LLVMIntNE, word, LLVMConstNull(cg.t_ptr), "");
    }
    if (!commaok) {
      LLVMValueRef isnil = LLVMBuildICmp(cg.b, LLVMIntEQ, dyn, LLVMConstNull(cg.t_ptr), "");
      cg_panic_if(isnil, "gort_panic_assert", (LLVMValueRef[]){dyn, cg_typedesc(T), cg_typedesc(xt)}, 3);
      return cg_make_iface(word, data);
    }
    *ok_out = cg_to_bool(ok);
    LLVMValueRef r = cg_make_iface(word, data);
    return LLVMBuildSelect(cg.b, ok, r, cg_zero(T), "");
  }
  LLVMValueRef want = cg_typedesc(T);
  LLVMValueRef ok = LLVMBuildICmp(cg.b, LLVMIntEQ, dyn, want, "");
  if (!commaok) {
    cg_panic_if(LLVMBuildNot(cg.b, ok, ""), "gort_panic_assert", (LLVMValueRef[]){dyn, want, cg_typedesc(xt)}, 3);
    return unbox(data, T);
  }
  *ok_out = cg_to_bool(ok);
  LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
  LLVMBasicBlockRef yes = cg_newbb("assert.ok"), join = cg_newbb("assert.join");
  LLVMBuildCondBr(cg.b, ok, yes, join);
  LLVMPositionBuilderAtEnd(cg.b, yes);
  LLVMValueRef v = unbox(data, T);
  LLVMBasicBlockRef yes_end = LLVMGetInsertBlock(cg.b);
  LLVMBuildBr(cg.b, join);
  LLVMPositionBuilderAtEnd(cg.b, join);
  LLVMValueRef phi = LLVMBuildPhi(cg.b, cg_type(T), "");
  LLVMAddIncoming(phi, (LLVMValueRef[]){cg_zero(T), v}, (LLVMBasicBlockRef[]){from, yes_end}, 2);
  return phi;
}

/* ---- type switches (Spec: Type switches) ---- */
static bool is_nil_case(Node *e) {
  while (e->kind == N_PAREN) e = e->unary.x;
  return e->type && e->type->kind == TY_UNTYPED_NIL;
}

static LLVMValueRef case_matches(Node *e, LLVMValueRef dyn) {
  if (is_nil_case(e)) return LLVMBuildICmp(cg.b, LLVMIntEQ, dyn, LLVMConstNull(cg.t_ptr), "");
  Type *T = e->type;
  if (type_under(T)->kind == TY_INTERFACE) {
    if (is_empty_iface(T)) return LLVMBuildICmp(cg.b, LLVMIntNE, dyn, LLVMConstNull(cg.t_ptr), "");
    LLVMValueRef it = getitab(T, dyn, true);
    return LLVMBuildICmp(cg.b, LLVMIntNE, it, LLVMConstNull(cg.t_ptr), "");
  }
  return LLVMBuildICmp(cg.b, LLVMIntEQ, dyn, cg_typedesc(T), "");
}

static void bind_case_var(Node *c, LLVMValueRef x, Type *xt, LLVMValueRef dyn) {
  Object *v = c->caseclause.tsvar;
  if (!v) return;
  cg_declare_var(v);
  LLVMValueRef val;
  Node *e = c->caseclause.exprs.len == 1 ? VEC_AT(c->caseclause.exprs, 0) : NULL;
  if (e && !is_nil_case(e) && !type_identical(v->type, xt)) {
    Type *T = v->type;
    LLVMValueRef data = LLVMBuildExtractValue(cg.b, x, 1, "");
    if (type_under(T)->kind == TY_INTERFACE)
      val = cg_make_iface(is_empty_iface(T) ? dyn : getitab(T, dyn, true), data);
    else
      val = unbox(data, T);
  } else {
    val = x;
  }
  cg_store(v->type, val, cg_var_addr(v));
}

void cg_typeswitch(Node *n) {
  if (n->switchstmt.init) cg_stmt(n->switchstmt.init);
  Node *tag = n->switchstmt.tag;
  Node *ta = tag->kind == N_ASSIGN ? VEC_AT(tag->assign.rhs, 0) : tag->unary.x;
  while (ta->kind == N_PAREN) ta = ta->unary.x;
  Node *xn = ta->typeassert.x;
  Type *xt = xn->type;
  LLVMValueRef x = cg_expr(xn);
  LLVMValueRef dyn = cg_iface_type(x, xt);
  Vec *cl = &n->switchstmt.clauses;
  int nc = cl->len, def = -1;
  LLVMBasicBlockRef *bodies = arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)(nc + 1));
  for (int i = 0; i < nc; i++) bodies[i] = cg_newbb("tcase");
  LLVMBasicBlockRef end = cg_newbb("tswitch.end");
  cg_switch_push(n, end);
  for (int i = 0; i < nc; i++) {
    Node *c = VEC_AT(*cl, i);
    if (c->caseclause.is_default) { def = i; continue; }
    for (int j = 0; j < c->caseclause.exprs.len; j++) {
      LLVMValueRef m = case_matches(VEC_AT(c->caseclause.exprs, j), dyn);
      LLVMBasicBlockRef next = cg_newbb("tcase.next");
      LLVMBuildCondBr(cg.b, m, bodies[i], next);
      LLVMPositionBuilderAtEnd(cg.b, next);
    }
  }
  LLVMBuildBr(cg.b, def >= 0 ? bodies[def] : end);
  for (int i = 0; i < nc; i++) {
    Node *c = VEC_AT(*cl, i);
    LLVMPositionBuilderAtEnd(cg.b, bodies[i]);
    bind_case_var(c, x, xt, dyn);
    cg_block(&c->caseclause.body);
    cg_br(end);
  }
  cg.fn->ntargets--;
  LLVMPositionBuilderAtEnd(cg.b, end);
}
