/* test_parser.c — unit tests of the parser (parser/parser.y + build.c) through parse_file:
 * every construct of the subset parses without error, node positions are gc's, syntax
 * errors are worded and positioned like gc's (expected texts from Go 1.19's `go build`),
 * the composite-literal-in-header rule, and robustness on truncated and garbled input. */
#include <check.h>

#include "../../parser/parser.h"
#include "front_capture.h"

static Node *parse(const char *src) { return parse_file("./x.go", src, strlen(src)); }

/* Parse src and return the diagnostics as `go build` would print them. */
static char *errors_of(const char *src) {
  Node *f = parse(src);
  ck_assert_ptr_nonnull(f);
  return diags();
}

static void parses_clean(const char *src) {
  parse(src);
  char *d = diags();
  ck_assert_msg(d[0] == 0, "unexpected errors:\n%s\nfor:\n%s", d, src);
}

/* The first statement of the body of the first function declaration. */
static Node *first_stmt(Node *file) {
  for (int i = 0; i < file->file.decls.len; i++) {
    Node *d = VEC_AT(file->file.decls, i);
    if (d->kind == N_FUNCDECL && d->funcdecl.body && d->funcdecl.body->block.stmts.len)
      return VEC_AT(d->funcdecl.body->block.stmts, 0);
  }
  ck_abort_msg("no statement");
  return NULL;
}

#define POS_IS(n, l, c)                                                                    \
  do {                                                                                     \
    ck_assert_ptr_nonnull(n);                                                              \
    ck_assert_msg((n)->pos.line == (l) && (n)->pos.col == (c), "%s at %d:%d, want %d:%d", \
                  ast_kind_names[(n)->kind], (n)->pos.line, (n)->pos.col, (l), (c));       \
  } while (0)

/* ---- every construct ---- */

