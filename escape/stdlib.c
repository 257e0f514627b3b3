/* stdlib.c — parameter leak summaries of gosub's own packages' functions written in C
 * (fmt, sync, sync/atomic, time, internal/reflectlite: declared without a body in
 * sema/prelude/). They have no Go body to analyse, so their summaries are gc's own: taken
 * from `go build -gcflags=-m` of the Go 1.19 sources of each package (compiled as the go
 * command compiles them, with inlining), one row per leaking parameter; a parameter not
 * listed does not escape. Every other function — the packages compiled from Go's source and
 * the Go code of gosub's own packages — is summarised by analysing its body, bottom-up
 * across packages, as gc does (escape/export.c carries summaries through the build cache). */
#include <string.h>

#include "escape_int.h"

/* ---- summaries ----
 * One row per leaking parameter (any parameter not listed does not escape): heap = derefs
 * of the leak to the heap (-1: none), result/level = a leak to result #result. */
typedef struct StdTag {
  const char *pkg, *func, *param;
  int heap, result, level;
} StdTag;

static const StdTag stdlib_tags[] = {
  {"atomic", "AddInt32", "addr", 0, -1, 0},
  {"atomic", "AddInt64", "addr", 0, -1, 0},
  {"atomic", "AddUint32", "addr", 0, -1, 0},
  {"atomic", "AddUint64", "addr", 0, -1, 0},
  {"atomic", "AddUintptr", "addr", 0, -1, 0},
  {"atomic", "Bool.CompareAndSwap", "x", 0, -1, 0},
  {"atomic", "Bool.Load", "x", 0, -1, 0},
  {"atomic", "Bool.Store", "x", 0, -1, 0},
  {"atomic", "Bool.Swap", "x", 0, -1, 0},
  {"atomic", "CompareAndSwapInt32", "addr", 0, -1, 0},
  {"atomic", "CompareAndSwapInt64", "addr", 0, -1, 0},
  {"atomic", "CompareAndSwapPointer", "addr", 0, -1, 0},
  {"atomic", "CompareAndSwapPointer", "new", 0, -1, 0},
  {"atomic", "CompareAndSwapPointer", "old", 0, -1, 0},
  {"atomic", "CompareAndSwapUint32", "addr", 0, -1, 0},
  {"atomic", "CompareAndSwapUint64", "addr", 0, -1, 0},
  {"atomic", "CompareAndSwapUintptr", "addr", 0, -1, 0},
  {"atomic", "Int32.Add", "x", 0, -1, 0},
  {"atomic", "Int32.CompareAndSwap", "x", 0, -1, 0},
  {"atomic", "Int32.Load", "x", 0, -1, 0},
  {"atomic", "Int32.Store", "x", 0, -1, 0},
  {"atomic", "Int32.Swap", "x", 0, -1, 0},
  {"atomic", "Int64.Add", "x", 0, -1, 0},
  {"atomic", "Int64.CompareAndSwap", "x", 0, -1, 0},
  {"atomic", "Int64.Load", "x", 0, -1, 0},
  {"atomic", "Int64.Store", "x", 0, -1, 0},
  {"atomic", "Int64.Swap", "x", 0, -1, 0},
  {"atomic", "LoadInt32", "addr", 0, -1, 0},
  {"atomic", "LoadInt64", "addr", 0, -1, 0},
  {"atomic", "LoadPointer", "addr", 0, -1, 0},
  {"atomic", "LoadUint32", "addr", 0, -1, 0},
  {"atomic", "LoadUint64", "addr", 0, -1, 0},
  {"atomic", "LoadUintptr", "addr", 0, -1, 0},
  {"atomic", "StoreInt32", "addr", 0, -1, 0},
  {"atomic", "StoreInt64", "addr", 0, -1, 0},
  {"atomic", "StorePointer", "addr", 0, -1, 0},
  {"atomic", "StorePointer", "val", 0, -1, 0},
  {"atomic", "StoreUint32", "addr", 0, -1, 0},
  {"atomic", "StoreUint64", "addr", 0, -1, 0},
  {"atomic", "StoreUintptr", "addr", 0, -1, 0},
  {"atomic", "SwapInt32", "addr", 0, -1, 0},
  {"atomic", "SwapInt64", "addr", 0, -1, 0},
  {"atomic", "SwapPointer", "addr", 0, -1, 0},
  {"atomic", "SwapPointer", "new", 0, -1, 0},
  {"atomic", "SwapUint32", "addr", 0, -1, 0},
  {"atomic", "SwapUint64", "addr", 0, -1, 0},
  {"atomic", "SwapUintptr", "addr", 0, -1, 0},
  {"atomic", "Uint32.Add", "x", 0, -1, 0},
  {"atomic", "Uint32.CompareAndSwap", "x", 0, -1, 0},
  {"atomic", "Uint32.Load", "x", 0, -1, 0},
  {"atomic", "Uint32.Store", "x", 0, -1, 0},
  {"atomic", "Uint32.Swap", "x", 0, -1, 0},
  {"atomic", "Uint64.Add", "x", 0, -1, 0},
  {"atomic", "Uint64.CompareAndSwap", "x", 0, -1, 0},
  {"atomic", "Uint64.Load", "x", 0, -1, 0},
  {"atomic", "Uint64.Store", "x", 0, -1, 0},
  {"atomic", "Uint64.Swap", "x", 0, -1, 0},
  {"atomic", "Uintptr.Add", "x", 0, -1, 0},
  {"atomic", "Uintptr.CompareAndSwap", "x", 0, -1, 0},
  {"atomic", "Uintptr.Load", "x", 0, -1, 0},
  {"atomic", "Uintptr.Store", "x", 0, -1, 0},
  {"atomic", "Uintptr.Swap", "x", 0, -1, 0},
  {"atomic", "Value.CompareAndSwap", "new", 0, -1, 0},
  {"atomic", "Value.CompareAndSwap", "v", 0, -1, 0},
  {"atomic", "Value.Load", "v", 0, -1, 0},
  {"atomic", "Value.Store", "v", 0, -1, 0},
  {"atomic", "Value.Store", "val", 0, -1, 0},
  {"atomic", "Value.Swap", "new", 0, -1, 0},
  {"atomic", "Value.Swap", "v", 0, -1, 0},
  {"fmt", "Appendf", "a", 1, -1, 0},
  {"fmt", "Appendf", "b", -1, 0, 0},
  {"fmt", "Appendln", "a", 1, -1, 0},
  {"fmt", "Appendln", "b", -1, 0, 0},
  {"fmt", "Append", "a", 1, -1, 0},
  {"fmt", "Append", "b", -1, 0, 0},
  {"fmt", "Errorf", "a", 1, -1, 0},
  {"fmt", "Fprintf", "a", 1, -1, 0},
  {"fmt", "Fprintf", "w", 0, -1, 0},
  {"fmt", "Fprintln", "a", 1, -1, 0},
  {"fmt", "Fprintln", "w", 0, -1, 0},
  {"fmt", "Fprint", "a", 1, -1, 0},
  {"fmt", "Fprint", "w", 0, -1, 0},
  {"fmt", "Fscanf", "a", 1, -1, 0},
  {"fmt", "Fscanf", "r", 0, -1, 0},
  {"fmt", "Fscanln", "a", 1, -1, 0},
  {"fmt", "Fscanln", "r", 0, -1, 0},
  {"fmt", "Fscan", "a", 1, -1, 0},
  {"fmt", "Fscan", "r", 0, -1, 0},
  {"fmt", "Printf", "a", 1, -1, 0},
  {"fmt", "Println", "a", 1, -1, 0},
  {"fmt", "Print", "a", 1, -1, 0},
  {"fmt", "Scanf", "a", 1, -1, 0},
  {"fmt", "Scanln", "a", 1, -1, 0},
  {"fmt", "Scan", "a", 1, -1, 0},
  {"fmt", "Sprintf", "a", 1, -1, 0},
  {"fmt", "Sprintln", "a", 1, -1, 0},
  {"fmt", "Sprint", "a", 1, -1, 0},
  {"fmt", "Sscanf", "a", 1, -1, 0},
  {"fmt", "Sscanln", "a", 1, -1, 0},
  {"fmt", "Sscan", "a", 1, -1, 0},
  {"sync", "Cond.Broadcast", "c", 0, -1, 0},
  {"sync", "Cond.Signal", "c", 0, -1, 0},
  {"sync", "Cond.Wait", "c", 0, -1, 0},
  {"sync", "Map.Delete", "m", 0, -1, 0},
  {"sync", "Map.LoadAndDelete", "m", 0, -1, 0},
  {"sync", "Map.LoadOrStore", "key", 0, -1, 0},
  {"sync", "Map.LoadOrStore", "m", 0, -1, 0},
  {"sync", "Map.LoadOrStore", "value", 0, -1, 0},
  {"sync", "Map.Load", "m", 0, -1, 0},
  {"sync", "Map.Range", "m", 0, -1, 0},
  {"sync", "Map.Store", "key", 0, -1, 0},
  {"sync", "Map.Store", "m", 0, -1, 0},
  {"sync", "Mutex.Lock", "m", 0, -1, 0},
  {"sync", "Mutex.TryLock", "m", 0, -1, 0},
  {"sync", "Mutex.Unlock", "m", 0, -1, 0},
  {"sync", "NewCond", "l", 0, -1, 0},
  {"sync", "Once.Do", "o", 0, -1, 0},
  {"sync", "Pool.Get", "p", 0, -1, 0},
  {"sync", "Pool.Put", "p", 0, -1, 0},
  {"sync", "Pool.Put", "x", 0, -1, 0},
  {"sync", "RWMutex.Lock", "rw", 0, -1, 0},
  {"sync", "RWMutex.RLocker", "rw", -1, 0, 0},
  {"sync", "RWMutex.RLock", "rw", 0, -1, 0},
  {"sync", "RWMutex.RUnlock", "rw", 0, -1, 0},
  {"sync", "RWMutex.TryLock", "rw", 0, -1, 0},
  {"sync", "RWMutex.TryRLock", "rw", 0, -1, 0},
  {"sync", "RWMutex.Unlock", "rw", 0, -1, 0},
  {"sync", "WaitGroup.Add", "wg", 0, -1, 0},
  {"sync", "WaitGroup.Done", "wg", 0, -1, 0},
  {"sync", "WaitGroup.Wait", "wg", 0, -1, 0},
  {"time", "AfterFunc", "f", 0, -1, 0},
  {"time", "Date", "loc", 0, -1, 0},
  {"time", "FixedZone", "name", 0, -1, 0},
  {"time", "LoadLocationFromTZData", "name", 0, -1, 0},
  {"time", "LoadLocation", "name", 0, -1, 0},
  {"time", "Location.String", "l", -1, 0, 1},
  {"time", "ParseInLocation", "layout", 0, -1, 0},
  {"time", "ParseInLocation", "loc", 0, -1, 0},
  {"time", "ParseInLocation", "value", 0, -1, 0},
  {"time", "Parse", "layout", 0, -1, 0},
  {"time", "Parse", "value", 0, -1, 0},
  {"time", "Ticker.Reset", "t", 0, -1, 0},
  {"time", "Ticker.Stop", "t", 0, -1, 0},
  {"time", "Time.AddDate", "t", 0, -1, 0},
  {"time", "Time.Add", "t", -1, 0, 0},
  {"time", "Time.AppendFormat", "b", -1, 0, 0},
  {"time", "Time.In", "loc", 0, -1, 0},
  {"time", "Time.In", "t", -1, 0, 0},
  {"time", "Time.Local", "t", -1, 0, 0},
  {"time", "Time.Location", "t", -1, 0, 0},
  {"time", "Time.Round", "t", -1, 0, 0},
  {"time", "Time.Truncate", "t", -1, 0, 0},
  {"time", "Time.UTC", "t", -1, 0, 0},
  {"time", "Time.ZoneBounds", "t", 0, -1, 0},
  {"time", "Timer.Reset", "t", 0, -1, 0},
  {"time", "Timer.Stop", "t", 0, -1, 0},
  /* gosub's own internal/reflectlite: escapes(x) stands for gc's reflectlite.escapes */
  {"reflectlite", "escapes", "x", 0, -1, 0},
  {"time", "Time.Zone", "t", -1, 0, 1},
};

