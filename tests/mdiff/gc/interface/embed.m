./embed.go:31:12: s does not escape
./embed.go:45:2: t escapes to heap
./embed.go:51:2: s escapes to heap
