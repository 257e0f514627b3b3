/* types.c — LLVM types of Go types and the GoType descriptors of runtime/gort.h: one
 * read-only global per type (cached by type identity: named types by their Type, others by
 * their %T spelling), with size, pointer bitmap, kind, %T name, element/key/fields and the
 * method table. Predeclared types use the runtime's canonical descriptors. */
#include <string.h>

#include "cg.h"

typedef struct TypeInfo {
  unsigned gen;      /* the cg_generate call that filled it */
  LLVMTypeRef llt;
  int *fieldmap;     /* struct: LLVM element index of each Go field */
} TypeInfo;

/* Types outlive a module: the universe's and the imported packages' are shared by every
 * package a process compiles (the fuzzer compiles thousands), and each cg_generate has its
 * own LLVM context. So a TypeInfo is only valid for the generation that created it. */
static unsigned generation;
void cg_types_begin(void) { generation++; }

static TypeInfo *info(Type *t) {
  TypeInfo *ti = t->cg;
  if (!ti || ti->gen != generation) {
    t->cg = ti = NEW(TypeInfo);
    ti->gen = generation;
  }
  return ti;
}

static LLVMTypeRef basic_type(TypeKind k) {
  switch (k) {
  case TY_BOOL: case TY_UNTYPED_BOOL: case TY_INT8: case TY_UINT8: return cg.t_i8;
  case TY_INT16: case TY_UINT16: return cg.t_i16;
  case TY_INT32: case TY_UINT32: case TY_UNTYPED_RUNE: return cg.t_i32;
  case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
  case TY_UNTYPED_INT: return cg.t_i64;
  case TY_FLOAT32: return cg.t_f32;
  case TY_FLOAT64: case TY_UNTYPED_FLOAT: return cg.t_f64;
  case TY_COMPLEX64: { LLVMTypeRef e[2] = {cg.t_f32, cg.t_f32};
    return LLVMStructTypeInContext(cg.ctx, e, 2, 0); }
  case TY_COMPLEX128: { LLVMTypeRef e[2] = {cg.t_f64, cg.t_f64};
    return LLVMStructTypeInContext(cg.ctx, e, 2, 0); }
  case TY_STRING: case TY_UNTYPED_STRING: return cg.t_str;
  case TY_UNSAFEPTR: case TY_UNTYPED_NIL: return cg.t_ptr;
  default: return NULL;
  }
}

/* Spec: Struct types. Go's layout equals the natural C layout except for a trailing
 * zero-size field; when LLVM's natural layout disagrees with sema's offsets we build a
 * packed struct with explicit padding. */
static LLVMTypeRef struct_type(Type *t, TypeInfo *ti) {
  int n = t->fields.len;
  LLVMTypeRef *el = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(2 * n + 2));
  ti->fieldmap = arena_alloc(sizeof(int) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    el[i] = cg_type(((Field *)VEC_AT(t->fields, i))->type);
    ti->fieldmap[i] = i;
  }
  LLVMTypeRef st = LLVMStructTypeInContext(cg.ctx, el, (unsigned)n, 0);
  bool ok = LLVMABISizeOfType(cg.td, st) == (unsigned long long)type_size(t);
  for (int i = 0; ok && i < n; i++)
    ok = LLVMOffsetOfElement(cg.td, st, (unsigned)i) ==
         (unsigned long long)((Field *)VEC_AT(t->fields, i))->offset;
  if (ok) return st;
  int k = 0;
  int64_t off = 0;
  for (int i = 0; i < n; i++) {
    Field *f = VEC_AT(t->fields, i);
    if (f->offset > off) el[k++] = LLVMArrayType2(cg.t_i8, (uint64_t)(f->offset - off));
    ti->fieldmap[i] = k;
    el[k++] = cg_type(f->type);
    off = f->offset + type_size(f->type);
  }
  if (type_size(t) > off) el[k++] = LLVMArrayType2(cg.t_i8, (uint64_t)(type_size(t) - off));
  return LLVMStructTypeInContext(cg.ctx, el, (unsigned)k, 1);
}

