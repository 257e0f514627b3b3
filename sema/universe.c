/* universe.c — the universe scope: predeclared types, constants (true, false, iota), nil, the
 * builtin functions, `error` and `any`; and scopes themselves. */
#include "sema_int.h"

#include <string.h>

Scope *universe;
Type *ty_invalid, *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint,
    *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32, *ty_float64,
    *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr, *ty_byte, *ty_rune, *ty_ubool,
    *ty_uint_, *ty_urune, *ty_ufloat, *ty_ustring, *ty_unil, *ty_error, *ty_any, *ty_empty_iface,
    *ty_ucomplex;
Object *obj_iota;

/* ---- scopes ---- */
Scope *scope_new(Scope *parent, ScopeKind kind) {
  Scope *s = NEW(Scope);
  s->parent = parent;
  s->kind = kind;
  return s;
}

Object *scope_lookup_local(Scope *s, const char *name) {
  for (int i = 0; i < s->objs.len; i++) { /* the first declaration wins */
    Object *o = s->objs.data[i];
    if (o->name == name) return o;
  }
  return NULL;
}

Object *scope_lookup(Scope *s, const char *name) {
  for (; s; s = s->parent) {
    Object *o = scope_lookup_local(s, name);
    if (o) return o;
  }
  return NULL;
}

void scope_insert(Scope *s, Object *o) { vec_push(&s->objs, o); }

Object *obj_new(ObjKind kind, const char *name, Pos pos, Type *type) {
  SObj *so = NEW(SObj);
  so->o.kind = kind;
  so->o.name = name;
  so->o.pos = pos;
  so->o.type = type;
  so->o.pkg = chk ? chk->path : NULL;
  so->chk = chk;
  return &so->o;
}

/* ---- predeclared types ---- */
static Type *basics[TY_UNTYPED_COMPLEX + 1];

Type *basic_type(TypeKind k) { return basics[k]; }

static Type *def_basic(TypeKind k, const char *name, bool declare) {
  Type *t = type_new(k);
  Object *o = obj_new(OBJ_TYPE, intern(name), (Pos){0}, t);
  t->obj = o;
  if (declare) scope_insert(universe, o);
  type_layout(t);
  return t;
}

static void def_alias(const char *name, Type *t) {
  scope_insert(universe, obj_new(OBJ_TYPE, intern(name), (Pos){0}, t));
}

static void def_const(const char *name, Type *t, ConstVal *v) {
  Object *o = obj_new(OBJ_CONST, intern(name), (Pos){0}, t);
  o->val = v;
  scope_insert(universe, o);
  if (strcmp(name, "iota") == 0) obj_iota = o;
}

static const struct { const char *name; Builtin id; } builtins[] = {
    {"append", BI_APPEND}, {"cap", BI_CAP},         {"close", BI_CLOSE}, {"complex", BI_COMPLEX},
    {"copy", BI_COPY},     {"delete", BI_DELETE},   {"imag", BI_IMAG},   {"len", BI_LEN},
    {"make", BI_MAKE},     {"new", BI_NEW},         {"panic", BI_PANIC}, {"print", BI_PRINT},
    {"println", BI_PRINTLN}, {"real", BI_REAL},     {"recover", BI_RECOVER},
};

/* error: interface { Error() string }, a named type without a package */
static void def_error(void) {
  Type *sig = type_func(NULL, NULL, false);
  vec_push(&sig->results, ty_string);
  Type *it = type_new(TY_INTERFACE);
  Method *m = NEW(Method);
  m->name = intern("Error");
  m->type = sig;
  vec_push(&it->methods, m);
  type_layout(it);
  ty_error = type_new(TY_NAMED);
  ty_error->underlying = it;
  Object *o = obj_new(OBJ_TYPE, intern("error"), (Pos){0}, ty_error);
  o->pkg = NULL;
  ty_error->obj = o;
  type_layout(ty_error);
  scope_insert(universe, o);
}

