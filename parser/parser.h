/* parser.h — the parser's interface: Go source text of one file in, an N_FILE AST out.
 * Syntax errors are reported through diag_error() in gc's words (one per line); the returned
 * tree is then partial (N_BAD nodes) and must not go to sema. */
#ifndef GOSUB_PARSER_H
#define GOSUB_PARSER_H

#include "ast.h"

/* filename is the name diagnostics print (e.g. "./x.go"). src need not be NUL-terminated
 * and may contain NUL bytes or invalid UTF-8 (reported as errors, never a crash). */
Node *parse_file(const char *filename, const char *src, size_t len);

/* Syntax errors reported so far by parse_file (all files). gc stops after parsing only when
 * there are syntax errors (and header errors `go build` reports); other errors of the
 * parser and scanner (bad literals, "expression in go must be function call", "method has
 * no receiver", ...) go on to type checking, whose errors are sorted in with them. The tree
 * is then complete: bad literals are N_BAD, `go x` has an N_CALL wrapped around x. */
int parse_syntax_errors(void);

#endif