LLVMTypeRef cg_type(Type *t) {
  if (!t) return cg.t_void;
  if (t->kind == TY_NAMED) return cg_type(type_under(t));
  LLVMTypeRef b = basic_type(t->kind);
  if (b) return b;
  TypeInfo *ti = info(t);
  if (ti->llt) return ti->llt;
  LLVMTypeRef r;
  switch (t->kind) {
  case TY_ARRAY:
    /* an array of zero-size elements has zero length for LLVM: [1e9][1e9][0]*int would
     * otherwise send LLVM's optimiser through 1e18 elements (a compile-time hang) */
    r = LLVMArrayType2(cg_type(t->elem), type_size(t->elem) == 0 ? 0 : (uint64_t)t->len);
    break;
  case TY_SLICE: r = cg.t_slice; break;
  case TY_STRUCT: r = struct_type(t, ti); break;
  case TY_POINTER: case TY_FUNC: case TY_MAP: case TY_CHAN: r = cg.t_ptr; break;
  case TY_INTERFACE: r = cg.t_iface; break;
  case TY_TUPLE: {
    int n = t->results.len;
    LLVMTypeRef *el = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) el[i] = cg_type(VEC_AT(t->results, i));
    r = LLVMStructTypeInContext(cg.ctx, el, (unsigned)n, 0);
    break;
  }
  default: fatal("cg_type: unexpected type kind %d", t->kind);
  }
  ti->llt = r;
  return r;
}

int cg_field_index(Type *st, int i);
int cg_field_index(Type *st, int i) {
  st = type_under(st);
  cg_type(st);
  return info(st)->fieldmap[i];
}

int64_t cg_sizeof(Type *t) { return (int64_t)LLVMABISizeOfType(cg.td, cg_type(t)); }

bool cg_indirect(Type *t) {
  Type *u = type_under(t);
  return (u->kind == TY_STRUCT || u->kind == TY_ARRAY) && cg_sizeof(t) > 16;
}

bool cg_pointer_shaped(Type *t) {
  switch (type_under(t)->kind) {
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: return true;
  default: return false;
  }
}

LLVMValueRef cg_zero(Type *t) { return LLVMConstNull(cg_type(t)); }

