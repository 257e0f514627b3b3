/* test_escape.c — unit tests of escape analysis (escape/): small functions go through
 * parse_file, sema_check and esc_analyze, then the decisions codegen reads are checked:
 * Object.heap / Object.byval for variables and Node.esc on allocation sites. Every expected
 * decision is what go 1.19 (`go build -gcflags='-m -l'`) decides for the same source. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../escape/escape.h"
#include "../../load/load.h"
#include "../../parser/parser.h"

/* escape/'s generic child visitor (escape.c) */
void esc_visit_children(Node *n, void (*fn)(Node *, void *), void *arg);

static Package *analyze(const char *src, int mlevel) {
  Package *pkg = NEW(Package);
  Node *file = parse_file("./x.go", src, strlen(src));
  ck_assert_ptr_nonnull(file);
  vec_push(&pkg->files, file);
  ck_assert_int_eq(diag_count(), 0);
  /* its imports first, checked and analysed as the driver's package loop does */
  Vec deps = load_imports(pkg);
  for (int i = 0; i < deps.len; i++) {
    Package *d = deps.data[i];
    if (d->sema) continue;
    ck_assert(sema_check(d));
    esc_analyze(d, 0);
  }
  ck_assert(sema_check(pkg));
  ck_assert_int_eq(diag_count(), 0);
  esc_analyze(pkg, mlevel);
  return pkg;
}

static Node *func_decl(Package *pkg, const char *name) {
  for (int i = 0; i < pkg->files.len; i++) {
    Node *f = pkg->files.data[i];
    for (int j = 0; j < f->file.decls.len; j++) {
      Node *d = f->file.decls.data[j];
      if (d->kind == N_FUNCDECL && strcmp(d->funcdecl.name->ident.name, name) == 0) return d;
    }
  }
  ck_abort_msg("no function %s", name);
  return NULL;
}

typedef struct Find {
  const char *name; /* variable name, or NULL */
  NodeKind kind;    /* node kind when name is NULL */
  int nth;
  Object *obj;
  Node *node;
} Find;

static void find_visit(Node *n, void *arg) {
  Find *f = arg;
  if (!n || f->obj || f->node) return;
  if (f->name && n->kind == N_IDENT && n->ident.obj && n->ident.obj->kind == OBJ_VAR &&
      strcmp(n->ident.name, f->name) == 0) {
    f->obj = n->ident.obj;
    return;
  }
  if (!f->name && n->kind == f->kind && f->nth-- == 0) {
    f->node = n;
    return;
  }
  esc_visit_children(n, find_visit, arg);
}

/* The variable called name declared or used in function fn. */
static Object *var(Package *pkg, const char *fn, const char *name) {
  Find f = {name, N_BAD, 0, NULL, NULL};
  esc_visit_children(func_decl(pkg, fn)->funcdecl.body, find_visit, &f);
  ck_assert_msg(f.obj != NULL, "no variable %s in %s", name, fn);
  return f.obj;
}

/* The nth node of a kind (source order, outermost first) in function fn. */
static Node *node(Package *pkg, const char *fn, NodeKind kind, int nth) {
  Find f = {NULL, kind, nth, NULL, NULL};
  esc_visit_children(func_decl(pkg, fn)->funcdecl.body, find_visit, &f);
  ck_assert_msg(f.node != NULL, "no node %d of kind %d in %s", nth, kind, fn);
  return f.node;
}

START_TEST(return_address_moves_to_heap) {
  Package *p = analyze("package p\n"
                       "func f() *int {\n\tx := 1\n\treturn &x\n}\n"
                       "func g() int {\n\ty := 1\n\tq := &y\n\treturn *q\n}\n",
                       0);
  ck_assert(var(p, "f", "x")->heap);
  ck_assert(!var(p, "g", "y")->heap);
  ck_assert(!var(p, "g", "q")->heap);
}
END_TEST

START_TEST(composite_literal_sites) {
  Package *p = analyze("package p\ntype T struct{ a int }\n"
                       "func f() *T {\n\treturn &T{a: 1}\n}\n"
                       "func g() int {\n\tt := &T{a: 2}\n\treturn t.a\n}\n",
                       0);
  ck_assert_int_eq(node(p, "f", N_UNARY, 0)->esc, ESC_HEAP);
  ck_assert_int_eq(node(p, "g", N_UNARY, 0)->esc, ESC_NONE);
}
END_TEST

START_TEST(new_and_make) {
  Package *p = analyze("package p\n"
                       "func f(n int) int {\n"
                       "\ta := new(int)\n"
                       "\tb := make([]int, 10)\n"
                       "\tc := make([]int, n)\n"
                       "\td := make(map[int]int)\n"
                       "\td[1] = *a\n"
                       "\treturn len(b) + len(c) + len(d)\n}\n",
                       0);
  ck_assert_int_eq(node(p, "f", N_CALL, 0)->esc, ESC_NONE); /* new(int) */
  ck_assert_int_eq(node(p, "f", N_CALL, 1)->esc, ESC_NONE); /* make([]int, 10) */
  ck_assert_int_eq(node(p, "f", N_CALL, 2)->esc, ESC_HEAP); /* make([]int, n): size unknown */
  ck_assert_int_eq(node(p, "f", N_CALL, 3)->esc, ESC_NONE); /* make(map[int]int) */
}
END_TEST

