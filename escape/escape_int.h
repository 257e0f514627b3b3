/* escape_int.h — escape/'s private interface: locations, edges, holes, leak summaries and the
 * per-function state shared by the files of the pass. Nothing here is visible outside escape/.
 *
 * Files, split by concern like gc's cmd/compile/internal/escape:
 *   escape.c  entry point, call graph and batching over strongly connected components, finish
 *   graph.c   locations, holes and edges (building the graph)
 *   expr.c    expressions: the hole each sub-expression flows into
 *   stmt.c    statements and assignments
 *   call.c    calls, go/defer, closures, devirtualization, parameter summaries at calls
 *   stdlib.c  the standard library's parameter summaries (gc's own)
 *   solve.c   the walk from every root (min derefs), outlives, -m=2 explanations
 *   report.c  -m messages: gc's rendering of expressions and types
 *   bounds.c  the -m message of gc's walk: index bounds checks elided */
#ifndef GOSUB_ESCAPE_INT_H
#define GOSUB_ESCAPE_INT_H

#include "escape.h"

/* ---- leak summaries (gc's leaks.go) ----
 * v[0]: derefs+1 with which the parameter leaks to the heap (0 = does not);
 * v[1+i]: derefs+1 with which it leaks to result i. */
#define NUM_ESC_RESULTS 7
typedef struct Leaks {
  uint8_t v[1 + NUM_ESC_RESULTS];
} Leaks;
int leaks_heap(const Leaks *l);            /* -1: no leak */
int leaks_result(const Leaks *l, int i);
void leaks_add_heap(Leaks *l, int derefs);
void leaks_add_result(Leaks *l, int i, int derefs);
void leaks_optimize(Leaks *l);
bool leaks_empty(const Leaks *l);

typedef struct EscFn EscFn;
typedef struct Loc Loc;

/* A -m=2 explanation step: why a flow happened and where. */
typedef struct Note {
  struct Note *next;
  Node *where;
  Pos pos;
  const char *why;
  const char *what;   /* printed instead of where (e.g. a variable's name) */
} Note;

/* An edge src -> dst of the graph, stored on dst: dst = *^derefs src (derefs -1: dst = &src). */
typedef struct Edge {
  Loc *src;
  int derefs;
  Note *notes;
} Edge;

/* A hole: a place an expression's value flows into, with a deref count. */
typedef struct Hole {
  Loc *dst;
  int derefs;       /* >= -1 */
  Note *notes;
  bool addrtaken;   /* the hole takes the address of what flows in */
} Hole;

typedef enum LocKind {
  LK_TEMP,  /* compiler temporary: no node, no message */
  LK_VAR,   /* a variable, parameter or result */
  LK_EXPR,  /* an allocation site: Node n */
  LK_HEAP,  /* the heap */
  LK_BLANK, /* the discard location */
} LocKind;

struct Loc {
  LocKind kind;
  Node *n;            /* LK_EXPR: the allocation site */
  Object *var;        /* LK_VAR: the variable (NULL for an unnamed result/param) */
  const char *name;   /* LK_VAR: as -m prints it (~r0 for an unnamed result) */
  Pos pos;            /* where -m reports this location */
  EscFn *curfn;       /* enclosing function */
  Edge *edges;        /* incoming edges */
  int nedges, capedges;
  int loop_depth;     /* loop depth at declaration */
  int result_index;   /* 1+i if this is result i of curfn, else 0 */
  bool is_param;      /* a parameter (or receiver) of curfn */
  bool quiet;         /* never reported (go/defer wrapper closures) */
  bool ptrlit;        /* an elided &T{...} inside a composite literal (n is the T{...}) */
  const char *str;    /* if set, how -m names it (compiler temporaries: .autotmp_N) */
  Type *type;         /* LK_TEMP of a go/defer argument: its type (capture by value <= 128 B) */
  bool wraptemp;      /* a go/defer argument's temporary: "moved to heap" when it escapes */
  /* walk state (solve.c) */
  int derefs;         /* >= -1: min derefs from the current root */
  unsigned walkgen;
  Loc *dst;           /* next step towards the root (-m=2 explanations) */
  int dst_edge_idx;
  bool queued;
  bool escapes;       /* the address of this location reaches the heap */
  bool transient;     /* allocation whose address does not outlive the statement */
  Leaks param_esc;    /* is_param: where the parameter's value leaks */
  bool captured;      /* a closure captured this variable */
  bool reassigned;    /* assigned after its definition */
  bool addrtaken;     /* its address was taken */
  Node *defn_value;   /* LK_VAR: the value of its only definition (x := v), for static calls */
  bool assigned_again; /* LK_VAR: assigned somewhere besides that definition */
};

