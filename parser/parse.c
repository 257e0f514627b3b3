/* parse.c — parse_file: source text in, N_FILE out (scanner + bison parser). */
#include "front.h"
#include "parser.h"
#include "tokens.h"

int yyparse(yyscan_t scanner, LexState *ls);

Node *parse_file(const char *filename, const char *src, size_t len) {
  if (!src) src = "";
  syntax_error_reset();
  lex_check_source(filename, src, len);
  LexState *ls = arena_alloc(sizeof *ls);
  yyscan_t scanner;
  lex_init(ls, filename, src, len, &scanner);
  ls->goparser_limit = goheader_limit(ls->src, ls->len);
  yyparse(scanner, ls);
  lex_done(scanner);
  Node *f = ls->file;
  if (!f) {
    /* the parse was abandoned: return an empty file (errors have been reported) */
    f = ast_new(N_FILE, (Pos){filename, 1, 1});
    Tok name = {.pos = {filename, 1, 1}, .lit = intern("_")};
    f->file.pkgname = mk_ident(name);
    f->file.filename = filename;
    if (diag_count() == 0) diag_error(f->pos, "syntax error: unexpected EOF");
  }
  return f;
}
