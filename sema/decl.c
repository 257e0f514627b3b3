/* decl.c — package-level declarations: collect every declaration of every file first (order
 * does not matter in Go), resolve objects lazily on first use (recursive types work because a
 * named type exists before its underlying type is resolved), attach methods to their named
 * types, check function bodies, and compute the initialisation order of package variables
 * (Spec: Package initialization). Imports load prelude packages (prelude.c). */
#include "sema_int.h"

#include <string.h>

Checker *chk;

static void redeclared(Object *o, Object *alt) {
  if (alt->pos.line)
    diag_error(o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", o->name,
               alt->pos.file, alt->pos.line, alt->pos.col, o->name);
  else
    diag_error(o->pos, "%s redeclared in this block", o->name);
}

static void declare_pkg(Checker *c, Object *o) {
  if (o->name == intern("_")) return;
  Object *alt = scope_lookup_local(c->scope, o->name);
  if (alt) { redeclared(o, alt); return; }
  scope_insert(c->scope, o);
}

static SObj *pkg_obj(Checker *c, ObjKind k, Node *ident, Node *spec, int index, Scope *fs) {
  if (k != OBJ_FUNC && (ident->ident.name == intern("init") ||
                        (ident->ident.name == intern("main") && c->path == intern("main"))))
    diag_error(ident->pos, "cannot declare %s - must be func", ident->ident.name);
  Object *o = obj_new(k, ident->ident.name, ident->pos, NULL);
  SObj *so = SX(o);
  so->spec = spec;
  so->index = index;
  so->fscope = fs;
  so->order = c->objs.len;
  o->is_global = k == OBJ_VAR;
  o->decl = ident;
  ident->ident.obj = o;
  vec_push(&c->objs, so);
  declare_pkg(c, o);
  return so;
}

/* ---- Go's library source: declarations gosub cannot compile ----
 * In a package compiled from Go's source (PKG_STD), an error inside a declaration does not
 * fail the build: the declaration is left out — marked unavailable (Object.unavail, the
 * reason), its body not compiled — and so, transitively, are the declarations that use it
 * (propagate_unavailable). A program that uses one gets "binary.Read is not supported by
 * gosub: it needs reflect" (access.c). This is how encoding/binary's ByteOrder serves
 * encoding/base64 while its reflection-based Read/Write stay out. */
static bool std_pkg(Checker *c) { return c && c->pkg && c->pkg->origin == PKG_STD; }

bool sema_std_checking(void) { return std_pkg(chk); }

/* The reason a declaration is left out, from the first error it raised. */
static const char *reason_of(const char *msg) {
  if (!msg) return "gosub cannot compile it";
  if (strstr(msg, "reflect")) return intern("it needs reflect");
  if (!strncmp(msg, "gosub", 5) || !strncmp(msg, "it ", 3)) return intern(msg); /* a reason */
  return intern(arena_printf("gosub cannot compile it yet (%s)", msg));
}

/* The errors raised since nerr while checking o's declaration leave o out. */
static void poison(Object *o, int nerr) {
  if (diag_count() <= nerr) return;
  const char *why = reason_of(diag_error_message(nerr));
  diag_truncate(nerr);
  if (!o->unavail) o->unavail = why;
}

void sema_use_unavailable(Object *o, Pos pos) {
  if (sema_std_checking() && SX(o)->chk == chk)
    diag_error(pos, "%s", o->unavail); /* leaves the user of o out, for the same reason */
  else
    diag_error(pos, "%s is not supported by gosub: %s", o->name, o->unavail);
}

