./issue41780.go:19:10: d does not escape
