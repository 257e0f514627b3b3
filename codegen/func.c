/* func.c — Go functions in LLVM: signatures (hidden ctx first), prologue (parameters and
 * named results become variables), variables (allocas in the entry block, or runtime
 * allocations at the declaration when escape analysis moved them to the heap), func literals
 * and their closure records (captured variables by reference), package variables and their
 * initialisation in gosub_main_init. */
#include <string.h>

#include "cg.h"

int cg_field_index(Type *st, int i);

/* ---- the current function ---- */
void cg_set_fn(Fn *f) {
  if (f && !f->b) {
    /* frame pointers everywhere: the runtime walks the chain (recover, tracebacks) */
    LLVMAddAttributeAtIndex(f->fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg.ctx, "frame-pointer", 13, "all", 3));
    /* Go has no tail calls: unbounded recursion must overflow the stack (and fail like Go),
     * never become a loop (this also turns off LLVM's tail recursion elimination) */
    LLVMAddAttributeAtIndex(f->fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg.ctx, "disable-tail-calls", 18, "true", 4));
    f->b = LLVMCreateBuilderInContext(cg.ctx);
    f->entry = LLVMAppendBasicBlockInContext(cg.ctx, f->fn, "entry");
    LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(cg.ctx, f->fn, "start");
    LLVMPositionBuilderAtEnd(f->b, f->entry);
    f->alloca_pt = LLVMBuildBr(f->b, start);
    LLVMPositionBuilderAtEnd(f->b, start);
    cg_di_func(f);
  }
  cg.fn = f;
  cg.b = f ? f->b : NULL;
}

LLVMValueRef cg_alloca(LLVMTypeRef t, const char *name) {
  LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
  LLVMPositionBuilderBefore(b, cg.fn->alloca_pt);
  if (LLVMGetTypeKind(t) == LLVMVoidTypeKind) fatal("alloca of void for %s", name ? name : "?");
  LLVMValueRef a = LLVMBuildAlloca(b, t, name ? name : "");
  unsigned al = LLVMABIAlignmentOfType(cg.td, t);
  LLVMSetAlignment(a, al < 8 ? 8 : al);
  LLVMDisposeBuilder(b);
  return a;
}

/* ---- signatures ---- */
static bool result_indirect(Type *sig) {
  return sig->results.len == 1 && cg_indirect(VEC_AT(sig->results, 0));
}

static LLVMTypeRef result_type(Type *sig) {
  int n = sig->results.len;
  if (n == 0 || result_indirect(sig)) return cg.t_void;
  if (n == 1) return cg_type(VEC_AT(sig->results, 0));
  LLVMTypeRef *el = arena_alloc(sizeof(LLVMTypeRef) * (size_t)n);
  for (int i = 0; i < n; i++) el[i] = cg_type(VEC_AT(sig->results, i));
  return LLVMStructTypeInContext(cg.ctx, el, (unsigned)n, 0);
}

static LLVMTypeRef param_type(Type *t) { return cg_indirect(t) ? cg.t_ptr : cg_type(t); }

/* (ctx, [ret], [recv], params...) */
LLVMTypeRef cg_func_type(Type *sig, bool has_recv, Type *recv) {
  sig = type_under(sig);
  LLVMTypeRef *ps = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(sig->params.len + 3));
  int n = 0;
  ps[n++] = cg.t_ptr;
  if (result_indirect(sig)) ps[n++] = cg.t_ptr;
  if (has_recv) ps[n++] = param_type(recv);
  for (int i = 0; i < sig->params.len; i++) ps[n++] = param_type(VEC_AT(sig->params, i));
  return LLVMFunctionType(result_type(sig), ps, (unsigned)n, 0);
}

static const char *func_symbol(Object *fn);
const char *cg_func_goname(Object *fn) { return func_symbol(fn); }

static const char *func_symbol(Object *fn) {
  if (!fn->recv) return arena_printf("%s.%s", fn->pkg ? fn->pkg : "main", fn->name);
  Type *r = fn->recv;
  if (type_under(r)->kind == TY_POINTER && r->kind != TY_NAMED)
    return arena_printf("%s.(*%s).%s", fn->pkg ? fn->pkg : "main",
                        r->elem->obj ? r->elem->obj->name : "?", fn->name);
  return arena_printf("%s.%s.%s", fn->pkg ? fn->pkg : "main", r->obj ? r->obj->name : "?",
                      fn->name);
}