/* ---- imports ---- */
static void collect_import(Checker *c, Node *spec, Scope *fs) {
  Node *p = spec->importspec.path;
  const char *path = intern_n(p->lit.str ? p->lit.str : "", p->lit.len);
  int nerr = diag_count();
  Checker *ip = import_package(path, p->pos);
  Node *nm = spec->importspec.name;
  if (!ip) {
    /* keep the name declared (silently unusable) to avoid follow-on errors; in Go's library
     * source the import is no error: the declarations that use the name are left out */
    const char *why = NULL;
    if (std_pkg(c) && diag_count() > nerr) {
      why = reason_of(diag_error_message(nerr));
      diag_truncate(nerr);
    }
    const char *base = strrchr(path, '/');
    Object *o = obj_new(OBJ_PKG, nm ? nm->ident.name : intern(base ? base + 1 : path), p->pos, ty_invalid);
    o->used = true;
    SX(o)->state = RS_DONE;
    SX(o)->import_why = why;
    if (!scope_lookup_local(fs, o->name)) scope_insert(fs, o);
    return;
  }
  const char *name = ip->name;
  if (nm) name = nm->ident.name;
  if (name == intern("_")) return;
  if (name == intern(".")) {
    diag_error(nm->pos, "dot imports are not supported by gosub");
    return;
  }
  Object *o = obj_new(OBJ_PKG, name, nm ? nm->pos : p->pos, ty_invalid);
  SX(o)->imported = ip;
  SX(o)->importspec = spec;
  SX(o)->state = RS_DONE;
  o->pkg = ip->path;
  spec->importspec.obj = o;
  Object *alt = scope_lookup_local(fs, name);
  if (alt) redeclared(o, alt);
  scope_insert(fs, o);
}

static void unused_imports(Checker *c) {
  for (int i = 0; i < c->fscopes.len; i++) {
    Scope *fs = c->fscopes.data[i];
    for (int k = 0; k < fs->objs.len; k++) {
      Object *o = fs->objs.data[k];
      if (o->kind != OBJ_PKG || o->used) continue;
      Node *spec = SX(o)->importspec;
      Checker *ip = SX(o)->imported;
      if (spec->importspec.name && spec->importspec.name->ident.name != ip->name)
        diag_error(spos(spec), "imported and not used: \"%s\" as %s", ip->path, o->name);
      else
        diag_error(spos(spec), "imported and not used: \"%s\"", ip->path);
    }
  }
}

/* ---- collection ---- */
static void collect_gendecl(Checker *c, Node *d, Scope *fs) {
  Node *last = NULL; /* const: the last spec with values (implicit repetition) */
  for (int i = 0; i < d->gendecl.specs.len; i++) {
    Node *spec = d->gendecl.specs.data[i];
    switch (spec->kind) {
    case N_IMPORTSPEC: collect_import(c, spec, fs); break;
    case N_VALUESPEC: {
      bool isc = d->gendecl.kind == DECL_CONST;
      if (isc && (spec->valuespec.values.len || spec->valuespec.type || !last)) last = spec;
      for (int k = 0; k < spec->valuespec.names.len; k++) {
        SObj *so = pkg_obj(c, isc ? OBJ_CONST : OBJ_VAR, spec->valuespec.names.data[k], spec,
                           k, fs);
        so->deps.len = 0;
        if (isc) so->importspec = last; /* reuse: the spec holding type and values */
      }
      break;
    }
    case N_TYPESPEC: pkg_obj(c, OBJ_TYPE, spec->typespec.name, spec, 0, fs); break;
    default: break;
    }
  }
}

static Node *recv_base(Node *t, bool *ptr) {
  while (t && t->kind == N_PAREN) t = t->unary.x;
  if (t && t->kind == N_STAR) { *ptr = true; t = t->unary.x; }
  while (t && t->kind == N_PAREN) t = t->unary.x;
  return t;
}

/* Functions of Go's library source declared without a body (assembly, or //go:linkname to
 * Go's runtime) whose bodies gosub's runtime supplies under the C name "path.name"
 * (runtime/math.c, runtime/maphash.c). Any other body-less function is left out
 * (Object.unavail), so that a program using it gets a compile error saying why, never an
 * undefined symbol at link time. */
static const char *const runtime_bodies[] = {
    "math.archCeil",  "math.archExp", "math.archFloor", "math.archHypot", "math.archLog",
    "math.archMax",   "math.archMin", "math.archSqrt",  "math.archTrunc",
    "hash/maphash.runtime_memhash", "hash/maphash.runtime_fastrand64",
};

static bool runtime_provides(const char *path, const char *name) {
  const char *full = arena_printf("%s.%s", path, name);
  for (size_t i = 0; i < sizeof runtime_bodies / sizeof runtime_bodies[0]; i++)
    if (!strcmp(runtime_bodies[i], full)) return true;
  return false;
}