static const char *const programs[] = {
  /* package, imports of every form */
  "package main\nimport \"fmt\"\nimport (\n\t\"os\"\n\tf \"fmt\"\n\t. \"strings\"\n\t_ \"time\"\n)\n",
  /* const with iota and implicit repetition, typed const */
  "package p\nconst (\n\tA = iota\n\tB\n\tC, D = iota, iota * 2\n\tE\n)\nconst X int = 1\n",
  /* var forms */
  "package p\nvar a int\nvar b, c = 1, 2\nvar (\n\td []string\n\te = map[string]int{\"a\": 1}\n)\n",
  /* type declarations and aliases, every type form */
  "package p\ntype (\n\tA [4]int\n\tB []*A\n\tC map[string][]int\n\tD chan int\n\tE <-chan int\n"
  "\tF chan<- int\n\tG func(int, string) (bool, error)\n\tH struct {\n\t\ta, b int\n\t\tA\n"
  "\t\t*B `json:\"b\"`\n\t\tc struct{}\n\t}\n\tI interface {\n\t\tM(x int) string\n\t\tfmt.Stringer\n\t}\n"
  "\tJ = int\n\tK (int)\n\tL chan (<-chan int)\n\tM func(...int)\n\tN [...]int\n)\n",
  /* functions, methods, body-less functions, variadics, named results */
  "package p\nfunc f()\nfunc g(a, b int, c ...string) (n int, err error) { return }\n"
  "func (t *T) M(int, string) {}\nfunc (T) N() (x, y int) { return 1, 2 }\n",
  /* statements */
  "package p\nfunc f() {\n\tx := 1\n\tx++\n\tx--\n\tx += 2\n\tx <<= 1\n\tx &^= 3\n\tvar y, z = 1, 2\n"
  "\ty, z = z, y\n\tconst c = 1\n\ttype T int\n\t{\n\t}\n\t;\n\tgo f()\n\tdefer func() {}()\n"
  "\tch := make(chan int, 1)\n\tch <- 1\n\t<-ch\n\tv, ok := <-ch\n\t_, _ = v, ok\n"
  "L:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto M\nM:\n\treturn\n}\n",
  /* if / else chains with init */
  "package p\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else if y := x * 2; y < 0 {\n"
  "\t\treturn y\n\t} else {\n\t\treturn 0\n\t}\n}\n",
  /* the three for forms and range */
  "package p\nfunc f(s []int, m map[string]int) {\n\tfor {\n\t\tbreak\n\t}\n\tfor len(s) > 0 {\n\t\ts = s[1:]\n\t}\n"
  "\tfor i := 0; i < 10; i++ {\n\t\tcontinue\n\t}\n\tfor ; ; {\n\t\tbreak\n\t}\n\tfor i := range s {\n\t\t_ = i\n\t}\n"
  "\tfor k, v := range m {\n\t\t_, _ = k, v\n\t}\n\tvar k string\n\tfor k = range m {\n\t}\n\tfor range s {\n\t}\n}\n",
  /* switch, type switch, fallthrough, select */
  "package p\nfunc f(x interface{}, c chan int) {\n\tswitch y := 1; y {\n\tcase 1, 2:\n\t\tfallthrough\n"
  "\tcase 3:\n\tdefault:\n\t}\n\tswitch {\n\tcase true:\n\t}\n\tswitch v := x.(type) {\n\tcase int, *int:\n"
  "\t\t_ = v\n\tcase []string, map[string]int, func(), chan int, nil:\n\t}\n\tswitch x.(type) {\n\t}\n"
  "\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\tcase v, ok := <-c:\n\t\t_, _ = v, ok\n\tcase c <- 1:\n\tcase <-c:\n"
  "\tdefault:\n\t}\n}\n",
  /* expressions: precedence, unary ops, conversions, literals, slices, assertions, calls */
  "package p\nfunc f(a []int, p *T, i interface{}) {\n\t_ = 1 + 2*3 - 4/5%6<<1>>2&3|4^5&^6\n"
  "\t_ = !true || false && 1 < 2 == (3 >= 4) != (5 <= 6)\n\t_ = -1 + +2 ^ ^3\n\t_ = &a\n\t_ = *p\n"
  "\t_ = []byte(\"s\")\n\t_ = (*T)(p)\n\t_ = (func())(nil)\n\t_ = string(rune(65))\n\t_ = a[1:2]\n\t_ = a[:]\n"
  "\t_ = a[1:2:3]\n\t_ = a[:2:3]\n\t_ = i.(int)\n\t_ = i.(*T)\n\t_ = append(a, a...)\n\t_ = p.f.g(1)(2)\n"
  "\t_ = func(x int) int { return x }(1)\n\t_ = make(map[string]int)\n\t_ = new(int)\n\t_ = 'x' + 1.5e3 + 0x1p4 + 2i\n"
  "\t_ = T.M\n\t_ = (*T).M\n\t_ = interface{}(nil)\n\t_ = <-chan int(nil)\n}\n",
  /* composite literals: keyed, elided types, nested */
  "package p\nvar (\n\ta = [...]int{1, 2, 3}\n\tb = []Point{{1, 2}, {X: 3, Y: 4}}\n\tc = map[string]Point{\"o\": {0, 0}}\n"
  "\td = []*Point{{1, 2}}\n\te = [][]int{{1}, {2, 3}}\n\tf = map[Point]string{{1, 2}: \"a\"}\n"
  "\tg = struct{ a, b int }{1, 2}\n\th = Point{\n\t\tX: 1,\n\t\tY: 2,\n\t}\n\ti = &Point{}\n\tj = pkg.T{}\n)\n",
  /* composite literals in statement headers */
  "package p\nfunc f() {\n\tfor _, x := range []int{1, 2} {\n\t\t_ = x\n\t}\n\tif x := (T{}); x.a {\n\t}\n"
  "\tif (T{}) == x {\n\t}\n\tswitch (T{}) {\n\t}\n\tfor _, s := range []struct{ a int }{{1}} {\n\t\t_ = s\n\t}\n"
  "\tif f := func() bool { return T{} == T{} }; f() {\n\t}\n\tif m := map[string]int{}; m != nil {\n\t}\n}\n",
  /* channels of all directions */
  "package p\nfunc f(a chan int, b <-chan int, c chan<- int, d chan<- chan int, e chan (<-chan int)) {}\n",
  /* labels, goto, nested func literals, closures */
  "package p\nfunc f() func() int {\n\tx := 0\nouter:\n\tfor i := 0; i < 3; i++ {\n\t\tfor {\n"
  "\t\t\tcontinue outer\n\t\t}\n\t}\n\treturn func() int { x++; return x }\n}\n",
  /* the standard-library prelude style */
  "package fmt\n\nimport \"io\"\n\ntype Stringer interface {\n\tString() string\n}\n\n"
  "func Println(a ...any) (n int, err error)\nfunc Fprintf(w io.Writer, format string, a ...any) (n int, err error)\n",
};