enum { FN_UNKNOWN, FN_PLANNED, FN_STARTED, FN_TAGGED };

/* A function being analysed (or analysed already): a declaration or a function literal. */
struct EscFn {
  Node *decl;          /* N_FUNCDECL or N_FUNCLIT */
  Object *obj;         /* N_FUNCDECL: its object; NULL for literals */
  EscFn *outer;        /* function literal: the enclosing function */
  const char *name;    /* gc's name: "f", "(*T).m", "f.func1" */
  Node *ftype;         /* N_FUNCTYPE */
  Node *body;          /* N_BLOCK */
  Vec params;          /* Loc*: receiver then parameters, one per declared name/field */
  Vec results;         /* Loc*: one per result */
  Leaks *tags;         /* after tagging: one per params entry */
  int state;
  bool closure_called; /* a literal called where it stands: func(){...}() */
  int visit_id;        /* Tarjan */
  int nclosures;       /* counter for funcN names */
  int ntemps;          /* .autotmp_N temporaries of gc's front end named so far */
  Vec late_temps;      /* char[24] name buffers of escape's own temporaries (go/defer
                          wrappers), filled when the walk is done (esc_name_late_temps) */
  bool noescape;       /* body-less function marked //go:noescape */
  bool dead;           /* literal in dead code: never analysed nor reported (gc's deadcode) */
  Vec labels;          /* names of looping labels (goto backwards) */
  Vec seen_labels;
};

/* The state of one batch (one strongly connected component). */
typedef struct Batch {
  Vec all_locs;        /* Loc* in creation order: messages are printed in this order */
  Vec closures;        /* ClosureRec* */
  Loc heap_loc, blank_loc;
  int mlevel;
  Package *pkg;
} Batch;

/* The walker's state within one function. */
typedef struct Esc {
  Batch *b;
  EscFn *curfn;
  int loop_depth;
  Node *stmt;          /* the statement being walked (innermost) */
} Esc;

typedef struct ClosureRec {
  Hole k;
  Node *lit;      /* N_FUNCLIT, or NULL for a go/defer wrapper */
  Vec vars;       /* Loc* of captured variables (wrappers: temporaries) */
  Vec var_objs;   /* Object* (NULL for wrapper temporaries) */
  Vec var_refs;   /* Node*: the first reference to each inside the literal (-m=2) */
} ClosureRec;

extern int esc_mlevel;        /* detail the analysis records: the user's -m level, or 2 with a sink */
/* An -m message of level 1 (-m) or 2 (-m=2 only): printed through diag_note when the user
 * asked for that level, and handed to the note sink if there is one. */
