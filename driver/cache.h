/* cache.h — the build cache's interface (cache.c says what an entry holds and how keys
 * are made). */
#ifndef GOSUB_CACHE_H
#define GOSUB_CACHE_H

#include "../sema/sema.h"

typedef struct CacheEntry {
  const char *object;   /* the object file in the cache, or NULL when the package has none */
  const char *escape;   /* its escape summaries (escape/export.c) */
  const char *unavail;  /* its declarations left out (sema/export.c) */
  bool has_object;
} CacheEntry;

void cache_init(void);          /* find the directory and gosub's own identity */
bool cache_enabled(void);
const char *cache_dir(void);    /* where the cache is (also when it is not usable yet) */
/* p->key from p's sources, its imports' keys (computed before) and gosub's identity */
void cache_key(Package *p, int opt_level, bool strip);
bool cache_lookup(Package *p, CacheEntry *e);
/* a temporary path in the cache for p's object, to give to codegen; NULL without a cache */
const char *cache_object_path(Package *p);
/* records p's entry (tmp_object: from cache_object_path, or NULL for no object); returns
 * the path of the object to link */
const char *cache_store(Package *p, const char *tmp_object, const char *escape,
                        const char *unavail);
/* the key of a link: gosub, the objects to link (paths in the cache), the runtime library
 * (path and stamps), and the options of the link command (a string of them); false when
 * there is no cache or an object is not a cache entry (then nothing is remembered) */
bool cache_link_key(const Vec *objs, const char *runtime, const char *options, uint8_t key[32]);
/* exe was linked by gosub from inputs of this key and has not been written since */
bool cache_link_uptodate(const char *exe, const uint8_t key[32]);
void cache_link_done(const char *exe, const uint8_t key[32]);   /* exe was just linked */
int cache_clean(void);          /* gosub clean -cache: 0 on success */

#endif