/* ---- %T names ---- */
static const char *basic_names[] = {
    [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
    [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
    [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
    [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
    [TY_COMPLEX64] = "complex64", [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
    [TY_UNSAFEPTR] = "unsafe.Pointer", [TY_UNTYPED_BOOL] = "bool", [TY_UNTYPED_INT] = "int",
    [TY_UNTYPED_RUNE] = "int32", [TY_UNTYPED_FLOAT] = "float64", [TY_UNTYPED_STRING] = "string",
    [TY_UNTYPED_NIL] = "nil",
};

static bool is_universe(Object *o) {
  return !o || !o->pkg || !o->pkg[0] || !strcmp(o->pkg, "universe") || !strcmp(o->pkg, "builtin");
}

static void put_type_name(StrBuf *sb, Type *t);

static void put_tuple(StrBuf *sb, Vec *v, bool variadic) {
  sb_putc(sb, '(');
  for (int i = 0; i < v->len; i++) {
    if (i) sb_puts(sb, ", ");
    Type *p = VEC_AT(*v, i);
    if (variadic && i == v->len - 1 && type_under(p)->kind == TY_SLICE) {
      sb_puts(sb, "...");
      put_type_name(sb, type_under(p)->elem);
    } else {
      put_type_name(sb, p);
    }
  }
  sb_putc(sb, ')');
}

/* The signature without "func": "(int, string) (bool, error)". */
static void put_sig(StrBuf *sb, Type *f) {
  put_tuple(sb, &f->params, f->variadic);
  if (f->results.len == 1) {
    sb_putc(sb, ' ');
    put_type_name(sb, VEC_AT(f->results, 0));
  } else if (f->results.len > 1) {
    sb_putc(sb, ' ');
    put_tuple(sb, &f->results, false);
  }
}

const char *cg_sig_string(Type *f);
const char *cg_sig_string(Type *f) {
  StrBuf sb = {0};
  put_sig(&sb, type_under(f));
  const char *r = sb_arena(&sb);
  sb_free(&sb);
  return r;
}

/* How put_type_name spells a type:
 *   NM_DISPLAY   as %T prints it: "[]util.T", "struct { x int }"
 *   NM_IDENTITY  the descriptor cache key of one module: named types by their Type object
 *                (two local types may share a name)
 *   NM_GLOBAL    the descriptor's symbol, the same in every package's object so that the
 *                linker keeps one descriptor per type (type identity is pointer identity
 *                at run time): named types by import path, unexported field and method
 *                names with their package; a type involving a function-local type has no
 *                global name (global_ok is cleared) and stays private to its module */
typedef enum NameMode { NM_DISPLAY, NM_IDENTITY, NM_GLOBAL } NameMode;
static NameMode name_mode;
static bool global_ok;

static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

static void put_member_name(StrBuf *sb, const char *name, const char *pkg) {
  if (name_mode == NM_GLOBAL && !is_exported(name) && pkg) sb_printf(sb, "%s.", pkg);
  sb_puts(sb, name);
}

static void put_type_name(StrBuf *sb, Type *t) {
  if (t->kind == TY_NAMED && name_mode == NM_IDENTITY) {
    sb_printf(sb, "N%p", (void *)t);
    return;
  }
  if (t->kind == TY_NAMED) {
    Object *o = t->obj;
    if (!is_universe(o)) {
      const char *p = o->pkg, *slash = strrchr(p, '/');
      if (name_mode == NM_GLOBAL) {
        if (o->func) {
          global_ok = false;
          sb_printf(sb, "N%p", (void *)t);
          return;
        }
        sb_puts(sb, p);
      } else {
        sb_puts(sb, slash ? slash + 1 : p);
      }
      sb_putc(sb, '.');
    }
    sb_puts(sb, o ? o->name : "?");
    return;
  }
  if (t->kind < (int)(sizeof basic_names / sizeof basic_names[0]) && basic_names[t->kind]) {
    sb_puts(sb, basic_names[t->kind]);
    return;
  }
  switch (t->kind) {
  case TY_POINTER: sb_putc(sb, '*'); put_type_name(sb, t->elem); break;
  case TY_SLICE: sb_puts(sb, "[]"); put_type_name(sb, t->elem); break;
  case TY_ARRAY: sb_printf(sb, "[%lld]", (long long)t->len); put_type_name(sb, t->elem); break;
  case TY_MAP:
    sb_puts(sb, "map[");
    put_type_name(sb, t->key);
    sb_putc(sb, ']');
    put_type_name(sb, t->elem);
    break;
  case TY_CHAN:
    sb_puts(sb, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
    put_type_name(sb, t->elem);
    break;
  case TY_FUNC: sb_puts(sb, "func"); put_sig(sb, t); break;
  case TY_STRUCT:
    if (!t->fields.len) { sb_puts(sb, "struct {}"); break; }
    sb_puts(sb, "struct { ");
    for (int i = 0; i < t->fields.len; i++) {
      Field *f = VEC_AT(t->fields, i);
      if (i) sb_puts(sb, "; ");
      if (name_mode != NM_DISPLAY && f->embedded) sb_putc(sb, '~');
      if (!f->embedded || name_mode != NM_DISPLAY) {
        put_member_name(sb, f->name, f->pkg);
        sb_putc(sb, ' ');
      }
      put_type_name(sb, f->type);
      if (f->tag && f->tag[0]) sb_printf(sb, " %s", f->tag);
    }
    sb_puts(sb, " }");
    break;
  case TY_INTERFACE:
    if (!t->methods.len) { sb_puts(sb, "interface {}"); break; }
    sb_puts(sb, "interface { ");
    for (int i = 0; i < t->methods.len; i++) {
      Method *m = VEC_AT(t->methods, i);
      if (i) sb_puts(sb, "; ");
      put_member_name(sb, m->name, m->pkg);
      put_sig(sb, type_under(m->type));
    }
    sb_puts(sb, " }");
    break;
  case TY_TUPLE: put_tuple(sb, &t->results, false); break;
  default: sb_puts(sb, "?"); break;
  }
}

static const char *spell(Type *t, NameMode mode);
const char *cg_type_name(Type *t) { return spell(t, NM_DISPLAY); }

/* ---- pointer bitmaps ---- */
static void ptrmask(Type *t, int64_t off, uint8_t *bits, int64_t nwords, int64_t *last) {
  Type *u = type_under(t);
#define SETW(o) do { int64_t w_ = (o) / 8; if (w_ < nwords) { bits[w_ / 8] |= (uint8_t)(1u << (w_ % 8)); \
    if (w_ > *last) *last = w_; } } while (0)
  switch (u->kind) {
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
  case TY_STRING: case TY_SLICE:
    SETW(off);
    break;
  case TY_INTERFACE: SETW(off); SETW(off + 8); break;
  case TY_ARRAY: {
    if (!type_has_pointers(u->elem)) break;
    int64_t es = cg_sizeof(u->elem);
    for (int64_t i = 0; i < u->len; i++) ptrmask(u->elem, off + i * es, bits, nwords, last);
    break;
  }
  case TY_STRUCT: {
    LLVMTypeRef st = cg_type(u);
    for (int i = 0; i < u->fields.len; i++) {
      Field *f = VEC_AT(u->fields, i);
      ptrmask(f->type, off + (int64_t)LLVMOffsetOfElement(cg.td, st,
              (unsigned)cg_field_index(u, i)), bits, nwords, last);
    }
    break;
  }
  default: break;
  }
#undef SETW
}

/* Emit gcmask bytes; returns the mask global (or null) and sets *ptrdata. */
static LLVMValueRef gcmask_of(Type **types, int64_t *offs, int n, int64_t size, int64_t *ptrdata) {
  int64_t nwords = (size + 7) / 8;
  uint8_t *bits = arena_alloc((size_t)(nwords / 8 + 1));
  int64_t last = -1;
  for (int i = 0; i < n; i++) ptrmask(types[i], offs[i], bits, nwords, &last);
  *ptrdata = (last + 1) * 8;
  if (last < 0) return LLVMConstNull(cg.t_ptr);
  return cg_cstring((const char *)bits, (size_t)(last / 8 + 1));
}

/* ---- descriptors ---- */
static uint32_t fnv(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h;
}

static bool comparable(Type *t) {
  Type *u = type_under(t);
  switch (u->kind) {
  case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
  case TY_ARRAY: return comparable(u->elem);
  case TY_STRUCT:
    for (int i = 0; i < u->fields.len; i++)
      if (!comparable(((Field *)VEC_AT(u->fields, i))->type)) return false;
    return true;
  default: return true;
  }
}

static int kind_of(Type *t) {
  static const int k[] = {
      [TY_BOOL] = 1, [TY_INT] = 2, [TY_INT8] = 3, [TY_INT16] = 4, [TY_INT32] = 5,
      [TY_INT64] = 6, [TY_UINT] = 7, [TY_UINT8] = 8, [TY_UINT16] = 9, [TY_UINT32] = 10,
      [TY_UINT64] = 11, [TY_UINTPTR] = 12, [TY_FLOAT32] = 13, [TY_FLOAT64] = 14,
      [TY_COMPLEX64] = 15, [TY_COMPLEX128] = 16, [TY_ARRAY] = 17, [TY_CHAN] = 18,
      [TY_FUNC] = 19, [TY_INTERFACE] = 20, [TY_MAP] = 21, [TY_POINTER] = 22, [TY_SLICE] = 23,
      [TY_STRING] = 24, [TY_STRUCT] = 25, [TY_UNSAFEPTR] = 26,
  };
  Type *u = type_under(t);
  return u->kind < (int)(sizeof k / sizeof k[0]) ? k[u->kind] : 0;
}

static const char *canonical_name(Type *t) {
  static const char *names[] = {
      [TY_BOOL] = "gort_type_bool", [TY_INT] = "gort_type_int", [TY_INT8] = "gort_type_int8",
      [TY_INT16] = "gort_type_int16", [TY_INT32] = "gort_type_int32",
      [TY_INT64] = "gort_type_int64", [TY_UINT] = "gort_type_uint",
      [TY_UINT8] = "gort_type_uint8", [TY_UINT16] = "gort_type_uint16",
      [TY_UINT32] = "gort_type_uint32", [TY_UINT64] = "gort_type_uint64",
      [TY_UINTPTR] = "gort_type_uintptr", [TY_FLOAT32] = "gort_type_float32",
      [TY_FLOAT64] = "gort_type_float64", [TY_COMPLEX64] = "gort_type_complex64",
      [TY_COMPLEX128] = "gort_type_complex128", [TY_STRING] = "gort_type_string",
      [TY_UNSAFEPTR] = "gort_type_unsafeptr", [TY_UNTYPED_BOOL] = "gort_type_bool",
      [TY_UNTYPED_INT] = "gort_type_int", [TY_UNTYPED_RUNE] = "gort_type_int32",
      [TY_UNTYPED_FLOAT] = "gort_type_float64", [TY_UNTYPED_STRING] = "gort_type_string",
  };
  if (t->kind == TY_NAMED) {
    if (is_universe(t->obj) && t->obj && !strcmp(t->obj->name, "error")) return "gort_type_error";
    if (is_universe(t->obj) && t->obj && !strcmp(t->obj->name, "any")) return "gort_type_any";
    return NULL;
  }
  if (t->kind == TY_INTERFACE && t->methods.len == 0) return "gort_type_any";
  if (t->kind < (int)(sizeof names / sizeof names[0])) return names[t->kind];
  return NULL;
}

static LLVMValueRef extern_desc(const char *name) {
  LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, name);
  if (!g) {
    g = LLVMAddGlobal(cg.mod, cg.t_gotype, name);
    LLVMSetGlobalConstant(g, 1);
  }
  return g;
}

static LLVMValueRef desc_lookup(const void *key) {
  for (int i = 0; i < cg.desc_keys.len; i++)
    if (VEC_AT(cg.desc_keys, i) == key) return VEC_AT(cg.desc_vals, i);
  return NULL;
}

static LLVMValueRef fields_array(Type *u) {
  int n = u->fields.len;
  if (!n) return LLVMConstNull(cg.t_ptr);
  LLVMValueRef *el = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
  LLVMTypeRef st = cg_type(u);
  for (int i = 0; i < n; i++) {
    Field *f = VEC_AT(u->fields, i);
    LLVMValueRef v[5] = {
        cg_cstring(f->name, strlen(f->name) + 1), cg_typedesc(f->type),
        LLVMConstInt(cg.t_i64, LLVMOffsetOfElement(cg.td, st, (unsigned)cg_field_index(u, i)), 0),
        LLVMConstInt(cg.t_i8, f->embedded, 0), LLVMConstInt(cg.t_i8, f->exported, 0)};
    el[i] = LLVMConstNamedStruct(cg.t_gofield, v, 5);
  }
  LLVMValueRef init = LLVMConstArray2(cg.t_gofield, el, (uint64_t)n);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return g;
}

static LLVMValueRef methods_array(Type *t, int *count) {
  Type *u = type_under(t);
  LLVMValueRef *el;
  int n;
  if (u->kind == TY_INTERFACE) {
    n = u->methods.len;
    el = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
      Method *m = VEC_AT(u->methods, i);
      LLVMValueRef v[3] = {cg_cstring(m->name, strlen(m->name) + 1),
                           cg_cstring(cg_sig_string(m->type), strlen(cg_sig_string(m->type)) + 1),
                           LLVMConstNull(cg.t_ptr)};
      el[i] = LLVMConstNamedStruct(cg.t_gomethod, v, 3);
    }
  } else {
    Vec ms = cg_method_set(t);
    n = ms.len;
    el = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
      MethodEntry *me = VEC_AT(ms, i);
      const char *sig = cg_sig_string(me->m->func ? me->m->func->type : me->m->type);
      /* a method left out of Go's library source (sema/decl.c) has no code */
      bool left_out = me->m->func && me->m->func->unavail;
      LLVMValueRef v[3] = {cg_cstring(me->name, strlen(me->name) + 1),
                           cg_cstring(sig, strlen(sig) + 1),
                           left_out ? LLVMConstNull(cg.t_ptr) : cg_method_wrapper(t, me)};
      el[i] = LLVMConstNamedStruct(cg.t_gomethod, v, 3);
    }
  }
  *count = n;
  if (!n) return LLVMConstNull(cg.t_ptr);
  LLVMValueRef init = LLVMConstArray2(cg.t_gomethod, el, (uint64_t)n);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return g;
}

static void fill_desc(LLVMValueRef g, Type *t, const char *name) {
  if (LLVMGetTypeKind(cg_type(t)) == LLVMVoidTypeKind) fatal("descriptor of a void type %s", name);
  Type *u = type_under(t);
  int64_t size = cg_sizeof(t), ptrdata = 0, zero = 0;
  LLVMValueRef mask = gcmask_of(&t, &zero, 1, size, &ptrdata);
  int nmethods = 0;
  LLVMValueRef methods = methods_array(t, &nmethods);
  uint8_t flags = (uint8_t)((t->kind == TY_NAMED ? 1 : 0) | (comparable(t) ? 2 : 0));
  LLVMValueRef elem = LLVMConstNull(cg.t_ptr), key = LLVMConstNull(cg.t_ptr);
  if (u->elem && u->kind != TY_FUNC) elem = cg_typedesc(u->elem);
  if (u->kind == TY_MAP) key = cg_typedesc(u->key);
  LLVMValueRef v[16] = {
      LLVMConstInt(cg.t_i64, (unsigned long long)size, 0),
      LLVMConstInt(cg.t_i64, (unsigned long long)ptrdata, 0),
      mask,
      LLVMConstInt(cg.t_i32, fnv(name), 0),
      LLVMConstInt(cg.t_i8, (unsigned long long)kind_of(t), 0),
      LLVMConstInt(cg.t_i8, LLVMABIAlignmentOfType(cg.td, cg_type(t)), 0),
      LLVMConstInt(cg.t_i8, flags, 0),
      LLVMConstInt(cg.t_i8, u->kind == TY_CHAN ? (unsigned)u->dir : 0, 0),
      cg_cstring(name, strlen(name) + 1),
      elem,
      key,
      LLVMConstInt(cg.t_i64, u->kind == TY_ARRAY ? (unsigned long long)u->len : 0, 0),
      LLVMConstInt(cg.t_i32, u->kind == TY_STRUCT ? (unsigned)u->fields.len : 0, 0),
      LLVMConstInt(cg.t_i32, (unsigned)nmethods, 0),
      u->kind == TY_STRUCT ? fields_array(u) : LLVMConstNull(cg.t_ptr),
      methods,
  };
  LLVMSetInitializer(g, LLVMConstNamedStruct(cg.t_gotype, v, 16));
}

static const char *spell(Type *t, NameMode mode) {
  StrBuf sb = {0};
  name_mode = mode;
  put_type_name(&sb, t);
  name_mode = NM_DISPLAY;
  const char *r = intern(sb_arena(&sb));
  sb_free(&sb);
  return r;
}

/* The symbol of t's descriptor when every package's object must share it, else NULL. Long
 * spellings (big struct types) are shortened with a hash of the whole. */
static const char *global_desc_symbol(Type *t) {
  global_ok = true;
  const char *g = spell(t, NM_GLOBAL);
  if (!global_ok) return NULL;
  size_t n = strlen(g);
  if (n <= 200) return arena_printf("type:%s", g);
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)g[i]) * 1099511628211ull;
  return arena_printf("type:%.120s#%016llx", g, (unsigned long long)h);
}

