/* cg.h — codegen's private interface: the generation context shared by the files of codegen/
 * (codegen.c module and emission, types.c LLVM types and type descriptors, func.c functions,
 * variables, closures and package initialisation, stmt.c statements, expr.c expressions,
 * composite.c composite literals, call.c calls and method values, builtin.c the builtins,
 * checks.c Go's run-time checks, defer.c defer/panic/recover, iface.c interfaces, method sets
 * and method tables).
 *
 * Evaluation order follows gc (walk/order.go): calls among operands first, plain loads after.
 * Big arrays/structs (> 64 bytes) are zeroed and copied with memset/memcpy where possible.
 *
 * Value representation (runtime/gort.h is the contract):
 *   bool is i8 everywhere (0/1); comparisons are widened right away and branches test != 0.
 *   string {ptr,i64}, slice {ptr,i64,i64}, interface {ptr,ptr}, map/chan/pointer/func: ptr.
 *   structs and arrays are LLVM structs/arrays with Go's layout (explicit padding where needed).
 *   A Go value is an LLVMValueRef of its LLVM type ("rvalue"); an addressable expression also
 *   has an address (cg_addr).
 * Go functions: (ptr ctx, params...) with params by value, except structs/arrays bigger than
 *   16 bytes, which the caller copies and passes by pointer ("indirect"). Results: none → void,
 *   one → its type, several → an anonymous struct; an indirect-sized result list is written
 *   through a `ret` pointer placed right after ctx.
 * Runtime and prelude C functions: the scalar rule of gort.h (see call.c). */
#ifndef GOSUB_CG_H
#define GOSUB_CG_H

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "codegen.h"

/* ---- per-function state ---- */
typedef struct VarSlot {
  Object *obj;
  LLVMValueRef addr;   /* alloca of the variable, or alloca holding the heap pointer */
  bool indirect;       /* addr holds a pointer to the variable (heap or captured) */
} VarSlot;

typedef struct Target {  /* break/continue targets of an enclosing statement */
  Node *stmt;
  LLVMBasicBlockRef brk, cont;
} Target;

typedef struct LabelBB {
  Object *label;
  const char *name;
  LLVMBasicBlockRef bb;
} LabelBB;

typedef struct Fn {
  struct Fn *outer;
  LLVMValueRef fn;
  LLVMBuilderRef b;
  LLVMBasicBlockRef entry;     /* allocas go here */
  LLVMValueRef alloca_pt;      /* insert allocas before this instruction */
  Type *sig;                   /* TY_FUNC */
  Node *decl;                  /* N_FUNCDECL or N_FUNCLIT */
  VarSlot *vars; int nvars, capvars;
  Vec captures;                /* Object* captured (closure record fields 1..n) */
  LLVMValueRef ctx;            /* closure record */
  LLVMTypeRef ctx_type;        /* its LLVM struct type {fn, capture...} */
  LLVMValueRef retptr;         /* indirect result pointer, or NULL */
  Vec results;                 /* Object* of result variables (may be unnamed: synthesized) */
  LLVMValueRef *resaddr;       /* address of each result */
  Target *targets; int ntargets, captargets;
  LabelBB *labels; int nlabels, caplabels;
  /* defer */
  bool has_defer;
  LLVMValueRef frame;          /* GoFrame alloca */
  LLVMBasicBlockRef exit_bb;   /* frame pop + return */
  /* switch fallthrough */
  LLVMBasicBlockRef fall_bb;
  int tmpno;
} Fn;

typedef struct Cg {
  LLVMContextRef ctx;
  LLVMModuleRef mod;
  LLVMTargetMachineRef tm;
  LLVMTargetDataRef td;
  Package *pkg;
  const CgOptions *opt;
  Fn *fn;                       /* current function */
  LLVMBuilderRef b;             /* == fn->b */
  LLVMTypeRef t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64, t_ptr, t_void;
  LLVMTypeRef t_str, t_slice, t_iface, t_gotype, t_gofield, t_gomethod;
  Vec desc_keys, desc_vals;     /* type descriptor cache: name key → global */
  Vec itab_keys, itab_vals;
  Vec func_objs, func_vals;     /* Object* → LLVM function */
  int strno, anonno;
  bool force_heap;              /* evaluating a defer's arguments: they outlive the statement */
  bool failed;
} Cg;

extern Cg cg;