/* Linkage: functions of package main are private to its object; those of other packages
 * are defined with external linkage (their importers call them, and descriptors emitted in
 * any object point at their methods) and declared in the objects that use them. init()
 * functions are private: only their package's initializer calls them. */
static bool is_user_init(Object *fn) {
  return !fn->recv && fn->name == intern("init") && fn->decl && fn->decl->kind == N_FUNCDECL;
}

/* A Go pointer parameter *T is nil or points to a whole T: dereferenceable_or_null(sizeof T).
 * LLVM may then treat a nil check as no capture of the pointer (a callee that only reads
 * through it gets nocapture, and a caller's object it receives can stay in the caller's
 * frame: optimise.c) and may load through it early where it is known not to be nil. Only
 * for structs and scalars of at most 1 KiB: an array type such as *[1 << 30]byte is how
 * unsafe code views a buffer of any length. */
static void deref_attrs(LLVMValueRef f, Type *sig, Type *recv) {
  sig = type_under(sig);
  static unsigned kind;
  if (!kind) kind = LLVMGetEnumAttributeKindForName("dereferenceable_or_null", 23);
  int base = 1 + (result_indirect(sig) ? 1 : 0);
  int n = sig->params.len + (recv ? 1 : 0);
  for (int i = 0; i < n; i++) {
    Type *t = recv ? (i == 0 ? recv : VEC_AT(sig->params, i - 1)) : VEC_AT(sig->params, i);
    Type *u = type_under(t);
    if (u->kind != TY_POINTER || cg_indirect(t)) continue;
    Type *e = type_under(u->elem);
    if (e->kind == TY_ARRAY) continue;
    int64_t size = type_size(u->elem);
    if (size <= 0 || size > 1024) continue;
    LLVMAddAttributeAtIndex(f, (unsigned)(base + i + 1),
                            LLVMCreateEnumAttribute(cg.ctx, kind, (uint64_t)size));
  }
}

LLVMValueRef cg_func_for(Object *fn) {
  for (int i = 0; i < cg.func_objs.len; i++)
    if (VEC_AT(cg.func_objs, i) == fn) return VEC_AT(cg.func_vals, i);
  LLVMTypeRef ft = cg_func_type(fn->type, fn->recv != NULL, fn->recv);
  bool init = is_user_init(fn);
  LLVMValueRef f = LLVMAddFunction(cg.mod, init ? sema_link_name(fn) : func_symbol(fn), ft);
  bool local = fn->pkg && cg.pkg->path && !strcmp(fn->pkg, cg.pkg->path);
  if (init || (local && cg.pkg->main)) LLVMSetLinkage(f, LLVMInternalLinkage);
  deref_attrs(f, fn->type, fn->recv);
  vec_push(&cg.func_objs, fn);
  vec_push(&cg.func_vals, f);
  return f;
}

static LLVMValueRef static_record(LLVMValueRef fn) {
  LLVMValueRef el[1] = {fn};
  LLVMValueRef init = LLVMConstStructInContext(cg.ctx, el, 1, 0);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  return g;
}

LLVMValueRef cg_func_value_static(Object *fn) {
  if (cg_is_extern(fn)) {
    /* a standard-library function used as a value: a Go-convention thunk calling it */
    Type *sig = type_under(fn->type);
    LLVMTypeRef ft = cg_func_type(sig, false, NULL);
    LLVMValueRef th = LLVMAddFunction(cg.mod, arena_printf("thunk.%s", sema_link_name(fn)), ft);
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
    LLVMValueRef r = cg_call_extern(fn, NULL, sig, args, n);
    if (sig->results.len == 0) LLVMBuildRetVoid(cg.b);
    else if (result_indirect(sig)) {
      cg_store(VEC_AT(sig->results, 0), r, LLVMGetParam(th, 1));
      LLVMBuildRetVoid(cg.b);
    } else LLVMBuildRet(cg.b, r);
    cg_set_fn(saved);
    return static_record(th);
  }
  return static_record(cg_func_for(fn));
}

/* ---- variables ---- */
static VarSlot *find_var(Fn *f, Object *o) {
  for (int i = f->nvars - 1; i >= 0; i--)
    if (f->vars[i].obj == o) return &f->vars[i];
  return NULL;
}

static VarSlot *add_var(Object *o, LLVMValueRef addr, bool indirect) {
  Fn *f = cg.fn;
  if (f->nvars == f->capvars) {
    int nc = f->capvars ? f->capvars * 2 : 16;
    VarSlot *nv = arena_alloc(sizeof(VarSlot) * (size_t)nc);
    if (f->nvars) memcpy(nv, f->vars, sizeof(VarSlot) * (size_t)f->nvars);
    f->vars = nv;
    f->capvars = nc;
  }
  VarSlot *s = &f->vars[f->nvars++];
  s->obj = o;
  s->addr = addr;
  s->indirect = indirect;
  return s;
}

