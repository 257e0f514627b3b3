/* test_sema.c — Check unit tests of the type checker (sema/): programs that must type-check,
 * with the types and constant values of chosen declarations asserted, and programs that must
 * fail with gc's message (compared as a substring of the diagnostics sema reports; expected
 * texts come from `go build` of Go 1.19).
 *
 * Build: executable linking sema_lib, front_lib, common_lib (+ m) with dependency('check'). */
#include "../../load/load.h"
#include "../../parser/parser.h"
#include "../../sema/sema.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- helpers ---- */
static Package *check_src(const char *src, bool *ok) {
  Package *pkg = NEW(Package);
  Node *f = parse_file("./x.go", src, strlen(src));
  ck_assert_msg(f != NULL && diag_count() == 0, "parse failed");
  vec_push(&pkg->files, f);
  /* its imports first, as the driver's package loop checks them (load/load.h) */
  Vec deps = load_imports(pkg);
  for (int i = 0; i < deps.len; i++) {
    Package *d = deps.data[i];
    if (!d->sema) ck_assert_msg(sema_check(d), "import %s does not type-check", d->path);
  }
  *ok = diag_count() == 0 && sema_check(pkg);
  return pkg;
}

/* the diagnostics as diag_flush prints them */
static char *flush_to_string(void) {
  fflush(stderr);
  int saved = dup(2);
  FILE *tmp = tmpfile();
  dup2(fileno(tmp), 2);
  diag_flush();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  long n = ftell(tmp);
  rewind(tmp);
  char *buf = calloc(1, (size_t)n + 1);
  if (n > 0 && fread(buf, 1, (size_t)n, tmp) != (size_t)n) buf[0] = 0;
  fclose(tmp);
  return buf;
}

static Package *ok_src(const char *src) {
  bool ok;
  Package *pkg = check_src(src, &ok);
  if (!ok) {
    char *msg = flush_to_string();
    ck_abort_msg("unexpected errors:\n%s", msg);
  }
  return pkg;
}

static void err_src(const char *src, const char *want) {
  bool ok;
  check_src(src, &ok);
  ck_assert_msg(!ok, "expected an error: %s", want);
  char *msg = flush_to_string();
  ck_assert_msg(strstr(msg, want) != NULL, "want %s\ngot:\n%s", want, msg);
  free(msg);
}

/* package-level object by name (vars, consts, types, funcs) */
static Object *find_obj(Package *pkg, const char *name) {
  Node *f = pkg->files.data[0];
  for (int i = 0; i < f->file.decls.len; i++) {
    Node *d = f->file.decls.data[i];
    if (d->kind == N_FUNCDECL && d->funcdecl.name->ident.name == intern(name)) return d->funcdecl.obj;
    if (d->kind != N_GENDECL) continue;
    for (int k = 0; k < d->gendecl.specs.len; k++) {
      Node *s = d->gendecl.specs.data[k];
      if (s->kind == N_TYPESPEC && s->typespec.name->ident.name == intern(name))
        return s->typespec.name->ident.obj;
      if (s->kind != N_VALUESPEC) continue;
      for (int j = 0; j < s->valuespec.names.len; j++) {
        Node *id = s->valuespec.names.data[j];
        if (id->ident.name == intern(name)) return id->ident.obj;
      }
    }
  }
  ck_abort_msg("no object %s", name);
  return NULL;
}

/* the initializer expression of package variable `name` */
static Node *init_of(Package *pkg, const char *name) {
  for (int i = 0; i < pkg->init_order.len; i++) {
    Node *a = pkg->init_order.data[i];
    for (int k = 0; k < a->assign.lhs.len; k++) {
      Node *id = a->assign.lhs.data[k];
      if (id->ident.name == intern(name)) return a->assign.rhs.data[a->assign.rhs.len == 1 ? 0 : k];
    }
  }
  ck_abort_msg("no initializer for %s", name);
  return NULL;
}

static void assert_type(Package *pkg, const char *name, const char *want) {
  Object *o = find_obj(pkg, name);
  ck_assert_str_eq(type_string(o->type), want);
}

