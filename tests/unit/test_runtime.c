/* test_runtime.c — Check unit tests of the core runtime (runtime/): allocator, strings,
 * growslice, maps, channels, interfaces, panics/defer/recover (run in a forked child whose
 * stderr and exit status are compared with Go's).
 *
 * The runtime library's main() is weak, so this file provides its own; gosub_main_init and
 * gosub_main_main are stubs. Descriptors for composite types are written by hand here the
 * way codegen emits them.
 */
#include "../../runtime/rt_internal.h"
#include "../../runtime/heap.h"
#include <check.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

void gosub_main_init(void) {}
void gosub_main_main(void) {}

/* ---- descriptors like codegen's ---- */
static const uint8_t mask1[1] = {1};
static const GoType t_int_slice = {24, 8, mask1, 0, GOK_SLICE, 8, 0, 0, "[]int", &gort_type_int,
                                   NULL, 0, 0, 0, NULL, NULL};
static const GoType t_map_ii = {8, 8, mask1, 0, GOK_MAP, 8, 0, 0, "map[int]int", &gort_type_int,
                                &gort_type_int, 0, 0, 0, NULL, NULL};
static const GoType t_map_si = {8, 8, mask1, 0, GOK_MAP, 8, 0, 0, "map[string]int",
                                &gort_type_int, &gort_type_string, 0, 0, 0, NULL, NULL};
static const GoType t_map_fi = {8, 8, mask1, 0, GOK_MAP, 8, 0, 0, "map[float64]int",
                                &gort_type_int, &gort_type_float64, 0, 0, 0, NULL, NULL};
static const GoType t_map_ai = {8, 8, mask1, 0, GOK_MAP, 8, 0, 0, "map[interface {}]int",
                                &gort_type_int, &gort_type_any, 0, 0, 0, NULL, NULL};
static const GoField pt_fields[2] = {{"X", &gort_type_int, 0, 0, 1}, {"S", &gort_type_string, 8, 0, 1}};
static const uint8_t mask2[1] = {2};
static const GoType t_pt = {24, 16, mask2, 0, GOK_STRUCT, 8, GOTF_NAMED | GOTF_COMPARABLE, 0,
                            "main.P", NULL, NULL, 0, 2, 0, pt_fields, NULL};
static const GoType t_map_pi = {8, 8, mask1, 0, GOK_MAP, 8, 0, 0, "map[main.P]int",
                                &gort_type_int, &t_pt, 0, 0, 0, NULL, NULL};
static const GoType t_chan_int = {8, 8, mask1, 0, GOK_CHAN, 8, GOTF_COMPARABLE, 3, "chan int",
                                  &gort_type_int, NULL, 0, 0, 0, NULL, NULL};

/* ---- running a function in a child, capturing stderr ---- */
typedef struct { int status; char err[4096]; } Child;

static Child run_child(void (*fn)(void)) {
  Child c;
  memset(&c, 0, sizeof c);
  int fds[2];
  ck_assert_int_eq(pipe(fds), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    fn();
    exit(0);
  }
  close(fds[1]);
  size_t n = 0;
  ssize_t r;
  while ((r = read(fds[0], c.err + n, sizeof c.err - 1 - n)) > 0) n += (size_t)r;
  close(fds[0]);
  int st;
  waitpid(pid, &st, 0);
  c.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return c;
}

static void expect_panic(void (*fn)(void), const char *first_line) {
  Child c = run_child(fn);
  ck_assert_int_eq(c.status, 2);
  ck_assert_msg(strncmp(c.err, first_line, strlen(first_line)) == 0, "got: %s", c.err);
  ck_assert_msg(strstr(c.err, "\n\ngoroutine 1 [running]:\n") != NULL, "got: %s", c.err);
}

static void expect_prefix(const char *got, const char *want) {
  ck_assert_msg(strncmp(got, want, strlen(want)) == 0, "got: %s", got);
}

static GoString S(const char *s) { return rt_str_static(s); }