LLVMValueRef cg_typedesc(Type *t) {
  const char *canon = canonical_name(t);
  if (canon) return extern_desc(canon);
  const char *name = cg_type_name(t);
  const void *key = t;
  if (t->kind != TY_NAMED) {
    /* unnamed types are identical when their structure is: key by the structure, with named
     * components by identity (two local types may share a name) */
    key = spell(t, NM_IDENTITY);
  }
  LLVMValueRef g = desc_lookup(key);
  if (g) return g;
  const char *sym = global_desc_symbol(t);
  g = LLVMAddGlobal(cg.mod, cg.t_gotype, sym ? sym : arena_printf("type:%s", name));
  LLVMSetGlobalConstant(g, 1);
  /* one descriptor per type in the whole program: the linker merges the copies */
  LLVMSetLinkage(g, sym ? LLVMLinkOnceODRLinkage : LLVMPrivateLinkage);
  /* all in one section, an array the runtime can search (reflect.New needs *T from T:
   * runtime/reflectlite.c) */
  LLVMSetSection(g, "gosub_types");
  LLVMSetAlignment(g, 8);
  vec_push(&cg.desc_keys, (void *)key);
  vec_push(&cg.desc_vals, g);
  fill_desc(g, t, name);
  return g;
}

/* A synthetic struct of the given field types (closure and defer records): size and
 * pointer bitmap only. */