static int64_t const_int(Package *pkg, const char *name) {
  Object *o = find_obj(pkg, name);
  ck_assert_int_eq(o->kind, OBJ_CONST);
  ck_assert(o->val && o->val->kind == CV_INT);
  return (int64_t)o->val->i;
}

/* ---- programs that type-check ---- */
START_TEST(consts_and_iota) {
  Package *p = ok_src("package main\n"
                      "const Big = 1 << 100\n"
                      "const Four = Big >> 98\n"
                      "const (\n\tA = iota * 10\n\tB\n\tC\n)\n"
                      "type Weekday int\n"
                      "const (\n\tSun Weekday = iota\n\tMon\n)\n"
                      "const S = \"ab\" + \"c\"\n"
                      "const F = 1.0 / 4\n"
                      "const R = 'a' + 1\n"
                      "const L = len(S)\n"
                      "func main() {}\n");
  ck_assert_int_eq(const_int(p, "Four"), 4);
  ck_assert_int_eq(const_int(p, "C"), 20);
  ck_assert_int_eq(const_int(p, "Mon"), 1);
  assert_type(p, "Mon", "main.Weekday");
  assert_type(p, "R", "untyped rune");
  ck_assert_int_eq(const_int(p, "R"), 98);
  ck_assert_int_eq(const_int(p, "L"), 3);
  Object *s = find_obj(p, "S");
  ck_assert(s->val->kind == CV_STRING && s->val->slen == 3);
  Object *f = find_obj(p, "F");
  ck_assert(f->val->kind == CV_FLOAT && f->val->f == 0.25L);
}
END_TEST

START_TEST(untyped_get_context_types) {
  Package *p = ok_src("package main\n"
                      "var a = 1\n"
                      "var b float32 = 2\n"
                      "var c = 'x'\n"
                      "var d = 1.5\n"
                      "var e any = 7\n"
                      "var s uint8 = 1 << 7\n"
                      "func main() {}\n");
  assert_type(p, "a", "int");
  assert_type(p, "b", "float32");
  assert_type(p, "c", "int32");
  assert_type(p, "d", "float64");
  assert_type(p, "e", "interface {}");
  Node *bi = init_of(p, "b");
  ck_assert_str_eq(type_string(bi->type), "float32");
  ck_assert(bi->val && bi->val->kind == CV_FLOAT);
  /* implicit conversion to interface made explicit */
  Node *ei = init_of(p, "e");
  ck_assert_int_eq(ei->kind, N_CALL);
  ck_assert(ei->implicit && ei->call.how == CALL_CONVERSION && ei->call.fun == NULL);
  ck_assert_str_eq(type_string(((Node *)ei->call.args.data[0])->type), "int");
}
END_TEST

START_TEST(composite_types_and_sizes) {
  Package *p = ok_src("package main\n"
                      "type T struct {\n\ta bool\n\tb int64\n\tc bool\n}\n"
                      "type S struct {\n\tT\n\tname string\n}\n"
                      "type List struct {\n\tnext *List\n\tv [3]int32\n}\n"
                      "var m = map[string][]int{\"a\": {1, 2}}\n"
                      "var ch = make(chan<- int, 3)\n"
                      "var fn = func(x int, s ...string) (int, error) { return x, nil }\n"
                      "func main() {}\n");
  Object *t = find_obj(p, "T");
  ck_assert_int_eq(type_size(t->type), 24);
  ck_assert_int_eq(type_size(find_obj(p, "S")->type), 40);
  ck_assert_int_eq(type_size(find_obj(p, "List")->type), 24);
  assert_type(p, "m", "map[string][]int");
  assert_type(p, "ch", "chan<- int");
  assert_type(p, "fn", "func(int, ...string) (int, error)");
}
END_TEST

