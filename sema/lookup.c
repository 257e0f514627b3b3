/* lookup.c — selectors and method sets: field and method lookup through embedded fields
 * (Spec: Selectors, breadth first, ambiguity at equal depth), interface satisfaction
 * (Spec: Method sets, Interface types), assignability and convertibility. */
#include "sema_int.h"

#include <string.h>

Type *method_sig(Method *m) {
  if (!m->type && m->func) {
    resolve_obj(m->func);
    m->type = m->func->type;
  }
  return m->type ? m->type : type_func(NULL, NULL, false);
}

Method *iface_method(Type *iface, const char *name, int *index) {
  Type *u = type_under(iface);
  for (int i = 0; i < u->methods.len; i++) {
    Method *m = u->methods.data[i];
    if (m->name == name) {
      if (index) *index = i;
      return m;
    }
  }
  return NULL;
}

static Method *named_method(Type *named, const char *name) {
  for (int i = 0; i < named->methods.len; i++) {
    Method *m = named->methods.data[i];
    if (m->name == name) return m;
  }
  return NULL;
}

typedef struct Entry {
  const char *pkg;   /* package declaring the struct type being searched */
  Type *type;
  Vec path;
  bool indirect;
} Entry;

static Vec path_plus(Vec *p, int i) {
  Vec v = {0};
  for (int k = 0; k < p->len; k++) vec_push(&v, p->data[k]);
  vec_push(&v, (void *)(intptr_t)i);
  return v;
}

static Object *field_obj(Field *f) {
  Object *o = obj_new(OBJ_VAR, f->name, f->pos, f->type);
  o->pkg = NULL;
  return o;
}

/* The package whose unexported names a lookup may see: the package being checked, or, while
 * implements() looks for an interface's unexported method, the interface's package (a
 * *parse.ListNode has parse.Node's tree method wherever the question is asked). */
static const char *lookup_pkg;

/* Spec: Selectors. T may be a pointer to a named type (auto-dereference). */
LookupResult lookup_field_or_method(Type *T, bool addressable, const char *name, Selection *sel) {
  (void)addressable;
  memset(sel, 0, sizeof *sel);
  if (!name || (name[0] == '_' && name[1] == 0)) return LK_NOTFOUND;
  Type *typ = T;
  bool isptr = false, fields_only = false;
  if (T->kind == TY_POINTER) {
    Type *b = type_under(T->elem);
    if (b->kind != TY_INTERFACE) { typ = T->elem; isptr = true; }
  } else if (T->kind == TY_NAMED && type_under(T)->kind == TY_POINTER) {
    /* methods of a named pointer type are not looked up; fields are */
    typ = type_under(T)->elem;
    isptr = true;
    fields_only = true;
    Type *u = type_under(typ);
    if (u->kind != TY_STRUCT) return LK_NOTFOUND;
  }
  bool exported = name[0] >= 'A' && name[0] <= 'Z';
  const char *here = lookup_pkg ? lookup_pkg : chk ? chk->path : NULL;
  Vec cur = {0}, seen = {0};
  Entry *e0 = NEW(Entry);
  e0->type = typ;
  e0->indirect = isptr;
  vec_push(&cur, e0);
  while (cur.len) {
    Vec next = {0};
    int found = 0;
    for (int ci = 0; ci < cur.len; ci++) {
      Entry *e = cur.data[ci];
      Type *t = e->type;
      if (t->kind == TY_NAMED && t->obj) e->pkg = t->obj->pkg;
      if (t->kind == TY_NAMED) {
        bool dup = false;
        for (int k = 0; k < seen.len; k++) if (seen.data[k] == t) dup = true;
        if (dup) continue;
        vec_push(&seen, t);
        Method *m = fields_only ? NULL : named_method(t, name);
        if (m && !exported && m->func && m->func->pkg != here) m = NULL;
        if (m) {
          if (!found++) {
            sel->kind = SEL_METHOD;
            sel->method = m;
            sel->obj = m->func;
            sel->type = method_sig(m);
            sel->path = e->path;
            sel->indirect = e->indirect;
            sel->ptr_recv = m->ptr_recv;
          }
          continue;
        }
      }
      Type *u = type_under(t);
      if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->fields.len; i++) {
          Field *f = u->fields.data[i];
          if (f->name == name && (exported || !e->pkg || e->pkg == here)) {
            if (!found++) {
              sel->kind = SEL_FIELD;
              sel->obj = field_obj(f);
              sel->type = f->type;
              sel->path = e->path;
              sel->index = i;
              sel->indirect = e->indirect;
            }
            continue;
          }
          if (f->embedded) {
            Entry *n = NEW(Entry);
            n->pkg = e->pkg;
            Type *ft = f->type;
            n->indirect = e->indirect;
            if (ft->kind == TY_POINTER) { ft = ft->elem; n->indirect = true; }
            n->type = ft;
            n->path = path_plus(&e->path, i);
            vec_push(&next, n);
          }
        }
      } else if (u->kind == TY_INTERFACE && !fields_only) {
        int idx;
        Method *m = iface_method(u, name, &idx);
        if (m) {
          if (!found++) {
            sel->kind = SEL_IFACEMETHOD;
            sel->method = m;
            sel->obj = obj_new(OBJ_FUNC, m->name, (Pos){0}, m->type);
            sel->obj->pkg = NULL;
            sel->type = m->type;
            sel->path = e->path;
            sel->index = idx;
            sel->indirect = e->indirect;
          }
        }
      }
    }
    if (found > 1) return LK_AMBIGUOUS;
    if (found == 1) return LK_FOUND;
    cur = next;
  }
  return LK_NOTFOUND;
}