START_TEST(every_construct_parses) {
  for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) parses_clean(programs[i]);
}
END_TEST

START_TEST(iota_and_implicit_specs) {
  Node *f = parse(programs[1]);
  Node *d = VEC_AT(f->file.decls, 0);
  ck_assert_int_eq(d->gendecl.kind, DECL_CONST);
  ck_assert(d->gendecl.grouped);
  ck_assert_int_eq(d->gendecl.specs.len, 4);
  Node *b = VEC_AT(d->gendecl.specs, 1), *e = VEC_AT(d->gendecl.specs, 3);
  ck_assert_int_eq(b->valuespec.iota, 1);
  ck_assert(b->valuespec.implicit);
  ck_assert_int_eq(e->valuespec.iota, 3);
  ck_assert(e->valuespec.implicit);
  ck_assert(!((Node *)VEC_AT(d->gendecl.specs, 2))->valuespec.implicit);
}
END_TEST

START_TEST(params_grouping) {
  Node *f = parse("package p\nfunc g(a, b int, c ...string) (int, error)\n");
  Node *ft = ((Node *)VEC_AT(f->file.decls, 0))->funcdecl.type;
  ck_assert_int_eq(ft->functype.params.len, 2);
  Node *ab = VEC_AT(ft->functype.params, 0), *c = VEC_AT(ft->functype.params, 1);
  ck_assert_int_eq(ab->field.names.len, 2);
  ck_assert_str_eq(((Node *)VEC_AT(ab->field.names, 1))->ident.name, "b");
  ck_assert_int_eq(c->field.type->kind, N_ELLIPSIS);
  ck_assert_int_eq(ft->functype.results.len, 2);
  ck_assert_int_eq(((Node *)VEC_AT(ft->functype.results, 0))->field.names.len, 0);
}
END_TEST

START_TEST(type_switch_shape) {
  Node *s = first_stmt(parse("package p\nfunc f(x any) {\n\tswitch v := x.(type) {\n\t}\n}\n"));
  ck_assert_int_eq(s->kind, N_TYPESWITCH);
  ck_assert_int_eq(s->switchstmt.tag->kind, N_ASSIGN);
  Node *ta = VEC_AT(s->switchstmt.tag->assign.rhs, 0);
  ck_assert_int_eq(ta->kind, N_TYPEASSERT);
  ck_assert_ptr_null(ta->typeassert.type);
}
END_TEST

START_TEST(types_as_expressions) {
  Node *s = first_stmt(parse("package p\nfunc f() {\n\tc := make(<-chan int)\n\t_ = []int(nil)\n}\n"));
  ck_assert_int_eq(diag_count(), 0);
  Node *call = VEC_AT(s->assign.rhs, 0);
  Node *t = VEC_AT(call->call.args, 0);
  ck_assert_int_eq(t->kind, N_CHANTYPE);
  ck_assert_int_eq(t->chantype.dir, CHAN_RECV);
  POS_IS(t, 3, 14); /* gc: a <-chan T parsed as an expression is at chan */
  /* a bare func type is an operand (sema reports "is not an expression"), at its ( */
  s = first_stmt(parse("package p\nfunc f() {\n\tf := func(x int) int\n}\n"));
  ck_assert_int_eq(diag_count(), 0);
  Node *ft = VEC_AT(s->assign.rhs, 0);
  ck_assert_int_eq(ft->kind, N_FUNCTYPE);
  POS_IS(ft, 3, 11);
}
END_TEST

