/* export.c — a package's escape summaries as the build cache keeps them (gc keeps them in
 * its export data): importers analyse their calls with the summaries of the functions they
 * call, so a package taken from the cache brings its summaries back instead of being
 * analysed again. One line per function that has a summary:
 *
 *     Name NPARAMS TAG...          e.g.  Index 2 0000000000000000 0000000000000000
 *     Recv.Name NPARAMS TAG...           (*Builder).WriteString: Builder.WriteString 2 ...
 *
 * where a TAG is the parameter's Leaks (escape_int.h) as 16 hex digits, the receiver first
 * for methods. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape_int.h"

/* "Name", or "Recv.Name" for a method of Recv or *Recv */
static const char *key_of(Object *fn) {
  if (!fn->recv) return fn->name;
  Type *r = fn->recv;
  if (r->kind == TY_POINTER) r = r->elem;
  return arena_printf("%s.%s", r->obj ? r->obj->name : "?", fn->name);
}

const char *esc_export(Package *pkg) {
  StrBuf sb = {0};
  for (int f = 0; f < pkg->files.len; f++) {
    Node *file = pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind != N_FUNCDECL || !d->funcdecl.obj) continue;
      EscFn *fn = d->funcdecl.obj->esc;
      if (!fn || !fn->tags || fn->state != FN_TAGGED) continue;
      sb_printf(&sb, "%s %d", key_of(d->funcdecl.obj), fn->params.len);
      for (int p = 0; p < fn->params.len; p++) {
        sb_putc(&sb, ' ');
        for (int b = 0; b < (int)sizeof(Leaks); b++) sb_printf(&sb, "%02x", fn->tags[p].v[b]);
      }
      sb_putc(&sb, '\n');
    }
  }
  const char *r = sb.len ? sb_arena(&sb) : "";
  sb_free(&sb);
  return r;
}

static int hexval(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Parses one line into fn's summaries; false if it is not well formed. */
static bool parse_tags(const char *s, EscFn *fn) {
  char *end;
  long n = strtol(s, &end, 10);
  if (end == s || n < 0 || n > 4096) return false;
  fn->tags = arena_alloc(sizeof(Leaks) * (size_t)(n + 1));
  for (long p = 0; p < n; p++) {
    s = end;
    if (*s++ != ' ') return false;
    for (int b = 0; b < (int)sizeof(Leaks); b++) {
      int hi = hexval(s[0]), lo = hi < 0 ? -1 : hexval(s[1]);
      if (lo < 0) return false;
      fn->tags[p].v[b] = (uint8_t)(hi << 4 | lo);
      s += 2;
    }
    end = (char *)s;
    vec_push(&fn->params, NULL); /* no locations: the function is not analysed again */
  }
  return true;
}

void esc_import(Package *pkg, const char *text) {
  /* index the lines by key */
  Vec keys = {0}, rests = {0};
  for (const char *l = text; l && *l;) {
    const char *sp = strchr(l, ' '), *nl = strchr(l, '\n');
    if (!sp || (nl && sp > nl)) break;
    vec_push(&keys, (void *)intern_n(l, (size_t)(sp - l)));
    vec_push(&rests, (void *)(sp + 1));
    l = nl ? nl + 1 : NULL;
  }
  for (int f = 0; f < pkg->files.len; f++) {
    Node *file = pkg->files.data[f];
    for (int i = 0; i < file->file.decls.len; i++) {
      Node *d = file->file.decls.data[i];
      if (d->kind != N_FUNCDECL || !d->funcdecl.obj) continue;
      const char *key = intern(key_of(d->funcdecl.obj));
      for (int k = 0; k < keys.len; k++) {
        if (keys.data[k] != key) continue;
        EscFn *fn = esc_new_fn(d, NULL);
        if (!parse_tags(rests.data[k], fn)) fatal("bad escape summaries for %s in the cache", key);
        fn->state = FN_TAGGED;
        fn->visit_id = 0x7fffffff;
        break;
      }
    }
  }
}