static void collect_func(Checker *c, Node *fd, Scope *fs) {
  Node *name = fd->funcdecl.name;
  if (fd->funcdecl.recv) {
    Object *o = obj_new(OBJ_FUNC, name->ident.name, name->pos, NULL);
    SX(o)->spec = fd;
    SX(o)->fscope = fs;
    SX(o)->order = c->objs.len;
    o->decl = fd;
    fd->funcdecl.obj = o;
    name->ident.obj = o;
    vec_push(&c->methods, fd);
    return;
  }
  if (name->ident.name == intern("init") && !c->is_prelude) {
    Object *o = obj_new(OBJ_FUNC, name->ident.name, name->pos, NULL);
    SX(o)->spec = fd;
    SX(o)->fscope = fs;
    o->decl = fd;
    fd->funcdecl.obj = o;
    name->ident.obj = o;
    vec_push(&c->pkg->inits, fd);
    Node *ft = fd->funcdecl.type;
    if (ft->functype.params.len || ft->functype.results.len)
      diag_error(name->pos, "func init must have no arguments and no return values");
    if (!fd->funcdecl.body) diag_error(name->pos, "missing function body");
    return;
  }
  SObj *so = pkg_obj(c, OBJ_FUNC, name, fd, 0, fs);
  so->o.decl = fd;
  fd->funcdecl.obj = &so->o;
  if (std_pkg(c) && !fd->funcdecl.body && !runtime_provides(c->path, name->ident.name))
    so->o.unavail = intern(arena_printf("it needs %s.%s, which Go writes in assembly or in its "
                                        "runtime and gosub's runtime does not provide",
                                        c->path, name->ident.name));
  if (name->ident.name == intern("main") && c->pkg && c->path == intern("main")) {
    c->pkg->main = &so->o;
    Node *ft = fd->funcdecl.type;
    if (ft->functype.params.len || ft->functype.results.len)
      diag_error(name->pos, "func main must have no arguments and no return values");
  }
}

/* Attach a method declaration to its receiver's base type object (SObj.deps of the type
 * object holds the method N_FUNCDECLs until the named type exists). */
static void collect_method(Checker *c, Node *fd) {
  Node *recv = fd->funcdecl.recv;
  Node *rt = recv->field.type;
  bool ptr = false;
  Node *base = recv_base(rt, &ptr);
  if (!base || base->kind != N_IDENT) return; /* reported when the signature is checked */
  Object *to = scope_lookup_local(c->scope, base->ident.name);
  if (!to || to->kind != OBJ_TYPE) return;
  vec_push(&SX(to)->deps, fd);
}

void collect_decls(Checker *c, Vec *files) {
  for (int f = 0; f < files->len; f++) {
    Node *file = files->data[f];
    Scope *fs = scope_new(c->scope, SC_FILE);
    vec_push(&c->fscopes, fs);
    for (int i = 0; i < file->file.imports.len; i++)
      collect_gendecl(c, file->file.imports.data[i], fs);
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind == N_GENDECL) collect_gendecl(c, d, fs);
      else if (d->kind == N_FUNCDECL) collect_func(c, d, fs);
    }
  }
  for (int i = 0; i < c->methods.len; i++) collect_method(c, c->methods.data[i]);
  /* a package-level name may not also be an import name of some file */
  for (int f = 0; f < c->fscopes.len; f++) {
    Scope *fs = c->fscopes.data[f];
    for (int k = 0; k < fs->objs.len; k++) {
      Object *imp = fs->objs.data[k];
      Object *alt = scope_lookup_local(c->scope, imp->name);
      if (alt && SX(imp)->imported)
        diag_error(alt->pos, "%s already declared through import of package %s (\"%s\")",
                   alt->name, SX(imp)->imported->name, SX(imp)->imported->path);
    }
  }
}

/* ---- lazy resolution ---- */
typedef struct Saved {
  Checker *chk;
  FuncCtx *fn;
  SObj *cur;
} Saved;

