/* parser.y — the Go grammar of gosub's subset (bison, pure, LALR(1) with LAC).
 *
 * Actions only build AST nodes through the mk_* helpers of build.c. Syntax errors are
 * worded like gc's (syntax_error.c builds the message from the unexpected token, the tokens
 * bison expects and the scanner's bracket context); error rules recover at statements and
 * declarations.
 *
 * Two grammar devices:
 *  - Composite literals in statement headers. In `if x {`, the `{` must start the body, so a
 *    composite literal whose type is a bare (possibly qualified) name is not allowed at the top
 *    level of an if/for/switch header unless parenthesised (Spec: Composite literals, parsing
 *    ambiguity). The *_nb ("no brace") nonterminals are the expression grammar without the
 *    `pexpr '{' ... '}'` rule; inside (), [] and {} the full grammar is used again.
 *  - Parameter lists: `(a, b int)` and `(int, string)` are told apart after parsing; each item
 *    is [name] type and mk_params groups them by gc's rules.
 */
%code requires {
#include "front.h"
}

%code provides {
int gosub_lex(YYSTYPE *v, YYLTYPE *l, yyscan_t scanner);
}

%code {
#include <string.h>
#define yylex gosub_lex
#define YYMAXDEPTH 10000
#define YYINITDEPTH 200
static void yyerror(YYLTYPE *loc, yyscan_t scanner, LexState *ls, const char *msg);
static Pos P(Tok t) { return t.pos; }
static Vec vnone(void) { Vec v = {0}; return v; }
static Tok notok(void) { Tok t = {0}; return t; }
/* Error recovery: bison reports no new error until three tokens have been shifted after one;
 * gc has no such rule. The error rules call yyerrok, but only when the lookahead will be
 * consumed next (else bison would loop without discarding anything). */
static bool resumes_decl(int t) {
  return t == CONST || t == VAR || t == TYPE || t == FUNC || t == IMPORT || t == 0;
}
static bool ends_stmt(int t) { return t == ';' || t == '}' || t == CASE || t == DEFAULT; }

/* gc's stmtList: a statement is followed by ';' or '}' — `f() case 2:` is an error. The
 * clause is reduced with the next token (case, default or }) as lookahead. */
static void clause_end(LexState *ls) {
  int next = ls->prev, last = ls->prev2;
  if ((next == CASE || next == DEFAULT) && last != ';' && last != ':')
    syntax_error_at(ls, ls->prevtok.pos, arena_printf("unexpected %s at end of statement", ls->prevtok.lit));
}

/* gc's header(): `if x; {` / `if x \n {` */
static void missing_if_cond(LexState *ls, Tok semi) {
  if (semi.lit && strcmp(semi.lit, "semicolon") != 0)
    syntax_error_at(ls, semi.pos, arena_printf("unexpected %s, expecting { after if clause", semi.lit));
  else
    syntax_error_at(ls, semi.pos, "missing condition in if statement");
}
}

%define api.pure full
%locations
%define parse.error custom
%define parse.lac full
%expect 0
%param {yyscan_t scanner}
%parse-param {LexState *ls}

%union {
  Tok tok;
  Node *node;
  Vec list;
}

%token <tok> NAME LITERAL
%token <tok> BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO
%token <tok> IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR
%token <tok> OROR ANDAND CMPOP ADDOP MULOP NOT ARROW TILDE ASSIGNOP INCDEC DEFINE ELLIPSIS
%token <tok> '(' ')' '[' ']' '{' '}' ',' ';' ':' '.' '='

%type <node> file_decl top_decl import_decl import_spec const_decl const_spec var_decl var_spec type_decl
%type <node> type_spec func_decl signature param block ofunc_body
%type <node> type type_nparen type_nrecv typename othertype functype recvchantype structtype interfacetype
%type <node> field_decl iface_elem otag expr_or_type
%type <node> operand pexpr uexpr expr oexpr pexpr_nb uexpr_nb expr_nb
%type <node> elem elem_val
%type <node> stmt kw_stmt simple_stmt simple_stmt_nb osimple_nb labeled_stmt if_stmt else_opt for_stmt
%type <node> switch_stmt select_stmt case_clause comm_clause decl_stmt
%type <list> top_decls import_specs import_list const_specs const_list
%type <list> var_specs var_list type_specs type_list params param_list result
%type <list> field_decls field_list iface_elems iface_list name_list
%type <node> args
%type <list> arg_list elems elem_list expr_list expr_list_nb expr_or_type_list
%type <list> stmt_list case_list comm_list