LLVMValueRef cg_heap_alloc(Type *t) {
  LLVMValueRef a[1] = {cg_typedesc(t)};
  return cg_alloc_rt("gort_alloc", a, 1);
}

/* Allocation site: ESC_NONE in the frame (one alloca in the entry block, zeroed at each
 * evaluation), otherwise by the runtime. */
LLVMValueRef cg_alloc_obj(Type *t, int esc) {
  if (cg_on_stack(esc) && cg.fn->alloca_pt) {
    LLVMValueRef a = cg_alloca(cg_type(t), "obj");
    cg_zero_mem(a, t);
    return a;
  }
  return cg_heap_alloc(t);
}

void cg_declare_var(Object *o) {
  if (!o || !o->name || !strcmp(o->name, "_")) return;
  VarSlot *s = find_var(cg.fn, o);
  if (o->heap) {
    LLVMValueRef slot = s ? s->addr : cg_alloca(cg.t_ptr, o->name);
    Object *saved = cg.site_var;
    cg.site_var = o;
    LLVMBuildStore(cg.b, cg_heap_alloc(o->type), slot);
    cg.site_var = saved;
    if (!s) add_var(o, slot, true);
    return;
  }
  LLVMValueRef a = s ? s->addr : cg_alloca(cg_type(o->type), o->name);
  cg_zero_mem(a, o->type);
  if (!s) {
    add_var(o, a, false);
    if (!o->is_param) cg_di_var(o, a, 0);
  }
}

static int capture_index(Fn *f, Object *o) {
  for (int i = 0; i < f->captures.len; i++)
    if (VEC_AT(f->captures, i) == o) return i;
  return -1;
}

LLVMValueRef cg_var_addr(Object *o) {
  if (o->is_global || (!o->func && !o->is_param && !o->is_result)) return cg_global_addr(o);
  VarSlot *s = find_var(cg.fn, o);
  if (s) return s->indirect ? LLVMBuildLoad2(cg.b, cg.t_ptr, s->addr, "") : s->addr;
  int k = capture_index(cg.fn, o);
  if (k >= 0) {
    LLVMValueRef p = LLVMBuildStructGEP2(cg.b, cg.fn->ctx_type, cg.fn->ctx, (unsigned)k + 1, "");
    if (o->byval) return p;   /* the copy lives in the closure record */
    return LLVMBuildLoad2(cg.b, cg.t_ptr, p, o->name);
  }
  /* a variable used before its declaration was generated (goto) — give it a slot */
  cg_declare_var(o);
  return cg_var_addr(o);
}

/* ---- package variables ---- */
static Vec main_globals; /* LLVMValueRef: package main's variables, internal until cg_keep_globals */

/* A package main variable with a static initializer (in .data, like gc's) keeps its storage
 * and symbol: hidden external linkage stops LLVM from folding it into its readers when the
 * program never assigns it (the segments report shows it in .data). Zero-initialised ones
 * stay internal and may be folded away. Do NOT keep those too: in Go's nilptr2.go, loads
 * through a never-assigned nil *BigStruct (128 MiB) then reach instruction selection as a
 * first-class aggregate, which takes LLVM minutes and over 20 GB. */
void cg_keep_globals(void) {
  for (int i = 0; i < main_globals.len; i++) {
    LLVMValueRef g = main_globals.data[i];
    LLVMValueRef init = LLVMGetInitializer(g);
    if (!init || LLVMIsNull(init)) continue;
    LLVMSetLinkage(g, LLVMExternalLinkage);
    LLVMSetVisibility(g, LLVMHiddenVisibility);
  }
  main_globals.len = 0;
}

/* Package variables are named like gc's (util.X, ex.com/m/util.count), defined in their
 * package's object (private to it for package main) and declared where others use them;
 * the prelude's variables are the runtime's C objects (os_Args). */