/* ---- allocator ---- */

START_TEST(alloc_zeroed_and_distinct) {
  int64_t *prev = NULL;
  for (int i = 0; i < 100000; i++) {
    int64_t *p = gort_alloc(&gort_type_int);
    ck_assert_int_eq(*p, 0);
    ck_assert_ptr_ne(p, prev);
    *p = i;
    prev = p;
  }
  void *big = gort_alloc_array(&gort_type_int, 1 << 20);
  ck_assert_int_eq(((int64_t *)big)[12345], 0);
  GoMemStats m;
  gort_memstats_read(&m);
  ck_assert_uint_ge(m.Mallocs, 100001);
  ck_assert_uint_ge(m.TotalAlloc, 100000 * 8 + (8 << 20));
}
END_TEST

START_TEST(alloc_size_classes) {
  ck_assert_uint_eq(rt_roundupsize(1), 8);
  ck_assert_uint_eq(rt_roundupsize(9), 16);
  ck_assert_uint_eq(rt_roundupsize(33), 48);
  ck_assert_uint_eq(rt_roundupsize(1025), 1152);
  ck_assert_uint_eq(rt_roundupsize(32768), 32768);
  ck_assert_uint_eq(rt_roundupsize(32769), 40960);
}
END_TEST

/* ---- strings ---- */

START_TEST(strings_concat_compare) {
  GoString a = S("hello, "), b = S("world");
  GoString c = gort_concat2(a.ptr, a.len, b.ptr, b.len);
  ck_assert_int_eq(c.len, 12);
  ck_assert(memcmp(c.ptr, "hello, world", 12) == 0);
  GoString parts[3] = {S("a"), S(""), S("bc")};
  GoString d = gort_concatn(parts, 3);
  ck_assert(d.len == 3 && memcmp(d.ptr, "abc", 3) == 0);
  ck_assert_int_lt(gort_strcmp((const uint8_t *)"ab", 2, (const uint8_t *)"abc", 3), 0);
  ck_assert_int_gt(gort_strcmp((const uint8_t *)"b", 1, (const uint8_t *)"abc", 3), 0);
  ck_assert(gort_streq((const uint8_t *)"xy", 2, (const uint8_t *)"xy", 2));
}
END_TEST

START_TEST(strings_utf8) {
  int64_t next;
  ck_assert_int_eq(gort_decoderune((const uint8_t *)"\xe4\xb8\x96!", 4, 0, &next), 0x4e16);
  ck_assert_int_eq(next, 3);
  ck_assert_int_eq(gort_decoderune((const uint8_t *)"\xff", 1, 0, &next), 0xfffd);
  ck_assert_int_eq(next, 1);
  ck_assert_int_eq(gort_decoderune((const uint8_t *)"\xed\xa0\x80", 3, 0, &next), 0xfffd);
  ck_assert_int_eq(next, 1);   /* surrogate */
  ck_assert_int_eq(gort_decoderune((const uint8_t *)"\xe4\xb8", 2, 0, &next), 0xfffd);
  ck_assert_int_eq(next, 1);   /* truncated */
  GoString s = gort_string_from_rune(-1);
  ck_assert(s.len == 3 && memcmp(s.ptr, "\xef\xbf\xbd", 3) == 0);
  s = gort_string_from_rune(0x1F600);
  ck_assert_int_eq(s.len, 4);
  int32_t runes[3] = {'a', 0x4e16, 0xD800};
  s = gort_string_from_runes(runes, 3);
  ck_assert(s.len == 7 && memcmp(s.ptr, "a\xe4\xb8\x96\xef\xbf\xbd", 7) == 0);
  GoSlice rs;
  gort_runes_from_string(&rs, (const uint8_t *)"h\xc3\xa9!", 4);
  ck_assert_int_eq(rs.len, 3);
  ck_assert_int_eq(((int32_t *)rs.ptr)[1], 0xe9);
  ck_assert_int_eq(rs.cap, 4);  /* 12 bytes → class 16 */
  GoSlice bs;
  gort_bytes_from_string(&bs, (const uint8_t *)"hello", 5);
  ck_assert(bs.len == 5 && bs.cap == 8);
}
END_TEST

