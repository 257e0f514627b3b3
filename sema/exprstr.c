/* exprstr.c — expressions printed the way types2 prints them in messages (syntax.String in
 * ShortForm: function bodies and composite literal contents become "…"). */
#include "sema_int.h"

#include <string.h>

static void wr(StrBuf *sb, Node *e);

static void wr_list(StrBuf *sb, Vec *v) {
  for (int i = 0; i < v->len; i++) {
    if (i) sb_puts(sb, ", ");
    wr(sb, v->data[i]);
  }
}

static void wr_fields(StrBuf *sb, Vec *v, const char *sep) {
  for (int i = 0; i < v->len; i++) {
    Node *f = v->data[i];
    if (i) sb_puts(sb, sep);
    for (int k = 0; k < f->field.names.len; k++) {
      if (k) sb_puts(sb, ", ");
      wr(sb, f->field.names.data[k]);
    }
    if (f->field.names.len) sb_putc(sb, ' ');
    wr(sb, f->field.type);
  }
}

static void wr_sig(StrBuf *sb, Node *ft) {
  sb_putc(sb, '(');
  wr_fields(sb, &ft->functype.params, ", ");
  sb_putc(sb, ')');
  Vec *r = &ft->functype.results;
  if (r->len == 0) return;
  sb_putc(sb, ' ');
  Node *f0 = r->data[0];
  if (r->len == 1 && f0->field.names.len == 0) {
    wr(sb, f0->field.type);
    return;
  }
  sb_putc(sb, '(');
  wr_fields(sb, r, ", ");
  sb_putc(sb, ')');
}

static void wr(StrBuf *sb, Node *e) {
  if (!e) return;
  switch (e->kind) {
  case N_IDENT: sb_puts(sb, e->ident.name); break;
  case N_BASICLIT: sb_puts(sb, e->lit.text); break;
  case N_COMPOSITE:
    if (e->composite.type) wr(sb, e->composite.type);
    sb_puts(sb, e->composite.elts.len ? "{…}" : "{}");
    break;
  case N_FUNCLIT:
    sb_puts(sb, "func");
    wr_sig(sb, e->funclit.type);
    sb_puts(sb, e->funclit.body && e->funclit.body->block.stmts.len ? " {…}" : " {}");
    break;
  case N_PAREN: sb_putc(sb, '('); wr(sb, e->unary.x); sb_putc(sb, ')'); break;
  case N_SELECTOR: wr(sb, e->selector.x); sb_putc(sb, '.'); sb_puts(sb, e->selector.name); break;
  case N_INDEX: wr(sb, e->index.x); sb_putc(sb, '['); wr(sb, e->index.index); sb_putc(sb, ']'); break;
  case N_SLICE:
    wr(sb, e->slice.x);
    sb_putc(sb, '[');
    wr(sb, e->slice.lo);
    sb_putc(sb, ':');
    wr(sb, e->slice.hi);
    if (e->slice.slice3) { sb_putc(sb, ':'); wr(sb, e->slice.max); }
    sb_putc(sb, ']');
    break;
  case N_TYPEASSERT:
    wr(sb, e->typeassert.x);
    sb_puts(sb, ".(");
    if (e->typeassert.type) wr(sb, e->typeassert.type);
    else sb_puts(sb, "type");
    sb_putc(sb, ')');
    break;
  case N_CALL:
    if (!e->call.fun && e->call.args.len) { wr(sb, e->call.args.data[0]); break; } /* implicit */
    wr(sb, e->call.fun);
    sb_putc(sb, '(');
    wr_list(sb, &e->call.args);
    if (e->call.ellipsis) sb_puts(sb, "...");
    sb_putc(sb, ')');
    break;
  case N_STAR: sb_putc(sb, '*'); wr(sb, e->unary.x); break;
  case N_UNARY: sb_puts(sb, ast_op_names[e->unary.op]); wr(sb, e->unary.x); break;
  case N_BINARY:
    wr(sb, e->binary.x);
    sb_printf(sb, " %s ", ast_op_names[e->binary.op]);
    wr(sb, e->binary.y);
    break;
  case N_KEYVALUE: wr(sb, e->binary.x); sb_puts(sb, ": "); wr(sb, e->binary.y); break;
  case N_ARRAYTYPE:
    sb_putc(sb, '[');
    if (e->arraytype.len) {
      if (e->arraytype.len->kind == N_ELLIPSIS) sb_puts(sb, "...");
      else wr(sb, e->arraytype.len);
    }
    sb_putc(sb, ']');
    wr(sb, e->arraytype.elem);
    break;
  case N_STRUCTTYPE:
    sb_puts(sb, "struct{");
    wr_fields(sb, &e->fields.list, "; ");
    sb_putc(sb, '}');
    break;
  case N_FUNCTYPE: sb_puts(sb, "func"); wr_sig(sb, e); break;
  case N_INTERFACETYPE: {
    sb_puts(sb, "interface{");
    for (int i = 0; i < e->fields.list.len; i++) {
      Node *f = e->fields.list.data[i];
      if (i) sb_puts(sb, "; ");
      if (f->field.names.len) {
        wr(sb, f->field.names.data[0]);
        if (f->field.type && f->field.type->kind == N_FUNCTYPE) wr_sig(sb, f->field.type);
      } else wr(sb, f->field.type);
    }
    sb_putc(sb, '}');
    break;
  }
  case N_MAPTYPE:
    sb_puts(sb, "map[");
    wr(sb, e->maptype.key);
    sb_putc(sb, ']');
    wr(sb, e->maptype.value);
    break;
  case N_CHANTYPE:
    if (e->chantype.dir == CHAN_RECV) sb_puts(sb, "<-chan ");
    else if (e->chantype.dir == CHAN_SEND) sb_puts(sb, "chan<- ");
    else sb_puts(sb, "chan ");
    wr(sb, e->chantype.elem);
    break;
  case N_ELLIPSIS: sb_puts(sb, "..."); wr(sb, e->unary.x); break;
  default: sb_puts(sb, "?"); break;
  }
}

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

const char *expr_string(Node *e) {
  StrBuf sb = {0};
  wr(&sb, e);
  char *r = sb_arena(&sb);
  sb_free(&sb);
  return r;
}