START_TEST(syntax_error_count) {
  int before = parse_syntax_errors();
  Node *s = first_stmt(parse("package p\nfunc f() {\n\tgo x\n}\n"));
  ck_assert_int_eq(diag_count(), 1);               /* reported ... */
  ck_assert_int_eq(parse_syntax_errors(), before); /* ... but not a syntax error: sema runs */
  ck_assert_int_eq(s->unary.x->kind, N_CALL);       /* gc wraps x in a call */
  parse("package p\nfunc f() {\n\tx := )\n}\n");
  ck_assert_int_gt(parse_syntax_errors(), before);
}
END_TEST

START_TEST(bad_literal_is_bad_node) {
  Node *v = NULL;
  Node *f = parse("package p\nvar x = 08\n");
  Node *spec = VEC_AT(((Node *)VEC_AT(f->file.decls, 0))->gendecl.specs, 0);
  v = VEC_AT(spec->valuespec.values, 0);
  ck_assert_int_eq(v->kind, N_BAD);
  ck_assert_int_eq(parse_syntax_errors(), 0);
}
END_TEST

/* ---- positions (gc's syntax package) ---- */

START_TEST(positions_of_expressions) {
  Node *s = first_stmt(parse("package p\nfunc f() {\n\tx := a.b(c[1], d + e, T{})\n}\n"));
  POS_IS(s, 3, 4); /* assignment: at := */
  Node *call = VEC_AT(s->assign.rhs, 0);
  POS_IS(call, 3, 10); /* call: at ( */
  POS_IS(call->call.fun, 3, 8); /* selector: at . */
  ck_assert_int_eq(call->call.rparen.col, 27);
  POS_IS((Node *)VEC_AT(call->call.args, 0), 3, 12); /* index: at [ */
  POS_IS((Node *)VEC_AT(call->call.args, 1), 3, 19); /* binary: at operator */
  POS_IS((Node *)VEC_AT(call->call.args, 2), 3, 25); /* composite literal: at { */
  ck_assert_int_eq(ast_start_pos(call).col, 7);
}
END_TEST

START_TEST(positions_of_statements) {
  Node *f = parse("package p\nfunc (r T) m() {\n\tif x {\n\t}\n\tf()\n\tx++\nL:\n\tfor {\n\t}\n}\n");
  Node *fd = VEC_AT(f->file.decls, 0);
  POS_IS(fd, 2, 6); /* gc: the token after func */
  Vec st = fd->funcdecl.body->block.stmts;
  POS_IS((Node *)VEC_AT(st, 0), 3, 2);
  POS_IS((Node *)VEC_AT(st, 1), 5, 3); /* expression statement: the call's ( */
  POS_IS((Node *)VEC_AT(st, 2), 6, 3); /* x++ at ++ */
  POS_IS((Node *)VEC_AT(st, 3), 7, 2); /* labeled statement at : */
}
END_TEST

START_TEST(positions_of_literals_and_unary) {
  Node *s = first_stmt(parse("package p\nfunc f() {\n\tp := &T{a: 1}\n\t_ = *p\n}\n"));
  Node *u = VEC_AT(s->assign.rhs, 0);
  POS_IS(u, 3, 7);
  ck_assert_int_eq(u->unary.op, OP_ADDR);
  Node *lit = u->unary.x;
  POS_IS(lit, 3, 9);
  POS_IS((Node *)VEC_AT(lit->composite.elts, 0), 3, 11); /* key: value at : */
}
END_TEST

/* ---- syntax errors (go build, Go 1.19) ---- */

typedef struct BadCase {
  const char *src, *want;
} BadCase;