/* ---- slices ---- */

START_TEST(growslice_go_caps) {
  /* caps Go 1.19 prints for appending ints one at a time */
  static const int64_t want[] = {1, 2, 4, 4, 8, 8, 8, 8, 16};
  GoSlice s = {NULL, 0, 0};
  for (int i = 0; i < 9; i++) {
    GoSlice r;
    gort_growslice(&r, &gort_type_int, s.ptr, s.len, s.cap, 1);
    ((int64_t *)r.ptr)[r.len - 1] = i;
    s = r;
    ck_assert_int_eq(s.cap, want[i]);
  }
  for (int i = 0; i < 9; i++) ck_assert_int_eq(((int64_t *)s.ptr)[i], i);
  /* large: 512 → 512 + (512+768)/4 = 832 ints = 6656 bytes → class 6784 → 848 */
  GoSlice r;
  void *p = gort_alloc_array(&gort_type_int, 512);
  gort_growslice(&r, &gort_type_int, p, 512, 512, 1);
  ck_assert_int_eq(r.cap, 848);
  /* bytes: append 5 to empty → cap 8 */
  gort_growslice(&r, &gort_type_uint8, NULL, 0, 0, 5);
  ck_assert_int_eq(r.cap, 8);
  int64_t a[4] = {1, 2, 3, 4};
  ck_assert_int_eq(gort_slicecopy(a, 4, a + 1, 3, 8), 3);
  ck_assert_int_eq(a[0], 2);
}
END_TEST

/* ---- maps ---- */

START_TEST(map_int_keys) {
  GoMap *m = gort_makemap(&t_map_ii, 0);
  for (int64_t i = 0; i < 10000; i++) *(int64_t *)gort_mapassign(&t_map_ii, m, &i) = i * 2;
  ck_assert_int_eq(gort_maplen(m), 10000);
  for (int64_t i = 0; i < 10000; i += 2) gort_mapdelete(&t_map_ii, m, &i);
  ck_assert_int_eq(gort_maplen(m), 5000);
  for (int64_t i = 0; i < 10000; i++) {
    int64_t *v = gort_mapaccess(&t_map_ii, m, &i);
    if (i % 2) ck_assert(v && *v == i * 2);
    else ck_assert_ptr_null(v);
  }
  int64_t k = 12345;
  ck_assert_ptr_null(gort_mapaccess(&t_map_ii, NULL, &k));
  ck_assert_int_eq(gort_maplen(NULL), 0);
}
END_TEST

START_TEST(map_string_and_struct_keys) {
  GoMap *m = gort_makemap(&t_map_si, 100);
  char buf[32];
  for (int i = 0; i < 1000; i++) {
    snprintf(buf, sizeof buf, "key%d", i);
    GoString k = rt_str(buf);
    *(int64_t *)gort_mapassign(&t_map_si, m, &k) += i;
  }
  GoString k = rt_str("key777");
  ck_assert_int_eq(*(int64_t *)gort_mapaccess(&t_map_si, m, &k), 777);
  GoMap *pm = gort_makemap(&t_map_pi, 0);
  struct { int64_t x; GoString s; } p1 = {1, rt_str("a")}, p2 = {1, rt_str("a")};
  *(int64_t *)gort_mapassign(&t_map_pi, pm, &p1) = 5;
  ck_assert_int_eq(*(int64_t *)gort_mapaccess(&t_map_pi, pm, &p2), 5);
}
END_TEST

