/* dump.c — `-d types` (every top-level declaration with its type, and each function's locals)
 * and symbol names: Go functions and globals as gc names them (main.f, main.T.M,
 * main.f.func1), standard-library externals by runtime/gort.h's C naming (fmt_Println,
 * strings_Builder_WriteString, os_Args). */
#include "sema_int.h"

#include <stdio.h>
#include <string.h>

static const char *pkg_short(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* Objects of gosub's own packages are the runtime's C objects, except the functions
 * written in Go there (with a body) and the Go variables: those with an initializer, and
 * all of an own package written wholly in Go (no function without a body: internal/cpu).
 * So os.Args (no initializer, os has C functions) is the runtime's os_Args. */
static bool has_c_functions(Checker *c) {
  if (c->has_cfuncs) return c->has_cfuncs > 0;
  c->has_cfuncs = -1;
  for (int f = 0; f < c->pkg->files.len; f++) {
    Node *file = c->pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind == N_FUNCDECL && !d->funcdecl.body) c->has_cfuncs = 1;
    }
  }
  return c->has_cfuncs > 0;
}

static bool is_external(Object *o) {
  if (!o->pkg || strcmp(o->pkg, "main") == 0) return false;
  Checker *c = SX(o)->chk;
  if (!c || !c->is_prelude) return false;
  if (o->kind == OBJ_FUNC && o->decl && o->decl->kind == N_FUNCDECL && o->decl->funcdecl.body)
    return false;
  if (o->kind == OBJ_VAR && !has_c_functions(c)) return false;
  if (o->kind == OBJ_VAR && SX(o)->spec && SX(o)->spec->kind == N_VALUESPEC &&
      SX(o)->spec->valuespec.values.len)
    return false;
  return true;
}

bool sema_is_prelude_obj(Object *o) { return is_external(o); }

const char *sema_link_name(Object *o) {
  if (!o) return "?";
  const char *pkg = o->pkg ? o->pkg : "main";
  if (is_external(o)) {
    const char *p = pkg_short(pkg);
    if (o->kind == OBJ_FUNC && o->recv) {
      Type *r = o->recv->kind == TY_POINTER ? o->recv->elem : o->recv;
      return arena_printf("%s_%s_%s", p, r->obj ? r->obj->name : "?", o->name);
    }
    return arena_printf("%s_%s", p, o->name);
  }
  if (o->kind == OBJ_FUNC && o->recv) {
    Type *r = o->recv->kind == TY_POINTER ? o->recv->elem : o->recv;
    return arena_printf("%s.%s.%s", pkg, r->obj ? r->obj->name : "?", o->name);
  }
  if (o->kind == OBJ_FUNC && o->name == intern("init") && o->decl && o->decl->kind == N_FUNCDECL) {
    /* gc numbers init functions: main.init.0, main.init.1, ... */
    Checker *c = SX(o)->chk;
    if (c && c->pkg) {
      for (int i = 0; i < c->pkg->inits.len; i++)
        if (((Node *)c->pkg->inits.data[i])->funcdecl.obj == o) return arena_printf("%s.init.%d", pkg, i);
    }
  }
  return arena_printf("%s.%s", pkg, o->name);
}

static const char *kind_word(ObjKind k) {
  switch (k) {
  case OBJ_VAR: return "var";
  case OBJ_CONST: return "const";
  case OBJ_TYPE: return "type";
  case OBJ_FUNC: return "func";
  default: return "?";
  }
}

static void dump_obj(Object *o, int indent) {
  printf("%*s%s %s %s", indent, "", kind_word(o->kind), o->name, type_string(o->type));
  if (o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED)
    printf(" = %s (size %lld)", type_string(type_under(o->type)), (long long)type_size(o->type));
  if (o->kind == OBJ_CONST && o->val) printf(" = %s", cv_string_repr(o->val));
  if (o->captured) printf(" [captured]");
  if (o->addrtaken) printf(" [addrtaken]");
  printf("\n");
}

static void dump_locals(Node *n, int indent);

static void dump_idents(Node *n, int indent) {
  if (n && n->kind == N_IDENT && n->ident.obj && n->ident.obj->decl == n &&
      (n->ident.obj->kind == OBJ_VAR || n->ident.obj->kind == OBJ_CONST))
    dump_obj(n->ident.obj, indent);
}

static void dump_vec(Vec *v, int indent) {
  for (int i = 0; i < v->len; i++) dump_locals(v->data[i], indent);
}

