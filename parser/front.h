/* front.h — private interface between the flex scanner (lexer/lexer.l), the bison grammar
 * (parser/parser.y) and the AST builders (parser/build.c). Nothing outside lexer/ and parser/
 * includes this file; the public interfaces are lexer.h, parser.h and ast.h.
 *
 * Every token carries a Tok as its semantic value: its position (gc's: line and byte column,
 * 1-based), its spelling, the Op of an operator and the decoded bytes of a string or rune
 * literal. The scanner state (LexState) lives in flex's yyextra. */
#ifndef GOSUB_FRONT_H
#define GOSUB_FRONT_H

#include "ast.h"

typedef void *yyscan_t;

/* The semantic value of every token. */
typedef struct Tok {
  Pos pos;
  const char *lit;   /* NAME: interned name; LITERAL: source text; ';': "semicolon",
                        "newline" or "EOF"; operators: their spelling */
  Op op;             /* operators: the Op; ASSIGNOP: the binary op; INCDEC: OP_INC/OP_DEC */
  LitKind lkind;     /* LITERAL */
  const char *str;   /* STRING/CHAR literal: decoded bytes (CHAR: the rune in UTF-8) */
  size_t len;
  bool bad;          /* literal had an error (already reported) */
  int ctx;           /* BrKind of the innermost open bracket before this token, -1 if none */
} Tok;

/* Kinds of open brackets, kept by the scanner so that syntax errors can say
 * "in argument list" or "in composite literal" as gc does. */
typedef enum BrKind { BR_PAREN, BR_PARAMS, BR_BRACK, BR_BRACE, BR_BODY, BR_STRUCT, BR_IFACE,
                     BR_GROUP, BR_SLICE /* [ after its first ':' */,
                     BR_EXPR /* ( grouping an expression */ } BrKind;

#define LEX_MAX_NEST 1000 /* bracket nesting limit: deeper input is an error, not a crash */

typedef struct LexState {
  const char *filename;
  const char *src;     /* whole source (for positions of errors inside tokens) */
  size_t len;
  size_t off;          /* byte offset of the next unread byte */
  int line, col;       /* position of the next unread byte */
  int tline, tcol;     /* position of the current token */
  bool nlsemi;         /* a newline or EOF now becomes a ';' (Go's semicolon rule) */
  bool eof_done;       /* EOF reached: return end of input */
  int prev, prev2, prev3; /* the last three tokens returned (bison codes) */
  Tok prevtok;         /* value of the last token */
  /* bracket stack (for error context only) */
  unsigned char brk[LEX_MAX_NEST + 1];
  int depth;
  int hdr;             /* IF/FOR/SWITCH/SELECT keyword whose header is being scanned, or 0 */
  int hdr_depth;       /* bracket depth at that keyword */
  int hdr_semis;       /* ';' seen in that header (for clauses) */
  bool hdr_lit;        /* a literal type or func literal began at the header's level */
  int declkw;          /* the last CONST VAR TYPE IMPORT, or FUNC at top level */
  int body_hdr;        /* the header the last body '{' closed (error context) */
  /* the bracket depth and header state before the last token: errors are about that token */
  int pre_depth, pre_hdr, pre_hdr_depth, pre_hdr_semis;
  bool too_deep;       /* nesting limit hit: the scanner returns end of input */
  bool had_error;       /* a syntax error was reported */
  /* Where we are in the file header (package clause and imports), which `go build` parses
   * with go/parser before gc runs: 0 package clause, 1 after a top-level ';', 2 in an import
   * declaration, 3 past the header. Syntax errors in the header use go/parser's words. */
  int hsec;
  bool header_error;   /* a header error was reported: go build would stop there */
  size_t goparser_limit; /* bytes of the file go/parser checks first (goheader.c) */
  size_t toff;         /* byte offset of the current token */
  bool seen_decl;       /* parser: a non-import top-level declaration was seen */
  bool last_func_nobody; /* parser: the last top-level decl was a func without body */
  Node *file;          /* parser result */
} LexState;

/* lexer/lexer.l */
int lex_init(LexState *ls, const char *filename, const char *src, size_t len, yyscan_t *scanner);
void lex_done(yyscan_t scanner);
void lex_check_source(const char *filename, const char *src, size_t len);
const char *lex_token_name(int tok);