START_TEST(map_float_keys) {
  GoMap *m = gort_makemap(&t_map_fi, 0);
  double pz = 0.0, nz = -0.0, nan = NAN;
  *(int64_t *)gort_mapassign(&t_map_fi, m, &pz) = 1;
  ck_assert_int_eq(*(int64_t *)gort_mapaccess(&t_map_fi, m, &nz), 1);
  *(int64_t *)gort_mapassign(&t_map_fi, m, &nan) = 2;
  *(int64_t *)gort_mapassign(&t_map_fi, m, &nan) = 3;
  ck_assert_int_eq(gort_maplen(m), 3);   /* NaN != NaN: two entries */
  ck_assert_ptr_null(gort_mapaccess(&t_map_fi, m, &nan));
}
END_TEST

START_TEST(map_iteration) {
  GoMap *m = gort_makemap(&t_map_ii, 0);
  for (int64_t i = 0; i < 100; i++) *(int64_t *)gort_mapassign(&t_map_ii, m, &i) = i;
  /* every key once, even when deleting and growing during the iteration */
  int seen[100] = {0};
  GoMapIter it;
  int64_t added = 1000;
  for (gort_mapiterinit(&t_map_ii, m, &it); it.key; gort_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    if (k >= 1000) continue;
    ck_assert_int_eq(seen[k]++, 0);
    ck_assert_int_eq(*(int64_t *)it.elem, k);
    for (int j = 0; j < 20; j++, added++) *(int64_t *)gort_mapassign(&t_map_ii, m, &added) = 0;
  }
  for (int i = 0; i < 100; i++) ck_assert_int_eq(seen[i], 1);
  /* deleted before being reached: never produced */
  GoMap *m2 = gort_makemap(&t_map_ii, 0);
  for (int64_t i = 0; i < 50; i++) *(int64_t *)gort_mapassign(&t_map_ii, m2, &i) = i;
  int count = 0;
  for (gort_mapiterinit(&t_map_ii, m2, &it); it.key; gort_mapiternext(&it)) {
    int64_t k = *(int64_t *)it.key;
    int64_t other = 49 - k;
    gort_mapdelete(&t_map_ii, m2, &other);
    count++;
  }
  ck_assert_int_eq(count, 25);
  /* the starting point is random: two iterations rarely agree on the first key */
  int differ = 0;
  for (int r = 0; r < 20; r++) {
    GoMapIter a, b;
    gort_mapiterinit(&t_map_ii, m, &a);
    gort_mapiterinit(&t_map_ii, m, &b);
    differ += *(int64_t *)a.key != *(int64_t *)b.key;
  }
  ck_assert_int_gt(differ, 0);
}
END_TEST

static void unhashable(void) {
  GoMap *m = gort_makemap(&t_map_ai, 0);
  GoSlice *s = gort_alloc(&t_int_slice);
  GoEface k = {&t_int_slice, s};
  gort_mapassign(&t_map_ai, m, &k);
}
static void nilmap(void) {
  int64_t k = 1;
  gort_mapassign(&t_map_ii, NULL, &k);
}
START_TEST(map_panics) {
  expect_panic(unhashable, "panic: runtime error: hash of unhashable type []int\n");
  expect_panic(nilmap, "panic: assignment to entry in nil map\n");
}
END_TEST

/* ---- channels ---- */

START_TEST(chan_buffered) {
  GoChan *c = gort_makechan(&t_chan_int, 2);
  int64_t v;
  v = 1; gort_chansend(c, &v);
  v = 2; gort_chansend(c, &v);
  ck_assert_int_eq(gort_chanlen(c), 2);
  ck_assert(gort_chanrecv(c, &v) && v == 1);
  v = 3; gort_chansend(c, &v);
  gort_chanclose(c);
  ck_assert(gort_chanrecv(c, &v) && v == 2);
  ck_assert(gort_chanrecv(c, &v) && v == 3);
  ck_assert(!gort_chanrecv(c, &v) && v == 0);
  ck_assert_int_eq(gort_chancap(c), 2);
}
END_TEST