/* walk statements, printing variables where they are declared */
static void dump_locals(Node *n, int indent) {
  if (!n) return;
  switch (n->kind) {
  case N_BLOCK: dump_vec(&n->block.stmts, indent); break;
  case N_ASSIGN:
    if (n->assign.op == OP_DEFINE)
      for (int i = 0; i < n->assign.lhs.len; i++) dump_idents(n->assign.lhs.data[i], indent);
    break;
  case N_DECLSTMT: {
    Node *d = n->unary.x;
    for (int i = 0; i < d->gendecl.specs.len; i++) {
      Node *s = d->gendecl.specs.data[i];
      if (s->kind == N_VALUESPEC)
        for (int k = 0; k < s->valuespec.names.len; k++) dump_idents(s->valuespec.names.data[k], indent);
      else if (s->kind == N_TYPESPEC && s->typespec.name->ident.obj)
        dump_obj(s->typespec.name->ident.obj, indent);
    }
    break;
  }
  case N_IF: dump_locals(n->ifstmt.init, indent); dump_locals(n->ifstmt.then, indent); dump_locals(n->ifstmt.els, indent); break;
  case N_FOR: dump_locals(n->forstmt.init, indent); dump_locals(n->forstmt.body, indent); break;
  case N_RANGE:
    if (n->rangestmt.define) { dump_idents(n->rangestmt.key, indent); dump_idents(n->rangestmt.value, indent); }
    dump_locals(n->rangestmt.body, indent);
    break;
  case N_LABELED: dump_locals(n->labeled.stmt, indent); break;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    dump_locals(n->switchstmt.init, indent);
    for (int i = 0; i < n->switchstmt.clauses.len; i++) {
      Node *c = n->switchstmt.clauses.data[i];
      if (c->kind == N_CASECLAUSE) {
        if (c->caseclause.tsvar) dump_obj(c->caseclause.tsvar, indent);
        dump_vec(&c->caseclause.body, indent);
      } else {
        dump_locals(c->commclause.comm, indent);
        dump_vec(&c->commclause.body, indent);
      }
    }
    break;
  default: break;
  }
}

static void dump_params(Node *ft, int indent) {
  for (int pass = 0; pass < 2; pass++) {
    Vec *v = pass ? &ft->functype.results : &ft->functype.params;
    for (int i = 0; i < v->len; i++) {
      Node *f = v->data[i];
      for (int k = 0; k < f->field.names.len; k++) dump_idents(f->field.names.data[k], indent);
    }
  }
}

const char *sema_funclit_name(Node *lit);

void sema_dump(Package *pkg) {
  for (int f = 0; f < pkg->files.len; f++) {
    Node *file = pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind == N_GENDECL) {
        for (int k = 0; k < d->gendecl.specs.len; k++) {
          Node *s = d->gendecl.specs.data[k];
          if (s->kind == N_VALUESPEC)
            for (int j = 0; j < s->valuespec.names.len; j++) {
              Node *id = s->valuespec.names.data[j];
              if (id->ident.obj) dump_obj(id->ident.obj, 0);
            }
          else if (s->kind == N_TYPESPEC && s->typespec.name->ident.obj)
            dump_obj(s->typespec.name->ident.obj, 0);
        }
      } else if (d->kind == N_FUNCDECL && d->funcdecl.obj) {
        Object *o = d->funcdecl.obj;
        printf("func %s %s\n", sema_link_name(o), type_string(o->type));
        if (d->funcdecl.recv && d->funcdecl.recv->field.names.len)
          dump_idents(d->funcdecl.recv->field.names.data[0], 2);
        dump_params(d->funcdecl.type, 2);
        dump_locals(d->funcdecl.body, 2);
        for (int k = 0; k < d->funcdecl.funclits.len; k++) {
          Node *fl = d->funcdecl.funclits.data[k];
          printf("  func literal %s %s", sema_funclit_name(fl), type_string(fl->type));
          for (int j = 0; j < fl->funclit.closure_vars.len; j++)
            printf("%s%s", j ? ", " : " captures ", ((Object *)fl->funclit.closure_vars.data[j])->name);
          printf("\n");
          dump_params(fl->funclit.type, 4);
          dump_locals(fl->funclit.body, 4);
        }
      }
    }
  }
  printf("init order:");
  for (int i = 0; i < pkg->init_order.len; i++) {
    Node *a = pkg->init_order.data[i];
    for (int k = 0; k < a->assign.lhs.len; k++) {
      Node *id = a->assign.lhs.data[k];
      printf(" %s", id->ident.name);
    }
  }
  printf("\n");
}