/* Shift over reduce where a type may continue (gc's parser takes the longest type): after
 * `func()` a '(' or '[' starts the result, after `chan T` a '.' qualifies T, after a type
 * literal '{' starts a composite literal. */
%precedence NOTPAREN NOTBRACE
%precedence '(' '{' '[' '.' ARROW
%left OROR
%left ANDAND
%left CMPOP
%left ADDOP
%left MULOP

%%

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
file_decl:
    PACKAGE NAME ';' top_decls           { ls->file = mk_file($1, $2, $4); $$ = ls->file; }
  ;

/* Imports are top-level declarations here, so that one error-recovery rule covers the
 * whole file; mk_file moves them to file.imports, and an import after another declaration
 * is gc's "non-declaration statement outside function body". */
import_decl:
    IMPORT import_spec                   { $$ = mk_gendecl($1, DECL_IMPORT, vec1($2), false); }
  | IMPORT '(' import_specs ')'          { $$ = mk_gendecl($1, DECL_IMPORT, $3, true); }
  ;
/* ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) . */
import_specs:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == ')') yyerrok; }
  | import_list osemi                    { $$ = $1; }
  ;
import_list:
    import_spec                          { $$ = vec1($1); }
  | import_list ';' import_spec          { $$ = vec_add($1, $3); }
  ;
/* ImportSpec = [ "." | PackageName ] ImportPath . */
import_spec:
    LITERAL                              { $$ = mk_importspec(NULL, $1); }
  | NAME LITERAL                         { $$ = mk_importspec(mk_ident($1), $2); }
  | '.' LITERAL                          { $1.lit = intern("."); $$ = mk_importspec(mk_ident($1), $2); }
  ;

top_decls:
    %empty                               { $$ = vnone(); }
  | top_decls top_decl ';'               { $$ = $2 ? vec_add($1, $2) : $1; }
  | top_decls error                      { $$ = $1; if (resumes_decl(ls->prev)) yyerrok; /* gc: skip to const, type, var or func */ }
  ;

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl . */
top_decl:
    import_decl                          { $$ = $1;
                                           if (ls->seen_decl) syntax_error_at(ls, $1->pos, "non-declaration statement outside function body"); }
  | const_decl                           { $$ = $1; ls->last_func_nobody = false; ls->seen_decl = true; }
  | var_decl                             { $$ = $1; ls->last_func_nobody = false; ls->seen_decl = true; }
  | type_decl                            { $$ = $1; ls->last_func_nobody = false; ls->seen_decl = true; }
  | func_decl                            { $$ = $1; ls->seen_decl = true;
                                           ls->last_func_nobody = $1->funcdecl.body == NULL; }
  ;

/* ConstDecl = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) . */
const_decl:
    CONST const_spec                     { $$ = mk_gendecl($1, DECL_CONST, number_const_specs(vec1($2)), false); }
  | CONST '(' const_specs ')'            { $$ = mk_gendecl($1, DECL_CONST, number_const_specs($3), true); }
  ;
const_specs:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == ')') yyerrok; }
  | const_list osemi                     { $$ = $1; }
  ;
const_list:
    const_spec                           { $$ = vec1($1); }
  | const_list ';' const_spec            { $$ = vec_add($1, $3); }
  ;
/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
const_spec:
    name_list                            { $$ = mk_valuespec($1, NULL, vnone(), true); }
  | name_list type                       { $$ = mk_valuespec($1, $2, vnone(), true); }
  | name_list '=' expr_list              { $$ = mk_valuespec($1, NULL, $3, true); }
  | name_list type '=' expr_list         { $$ = mk_valuespec($1, $2, $4, true); }
  ;

/* VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) . */
var_decl:
    VAR var_spec                         { $$ = mk_gendecl($1, DECL_VAR, vec1($2), false); }
  | VAR '(' var_specs ')'                { $$ = mk_gendecl($1, DECL_VAR, $3, true); }
  ;
var_specs:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == ')') yyerrok; }
  | var_list osemi                       { $$ = $1; }
  ;
var_list:
    var_spec                             { $$ = vec1($1); }
  | var_list ';' var_spec                { $$ = vec_add($1, $3); }
  ;