static void send_closed(void) {
  GoChan *c = gort_makechan(&t_chan_int, 1);
  int64_t v = 1;
  gort_chanclose(c);
  gort_chansend(c, &v);
}
static void close_closed(void) {
  GoChan *c = gort_makechan(&t_chan_int, 1);
  gort_chanclose(c);
  gort_chanclose(c);
}
static void close_nil(void) { gort_chanclose(NULL); }
static void deadlock(void) {
  GoChan *c = gort_makechan(&t_chan_int, 0);
  int64_t v = 1;
  gort_chansend(c, &v);
}
START_TEST(chan_panics) {
  expect_panic(send_closed, "panic: send on closed channel\n");
  expect_panic(close_closed, "panic: close of closed channel\n");
  expect_panic(close_nil, "panic: close of nil channel\n");
  Child c = run_child(deadlock);
  ck_assert_int_eq(c.status, 2);
  expect_prefix(c.err, "fatal error: all goroutines are asleep - deadlock!\n\n"
                      "goroutine 1 [chan send]:\n");
}
END_TEST

/* ---- panics, defer, recover ---- */

static void p_index(void) { gort_panic_index(5, 3); }
static void p_index_neg(void) { gort_panic_index(-1, 3); }
static void p_slice(void) { gort_panic_slice(GORT_SLICE_ACAP, 6, 5); }
static void p_slice3(void) { gort_panic_slice(GORT_SLICE3_B, 5, 4); }
static void p_divide(void) { gort_panic_divide(); }
static void p_assert(void) { gort_panic_assert(&gort_type_string, &gort_type_int, &gort_type_any); }
static void p_assert_nil(void) { gort_panic_assert(NULL, &gort_type_float64, &gort_type_any); }
static void p_float(void) { double v = 3; gort_panic(&gort_type_float64, &v); }
static const GoType t_code = {8, 0, NULL, 0, GOK_INT, 8, GOTF_NAMED | GOTF_COMPARABLE, 0, "main.Code",
                              NULL, NULL, 0, 0, 0, NULL, NULL};
static void p_custom(void) { int64_t v = 7; gort_panic(&t_code, &v); }
static void p_uncomparable(void) {
  GoSlice *a = gort_alloc(&t_int_slice), *b = gort_alloc(&t_int_slice);
  gort_efaceeq(&t_int_slice, a, &t_int_slice, b);
}
START_TEST(panic_messages) {
  expect_panic(p_index, "panic: runtime error: index out of range [5] with length 3\n");
  expect_panic(p_index_neg, "panic: runtime error: index out of range [-1]\n");
  expect_panic(p_slice, "panic: runtime error: slice bounds out of range [:6] with capacity 5\n");
  expect_panic(p_slice3, "panic: runtime error: slice bounds out of range [:5:4]\n");
  expect_panic(p_divide, "panic: runtime error: integer divide by zero\n");
  expect_panic(p_assert, "panic: interface conversion: interface {} is string, not int\n");
  expect_panic(p_assert_nil, "panic: interface conversion: interface {} is nil, not float64\n");
  expect_panic(p_float, "panic: +3.000000e+000\n");
  expect_panic(p_custom, "panic: main.Code(7)\n");
  expect_panic(p_uncomparable, "panic: runtime error: comparing uncomparable type []int\n");
}
END_TEST