LLVMValueRef cg_global_addr(Object *o) {
  bool cobj = sema_is_prelude_obj(o);
  bool ext = cobj || (o->pkg && cg.pkg->path && strcmp(o->pkg, cg.pkg->path) != 0);
  const char *name = cobj ? sema_link_name(o)
                          : arena_printf("%s.%s", o->pkg ? o->pkg : "main", o->name);
  LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, name);
  if (g) return g;
  g = LLVMAddGlobal(cg.mod, cg_type(o->type), name);
  if (!ext) {
    LLVMSetInitializer(g, cg_zero(o->type));
    if (cg.pkg->main || o->name == intern("_")) LLVMSetLinkage(g, LLVMInternalLinkage);
    if (cg.pkg->main && o->name != intern("_")) vec_push(&main_globals, g);
    if (cg.opt->placement) {
      vec_push(&cg.opt->placement->globals, o);
      vec_push(&cg.opt->placement->global_symbols, (void *)intern(name));
    }
  }
  LLVMSetAlignment(g, 8);
  return g;
}

static bool static_init(Object *o, Node *v) {
  if (!v->val) return false;
  Type *u = type_under(o->type);
  if (u->kind == TY_INTERFACE) return false;
  LLVMValueRef g = cg_global_addr(o);
  LLVMSetInitializer(g, cg_const(v->val, o->type));
  return true;
}

static void init_valuespec(Node *vs) {
  Vec *names = &vs->valuespec.names, *vals = &vs->valuespec.values;
  if (vals->len == 0) return;
  if (vals->len == names->len) {
    for (int i = 0; i < names->len; i++) {
      Node *id = VEC_AT(*names, i);
      Node *v = VEC_AT(*vals, i);
      Object *o = id->ident.obj;
      if (o && static_init(o, v)) continue;
      if (!o) { cg_expr(v); continue; }
      LLVMValueRef x = cg_expr_to(v, o->type);
      cg_store(o->type, x, cg_global_addr(o));
    }
    return;
  }
  Node *call = VEC_AT(*vals, 0);
  extern bool cg_comma_ok(Node *rhs, LLVMValueRef *v, LLVMValueRef *ok, Type **vt);
  LLVMValueRef cv, ok;
  Type *cvt;
  if (names->len == 2 && cg_comma_ok(call, &cv, &ok, &cvt)) {
    Object *o0 = ((Node *)VEC_AT(*names, 0))->ident.obj, *o1 = ((Node *)VEC_AT(*names, 1))->ident.obj;
    if (o0 && strcmp(o0->name, "_")) cg_store(o0->type, cg_convert(cv, cvt, o0->type, NULL), cg_global_addr(o0));
    if (o1 && strcmp(o1->name, "_")) {
      static Type booltype = {.kind = TY_BOOL};
      cg_store(o1->type, cg_convert(ok, &booltype, o1->type, NULL), cg_global_addr(o1));
    }
    return;
  }
  LLVMValueRef t = cg_expr(call);
  for (int i = 0; i < names->len; i++) {
    Object *o = ((Node *)VEC_AT(*names, i))->ident.obj;
    if (!o) continue;
    Type *et = VEC_AT(call->type->results, i);
    LLVMValueRef x = cg_convert(cg_tuple_get(t, call->type, i), et, o->type, NULL);
    cg_store(o->type, x, cg_global_addr(o));
  }
}

/* x = constant: an initialised global in .data, no code */
static bool static_assign(Node *n) {
  if (n->kind != N_ASSIGN || n->assign.lhs.len != 1 || n->assign.rhs.len != 1) return false;
  Node *id = VEC_AT(n->assign.lhs, 0), *v = VEC_AT(n->assign.rhs, 0);
  if (id->kind != N_IDENT || !id->ident.obj || id->ident.obj->kind != OBJ_VAR) return false;
  return static_init(id->ident.obj, v);
}

void cg_gen_globals(void) {
  for (int i = 0; i < cg.pkg->globals.len; i++)
    if (!sema_is_prelude_obj(VEC_AT(cg.pkg->globals, i))) cg_global_addr(VEC_AT(cg.pkg->globals, i));
  for (int i = 0; i < cg.pkg->init_order.len; i++) {
    Node *n = VEC_AT(cg.pkg->init_order, i);
    if (n->kind == N_VALUESPEC) init_valuespec(n);
    else if (!static_assign(n)) cg_stmt(n);
  }
}

/* The collector's roots among this package's variables (runtime/gort.h GoRoot): one entry
 * {address, type descriptor} per variable that may hold pointers, in the section
 * "gosub_gcroots", which the linker gathers from every package. */
/* The collector's table of this package's variables with pointers (gort.h GoRoot), in two
 * steps. Before optimisation, cg_gen_gcroots notes each variable's name and keeps its type
 * descriptor alive; after it, cg_emit_gcroots writes the table with only the variables LLVM
 * kept as writable memory. Referring to every variable from the table before optimisation
 * would stop LLVM from seeing that a variable is never written (`var p *[1<<20]int` that
 * stays nil: `use(*p)` then copies 8 MiB at compile time). A variable LLVM removed or made
 * constant holds no heap pointer: heap pointers only arrive through stores it would see. */
