/* ast.h — the abstract syntax tree: the parser's output and the interface between parser/,
 * sema/, escape/ and codegen/.
 *
 * Every node has a common header (kind, position, type after sema, escape decision) and a union
 * with one member per group of kinds; the X-macro list below says which member is valid for
 * each kind. Node kinds, their printed names (for `-d ast`) and nothing else come from that one
 * list. Nodes live in the arena.
 *
 * Lists are Vec of Node*. Optional children are NULL. Names are interned (compare with ==).
 *
 * After sema:
 *   - every expression node has ->type (a Type*, see sema/sema.h); untyped constants get their
 *     default or context type; ->val is non-NULL for constant expressions (folded value);
 *   - every N_IDENT has ->ident.obj (the Object it denotes; NULL only for `_` and for the
 *     selector name in N_SELECTOR, whose resolution is in ->sel);
 *   - N_CALL has ->call.how saying whether it is a call, conversion or builtin.
 *   - implicit conversions to interface types are explicit: wherever a non-interface value is
 *     assigned, passed, returned, stored (composite literal element/key, map index key), sent,
 *     compared with an interface (==, switch case) or given to panic, sema wraps it in an N_CALL
 *     with how = CALL_CONVERSION, implicit = 1, call.fun = NULL, args[0] = the value,
 *     type = the interface type, pos = the value's pos. (Not done for the elements of a
 *     multi-value call f(g()) / return g(): there codegen converts per element.)
 *   - comma-ok forms: an N_ASSIGN / N_VALUESPEC with 2 lhs and 1 rhs whose rhs is a map index,
 *     type assertion or receive; the rhs keeps its single-value type, the second lhs is bool.
 *   - N_COMPOSITE whose ->type is a pointer type is an elided &T{...} (e.g. []*T{{1, 2}}).
 *   - N_TYPESWITCH clause case expressions have ->type = the case type (untyped nil for nil).
 *   - a builtin called with one multi-value argument (print(f()), append(f()), copy(f()),
 *     delete(f()), complex(f())) keeps that single N_CALL argument, whose ->type is the tuple.
 *   - Package.init_order holds synthesized N_ASSIGN nodes (implicit = 1, op OP_ASSIGN) whose
 *     lhs are the N_IDENT names of the spec (ident.obj = the global) and rhs the initializer.
 * Escape analysis sets ->esc on allocation sites (see EscState) and Object fields for
 * variables; codegen reads both.
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include "../common/common.h"

typedef struct Node Node;
typedef struct Type Type;       /* sema/sema.h */
typedef struct Object Object;   /* sema/sema.h */
typedef struct ConstVal ConstVal; /* sema/sema.h */