typedef struct { void *fn; int64_t *r; } Clo;
static void d_recover(void *c) {
  GoEface e = gort_recover();
  *((Clo *)c)->r = e.type ? 7 : -1;
}
static int64_t f_recovers(void) {
  volatile int64_t r = 0;
  GoFrame fr;
  gort_frame_push(&fr);
  if (_setjmp(*(jmp_buf *)fr.jb)) {
    gort_frame_pop(&fr);
    return r;
  }
  static Clo c;
  c.fn = (void *)d_recover;
  c.r = (int64_t *)&r;
  gort_defer(&fr, &c);
  gort_panic_divide();
}
static void d_repanic(void *c) {
  GoEface e = gort_recover();
  gort_panic(e.type, e.data);
}
static void p_repanic(void) {
  GoFrame fr;
  gort_frame_push(&fr);
  if (_setjmp(*(jmp_buf *)fr.jb)) return;
  static Clo c = {(void *)d_repanic, NULL};
  gort_defer(&fr, &c);
  rt_panic_string("first");
}
static void d_panic2(void *c) { rt_panic_string("second"); }
static void p_nested(void) {
  GoFrame fr;
  gort_frame_push(&fr);
  if (_setjmp(*(jmp_buf *)fr.jb)) return;
  static Clo c = {(void *)d_panic2, NULL};
  gort_defer(&fr, &c);
  rt_panic_string("first");
}
static int order[4], norder;
static void d_order(void *c) { order[norder++] = (int)(intptr_t)((Clo *)c)->r; }
START_TEST(defer_recover) {
  ck_assert_int_eq(f_recovers(), 7);
  ck_assert_ptr_null(rt_getg()->panic);
  ck_assert_ptr_null(rt_getg()->frames);
  /* recover outside a panic returns nil */
  GoEface e = gort_recover();
  ck_assert_ptr_null(e.type);
  /* LIFO on a normal return */
  GoFrame fr;
  static Clo c1 = {(void *)d_order, (int64_t *)1}, c2 = {(void *)d_order, (int64_t *)2};
  gort_frame_push(&fr);
  gort_defer(&fr, &c1);
  gort_defer(&fr, &c2);
  gort_frame_pop(&fr);
  ck_assert(norder == 2 && order[0] == 2 && order[1] == 1);
  Child ch = run_child(p_repanic);
  ck_assert_int_eq(ch.status, 2);
  expect_prefix(ch.err, "panic: first [recovered]\n\tpanic: first\n\ngoroutine 1");
  ch = run_child(p_nested);
  expect_prefix(ch.err, "panic: first\n\tpanic: second\n\ngoroutine 1");
}
END_TEST

/* ---- interfaces ---- */

static GoString t_string_method(void *data) { (void)data; return rt_str_static("T!"); }
static const GoMethod t_methods[1] = {{"String", "() string", (void *)t_string_method}};
static const GoType t_T = {8, 0, NULL, 0, GOK_INT, 8, GOTF_NAMED | GOTF_COMPARABLE, 0, "main.T",
                           NULL, NULL, 0, 0, 1, NULL, t_methods};
static const GoMethod stringer_methods[1] = {{"String", "() string", NULL}};
static const GoType t_Stringer = {16, 16, mask1, 0, GOK_INTERFACE, 8, GOTF_NAMED | GOTF_COMPARABLE,
                                  0, "fmt.Stringer", NULL, NULL, 0, 0, 1, NULL, stringer_methods};
static void p_missing(void) { gort_getitab(&gort_type_error, &t_T, false); }
START_TEST(iface_itabs) {
  const GoItab *it = gort_getitab(&t_Stringer, &t_T, false);
  ck_assert_ptr_nonnull(it);
  ck_assert_ptr_eq(it, gort_getitab(&t_Stringer, &t_T, false));
  int64_t v = 5;
  GoString s = ((GoString(*)(void *))it->fun[0])(&v);
  ck_assert(s.len == 2);
  ck_assert_ptr_null(gort_getitab(&gort_type_error, &t_T, true));
  expect_panic(p_missing, "panic: interface conversion: main.T is not error: missing method Error\n");
  double a = 0.0, b = -0.0, n = NAN;
  ck_assert(gort_efaceeq(&gort_type_float64, &a, &gort_type_float64, &b));
  ck_assert(!gort_efaceeq(&gort_type_float64, &n, &gort_type_float64, &n));
  ck_assert(!gort_efaceeq(&gort_type_float64, &a, &gort_type_int, &a));
  GoString x = rt_str("abc"), y = rt_str("abc");
  ck_assert(gort_memequal_type(&gort_type_string, &x, &y));
}
END_TEST

/* ---- the collector (runtime.GC collects on the calling thread: no scheduler here) ---- */

