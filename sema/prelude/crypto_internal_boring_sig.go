// Package sig as gosub knows it (Go's crypto/internal/boring/sig): three functions whose
// only purpose is to mark a binary as using BoringCrypto, FIPS-only or standard Go crypto,
// found by tools that read the machine code. Go writes them in assembly; they do nothing.
package sig

func BoringCrypto()   {}
func FIPSOnly()       {}
func StandardCrypto() {}
