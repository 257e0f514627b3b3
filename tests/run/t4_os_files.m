./t4_os_files.go:14:12: leaking param: err
./t4_os_files.go:16:14: ... argument does not escape
./t4_os_files.go:16:15: "error:" escapes to heap
./t4_os_files.go:66:29: leaking param: path
./t4_os_files.go:66:42: d does not escape
./t4_os_files.go:66:57: err does not escape
./t4_os_files.go:24:20: ... argument does not escape
./t4_os_files.go:26:30: ([]byte)("line one\nline two\n") does not escape
./t4_os_files.go:28:12: ... argument does not escape
./t4_os_files.go:28:13: data escapes to heap
./t4_os_files.go:33:13: ... argument does not escape
./t4_os_files.go:33:13: n escapes to heap
./t4_os_files.go:35:13: ... argument does not escape
./t4_os_files.go:35:24: (*os.File).Close(f) != nil escapes to heap
./t4_os_files.go:39:13: make([]byte, 5) does not escape
./t4_os_files.go:41:13: ... argument does not escape
./t4_os_files.go:41:13: n escapes to heap
./t4_os_files.go:41:28: string(buf) escapes to heap
./t4_os_files.go:41:28: string(buf) escapes to heap
./t4_os_files.go:43:13: ... argument does not escape
./t4_os_files.go:43:13: off escapes to heap
./t4_os_files.go:45:12: ... argument does not escape
./t4_os_files.go:45:13: rest escapes to heap
./t4_os_files.go:47:13: ... argument does not escape
./t4_os_files.go:47:13: n escapes to heap
./t4_os_files.go:49:13: ... argument does not escape
./t4_os_files.go:49:13: n escapes to heap
./t4_os_files.go:49:28: string(buf) escapes to heap
./t4_os_files.go:49:28: string(buf) escapes to heap
./t4_os_files.go:52:13: ... argument does not escape
./t4_os_files.go:52:23: info.Name() escapes to heap
./t4_os_files.go:52:36: info.Size() escapes to heap
./t4_os_files.go:52:49: info.Mode() escapes to heap
./t4_os_files.go:52:63: info.IsDir() escapes to heap
./t4_os_files.go:55:13: ... argument does not escape
./t4_os_files.go:55:29: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
./t4_os_files.go:57:33: ... argument does not escape
./t4_os_files.go:58:34: ... argument does not escape
./t4_os_files.go:58:60: ([]byte)("package x") does not escape
./t4_os_files.go:59:34: ... argument does not escape
./t4_os_files.go:60:42: ... argument does not escape
./t4_os_files.go:63:14: ... argument does not escape
./t4_os_files.go:63:21: e.Name() escapes to heap
./t4_os_files.go:63:32: e.IsDir() escapes to heap
./t4_os_files.go:63:54: fs.FileMode.IsRegular(.autotmp_12) escapes to heap
./t4_os_files.go:66:24: func literal does not escape
./t4_os_files.go:72:13: ... argument does not escape
./t4_os_files.go:72:13: walked escapes to heap
./t4_os_files.go:73:43: ... argument does not escape
./t4_os_files.go:74:13: ... argument does not escape
./t4_os_files.go:74:17: len(matches) escapes to heap
./t4_os_files.go:74:41: filepath.Base(matches[0]) escapes to heap
./t4_os_files.go:76:34: ... argument does not escape
./t4_os_files.go:78:13: ... argument does not escape
./t4_os_files.go:78:23: errors.Is(err, fs.ErrNotExist) escapes to heap
./t4_os_files.go:78:59: os.IsNotExist(err) escapes to heap
./t4_os_files.go:79:13: ... argument does not escape
./t4_os_files.go:79:29: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
./t4_os_files.go:80:30: ... argument does not escape
./t4_os_files.go:81:13: ... argument does not escape
./t4_os_files.go:81:24: os.IsExist(err) escapes to heap
./t4_os_files.go:81:46: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
./t4_os_files.go:82:31: ... argument does not escape
./t4_os_files.go:83:13: ... argument does not escape
./t4_os_files.go:83:29: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
./t4_os_files.go:84:34: ... argument does not escape
./t4_os_files.go:85:32: ... argument does not escape
./t4_os_files.go:86:13: ... argument does not escape
./t4_os_files.go:86:27: os.IsNotExist(err) escapes to heap
./t4_os_files.go:90:13: ... argument does not escape
./t4_os_files.go:90:31: strings.HasPrefix(filepath.Base((*os.File).Name(tf)), "tmp-") escapes to heap
./t4_os_files.go:90:84: strings.HasSuffix((*os.File).Name(tf), ".txt") escapes to heap
./t4_os_files.go:91:13: ... argument does not escape
./t4_os_files.go:91:29: 7 escapes to heap
./t4_os_files.go:91:32: "written with fmt" escapes to heap
./t4_os_files.go:94:11: ... argument does not escape
./t4_os_files.go:94:18: string(data) escapes to heap
./t4_os_files.go:94:18: string(data) escapes to heap
./t4_os_files.go:96:13: ... argument does not escape
./t4_os_files.go:97:36: ... argument does not escape
./t4_os_files.go:98:13: ... argument does not escape
./t4_os_files.go:98:29: strings.Replace(err.Error(), dir, "DIR", 1) escapes to heap
./t4_os_files.go:99:13: ... argument does not escape
./t4_os_files.go:99:26: filepath.Ext("x/y.tar.gz") escapes to heap
./t4_os_files.go:99:54: filepath.Dir("/a/b/c") escapes to heap
./t4_os_files.go:99:80: filepath.IsAbs("rel") escapes to heap
./t4_os_files.go:99:103: filepath.Clean("a//b/../c/.") escapes to heap
./t4_os_files.go:100:13: ... argument does not escape
./t4_os_files.go:100:13: .autotmp_16 escapes to heap
./t4_os_files.go:100:13: .autotmp_17 escapes to heap
./t4_os_files.go:102:13: ... argument does not escape
./t4_os_files.go:102:13: abs escapes to heap
./t4_os_files.go:102:35: filepath.ToSlash("a/b") escapes to heap
./t4_os_files.go:102:62: filepath.SplitList("/bin:/usr/bin") escapes to heap
