/* sema.h — the type checker's interface: types, objects (what identifiers denote), constant
 * values, and the entry point. Everything here is read by escape/ and codegen/ after sema.
 *
 * Types: a named type is a TY_NAMED Type whose ->underlying is resolved lazily (recursive types
 * work); every other kind is a type literal. Use type_under(t) before switching on the kind.
 * Identity: type_identical(a, b) (named types are identical only to themselves).
 * Sizes and alignments follow Go's gc on 64-bit targets (int = 8 bytes, string = 16,
 * slice = 24, interface = 16, map/chan/func/pointer = 8).
 *
 * Standard packages (fmt, strings, ...) are known to sema as Objects of kind OBJ_FUNC/OBJ_VAR/
 * OBJ_TYPE/OBJ_CONST with ->pkg set to the import path; a function without a body is external:
 * codegen calls the runtime symbol sema_link_name(obj) gives. */
#ifndef GOSUB_SEMA_H
#define GOSUB_SEMA_H

#include "../parser/ast.h"

typedef enum TypeKind {
  TY_INVALID,
  /* basic (predeclared) types; the order is used for range checks below */
  TY_BOOL,
  TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
  TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
  TY_FLOAT32, TY_FLOAT64,
  TY_COMPLEX64, TY_COMPLEX128,
  TY_STRING,
  TY_UNSAFEPTR,
  /* untyped constant kinds */
  TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT, TY_UNTYPED_STRING,
  TY_UNTYPED_NIL,
  /* composite */
  TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE, TY_MAP, TY_CHAN,
  TY_NAMED,   /* defined type: ->obj is its type name, ->underlying its underlying type */
  TY_TUPLE,   /* results of a multi-value call: ->elems */
  TY_UNTYPED_COMPLEX, /* untyped complex constants (1i); never left on a node after sema */
} TypeKind;

typedef struct Field {
  const char *name;   /* interned; for an embedded field, the type's name */
  Type *type;
  bool embedded;
  bool exported;
  const char *pkg;    /* import path of the package declaring the struct (an unexported
                         field name is distinct from the same name of another package) */
  const char *tag;
  int64_t offset;     /* byte offset in the struct */
  Pos pos;
} Field;

typedef struct Method {
  const char *name;   /* interned */
  Type *type;         /* TY_FUNC without the receiver */
  Object *func;       /* the method's function object (NULL for interface methods) */
  bool ptr_recv;      /* declared with a pointer receiver */
  const char *pkg;    /* interface methods: import path of the declaring package */
} Method;

struct Type {
  TypeKind kind;
  Type *underlying;   /* TY_NAMED: the underlying type (never TY_NAMED); others: NULL */
  Object *obj;        /* TY_NAMED and predeclared basic types: the type name */
  Type *elem;         /* ARRAY SLICE POINTER CHAN: element; MAP: value */
  Type *key;          /* MAP: key */
  int64_t len;        /* ARRAY: length */
  ChanDir dir;        /* CHAN */
  Vec fields;         /* STRUCT: Field* in order */
  Vec params;         /* FUNC: Type* of parameters (the last is a slice when variadic) */
  Vec results;        /* FUNC: Type* of results; TUPLE: Type* elements */
  bool variadic;      /* FUNC */
  Vec methods;        /* NAMED: Method* declared on it, in declaration order;
                         INTERFACE: full method set (embedded ones included), sorted by name */
  Vec embeddeds;      /* INTERFACE: embedded interface types */
  int64_t size, align;/* computed once the type is complete; -1 while unknown */
  void *cg;           /* codegen private: LLVM type / type descriptor cache */
  int id;             /* unique number, for maps keyed by type */
  Vec pnames;         /* FUNC: parameter then result names (const char *, NULL if unnamed);
                         for messages only, identity ignores them */
};

typedef enum ObjKind {
  OBJ_BAD,
  OBJ_VAR,       /* variable, parameter, result, struct field (as selector result) */
  OBJ_CONST,
  OBJ_TYPE,
  OBJ_FUNC,      /* function or method */
  OBJ_PKG,       /* imported package name */
  OBJ_BUILTIN,   /* len, cap, ...: ->builtin */
  OBJ_NIL,
  OBJ_LABEL,
} ObjKind;

typedef enum Builtin {
  BI_NONE, BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
  BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
  BI_SIZEOF, BI_ALIGNOF, BI_OFFSETOF,   /* package unsafe: constants of type uintptr */
} Builtin;

/* Selector kinds (Node.selector.kind). */
typedef enum SelKind {
  SEL_NONE,
  SEL_FIELD,        /* x.f (through selector.path of embedded fields first) */
  SEL_METHOD,       /* x.m(...) or method value x.m: concrete method */
  SEL_IFACEMETHOD,  /* x.m where x is an interface */
  SEL_METHODEXPR,   /* T.m / (*T).m */
  SEL_PKG,          /* pkg.Name: ->sel is the package member */
} SelKind;