/* X(kind, union member) */
#define NODE_KINDS(X)                                                                          \
  /* ---- expressions ---- */                                                                  \
  X(N_BAD, none)           /* placeholder after a syntax error */                              \
  X(N_IDENT, ident)        /* name; obj after sema */                                          \
  X(N_BASICLIT, lit)       /* INT FLOAT IMAG CHAR STRING literal; text is the source spelling */ \
  X(N_COMPOSITE, composite) /* T{elts}; type NULL when elided inside another literal */         \
  X(N_FUNCLIT, funclit)    /* func(params) results { body } */                                 \
  X(N_PAREN, unary)        /* (x): unary.x */                                                  \
  X(N_SELECTOR, selector)  /* x.name */                                                        \
  X(N_INDEX, index)        /* x[index] (also map index) */                                     \
  X(N_SLICE, slice)        /* x[lo:hi] / x[lo:hi:max] */                                       \
  X(N_TYPEASSERT, typeassert) /* x.(T); type NULL for x.(type) in a type switch */            \
  X(N_CALL, call)          /* fun(args) / fun(args...) */                                      \
  X(N_STAR, unary)         /* *x: dereference or pointer type */                               \
  X(N_UNARY, unary)        /* op x, op in + - ! ^ & <- */                                      \
  X(N_BINARY, binary)      /* x op y */                                                        \
  X(N_KEYVALUE, binary)    /* key: value inside a composite literal (binary.x, binary.y) */   \
  /* ---- type expressions ---- */                                                             \
  X(N_ARRAYTYPE, arraytype) /* [len]elem; len NULL for a slice, N_ELLIPSIS for [...]T */      \
  X(N_STRUCTTYPE, fields)  /* struct { fields } : list of N_FIELD */                           \
  X(N_FUNCTYPE, functype)  /* func(params) (results) */                                        \
  X(N_INTERFACETYPE, fields) /* interface { methods }: N_FIELD with one name + N_FUNCTYPE, or \
                                no name + embedded type */                                     \
  X(N_MAPTYPE, maptype)    /* map[key]value */                                                 \
  X(N_CHANTYPE, chantype)  /* chan T, chan<- T, <-chan T */                                    \
  X(N_ELLIPSIS, unary)     /* ...T in a parameter list (unary.x = T), or [...] (x NULL) */     \
  X(N_FIELD, field)        /* names type `tag`: struct field, parameter, result, method */    \
  /* ---- statements ---- */                                                                   \
  X(N_DECLSTMT, unary)     /* a var/const/type declaration inside a function: unary.x=N_GENDECL */ \
  X(N_EMPTYSTMT, none)                                                                         \
  X(N_LABELED, labeled)    /* label: stmt */                                                   \
  X(N_EXPRSTMT, unary)     /* x */                                                             \
  X(N_SEND, binary)        /* x <- y */                                                        \
  X(N_INCDEC, incdec)      /* x++ / x-- */                                                     \
  X(N_ASSIGN, assign)      /* lhs op rhs; op is T_ASSIGN, T_DEFINE or T_ADD_ASSIGN... */       \
  X(N_GO, unary)           /* go call: unary.x is the N_CALL */                                \
  X(N_DEFER, unary)        /* defer call */                                                    \
  X(N_RETURN, list)        /* return results */                                                \
  X(N_BRANCH, branch)      /* break / continue / goto / fallthrough [label] */                 \
  X(N_BLOCK, block)        /* { stmts } */                                                     \
  X(N_IF, ifstmt)          /* if init; cond { then } else els */                               \
  X(N_CASECLAUSE, caseclause) /* case exprs: body / default: body (exprs empty, is_default) */ \
  X(N_SWITCH, switchstmt)  /* switch init; tag { clauses } (tag may be NULL) */               \
  X(N_TYPESWITCH, switchstmt) /* switch init; [v :=] x.(type) { clauses }: tag is the N_ASSIGN \
                                 (op T_DEFINE, rhs[0] N_TYPEASSERT) or the N_EXPRSTMT */        \
  X(N_COMMCLAUSE, commclause) /* case send/recv: body / default: body (comm NULL) */         \
  X(N_SELECT, switchstmt)  /* select { clauses }: init and tag NULL */                         \
  X(N_FOR, forstmt)        /* for init; cond; post { body } (all optional) */                 \
  X(N_RANGE, rangestmt)    /* for key, value := range x { body } */                            \
  /* ---- declarations ---- */                                                                 \
  X(N_GENDECL, gendecl)    /* import/const/var/type ( specs ) */                               \
  X(N_IMPORTSPEC, importspec) /* [name] "path" */                                              \
  X(N_VALUESPEC, valuespec) /* names [type] [= values] (const and var) */                     \
  X(N_TYPESPEC, typespec)  /* name [=] type */                                                 \
  X(N_FUNCDECL, funcdecl)  /* func (recv) name(params) results { body } */                     \
  X(N_FILE, file)          /* package name; decls */

typedef enum NodeKind {
#define X(k, m) k,
  NODE_KINDS(X)
#undef X
      N__COUNT
} NodeKind;

extern const char *const ast_kind_names[N__COUNT];

/* Operator and literal token codes used inside nodes. They are the lexer's token codes
 * (parser/tokens.h is generated by bison); we repeat the ones the AST stores as a plain enum so
 * that later passes do not depend on bison's numbering. */
