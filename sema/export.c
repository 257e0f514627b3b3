/* export.c — which unexported names of an imported package gc would know. gc type-checks an
 * importer against the imported package's export data, which holds its exported
 * declarations plus the unexported objects the inline bodies of its inlinable functions
 * refer to. So `strings.explode` (used only by the big genSplit) is "undefined:
 * strings.explode", while `util.helper` in `func Exported(n int) int { return helper(n) * 2 }`
 * is known: "helper not exported by package util". gosub has the whole source, so it
 * approximates gc's choice:
 *   - a function is inlinable when its body costs at most 80 (gc's budget): one per AST
 *     node, plus 57 per call of a function that is not itself inlinable (gc's call cost),
 *     and it has no defer, recover, go or select (which gc never inlines);
 *   - the names known are those referred to by the bodies of the package's inlinable
 *     exported functions and methods, and, transitively, by the inlinable unexported
 *     functions those call.
 * Names are matched by spelling against the package scope (bodies of packages taken from
 * the build cache are not resolved), which is enough for a message. */
#include <string.h>

#include "sema_int.h"

static void children(Node *n, void (*fn)(Node *, void *), void *arg) {
  if (!n) return;
#define V(x) do { if (x) fn((x), arg); } while (0)
#define VV(v) do { for (int i_ = 0; i_ < (v).len; i_++) fn((v).data[i_], arg); } while (0)
  switch (n->kind) {
  case N_COMPOSITE: VV(n->composite.elts); break;
  case N_FUNCLIT: V(n->funclit.body); break;
  case N_PAREN: case N_STAR: case N_UNARY: case N_EXPRSTMT: case N_GO: case N_DEFER:
  case N_DECLSTMT: V(n->unary.x); break;
  case N_SELECTOR: V(n->selector.x); break;
  case N_INDEX: V(n->index.x); V(n->index.index); break;
  case N_SLICE: V(n->slice.x); V(n->slice.lo); V(n->slice.hi); V(n->slice.max); break;
  case N_TYPEASSERT: V(n->typeassert.x); break;
  case N_CALL: V(n->call.fun); VV(n->call.args); break;
  case N_BINARY: case N_KEYVALUE: case N_SEND: V(n->binary.x); V(n->binary.y); break;
  case N_LABELED: V(n->labeled.stmt); break;
  case N_INCDEC: V(n->incdec.x); break;
  case N_ASSIGN: VV(n->assign.lhs); VV(n->assign.rhs); break;
  case N_RETURN: VV(n->list.list); break;
  case N_BLOCK: VV(n->block.stmts); break;
  case N_IF: V(n->ifstmt.init); V(n->ifstmt.cond); V(n->ifstmt.then); V(n->ifstmt.els); break;
  case N_CASECLAUSE: VV(n->caseclause.exprs); VV(n->caseclause.body); break;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    V(n->switchstmt.init); V(n->switchstmt.tag); VV(n->switchstmt.clauses); break;
  case N_COMMCLAUSE: V(n->commclause.comm); VV(n->commclause.body); break;
  case N_FOR: V(n->forstmt.init); V(n->forstmt.cond); V(n->forstmt.post); V(n->forstmt.body); break;
  case N_RANGE: V(n->rangestmt.key); V(n->rangestmt.value); V(n->rangestmt.x); V(n->rangestmt.body); break;
  case N_GENDECL: VV(n->gendecl.specs); break;
  case N_VALUESPEC: VV(n->valuespec.values); break;
  default: break;
  }
#undef V
#undef VV
}

typedef struct Inl {
  Checker *c;
  Vec funcs, costs;   /* N_FUNCDECL → cost (intptr_t; -1 busy; > 80 not inlinable) */
  int cost;
  bool banned;
} Inl;

static Node *func_named(Checker *c, const char *name) {
  Object *o = scope_lookup_local(c->scope, name);
  if (!o || o->kind != OBJ_FUNC || !SX(o)->spec || SX(o)->spec->kind != N_FUNCDECL) return NULL;
  return SX(o)->spec;
}

static int cost_of(Inl *in, Node *fd);

static void count(Node *n, void *arg) {
  Inl *in = arg;
  in->cost++;
  if (n->kind == N_DEFER || n->kind == N_GO || n->kind == N_SELECT) in->banned = true;
  if (n->kind == N_CALL) {
    Node *f = n->call.fun;
    while (f && f->kind == N_PAREN) f = f->unary.x;
    if (f && f->kind == N_IDENT && f->ident.name == intern("recover")) in->banned = true;
    Node *callee = f && f->kind == N_IDENT ? func_named(in->c, f->ident.name) : NULL;
    bool builtin_or_conv = f && f->kind == N_IDENT && !callee;
    if (!builtin_or_conv) {
      int c = callee ? cost_of(in, callee) : 81;
      in->cost += c <= 80 ? c : 57;
    }
  }
  children(n, count, arg);
}