START_TEST(methods_embedding_interfaces) {
  Package *p = ok_src("package main\n"
                      "import \"fmt\"\n"
                      "type Animal interface{ Sound() string }\n"
                      "type Base struct{ name string }\n"
                      "func (b *Base) Name() string { return b.name }\n"
                      "type Dog struct{ *Base }\n"
                      "func (Dog) Sound() string { return \"woof\" }\n"
                      "var d = Dog{&Base{\"rex\"}}\n"
                      "var a Animal = d\n"
                      "var n = d.Name()\n"
                      "var mv = d.Sound\n"
                      "var me = (*Base).Name\n"
                      "func main() { fmt.Println(a, n, mv(), me(d.Base)) }\n");
  assert_type(p, "n", "string");
  assert_type(p, "mv", "func() string");
  assert_type(p, "me", "func(*main.Base) string");
  Node *nc = init_of(p, "n");
  Node *sel = nc->call.fun;
  ck_assert_int_eq(sel->selector.kind, SEL_METHOD);
  ck_assert_int_eq(sel->selector.path.len, 1); /* through the embedded *Base */
  ck_assert_str_eq(sema_link_name(sel->selector.sel), "main.Base.Name");
  ck_assert_str_eq(sema_link_name(find_obj(p, "main")), "main.main");
}
END_TEST

START_TEST(init_order_by_dependencies) {
  Package *p = ok_src("package main\n"
                      "var a = c + b\n"
                      "var b = f()\n"
                      "var c = 1\n"
                      "func f() int { return c + 1 }\n"
                      "func main() {}\n");
  ck_assert_int_eq(p->init_order.len, 3);
  const char *order[3];
  for (int i = 0; i < 3; i++) {
    Node *as = p->init_order.data[i];
    order[i] = ((Node *)as->assign.lhs.data[0])->ident.name;
  }
  ck_assert_str_eq(order[0], "c");
  ck_assert_str_eq(order[1], "b");
  ck_assert_str_eq(order[2], "a");
}
END_TEST

START_TEST(closures_and_stdlib) {
  Package *p = ok_src("package main\n"
                      "import (\n\t\"fmt\"\n\t\"strings\"\n)\n"
                      "func counter() func() int {\n"
                      "\tn := 0\n"
                      "\treturn func() int { n++; return n }\n"
                      "}\n"
                      "func main() {\n"
                      "\tvar sb strings.Builder\n"
                      "\tsb.WriteString(\"x\")\n"
                      "\tm := map[string]int{}\n"
                      "\tv, ok := m[\"a\"]\n"
                      "\tfmt.Println(counter()(), sb.String(), v, ok)\n"
                      "}\n");
  Object *c = find_obj(p, "counter");
  Node *fd = c->decl;
  ck_assert_int_eq(fd->funcdecl.funclits.len, 1);
  Node *lit = fd->funcdecl.funclits.data[0];
  ck_assert_int_eq(lit->funclit.closure_vars.len, 1);
  Object *n = lit->funclit.closure_vars.data[0];
  ck_assert_str_eq(n->name, "n");
  ck_assert(n->captured);
  ck_assert_str_eq(sema_funclit_name(lit), "main.counter.func1");
}
END_TEST

START_TEST(control_flow_ok) {
  ok_src("package main\n"
         "func f(x int) int {\n"
         "\tswitch {\n\tcase x > 0:\n\t\treturn 1\n\tdefault:\n\t\tpanic(\"no\")\n\t}\n"
         "}\n"
         "func g(i any) string {\n"
         "\tswitch v := i.(type) {\n\tcase int:\n\t\treturn \"int\"\n\tcase string:\n\t\treturn v\n\t}\n"
         "\tfor {\n\t}\n"
         "}\n"
         "func main() {\n"
         "outer:\n"
         "\tfor i := 0; i < 3; i++ {\n"
         "\t\tfor j := range []int{1, 2} {\n\t\t\tif j == i {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t}\n"
         "\t}\n"
         "\tf(1)\n\tg(2)\n"
         "}\n");
}
END_TEST

