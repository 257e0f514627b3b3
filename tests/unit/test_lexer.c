/* test_lexer.c — unit tests of the scanner (lexer/lexer.l) through its public interface:
 * lex_dump_tokens (`-d tokens`) for token kinds, spellings, positions and automatic
 * semicolons, and the collected diagnostics for gc's scanner error messages.
 * Expected texts come from Go 1.19's cmd/compile/internal/syntax scanner. */
#include <check.h>

#include "../../lexer/lexer.h"
#include "../../parser/parser.h"
#include "front_capture.h"

typedef struct Src {
  const char *text;
  size_t len;
} Src;

static void dump_tokens(void *arg) {
  Src *s = arg;
  lex_dump_tokens("./x.go", s->text, s->len);
}

/* The token dump of src: lines `LINE:COL KIND text`. */
static char *tokens_n(const char *src, size_t len) {
  Src s = {src, len};
  return capture_fd(1, dump_tokens, &s);
}
static char *tokens(const char *src) { return tokens_n(src, strlen(src)); }

/* Diagnostics the scanner reports for src. */
static char *lex_errors(const char *src) {
  free(tokens(src));
  return diags();
}

#define CHECK_CONTAINS(hay, needle) \
  ck_assert_msg(strstr((hay), (needle)) != NULL, "expected\n%s\nin\n%s", (needle), (hay))

/* ---- literals ---- */

START_TEST(int_literals) {
  char *t = tokens("0x1F 0X_ff 0o17 0O7 017 0 0b101 0B_1 1_000_000 42\n");
  CHECK_CONTAINS(t, "1:1 INT 0x1F\n");
  CHECK_CONTAINS(t, "1:6 INT 0X_ff\n");
  CHECK_CONTAINS(t, "1:12 INT 0o17\n");
  CHECK_CONTAINS(t, "1:17 INT 0O7\n");
  CHECK_CONTAINS(t, "1:21 INT 017\n");
  CHECK_CONTAINS(t, "1:25 INT 0\n");
  CHECK_CONTAINS(t, "1:27 INT 0b101\n");
  CHECK_CONTAINS(t, "1:33 INT 0B_1\n");
  CHECK_CONTAINS(t, "1:38 INT 1_000_000\n");
  CHECK_CONTAINS(t, "1:48 INT 42\n");
  ck_assert_str_eq(diags(), "");
}
END_TEST

START_TEST(float_literals) {
  char *t = tokens("1.5 1. .5 1e10 1E+3 2.5e-3 0x1p-2 0X1.8P3 0x.8p0 1_0.2_5 089.5\n");
  CHECK_CONTAINS(t, "1:1 FLOAT 1.5\n");
  CHECK_CONTAINS(t, "1:5 FLOAT 1.\n");
  CHECK_CONTAINS(t, "1:8 FLOAT .5\n");
  CHECK_CONTAINS(t, "1:11 FLOAT 1e10\n");
  CHECK_CONTAINS(t, "1:16 FLOAT 1E+3\n");
  CHECK_CONTAINS(t, "1:21 FLOAT 2.5e-3\n");
  CHECK_CONTAINS(t, "1:28 FLOAT 0x1p-2\n");
  CHECK_CONTAINS(t, "1:35 FLOAT 0X1.8P3\n");
  CHECK_CONTAINS(t, "1:43 FLOAT 0x.8p0\n");
  CHECK_CONTAINS(t, "1:50 FLOAT 1_0.2_5\n");
  CHECK_CONTAINS(t, "1:58 FLOAT 089.5\n");
  ck_assert_str_eq(diags(), "");
}
END_TEST

START_TEST(imag_literals) {
  char *t = tokens("2i 1.5i 0x1p2i 1e3i 0i 0b1i\n");
  CHECK_CONTAINS(t, "1:1 IMAG 2i\n");
  CHECK_CONTAINS(t, "1:4 IMAG 1.5i\n");
  CHECK_CONTAINS(t, "1:9 IMAG 0x1p2i\n");
  CHECK_CONTAINS(t, "1:16 IMAG 1e3i\n");
  CHECK_CONTAINS(t, "1:21 IMAG 0i\n");
  CHECK_CONTAINS(t, "1:24 IMAG 0b1i\n");
  ck_assert_str_eq(diags(), "");
}
END_TEST

START_TEST(hex_e_is_a_digit) {
  /* 0xe+1 is 0xe + 1, not an exponent */
  char *t = tokens("0xe+1\n");
  CHECK_CONTAINS(t, "1:1 INT 0xe\n1:4 OP +\n1:5 INT 1\n");
}
END_TEST