static const char **root_names;
static LLVMValueRef *root_types;
static int nroots;

void cg_gen_gcroots(void) {
  nroots = 0;
  root_names = arena_alloc(sizeof(char *) * (size_t)(cg.pkg->globals.len + 1));
  root_types = arena_alloc(sizeof(LLVMValueRef) * (size_t)(cg.pkg->globals.len + 1));
  for (int i = 0; i < cg.pkg->globals.len; i++) {
    Object *o = VEC_AT(cg.pkg->globals, i);
    if (!o || !o->type || !type_has_pointers(o->type) || !strcmp(o->name, "_")) continue;
    size_t len;
    const char *name = LLVMGetValueName2(cg_global_addr(o), &len);
    root_names[nroots] = arena_printf("%s", name);
    root_types[nroots++] = cg_typedesc(o->type);
  }
  if (!nroots) return;
  /* the descriptors must survive optimisation (llvm.used) */
  LLVMValueRef keep = LLVMConstArray2(cg.t_ptr, root_types, (uint64_t)nroots);
  LLVMValueRef k = LLVMAddGlobal(cg.mod, LLVMTypeOf(keep), "gosub.gcroot.types");
  LLVMSetInitializer(k, keep);
  LLVMSetGlobalConstant(k, 1);
  LLVMSetLinkage(k, LLVMInternalLinkage);
  LLVMValueRef used = LLVMConstArray2(cg.t_ptr, &k, 1);
  LLVMValueRef u = LLVMAddGlobal(cg.mod, LLVMTypeOf(used), "llvm.used");
  LLVMSetInitializer(u, used);
  LLVMSetLinkage(u, LLVMAppendingLinkage);
  LLVMSetSection(u, "llvm.metadata");
}

void cg_emit_gcroots(void) {
  LLVMTypeRef et = LLVMStructTypeInContext(cg.ctx, (LLVMTypeRef[]){cg.t_ptr, cg.t_ptr}, 2, 0);
  LLVMValueRef *el = arena_alloc(sizeof(LLVMValueRef) * (size_t)(nroots + 1));
  int n = 0;
  for (int i = 0; i < nroots; i++) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, root_names[i]);
    if (!g || LLVMIsGlobalConstant(g)) continue;
    LLVMValueRef f[2] = {g, root_types[i]};
    el[n++] = LLVMConstStructInContext(cg.ctx, f, 2, 0);
  }
  nroots = 0;
  if (!n) return;
  LLVMValueRef init = LLVMConstArray2(et, el, (uint64_t)n);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "gosub.gcroots");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMInternalLinkage);
  LLVMSetSection(g, "gosub_gcroots");
  LLVMSetAlignment(g, 8);
  /* no optimisation runs after this: nothing will drop it */
}

/* ---- AST walk (captures, defer detection) ---- */
typedef void (*WalkFn)(Node *n, void *ud);
static void walk(Node *n, WalkFn f, void *ud);
static void walkv(Vec *v, WalkFn f, void *ud) {
  for (int i = 0; i < v->len; i++) walk(VEC_AT(*v, i), f, ud);
}