/* An allocation site goes in the frame only when escape analysis says it does not escape. */
static inline bool cg_on_stack(int esc) { return esc == ESC_NONE && !cg.force_heap; }

/* ---- codegen.c ---- */
LLVMValueRef cg_rt(const char *name);                 /* runtime function (declared from table) */
LLVMValueRef cg_cstring(const char *s, size_t n);     /* private .rodata bytes, returns ptr */
LLVMValueRef cg_gostring_const(const char *s, size_t n); /* constant {ptr,len} */
void cg_unsupported(Pos pos, const char *what);
void cg_types_begin(void);  /* a new module: forget the previous one's LLVM types */

/* ---- types.c ---- */
LLVMTypeRef cg_type(Type *t);           /* LLVM type of a Go type (memory = value repr) */
bool cg_indirect(Type *t);              /* passed/returned by pointer between Go functions */
LLVMValueRef cg_typedesc(Type *t);      /* pointer to the GoType descriptor */
const char *cg_type_name(Type *t);      /* %T spelling */
LLVMValueRef cg_zero(Type *t);
bool cg_pointer_shaped(Type *t);
int64_t cg_sizeof(Type *t);
LLVMValueRef cg_record_desc(Type **types, int n); /* descriptor of a synthetic struct */
int cg_field_index(Type *st, int i);    /* LLVM element index of Go field i */
const char *cg_sig_string(Type *f);     /* "(int) string": a signature without "func" */

/* ---- func.c ---- */
void cg_gen_funcdecl(Node *fd);
LLVMValueRef cg_func_for(Object *fn);   /* LLVM function of a Go function object */
LLVMTypeRef cg_func_type(Type *sig, bool method_recv_first, Type *recv);
LLVMValueRef cg_func_value_static(Object *fn); /* constant closure record for a top-level func */
LLVMValueRef cg_funclit(Node *n);       /* closure value of a func literal */
LLVMValueRef cg_alloca(LLVMTypeRef t, const char *name);
LLVMValueRef cg_var_addr(Object *o);    /* address of a variable (declares it on first use) */
void cg_declare_var(Object *o);         /* at its declaration: alloca or heap allocation */
LLVMValueRef cg_alloc_obj(Type *t, int esc); /* allocation site: frame or heap */
LLVMValueRef cg_heap_alloc(Type *t);
void cg_emit_return(Vec *results, Pos pos);
void cg_set_fn(Fn *f);
LLVMValueRef cg_global_addr(Object *o);
void cg_gen_globals(void);

/* ---- stmt.c ---- */
void cg_stmt(Node *n);
void cg_block(Vec *stmts);
void cg_assign_to(Node *lhs, LLVMValueRef v, Type *vt);
bool cg_terminated(void);
LLVMBasicBlockRef cg_newbb(const char *name);
void cg_br(LLVMBasicBlockRef bb);
void cg_poll(void);

/* ---- expr.c ---- */
LLVMValueRef cg_expr(Node *n);                 /* rvalue */
LLVMValueRef cg_expr_to(Node *n, Type *t);     /* rvalue converted (assignability) to t */
LLVMValueRef cg_addr(Node *n);                 /* address of an addressable expression */
LLVMValueRef cg_cond(Node *n);                 /* i1 */
bool cg_has_call(Node *n);                     /* evaluating n calls a function */
LLVMValueRef cg_load(Type *t, LLVMValueRef addr);
void cg_store(Type *t, LLVMValueRef v, LLVMValueRef addr);
void cg_store_ptr_wb(LLVMValueRef slot, LLVMValueRef v); /* the write barrier */
LLVMValueRef cg_const(ConstVal *cv, Type *t);
LLVMValueRef cg_convert(LLVMValueRef v, Type *from, Type *to, Node *n);
LLVMValueRef cg_compare(Op op, LLVMValueRef x, LLVMValueRef y, Type *t); /* i8 */
LLVMValueRef cg_to_bool(LLVMValueRef i1);      /* i1 → i8 */
LLVMValueRef cg_truth(LLVMValueRef i8);        /* i8 → i1 */
LLVMValueRef cg_i64(int64_t v);
LLVMValueRef cg_str_ptr(LLVMValueRef s), cg_str_len(LLVMValueRef s);
LLVMValueRef cg_make_str(LLVMValueRef p, LLVMValueRef n);
LLVMValueRef cg_make_slice(LLVMValueRef p, LLVMValueRef len, LLVMValueRef cap);
LLVMValueRef cg_make_iface(LLVMValueRef t, LLVMValueRef d);
LLVMValueRef cg_binop(Op op, LLVMValueRef x, LLVMValueRef y, Type *t, Pos pos);
LLVMValueRef cg_index_addr(Node *n, LLVMValueRef *val_out);
LLVMValueRef cg_field_addr(Node *sel);
/* Room for the LLVM arguments of a call or thunk of signature sig (receiver and packed
 * variadic slice included): sized by the signature, never a fixed cap. */