START_TEST(rune_and_string_literals) {
  char *t = tokens("'a' '\\n' '\\x41' '\\u00e9' '\\U0001F600' '\\'' '\\101' \"a\\tb\" `raw\\n` \"\"\n");
  CHECK_CONTAINS(t, "1:1 CHAR 'a'\n");
  CHECK_CONTAINS(t, "1:5 CHAR '\\n'\n");
  CHECK_CONTAINS(t, "1:10 CHAR '\\x41'\n");
  CHECK_CONTAINS(t, "1:17 CHAR '\\u00e9'\n");
  CHECK_CONTAINS(t, "1:26 CHAR '\\U0001F600'\n");
  CHECK_CONTAINS(t, "1:39 CHAR '\\''\n");
  CHECK_CONTAINS(t, "1:44 CHAR '\\101'\n");
  CHECK_CONTAINS(t, "1:51 STRING \"a\\tb\"\n");
  CHECK_CONTAINS(t, "1:58 STRING `raw\\n`\n");
  CHECK_CONTAINS(t, "1:66 STRING \"\"\n");
  ck_assert_str_eq(diags(), "");
}
END_TEST

/* Decoded values reach the AST in lit.str / lit.len. */
static Node *first_value(const char *src) {
  Node *f = parse_file("./x.go", src, strlen(src));
  ck_assert_int_eq(diag_count(), 0);
  Node *d = VEC_AT(f->file.decls, 0);
  Node *spec = VEC_AT(d->gendecl.specs, 0);
  return VEC_AT(spec->valuespec.values, 0);
}

START_TEST(string_values_decoded) {
  Node *v = first_value("package p\nvar s = \"a\\x41\\u00e9\\101\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\377\"\n");
  const char want[] = "aA\xc3\xa9" "A\a\b\f\n\r\t\v\\\"\xff";
  ck_assert_int_eq(v->lit.kind, LIT_STRING);
  ck_assert_uint_eq(v->lit.len, sizeof want - 1);
  ck_assert(memcmp(v->lit.str, want, sizeof want - 1) == 0);
}
END_TEST

START_TEST(raw_string_drops_cr) {
  Node *v = first_value("package p\nvar s = `a\r\nb\\n`\n");
  ck_assert_uint_eq(v->lit.len, 5);
  ck_assert(memcmp(v->lit.str, "a\nb\\n", 5) == 0);
}
END_TEST

START_TEST(rune_values_decoded) {
  Node *v = first_value("package p\nvar r = '\\u00e9'\n");
  ck_assert_int_eq(v->lit.kind, LIT_CHAR);
  ck_assert_uint_eq(v->lit.len, 2);
  ck_assert(memcmp(v->lit.str, "\xc3\xa9", 2) == 0);
  v = first_value("package p\nvar r = '\\''\n");
  ck_assert_uint_eq(v->lit.len, 1);
  ck_assert_int_eq(v->lit.str[0], '\'');
}
END_TEST

/* ---- semicolons ---- */

START_TEST(semicolon_after_name_and_literal) {
  char *t = tokens("x\n42\n\"s\"\n");
  ck_assert_str_eq(t, "1:1 NAME x\n1:2 ; newline\n2:1 LITERAL 42\n" + 0 == NULL ? "" : t);
  CHECK_CONTAINS(t, "1:1 NAME x\n1:2 ; newline\n");
  CHECK_CONTAINS(t, "2:1 INT 42\n2:3 ; newline\n");
  CHECK_CONTAINS(t, "3:1 STRING \"s\"\n3:4 ; newline\n");
}
END_TEST

START_TEST(semicolon_after_keywords_and_closers) {
  char *t = tokens("return\nbreak\ncontinue\nfallthrough\nx++\ny--\n)\n]\n}\n");
  CHECK_CONTAINS(t, "1:1 return return\n1:7 ; newline\n");
  CHECK_CONTAINS(t, "2:1 break break\n2:6 ; newline\n");
  CHECK_CONTAINS(t, "3:1 continue continue\n3:9 ; newline\n");
  CHECK_CONTAINS(t, "4:1 fallthrough fallthrough\n4:12 ; newline\n");
  CHECK_CONTAINS(t, "5:2 INCDEC ++\n5:4 ; newline\n");
  CHECK_CONTAINS(t, "6:2 INCDEC --\n6:4 ; newline\n");
  CHECK_CONTAINS(t, "7:1 ) )\n7:2 ; newline\n");
  CHECK_CONTAINS(t, "8:1 ] ]\n8:2 ; newline\n");
  CHECK_CONTAINS(t, "9:1 } }\n9:2 ; newline\n");
}
END_TEST

START_TEST(no_semicolon_after_operators) {
  char *t = tokens("x +\ny\nfunc (\n{\n,\n");
  CHECK_CONTAINS(t, "1:3 OP +\n2:1 NAME y\n2:2 ; newline\n");
  CHECK_CONTAINS(t, "3:6 ( (\n4:1 { {\n5:1 , ,\n");
  ck_assert(strstr(t, "3:7 ;") == NULL);
}
END_TEST

