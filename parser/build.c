/* build.c — the AST builders the grammar's actions call (one per node shape), and the few
 * checks gc's parser makes while building: parameter grouping, header conditions, the
 * statement forms of go/defer, iota numbering of const specs.
 * Positions follow cmd/compile/internal/syntax/parser.go (Go 1.19): see ast.h. */
#include "front.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

Vec vec1(Node *x) {
  Vec v = {0};
  vec_push(&v, x);
  return v;
}

Vec vec_add(Vec v, Node *x) {
  vec_push(&v, x);
  return v;
}

Node *mk_bad(Pos pos) { return ast_new(N_BAD, pos); }

/* Binary chains (1 + 1 + ... ) are left-deep trees that the later passes walk recursively:
 * past EXPR_MAX_DEPTH levels we stop with an error instead of letting them overflow the
 * stack. The depth of each binary node is kept in a small pointer-keyed hash table. */
#define EXPR_MAX_DEPTH 10000

static struct {
  Node **keys;
  int *depth;
  size_t cap, len;
} bin_depths;

static size_t ptr_hash(const Node *n, size_t cap) {
  return (size_t)(((uintptr_t)n >> 4) * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

static int binary_depth(const Node *n) {
  /* parentheses and unary operators are bounded by the bracket and bison stack limits, but
   * they must not reset the count of what they wrap */
  while (n && (n->kind == N_PAREN || n->kind == N_UNARY || n->kind == N_STAR)) n = n->unary.x;
  if (!n || n->kind != N_BINARY || !bin_depths.cap) return 0;
  for (size_t i = ptr_hash(n, bin_depths.cap);; i = (i + 1) & (bin_depths.cap - 1)) {
    if (bin_depths.keys[i] == n) return bin_depths.depth[i];
    if (!bin_depths.keys[i]) return 0;
  }
}

static void set_binary_depth(Node *n, int d) {
  if (2 * (bin_depths.len + 1) > bin_depths.cap) {
    size_t old = bin_depths.cap, cap = old ? old * 2 : 1024;
    Node **keys = bin_depths.keys;
    int *depth = bin_depths.depth;
    bin_depths.keys = arena_alloc(cap * sizeof(Node *));
    bin_depths.depth = arena_alloc(cap * sizeof(int));
    bin_depths.cap = cap;
    bin_depths.len = 0;
    for (size_t i = 0; i < old; i++)
      if (keys[i]) set_binary_depth(keys[i], depth[i]);
  }
  size_t i = ptr_hash(n, bin_depths.cap);
  while (bin_depths.keys[i]) i = (i + 1) & (bin_depths.cap - 1);
  bin_depths.keys[i] = n;
  bin_depths.depth[i] = d;
  bin_depths.len++;
}

static bool too_deep_reported;

static Pos last_syntax_error;
static int syntax_errors;

int parse_syntax_errors(void) { return syntax_errors; }
void syntax_error_count(void) { syntax_errors++; }

void syntax_error_reset(void) {
  last_syntax_error = (Pos){0};
  too_deep_reported = false;
  bin_depths.keys = NULL;
  bin_depths.depth = NULL;
  bin_depths.cap = bin_depths.len = 0;
}

void syntax_errorf(Pos pos, const char *fmt, ...) {
  syntax_errors++; /* gc counts before its one-per-line filter */
  if (last_syntax_error.line == pos.line && last_syntax_error.file == pos.file) return;
  last_syntax_error = pos;
  va_list ap;
  va_start(ap, fmt);
  char buf[512];
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  diag_error(pos, "syntax error: %s", buf);
}

/* ---- expressions ---- */

Node *mk_ident(Tok t) {
  Node *n = ast_new(N_IDENT, t.pos);
  n->ident.name = t.lit ? t.lit : intern("_");
  return n;
}

static LitKind lit_kind(Tok t) { return t.lkind; }

/* A literal with an error (already reported by the scanner) becomes N_BAD: sema takes it as
 * an invalid operand without further messages, as types2 does with a bad BasicLit. */
Node *mk_lit(Tok t) {
  if (t.bad) return mk_bad(t.pos);
  Node *n = ast_new(N_BASICLIT, t.pos);
  n->lit.kind = lit_kind(t);
  n->lit.text = t.lit;
  n->lit.str = t.str;
  n->lit.len = t.len;
  return n;
}

static Node *unparen(Node *x) {
  while (x && x->kind == N_PAREN) x = x->unary.x;
  return x;
}

/* <-chan T parsed as a receive from `chan T`: it is the type (gc's unaryExpr). The type
 * keeps the position of `chan`, as in gc. */
static Node *recv_chan_type(Tok arrow, Node *x) {
  ChanDir dir = CHAN_SEND;
  Node *t = x;
  while (dir == CHAN_SEND) {
    if (t->kind != N_CHANTYPE) break;
    dir = t->chantype.dir;
    if (dir == CHAN_RECV) syntax_errorf(arrow.pos, "unexpected <-, expecting chan");
    t->chantype.dir = CHAN_RECV;
    t = t->chantype.elem;
  }
  if (dir == CHAN_SEND) syntax_errorf(arrow.pos, "unexpected %s, expecting chan", ast_expr_string(t));
  return x;
}

/* Spec: Operators — unary_op = "+" | "-" | "!" | "^" | "*" | "&" | "<-" . The grammar
 * accepts any additive or multiplicative operator in unary position; reject the others here. */
Node *mk_unary(Tok op, Node *x) {
  if (op.op == OP_ARROW && x->kind == N_CHANTYPE) return recv_chan_type(op, x);
  if (op.lit && strcmp(op.lit, "~") == 0) {
    /* gc parses ~x (for constraints) and types2 rejects it */
    diag_error(op.pos, "cannot use ~ outside of interface or type constraint");
    return mk_bad(op.pos);
  }
  if (op.op == OP_MUL) {
    Node *n = ast_new(N_STAR, op.pos);
    n->unary.x = x;
    n->unary.op = OP_MUL;
    return n;
  }
  if (op.op != OP_ADD && op.op != OP_SUB && op.op != OP_XOR && op.op != OP_AND &&
      op.op != OP_NOT && op.op != OP_ARROW)
    syntax_errorf(op.pos, "unexpected %s, expecting expression", op.lit);
  Node *n = ast_new(N_UNARY, op.pos);
  /* gc: &(x) loses its parentheses (they may wrap a composite literal in a header) */
  n->unary.x = op.op == OP_AND ? unparen(x) : x;
  n->unary.op = op.op == OP_AND ? OP_ADDR : op.op;
  return n;
}


Node *mk_binary(Tok op, Node *x, Node *y) {
  int dx = binary_depth(x), dy = binary_depth(y);
  int d = 1 + (dx > dy ? dx : dy);
  if (d > EXPR_MAX_DEPTH) {
    if (!too_deep_reported) {
      too_deep_reported = true;
      syntax_error_count();
      diag_error(op.pos, "exceeded maximum nesting depth");
    }
    return mk_bad(op.pos);
  }
  Node *n = ast_new(N_BINARY, op.pos);
  set_binary_depth(n, d);
  n->binary.x = x;
  n->binary.y = y;
  n->binary.op = op.op;
  n->binary.oppos = op.pos;
  return n;
}

Node *mk_paren(Tok lparen, Node *x) {
  Node *n = ast_new(N_PAREN, lparen.pos);
  n->unary.x = x;
  return n;
}

Node *mk_selector(Tok dot, Node *x, Tok name) {
  Node *n = ast_new(N_SELECTOR, dot.pos);
  n->selector.x = x;
  n->selector.name = name.lit;
  n->selector.namepos = name.pos;
  return n;
}

Node *mk_typeassert(Tok dot, Node *x, Node *type) {
  Node *n = ast_new(N_TYPEASSERT, dot.pos);
  n->typeassert.x = x;
  n->typeassert.type = type;
  return n;
}

Node *mk_index(Tok lbrack, Node *x, Node *index) {
  Node *n = ast_new(N_INDEX, lbrack.pos);
  n->index.x = x;
  n->index.index = index;
  return n;
}

/* Spec: Slice expressions — in a full slice expression only the first index may be omitted. */
Node *mk_slice(Tok lbrack, Node *x, Node *lo, Node *hi, Node *max, bool slice3, Tok colon2,
               Tok rbrack) {
  Node *n = ast_new(N_SLICE, lbrack.pos);
  n->slice.x = x;
  n->slice.lo = lo;
  n->slice.hi = hi;
  n->slice.max = max;
  n->slice.slice3 = slice3;
  if (slice3 && !hi) diag_error(colon2.pos, "middle index required in 3-index slice");
  if (slice3 && !max) diag_error(rbrack.pos, "final index required in 3-index slice");
  return n;
}

Node *mk_args(Vec args, bool ellipsis) {
  Node *n = ast_new(N_CALL, (Pos){0});
  n->call.args = args;
  n->call.ellipsis = ellipsis;
  return n;
}

Node *mk_call(Tok lparen, Node *fun, Node *args, Tok rparen) {
  args->pos = lparen.pos;
  args->call.fun = fun;
  args->call.rparen = rparen.pos;
  return args;
}

/* Spec: Composite literals — the type must be a type name or a literal type; gc rejects a
 * parenthesised type. */
Node *mk_composite(Tok lbrace, Node *type, Vec elts, Tok rbrace) {
  Node *n = ast_new(N_COMPOSITE, lbrace.pos);
  Node *t = unparen(type);
  if (t && t->kind != N_IDENT && t->kind != N_SELECTOR && t->kind != N_ARRAYTYPE &&
      t->kind != N_MAPTYPE && t->kind != N_STRUCTTYPE && t->kind != N_INDEX) {
    /* gc's parser takes '{' as a composite literal only after a (qualified) name or a
     * literal type; after anything else the '{' is unexpected where it stands */
    const char *where = lbrace.ctx == BR_PAREN || lbrace.ctx == BR_PARAMS
                          ? " in argument list; possibly missing comma or )"
                        : lbrace.ctx == BR_EXPR ? ", expecting )"
                                                : " at end of statement";
    syntax_errorf(lbrace.pos, "unexpected {%s", where);
  } else if (type && type->kind == N_PAREN) {
    syntax_errorf(type->pos, "cannot parenthesize type in composite literal");
    type = unparen(type);
  }
  n->composite.type = type;
  n->composite.elts = elts;
  n->composite.rbrace = rbrace.pos;
  return n;
}

Node *mk_keyvalue(Tok colon, Node *k, Node *v) {
  Node *n = ast_new(N_KEYVALUE, colon.pos);
  n->binary.x = k;
  n->binary.y = v;
  n->binary.oppos = colon.pos;
  return n;
}

Node *mk_funclit(Tok func, Node *type, Node *body) {
  Node *n = ast_new(N_FUNCLIT, func.pos);
  n->funclit.type = type;
  n->funclit.body = body;
  return n;
}

/* ---- types ---- */

Node *mk_arraytype(Tok lbrack, Node *len, Node *elem) {
  Node *n = ast_new(N_ARRAYTYPE, lbrack.pos);
  n->arraytype.len = len;
  n->arraytype.elem = elem;
  return n;
}

Node *mk_maptype(Tok map, Node *k, Node *v) {
  Node *n = ast_new(N_MAPTYPE, map.pos);
  n->maptype.key = k;
  n->maptype.value = v;
  return n;
}

Node *mk_chantype(Tok pos, ChanDir dir, Node *elem) {
  Node *n = ast_new(N_CHANTYPE, pos.pos);
  n->chantype.dir = dir;
  n->chantype.elem = elem;
  return n;
}

/* gc positions a function type at the '(' of its parameters (funcType). */
Node *mk_functype(Pos lparen, Vec params, Vec results) {
  Node *n = ast_new(N_FUNCTYPE, lparen);
  n->functype.params = params;
  n->functype.results = results;
  return n;
}

Node *mk_fields(NodeKind kind, Tok kw, Vec list, Tok lbrace, Tok rbrace) {
  Node *n = ast_new(kind, kw.pos);
  n->fields.list = list;
  n->fields.lbrace = lbrace.pos;
  n->fields.rbrace = rbrace.pos;
  return n;
}

Node *mk_field(Vec names, Node *type, Node *tag, bool embedded) {
  Pos pos = names.len ? ((Node *)VEC_AT(names, 0))->pos : type ? type->pos : (Pos){0};
  if (embedded && type && type->kind == N_STAR) pos = type->pos;
  Node *n = ast_new(N_FIELD, pos);
  n->field.names = names;
  n->field.type = type;
  n->field.embedded = embedded;
  if (tag && tag->kind == N_BASICLIT) {
    if (tag->lit.kind != LIT_STRING) {
      syntax_errorf(tag->pos, "unexpected literal %s, expecting semicolon, newline, or }",
                    tag->lit.text);
    } else {
      n->field.tag = tag->lit.str;
    }
  }
  return n;
}

Node *mk_ellipsis(Tok dots, Node *elem) {
  Node *n = ast_new(N_ELLIPSIS, dots.pos);
  n->unary.x = elem;
  return n;
}

/* One parameter as parsed: field.names holds the name if one was written, field.type the
 * type; a lone identifier is recorded as a name without type (gc's paramDeclOrNil). */
Node *mk_param_item(Node *name, Node *type) {
  Node *n = ast_new(N_FIELD, name ? name->pos : type->pos);
  if (!name && type->kind == N_IDENT) {
    name = type;
    type = NULL;
  }
  if (name) vec_push(&n->field.names, name);
  n->field.type = type;
  return n;
}

/* Spec: Function types — within a list of parameters or results, the names must either all
 * be present or all be absent. gc's paramList: with no names, lone identifiers are types;
 * otherwise types distribute right to left and a missing one is an error. Consecutive items
 * sharing a type become one N_FIELD. */
Vec mk_params(Vec items) {
  int named = 0;
  for (int i = 0; i < items.len; i++) {
    Node *it = VEC_AT(items, i);
    if (it->field.names.len && it->field.type) named++;
  }
  Vec out = {0};
  if (named == 0) {
    for (int i = 0; i < items.len; i++) {
      Node *it = VEC_AT(items, i);
      if (it->field.names.len) {
        it->field.type = VEC_AT(it->field.names, 0);
        it->field.names = (Vec){0};
      }
      vec_push(&out, it);
    }
    return out;
  }
  Pos errpos = {0};
  Node *typ = NULL;
  for (int i = items.len - 1; i >= 0; i--) {
    Node *it = VEC_AT(items, i);
    if (it->field.type) {
      typ = it->field.type;
      if (!it->field.names.len) {
        errpos = ast_start_pos(typ);
        Node *blank = ast_new(N_IDENT, errpos);
        blank->ident.name = intern("_");
        vec_push(&it->field.names, blank);
      }
    } else if (typ) {
      it->field.type = typ;
    } else {
      errpos = ((Node *)VEC_AT(it->field.names, 0))->pos;
      it->field.type = mk_bad(errpos);
    }
  }
  if (errpos.line) syntax_errorf(errpos, "mixed named and unnamed parameters");
  /* group items that share one type node: a, b int */
  Node *cur = NULL;
  for (int i = 0; i < items.len; i++) {
    Node *it = VEC_AT(items, i);
    if (cur && cur->field.type == it->field.type) {
      vec_push(&cur->field.names, VEC_AT(it->field.names, 0));
      continue;
    }
    cur = it;
    vec_push(&out, it);
  }
  return out;
}

/* ---- statements ---- */

Node *mk_block(Tok lbrace, Vec stmts, Tok rbrace) {
  Node *n = ast_new(N_BLOCK, lbrace.pos);
  n->block.stmts = stmts;
  n->block.rbrace = rbrace.pos;
  return n;
}

Node *mk_exprstmt(Node *x) {
  Node *n = ast_new(N_EXPRSTMT, x->pos);
  n->unary.x = x;
  return n;
}

Node *mk_assign(Tok op, Vec lhs, Vec rhs) {
  Node *n = ast_new(N_ASSIGN, op.pos);
  n->assign.lhs = lhs;
  n->assign.rhs = rhs;
  n->assign.op = op.op == OP_DEFINE ? OP_DEFINE : OP_ASSIGN;
  n->assign.oppos = op.pos;
  return n;
}

Node *mk_opassign(Tok op, Node *lhs, Node *rhs) {
  Node *n = ast_new(N_ASSIGN, op.pos);
  vec_push(&n->assign.lhs, lhs);
  vec_push(&n->assign.rhs, rhs);
  n->assign.op = op.op;
  n->assign.oppos = op.pos;
  return n;
}

Node *mk_incdec(Tok op, Node *x) {
  Node *n = ast_new(N_INCDEC, op.pos);
  n->incdec.x = x;
  n->incdec.op = op.op;
  return n;
}

Node *mk_send(Tok arrow, Node *ch, Node *v) {
  Node *n = ast_new(N_SEND, arrow.pos);
  n->binary.x = ch;
  n->binary.y = v;
  n->binary.op = OP_ARROW;
  n->binary.oppos = arrow.pos;
  return n;
}

/* gc positions a labeled statement at its ':'. */
Node *mk_labeled(Tok name, Tok colon, Node *stmt) {
  Node *n = ast_new(N_LABELED, colon.pos);
  n->labeled.label = mk_ident(name);
  n->labeled.stmt = stmt;
  return n;
}

/* Spec: Go statements, Defer statements — the expression must be a function call (gc's
 * callStmt: not parenthesised). */
Node *mk_gostmt(Tok kw, NodeKind kind, Node *call) {
  Node *n = ast_new(kind, kw.pos);
  const char *what = kind == N_GO ? "go" : "defer";
  Node *x = unparen(call);
  if (x != call && x->kind == N_CALL) {
    diag_error(call->pos, "expression in %s must not be parenthesized", what);
  } else if (x->kind != N_CALL) {
    /* gc wraps it in a call, so that type checking goes on and reports it too */
    diag_error(x->pos, "expression in %s must be function call", what);
    Node *c = ast_new(N_CALL, x->pos);
    c->call.fun = x;
    c->call.rparen = x->pos;
    x = c;
  }
  n->unary.x = x;
  return n;
}

Node *mk_return(Tok kw, Vec results) {
  Node *n = ast_new(N_RETURN, kw.pos);
  n->list.list = results;
  return n;
}

Node *mk_branch(Tok kw, BranchKind kind, Node *label) {
  Node *n = ast_new(N_BRANCH, kw.pos);
  n->branch.kind = kind;
  n->branch.label = label;
  return n;
}

/* gc's String of a simple statement, for "cannot use ... as value". */
static const char *stmt_string(Node *s) {
  switch (s->kind) {
  case N_INCDEC:
    return arena_printf("%s%s", ast_expr_string(s->incdec.x), ast_op_names[s->incdec.op]);
  case N_SEND:
    return arena_printf("%s <- %s", ast_expr_string(s->binary.x), ast_expr_string(s->binary.y));
  case N_ASSIGN: {
    StrBuf sb = {0};
    for (int i = 0; i < s->assign.lhs.len; i++)
      sb_printf(&sb, "%s%s", i ? ", " : "", ast_expr_string(VEC_AT(s->assign.lhs, i)));
    if (s->assign.op == OP_ASSIGN || s->assign.op == OP_DEFINE)
      sb_printf(&sb, " %s ", ast_op_names[s->assign.op]);
    else
      sb_printf(&sb, " %s= ", ast_op_names[s->assign.op]);
    for (int i = 0; i < s->assign.rhs.len; i++)
      sb_printf(&sb, "%s%s", i ? ", " : "", ast_expr_string(VEC_AT(s->assign.rhs, i)));
    char *r = sb_arena(&sb);
    sb_free(&sb);
    return r;
  }
  default:
    return "statement";
  }
}

/* A header's condition must be an expression: gc reports "cannot use ... as value". */
Node *mk_header_cond(Node *s, const char *what) {
  (void)what;
  if (!s) return NULL;
  if (s->kind == N_EXPRSTMT) return s->unary.x;
  Pos pos = s->pos;
  if (s->kind == N_ASSIGN && s->assign.op == OP_ASSIGN && s->assign.lhs.len == 1 &&
      s->assign.rhs.len == 1) {
    syntax_errorf(pos, "cannot use assignment (%s) = (%s) as value",
               ast_expr_string(VEC_AT(s->assign.lhs, 0)),
               ast_expr_string(VEC_AT(s->assign.rhs, 0)));
  } else if (s->kind == N_ASSIGN && s->assign.op == OP_DEFINE && s->assign.lhs.len == 1 &&
             s->assign.rhs.len == 1) {
    syntax_errorf(pos, "cannot use %s := %s as value",
               ast_expr_string(VEC_AT(s->assign.lhs, 0)),
               ast_expr_string(VEC_AT(s->assign.rhs, 0)));
  } else {
    syntax_errorf(pos, "cannot use %s as value", stmt_string(s));
  }
  return mk_bad(pos);
}

Node *mk_if(Tok kw, Node *init, Node *cond, Node *then, Node *els) {
  Node *n = ast_new(N_IF, kw.pos);
  n->ifstmt.init = init;
  n->ifstmt.cond = cond;
  n->ifstmt.then = then;
  n->ifstmt.els = els;
  return n;
}

void check_post_stmt(Node *s) {
  if (s && s->kind == N_ASSIGN && s->assign.op == OP_DEFINE)
    syntax_errorf(s->pos, "cannot declare in post statement of for loop");
}

Node *mk_for(Tok kw, Node *init, Node *cond, Node *post, Node *body) {
  Node *n = ast_new(N_FOR, kw.pos);
  n->forstmt.init = init;
  n->forstmt.cond = cond;
  n->forstmt.post = post;
  n->forstmt.body = body;
  return n;
}

/* RangeClause: at most two iteration variables. */
Node *mk_range(Tok kw, Vec lhs, Tok op, bool has_op, Tok range, Node *x, Node *body) {
  Node *n = ast_new(N_RANGE, kw.pos);
  if (lhs.len > 0) n->rangestmt.key = VEC_AT(lhs, 0);
  if (lhs.len > 1) n->rangestmt.value = VEC_AT(lhs, 1);
  if (lhs.len > 2) diag_error(((Node *)VEC_AT(lhs, 2))->pos, "range clause permits at most two iteration variables");
  n->rangestmt.define = has_op && op.op == OP_DEFINE;
  n->rangestmt.x = x;
  n->rangestmt.body = body;
  n->rangestmt.rangepos = range.pos;
  return n;
}

static bool is_type_guard(Node *x) {
  return x && x->kind == N_TYPEASSERT && x->typeassert.type == NULL;
}

Node *mk_switch(Tok kw, Node *init, Node *tag, Tok lbrace, Vec clauses, Tok rbrace) {
  bool ts = tag && ((tag->kind == N_EXPRSTMT && is_type_guard(tag->unary.x)) ||
                    (tag->kind == N_ASSIGN && tag->assign.op == OP_DEFINE &&
                     tag->assign.lhs.len == 1 && tag->assign.rhs.len == 1 &&
                     ((Node *)VEC_AT(tag->assign.lhs, 0))->kind == N_IDENT &&
                     is_type_guard(VEC_AT(tag->assign.rhs, 0))));
  Node *n = ast_new(ts ? N_TYPESWITCH : N_SWITCH, kw.pos);
  n->switchstmt.init = init;
  n->switchstmt.tag = ts ? tag : mk_header_cond(tag, "switch");
  n->switchstmt.clauses = clauses;
  n->switchstmt.lbrace = lbrace.pos;
  n->switchstmt.rbrace = rbrace.pos;
  return n;
}

Node *mk_select(Tok kw, Tok lbrace, Vec clauses, Tok rbrace) {
  Node *n = ast_new(N_SELECT, kw.pos);
  n->switchstmt.clauses = clauses;
  n->switchstmt.lbrace = lbrace.pos;
  n->switchstmt.rbrace = rbrace.pos;
  return n;
}

Node *mk_caseclause(Tok kw, Vec exprs, bool is_default, Tok colon, Vec body) {
  Node *n = ast_new(N_CASECLAUSE, kw.pos);
  n->caseclause.exprs = exprs;
  n->caseclause.is_default = is_default;
  n->caseclause.colon = colon.pos;
  n->caseclause.body = body;
  return n;
}

Node *mk_commclause(Tok kw, Node *comm, Tok colon, Vec body) {
  Node *n = ast_new(N_COMMCLAUSE, kw.pos);
  n->commclause.comm = comm;
  n->commclause.colon = colon.pos;
  n->commclause.body = body;
  return n;
}

Node *mk_declstmt(Node *decl) {
  Node *n = ast_new(N_DECLSTMT, decl->pos);
  n->unary.x = decl;
  return n;
}

/* ---- declarations ---- */

Node *mk_gendecl(Tok kw, DeclKind kind, Vec specs, bool grouped) {
  Node *n = ast_new(N_GENDECL, kw.pos);
  n->gendecl.kind = kind;
  n->gendecl.specs = specs;
  n->gendecl.grouped = grouped;
  return n;
}

Node *mk_importspec(Node *name, Tok path) {
  Node *n = ast_new(N_IMPORTSPEC, name ? name->pos : path.pos);
  n->importspec.name = name;
  path.bad = false; /* sema wants the literal even if it had an error */
  n->importspec.path = mk_lit(path);
  if (path.lkind != LIT_STRING)
    syntax_errorf(path.pos, "import path must be a string");
  return n;
}

Node *mk_valuespec(Vec names, Node *type, Vec values, bool is_const) {
  Node *n = ast_new(N_VALUESPEC, ((Node *)VEC_AT(names, 0))->pos);
  n->valuespec.names = names;
  n->valuespec.type = type;
  n->valuespec.values = values;
  n->valuespec.is_const = is_const;
  return n;
}

/* Spec: Iota, Constant declarations — iota is the spec's index in its group; a spec
 * without type and values repeats the previous one (marked implicit; sema copies). */
Vec number_const_specs(Vec specs) {
  for (int i = 0; i < specs.len; i++) {
    Node *s = VEC_AT(specs, i);
    s->valuespec.iota = i;
    s->valuespec.implicit = s->valuespec.type == NULL && s->valuespec.values.len == 0;
  }
  return specs;
}

Node *mk_typespec(Tok name, bool alias, Node *type) {
  Node *n = ast_new(N_TYPESPEC, name.pos);
  n->typespec.name = mk_ident(name);
  n->typespec.alias = alias;
  n->typespec.type = type;
  return n;
}

/* gc's FuncDecl position is the token after `func`: the receiver's '(' or the name. */
Node *mk_funcdecl(Pos pos, Node *recv, Tok name, Node *type, Node *body) {
  Node *n = ast_new(N_FUNCDECL, pos);
  n->funcdecl.recv = recv;
  n->funcdecl.name = mk_ident(name);
  n->funcdecl.type = type;
  n->funcdecl.body = body;
  return n;
}

Node *mk_file(Tok pkg, Tok name, Vec decls) {
  Node *n = ast_new(N_FILE, pkg.pos);
  n->file.pkgname = mk_ident(name);
  for (int i = 0; i < decls.len; i++) {
    Node *d = VEC_AT(decls, i);
    bool import = d->kind == N_GENDECL && d->gendecl.kind == DECL_IMPORT;
    vec_push(import ? &n->file.imports : &n->file.decls, d);
  }
  n->file.filename = pkg.pos.file;
  return n;
}