START_TEST(closure_capture_modes) {
  Package *p = analyze("package p\n"
                       "func counter() func() int {\n\tn := 0\n"
                       "\treturn func() int {\n\t\tn++\n\t\treturn n\n\t}\n}\n"
                       "func konst() func() int {\n\tk := 7\n"
                       "\treturn func() int { return k }\n}\n",
                       0);
  Object *n = var(p, "counter", "n"), *k = var(p, "konst", "k");
  ck_assert(n->heap && !n->byval); /* reassigned: by reference, so it escapes */
  ck_assert(!k->heap && k->byval); /* copied into the closure */
  ck_assert_int_eq(node(p, "counter", N_FUNCLIT, 0)->esc, ESC_HEAP);
}
END_TEST

START_TEST(loop_depth) {
  Package *p = analyze("package p\n"
                       "func f() int {\n\tvar p *int\n"
                       "\tfor i := 0; i < 3; i++ {\n\t\tx := i\n\t\tp = &x\n\t}\n"
                       "\treturn *p\n}\n"
                       "func g() int {\n\tt := 0\n"
                       "\tfor i := 0; i < 3; i++ {\n\t\ty := i\n\t\tq := &y\n\t\tt += *q\n\t}\n"
                       "\treturn t\n}\n",
                       0);
  ck_assert(var(p, "f", "x")->heap);
  ck_assert(!var(p, "g", "y")->heap);
}
END_TEST

START_TEST(param_summaries_at_calls) {
  Package *p = analyze("package p\nvar g *int\n"
                       "func keep(p *int) { g = p }\n"
                       "func look(p *int) int { return *p }\n"
                       "func id(p *int) *int { return p }\n"
                       "func a() { x := 1; keep(&x) }\n"
                       "func b() int { y := 1; return look(&y) }\n"
                       "func c() int { z := 1; return *id(&z) }\n"
                       "func d() *int { w := 1; return id(&w) }\n",
                       0);
  ck_assert(var(p, "a", "x")->heap);
  ck_assert(!var(p, "b", "y")->heap);
  ck_assert(!var(p, "c", "z")->heap);
  ck_assert(var(p, "d", "w")->heap);
}
END_TEST

START_TEST(too_large_for_stack) {
  Package *p = analyze("package p\n"
                       "func f() int {\n\tvar big [2 << 20]int\n\tvar small [1024]int\n"
                       "\treturn big[0] + small[0]\n}\n",
                       0);
  ck_assert(var(p, "f", "big")->heap);
  ck_assert(!var(p, "f", "small")->heap);
}
END_TEST

START_TEST(go_arguments_escape) {
  Package *p = analyze("package p\n"
                       "func use(p *int) {}\n"
                       "func f() { x := 1; go use(&x) }\n"
                       "func g() { y := 1; defer use(&y) }\n",
                       0);
  ck_assert(var(p, "f", "x")->heap);
  ck_assert(!var(p, "g", "y")->heap);
}
END_TEST

START_TEST(recursive_batch) {
  Package *p = analyze("package p\ntype L struct{ next *L }\n"
                       "func even(l *L) bool { if l == nil { return true }; return odd(l.next) }\n"
                       "func odd(l *L) bool { if l == nil { return false }; return even(l.next) }\n"
                       "func f() bool { var a L; return even(&a) }\n",
                       0);
  ck_assert(!var(p, "f", "a")->heap);
}
END_TEST

/* -m output: gc's words, gc's positions, gc's order (not sorted). */
START_TEST(m_output) {
  char path[] = "/tmp/gosub_test_escape_XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  fflush(stderr);
  int saved = dup(2);
  dup2(fd, 2);
  analyze("package p\n"
          "func b(p *int) *int {\n\tn := new(int)\n\t_ = n\n\treturn p\n}\n"
          "func a() *int {\n\tx := 1\n\treturn b(&x)\n}\n",
          1);
  diag_flush_notes();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  char buf[1024] = {0};
  lseek(fd, 0, SEEK_SET);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  unlink(path);
  ck_assert_int_gt(n, 0);
  ck_assert_str_eq(buf, "./x.go:2:8: leaking param: p to result ~r0 level=0\n"
                        "./x.go:3:10: new(int) does not escape\n"
                        "./x.go:8:2: moved to heap: x\n");
}
END_TEST

static Suite *escape_suite(void) {
  Suite *s = suite_create("escape");
  TCase *tc = tcase_create("decisions");
  tcase_add_test(tc, return_address_moves_to_heap);
  tcase_add_test(tc, composite_literal_sites);
  tcase_add_test(tc, new_and_make);
  tcase_add_test(tc, closure_capture_modes);
  tcase_add_test(tc, loop_depth);
  tcase_add_test(tc, param_summaries_at_calls);
  tcase_add_test(tc, too_large_for_stack);
  tcase_add_test(tc, go_arguments_escape);
  tcase_add_test(tc, recursive_batch);
  tcase_add_test(tc, m_output);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(escape_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