static Saved enter(SObj *so) {
  Saved s = {chk, chk ? chk->fn : NULL, chk ? chk->cur : NULL};
  chk = so->chk;
  chk->fn = NULL;
  chk->cur = NULL;
  return s;
}
static void leave(Saved s) {
  Checker *c = chk;
  c->fn = NULL;
  c->cur = NULL;
  chk = s.chk;
  if (chk) {
    chk->fn = s.fn;
    chk->cur = s.cur;
  }
}

static void attach_methods(SObj *so, Type *named) {
  for (int i = 0; i < so->deps.len; i++) {
    Node *fd = so->deps.data[i];
    Object *fo = fd->funcdecl.obj;
    Method *dup = NULL;
    for (int k = 0; k < named->methods.len; k++) {
      Method *m = named->methods.data[k];
      if (m->name == fo->name && fo->name != intern("_")) dup = m;
    }
    if (dup) {
      Object *d = dup->func;
      diag_error(fo->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                 so->o.name, fo->name, d->pos.file, d->pos.line, d->pos.col, fo->name);
      continue;
    }
    bool ptr = false;
    recv_base(fd->funcdecl.recv->field.type, &ptr);
    Method *m = NEW(Method);
    m->name = fo->name;
    m->func = fo;
    m->ptr_recv = ptr;
    vec_push(&named->methods, m);
  }
  so->deps.len = 0;
}

/* field and method with the same name (checked once the underlying type is known) */
static void check_field_method_clash(Type *named) {
  Type *u = type_under(named);
  if (u->kind != TY_STRUCT) return;
  for (int i = 0; i < named->methods.len; i++) {
    Method *m = named->methods.data[i];
    for (int k = 0; k < u->fields.len; k++) {
      Field *f = u->fields.data[k];
      if (f->name == m->name)
        diag_error(m->func->pos, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
                   m->name, f->pos.file, f->pos.line, f->pos.col, m->name);
    }
  }
}

static Vec pending_named; /* pairs (named type, named type whose underlying it takes) */

static void complete_named(Type *t, Type *u) {
  t->underlying = u ? u : ty_invalid;
  valid_type(t);
  type_layout(t);
  if (t->size == -2) t->size = -1;
  check_field_method_clash(t);
  /* others waiting for t */
  for (int i = 0; i + 1 < pending_named.len; i += 2) {
    Type *w = pending_named.data[i], *src = pending_named.data[i + 1];
    if (src == t && !w->underlying) {
      pending_named.data[i + 1] = NULL;
      complete_named(w, t->underlying);
    }
  }
}

/* named types still without underlying type at the end: cycles of type names */
static void pending_cycles(void) {
  for (int i = 0; i + 1 < pending_named.len; i += 2) {
    Type *w = pending_named.data[i];
    if (w->underlying) continue;
    /* follow the chain of names back to w */
    StrBuf sb = {0};
    sb_printf(&sb, "invalid recursive type %s", w->obj->name);
    Type *cur = w;
    for (int guard = 0; guard < 100; guard++) {
      Object *o = cur->obj;
      sb_printf(&sb, "\n\t%s:%d:%d: %s refers to", o->pos.file, o->pos.line, o->pos.col, o->name);
      Type *next = NULL;
      for (int k = 0; k + 1 < pending_named.len; k += 2)
        if (pending_named.data[k] == cur) next = pending_named.data[k + 1];
      if (!next || next == w) break;
      cur = next;
    }
    sb_printf(&sb, "\n\t%s:%d:%d: %s", w->obj->pos.file, w->obj->pos.line, w->obj->pos.col,
              w->obj->name);
    diag_error(w->obj->pos, "%s", sb.buf);
    sb_free(&sb);
    /* the rest of the cycle is reported with it */
    for (int k = 0; k + 1 < pending_named.len; k += 2) {
      Type *x = pending_named.data[k];
      if (!x->underlying) { x->underlying = ty_invalid; type_layout(x); }
    }
  }
  pending_named.len = 0;
}

static void resolve_type(SObj *so) {
  Node *spec = so->spec;
  Object *o = &so->o;
  if (spec->typespec.alias) {
    o->type = type_expr(spec->typespec.type, so->fscope);
    return;
  }
  Type *t = type_new(TY_NAMED);
  t->obj = o;
  o->type = t;
  attach_methods(so, t);
  Type *rhs = type_expr(spec->typespec.type, so->fscope);
  if (rhs->kind == TY_NAMED && !rhs->underlying) {
    /* type T2 T1 while T1 is still being resolved (through a pointer): T2 gets T1's
     * underlying type when T1 is done; a cycle of such names is reported at the end */
    vec_push(&pending_named, t);
    vec_push(&pending_named, rhs);
    return;
  }
  complete_named(t, type_under(rhs));
}

