# imports.awk — prints the import paths of a Go file, one per line (the import declarations
# that follow the package clause: single and grouped forms, with optional names).
/^package / { inpkg = 1; next }
!inpkg { next }
/^import[ \t]*\(/ { group = 1; next }
group && /^\)/ { group = 0; next }
group {
  if (match($0, /"[^"]*"/)) print substr($0, RSTART + 1, RLENGTH - 2)
  next
}
/^import[ \t]/ {
  if (match($0, /"[^"]*"/)) print substr($0, RSTART + 1, RLENGTH - 2)
  next
}
/^(func|type|var|const)[ \t(]/ { exit }
