/* ast.c — AST support: node allocation, kind and operator names, the leftmost position of
 * an expression, Go-syntax printing of expressions (gc's syntax.String, used in messages) and
 * the `-d ast` dump. */
#include "ast.h"

#include <stdio.h>
#include <string.h>

const char *const ast_kind_names[N__COUNT] = {
#define X(k, m) #k,
    NODE_KINDS(X)
#undef X
};

const char *const ast_op_names[OP__COUNT] = {
    [OP_NONE] = "", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/",
    [OP_REM] = "%", [OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^", [OP_SHL] = "<<",
    [OP_SHR] = ">>", [OP_ANDNOT] = "&^", [OP_LAND] = "&&", [OP_LOR] = "||", [OP_EQL] = "==",
    [OP_NEQ] = "!=", [OP_LSS] = "<", [OP_LEQ] = "<=", [OP_GTR] = ">", [OP_GEQ] = ">=",
    [OP_NOT] = "!", [OP_ADDR] = "&", [OP_ARROW] = "<-", [OP_ASSIGN] = "=", [OP_DEFINE] = ":=",
    [OP_INC] = "++", [OP_DEC] = "--",
};

Node *ast_new(NodeKind kind, Pos pos) {
  Node *n = NEW(Node);
  n->kind = kind;
  n->pos = pos;
  return n;
}

/* gc's syntax.StartPos: the position of the leftmost token of an expression. */
Pos ast_start_pos(Node *n) {
  for (;;) {
    if (!n) return (Pos){0};
    switch (n->kind) {
    case N_COMPOSITE:
      if (!n->composite.type) return n->pos;
      n = n->composite.type;
      break;
    case N_SELECTOR: n = n->selector.x; break;
    case N_INDEX: n = n->index.x; break;
    case N_SLICE: n = n->slice.x; break;
    case N_TYPEASSERT: n = n->typeassert.x; break;
    case N_CALL: n = n->call.fun; break;
    case N_BINARY: case N_KEYVALUE: n = n->binary.x; break;
    default: return n->pos;
    }
  }
}

/* ---- Go-syntax printing (syntax/printer.go's short form: composite literal bodies and
 * function bodies print as …) ---- */

static void print_expr(StrBuf *sb, Node *n);

static void print_list(StrBuf *sb, Vec v) {
  for (int i = 0; i < v.len; i++) {
    if (i) sb_puts(sb, ", ");
    print_expr(sb, VEC_AT(v, i));
  }
}

static void print_fields(StrBuf *sb, Vec v, const char *sep) {
  for (int i = 0; i < v.len; i++) {
    Node *f = VEC_AT(v, i);
    if (i) sb_puts(sb, sep);
    print_list(sb, f->field.names);
    if (f->field.names.len && f->field.type) sb_putc(sb, ' ');
    print_expr(sb, f->field.type);
  }
}

static void print_sig(StrBuf *sb, Node *ft) {
  sb_putc(sb, '(');
  print_fields(sb, ft->functype.params, ", ");
  sb_putc(sb, ')');
  Vec r = ft->functype.results;
  if (r.len == 0) return;
  sb_putc(sb, ' ');
  Node *f0 = VEC_AT(r, 0);
  if (r.len == 1 && f0->field.names.len == 0) {
    print_expr(sb, f0->field.type);
    return;
  }
  sb_putc(sb, '(');
  print_fields(sb, r, ", ");
  sb_putc(sb, ')');
}

static void print_expr(StrBuf *sb, Node *n) {
  if (!n) return;
  switch (n->kind) {
  case N_BAD: sb_puts(sb, "BadExpr"); break;
  case N_IDENT: sb_puts(sb, n->ident.name); break;
  case N_BASICLIT: sb_puts(sb, n->lit.text); break;
  case N_COMPOSITE:
    print_expr(sb, n->composite.type);
    sb_puts(sb, n->composite.elts.len ? "{\xe2\x80\xa6}" : "{}");
    break;
  case N_FUNCLIT:
    sb_puts(sb, "func");
    print_sig(sb, n->funclit.type);
    sb_puts(sb, n->funclit.body && n->funclit.body->block.stmts.len ? " {\xe2\x80\xa6}" : " {}");
    break;
  case N_PAREN: sb_putc(sb, '('); print_expr(sb, n->unary.x); sb_putc(sb, ')'); break;
  case N_SELECTOR: print_expr(sb, n->selector.x); sb_putc(sb, '.'); sb_puts(sb, n->selector.name); break;
  case N_INDEX:
    print_expr(sb, n->index.x); sb_putc(sb, '['); print_expr(sb, n->index.index); sb_putc(sb, ']');
    break;
  case N_SLICE:
    print_expr(sb, n->slice.x);
    sb_putc(sb, '[');
    print_expr(sb, n->slice.lo);
    sb_putc(sb, ':');
    print_expr(sb, n->slice.hi);
    if (n->slice.slice3) { sb_putc(sb, ':'); print_expr(sb, n->slice.max); }
    sb_putc(sb, ']');
    break;
  case N_TYPEASSERT:
    print_expr(sb, n->typeassert.x);
    sb_puts(sb, ".(");
    if (n->typeassert.type) print_expr(sb, n->typeassert.type);
    else sb_puts(sb, "type");
    sb_putc(sb, ')');
    break;
  case N_CALL:
    if (!n->call.fun && n->call.args.len) { /* sema's implicit call: prints as its operand */
      print_expr(sb, VEC_AT(n->call.args, 0));
      break;
    }
    print_expr(sb, n->call.fun);
    sb_putc(sb, '(');
    print_list(sb, n->call.args);
    if (n->call.ellipsis) sb_puts(sb, "...");
    sb_putc(sb, ')');
    break;
  case N_STAR: sb_putc(sb, '*'); print_expr(sb, n->unary.x); break;
  case N_UNARY:
    sb_puts(sb, ast_op_names[n->unary.op]);
    print_expr(sb, n->unary.x);
    break;
  case N_BINARY:
    print_expr(sb, n->binary.x);
    sb_printf(sb, " %s ", ast_op_names[n->binary.op]);
    print_expr(sb, n->binary.y);
    break;
  case N_KEYVALUE:
    print_expr(sb, n->binary.x); sb_puts(sb, ": "); print_expr(sb, n->binary.y);
    break;
  case N_ARRAYTYPE:
    sb_putc(sb, '[');
    if (n->arraytype.len && n->arraytype.len->kind == N_ELLIPSIS) sb_puts(sb, "...");
    else print_expr(sb, n->arraytype.len);
    sb_putc(sb, ']');
    print_expr(sb, n->arraytype.elem);
    break;
  case N_STRUCTTYPE:
    sb_puts(sb, "struct{");
    print_fields(sb, n->fields.list, "; ");
    sb_putc(sb, '}');
    break;
  case N_INTERFACETYPE:
    sb_puts(sb, "interface{");
    for (int i = 0; i < n->fields.list.len; i++) {
      Node *f = VEC_AT(n->fields.list, i);
      if (i) sb_puts(sb, "; ");
      if (f->field.names.len) {
        print_list(sb, f->field.names);
        print_sig(sb, f->field.type);
      } else {
        print_expr(sb, f->field.type);
      }
    }
    sb_putc(sb, '}');
    break;
  case N_FUNCTYPE: sb_puts(sb, "func"); print_sig(sb, n); break;
  case N_MAPTYPE:
    sb_puts(sb, "map[");
    print_expr(sb, n->maptype.key);
    sb_putc(sb, ']');
    print_expr(sb, n->maptype.value);
    break;
  case N_CHANTYPE:
    sb_puts(sb, n->chantype.dir == CHAN_RECV ? "<-chan " : n->chantype.dir == CHAN_SEND ? "chan<- " : "chan ");
    print_expr(sb, n->chantype.elem);
    break;
  case N_ELLIPSIS: sb_puts(sb, "..."); print_expr(sb, n->unary.x); break;
  default: sb_printf(sb, "<%s>", ast_kind_names[n->kind]); break;
  }
}

const char *ast_expr_string(Node *n) {
  StrBuf sb = {0};
  print_expr(&sb, n);
  char *s = sb.len ? sb_arena(&sb) : arena_strdup("");
  sb_free(&sb);
  return s;
}

/* ---- -d ast ---- */

static void dump_line(int indent, const char *label, Node *n) {
  printf("%*s", indent * 2, "");
  if (label) printf("%s: ", label);
  if (!n) {
    printf("nil\n");
    return;
  }
  printf("%s %d:%d", ast_kind_names[n->kind] + 2, n->pos.line, n->pos.col);
  switch (n->kind) {
  case N_IDENT: printf(" %s", n->ident.name); break;
  case N_BASICLIT: printf(" %s", n->lit.text); break;
  case N_SELECTOR: printf(" .%s", n->selector.name); break;
  case N_UNARY: case N_BINARY: printf(" %s", ast_op_names[n->kind == N_UNARY ? n->unary.op : n->binary.op]); break;
  case N_ASSIGN: printf(" %s%s", ast_op_names[n->assign.op], n->assign.op < OP_NOT ? "=" : ""); break;
  case N_INCDEC: printf(" %s", ast_op_names[n->incdec.op]); break;
  case N_CALL: if (n->call.ellipsis) printf(" ..."); break;
  case N_CHANTYPE: printf(" %s", n->chantype.dir == CHAN_RECV ? "<-chan" : n->chantype.dir == CHAN_SEND ? "chan<-" : "chan"); break;
  case N_FIELD: if (n->field.embedded) printf(" embedded"); if (n->field.tag) printf(" tag=%s", n->field.tag); break;
  case N_BRANCH: printf(" %s", (const char *[]){"break", "continue", "goto", "fallthrough"}[n->branch.kind]); break;
  case N_GENDECL: printf(" %s%s", (const char *[]){"import", "const", "var", "type"}[n->gendecl.kind], n->gendecl.grouped ? " (grouped)" : ""); break;
  case N_VALUESPEC: printf(" iota=%d%s", n->valuespec.iota, n->valuespec.implicit ? " implicit" : ""); break;
  case N_TYPESPEC: if (n->typespec.alias) printf(" alias"); break;
  case N_RANGE: if (n->rangestmt.define) printf(" :="); break;
  case N_CASECLAUSE: if (n->caseclause.is_default) printf(" default"); break;
  case N_SLICE: if (n->slice.slice3) printf(" 3-index"); break;
  default: break;
  }
  printf("\n");
}

static void dump(Node *n, int indent, const char *label);

static void dump_vec(Vec v, int indent, const char *label) {
  for (int i = 0; i < v.len; i++) dump(VEC_AT(v, i), indent, label);
}

static void dump(Node *n, int indent, const char *label) {
  dump_line(indent, label, n);
  if (!n) return;
  int k = indent + 1;
  switch (n->kind) {
  case N_COMPOSITE: if (n->composite.type) dump(n->composite.type, k, "type"); dump_vec(n->composite.elts, k, NULL); break;
  case N_FUNCLIT: dump(n->funclit.type, k, "type"); dump(n->funclit.body, k, "body"); break;
  case N_PAREN: case N_STAR: case N_UNARY: case N_EXPRSTMT: case N_GO: case N_DEFER: case N_DECLSTMT:
    dump(n->unary.x, k, NULL); break;
  case N_ELLIPSIS: if (n->unary.x) dump(n->unary.x, k, NULL); break;
  case N_SELECTOR: dump(n->selector.x, k, NULL); break;
  case N_INDEX: dump(n->index.x, k, NULL); dump(n->index.index, k, "index"); break;
  case N_SLICE:
    dump(n->slice.x, k, NULL);
    if (n->slice.lo) dump(n->slice.lo, k, "lo");
    if (n->slice.hi) dump(n->slice.hi, k, "hi");
    if (n->slice.max) dump(n->slice.max, k, "max");
    break;
  case N_TYPEASSERT: dump(n->typeassert.x, k, NULL); dump(n->typeassert.type, k, "type"); break;
  case N_CALL: dump(n->call.fun, k, "fun"); dump_vec(n->call.args, k, "arg"); break;
  case N_BINARY: case N_KEYVALUE: case N_SEND: dump(n->binary.x, k, NULL); dump(n->binary.y, k, NULL); break;
  case N_ARRAYTYPE: if (n->arraytype.len) dump(n->arraytype.len, k, "len"); dump(n->arraytype.elem, k, "elem"); break;
  case N_STRUCTTYPE: case N_INTERFACETYPE: dump_vec(n->fields.list, k, NULL); break;
  case N_FUNCTYPE: dump_vec(n->functype.params, k, "param"); dump_vec(n->functype.results, k, "result"); break;
  case N_MAPTYPE: dump(n->maptype.key, k, "key"); dump(n->maptype.value, k, "value"); break;
  case N_CHANTYPE: dump(n->chantype.elem, k, NULL); break;
  case N_FIELD: dump_vec(n->field.names, k, "name"); dump(n->field.type, k, "type"); break;
  case N_LABELED: dump(n->labeled.label, k, "label"); dump(n->labeled.stmt, k, NULL); break;
  case N_INCDEC: dump(n->incdec.x, k, NULL); break;
  case N_ASSIGN: dump_vec(n->assign.lhs, k, "lhs"); dump_vec(n->assign.rhs, k, "rhs"); break;
  case N_RETURN: dump_vec(n->list.list, k, NULL); break;
  case N_BRANCH: if (n->branch.label) dump(n->branch.label, k, "label"); break;
  case N_BLOCK: dump_vec(n->block.stmts, k, NULL); break;
  case N_IF:
    if (n->ifstmt.init) dump(n->ifstmt.init, k, "init");
    dump(n->ifstmt.cond, k, "cond");
    dump(n->ifstmt.then, k, "then");
    if (n->ifstmt.els) dump(n->ifstmt.els, k, "else");
    break;
  case N_CASECLAUSE: dump_vec(n->caseclause.exprs, k, "case"); dump_vec(n->caseclause.body, k, NULL); break;
  case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
    if (n->switchstmt.init) dump(n->switchstmt.init, k, "init");
    if (n->switchstmt.tag) dump(n->switchstmt.tag, k, "tag");
    dump_vec(n->switchstmt.clauses, k, NULL);
    break;
  case N_COMMCLAUSE: dump(n->commclause.comm, k, "comm"); dump_vec(n->commclause.body, k, NULL); break;
  case N_FOR:
    if (n->forstmt.init) dump(n->forstmt.init, k, "init");
    if (n->forstmt.cond) dump(n->forstmt.cond, k, "cond");
    if (n->forstmt.post) dump(n->forstmt.post, k, "post");
    dump(n->forstmt.body, k, "body");
    break;
  case N_RANGE:
    if (n->rangestmt.key) dump(n->rangestmt.key, k, "key");
    if (n->rangestmt.value) dump(n->rangestmt.value, k, "value");
    dump(n->rangestmt.x, k, "x");
    dump(n->rangestmt.body, k, "body");
    break;
  case N_GENDECL: dump_vec(n->gendecl.specs, k, NULL); break;
  case N_IMPORTSPEC: if (n->importspec.name) dump(n->importspec.name, k, "name"); dump(n->importspec.path, k, "path"); break;
  case N_VALUESPEC:
    dump_vec(n->valuespec.names, k, "name");
    if (n->valuespec.type) dump(n->valuespec.type, k, "type");
    dump_vec(n->valuespec.values, k, "value");
    break;
  case N_TYPESPEC: dump(n->typespec.name, k, "name"); dump(n->typespec.type, k, "type"); break;
  case N_FUNCDECL:
    if (n->funcdecl.recv) dump(n->funcdecl.recv, k, "recv");
    dump(n->funcdecl.name, k, "name");
    dump(n->funcdecl.type, k, "type");
    if (n->funcdecl.body) dump(n->funcdecl.body, k, "body");
    break;
  case N_FILE:
    dump(n->file.pkgname, k, "package");
    dump_vec(n->file.imports, k, NULL);
    dump_vec(n->file.decls, k, NULL);
    break;
  default: break;
  }
}

void ast_dump(Node *n, int indent) { dump(n, indent, NULL); }