void universe_init(void) {
  if (universe) return;
  universe = scope_new(NULL, SC_UNIVERSE);
  ty_invalid = type_new(TY_INVALID);
  ty_invalid->size = 0;
  ty_invalid->align = 1;
  static const struct { TypeKind k; const char *n; } tab[] = {
      {TY_BOOL, "bool"},       {TY_INT, "int"},         {TY_INT8, "int8"},
      {TY_INT16, "int16"},     {TY_INT32, "int32"},     {TY_INT64, "int64"},
      {TY_UINT, "uint"},       {TY_UINT8, "uint8"},     {TY_UINT16, "uint16"},
      {TY_UINT32, "uint32"},   {TY_UINT64, "uint64"},   {TY_UINTPTR, "uintptr"},
      {TY_FLOAT32, "float32"}, {TY_FLOAT64, "float64"}, {TY_COMPLEX64, "complex64"},
      {TY_COMPLEX128, "complex128"}, {TY_STRING, "string"},
  };
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    basics[tab[i].k] = def_basic(tab[i].k, tab[i].n, true);
  basics[TY_UNSAFEPTR] = def_basic(TY_UNSAFEPTR, "unsafe.Pointer", false);
  basics[TY_UNTYPED_BOOL] = def_basic(TY_UNTYPED_BOOL, "untyped bool", false);
  basics[TY_UNTYPED_INT] = def_basic(TY_UNTYPED_INT, "untyped int", false);
  basics[TY_UNTYPED_RUNE] = def_basic(TY_UNTYPED_RUNE, "untyped rune", false);
  basics[TY_UNTYPED_FLOAT] = def_basic(TY_UNTYPED_FLOAT, "untyped float", false);
  basics[TY_UNTYPED_STRING] = def_basic(TY_UNTYPED_STRING, "untyped string", false);
  basics[TY_UNTYPED_NIL] = def_basic(TY_UNTYPED_NIL, "untyped nil", false);
  basics[TY_UNTYPED_COMPLEX] = def_basic(TY_UNTYPED_COMPLEX, "untyped complex", false);
  ty_bool = basics[TY_BOOL]; ty_int = basics[TY_INT]; ty_int8 = basics[TY_INT8];
  ty_int16 = basics[TY_INT16]; ty_int32 = basics[TY_INT32]; ty_int64 = basics[TY_INT64];
  ty_uint = basics[TY_UINT]; ty_uint8 = basics[TY_UINT8]; ty_uint16 = basics[TY_UINT16];
  ty_uint32 = basics[TY_UINT32]; ty_uint64 = basics[TY_UINT64];
  ty_uintptr = basics[TY_UINTPTR]; ty_float32 = basics[TY_FLOAT32];
  ty_float64 = basics[TY_FLOAT64]; ty_complex64 = basics[TY_COMPLEX64];
  ty_complex128 = basics[TY_COMPLEX128]; ty_string = basics[TY_STRING];
  ty_unsafeptr = basics[TY_UNSAFEPTR];
  ty_ubool = basics[TY_UNTYPED_BOOL]; ty_uint_ = basics[TY_UNTYPED_INT];
  ty_urune = basics[TY_UNTYPED_RUNE]; ty_ufloat = basics[TY_UNTYPED_FLOAT];
  ty_ustring = basics[TY_UNTYPED_STRING]; ty_unil = basics[TY_UNTYPED_NIL];
  ty_ucomplex = basics[TY_UNTYPED_COMPLEX];
  /* byte and rune: types2 keeps their names for messages; they are identical to uint8/int32 */
  ty_byte = def_basic(TY_UINT8, "byte", true);
  ty_rune = def_basic(TY_INT32, "rune", true);
  ty_empty_iface = type_new(TY_INTERFACE);
  type_layout(ty_empty_iface);
  ty_any = ty_empty_iface;
  def_alias("any", ty_any);
  def_error();
  def_const("true", ty_ubool, cv_bool(true));
  def_const("false", ty_ubool, cv_bool(false));
  def_const("iota", ty_uint_, cv_int(0));
  scope_insert(universe, obj_new(OBJ_NIL, intern("nil"), (Pos){0}, ty_unil));
  for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
    Object *o = obj_new(OBJ_BUILTIN, intern(builtins[i].name), (Pos){0}, ty_invalid);
    o->builtin = builtins[i].id;
    scope_insert(universe, o);
  }
  for (int i = 0; i < universe->objs.len; i++) ((Object *)universe->objs.data[i])->pkg = NULL;
}