void resolve_const_spec(SObj *so);
void resolve_var_spec(SObj *so);

void resolve_obj(Object *o) {
  SObj *so = SX(o);
  if (!so || so->state == RS_DONE || !so->spec) return;
  if (so->state == RS_BUSY) {
    if (o->type) return; /* a named type being resolved */
    if (o->kind == OBJ_TYPE) diag_error(o->pos, "invalid recursive type %s", o->name);
    else if (o->kind == OBJ_CONST)
      diag_error(o->pos, "illegal cycle in declaration of %s", o->name);
    /* variables: the cycle is reported by init_order */
    o->type = ty_invalid;
    return;
  }
  so->state = RS_BUSY;
  int nerr = diag_count();
  Saved sv = enter(so);
  switch (o->kind) {
  case OBJ_TYPE: resolve_type(so); break;
  case OBJ_CONST: resolve_const_spec(so); break;
  case OBJ_VAR: resolve_var_spec(so); break;
  case OBJ_FUNC: {
    Node *fd = so->spec;
    if (fd->funcdecl.recv) o->recv = recv_type(fd->funcdecl.recv, so->fscope);
    o->type = func_sig(fd->funcdecl.type, fd->funcdecl.recv, so->fscope, NULL);
    break;
  }
  default: break;
  }
  if (!o->type) o->type = ty_invalid;
  so->state = RS_DONE;
  if (std_pkg(so->chk)) poison(o, nerr);
  leave(sv);
}

/* Remember that the package-level object being checked refers to o (init order). */
void record_dep(Object *o) {
  if (!chk || !chk->cur || !o) return;
  if (o->kind != OBJ_VAR && o->kind != OBJ_FUNC) return;
  if (o->kind == OBJ_VAR && !o->is_global) return;
  if (SX(o)->chk != chk) return;
  Vec *d = &chk->cur->deps;
  for (int i = 0; i < d->len; i++) if (d->data[i] == o) return;
  vec_push(d, o);
}

/* ---- Spec: Package initialization ---- */
/* types2's findPath: a path of dependencies from `from` to `to` (reversed) */
static bool find_path(Object *from, Object *to, Vec *seen, Vec *out) {
  for (int i = 0; i < seen->len; i++) if (seen->data[i] == from) return false;
  vec_push(seen, from);
  SObj *so = SX(from);
  for (int i = 0; i < so->deps.len; i++) {
    Object *d = so->deps.data[i];
    if (d == to) { vec_push(out, d); return true; }
    if (find_path(d, to, seen, out)) { vec_push(out, d); return true; }
  }
  return false;
}

static void report_init_cycle(Object *o) {
  Vec seen = {0}, cycle = {0};
  if (!find_path(o, o, &seen, &cycle) || !cycle.len) {
    diag_error(o->pos, "initialization loop for %s", o->name);
    return;
  }
  StrBuf sb = {0};
  Object *obj = cycle.data[0];
  sb_printf(&sb, "initialization loop for %s", obj->name);
  for (int i = cycle.len - 1; i >= 0; i--) {
    sb_printf(&sb, "\n\t%s:%d:%d: %s refers to", obj->pos.file, obj->pos.line, obj->pos.col, obj->name);
    obj = cycle.data[i];
  }
  sb_printf(&sb, "\n\t%s:%d:%d: %s", obj->pos.file, obj->pos.line, obj->pos.col, obj->name);
  Object *c0 = cycle.data[0];
  diag_error(c0->pos, "%s", sb.buf);
  sb_free(&sb);
}
static bool depends_on_uninit(Object *v, Object *o, Vec *visited) {
  for (int i = 0; i < visited->len; i++) if (visited->data[i] == o) return false;
  vec_push(visited, o);
  SObj *so = SX(o);
  for (int i = 0; i < so->deps.len; i++) {
    Object *d = so->deps.data[i];
    if (d->kind == OBJ_VAR) {
      if (d == v && o != v) return true; /* v depends on itself through a function */
      if (d == v && o == v) return true; /* direct self-reference (func literal) */
      if (d != v && !SX(d)->initialized && SX(d)->spec != SX(v)->spec) return true;
      if (d != v && !SX(d)->initialized && SX(v)->spec->valuespec.values.len != 1) return true;
    } else if (depends_on_uninit(v, d, visited)) {
      return true;
    }
  }
  return false;
}