/* funcString: "M() int" */
static const char *func_string(const char *name, Type *sig) {
  const char *s = tstr(sig); /* "func(...)..." */
  return arena_printf("%s%s", name, s + 4);
}

static bool sig_has_invalid(Type *f) {
  if (!f || f->kind != TY_FUNC) return false;
  for (int i = 0; i < f->params.len; i++) if (!type_valid(f->params.data[i])) return true;
  for (int i = 0; i < f->results.len; i++) if (!type_valid(f->results.data[i])) return true;
  return false;
}

/* Spec: Interface types — does V implement interface T? */
bool implements(Type *V, Type *T, char **reason) {
  Type *Tu = type_under(T);
  if (!type_valid(V) || Tu->kind != TY_INTERFACE) return true;
  Type *Vu = type_under(V);
  if (Tu->methods.len && Vu->kind == TY_POINTER && type_is_interface(Vu->elem)) {
    if (reason)
      *reason = arena_printf("%s does not implement %s (type %s is pointer to interface, not interface)",
                             tstr(V), tstr(T), tstr(V));
    return false;
  }
  for (int i = 0; i < Tu->methods.len; i++) {
    Method *m = Tu->methods.data[i];
    const char *why = NULL;
    if (Vu->kind == TY_INTERFACE) {
      Method *vm = iface_method(Vu, m->name, NULL);
      if (!vm) why = arena_printf("(missing %s method)", m->name);
      else if (!type_identical(vm->type, m->type))
        why = arena_printf("(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m->name,
                           func_string(vm->name, vm->type), func_string(m->name, m->type));
    } else {
      Selection sel;
      lookup_pkg = m->pkg; /* an unexported method is the interface package's name */
      LookupResult r = lookup_field_or_method(V, false, m->name, &sel);
      lookup_pkg = NULL;
      if (r != LK_FOUND || (sel.kind != SEL_METHOD && sel.kind != SEL_IFACEMETHOD)) {
        why = arena_printf("(missing %s method)", m->name);
      } else if (!type_identical(sel.type, m->type) && !sig_has_invalid(sel.type)) {
        why = arena_printf("(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m->name,
                           func_string(m->name, sel.type), func_string(m->name, m->type));
      } else if (sel.ptr_recv && !sel.indirect && V->kind != TY_POINTER) {
        why = arena_printf("(%s method has pointer receiver)", m->name);
      }
    }
    if (why) {
      if (reason) *reason = arena_printf("%s does not implement %s %s", tstr(V), tstr(T), why);
      return false;
    }
  }
  return true;
}