/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
var_spec:
    name_list type                       { $$ = mk_valuespec($1, $2, vnone(), false); }
  | name_list type '=' expr_list         { $$ = mk_valuespec($1, $2, $4, false); }
  | name_list '=' expr_list              { $$ = mk_valuespec($1, NULL, $3, false); }
  ;

/* TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) . */
type_decl:
    TYPE type_spec                       { $$ = mk_gendecl($1, DECL_TYPE, vec1($2), false); }
  | TYPE '(' type_specs ')'              { $$ = mk_gendecl($1, DECL_TYPE, $3, true); }
  ;
type_specs:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == ')') yyerrok; }
  | type_list osemi                      { $$ = $1; }
  ;
type_list:
    type_spec                            { $$ = vec1($1); }
  | type_list ';' type_spec              { $$ = vec_add($1, $3); }
  ;
/* TypeSpec = AliasDecl | TypeDef . AliasDecl = identifier "=" Type . TypeDef = identifier Type . */
type_spec:
    NAME type                            { $$ = mk_typespec($1, false, $2); }
  | NAME '=' type                        { $$ = mk_typespec($1, true, $3); }
  ;

/* FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
 * MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] . */
func_decl:
    FUNC NAME signature ofunc_body       { $$ = mk_funcdecl(P($2), NULL, $2, $3, $4); }
  | FUNC params NAME signature ofunc_body {
                                           Node *recv = $2.len ? VEC_AT($2, 0) : NULL;
                                           if ($2.len == 0) diag_error(P($3), "method has no receiver");
                                           else if ($2.len > 1 || recv->field.names.len > 1)
                                             diag_error(P($3), "method has multiple receivers");
                                           $$ = mk_funcdecl((Pos){ls->filename, @2.first_line, @2.first_column}, recv, $3, $4, $5);
                                         }
  ;
ofunc_body:
    %empty                               { $$ = NULL; }
  | block                                { $$ = $1; }
  ;

/* Signature = Parameters [ Result ] . Result = Parameters | Type . */
signature:
    params result                        { $$ = mk_functype((Pos){ls->filename, @1.first_line, @1.first_column}, $1, $2); /* gc: at ( */ }
  ;
result:
    %empty %prec NOTPAREN                { $$ = vnone(); }
  | params                               { $$ = $1; }
  | type_nparen                          { $$ = vec1(mk_field(vnone(), $1, NULL, false)); }
  ;
/* Parameters = "(" [ ParameterList [ "," ] ] ")" . */
params:
    '(' ')'                              { $$ = vnone(); }
  | '(' param_list ocomma ')'            { $$ = mk_params($2); }
  | '(' error ')'                        { $$ = vnone(); yyerrok; }
  ;
param_list:
    param                                { $$ = vec1($1); }
  | param_list ',' param                 { $$ = vec_add($1, $3); }
  ;
/* ParameterDecl = [ IdentifierList ] [ "..." ] Type . (one name per item here) */
param:
    type                                 { $$ = mk_param_item(NULL, $1); }
  | NAME type                            { $$ = mk_param_item(mk_ident($1), $2); }
  | ELLIPSIS type                        { $$ = mk_param_item(NULL, mk_ellipsis($1, $2)); }
  | NAME ELLIPSIS type                   { $$ = mk_param_item(mk_ident($1), mk_ellipsis($2, $3)); }
  ;

/* ---- types ---- */

/* Type = TypeName | TypeLit | "(" Type ")" . */
type:
    type_nparen                          { $$ = $1; }
  | '(' type ')'                         { $$ = $2; /* gc keeps no parentheses in types */ }
  ;
type_nparen:
    type_nrecv                           { $$ = $1; }
  | recvchantype                         { $$ = $1; }
  ;
/* chan <-chan T is chan (<-chan T); chan<- chan T is chan<- (chan T): after CHAN, a type
 * starting with <- is not allowed except through CHAN ARROW. */
type_nrecv:
    typename                             { $$ = $1; }
  | MULOP type                           { $$ = mk_unary($1, $2); }
  | othertype                            { $$ = $1; }
  | functype                             { $$ = $1; }
  ;
typename:
    NAME %prec NOTPAREN                  { $$ = mk_ident($1); }
  | NAME '.' NAME                        { $$ = mk_selector($2, mk_ident($1), $3); }
  ;