static Node *init_assign(SObj *so) {
  Node *spec = so->spec;
  Node *a = ast_new(N_ASSIGN, spec->pos);
  a->implicit = 1;
  a->assign.op = OP_ASSIGN;
  int nv = spec->valuespec.values.len, nn = spec->valuespec.names.len;
  if (nv == nn) {
    Node *id = spec->valuespec.names.data[so->index];
    a->pos = id->pos;
    vec_push(&a->assign.lhs, id);
    vec_push(&a->assign.rhs, spec->valuespec.values.data[so->index]);
  } else {
    for (int i = 0; i < nn; i++) vec_push(&a->assign.lhs, spec->valuespec.names.data[i]);
    vec_push(&a->assign.rhs, spec->valuespec.values.data[0]);
  }
  return a;
}

static void mark_spec_done(SObj *so, Checker *c) {
  so->initialized = true;
  if (so->spec->valuespec.values.len == 1 && so->spec->valuespec.names.len > 1) {
    for (int i = 0; i < c->objs.len; i++) {
      SObj *x = c->objs.data[i];
      if (x->spec == so->spec) x->initialized = true;
    }
  }
}

void init_order(Checker *c) {
  Package *pkg = c->pkg;
  Vec pending = {0};
  for (int i = 0; i < c->objs.len; i++) {
    SObj *so = c->objs.data[i];
    if (so->o.kind != OBJ_VAR || so->o.unavail) continue;
    if (!so->spec->valuespec.values.len) {
      so->initialized = true;
      vec_push(&pkg->globals, &so->o);
    } else {
      vec_push(&pending, so);
    }
  }
  int reported = 0;
  for (;;) {
    SObj *pick = NULL;
    for (int i = 0; i < pending.len && !pick; i++) {
      SObj *so = pending.data[i];
      if (so->initialized) continue;
      Vec visited = {0};
      if (!depends_on_uninit(&so->o, &so->o, &visited)) pick = so;
    }
    if (!pick) {
      for (int i = 0; i < pending.len && !pick; i++)
        if (!((SObj *)pending.data[i])->initialized) pick = pending.data[i];
      if (!pick) break;
      if (!reported++) report_init_cycle(&pick->o);
    }
    bool multi = pick->spec->valuespec.values.len == 1 && pick->spec->valuespec.names.len > 1;
    vec_push(&pkg->init_order, init_assign(pick));
    if (multi) {
      for (int i = 0; i < pending.len; i++) {
        SObj *x = pending.data[i];
        if (x->spec == pick->spec && !x->initialized) vec_push(&pkg->globals, &x->o);
      }
    } else {
      vec_push(&pkg->globals, &pick->o);
    }
    mark_spec_done(pick, c);
  }
}

/* ---- bodies ---- */
static void check_funcdecl(Checker *c, Node *fd) {
  Object *o = fd->funcdecl.obj;
  if (!o) return;
  resolve_obj(o);
  if (!o->type || o->type->kind != TY_FUNC) {
    if (!o->type || o->type->kind == TY_INVALID) {
      SObj *so = SX(o);
      Saved sv = enter(so);
      o->type = func_sig(fd->funcdecl.type, fd->funcdecl.recv, so->fscope, NULL);
      leave(sv);
    }
  }
  if (!fd->funcdecl.body) {
    /* go build reports body-less functions of package main; other packages compile like
     * `go tool compile` (Go's escape tests declare external functions) */
    /* Go's own sources declare assembly and //go:linkname functions without a body */
    if (!c->is_prelude && (c->path == intern("main") || c->pkg->origin == PKG_LOCAL))
      diag_error(fd->funcdecl.name->pos, "missing function body");
    return;
  }
  if (o->unavail) return;
  vec_push(&c->pkg->funcs, fd);
  SObj *so = SX(o);
  int nerr = diag_count();
  Saved sv = enter(so);
  chk->cur = so;
  func_body(fd, fd->funcdecl.type, fd->funcdecl.body, o->type, so->fscope);
  if (std_pkg(c)) poison(o, nerr);
  leave(sv);
}