/* parser/build.c: helpers the grammar's actions call (one per node shape). */
Node *mk_ident(Tok t);
Node *mk_lit(Tok t);
Node *mk_unary(Tok op, Node *x);
Node *mk_binary(Tok op, Node *x, Node *y);
Node *mk_paren(Tok lparen, Node *x);
Node *mk_selector(Tok dot, Node *x, Tok name);
Node *mk_typeassert(Tok dot, Node *x, Node *type);
Node *mk_index(Tok lbrack, Node *x, Node *index);
Node *mk_slice(Tok lbrack, Node *x, Node *lo, Node *hi, Node *max, bool slice3, Tok colon2,
               Tok rbrack);
Node *mk_args(Vec args, bool ellipsis); /* an N_CALL without fun */
Node *mk_call(Tok lparen, Node *fun, Node *args, Tok rparen);
Node *mk_composite(Tok lbrace, Node *type, Vec elts, Tok rbrace);
Node *mk_keyvalue(Tok colon, Node *k, Node *v);
Node *mk_funclit(Tok func, Node *type, Node *body);
Node *mk_arraytype(Tok lbrack, Node *len, Node *elem);
Node *mk_maptype(Tok map, Node *k, Node *v);
Node *mk_chantype(Tok pos, ChanDir dir, Node *elem);
Node *mk_functype(Pos lparen, Vec params, Vec results);
Node *mk_fields(NodeKind kind, Tok kw, Vec list, Tok lbrace, Tok rbrace);
Node *mk_field(Vec names, Node *type, Node *tag, bool embedded);
Node *mk_ellipsis(Tok dots, Node *elem);
Vec mk_params(Vec items);  /* (name?, type) items -> grouped N_FIELDs, gc's rules */
Node *mk_param_item(Node *name, Node *type);

Node *mk_block(Tok lbrace, Vec stmts, Tok rbrace);
Node *mk_exprstmt(Node *x);
Node *mk_assign(Tok op, Vec lhs, Vec rhs);
Node *mk_opassign(Tok op, Node *lhs, Node *rhs);
Node *mk_incdec(Tok op, Node *x);
Node *mk_send(Tok arrow, Node *ch, Node *v);
Node *mk_labeled(Tok name, Tok colon, Node *stmt);
Node *mk_gostmt(Tok kw, NodeKind kind, Node *call);
Node *mk_return(Tok kw, Vec results);
Node *mk_branch(Tok kw, BranchKind kind, Node *label);
Node *mk_if(Tok kw, Node *init, Node *cond, Node *then, Node *els);
Node *mk_for(Tok kw, Node *init, Node *cond, Node *post, Node *body);
Node *mk_range(Tok kw, Vec lhs, Tok op, bool has_op, Tok range, Node *x, Node *body);
Node *mk_switch(Tok kw, Node *init, Node *tag, Tok lbrace, Vec clauses, Tok rbrace);
Node *mk_select(Tok kw, Tok lbrace, Vec clauses, Tok rbrace);
Node *mk_caseclause(Tok kw, Vec exprs, bool is_default, Tok colon, Vec body);
Node *mk_commclause(Tok kw, Node *comm, Tok colon, Vec body);
Node *mk_declstmt(Node *decl);
Node *mk_header_cond(Node *s, const char *what); /* simple stmt used as a condition */
void check_post_stmt(Node *s);

Node *mk_gendecl(Tok kw, DeclKind kind, Vec specs, bool grouped);
Node *mk_importspec(Node *name, Tok path);
Node *mk_valuespec(Vec names, Node *type, Vec values, bool is_const);
Vec number_const_specs(Vec specs); /* iota indices and implicit repetition */
Node *mk_typespec(Tok name, bool alias, Node *type);
Node *mk_funcdecl(Pos pos, Node *recv, Tok name, Node *type, Node *body);
Node *mk_file(Tok pkg, Tok name, Vec decls); /* imports are split out of decls */
Node *mk_bad(Pos pos);
Vec vec1(Node *x);
Vec vec_add(Vec v, Node *x);

/* parser/goheader.c */
size_t goheader_limit(const char *src, size_t len);

/* parser/syntax_error.inc */
void syntax_error_at(LexState *ls, Pos pos, const char *msg);
/* parser/build.c: report "syntax error: ..." unless the last syntax error was on the same
 * line (gc's base.Errorf rule); other errors on the line do not count. */
void syntax_errorf(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void syntax_error_reset(void);
void syntax_error_count(void); /* count an error reported another way as a syntax error */

#endif