/* ArrayType, SliceType, ChannelType, MapType, StructType, InterfaceType */
othertype:
    '[' oexpr ']' type                   { $$ = mk_arraytype($1, $2, $4); }
  | '[' ELLIPSIS ']' type                { $$ = mk_arraytype($1, mk_ellipsis($1, NULL), $4); /* gc has no node for ...: at [ */ }
  | CHAN type_nrecv                      { $$ = mk_chantype($1, CHAN_BOTH, $2); }
  | CHAN '(' type ')'                    { $$ = mk_chantype($1, CHAN_BOTH, $3); }
  | CHAN ARROW type                      { $$ = mk_chantype($1, CHAN_SEND, $3); }
  | MAP '[' type ']' type                { $$ = mk_maptype($1, $3, $5); }
  | structtype                           { $$ = $1; }
  | interfacetype                        { $$ = $1; }
  ;
recvchantype:
    ARROW CHAN type                      { $$ = mk_chantype($1, CHAN_RECV, $3); }
  ;
/* FunctionType = "func" Signature . */
functype:
    FUNC signature                       { $$ = $2; }
  ;
/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
structtype:
    STRUCT '{' field_decls '}'           { $$ = mk_fields(N_STRUCTTYPE, $1, $3, $2, $4); }
  ;
field_decls:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == '}') yyerrok; }
  | field_list osemi                     { $$ = $1; }
  ;
field_list:
    field_decl                           { $$ = vec1($1); }
  | field_list ';' field_decl            { $$ = vec_add($1, $3); }
  ;
/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . EmbeddedField = [ "*" ] TypeName . */
field_decl:
    name_list type otag                  { $$ = mk_field($1, $2, $3, false); }
  | typename otag                        { $$ = mk_field(vnone(), $1, $2, true); }
  | MULOP typename otag                  { $$ = mk_field(vnone(), mk_unary($1, $2), $3, true); }
  ;
otag:
    %empty                               { $$ = NULL; }
  | LITERAL                              { $$ = mk_lit($1); }
  ;
/* InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" . */
interfacetype:
    INTERFACE '{' iface_elems '}'        { $$ = mk_fields(N_INTERFACETYPE, $1, $3, $2, $4); }
  ;
iface_elems:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == '}') yyerrok; }
  | iface_list osemi                     { $$ = $1; }
  ;
iface_list:
    iface_elem                           { $$ = vec1($1); }
  | iface_list ';' iface_elem            { $$ = vec_add($1, $3); }
  ;
iface_elem:
    NAME signature                       { $$ = mk_field(vec1(mk_ident($1)), $2, NULL, false); }
  | typename                             { $$ = mk_field(vnone(), $1, NULL, true); }
  ;
name_list:
    NAME                                 { $$ = vec1(mk_ident($1)); }
  | name_list ',' NAME                   { $$ = vec_add($1, mk_ident($3)); }
  ;

/* Where a type may stand for an expression (conversions, make/new arguments, parentheses,
 * type-switch cases) the expression grammar covers it: like gc, type literals are operands,
 * *T is a unary expression and <-chan T is fixed up from a receive (mk_unary). */
expr_or_type:
    expr                                 { $$ = $1; }
  ;
expr_or_type_list:
    expr_or_type                         { $$ = vec1($1); }
  | expr_or_type_list ',' expr_or_type   { $$ = vec_add($1, $3); }
  ;

/* ---- expressions ---- */

/* Operand = Literal | OperandName | "(" Expression ")" ; plus conversions and composite
 * literals of literal types, which are allowed in headers too. */
operand:
    LITERAL                              { $$ = mk_lit($1); }
  | NAME                                 { $$ = mk_ident($1); }
  | '(' expr_or_type ')'                 { $$ = mk_paren($1, $2); }
  | FUNC signature block                 { $$ = mk_funclit($1, $2, $3); }
  | FUNC signature %prec NOTBRACE        { $$ = $2; /* a type: sema says so */ }
  | othertype %prec NOTBRACE             { $$ = $1; }
  | othertype '{' elems '}'              { $$ = mk_composite($2, $1, $3, $4); }
  ;

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | PrimaryExpr Index
 *             | PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments . */
pexpr:
    operand                              { $$ = $1; }
  | pexpr '.' NAME                       { $$ = mk_selector($2, $1, $3); }
  | pexpr '.' '(' type ')'               { $$ = mk_typeassert($2, $1, $4); }
  | pexpr '.' '(' TYPE ')'               { $$ = mk_typeassert($2, $1, NULL); }
  | pexpr '[' expr ']'                   { $$ = mk_index($2, $1, $3); }
  | pexpr '[' oexpr ':' oexpr ']'        { $$ = mk_slice($2, $1, $3, $5, NULL, false, $6, $6); }
  | pexpr '[' oexpr ':' oexpr ':' oexpr ']' { $$ = mk_slice($2, $1, $3, $5, $7, true, $6, $8); }
  | pexpr '(' args ')'                   { $$ = mk_call($2, $1, $3, $4); }
  | pexpr '{' elems '}'                  { $$ = mk_composite($2, $1, $3, $4); }
  ;
pexpr_nb:
    operand                              { $$ = $1; }
  | pexpr_nb '.' NAME                    { $$ = mk_selector($2, $1, $3); }
  | pexpr_nb '.' '(' type ')'            { $$ = mk_typeassert($2, $1, $4); }
  | pexpr_nb '.' '(' TYPE ')'            { $$ = mk_typeassert($2, $1, NULL); }
  | pexpr_nb '[' expr ']'                { $$ = mk_index($2, $1, $3); }
  | pexpr_nb '[' oexpr ':' oexpr ']'     { $$ = mk_slice($2, $1, $3, $5, NULL, false, $6, $6); }
  | pexpr_nb '[' oexpr ':' oexpr ':' oexpr ']' { $$ = mk_slice($2, $1, $3, $5, $7, true, $6, $8); }
  | pexpr_nb '(' args ')'                { $$ = mk_call($2, $1, $3, $4); }
  ;

/* Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" . */
args:
    %empty                               { $$ = mk_args(vnone(), false); }
  | arg_list ocomma                      { $$ = mk_args($1, false); }
  | arg_list ELLIPSIS ocomma             { $$ = mk_args($1, true); }
  ;
arg_list:
    expr_or_type                         { $$ = vec1($1); }
  | arg_list ',' expr_or_type            { $$ = vec_add($1, $3); }
  ;

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . KeyedElement = [ Key ":" ] Element . */
elems:
    %empty                               { $$ = vnone(); }
  | error                                { $$ = vnone(); if (ls->prev == '}') yyerrok; }
  | elem_list ocomma                     { $$ = $1; }
  ;
elem_list:
    elem                                 { $$ = vec1($1); }
  | elem_list ',' elem                   { $$ = vec_add($1, $3); }
  ;
elem:
    elem_val                             { $$ = $1; }
  | elem_val ':' elem_val                { $$ = mk_keyvalue($2, $1, $3); }
  ;
elem_val:
    expr                                 { $$ = $1; }
  | '{' elems '}'                        { $$ = mk_composite($1, NULL, $2, $3); }
  ;

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
uexpr:
    pexpr                                { $$ = $1; }
  | ADDOP uexpr                          { $$ = mk_unary($1, $2); }
  | MULOP uexpr                          { $$ = mk_unary($1, $2); }
  | NOT uexpr                            { $$ = mk_unary($1, $2); }
  | ARROW uexpr                          { $$ = mk_unary($1, $2); }
  | TILDE uexpr                          { $$ = mk_unary($1, $2); }
  ;
uexpr_nb:
    pexpr_nb                             { $$ = $1; }
  | ADDOP uexpr_nb                       { $$ = mk_unary($1, $2); }
  | MULOP uexpr_nb                       { $$ = mk_unary($1, $2); }
  | NOT uexpr_nb                         { $$ = mk_unary($1, $2); }
  | ARROW uexpr_nb                       { $$ = mk_unary($1, $2); }
  | TILDE uexpr_nb                       { $$ = mk_unary($1, $2); }
  ;

/* Expression = UnaryExpr | Expression binary_op Expression . (Spec: Operator precedence) */
expr:
    uexpr                                { $$ = $1; }
  | expr OROR expr                       { $$ = mk_binary($2, $1, $3); }
  | expr ANDAND expr                     { $$ = mk_binary($2, $1, $3); }
  | expr CMPOP expr                      { $$ = mk_binary($2, $1, $3); }
  | expr ADDOP expr                      { $$ = mk_binary($2, $1, $3); }
  | expr MULOP expr                      { $$ = mk_binary($2, $1, $3); }
  ;
expr_nb:
    uexpr_nb                             { $$ = $1; }
  | expr_nb OROR expr_nb                 { $$ = mk_binary($2, $1, $3); }
  | expr_nb ANDAND expr_nb               { $$ = mk_binary($2, $1, $3); }
  | expr_nb CMPOP expr_nb                { $$ = mk_binary($2, $1, $3); }
  | expr_nb ADDOP expr_nb                { $$ = mk_binary($2, $1, $3); }
  | expr_nb MULOP expr_nb                { $$ = mk_binary($2, $1, $3); }
  ;