typedef struct Node { struct Node *next; int64_t v; GoString s; } Node;
static const uint8_t node_mask[1] = {0x5};   /* words 0 and 2 are pointers */
static const GoType t_node = {32, 24, node_mask, 0, GOK_STRUCT, 8, 0, 0, "main.Node", NULL, NULL,
                              0, 0, 0, NULL, NULL};
static Node *list_root;
void runtime_GC(void);

START_TEST(gc_keeps_reachable_frees_garbage) {
  char buf[32];
  /* package variables are roots only through the table codegen emits: a C global must be
   * registered */
  rt_gc_add_root_range(&list_root, &list_root + 1);
  for (int64_t i = 0; i < 100000; i++) {
    Node *n = gort_alloc(&t_node);
    n->next = list_root;
    n->v = i;
    snprintf(buf, sizeof buf, "n%lld", (long long)i);
    n->s = rt_str(buf);
    list_root = n;
    for (int g = 0; g < 10; g++) gort_alloc(&t_node);   /* garbage */
  }
  GoMap *m = gort_makemap(&t_map_si, 0);
  for (int i = 0; i < 20000; i++) {
    snprintf(buf, sizeof buf, "key%d", i);
    GoString k = rt_str(buf);
    *(int64_t *)gort_mapassign(&t_map_si, m, &k) = i;
  }
  runtime_GC();
  runtime_GC();
  GoMemStats ms;
  gort_memstats_read(&ms);
  ck_assert_uint_ge(ms.NumGC, 2);
  ck_assert_uint_ge(ms.Frees, 900000);
  ck_assert_uint_lt(ms.HeapObjects, 400000);
  int64_t want = 99999;
  for (Node *n = list_root; n; n = n->next, want--) {
    ck_assert_int_eq(n->v, want);
    snprintf(buf, sizeof buf, "n%lld", (long long)want);
    ck_assert(n->s.len == (int64_t)strlen(buf) && memcmp(n->s.ptr, buf, (size_t)n->s.len) == 0);
  }
  ck_assert_int_eq(want, -1);
  for (int i = 0; i < 20000; i++) {
    snprintf(buf, sizeof buf, "key%d", i);
    GoString k = rt_str(buf);
    int64_t *v = gort_mapaccess(&t_map_si, m, &k);
    ck_assert(v && *v == i);
  }
  /* freed memory is reused and handed out zeroed */
  for (int i = 0; i < 100000; i++) {
    Node *n = gort_alloc(&t_node);
    ck_assert(n->next == NULL && n->v == 0 && n->s.len == 0);
    n->v = -1;
  }
  list_root = NULL;
  runtime_GC();
  gort_memstats_read(&ms);
  ck_assert_uint_lt(ms.HeapObjects, 100000);
}
END_TEST


/* ---- the collector's bitmaps and spans ---- */

START_TEST(heap_bitmaps) {
  uint64_t bits[4] = {0};
  for (uintptr_t i = 0; i < 256; i += 3) {
    ck_assert(!testbit(bits, i));
    ck_assert(setbit_atomic(bits, i));    /* this call set it */
    ck_assert(!setbit_atomic(bits, i));   /* already set */
    ck_assert(testbit(bits, i) && testbit_acq(bits, i));
  }
  for (uintptr_t i = 0; i < 256; i++) ck_assert_int_eq(testbit(bits, i), i % 3 == 0);
  for (uintptr_t i = 0; i < 256; i += 6) clrbit(bits, i);
  for (uintptr_t i = 0; i < 256; i++) ck_assert_int_eq(testbit(bits, i), i % 3 == 0 && i % 6 != 0);
  setbit(bits, 255);
  ck_assert(testbit(bits, 255) && bits[3] >> 63);
}
END_TEST

/* every object of every size class: its span, and its index from any interior pointer
 * (the division by the object size is a multiply by a magic number) */