/* A declaration that uses one left out is left out too, for the same reason (bodies are
 * checked in source order, so this runs to a fixed point after them). */
static void propagate_unavailable(Checker *c) {
  Vec all = {0};
  for (int i = 0; i < c->objs.len; i++) vec_push(&all, &((SObj *)c->objs.data[i])->o);
  for (int i = 0; i < c->methods.len; i++) {
    Node *fd = c->methods.data[i];
    if (fd->funcdecl.obj) vec_push(&all, fd->funcdecl.obj);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < all.len; i++) {
      Object *o = all.data[i];
      if (o->unavail) continue;
      SObj *so = SX(o);
      for (int k = 0; k < so->deps.len; k++) {
        Object *d = so->deps.data[k];
        if (d->unavail) {
          o->unavail = d->unavail;
          changed = true;
          break;
        }
      }
    }
  }
  int n = 0;
  for (int i = 0; i < c->pkg->funcs.len; i++) {
    Node *fd = c->pkg->funcs.data[i];
    if (!fd->funcdecl.obj->unavail) c->pkg->funcs.data[n++] = fd;
  }
  c->pkg->funcs.len = n;
}

void check_package_bodies(Checker *c) {
  chk = c;
  /* resolve every package-level object (types first, as gc reports them in source order) */
  for (int i = 0; i < c->objs.len; i++) resolve_obj(&((SObj *)c->objs.data[i])->o);
  pending_cycles();
  check_later_map_keys();
  for (int i = 0; i < c->methods.len; i++) {
    Node *fd = c->methods.data[i];
    resolve_obj(fd->funcdecl.obj);
  }
  /* the prelude packages sema loads by itself (harnesses without the loader) stop here;
   * gosub's own packages the loader gives are checked like any other */
  if (c->is_prelude && c->pkg->origin != PKG_OWN) return;
  /* a package from the build cache: its importers need its declarations only */
  if (c->pkg->decls_only) return;
  for (int f = 0; f < c->pkg->files.len; f++) {
    Node *file = c->pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind == N_FUNCDECL) check_funcdecl(c, d);
    }
  }
  chk = c;
  check_later_map_keys();
  if (std_pkg(c)) propagate_unavailable(c);
  else unused_imports(c);
  init_order(c);
}

/* ---- entry point ---- */
void sema_collect_types(Package *pkg);

bool sema_check(Package *pkg) {
  int before = diag_count();
  diag_put_errors(&pkg->parse_errors); /* reported with this package's type errors */
  universe_init();
  Checker *c = NEW(Checker);
  c->pkg = pkg;
  if (!pkg->files.len) return false;
  Node *f0 = pkg->files.data[0];
  c->name = f0->file.pkgname ? f0->file.pkgname->ident.name : intern("main");
  pkg->name = c->name;
  c->path = pkg->path ? intern(pkg->path) : intern(c->name);
  c->is_prelude = pkg->origin == PKG_OWN;
  pkg->path = c->path;
  c->scope = scope_new(universe, SC_PACKAGE);
  for (int i = 1; i < pkg->files.len; i++) {
    Node *f = pkg->files.data[i];
    if (f->file.pkgname && f->file.pkgname->ident.name != c->name)
      diag_error(f->file.pkgname->pos, "package %s; expected %s", f->file.pkgname->ident.name,
                 c->name);
  }
  Checker *saved = chk;
  chk = c;
  collect_decls(c, &pkg->files);
  check_package_bodies(c);
  if (c->path == intern("main") && !pkg->main && diag_count() == before)
    diag_error((Pos){0}, "runtime.main_main·f: function main is undeclared in the main package");
  chk = saved;
  sema_collect_types(pkg);
  pkg->sema = c;
  sema_register(c);
  return diag_count() == before;
}