oexpr:
    %empty                               { $$ = NULL; }
  | expr                                 { $$ = $1; }
  ;
expr_list:
    expr                                 { $$ = vec1($1); }
  | expr_list ',' expr                   { $$ = vec_add($1, $3); }
  ;
expr_list_nb:
    expr_nb                              { $$ = vec1($1); }
  | expr_list_nb ',' expr_nb             { $$ = vec_add($1, $3); }
  ;

/* ---- statements ---- */

/* Block = "{" StatementList "}" . StatementList = { Statement ";" } . */
block:
    '{' stmt_list '}'                    { $$ = mk_block($1, $2, $3); }
  ;
stmt_list:
    stmt                                 { $$ = $1 ? vec1($1) : vnone(); }
  | stmt_list ';' stmt                   { $$ = $3 ? vec_add($1, $3) : $1; }
  ;

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt
 *           | ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt
 *           | SelectStmt | ForStmt | DeferStmt . */
stmt:
    %empty                               { $$ = NULL; }
  | simple_stmt                          { $$ = $1; }
  | kw_stmt                              { $$ = $1; }
  | labeled_stmt                         { $$ = $1; }
  | block                                { $$ = $1; }
  | error                                { $$ = NULL; if (ends_stmt(ls->prev)) yyerrok; }
  | error kw_stmt                        { $$ = $2; yyerrok; /* gc: advance stops at statement keywords */ }
  ;
/* Statements that begin with a keyword: error recovery resumes at them. */
kw_stmt:
    decl_stmt                            { $$ = $1; }
  | GO expr                              { $$ = mk_gostmt($1, N_GO, $2); }
  | DEFER expr                           { $$ = mk_gostmt($1, N_DEFER, $2); }
  | RETURN                               { $$ = mk_return($1, vnone()); }
  | RETURN expr_list                     { $$ = mk_return($1, $2); }
  | BREAK                                { $$ = mk_branch($1, BR_BREAK, NULL); }
  | BREAK NAME                           { $$ = mk_branch($1, BR_BREAK, mk_ident($2)); }
  | CONTINUE                             { $$ = mk_branch($1, BR_CONTINUE, NULL); }
  | CONTINUE NAME                        { $$ = mk_branch($1, BR_CONTINUE, mk_ident($2)); }
  | GOTO NAME                            { $$ = mk_branch($1, BR_GOTO, mk_ident($2)); }
  | FALLTHROUGH                          { $$ = mk_branch($1, BR_FALLTHROUGH, NULL); }
  | if_stmt                              { $$ = $1; }
  | for_stmt                             { $$ = $1; }
  | switch_stmt                          { $$ = $1; }
  | select_stmt                          { $$ = $1; }
  ;
decl_stmt:
    const_decl                           { $$ = mk_declstmt($1); }
  | var_decl                             { $$ = mk_declstmt($1); }
  | type_decl                            { $$ = mk_declstmt($1); }
  ;
/* LabeledStmt = Label ":" Statement . */
labeled_stmt:
    NAME ':' stmt                        { $$ = mk_labeled($1, $2, $3); if (!$3) $$->labeled.stmt = ast_new(N_EMPTYSTMT, P($2)); }
  ;

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
simple_stmt:
    expr                                 { $$ = mk_exprstmt($1); }
  | expr_list '=' expr_list              { $$ = mk_assign($2, $1, $3); }
  | expr_list DEFINE expr_list           { $$ = mk_assign($2, $1, $3); }
  | expr ASSIGNOP expr                   { $$ = mk_opassign($2, $1, $3); }
  | expr INCDEC                          { $$ = mk_incdec($2, $1); }
  | expr ARROW expr                      { $$ = mk_send($2, $1, $3); }
  ;
simple_stmt_nb:
    expr_nb                              { $$ = mk_exprstmt($1); }
  | expr_list_nb '=' expr_list_nb        { $$ = mk_assign($2, $1, $3); }
  | expr_list_nb DEFINE expr_list_nb     { $$ = mk_assign($2, $1, $3); }
  | expr_nb ASSIGNOP expr_nb             { $$ = mk_opassign($2, $1, $3); }
  | expr_nb INCDEC                       { $$ = mk_incdec($2, $1); }
  | expr_nb ARROW expr_nb                { $$ = mk_send($2, $1, $3); }
  ;
