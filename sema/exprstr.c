/* exprstr.c — expressions as types2 prints them in messages (syntax.String in ShortForm:
 * function bodies and composite literal contents become "…", printed by parser/ast.c's
 * ast_expr_string) and syntax.StartPos, the position types2 reports for an expression. */
#include "sema_int.h"

#include <string.h>

/* syntax.StartPos (Go 1.19) */
Pos spos(Node *n) {
  for (;;) {
    if (!n) return (Pos){0};
    switch (n->kind) {
    case N_COMPOSITE:
      if (!n->composite.type) return n->pos;
      n = n->composite.type;
      break;
    case N_SELECTOR: n = n->selector.x; break;
    case N_INDEX: n = n->index.x; break;
    case N_TYPEASSERT: n = n->typeassert.x; break;
    case N_CALL:
      if (!n->call.fun) { n = n->call.args.len ? n->call.args.data[0] : NULL; break; }
      n = n->call.fun;
      break;
    case N_BINARY: n = n->binary.x; break;
    case N_SEND: n = n->binary.x; break;
    case N_ASSIGN: n = n->assign.lhs.len ? n->assign.lhs.data[0] : NULL; break;
    default: return n->pos;
    }
  }
}

/* the parser's printer is the same as types2's (syntax.String in ShortForm) */
const char *expr_string(Node *e) { return ast_expr_string(e); }