static const BadCase bad[] = {
  {"package main\n\nfunc main() {\n\tx := 1\n\tif x == 1 \n\t{\n\t}\n}\n",
   "./x.go:5:12: syntax error: unexpected newline, expecting { after if clause\n"},
  {"package main\n\nfunc main()\n{\n}\n",
   "./x.go:4:1: syntax error: unexpected semicolon or newline before {\n"},
  {"package main\n\nx := 1\n\nfunc main() {}\n",
   "./x.go:3:1: syntax error: non-declaration statement outside function body\n"},
  {"package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n\t_ = x\n}\n",
   "./x.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
  {"package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
   "./x.go:5:9: syntax error: else must be followed by if or statement block\n"},
  /* header errors: `go build` reports them with go/parser's words (see goheader.c) */
  {"func main() {}\n", "x.go:1:1: expected 'package', found 'func'\n"},
  {"package main\n\nfunc main() {\n\tx := 1 y := 2\n}\n",
   "./x.go:4:9: syntax error: unexpected y at end of statement\n"},
  {"package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
   "./x.go:4:23: syntax error: cannot declare in post statement of for loop\n"},
  {"package main\n\nfunc main() {\n\tx := \n}\n",
   "./x.go:5:1: syntax error: unexpected }, expecting expression\n"},
  {"package main\n\nfunc f(a int b int) {}\n",
   "./x.go:3:14: syntax error: unexpected b in parameter list; possibly missing comma or )\n"},
  {"package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
   "./x.go:4:7: syntax error: cannot use x := 1 as value\n"},
  {"package main\n\nfunc main() {\n\tif x = 5 {\n\t}\n}\n",
   "./x.go:4:7: syntax error: cannot use assignment (x) = (5) as value\n"},
  {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\"\n}\n",
   "./x.go:6:18: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
  {"package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
   "./x.go:5:8: syntax error: unexpected newline, expecting :\n"},
  {"package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n",
   "./x.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n"},
  {"package main\n\nfunc main() {\n\tgo 1\n\tdefer (f())\n}\n",
   "./x.go:4:5: expression in go must be function call\n"
   "./x.go:5:8: expression in defer must not be parenthesized\n"},
  {"package main\n\nfunc main() {\n\ta := [3]int{1,2,3}\n\t_ = a[1:2:]\n}\n",
   "./x.go:5:12: final index required in 3-index slice\n"},
  {"package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
   "./x.go:5:2: syntax error: unexpected else, expecting }\n"},
  {"package main\nfunc main() {\n\tx := map[string]int{\"a\": 1, \"b\" 2}\n}\n",
   "./x.go:3:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }\n"},
  {"package main\nfunc main() {\n\tx := 1\n\tx++ = 2\n}\n",
   "./x.go:4:6: syntax error: unexpected = at end of statement\n"},
  {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
   "./x.go:3:5: syntax error: missing condition in if statement\n"},
  {"package main\nfunc main() {\n\tfor var i = 0; i < 1; i++ {\n\t}\n}\n",
   "./x.go:3:10: syntax error: var declaration not allowed in for initializer\n"},
  {"package main\nimport fmt\n", "x.go:2:11: expected 'STRING', found newline\n"},
  {"package", "x.go:1:8: expected 'IDENT', found 'EOF'\n"},
  {"", "x.go:1:1: expected 'package', found 'EOF'\n"},
  {"package main\nimport (\n\t\"fmt\"\n\t\"os\"\n\nfunc main() {}\n", "x.go:6:1: expected 'STRING', found 'func'\n"},
  {"package main func\n", "./x.go:1:14: syntax error: unexpected func, expecting semicolon or newline\n"},
  {"package main\nimport \"fmt\" \"os\"\n",
   "./x.go:2:14: syntax error: unexpected literal \"os\", expecting semicolon or newline\n"},
  {"package main\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
   "./x.go:3:21: syntax error: unexpected {, expecting semicolon or newline\n"},
  {"package main\nfunc main() {\n\ta := []int{}\n\t_ = a[1:2)\n\t_ = a[1)\n}\n",
   "./x.go:4:11: syntax error: unexpected ), expecting ]\n"
   "./x.go:5:9: syntax error: unexpected ), expecting comma, : or ]\n"},
  /* error recovery like gc's: later errors are found, no cascades */
  {"package main\n\nfmt.Printf(\"hello\")\n\nfunc main() {\n}\n\nx++\n\nfunc init() {\n}\n",
   "./x.go:3:1: syntax error: non-declaration statement outside function body\n"
   "./x.go:8:1: syntax error: non-declaration statement outside function body\n"},
  {"package main\nfunc f() {\n\tx := )\n\tcase 1:\n\tdefault:\n\ty := 2 )\n}\n",
   "./x.go:3:7: syntax error: unexpected ), expecting expression\n"
   "./x.go:4:2: syntax error: unexpected case, expecting }\n"},
  {"package main\nfunc f() {\n\ta, b )\n}\n",
   "./x.go:3:7: syntax error: unexpected ), expecting := or = or comma\n"},
  {"package main\nfunc f() {\n\tswitch {\n\tcase true: f() case false:\n\t}\n}\n",
   "./x.go:4:17: syntax error: unexpected case at end of statement\n"},
  {"package main\ntype T\nfunc f() {}\n",
   "./x.go:2:7: syntax error: unexpected newline in type declaration\n"},
  {"package main\ntype T struct {\n\tch chan\n}\n",
   "./x.go:4:1: syntax error: missing channel element type\n"},
  {"package main\nfunc f() {\n\tfor _, x := range []int{1 2} {\n\t}\n}\n",
   "./x.go:3:28: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }\n"},
  {"package main\nfunc (r T) ] m() {}\n", "./x.go:2:12: syntax error: unexpected ], expecting name or (\n"},
  {"package main\nfunc main() {\n\tx := @\n}\n",
   "./x.go:3:7: invalid character U+0040 '@'\n./x.go:4:1: syntax error: unexpected }, expecting expression\n"},
  {"package main\nfunc main() {\n\tx := 1 +\n", "./x.go:4:1: syntax error: unexpected EOF, expecting expression\n"},
};

START_TEST(syntax_errors_like_gc) {
  const BadCase *c = &bad[_i];
  char *got = errors_of(c->src);
  ck_assert_msg(strcmp(got, c->want) == 0, "for:\n%s\nwant:\n%sgot:\n%s", c->src, c->want, got);
}
END_TEST

/* Spec: Composite literals — a bare type name's literal is not allowed in a header. */
START_TEST(composite_literal_in_header) {
  parses_clean("package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []T{{}} {\n\t\t_ = v\n\t}\n}\n");
  char *got = errors_of("package p\ntype T struct{}\nfunc main() {\n\tif x := T{}; true {\n\t}\n}\n");
  ck_assert_str_eq(got, "./x.go:4:7: syntax error: cannot use x := T as value\n");
}
END_TEST

START_TEST(one_error_per_line) {
  parse("package main\nfunc main() {\n\tx := ) ) )\n}\n");
  ck_assert_int_eq(diag_count(), 1);
  char *got = diags();
  ck_assert(strstr(got, "./x.go:3:7: syntax error:") == got);
}
END_TEST

START_TEST(recovery_finds_later_errors) {
  errors_of("package main\nfunc f() {\n\tx := )\n}\nfunc g() {\n\ty := ]\n}\n");
  ck_assert_int_eq(diag_count(), 0); /* errors_of flushed them */
  Node *f = parse("package main\nfunc f() {\n\tx := )\n}\nfunc g() {\n\ty := ]\n}\n");
  ck_assert_int_eq(diag_count(), 2);
  ck_assert_ptr_nonnull(f);
}
END_TEST

/* ---- robustness: never a crash or a hang ---- */

START_TEST(truncated_programs) {
  for (size_t p = 0; p < sizeof programs / sizeof programs[0]; p++) {
    size_t n = strlen(programs[p]);
    for (size_t len = 0; len <= n; len++) {
      Node *f = parse_file("./x.go", programs[p], len);
      ck_assert_ptr_nonnull(f);
      ck_assert_int_eq(f->kind, N_FILE);
    }
  }
}
END_TEST

START_TEST(garbled_programs) {
  unsigned seed = 1;
  for (size_t p = 0; p < sizeof programs / sizeof programs[0]; p++) {
    size_t n = strlen(programs[p]);
    char *buf = malloc(n + 1);
    for (int round = 0; round < 40; round++) {
      memcpy(buf, programs[p], n);
      for (int k = 0; k < 1 + round % 5; k++) {
        seed = seed * 1103515245u + 12345u;
        size_t at = (seed >> 8) % n;
        seed = seed * 1103515245u + 12345u;
        static const char junk[] = "(){}[];,.:=+-*&<\"'`/\n\0\xff x";
        buf[at] = junk[(seed >> 8) % (sizeof junk - 1)];
      }
      ck_assert_ptr_nonnull(parse_file("./x.go", buf, n));
    }
    free(buf);
  }
}
END_TEST

static char *repeat(const char *prefix, const char *unit, int times, const char *suffix) {
  size_t a = strlen(prefix), u = strlen(unit), s = strlen(suffix);
  char *buf = malloc(a + u * (size_t)times + s + 1);
  memcpy(buf, prefix, a);
  for (int i = 0; i < times; i++) memcpy(buf + a + u * (size_t)i, unit, u);
  memcpy(buf + a + u * (size_t)times, suffix, s + 1);
  return buf;
}

START_TEST(deep_nesting_is_an_error) {
  char *src = repeat("package p\nvar x = ", "(", 100000, "1");
  ck_assert_ptr_nonnull(parse(src));
  char *d = diags();
  ck_assert_msg(strstr(d, "exceeded maximum nesting depth") != NULL, "%s", d);
  src = repeat("package p\nvar x = ", "^", 100000, "1\n");
  ck_assert_ptr_nonnull(parse(src));
  d = diags();
  ck_assert_msg(strstr(d, "exceeded maximum nesting depth") != NULL, "%s", d);
}
END_TEST

START_TEST(long_inputs) {
  char *src = repeat("package p\nvar x = 1", " + 1", 5000, "\n");
  Node *f = parse(src);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(diag_count(), 0);
  /* a left-deep chain later passes could not walk: an error, not a crash */
  src = repeat("package p\nvar x = 1", " + 1", 200000, "\n");
  f = parse(src);
  ck_assert_ptr_nonnull(f);
  char *d = diags();
  ck_assert_msg(strstr(d, "exceeded maximum nesting depth") != NULL, "%s", d);
  src = repeat("package p\nvar s = \"", "a", 1 << 20, "\"\n");
  f = parse(src);
  ck_assert_int_eq(diag_count(), 0);
  Node *v = VEC_AT(((Node *)VEC_AT(((Node *)VEC_AT(f->file.decls, 0))->gendecl.specs, 0))->valuespec.values, 0);
  ck_assert_uint_eq(v->lit.len, 1u << 20);
}
END_TEST

START_TEST(binary_garbage) {
  unsigned seed = 7;
  char buf[4096];
  for (int round = 0; round < 50; round++) {
    for (size_t i = 0; i < sizeof buf; i++) {
      seed = seed * 1103515245u + 12345u;
      buf[i] = (char)(seed >> 16);
    }
    ck_assert_ptr_nonnull(parse_file("./x.go", buf, sizeof buf));
    ck_assert_int_gt(diag_count(), 0);
  }
}
END_TEST

static Suite *parser_suite(void) {
  Suite *s = suite_create("parser");
  TCase *ok = tcase_create("constructs");
  tcase_add_test(ok, every_construct_parses);
  tcase_add_test(ok, iota_and_implicit_specs);
  tcase_add_test(ok, params_grouping);
  tcase_add_test(ok, type_switch_shape);
  tcase_add_test(ok, types_as_expressions);
  tcase_add_test(ok, syntax_error_count);
  tcase_add_test(ok, bad_literal_is_bad_node);
  suite_add_tcase(s, ok);
  TCase *pos = tcase_create("positions");
  tcase_add_test(pos, positions_of_expressions);
  tcase_add_test(pos, positions_of_statements);
  tcase_add_test(pos, positions_of_literals_and_unary);
  suite_add_tcase(s, pos);
  TCase *err = tcase_create("errors");
  tcase_add_loop_test(err, syntax_errors_like_gc, 0, (int)(sizeof bad / sizeof bad[0]));
  tcase_add_test(err, composite_literal_in_header);
  tcase_add_test(err, one_error_per_line);
  tcase_add_test(err, recovery_finds_later_errors);
  suite_add_tcase(s, err);
  TCase *rob = tcase_create("robustness");
  tcase_set_timeout(rob, 60);
  tcase_add_test(rob, truncated_programs);
  tcase_add_test(rob, garbled_programs);
  tcase_add_test(rob, deep_nesting_is_an_error);
  tcase_add_test(rob, long_inputs);
  tcase_add_test(rob, binary_garbage);
  suite_add_tcase(s, rob);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(parser_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? 1 : 0;
}