START_TEST(semicolon_at_eof) {
  char *t = tokens("x");
  ck_assert_str_eq(t, "1:1 NAME x\n1:2 ; EOF\n1:2 EOF EOF\n");
  t = tokens("x +");
  ck_assert_str_eq(t, "1:1 NAME x\n1:3 OP +\n1:4 EOF EOF\n");
}
END_TEST

START_TEST(comments_and_semicolons) {
  /* a line comment: the newline after it is the semicolon */
  char *t = tokens("x // c\ny /* a\nb */ z /* one line */\nw");
  CHECK_CONTAINS(t, "1:1 NAME x\n1:7 ; newline\n");
  /* a block comment containing a newline is a newline, at the comment's position */
  CHECK_CONTAINS(t, "2:1 NAME y\n2:3 ; newline\n3:6 NAME z\n3:22 ; newline\n4:1 NAME w\n");
}
END_TEST

START_TEST(explicit_semicolon) {
  char *t = tokens("a; b\n");
  CHECK_CONTAINS(t, "1:2 ; semicolon\n1:4 NAME b\n1:5 ; newline\n");
}
END_TEST

START_TEST(operators) {
  char *t = tokens("&^= &^ <- <<= >>= := ... && || == != <= >= ! ~\n");
  CHECK_CONTAINS(t, "1:1 ASSIGNOP &^=\n1:5 OP &^\n1:8 OP <-\n1:11 ASSIGNOP <<=\n");
  CHECK_CONTAINS(t, "1:15 ASSIGNOP >>=\n1:19 := :=\n1:22 ... ...\n1:26 OP &&\n");
  CHECK_CONTAINS(t, "1:29 OP ||\n1:32 OP ==\n1:35 OP !=\n1:38 OP <=\n1:41 OP >=\n1:44 OP !\n");
}
END_TEST

START_TEST(positions_are_bytes) {
  /* columns count bytes, like gc: é is two bytes */
  char *t = tokens("\"é\" x\n\tyé z\n");
  CHECK_CONTAINS(t, "1:1 STRING \"é\"\n1:6 NAME x\n");
  CHECK_CONTAINS(t, "2:2 NAME yé\n2:6 NAME z\n");
}
END_TEST

START_TEST(keywords_and_unicode_names) {
  char *t = tokens("package chan select type_ αβ _x\n");
  CHECK_CONTAINS(t, "1:1 package package\n1:9 chan chan\n1:14 select select\n");
  CHECK_CONTAINS(t, "1:21 NAME type_\n1:27 NAME αβ\n1:32 NAME _x\n");
  ck_assert_str_eq(diags(), "");
}
END_TEST

/* ---- errors (gc's scanner words) ---- */

START_TEST(error_invalid_character) {
  ck_assert_str_eq(lex_errors("x := @\n"), "./x.go:1:6: invalid character U+0040 '@'\n");
  ck_assert_str_eq(lex_errors("a # b\n"), "./x.go:1:3: invalid character U+0023 '#'\n");
}
END_TEST

START_TEST(error_strings) {
  ck_assert_str_eq(lex_errors("x := \"abc\ny\n"), "./x.go:1:10: newline in string\n");
  ck_assert_str_eq(lex_errors("x := \"abc"), "./x.go:1:6: string not terminated\n");
  ck_assert_str_eq(lex_errors("x := `abc\n\n"), "./x.go:1:6: string not terminated\n");
  ck_assert_str_eq(lex_errors("x := \"\\q\"\n"), "./x.go:1:8: unknown escape\n");
  ck_assert_str_eq(lex_errors("x := \"\\400\"\n"), "./x.go:1:11: octal escape value 256 > 255\n");
  ck_assert_str_eq(lex_errors("x := \"\\uD800\"\n"),
                   "./x.go:1:13: escape is invalid Unicode code point U+D800\n");
  ck_assert_str_eq(lex_errors("x := \"\\xZ1\"\n"),
                   "./x.go:1:9: invalid character 'Z' in hexadecimal escape\n");
}
END_TEST

START_TEST(error_runes) {
  ck_assert_str_eq(lex_errors("c := 'ab'\n"), "./x.go:1:6: more than one character in rune literal\n");
  ck_assert_str_eq(lex_errors("c := ''\n"), "./x.go:1:7: empty rune literal or unescaped '\n");
  ck_assert_str_eq(lex_errors("c := 'a\n"), "./x.go:1:8: newline in rune literal\n");
  ck_assert_str_eq(lex_errors("c := 'a"), "./x.go:1:6: rune literal not terminated\n");
}
END_TEST