static void walk(Node *n, WalkFn f, void *ud) {
  if (!n) return;
  f(n, ud);
  switch (n->kind) {
  case N_COMPOSITE: walkv(&n->composite.elts, f, ud); break;
  case N_FUNCLIT: walk(n->funclit.body, f, ud); break;
  case N_PAREN: case N_STAR: case N_UNARY: case N_EXPRSTMT: case N_GO: case N_DEFER:
  case N_DECLSTMT:
    walk(n->unary.x, f, ud);
    break;
  case N_SELECTOR: walk(n->selector.x, f, ud); break;
  case N_INDEX: walk(n->index.x, f, ud); walk(n->index.index, f, ud); break;
  case N_SLICE:
    walk(n->slice.x, f, ud); walk(n->slice.lo, f, ud); walk(n->slice.hi, f, ud);
    walk(n->slice.max, f, ud);
    break;
  case N_TYPEASSERT: walk(n->typeassert.x, f, ud); break;
  case N_CALL: walk(n->call.fun, f, ud); walkv(&n->call.args, f, ud); break;
  case N_BINARY: case N_KEYVALUE: case N_SEND: walk(n->binary.x, f, ud); walk(n->binary.y, f, ud); break;
  case N_LABELED: walk(n->labeled.stmt, f, ud); break;
  case N_INCDEC: walk(n->incdec.x, f, ud); break;
  case N_ASSIGN: walkv(&n->assign.lhs, f, ud); walkv(&n->assign.rhs, f, ud); break;
  case N_RETURN: walkv(&n->list.list, f, ud); break;
  case N_BLOCK: walkv(&n->block.stmts, f, ud); break;
  case N_IF:
    walk(n->ifstmt.init, f, ud); walk(n->ifstmt.cond, f, ud); walk(n->ifstmt.then, f, ud);
    walk(n->ifstmt.els, f, ud);
    break;
  case N_CASECLAUSE: walkv(&n->caseclause.exprs, f, ud); walkv(&n->caseclause.body, f, ud); break;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    walk(n->switchstmt.init, f, ud); walk(n->switchstmt.tag, f, ud);
    walkv(&n->switchstmt.clauses, f, ud);
    break;
  case N_COMMCLAUSE: walk(n->commclause.comm, f, ud); walkv(&n->commclause.body, f, ud); break;
  case N_FOR:
    walk(n->forstmt.init, f, ud); walk(n->forstmt.cond, f, ud); walk(n->forstmt.post, f, ud);
    walk(n->forstmt.body, f, ud);
    break;
  case N_RANGE:
    walk(n->rangestmt.key, f, ud); walk(n->rangestmt.value, f, ud); walk(n->rangestmt.x, f, ud);
    walk(n->rangestmt.body, f, ud);
    break;
  case N_GENDECL: walkv(&n->gendecl.specs, f, ud); break;
  case N_VALUESPEC: walkv(&n->valuespec.names, f, ud); walkv(&n->valuespec.values, f, ud); break;
  default: break;
  }
}

typedef struct DeferScan { bool found; Node *root; } DeferScan;
static void find_defer(Node *n, void *ud) {
  if (n->kind == N_DEFER) ((DeferScan *)ud)->found = true;
}

static bool body_has_defer(Node *body) {
  /* defers inside nested func literals belong to them; walk stops at none, so check by
   * scanning statements and skipping FUNCLIT subtrees */
  DeferScan ds = {false, body};
  if (!body) return false;
  for (int i = 0; i < body->block.stmts.len; i++) {
    Node *s = VEC_AT(body->block.stmts, i);
    walk(s, find_defer, &ds);
  }
  return ds.found;
}

typedef struct CapScan { Vec inner; Vec caps; Node *lit; } CapScan;
static void scan_lits(Node *n, void *ud) {
  if (n->kind == N_FUNCLIT) vec_push(&((CapScan *)ud)->inner, n);
}
static void scan_caps(Node *n, void *ud) {
  CapScan *cs = ud;
  if (n->kind != N_IDENT || !n->ident.obj) return;
  Object *o = n->ident.obj;
  if (o->kind != OBJ_VAR || o->is_global || !o->func) return;
  for (int i = 0; i < cs->inner.len; i++)
    if (VEC_AT(cs->inner, i) == o->func) return;
  for (int i = 0; i < cs->caps.len; i++)
    if (VEC_AT(cs->caps, i) == o) return;
  vec_push(&cs->caps, o);
}

/* ---- function bodies ---- */
static void bind_params(Fn *f, Node *ftype, Node *recv) {
  Type *sig = f->sig;
  unsigned idx = 1 + (result_indirect(sig) ? 1 : 0);
  if (result_indirect(sig)) f->retptr = LLVMGetParam(f->fn, 1);
  Vec fields = {0};
  if (recv) vec_push(&fields, recv);
  for (int i = 0; i < ftype->functype.params.len; i++) vec_push(&fields, VEC_AT(ftype->functype.params, i));
  int argno = 0;
  for (int i = 0; i < fields.len; i++) {
    Node *fld = VEC_AT(fields, i);
    int nn = fld->field.names.len ? fld->field.names.len : 1;
    for (int j = 0; j < nn; j++) {
      LLVMValueRef p = LLVMGetParam(f->fn, idx++);
      Object *o = fld->field.names.len ? ((Node *)VEC_AT(fld->field.names, j))->ident.obj : NULL;
      argno++;
      if (!o || !o->name || !strcmp(o->name, "_")) {
        cg_di_param("_", fld->field.type ? fld->field.type->type : NULL, argno);
        continue;
      }
      cg_declare_var(o);
      VarSlot *vs = find_var(f, o);
      if (vs && !vs->indirect) cg_di_var(o, vs->addr, argno);
      else cg_di_param(o->name, o->type, argno);
      if (cg_indirect(o->type)) {
        /* the caller passed a private copy: copy it into the variable */
        LLVMBuildMemCpy(cg.b, cg_var_addr(o), 8, p, 8, cg_i64(cg_sizeof(o->type)));
        continue;
      }
      cg_store(o->type, p, cg_var_addr(o));
    }
  }
}

