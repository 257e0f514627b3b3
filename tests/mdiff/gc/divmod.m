./divmod.go:37:47: f does not escape
./divmod.go:33:21: f does not escape
./divmod.go:50:31: f does not escape
./divmod.go:51:15: func literal does not escape
./divmod.go:52:16: func literal does not escape
./divmod.go:319:20: typ does not escape
./divmod.go:381:20: typ does not escape
./divmod.go:350:19: typ does not escape
./divmod.go:412:19: typ does not escape