void esc_note(int level, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
extern Package *esc_pkg;

/* ---- graph.c ---- */
Loc *esc_new_loc(Esc *e, LocKind kind, Node *n, bool transient);
Loc *esc_var_loc(Esc *e, Object *o);         /* the variable's location (creating it) */
Loc *esc_old_loc(Object *o);                 /* NULL when the object has none */
Hole esc_hole(Loc *l);
Hole esc_heap_hole(Esc *e);
Hole esc_discard_hole(Esc *e);
Hole hole_note(Hole k, Node *where, const char *why);
Hole hole_note_pos(Hole k, Node *where, Pos pos, const char *why);
Hole hole_note_str(Hole k, const char *what, Pos pos, const char *why);
Hole hole_shift(Hole k, int delta);
Hole hole_deref(Hole k, Node *where, const char *why);
Hole hole_addr(Hole k, Node *where, const char *why);
Hole hole_dottype(Hole k, Type *t, Node *where, const char *why);
void esc_flow(Batch *b, Hole k, Loc *src);
Hole esc_tee(Esc *e, Hole *ks, int n);
Hole esc_later(Esc *e, Hole k);
Hole esc_spill(Esc *e, Hole k, Node *n);
Hole esc_spill_at(Esc *e, Hole k, Node *n, Pos pos);

/* ---- types (graph.c) ---- */
bool esc_has_pointers(Type *t);
bool esc_is_direct_iface(Type *t);
bool esc_is_interface(Type *t);
Type *esc_under(Type *t);

/* ---- expr.c ---- */
void esc_expr(Esc *e, Hole k, Node *n);
void esc_discard(Esc *e, Node *n);
Hole esc_addr(Esc *e, Node *n);
void esc_assign_heap(Esc *e, Node *src, const char *why, Node *where);
Node *esc_unparen(Node *n);
bool esc_is_name(Node *n);
Node *esc_strip_implicit(Node *n);   /* a variable name: no unique position in gc's IR */
void esc_expr_ctx(Esc *e, Hole k, Node *n, Pos ctx); /* implicit conversions use ctx */
void esc_expr_at(Esc *e, Hole k, Node *n, Pos pos);  /* implicit conversion reported at pos */
Pos esc_rightmost_pos(Node *n);
Pos esc_last_pos(Node *n);   /* where gc's base.Pos is after generating n (line 0: constant) */
void esc_map_key(Esc *e, Hole k, Node *key, Node *index);

/* ---- stmt.c ---- */
void esc_stmt(Esc *e, Node *n);
void esc_block(Esc *e, Node *blk);
void esc_walk_func(Batch *b, EscFn *fn);
void esc_name_late_temps(Batch *b, EscFn *fn); /* call.c: names of go/defer temporaries */
void esc_reassigned(Esc *e, Hole *ks, int n, Node *where);
bool esc_declared_by_stmt(Object *o, Node *stmt);

/* ---- call.c ---- */
void esc_call(Esc *e, Hole *ks, int nks, Node *call);
void esc_go_defer(Esc *e, Node *stmt);
void esc_closure_expr(Esc *e, Hole k, Node *lit);
EscFn *esc_fn_of_obj(Object *fn);
EscFn *esc_fn_of_lit(Node *lit);
bool esc_in_mutual_batch(EscFn *fn);
Leaks *esc_stdlib_tag(Object *fn, int param_index, Type *ptype);
const char *esc_temp_name(Node *n);  /* a callee gc evaluates into .autotmp_N first, or NULL */
/* a devirtualized call? the method, x.(T)'s T, the embedded fields it is promoted through */
bool esc_devirt_of(Node *call, Object **method, Type **concrete, Vec **path);

/* ---- escape.c ---- */
EscFn *esc_new_fn(Node *decl, EscFn *outer);

/* ---- solve.c ---- */
void esc_walk_all(Batch *b);
bool esc_outlives(Batch *b, Loc *l, Loc *other);
const char *esc_explain_loc(Batch *b, Loc *l);
void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes);

/* ---- bounds.c ---- */
void esc_bounds_notes(Package *pkg);    /* "index bounds check elided" (gc's walk) */

/* ---- report.c ---- */
const char *esc_node_string(Node *n);   /* gc's %v of a node in -m messages */
const char *esc_type_string(Type *t);   /* gc's %v of a type */
const char *esc_fn_name(EscFn *fn);
const char *esc_loc_string(Loc *l);     /* the subject of a location's -m message */

#endif
