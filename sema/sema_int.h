/* sema_int.h — sema's private interface between its files: scopes, the per-object declaration
 * info (SObj wraps every Object sema makes), the checker state, operands, and the helpers each
 * file exports to the others. Nothing here is visible outside sema/.
 *
 * Files: universe.c (predeclared objects), types.c (type construction, identity, printing,
 * sizes), lookup.c (fields, methods, method sets, interface satisfaction, assignability,
 * convertibility), const.c (exact constant arithmetic), decl.c (package scope, lazy
 * resolution, init order), prelude.c (embedded standard library), typexpr.c (type
 * expressions), expr.c (expressions), call.c (calls, builtins, conversions), stmt.c
 * (statements), exprstr.c (printing expressions as gc's messages do), dump.c (-d types, link
 * names). */
#ifndef GOSUB_SEMA_INT_H
#define GOSUB_SEMA_INT_H

#include "sema.h"

/* ---- scopes ---- */
typedef enum ScopeKind { SC_UNIVERSE, SC_PACKAGE, SC_FILE, SC_FUNC, SC_BLOCK } ScopeKind;
typedef struct Scope {
  struct Scope *parent;
  ScopeKind kind;
  Vec objs;               /* Object* declared here */
} Scope;

Scope *scope_new(Scope *parent, ScopeKind kind);
Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name);
void scope_insert(Scope *s, Object *o);

/* ---- objects: every Object made by sema is an SObj (cast with SX) ---- */
typedef enum ResState { RS_NONE, RS_BUSY, RS_DONE } ResState;
typedef struct Checker Checker;
typedef struct SObj {
  Object o;
  ResState state;        /* package-level lazy resolution */
  Node *spec;            /* N_VALUESPEC / N_TYPESPEC / N_FUNCDECL declaring it */
  int index;             /* position of the name in the spec */
  Scope *fscope;         /* file scope of the declaration (package level) */
  Checker *chk;          /* package the object belongs to */
  Vec deps;              /* package-level vars/funcs referenced by its initializer/body */
  int order;             /* declaration order among package-level objects */
  Checker *imported;     /* OBJ_PKG: the imported package */
  Node *importspec;      /* OBJ_PKG: for "imported and not used" */
  const char *import_why; /* OBJ_PKG of a package that could not be imported, in Go's library
                            source: why, the reason any use of it gives (decl.c) */
  bool initialized;      /* init order */
} SObj;
#define SX(o) ((SObj *)(o))
Object *obj_new(ObjKind kind, const char *name, Pos pos, Type *type);

/* ---- functions being checked ---- */
typedef struct FuncCtx {
  Node *decl;             /* N_FUNCDECL or N_FUNCLIT */
  Type *sig;
  struct FuncCtx *outer;
  Node *top;              /* enclosing top-level N_FUNCDECL (NULL for package-level funclits) */
  Vec labels;             /* label Objects of this function */
  Vec label_stmts;        /* N_LABELED for each label */
  Scope *scope;           /* the function's scope (parameters) */
} FuncCtx;

/* ---- per-package checker ---- */
struct Checker {
  const char *path;       /* import path: "main", "fmt", "unicode/utf8" */
  const char *name;       /* package name */
  Package *pkg;
  Scope *scope;           /* package scope */
  Vec objs;               /* package-level SObj* in declaration order */
  Vec methods;            /* N_FUNCDECL with receivers */
  Vec fscopes;            /* file scopes */
  bool is_prelude;
  signed char has_cfuncs; /* own package with functions in C: 1, none: -1, not known yet: 0 */
  FuncCtx *fn;            /* function whose body is being checked */
  SObj *cur;              /* package-level object whose initializer/body is checked */
  int nfunclit;           /* package-level func literal counter */
};
extern Checker *chk;      /* the checker currently running */
extern Scope *universe;

/* ---- operands (types2's operand modes) ---- */
typedef enum Mode {
  M_INVALID, M_NOVALUE, M_BUILTIN, M_TYPE, M_CONST, M_VAR, M_MAPINDEX, M_VALUE, M_NIL,
  M_COMMAOK
} Mode;
typedef struct Operand {
  Mode mode;
  Type *type;
  ConstVal *val;
  Node *expr;
  Builtin builtin;
} Operand;

/* ---- universe ---- */
extern Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
    *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32,
    *ty_float64, *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr, *ty_byte, *ty_rune,
    *ty_ubool, *ty_uint_, *ty_urune, *ty_ufloat, *ty_ustring, *ty_unil, *ty_error, *ty_any,
    *ty_empty_iface, *ty_ucomplex;
extern Object *obj_iota;
void universe_init(void);
Type *basic_type(TypeKind k);

/* ---- types ---- */
Type *type_new(TypeKind k);
Type *type_slice(Type *elem), *type_pointer(Type *elem), *type_array(Type *elem, int64_t n);
Type *type_map(Type *k, Type *v), *type_chan(Type *elem, ChanDir d);
Type *type_tuple(Vec *elems);
Type *type_results_tuple(Type *sig);
Type *type_func(Vec *params, Vec *results, bool variadic);
const char *tstr(Type *t);              /* as types2 prints it in messages */
bool type_is_interface(Type *t), type_is_basic(Type *t), type_is_boolean(Type *t),
    type_is_const_type(Type *t), type_is_named(Type *t), type_is_ordered(Type *t),
    type_is_complex(Type *t);
