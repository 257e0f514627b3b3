# buildtags.awk — exits 1 when a Go test file's `// +build` lines exclude it on linux/amd64
# with the gc toolchain, as Go's own test runner (test/run.go, shouldTest) decides: the lines
# before the package clause are ANDed; in a line, space-separated options are ORed, and an
# option's comma-separated terms ANDed; `!tag` negates. True tags: linux, amd64, unix, gc,
# cgo, go1.1 … go1.19. (Go 1.19's files carry the same constraint as `//go:build` too.)
function tag(t) {
  if (t ~ /^!/) return !tag(substr(t, 2))
  if (t == "linux" || t == "amd64" || t == "unix" || t == "gc" || t == "cgo") return 1
  if (t ~ /^go1\.[0-9]+$/ && substr(t, 5) + 0 <= 19) return 1
  return 0
}
/^package / { exit ok ? 0 : 1 }
BEGIN { ok = 1 }
/^\/\/ \+build / {
  any = 0
  for (i = 3; i <= NF; i++) {
    n = split($i, terms, ",")
    all = 1
    for (j = 1; j <= n; j++) if (!tag(terms[j])) all = 0
    if (all) any = 1
  }
  if (!any) ok = 0
}
END { exit ok ? 0 : 1 }
