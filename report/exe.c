/* exe.c — reads the linked executable back (LLVM's object reader, llvm-c/Object.h): every
 * symbol with its section, address and size, and the bytes of go.string.N symbols, so that
 * the report states where the linker really put each package-level item — what `nm -S` and
 * `readelf -s` show. */
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>
#include <llvm-c/Object.h>

#include "report_int.h"

const char *const rep_seg_names[] = {"-", "text", "rodata", "data", "bss", "stack", "heap"};

/* ELF section names to the seed's segments: .data.rel.ro is read-only after relocation. */
RepSeg rep_segment_of(const char *sec) {
  if (!sec) return SEG_NONE;
  if (!strncmp(sec, ".text", 5)) return SEG_TEXT;
  if (!strncmp(sec, ".rodata", 7) || !strncmp(sec, ".data.rel.ro", 12)) return SEG_RODATA;
  if (!strncmp(sec, ".data", 5) || !strncmp(sec, ".tdata", 6)) return SEG_DATA;
  if (!strncmp(sec, ".bss", 4) || !strncmp(sec, ".tbss", 5)) return SEG_BSS;
  return SEG_NONE;
}

bool rep_exe_read(RepExe *exe, const char *path) {
  LLVMMemoryBufferRef buf;
  char *err = NULL;
  if (LLVMCreateMemoryBufferWithContentsOfFile(path, &buf, &err)) {
    fprintf(stderr, "gosub: -segments: cannot read %s: %s\n", path, err);
    LLVMDisposeMessage(err);
    return false;
  }
  LLVMBinaryRef bin = LLVMCreateBinary(buf, NULL, &err);
  if (!bin) {
    fprintf(stderr, "gosub: -segments: %s: %s\n", path, err);
    LLVMDisposeMessage(err);
    return false;
  }
  LLVMSectionIteratorRef sec = LLVMObjectFileCopySectionIterator(bin);
  for (; !LLVMObjectFileIsSectionIteratorAtEnd(bin, sec); LLVMMoveToNextSection(sec)) {
    const char *name = LLVMGetSectionName(sec);
    if (!name || !*name || exe->nsections >= 64) continue;
    exe->sections[exe->nsections].name = intern(name);
    exe->sections[exe->nsections].size = LLVMGetSectionSize(sec);
    exe->nsections++;
  }
  int cap = 1024;
  exe->syms = malloc(sizeof(RepSym) * (size_t)cap);
  LLVMSymbolIteratorRef sym = LLVMObjectFileCopySymbolIterator(bin);
  LLVMSectionIteratorRef in = LLVMObjectFileCopySectionIterator(bin);
  for (; !LLVMObjectFileIsSymbolIteratorAtEnd(bin, sym); LLVMMoveToNextSymbol(sym)) {
    const char *name = LLVMGetSymbolName(sym);
    if (!name || !*name) continue;
    LLVMMoveToContainingSection(in, sym);
    if (LLVMObjectFileIsSectionIteratorAtEnd(bin, in)) continue; /* undefined or absolute */
    if (exe->nsyms == cap) {
      cap *= 2;
      exe->syms = realloc(exe->syms, sizeof(RepSym) * (size_t)cap);
    }
    RepSym *s = &exe->syms[exe->nsyms++];
    s->name = intern(name);
    s->section = intern(LLVMGetSectionName(in));
    s->addr = LLVMGetSymbolAddress(sym);
    s->size = LLVMGetSymbolSize(sym);
    s->bytes = NULL;
    if (!strncmp(name, "go.string.", 10) && rep_segment_of(s->section) == SEG_RODATA) {
      uint64_t off = s->addr - LLVMGetSectionAddress(in);
      if (off + s->size <= LLVMGetSectionSize(in)) {
        uint8_t *copy = arena_alloc(s->size + 1);
        memcpy(copy, LLVMGetSectionContents(in) + off, s->size);
        s->bytes = copy;
      }
    }
  }
  LLVMDisposeSymbolIterator(sym);
  LLVMDisposeSectionIterator(in);
  LLVMDisposeSectionIterator(sec);
  LLVMDisposeBinary(bin);
  LLVMDisposeMemoryBuffer(buf);
  return true;
}

const RepSym *rep_exe_symbol(RepExe *exe, const char *name) {
  for (int i = 0; i < exe->nsyms; i++)
    if (!strcmp(exe->syms[i].name, name)) return &exe->syms[i];
  return NULL;
}

const RepSym *rep_exe_string(RepExe *exe, const char *bytes, size_t len) {
  for (int i = 0; i < exe->nsyms; i++) {
    RepSym *s = &exe->syms[i];
    if (s->bytes && s->size == len && !memcmp(s->bytes, bytes, len)) return s;
  }
  return NULL;
}