static int cost_of(Inl *in, Node *fd) {
  for (int i = 0; i < in->funcs.len; i++)
    if (in->funcs.data[i] == fd) {
      intptr_t c = (intptr_t)in->costs.data[i];
      return c < 0 ? 81 : (int)c; /* recursion: not inlinable */
    }
  int slot = in->funcs.len;
  vec_push(&in->funcs, fd);
  vec_push(&in->costs, (void *)(intptr_t)-1);
  int saved = in->cost;
  bool saved_ban = in->banned;
  in->cost = 0;
  in->banned = false;
  if (fd->funcdecl.body) children(fd->funcdecl.body, count, in);
  int c = !fd->funcdecl.body || in->banned ? 81 : in->cost;
  in->costs.data[slot] = (void *)(intptr_t)c;
  in->cost = saved;
  in->banned = saved_ban;
  return c;
}

typedef struct Refs {
  Inl *in;
  Vec names;      /* names referred to (interned) */
  Vec visited;    /* N_FUNCDECL whose bodies were walked */
} Refs;

static void walk_body(Refs *r, Node *fd);

static void refs(Node *n, void *arg) {
  Refs *r = arg;
  if (n->kind == N_IDENT) {
    vec_push(&r->names, (void *)n->ident.name);
    Node *fd = func_named(r->in->c, n->ident.name);
    if (fd && cost_of(r->in, fd) <= 80) walk_body(r, fd);
  }
  if (n->kind == N_COMPOSITE && n->composite.type) refs(n->composite.type, arg);
  children(n, refs, arg);
}

static void walk_body(Refs *r, Node *fd) {
  for (int i = 0; i < r->visited.len; i++)
    if (r->visited.data[i] == fd) return;
  vec_push(&r->visited, fd);
  children(fd->funcdecl.body, refs, r);
}

static bool is_exported(const char *s) { return s[0] >= 'A' && s[0] <= 'Z'; }

bool sema_export_knows(Checker *c, const char *name) {
  Inl in = {c};
  Refs r = {&in};
  for (int f = 0; f < c->pkg->files.len; f++) {
    Node *file = c->pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind != N_FUNCDECL || !d->funcdecl.name || !is_exported(d->funcdecl.name->ident.name))
        continue;
      if (cost_of(&in, d) <= 80) walk_body(&r, d);
    }
  }
  name = intern(name);
  for (int i = 0; i < r.names.len; i++)
    if (r.names.data[i] == name) return true;
  return false;
}

/* ---- the build cache: declarations left out (decl.c) ----
 * A package taken from the cache is checked for its declarations only, so what its bodies
 * left out comes back from the cache: one line per function or method, "Name why" or
 * "Recv.Name why". */
static const char *unavail_key(Object *fn) {
  if (!fn->recv) return fn->name;
  Type *r = fn->recv;
  if (r->kind == TY_POINTER) r = r->elem;
  return arena_printf("%s.%s", r->obj ? r->obj->name : "?", fn->name);
}

const char *sema_export_unavailable(Package *pkg) {
  StrBuf sb = {0};
  for (int f = 0; f < pkg->files.len; f++) {
    Node *file = pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind != N_FUNCDECL || !d->funcdecl.obj || !d->funcdecl.obj->unavail) continue;
      sb_printf(&sb, "%s %s\n", unavail_key(d->funcdecl.obj), d->funcdecl.obj->unavail);
    }
  }
  const char *r = sb.len ? sb_arena(&sb) : "";
  sb_free(&sb);
  return r;
}

void sema_import_unavailable(Package *pkg, const char *text) {
  for (const char *l = text; l && *l;) {
    const char *sp = strchr(l, ' '), *nl = strchr(l, '\n');
    if (!sp || !nl || sp > nl) break;
    const char *key = intern_n(l, (size_t)(sp - l)), *why = intern_n(sp + 1, (size_t)(nl - sp - 1));
    for (int f = 0; f < pkg->files.len; f++) {
      Node *file = pkg->files.data[f];
      for (int i = 0; i < file->file.decls.len; i++) {
        Node *d = file->file.decls.data[i];
        if (d->kind == N_FUNCDECL && d->funcdecl.obj && intern(unavail_key(d->funcdecl.obj)) == key)
          d->funcdecl.obj->unavail = why;
      }
    }
    l = nl + 1;
  }
}
