/* report_int.h — report/'s private interface: the model (items grouped by function), the
 * executable's symbols, and the writers.
 *   model.c  the items, from the package, escape's -m text and codegen's placement
 *   sites.c  what each allocation site is and what gosub's code generation does with it
 *   exe.c    the linked executable's symbol table and sections (LLVM's object reader)
 *   text.c   the text report (frame boxes, heap objects), totals, entry points
 *   json.c   the JSON report (schema gosub-segments/1, docs/segments.schema.json) */
#ifndef GOSUB_REPORT_INT_H
#define GOSUB_REPORT_INT_H

#include "report.h"

typedef enum RepSeg { SEG_NONE, SEG_TEXT, SEG_RODATA, SEG_DATA, SEG_BSS, SEG_STACK, SEG_HEAP } RepSeg;
extern const char *const rep_seg_names[]; /* "-", "text", "rodata", "data", "bss", "stack", "heap" */

typedef enum RepKind {
  REP_GLOBAL, REP_CONST, REP_STRING, REP_PARAM, REP_RESULT, REP_VAR, REP_ALLOC,
  REP_FUNC, /* html only: a function's name, standing for its code */
} RepKind;

typedef struct RepFunc RepFunc;

typedef struct RepItem {
  RepKind kind;
  Pos pos;
  const char *name;      /* identifier, literal text, or gc's -m name of an allocation site */
  RepFunc *fn;           /* enclosing function (NULL: package level) */
  Object *obj;           /* variables */
  Type *type;
  int64_t size;          /* bytes (-1: unknown until run time) */
  RepSeg seg;
  const char *symbol;    /* package-level: its symbol in the executable */
  const char *section;   /* ...and that symbol's section */
  int64_t symsize;       /* ...and its size there */
  const char *decision;  /* escape's -m line for it */
  const char *reason;    /* heap: where the -m=2 flow ends, "{heap} ← f(x) (call parameter)" */
  Vec flow;              /* const char*: the -m=2 explanation lines */
  const char *note;      /* where gosub or Go differ, or why there is no storage */
  Pos site_pos;          /* sites: the expression's own position (the page highlights it) */
  int64_t run_count, run_bytes; /* GOSUBDEBUG=allocs counts merged in (-1: none) */
} RepItem;

struct RepFunc {
  Node *decl;            /* N_FUNCDECL or N_FUNCLIT */
  RepFunc *outer;        /* function literal: the enclosing function */
  const char *symbol;
  const char *section;
  int64_t text;          /* code bytes (-1: no symbol: inlined into its callers) */
  int64_t frame;         /* stack frame bytes LLVM laid out */
  Pos end;               /* closing brace */
  Vec items;             /* RepItem*: parameters, results, locals, strings, sites */
};

typedef struct RepSym {
  const char *name;
  const char *section;
  uint64_t addr, size;
  const uint8_t *bytes;  /* contents (NULL in .bss) */
} RepSym;

typedef struct RepExe {
  RepSym *syms;
  int nsyms;
  struct { const char *name; uint64_t size; } sections[64];
  int nsections;
} RepExe;

typedef struct RepNote { Pos pos; const char *msg; } RepNote;

struct Report {
  Vec notes;             /* RepNote*: escape's messages in order */
  CgPlacement placement;
  RepExe exe;
  Vec funcs;             /* RepFunc* in source order (literals after their function) */
  Vec pkg_items;         /* RepItem*: package variables, constants, initializer strings */
  const char *file;      /* the first source file, for the header */
  const char *allocs;    /* a GOSUBDEBUG=allocsfile= output to merge (NULL: none) */
};

/* model.c */
void rep_build(Report *r, Package *pkg);
RepFunc *rep_func_for(Report *r, Node *decl);
/* sites.c */
void rep_site_details(Report *r, RepItem *it);
const char *rep_func_name(RepFunc *fn);   /* "memoryDemo", "(*T).M", "main.func1" */
/* exe.c */
bool rep_exe_read(RepExe *exe, const char *path);
const RepSym *rep_exe_symbol(RepExe *exe, const char *name);
const RepSym *rep_exe_string(RepExe *exe, const char *bytes, size_t len); /* a go.string.N */
RepSeg rep_segment_of(const char *section);
/* text.c */
void rep_text(Report *r, FILE *out);
void rep_totals(Report *r, int64_t tot[7], int64_t sec[7]);
/* json.c */
void rep_json(Report *r, FILE *out);
void rep_jstr(FILE *out, const char *s);              /* a JSON string (or null) */
void rep_jitem(FILE *out, RepItem *it, const char *indent);
/* html.c */
void rep_html(Report *r, FILE *out);

#endif
