/* ctx.S — the goroutine context switch (sched.h), x86-64 and aarch64.
 *
 *   void rt_ctx_switch(void **save, void *to);
 *     Pushes the callee-saved registers and the floating-point control words on the current
 *     stack, stores the stack pointer in *save, switches to the stack `to` (a pointer saved by
 *     an earlier rt_ctx_switch, or made by rt_ctx_init) and pops the same layout from there.
 *     Caller-saved registers need no saving: the switch is an ordinary call for the compiler.
 *
 *   void *rt_ctx_init(uintptr_t top, void (*entry)(void *), void *arg);
 *     Writes, below `top` (16-aligned), a frame that rt_ctx_switch can "return" into: the
 *     callee-saved slots hold entry and arg, the return address is rt_ctx_start, which calls
 *     entry(arg) with a zero frame pointer (the end of every frame-pointer walk). Returns the
 *     stack pointer to switch to.
 *
 * The invariant the switch relies on: a saved context is exactly the layout below, at the
 * saved stack pointer, and nothing else on that stack changes while it is switched out.
 *
 * x86-64 layout at the saved sp (8 mod 16), upwards:
 *   +0  x87 control word   +8  MXCSR   +16 r15  +24 r14  +32 r13  +40 r12  +48 rbx  +56 rbp
 *   +64 return address
 * aarch64 layout at the saved sp (16-aligned), upwards:
 *   +0 x19 x20  +16 x21 x22  +32 x23 x24  +48 x25 x26  +64 x27 x28  +80 x29 x30
 *   +96 d8 d9  +112 d10 d11  +128 d12 d13  +144 d14 d15  +160 fpcr, pad   (176 bytes)
 */
#if defined(__x86_64__)
        .text
        .globl  rt_ctx_switch
        .type   rt_ctx_switch, @function
rt_ctx_switch:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        subq    $16, %rsp
        fnstcw  (%rsp)
        stmxcsr 8(%rsp)
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        fldcw   (%rsp)
        ldmxcsr 8(%rsp)
        addq    $16, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   rt_ctx_switch, .-rt_ctx_switch

/* entered by rt_ctx_switch's ret with rsp 0 mod 16: r12 = entry, r13 = arg */
        .globl  rt_ctx_start
        .type   rt_ctx_start, @function
rt_ctx_start:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        movq    %r13, %rdi
        callq   *%r12
        ud2
        .cfi_endproc
        .size   rt_ctx_start, .-rt_ctx_start

        .globl  rt_ctx_init
        .type   rt_ctx_init, @function
rt_ctx_init:
        /* rdi = top (16-aligned), rsi = entry, rdx = arg; the frame is 72 bytes */
        leaq    -72(%rdi), %rax
        movw    $0x037f, (%rax)
        movl    $0x1f80, 8(%rax)
        movq    $0, 16(%rax)
        movq    $0, 24(%rax)
        movq    %rdx, 32(%rax)         /* r13 = arg */
        movq    %rsi, 40(%rax)         /* r12 = entry */
        movq    $0, 48(%rax)
        movq    $0, 56(%rax)
        leaq    rt_ctx_start(%rip), %rcx
        movq    %rcx, 64(%rax)
        ret
        .size   rt_ctx_init, .-rt_ctx_init

#elif defined(__aarch64__)
        .text
        .globl  rt_ctx_switch
        .type   rt_ctx_switch, %function
rt_ctx_switch:
        sub     sp, sp, #176
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8, d9, [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
        mrs     x9, fpcr
        str     x9, [sp, #160]
        mov     x9, sp
        str     x9, [x0]
        mov     sp, x1
        ldr     x9, [sp, #160]
        msr     fpcr, x9
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8, d9, [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #176
        ret
        .size   rt_ctx_switch, .-rt_ctx_switch

/* entered by rt_ctx_switch's ret: x19 = entry, x20 = arg */
        .globl  rt_ctx_start
        .type   rt_ctx_start, %function
rt_ctx_start:
        mov     x29, #0
        mov     x30, #0
        mov     x0, x20
        blr     x19
        brk     #0
        .size   rt_ctx_start, .-rt_ctx_start

        .globl  rt_ctx_init
        .type   rt_ctx_init, %function
rt_ctx_init:
        /* x0 = top, x1 = entry, x2 = arg */
        sub     x9, x0, #176
        mov     x10, #0
        mov     x11, x9
1:      str     x10, [x11], #8
        cmp     x11, x0
        b.lo    1b
        stp     x1, x2, [x9, #0]       /* x19 = entry, x20 = arg */
        adr     x10, rt_ctx_start
        str     x10, [x9, #88]         /* x30 = return address */
        mov     x0, x9
        ret
        .size   rt_ctx_init, .-rt_ctx_init
#else
#error "gosub's runtime has a context switch for x86-64 and aarch64 only"
#endif
        .section .note.GNU-stack,"",@progbits