LLVMValueRef cg_record_desc(Type **types, int n) {
  LLVMTypeRef *el = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(n + 1));
  el[0] = cg.t_ptr;
  for (int i = 0; i < n; i++) el[i + 1] = cg_type(types[i]);
  LLVMTypeRef st = LLVMStructTypeInContext(cg.ctx, el, (unsigned)n + 1, 0);
  int64_t *offs = arena_alloc(sizeof(int64_t) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) offs[i] = (int64_t)LLVMOffsetOfElement(cg.td, st, (unsigned)i + 1);
  int64_t size = (int64_t)LLVMABISizeOfType(cg.td, st), ptrdata = 0;
  LLVMValueRef mask = gcmask_of(types, offs, n, size, &ptrdata);
  LLVMValueRef v[16] = {
      LLVMConstInt(cg.t_i64, (unsigned long long)size, 0),
      LLVMConstInt(cg.t_i64, (unsigned long long)ptrdata, 0), mask,
      LLVMConstInt(cg.t_i32, 0, 0), LLVMConstInt(cg.t_i8, 25, 0), LLVMConstInt(cg.t_i8, 8, 0),
      LLVMConstInt(cg.t_i8, 0, 0), LLVMConstInt(cg.t_i8, 0, 0),
      cg_cstring("struct {}", 10), LLVMConstNull(cg.t_ptr), LLVMConstNull(cg.t_ptr),
      LLVMConstInt(cg.t_i64, 0, 0), LLVMConstInt(cg.t_i32, 0, 0), LLVMConstInt(cg.t_i32, 0, 0),
      LLVMConstNull(cg.t_ptr), LLVMConstNull(cg.t_ptr)};
  LLVMValueRef g = LLVMAddGlobal(cg.mod, cg.t_gotype, "record");
  LLVMSetInitializer(g, LLVMConstNamedStruct(cg.t_gotype, v, 16));
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return g;
}