#define CG_ARGS(sig) \
  ((LLVMValueRef *)arena_alloc(sizeof(LLVMValueRef) * (size_t)(type_under(sig)->params.len + 2)))
LLVMValueRef cg_tmp_mem(Type *t, LLVMValueRef v);  /* store v in a fresh alloca, return it */
LLVMValueRef cg_composite(Node *n);            /* value of a composite literal */
void cg_zero_mem(LLVMValueRef addr, Type *t);  /* zero memory (memset for big types) */
bool cg_copy_big(LLVMValueRef dst, Node *src, Type *t); /* memcpy a big addressable value */
bool cg_is_big(Type *t);                       /* handled in memory, not as an SSA aggregate */

/* ---- call.c ---- */
LLVMValueRef cg_call(Node *n);                 /* value (tuple struct for multi-results) */
LLVMValueRef cg_call_rt(const char *name, LLVMValueRef *args, int n);
Vec cg_call_args(Node *call, Type *sig, bool *multi); /* evaluated args converted to params */
LLVMValueRef cg_call_func_value(LLVMValueRef fv, Type *sig, LLVMValueRef *args, int n);
LLVMValueRef cg_call_direct(Object *fn, LLVMValueRef recv, Type *sig, LLVMValueRef *args, int n);
LLVMValueRef cg_call_extern(Object *fn, LLVMValueRef recv, Type *sig, LLVMValueRef *args, int n);
LLVMValueRef cg_builtin(Node *n, LLVMValueRef *vals, int nvals);
LLVMValueRef cg_tuple_get(LLVMValueRef v, Type *tuple, int i);
bool cg_is_extern(Object *fn);
LLVMValueRef cg_method_value(Node *sel);

/* ---- checks.c ---- */
void cg_check_nil(LLVMValueRef p);
void cg_check_index(LLVMValueRef i, LLVMValueRef len, Type *itype);
void cg_check_slice(int kind, LLVMValueRef x, LLVMValueRef y, bool cond_ult); /* x > y panics */
void cg_panic_if(LLVMValueRef cond, const char *fn, LLVMValueRef *args, int n);
LLVMValueRef cg_div(Op op, LLVMValueRef x, LLVMValueRef y, Type *t);
LLVMValueRef cg_shift(Op op, LLVMValueRef x, LLVMValueRef y, Type *xt, Type *yt);
LLVMValueRef cg_float_to_int(LLVMValueRef v, Type *from, Type *to);
LLVMValueRef cg_index_i64(LLVMValueRef i, Type *t); /* widen an index to i64 */

/* ---- iface.c ---- */
LLVMValueRef cg_to_iface(LLVMValueRef v, Type *from, Type *to, Node *n);
LLVMValueRef cg_itab(Type *iface, Type *concrete);
LLVMValueRef cg_iface_type(LLVMValueRef iv, Type *it); /* dynamic GoType* (NULL if nil) */
LLVMValueRef cg_typeassert(Node *n, bool commaok, LLVMValueRef *ok_out);
LLVMValueRef cg_iface_call(Node *sel, LLVMValueRef *args, int n, Type *sig);
LLVMValueRef cg_iface_eq(LLVMValueRef x, Type *xt, LLVMValueRef y, Type *yt);
void cg_typeswitch(Node *n);
Vec cg_method_set(Type *t);   /* MethodEntry*: full method set of t, sorted by name */
typedef struct MethodEntry {
  const char *name;
  Method *m;
  Vec path;       /* embedded field indices to walk from the receiver */
  bool via_ptr_embed; /* (unused) */
  Type *iface;        /* promoted from an embedded interface field (the last of path) */
} MethodEntry;
LLVMValueRef cg_method_wrapper(Type *t, MethodEntry *me);

/* ---- defer.c ---- */
void cg_defer_prologue(void);
void cg_defer_stmt(Node *n);
LLVMValueRef cg_recover(void);

#endif