osimple_nb:
    %empty                               { $$ = NULL; }
  | simple_stmt_nb                       { $$ = $1; }
  ;

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
if_stmt:
    IF block else_opt                    { syntax_error_at(ls, $2->pos, "missing condition in if statement");
                                           $$ = mk_if($1, NULL, mk_bad($2->pos), $2, $3); }
  | IF osimple_nb ';' block else_opt     { missing_if_cond(ls, $3);
                                           $$ = mk_if($1, $2, mk_bad(P($3)), $4, $5); }
  | IF simple_stmt_nb block else_opt     { $$ = mk_if($1, NULL, mk_header_cond($2, "if"), $3, $4); }
  | IF osimple_nb ';' simple_stmt_nb block else_opt { $$ = mk_if($1, $2, mk_header_cond($4, "if"), $5, $6); }
  ;
else_opt:
    %empty                               { $$ = NULL; }
  | ELSE if_stmt                         { $$ = $2; }
  | ELSE block                           { $$ = $2; }
  ;

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
 * ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
 * RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . */
for_stmt:
    FOR block                            { $$ = mk_for($1, NULL, NULL, NULL, $2); }
  | FOR expr_nb block                    { $$ = mk_for($1, NULL, $2, NULL, $3); }
  | FOR osimple_nb ';' osimple_nb ';' osimple_nb block { check_post_stmt($6); $$ = mk_for($1, $2, mk_header_cond($4, "for"), $6, $7); }
  | FOR expr_list_nb '=' RANGE expr_nb block     { $$ = mk_range($1, $2, $3, true, $4, $5, $6); }
  | FOR expr_list_nb DEFINE RANGE expr_nb block  { $$ = mk_range($1, $2, $3, true, $4, $5, $6); }
  | FOR RANGE expr_nb block              { $$ = mk_range($1, vnone(), notok(), false, $2, $3, $4); }
  ;

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
 * ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
 * TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" . */
switch_stmt:
    SWITCH '{' case_list '}'             { $$ = mk_switch($1, NULL, NULL, $2, $3, $4); }
  | SWITCH simple_stmt_nb '{' case_list '}' { $$ = mk_switch($1, NULL, $2, $3, $4, $5); }
  | SWITCH osimple_nb ';' '{' case_list '}' { $$ = mk_switch($1, $2, NULL, $4, $5, $6); }
  | SWITCH osimple_nb ';' simple_stmt_nb '{' case_list '}' { $$ = mk_switch($1, $2, $4, $5, $6, $7); }
  ;
case_list:
    %empty                               { $$ = vnone(); }
  | case_list case_clause                { $$ = vec_add($1, $2); }
  ;
/* ExprCaseClause = ExprSwitchCase ":" StatementList . (types in type switches) */
case_clause:
    CASE expr_or_type_list ':' stmt_list { clause_end(ls); $$ = mk_caseclause($1, $2, false, $3, $4); }
  | DEFAULT ':' stmt_list                { clause_end(ls); $$ = mk_caseclause($1, vnone(), true, $2, $3); }
  ;

/* SelectStmt = "select" "{" { CommClause } "}" . CommClause = CommCase ":" StatementList . */
select_stmt:
    SELECT '{' comm_list '}'             { $$ = mk_select($1, $2, $3, $4); }
  ;
comm_list:
    %empty                               { $$ = vnone(); }
  | comm_list comm_clause                { $$ = vec_add($1, $2); }
  ;
comm_clause:
    CASE simple_stmt ':' stmt_list       { clause_end(ls); $$ = mk_commclause($1, $2, $3, $4); }
  | DEFAULT ':' stmt_list                { clause_end(ls); $$ = mk_commclause($1, NULL, $2, $3); }
  ;

ocomma: %empty | ',' ;
osemi: %empty | ';' ;

%%

static void yyerror(YYLTYPE *loc, yyscan_t scanner, LexState *ls, const char *msg) {
  (void)scanner;
  Pos pos = {ls->filename, loc->first_line, loc->first_column};
  if (strstr(msg, "exhausted")) {
    syntax_error_count();
    diag_error(pos, "exceeded maximum nesting depth");
    return;
  }
  syntax_error_at(ls, pos, msg);
}

#include "syntax_error.inc"