typedef enum Op {
  OP_NONE,
  /* binary */
  OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM,
  OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_ANDNOT,
  OP_LAND, OP_LOR,
  OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ,
  /* unary only */
  OP_NOT, OP_ADDR, OP_ARROW, /* ! & <- ; unary + - ^ use OP_ADD OP_SUB OP_XOR */
  /* assignment statements */
  OP_ASSIGN, OP_DEFINE,      /* = := ; op= uses the binary op in assign.op with assign.is_op */
  /* inc/dec */
  OP_INC, OP_DEC,
  OP__COUNT
} Op;
extern const char *const ast_op_names[OP__COUNT]; /* "+", "-", ..., "&^", "&&", "<-", "=", ":=" */

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;
typedef enum BranchKind { BR_BREAK, BR_CONTINUE, BR_GOTO, BR_FALLTHROUGH } BranchKind;
typedef enum DeclKind { DECL_IMPORT, DECL_CONST, DECL_VAR, DECL_TYPE } DeclKind;
typedef enum ChanDir { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

/* How sema classified a call expression. */
typedef enum CallHow {
  CALL_UNRESOLVED,   /* before sema */
  CALL_FUNC,         /* ordinary call (function, func value, method, interface method) */
  CALL_CONVERSION,   /* T(x) */
  CALL_BUILTIN,      /* len cap append make new delete copy panic recover print println close
                        complex real imag min max clear: the builtin id is in the Object */
} CallHow;

/* Escape decision on an allocation site (new, &T{}, make, slice/map literals, func literals,
 * method values, interface conversions, ... argument slices, string conversions). */
typedef enum EscState {
  ESC_UNKNOWN = 0,  /* not analysed: codegen must treat as heap (safe) */
  ESC_HEAP,         /* escapes: allocate with the runtime */
  ESC_NONE,         /* does not escape: allocate in the frame */
} EscState;

struct Node {
  NodeKind kind;
  Pos pos;          /* gc's position for this node (see below) */
  Type *type;       /* sema: type of an expression / type expression */
  ConstVal *val;    /* sema: constant value of a constant expression, else NULL */
  uint8_t esc;      /* EscState for allocation sites */
  uint8_t implicit; /* node was made by sema (e.g. implicit conversion), not the parser */
  union {
    struct { int unused; } none;
    struct { const char *name; Object *obj; } ident;
    struct { LitKind kind; const char *text; /* source text, e.g. "0x1F", "\"a\\n\"" */
             const char *str; size_t len;   /* STRING/CHAR: decoded bytes (CHAR: utf-8) */ } lit;
    struct { Node *type; Vec elts; /* exprs or N_KEYVALUE */ Pos rbrace; } composite;
    struct { Node *type; /* N_FUNCTYPE */ Node *body; /* N_BLOCK */
             Vec closure_vars; /* sema: Object* captured from enclosing functions */
             int id; /* sema: func literal number within its enclosing top-level func */ } funclit;
    struct { Node *x; Op op; } unary;    /* N_PAREN N_STAR N_UNARY N_ELLIPSIS N_EXPRSTMT N_GO
                                            N_DEFER N_DECLSTMT */
    struct { Node *x; const char *name; Pos namepos;
             Object *sel;   /* sema: field / method / package member / interface method */
             int kind;      /* sema: SelKind (sema.h) */
             Vec path;      /* sema: embedded-field indices (int cast to void*) walked first */
             int index;     /* sema: field index or method index */ } selector;
    struct { Node *x, *index; } index;
    struct { Node *x, *lo, *hi, *max; bool slice3; } slice;
    struct { Node *x, *type; } typeassert;
    struct { Node *fun; Vec args; bool ellipsis; Pos rparen;
             CallHow how; int builtin; /* sema */ } call;
    struct { Node *x, *y; Op op; Pos oppos; } binary; /* N_BINARY N_KEYVALUE N_SEND */
    struct { Node *len, *elem; } arraytype;
    struct { Vec list; /* N_FIELD */ Pos lbrace, rbrace; } fields;
    struct { Vec params, results; /* N_FIELD */ } functype;
    struct { Node *key, *value; } maptype;
    struct { ChanDir dir; Node *elem; } chantype;
    struct { Vec names; /* N_IDENT, empty for anonymous/embedded */ Node *type;
             const char *tag; bool embedded; } field;
    struct { Node *label; /* N_IDENT */ Node *stmt; } labeled;
    struct { Node *x; Op op; /* OP_INC / OP_DEC */ } incdec;
    struct { Vec lhs, rhs; Op op; /* OP_ASSIGN, OP_DEFINE or a binary op for x op= y */
             Pos oppos; } assign;
    struct { Vec list; } list;
    struct { BranchKind kind; Node *label; /* N_IDENT or NULL */
             Node *target; /* sema: the statement jumped to / broken out of */ } branch;
    struct { Vec stmts; Pos rbrace; } block;
    struct { Node *init, *cond, *then, *els; } ifstmt;
    struct { Vec exprs; bool is_default; Vec body; Pos colon;
             Object *tsvar; /* sema: the clause's variable in a type switch */ } caseclause;
    struct { Node *init, *tag; Vec clauses; Node *label; Pos lbrace, rbrace; } switchstmt;
    struct { Node *comm; /* N_SEND, N_EXPRSTMT(<-c), N_ASSIGN(v[,ok] = / := <-c) or NULL */
             Vec body; Pos colon; } commclause;
    struct { Node *init, *cond, *post, *body; Node *label; } forstmt;
    struct { Node *key, *value; /* may be NULL */ bool define; Node *x; Node *body;
             Node *label; Pos rangepos; } rangestmt;
    struct { DeclKind kind; Vec specs; bool grouped; } gendecl;
    struct { Node *name; /* N_IDENT or NULL, "." or "_" allowed */ Node *path; /* N_BASICLIT */
             Object *obj; } importspec;
    struct { Vec names; /* N_IDENT */ Node *type; Vec values; int iota;
             bool is_const; bool implicit; /* const spec repeating the previous values */ } valuespec;
    struct { Node *name; bool alias; Node *type; } typespec;
    struct { Node *recv; /* N_FIELD or NULL */ Node *name; Node *type; /* N_FUNCTYPE */
             Node *body; /* N_BLOCK or NULL (external) */ Object *obj; /* sema */
             Vec funclits; /* sema: all N_FUNCLIT nested in this function, in source order */
           } funcdecl;
    struct { Node *pkgname; Vec imports; /* N_GENDECL of kind import */ Vec decls;
             const char *filename; } file;
  };
};

/* Positions: Node.pos is exactly the position gc's own parser gives the node
 * (cmd/compile/internal/syntax/parser.go in Go 1.19), because diagnostics and -m print it:
 * a binary expression is at its operator, a call at its '(', a selector at its '.', an index or
 * slice at its '[', a composite literal at its '{' (also with a type: gc's -m prints
 * `./x.go:12:12: []int{...} does not escape` at the '{'), a unary expression at its operator,
 * an identifier or literal at its first byte, a statement at its first token, an assignment
 * (also x++ and x op= y) at its operator. ast_start_pos() gives the leftmost position of an
 * expression (types2 reports some errors there). Checked against the syntax package on Go's
 * test suite; the less obvious ones: an expression statement is at its expression's position
 * (a call statement at the '('), a labeled statement at its ':', a send at its '<-', a
 * key: value at its ':', a function type at the '(' of its parameters (a func literal at
 * `func`, a func declaration at the token after `func`: receiver '(' or name), a type
 * assertion at its '.', <-chan T written as an expression at `chan` (as a type at `<-`),
 * [...] in [...]T (N_ELLIPSIS) at the '['. */
Pos ast_start_pos(Node *n);

Node *ast_new(NodeKind kind, Pos pos);
void ast_dump(Node *n, int indent);   /* -d ast: an indented tree on stdout */

/* An expression in Go syntax, as gc's messages print it (syntax.String): composite literal
 * and function bodies abbreviated to {…}. Arena string. */
const char *ast_expr_string(Node *n);

#endif