static void bind_results(Fn *f, Node *ftype) {
  Type *sig = f->sig;
  int k = 0;
  f->resaddr = arena_alloc(sizeof(LLVMValueRef) * (size_t)(sig->results.len + 1));
  for (int i = 0; i < ftype->functype.results.len; i++) {
    Node *fld = VEC_AT(ftype->functype.results, i);
    int nn = fld->field.names.len ? fld->field.names.len : 1;
    for (int j = 0; j < nn; j++, k++) {
      Object *o = fld->field.names.len ? ((Node *)VEC_AT(fld->field.names, j))->ident.obj : NULL;
      Type *rt = VEC_AT(sig->results, k);
      if (o && o->name && strcmp(o->name, "_")) {
        cg_declare_var(o);
        vec_push(&f->results, o);
        f->resaddr[k] = NULL; /* look up through the variable (may be on the heap) */
      } else {
        vec_push(&f->results, NULL);
        f->resaddr[k] = cg_alloca(cg_type(rt), "res");
        cg_zero_mem(f->resaddr[k], rt);
      }
    }
  }
}

static void gen_body(Fn *f, Node *ftype, Node *recv, Node *body) {
  bind_params(f, ftype, recv);
  f->has_defer = body_has_defer(body);
  bind_results(f, ftype);
  if (f->has_defer) cg_defer_prologue();
  cg_block(&body->block.stmts);
  if (!cg_terminated()) {
    Vec none = {0};
    cg_emit_return(&none, body->block.rbrace);
  }
}

void cg_gen_funcdecl(Node *fd) {
  Object *obj = fd->funcdecl.obj;
  if (!fd->funcdecl.body || !obj) return;
  Fn *f = NEW(Fn);
  f->fn = cg_func_for(obj);
  f->sig = type_under(obj->type);
  f->decl = fd;
  cg_place_func(fd, f->fn);
  Fn *saved = cg.fn;
  cg_set_fn(f);
  gen_body(f, fd->funcdecl.type, fd->funcdecl.recv, fd->funcdecl.body);
  cg_set_fn(saved);
}

/* Spec: Function literals. The closure record is {fn, &captured1, &captured2, ...}. */
LLVMValueRef cg_funclit(Node *n) {
  CapScan cs = {0};
  cs.lit = n;
  walk(n, scan_lits, &cs);
  walk(n->funclit.body, scan_caps, &cs);
  Type *sig = type_under(n->type);
  LLVMTypeRef ft = cg_func_type(sig, false, NULL);
  /* Go's name (sema): main.main.func1, nested main.main.func1.1, main.glob..func1 */
  LLVMValueRef fn = LLVMAddFunction(cg.mod, sema_funclit_name(n), ft);
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  cg_place_func(n, fn);
  /* capture in the enclosing function first: addresses, or values for byval captures */
  int nc = cs.caps.len;
  LLVMValueRef *caps = arena_alloc(sizeof(LLVMValueRef) * (size_t)(nc + 1));
  Type **pt = arena_alloc(sizeof(Type *) * (size_t)(nc + 1));
  LLVMTypeRef *el = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(nc + 1));
  static Type ptrtype = {.kind = TY_UNSAFEPTR};
  el[0] = cg.t_ptr;
  for (int i = 0; i < nc; i++) {
    Object *o = VEC_AT(cs.caps, i);
    LLVMValueRef a = cg_var_addr(o);
    caps[i] = o->byval ? cg_load(o->type, a) : a;
    pt[i] = o->byval ? o->type : &ptrtype;
    el[i + 1] = cg_type(pt[i]);
  }
  LLVMTypeRef rt = LLVMStructTypeInContext(cg.ctx, el, (unsigned)nc + 1, 0);
  Fn *saved = cg.fn;
  Fn *f = NEW(Fn);
  f->fn = fn;
  f->sig = sig;
  f->decl = n;
  f->outer = saved;
  f->captures = cs.caps;
  f->ctx_type = rt;
  cg_set_fn(f);
  f->ctx = LLVMGetParam(fn, 0);
  /* the body is generated here, inside the enclosing expression: what a go or defer
   * statement forces to the heap (its record's values) and the allocation site being
   * generated are the enclosing function's, not the body's */
  bool saved_force = cg.force_heap;
  Node *saved_site = cg.site_node;
  Object *saved_var = cg.site_var;
  cg.force_heap = false;
  cg.site_node = NULL;
  cg.site_var = NULL;
  gen_body(f, n->funclit.type, NULL, n->funclit.body);
  cg.force_heap = saved_force;
  cg.site_node = saved_site;
  cg.site_var = saved_var;
  cg_set_fn(saved);
  if (nc == 0) return static_record(fn);
  LLVMValueRef rec;
  if (cg_on_stack(n->esc)) {
    rec = cg_alloca(rt, "closure");
  } else {
    LLVMValueRef a[1] = {cg_record_desc(pt, nc)};
    rec = cg_alloc_rt("gort_alloc", a, 1);
  }
  LLVMBuildStore(cg.b, fn, rec);
  for (int i = 0; i < nc; i++) {
    LLVMValueRef p = LLVMBuildStructGEP2(cg.b, rt, rec, (unsigned)i + 1, "");
    cg_store(pt[i], caps[i], p);
  }
  return rec;
}