/* Spec: Assignability (x is typed here, or untyped nil) */
bool assignable(Operand *x, Type *T, char **reason) {
  Type *V = x->type;
  if (!type_valid(V) || !type_valid(T)) return true;
  if (type_identical(V, T)) return true;
  Type *Vu = type_under(V), *Tu = type_under(T);
  if (type_is_untyped(V)) {
    if (V->kind == TY_UNTYPED_NIL) return type_has_nil(T);
    if (Tu->kind == TY_INTERFACE) return Tu->methods.len == 0 || implements(type_default(V), T, reason);
    if (!type_is_basic(Tu)) return false;
    if (V->kind == TY_UNTYPED_BOOL) return Tu->kind == TY_BOOL;
    if (V->kind == TY_UNTYPED_STRING) return Tu->kind == TY_STRING;
    return type_is_numeric(Tu);
  }
  if (type_identical(Vu, Tu) && (!type_is_named(V) || !type_is_named(T)) &&
      Vu->kind != TY_INVALID)
    return true;
  if (Tu->kind == TY_INTERFACE) return implements(V, T, reason);
  if (Vu->kind == TY_INTERFACE && Tu->kind != TY_INTERFACE) {
    char *r = NULL;
    if (implements(T, V, &r) && reason) *reason = "need type assertion";
    return false;
  }
  if (Vu->kind == TY_CHAN && Vu->dir == CHAN_BOTH && Tu->kind == TY_CHAN &&
      type_identical(Vu->elem, Tu->elem))
    return !type_is_named(V) || !type_is_named(T);
  return false;
}

static bool identical_ignore_tags(Type *a, Type *b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  if (a->kind == TY_STRUCT) {
    if (a->fields.len != b->fields.len) return false;
    for (int i = 0; i < a->fields.len; i++) {
      Field *x = a->fields.data[i], *y = b->fields.data[i];
      if (x->name != y->name || x->embedded != y->embedded || !identical_ignore_tags(x->type, y->type))
        return false;
    }
    return true;
  }
  if (a->kind == TY_POINTER || a->kind == TY_SLICE) return identical_ignore_tags(a->elem, b->elem);
  if (a->kind == TY_ARRAY) return a->len == b->len && identical_ignore_tags(a->elem, b->elem);
  return type_identical(a, b);
}

/* Spec: Conversions (non-constant part; constants are handled in call.c) */
bool convertible(Operand *x, Type *T) {
  Type *V = x->type;
  if (assignable(x, T, NULL)) return true;
  Type *Vu = type_under(V), *Tu = type_under(T);
  if (identical_ignore_tags(Vu, Tu)) return true;
  if (V->kind == TY_POINTER && T->kind == TY_POINTER &&
      identical_ignore_tags(type_under(V->elem), type_under(T->elem)))
    return true;
  if ((type_is_integer(Vu) || type_is_float(Vu)) && (type_is_integer(Tu) || type_is_float(Tu)))
    return true;
  if (type_is_complex(Vu) && type_is_complex(Tu)) return true;
  if (type_is_string(Tu)) {
    if (type_is_integer(Vu)) return true;
    if (Vu->kind == TY_SLICE) {
      TypeKind ek = type_under(Vu->elem)->kind;
      if (ek == TY_UINT8 || ek == TY_INT32) return true;
    }
  }
  if (type_is_string(Vu) && Tu->kind == TY_SLICE) {
    TypeKind ek = type_under(Tu->elem)->kind;
    if (ek == TY_UINT8 || ek == TY_INT32) return true;
  }
  if ((Vu->kind == TY_UNSAFEPTR && (Tu->kind == TY_POINTER || Tu->kind == TY_UINTPTR)) ||
      (Tu->kind == TY_UNSAFEPTR && (Vu->kind == TY_POINTER || Vu->kind == TY_UINTPTR)))
    return true;
  if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER && type_under(Tu->elem)->kind == TY_ARRAY &&
      type_identical(Vu->elem, type_under(Tu->elem)->elem))
    return true;
  return false;
}
