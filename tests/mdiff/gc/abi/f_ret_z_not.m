./f_ret_z_not.go:38:13: ... argument does not escape
./f_ret_z_not.go:38:18: b.x + b.y escapes to heap