static const char *last_component(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* "Name" or "Recv.Name" for a function or method object. */
static const char *func_key(Object *fn) {
  if (!fn->recv) return fn->name;
  Type *r = fn->recv;
  if (esc_under(r)->kind == TY_POINTER && r->kind != TY_NAMED) r = esc_under(r)->elem;
  const char *rn = r->obj ? r->obj->name : "?";
  return arena_printf("%s.%s", rn, fn->name);
}

/* The declared name of parameter i (0 = receiver for methods) of a body-less function. */
static const char *param_name(Object *fn, int i) {
  Node *d = fn->decl;
  if (!d || d->kind != N_FUNCDECL) return NULL;
  if (d->funcdecl.recv) {
    if (i == 0) {
      Node *f = d->funcdecl.recv;
      return f->field.names.len ? ((Node *)f->field.names.data[0])->ident.name : NULL;
    }
    i--;
  }
  Vec *ps = &d->funcdecl.type->functype.params;
  for (int j = 0; j < ps->len; j++) {
    Node *f = ps->data[j];
    int nn = f->field.names.len ? f->field.names.len : 1;
    if (i < nn) return f->field.names.len ? ((Node *)f->field.names.data[i])->ident.name : NULL;
    i -= nn;
  }
  return NULL;
}

Leaks *esc_stdlib_tag(Object *fn, int param_index, Type *ptype) {
  Leaks *l = NEW(Leaks);
  if (!esc_has_pointers(ptype)) { leaks_add_heap(l, 0); return l; }
  const char *pkg = last_component(fn->pkg ? fn->pkg : ""), *key = func_key(fn);
  const char *pname = param_name(fn, param_index);
  if (!pname) return l;
  for (size_t i = 0; i < sizeof stdlib_tags / sizeof stdlib_tags[0]; i++) {
    const StdTag *t = &stdlib_tags[i];
    if (strcmp(t->pkg, pkg) || strcmp(t->func, key) || strcmp(t->param, pname)) continue;
    if (t->heap >= 0) leaks_add_heap(l, t->heap);
    if (t->result >= 0) leaks_add_result(l, t->result, t->level);
  }
  return l;
}