START_TEST(heap_spans_and_object_index) {
  for (size_t size = 8; size <= 32768; size += size < 256 ? 8 : size / 8) {
    for (int k = 0; k < 40; k++) {
      uintptr_t p = (uintptr_t)rt_alloc_noscan(size);
      Span *s = span_of(p);
      ck_assert_ptr_nonnull(s);
      ck_assert_uint_ge(obj_size(s), size);
      uintptr_t idx = obj_index(s, p);
      ck_assert_uint_lt(idx, s->nelems);
      ck_assert_uint_eq(s->start + idx * obj_size(s), p);
      ck_assert(testbit(s->allocbits, idx));
      ck_assert_uint_eq(obj_index(s, p + size - 1), idx);
      ck_assert_uint_eq(obj_index(s, p + size / 2), idx);
      ck_assert(s->noscan);
    }
  }
  uintptr_t big = (uintptr_t)rt_alloc_noscan(1 << 20);   /* a large object: its own span */
  Span *s = span_of(big);
  ck_assert(s && s->start == big && obj_index(s, big + 12345) == 0 && obj_size(s) >= (1 << 20));
  ck_assert_ptr_null(span_of((uintptr_t)&big));   /* the stack is not heap */
}
END_TEST

/* while marking, a new object is black (born after the snapshot); the barrier shades the
 * value a store overwrites, even if nothing else points to it */
START_TEST(gc_mark_black_and_barrier) {
  Node *a = gort_alloc(&t_node), *old = gort_alloc(&t_node);
  a->next = old;
  __atomic_store_n(&gc_phase, GC_MARK, __ATOMIC_RELEASE);
  gort_writebarrier = 1;
  Node *born = gort_alloc(&t_node);
  Span *sb = span_of((uintptr_t)born);
  ck_assert(testbit(sb->markbits, obj_index(sb, (uintptr_t)born)));
  Span *so = span_of((uintptr_t)old);
  ck_assert(!testbit(so->markbits, obj_index(so, (uintptr_t)old)));
  gort_wb((void **)&a->next, born);   /* a->next = born: old is shaded */
  a->next = born;
  ck_assert(testbit(so->markbits, obj_index(so, (uintptr_t)old)));
  gort_writebarrier = 0;
  __atomic_store_n(&gc_phase, GC_OFF, __ATOMIC_RELEASE);
}
END_TEST

/* ---- print ---- */

static void prints(void) {
  gort_print_float(1.5); gort_print_space();
  gort_print_float(0.1); gort_print_space();
  gort_print_float(1e21); gort_print_space();
  gort_print_float(-0.0); gort_print_space();
  gort_print_int(-7); gort_print_space();
  gort_print_bool(true); gort_print_space();
  gort_print_pointer(NULL); gort_print_nl();
}
START_TEST(print_formats) {
  Child c = run_child(prints);
  ck_assert_str_eq(c.err, "+1.500000e+000 +1.000000e-001 +1.000000e+021 -0.000000e+000 -7 true 0x0\n");
}
END_TEST

int main(void) {
  Suite *s = suite_create("runtime");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, alloc_zeroed_and_distinct);
  tcase_add_test(tc, alloc_size_classes);
  tcase_add_test(tc, strings_concat_compare);
  tcase_add_test(tc, strings_utf8);
  tcase_add_test(tc, growslice_go_caps);
  tcase_add_test(tc, map_int_keys);
  tcase_add_test(tc, map_string_and_struct_keys);
  tcase_add_test(tc, map_float_keys);
  tcase_add_test(tc, map_iteration);
  tcase_add_test(tc, map_panics);
  tcase_add_test(tc, chan_buffered);
  tcase_add_test(tc, chan_panics);
  tcase_add_test(tc, panic_messages);
  tcase_add_test(tc, defer_recover);
  tcase_add_test(tc, iface_itabs);
  tcase_add_test(tc, print_formats);
  tcase_add_test(tc, gc_keeps_reachable_frees_garbage);
  tcase_add_test(tc, heap_bitmaps);
  tcase_add_test(tc, heap_spans_and_object_index);
  tcase_add_test(tc, gc_mark_black_and_barrier);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? 1 : 0;
}