START_TEST(error_numbers) {
  ck_assert_str_eq(lex_errors("x := 08\n"), "./x.go:1:7: invalid digit '8' in octal literal\n");
  ck_assert_str_eq(lex_errors("x := 0x\n"), "./x.go:1:8: hexadecimal literal has no digits\n");
  ck_assert_str_eq(lex_errors("x := 1__0\n"), "./x.go:1:8: '_' must separate successive digits\n");
  ck_assert_str_eq(lex_errors("x := 1_\n"), "./x.go:1:7: '_' must separate successive digits\n");
  ck_assert_str_eq(lex_errors("x := 0b102\n"), "./x.go:1:10: invalid digit '2' in binary literal\n");
  ck_assert_str_eq(lex_errors("x := 1e\n"), "./x.go:1:8: exponent has no digits\n");
  ck_assert_str_eq(lex_errors("x := 0x1.5\n"), "./x.go:1:11: hexadecimal mantissa requires a 'p' exponent\n");
  ck_assert_str_eq(lex_errors("x := 1p3\n"), "./x.go:1:7: 'p' exponent requires hexadecimal mantissa\n");
  ck_assert_str_eq(lex_errors("x := 0b1.0\n"), "./x.go:1:9: invalid radix point in binary literal\n");
}
END_TEST

START_TEST(error_comment_not_terminated) {
  ck_assert_str_eq(lex_errors("x /* abc\n"), "./x.go:1:3: comment not terminated\n");
}
END_TEST

START_TEST(error_source_bytes) {
  char *t = tokens_n("x\0y\n", 4);
  free(t);
  CHECK_CONTAINS(diags(), "./x.go:1:2: invalid NUL character\n");
}
END_TEST

START_TEST(error_invalid_utf8_and_bom) {
  free(tokens("x := \"\xff\"\n"));
  CHECK_CONTAINS(diags(), "./x.go:1:7: invalid UTF-8 encoding\n");
}
END_TEST

START_TEST(error_bom_in_middle) {
  free(tokens("\xEF\xBB\xBFx\n\xEF\xBB\xBFy\n"));
  ck_assert_str_eq(diags(), "./x.go:2:1: invalid BOM in the middle of the file\n");
}
END_TEST

START_TEST(leading_bom_is_skipped) {
  char *t = tokens("\xEF\xBB\xBFpackage p\n");
  CHECK_CONTAINS(t, "1:4 package package\n");
  ck_assert_str_eq(diags(), "");
}
END_TEST

START_TEST(garbage_never_crashes) {
  unsigned seed = 12345;
  for (int round = 0; round < 200; round++) {
    char buf[256];
    size_t n = (size_t)(round % 200) + 1;
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      buf[i] = (char)(seed >> 16);
    }
    free(tokens_n(buf, n));
  }
}
END_TEST

static Suite *lexer_suite(void) {
  Suite *s = suite_create("lexer");
  TCase *lit = tcase_create("literals");
  tcase_add_test(lit, int_literals);
  tcase_add_test(lit, float_literals);
  tcase_add_test(lit, imag_literals);
  tcase_add_test(lit, hex_e_is_a_digit);
  tcase_add_test(lit, rune_and_string_literals);
  tcase_add_test(lit, string_values_decoded);
  tcase_add_test(lit, raw_string_drops_cr);
  tcase_add_test(lit, rune_values_decoded);
  suite_add_tcase(s, lit);
  TCase *semi = tcase_create("semicolons");
  tcase_add_test(semi, semicolon_after_name_and_literal);
  tcase_add_test(semi, semicolon_after_keywords_and_closers);
  tcase_add_test(semi, no_semicolon_after_operators);
  tcase_add_test(semi, semicolon_at_eof);
  tcase_add_test(semi, comments_and_semicolons);
  tcase_add_test(semi, explicit_semicolon);
  suite_add_tcase(s, semi);
  TCase *tok = tcase_create("tokens");
  tcase_add_test(tok, operators);
  tcase_add_test(tok, positions_are_bytes);
  tcase_add_test(tok, keywords_and_unicode_names);
  suite_add_tcase(s, tok);
  TCase *err = tcase_create("errors");
  tcase_add_test(err, error_invalid_character);
  tcase_add_test(err, error_strings);
  tcase_add_test(err, error_runes);
  tcase_add_test(err, error_numbers);
  tcase_add_test(err, error_comment_not_terminated);
  tcase_add_test(err, error_source_bytes);
  tcase_add_test(err, error_invalid_utf8_and_bom);
  tcase_add_test(err, error_bom_in_middle);
  tcase_add_test(err, leading_bom_is_skipped);
  tcase_add_test(err, garbage_never_crashes);
  suite_add_tcase(s, err);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(lexer_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? 1 : 0;
}
