/* parser.h — the parser's interface: Go source text of one file in, an N_FILE AST out.
 * Syntax errors are reported through diag_error() in gc's words (one per line); the returned
 * tree is then partial (N_BAD nodes) and must not go to sema. */
#ifndef GOSUB_PARSER_H
#define GOSUB_PARSER_H

#include "ast.h"

/* filename is the name diagnostics print (e.g. "./x.go"). src need not be NUL-terminated
 * and may contain NUL bytes or invalid UTF-8 (reported as errors, never a crash). */
Node *parse_file(const char *filename, const char *src, size_t len);

#endif