struct Object {
  ObjKind kind;
  const char *name;   /* interned */
  Pos pos;            /* declaration position */
  Type *type;
  Node *decl;         /* declaring node: N_IDENT of the name, N_FUNCDECL, N_TYPESPEC ... */
  ConstVal *val;      /* OBJ_CONST */
  Builtin builtin;    /* OBJ_BUILTIN */
  const char *pkg;    /* import path of the package declaring it ("main", "fmt", ...) */
  Type *recv;         /* OBJ_FUNC methods: receiver type (T or *T) */
  Node *func;         /* OBJ_VAR and OBJ_TYPE: the N_FUNCDECL or N_FUNCLIT declaring it
                         (NULL: package level) */
  bool is_global, is_param, is_result, used, addrtaken, captured;
  /* escape/: decisions for variables */
  bool heap;          /* moved to heap: allocate at declaration with the runtime */
  void *esc;          /* escape-private location */
  void *cg;           /* codegen-private (LLVM value) */
  const char *unavail; /* a declaration of Go's library source gosub cannot compile: why ("it
                         needs reflect"); it is left out (decl.c), and a program using it gets
                         "X is not supported by gosub: why" */
  bool byval;         /* escape/: a captured variable the closures capture by value (a copy in
                         the closure record; gc: never reassigned, address not taken, <= 128
                         bytes); otherwise captured by reference (and heap if they escape) */
};

typedef enum CVKind { CV_BOOL, CV_STRING, CV_INT, CV_FLOAT, CV_COMPLEX } CVKind;

/* A constant value. Integers are exact in 128 bits (sema reports overflow when a value needs
 * more, like gc's "constant overflow"); floats are long double. */
struct ConstVal {
  CVKind kind;
  bool b;
  const char *s; size_t slen;   /* CV_STRING */
  __int128 i;                   /* CV_INT */
  long double f, im;            /* CV_FLOAT, CV_COMPLEX (f = real part) */
};

/* Where a package's files come from (set by the loader, load/). */
typedef enum PkgOrigin {
  PKG_FILES,   /* .go files named on the command line (go's command-line-arguments) */
  PKG_LOCAL,   /* a directory of the main module */
  PKG_OWN,     /* gosub's own package: embedded declarations (sema/prelude/), C bodies in
                  the runtime for the functions declared without a body */
  PKG_STD,     /* Go's standard library, compiled from its source (load/buildtags.c) */
} PkgOrigin;

/* The package being compiled. */
typedef struct Package {
  const char *name;    /* "main" */
  const char *path;    /* import path used in symbol names and %T ("main") */
  Vec files;           /* N_FILE */
  Vec funcs;           /* N_FUNCDECL with bodies, in source order (methods included) */
  Vec globals;         /* Object* package variables, in initialisation order */
  Vec init_order;      /* Node*: N_VALUESPEC or N_ASSIGN-like initialisers in order */
  Vec inits;           /* N_FUNCDECL of init() functions, in order */
  Vec types;           /* every Type* created that codegen may need a descriptor for */
  Object *main;        /* func main, if any */
  /* set by the loader (load/load.h) before sema */
  const char *import_path; /* as go build names it in `# path` headers ("ex.com/m"); path is
                              "main" for every main package, as gc's symbols are */
  const char *dir;     /* absolute directory of its files (NULL: embedded declarations) */
  PkgOrigin origin;
  bool cmdline;        /* named on the command line: -m reports it */
  Vec imports;         /* Package* it imports, in order of first import */
  Vec parse_errors;    /* the parser's errors that are not syntax errors (bad literals ...):
                          gc reports them with the type checker's (diag_put_errors) */
  bool has_object;     /* codegen: compiled to an object with an initializer (path.init);
                          false for gosub's own packages whose bodies are all C */
  uint8_t srchash[32]; /* loader: SHA-256 of its files' names and contents */
  uint8_t key[32];     /* build cache key (driver/cache.c): sources, imports' keys, gosub */
  bool decls_only;     /* its object and escape summaries come from the build cache: sema
                          checks its declarations only (importers need nothing more) */
  void *sema;          /* sema's checker of this package, for its importers */
} Package;

/* Entry point: type-check the files of one package. Returns false if errors were reported
 * (diag_error); the AST is then not to be used by later passes. */
bool sema_check(Package *pkg);

Type *type_under(Type *t);             /* underlying type (t itself for non-named) */
bool type_identical(Type *a, Type *b);
const char *type_string(Type *t);      /* as gc prints it in messages and %T: "[]int", "main.T" */
bool type_is_integer(Type *t), type_is_unsigned(Type *t), type_is_float(Type *t),
    type_is_string(Type *t), type_is_numeric(Type *t), type_is_untyped(Type *t);
bool type_has_pointers(Type *t);
int64_t type_size(Type *t), type_align(Type *t);
const char *sema_link_name(Object *fn);    /* symbol name for a function/method/global */
/* declared by an embedded prelude package: a body in C with gort.h's C naming and scalar
 * convention, not a Go function of a compiled package */
bool sema_is_prelude_obj(Object *o);
/* gosub's own package of that import path: its embedded source and the name its file is
 * shown with ($GOROOT/src/fmt/fmt.go), or NULL */
const char *sema_prelude_source(const char *path, size_t *len, const char **filename);
/* A further file of one of gosub's own packages, named in its first file by a line
 * `//gosub:file NAME.go` (load/ reads them): its embedded source, or NULL */
const char *sema_prelude_file(const char *name, size_t *len);
/* The loader found that standard package `path` cannot be built by gosub, and why (e.g.
 * "it needs reflect"): an import of it is reported with that reason. */
void sema_unsupported(const char *path, const char *why);
/* The declarations of a package from Go's source that gosub left out (Object.unavail), as
 * text for the build cache ("Name why" / "Recv.Name why" lines), and given back to a package
 * taken from the cache (its bodies are not checked again). */
const char *sema_export_unavailable(Package *pkg);
void sema_import_unavailable(Package *pkg, const char *text);
void sema_dump(Package *pkg);              /* -d types */
/* gc's symbol name of a func literal: main.f.func1, main.f.func1.1, main.glob..func1 */
const char *sema_funclit_name(Node *funclit);

#endif