/* ---- programs that must fail, with gc's wording ---- */
START_TEST(errors_gc_wording) {
  err_src("package main\nfunc main() {\n\tx := 1\n}\n", "./x.go:3:2: x declared but not used");
  err_src("package main\nimport \"os\"\nfunc main() {}\n", "./x.go:2:8: imported and not used: \"os\"");
  err_src("package main\nfunc main() { y = 2 }\n", "undefined: y");
  err_src("package main\nfunc f() int {\n\tfor i := 0; i < 1; i++ {\n\t}\n}\nfunc main() { f() }\n",
          "./x.go:5:1: missing return");
  err_src("package main\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n",
          "cannot use 1 (untyped int constant) as string value in variable declaration");
  err_src("package main\nfunc main() {\n\tx, s := 1, \"a\"\n\t_ = x + s\n}\n",
          "invalid operation: x + s (mismatched types int and string)");
  err_src("package main\nfunc f(int) {}\nfunc main() { f(1, 2) }\n",
          "too many arguments in call to f\n\thave (number, number)\n\twant (int)");
  err_src("package main\nfunc f() int { return 1 }\nfunc main() {\n\ta, b := f()\n\t_, _ = a, b\n}\n",
          "assignment mismatch: 2 variables but f returns 1 value");
  err_src("package main\nconst c int8 = 300\nfunc main() {}\n", "(overflows)");
  err_src("package main\nfunc main() {\n\t_ = 1 / 0\n}\n", "invalid operation: division by zero");
  err_src("package main\nimport \"net/http\"\nfunc main() { _ = http.Get }\n",
          "package net/http is not supported by gosub");
  /* gosub's own messages (no Go golden file can say them): a package beyond gosub's
   * runtime, a declaration of Go's library source left out (sema/decl.c), the part of
   * reflect gosub lacks */
  err_src("package main\nimport \"os/exec\"\nfunc main() { _ = exec.Command }\n",
          "./x.go:2:8: package os/exec is not supported by gosub: it needs package os/exec");
  err_src("package main\nimport (\n\t\"encoding/binary\"\n\t\"os\"\n)\n"
          "func main() {\n\tvar x uint16\n\t_ = binary.Read(os.Stdin, binary.BigEndian, &x)\n}\n",
          "./x.go:8:13: binary.Read is not supported by gosub: it needs reflect");
  err_src("package main\nimport \"reflect\"\nfunc main() { _ = reflect.DeepEqual(1, 2) }\n",
          "./x.go:3:27: reflect.DeepEqual is not supported by gosub");
  err_src("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\n"
          "func main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
          "T does not implement I (M method has pointer receiver)");
  err_src("package main\nvar a = b\nvar b = a\nfunc main() {}\n", "initialization loop for a");
  err_src("package main\ntype T struct{ t T }\nfunc main() {}\n", "invalid recursive type T");
}
END_TEST

/* never crash on nonsense that parses */
START_TEST(robust_bad_programs) {
  const char *srcs[] = {
      "package main\nfunc main() { var x int = nil; _ = x }\n",
      "package main\nfunc main() { _ = len(1, 2) }\n",
      "package main\ntype A B\ntype B A\nfunc main() {}\n",
      "package main\nfunc main() { x := x }\n",
      "package main\nfunc main() { append() }\n",
      "package main\nfunc main() { var m map[[]int]int; _ = m }\n",
      "package main\nfunc main() { for range 10 {} }\n",
      "package main\nfunc main() { _ = []int{1: 1, 1: 2} }\n",
  };
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
    bool ok;
    check_src(srcs[i], &ok);
    ck_assert_msg(!ok, "expected errors for program %zu", i);
    free(flush_to_string());
  }
}
END_TEST

static Suite *sema_suite(void) {
  Suite *s = suite_create("sema");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, consts_and_iota);
  tcase_add_test(tc, untyped_get_context_types);
  tcase_add_test(tc, composite_types_and_sizes);
  tcase_add_test(tc, methods_embedding_interfaces);
  tcase_add_test(tc, init_order_by_dependencies);
  tcase_add_test(tc, closures_and_stdlib);
  tcase_add_test(tc, control_flow_ok);
  tcase_add_test(tc, errors_gc_wording);
  tcase_add_test(tc, robust_bad_programs);
  /* programs importing the standard library type-check it from Go's source first
   * (encoding/binary, strconv, unicode ...): seconds on a loaded machine, not Check's 4 */
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(sema_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