bool type_comparable(Type *t);
bool type_has_nil(Type *t);
Type *type_default(Type *t);            /* default type of an untyped type */
void type_register(Type *t);            /* remember for Package.types */
bool type_valid(Type *t);
void type_layout(Type *t);              /* compute size/align/offsets */

/* ---- lookup, method sets, assignability ---- */
typedef struct Selection {
  SelKind kind;
  Object *obj;            /* field (made on the fly), method func object */
  Type *type;             /* type of the field or method (without receiver) */
  Vec path;               /* embedded field indices (intptr_t) */
  int index;              /* field index / interface method index */
  bool indirect;          /* a pointer was dereferenced on the path */
  bool ptr_recv;          /* method with pointer receiver */
  Method *method;
} Selection;
typedef enum LookupResult { LK_NOTFOUND, LK_FOUND, LK_AMBIGUOUS } LookupResult;
LookupResult lookup_field_or_method(Type *T, bool addressable_ptr, const char *name,
                                    Selection *sel);
Method *iface_method(Type *iface, const char *name, int *index);
void named_methods_ready(Type *named);
bool implements(Type *V, Type *T, char **reason);
bool assignable(Operand *x, Type *T, char **reason);
bool convertible(Operand *x, Type *T);
Type *method_sig(Method *m);

/* ---- constants ---- */
ConstVal *cv_int(__int128 v);
ConstVal *cv_float(long double f);
ConstVal *cv_complex(long double re, long double im);
ConstVal *cv_bool(bool b);
ConstVal *cv_string(const char *s, size_t n);
ConstVal *cv_from_lit(Node *lit, Type **type, bool *overflow);
bool cv_representable(ConstVal *v, Type *t, ConstVal **out, int *why); /* why: 1 trunc 2 ovf */
ConstVal *cv_binary(Op op, ConstVal *a, ConstVal *b, bool intdiv, bool *err);
ConstVal *cv_unary(Op op, ConstVal *a, Type *t, bool *err);
ConstVal *cv_shift(Op op, ConstVal *a, uint64_t n, bool *err);
bool cv_compare(Op op, ConstVal *a, ConstVal *b);
ConstVal *cv_to_kind(ConstVal *v, CVKind k);  /* int->float etc. (widening) */
const char *cv_string_repr(ConstVal *v);     /* as types2 prints constant values */
bool cv_is_zero(ConstVal *v);
bool cv_to_int64(ConstVal *v, int64_t *out);
/* A set of constant values (with their types) for duplicate checks: constset_add returns the
 * node of an equal constant of identical type already in the set, or adds n and returns NULL. */
typedef struct ConstSet { void **buckets; size_t cap, len; } ConstSet;
Node *constset_add(ConstSet *set, ConstVal *v, Type *t, Node *n);

/* ---- declarations ---- */
void resolve_obj(Object *o);
void record_dep(Object *o);
bool sema_std_checking(void);        /* checking a package of Go's library source (decl.c) */
void sema_use_unavailable(Object *o, Pos pos); /* o is left out: an error that says why */
Checker *import_package(const char *path, Pos pos);
void sema_register(Checker *c);   /* a checked package, importable from now on */
/* export.c: would gc's export data of c hold its unexported name (an inline body uses it)? */
bool sema_export_knows(Checker *c, const char *name);
void collect_decls(Checker *c, Vec *files);
void check_package_bodies(Checker *c);
void init_order(Checker *c);

/* ---- type expressions ---- */
Type *type_expr(Node *e, Scope *s);
Type *type_expr_opt(Node *e, Scope *s, bool *was_type); /* NULL if e is not a type */
Type *func_sig(Node *ftype, Node *recv, Scope *s, Scope *declscope);
Type *recv_type(Node *recv, Scope *s);
void valid_type(Type *named);
void check_later_map_keys(void);
void sema_collect_types(Package *pkg);
const char *sema_funclit_name(Node *lit);

/* ---- expressions, calls, statements ---- */
void expr(Operand *x, Node *e, Scope *s);
void expr_or_type(Operand *x, Node *e, Scope *s);
void multi_expr(Operand *x, Node *e, Scope *s);  /* allows tuples */
void expr_hint(Operand *x, Node *e, Scope *s, Type *hint);
void use_exprs(Vec *v, Scope *s);
void assignment(Operand *x, Type *T, const char *context);
void convert_untyped(Operand *x, Type *target);
void set_final_type(Node *e, Type *t);
void default_operand(Operand *x);
Node *wrap_iface(Node *e, Type *T);
void wrap_into(Node **slot, Type *T);
void call_expr(Operand *x, Node *e, Scope *s);
void conversion(Operand *x, Type *T, Node *call);
void func_body(Node *decl, Node *ftype, Node *body, Type *sig, Scope *fs);
void stmt_list(Vec *stmts, Scope *s);
void declare_var(Scope *s, Object *o);
void check_unused(Scope *s);
void op_error(Operand *x, const char *fmt, ...);
const char *operand_string(Operand *x);
const char *expr_string(Node *e);
Pos spos(Node *n);  /* syntax.StartPos: where types2 reports errors about n */
Scope *func_scope_for(Scope *s);
bool is_blank(Node *id);
void const_decl(Node *spec, Scope *s, Vec *objs, int iota, Node *inherit_type, Vec *inherit_vals);
void var_decl_local(Node *spec, Scope *s);
void type_decl_local(Node *spec, Scope *s);
void record_use(Object *o);

/* ---- prelude ---- */
const char *prelude_source(const char *path, size_t *len, const char **filename);
bool std_package_exists(const char *path);

#endif
