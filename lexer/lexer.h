/* lexer.h — the lexer's interface besides the one bison uses (yylex): a token dump for
 * `gosub -d tokens`, one token per line: `LINE:COL KIND text`, with inserted semicolons shown
 * as `;` with text "newline" (or "EOF"). */
#ifndef GOSUB_LEXER_H
#define GOSUB_LEXER_H

#include <stddef.h>

void lex_dump_tokens(const char *filename, const char *src, size_t len);

#endif