/* ---- return ---- */
static LLVMValueRef result_addr(Fn *f, int i) {
  Object *o = VEC_AT(f->results, i);
  return o ? cg_var_addr(o) : f->resaddr[i];
}

static void store_results(Vec *results) {
  Fn *f = cg.fn;
  Type *sig = f->sig;
  int n = sig->results.len;
  if (results->len == 0) return;
  LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
  if (results->len == 1 && n > 1) {
    Node *call = VEC_AT(*results, 0);
    LLVMValueRef t = cg_expr(call);
    for (int i = 0; i < n; i++)
      vals[i] = cg_convert(cg_tuple_get(t, call->type, i), VEC_AT(call->type->results, i),
                           VEC_AT(sig->results, i), NULL);
  } else if (n == 1 && f->retptr && !f->has_defer && cg_copy_big(result_addr(f, 0), VEC_AT(*results, 0), VEC_AT(sig->results, 0))) {
    return;   /* copied in memory */
  } else {
    for (int i = 0; i < n; i++) vals[i] = cg_expr_to(VEC_AT(*results, i), VEC_AT(sig->results, i));
  }
  for (int i = 0; i < n; i++) {
    LLVMValueRef st = LLVMBuildStore(cg.b, vals[i], result_addr(f, i));
    if (f->has_defer) LLVMSetVolatile(st, 1);
  }
}

/* Build the `ret` from the result variables (volatile when the function has defers). */
void cg_ret_from_vars(void);
void cg_ret_from_vars(void) {
  Fn *f = cg.fn;
  Type *sig = f->sig;
  int n = sig ? sig->results.len : 0;
  if (n == 0) { LLVMBuildRetVoid(cg.b); return; }
  LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
  for (int i = 0; i < n && !f->retptr; i++) {
    Type *rt = VEC_AT(sig->results, i);
    vals[i] = LLVMBuildLoad2(cg.b, cg_type(rt), result_addr(f, i), "");
    if (f->has_defer) LLVMSetVolatile(vals[i], 1);
  }
  if (f->retptr) {
    LLVMValueRef src = result_addr(f, 0);
    LLVMValueRef cp = LLVMBuildMemCpy(cg.b, f->retptr, 8, src, 8, cg_i64(cg_sizeof(VEC_AT(sig->results, 0))));
    (void)cp;
    LLVMBuildRetVoid(cg.b);
  } else if (n == 1) {
    LLVMBuildRet(cg.b, vals[0]);
  } else {
    LLVMValueRef agg = LLVMGetUndef(LLVMGetReturnType(LLVMGlobalGetValueType(f->fn)));
    for (int i = 0; i < n; i++) agg = LLVMBuildInsertValue(cg.b, agg, vals[i], (unsigned)i, "");
    LLVMBuildRet(cg.b, agg);
  }
}

/* Spec: Return statements. */
void cg_emit_return(Vec *results, Pos pos) {
  Fn *f = cg.fn;
  if (!f->sig) { LLVMBuildRetVoid(cg.b); return; }
  LLVMMetadataRef loc = cg_di_loc(pos);   /* Go runs deferred calls at the return's line */
  store_results(results);
  if (f->has_defer) cg_call_rt("gort_frame_pop", &f->frame, 1);
  cg_ret_from_vars();
  cg_di_restore(loc);
}
