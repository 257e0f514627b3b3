./t4_errors.go:18:7: leaking param content: e
./t4_errors.go:18:61: e.Query + ": " + e.Err.Error() escapes to heap
./t4_errors.go:19:7: leaking param: e to result ~r0 level=1
./t4_errors.go:26:11: q does not escape
./t4_errors.go:28:10: &QueryError{...} escapes to heap
./t4_errors.go:36:6: moved to heap: qe
./t4_errors.go:43:6: moved to heap: te
./t4_errors.go:49:6: moved to heap: pe
./t4_errors.go:35:13: ... argument does not escape
./t4_errors.go:35:28: errors.Is(err, ErrNotFound) escapes to heap
./t4_errors.go:35:67: errors.Unwrap(err) == ErrNotFound escapes to heap
./t4_errors.go:38:14: ... argument does not escape
./t4_errors.go:38:15: "as:" escapes to heap
./t4_errors.go:38:24: qe.Query escapes to heap
./t4_errors.go:40:23: ... argument does not escape
./t4_errors.go:40:49: ... argument does not escape
./t4_errors.go:41:13: ... argument does not escape
./t4_errors.go:42:13: ... argument does not escape
./t4_errors.go:42:23: errors.Is(wrapped, ErrNotFound) escapes to heap
./t4_errors.go:42:56: errors.As(wrapped, &qe) escapes to heap
./t4_errors.go:42:81: errors.Is(wrapped, io.EOF) escapes to heap
./t4_errors.go:44:13: ... argument does not escape
./t4_errors.go:44:23: errors.As(fmt.Errorf("x: %w", ... argument...), &te) escapes to heap
./t4_errors.go:44:34: ... argument does not escape
./t4_errors.go:44:51: tempErr{} escapes to heap
./t4_errors.go:44:72: te != nil && te.Temporary() escapes to heap
./t4_errors.go:45:13: ... argument does not escape
./t4_errors.go:45:23: errors.Is(nil, ErrNotFound) escapes to heap
./t4_errors.go:45:78: errors.Unwrap(errors.New("plain")) == nil escapes to heap
./t4_errors.go:47:13: ... argument does not escape
./t4_errors.go:48:13: ... argument does not escape
./t4_errors.go:48:23: errors.Is(err, fs.ErrNotExist) escapes to heap
./t4_errors.go:48:59: os.IsNotExist(err) escapes to heap
./t4_errors.go:48:76: os.IsExist(err) escapes to heap
./t4_errors.go:50:13: ... argument does not escape
./t4_errors.go:50:23: errors.As(err, &pe) escapes to heap
./t4_errors.go:50:37: pe.Op escapes to heap
./t4_errors.go:50:44: pe.Path escapes to heap
./t4_errors.go:51:8: func literal does not escape
./t4_errors.go:53:14: ... argument does not escape
./t4_errors.go:53:15: "recovered:" escapes to heap
