// Package os as gosub knows it: files, directories, the environment and the process,
// written in Go over a few C functions (the declarations without a body at the end, in
// runtime/os.c), which call the C library and return errno values. Go's own package sits on
// internal/poll and package syscall's raw system calls, which gosub does not compile; what
// programs see is Go's, though: errors are io/fs's *PathError around a syscall.Errno, so they
// print like Go's ("open x.txt: no such file or directory") and errors.Is(err,
// fs.ErrNotExist) holds; FileInfo, FileMode and DirEntry are io/fs's.
//
// os.Args is the runtime's os_Args (a variable without initializer of a package with C
// functions is the runtime's C object); everything else here is Go.
package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
	"syscall"
	"time"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

// ---- errors ----

var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call name
// and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist, IsNotExist and IsPermission look through *PathError, *LinkError and
// *SyscallError only (errors.Is is the general test).
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// errno wraps a C error number (0: no error).
func errno(e int) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}

// ---- types and constants ----

type (
	FileInfo = fs.FileInfo
	FileMode = fs.FileMode
	DirEntry = fs.DirEntry
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Seek whence values (deprecated names of io.SeekStart ...).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// ---- File ----

// File represents an open file descriptor.
type File struct {
	fd         int // first field: the runtime's fmt writes to os.Stdout's descriptor
	name       string
	closed     bool
	appendMode bool
	dirbuf     []byte // ReadDir / Readdirnames: getdents output not yet returned
	dirpos     int
	dirend     int
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", errno(e))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error (io.EOF at the end).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("read", ErrClosed)
		}
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("read", errno(e))
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// Write writes len(b) bytes; fewer only with an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	for n < len(b) {
		m, e := sysWrite(f.fd, b[n:])
		if e != 0 {
			return n, f.wrapErr("write", errno(e))
		}
		if m == 0 {
			return n, io.ErrShortWrite
		}
		n += m
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// WriteAt writes len(b) bytes at offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.closed {
			return n, f.wrapErr("write", ErrClosed)
		}
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			return n, f.wrapErr("write", errno(e))
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write (whence: io.SeekStart, SeekCurrent,
// SeekEnd) and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.closed {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e == 0 && f.dirbuf != nil && r != 0 {
		e = int(syscall.EISDIR)
	}
	if e != 0 {
		return 0, f.wrapErr("seek", errno(e))
	}
	f.dirbuf, f.dirpos, f.dirend = nil, 0, 0
	return r, nil
}

// ReadFrom and WriteTo are io's generic copies (Go's use splice and sendfile).

// Close closes the File; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errno(e)}
	}
	return nil
}

// Stat returns the FileInfo of the file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var st sysStat
	if e := sysFstat(f.fd, &st); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errno(e)}
	}
	return newFileStat(basename(f.name), &st), nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return f.wrapErr("sync", errno(e))
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return f.wrapErr("truncate", errno(e))
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := sysFchmod(f.fd, syscallMode(mode)); e != 0 {
		return f.wrapErr("chmod", errno(e))
	}
	return nil
}

// ---- directories ----

// nextDirent returns the next name and type bits of the directory (not . or ..), or ok
// false at its end; Linux's getdents64 records are read in blocks.
func (f *File) nextDirent() (name string, typ FileMode, ok bool, err error) {
	for {
		if f.dirpos >= f.dirend {
			if f.dirbuf == nil {
				f.dirbuf = make([]byte, 8192)
			}
			n, e := sysGetdents(f.fd, f.dirbuf)
			if e != 0 {
				return "", 0, false, &PathError{Op: "readdirent", Path: f.name, Err: errno(e)}
			}
			if n <= 0 {
				return "", 0, false, nil
			}
			f.dirpos, f.dirend = 0, n
		}
		// struct linux_dirent64 { u64 ino; s64 off; u16 reclen; u8 type; char name[]; }
		rec := f.dirbuf[f.dirpos:f.dirend]
		reclen := int(rec[16]) | int(rec[17])<<8
		dtype := rec[18]
		nameb := rec[19:reclen]
		for i, c := range nameb {
			if c == 0 {
				nameb = nameb[:i]
				break
			}
		}
		f.dirpos += reclen
		name = string(nameb)
		if name == "." || name == ".." {
			continue
		}
		return name, direntType(dtype), true, nil
	}
}

func direntType(t byte) FileMode {
	switch t {
	case 1:
		return ModeNamedPipe
	case 2:
		return ModeDevice | ModeCharDevice
	case 4:
		return ModeDir
	case 6:
		return ModeDevice
	case 10:
		return ModeSymlink
	case 12:
		return ModeSocket
	case 8:
		return 0
	}
	return ^FileMode(0) // unknown: Info finds out
}

// ReadDir reads the directory's next n entries in directory order (all of them for n <= 0,
// then with a nil error; for n > 0, io.EOF at the end).
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var list []DirEntry
	for n <= 0 || len(list) < n {
		name, typ, ok, err := f.nextDirent()
		if err != nil {
			return list, err
		}
		if !ok {
			break
		}
		d := &dirEntry{parent: f.name, name: name, typ: typ}
		if typ == ^FileMode(0) {
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue // gone since it was listed
			}
			if err != nil {
				return list, err
			}
			d.typ, d.info = info.Mode().Type(), info
		}
		list = append(list, d)
	}
	if n > 0 && len(list) == 0 {
		return nil, io.EOF
	}
	return list, nil
}

// Readdir is ReadDir returning FileInfo values.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	ents, err := f.ReadDir(n)
	var infos []FileInfo
	for _, d := range ents {
		info, e := d.Info()
		if IsNotExist(e) {
			continue
		}
		if e != nil {
			return infos, e
		}
		infos = append(infos, info)
	}
	if n <= 0 && infos == nil && err == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames is ReadDir returning names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	for n <= 0 || len(names) < n {
		name, _, ok, e := f.nextDirent()
		if e != nil {
			return names, e
		}
		if !ok {
			break
		}
		names = append(names, name)
	}
	if n > 0 && len(names) == 0 {
		return nil, io.EOF
	}
	if names == nil {
		names = []string{}
	}
	return names, nil
}

type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *dirEntry) Name() string      { return d.name }
func (d *dirEntry) IsDir() bool       { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode    { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// ReadDir reads the named directory, returning all its entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// ---- file information ----

// sysStat is what runtime/os.c fills from struct stat.
type sysStat struct {
	dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks int64
	atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec int64
}

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     int64
	ino     int64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func newFileStat(name string, st *sysStat) *fileStat {
	mode := FileMode(st.mode & 0777)
	switch st.mode & 0170000 {
	case 0060000:
		mode |= ModeDevice
	case 0020000:
		mode |= ModeDevice | ModeCharDevice
	case 0040000:
		mode |= ModeDir
	case 0010000:
		mode |= ModeNamedPipe
	case 0120000:
		mode |= ModeSymlink
	case 0140000:
		mode |= ModeSocket
	}
	if st.mode&04000 != 0 {
		mode |= ModeSetuid
	}
	if st.mode&02000 != 0 {
		mode |= ModeSetgid
	}
	if st.mode&01000 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: name, size: st.size, mode: mode,
		modTime: time.Unix(st.mtimeSec, st.mtimeNsec), dev: st.dev, ino: st.ino}
}

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.dev == b.dev && a.ino == b.ino
}

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file (following symbolic links).
func Stat(name string) (FileInfo, error) {
	var st sysStat
	if e := sysStatPath(name, &st, true); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(e)}
	}
	return newFileStat(basename(name), &st), nil
}

// Lstat is Stat of the link itself for a symbolic link.
func Lstat(name string) (FileInfo, error) {
	var st sysStat
	if e := sysStatPath(name, &st, false); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errno(e)}
	}
	return newFileStat(basename(name), &st), nil
}

// ---- opening files ----

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the specified flag (O_RDONLY etc.) and, when it is
// created, permissions perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

func syscallMode(i FileMode) int {
	o := int(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 04000
	}
	if i&ModeSetgid != 0 {
		o |= 02000
	}
	if i&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// ReadFile reads the named file and returns its contents; no io.EOF at its end.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if info, err := f.Stat(); err == nil {
		if s := info.Size(); int64(int(s)) == s {
			size = int(s)
		}
	}
	size++ // one byte for the final read at EOF
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm if needed (truncating it
// otherwise).
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ---- names in the file system ----

// Mkdir creates a new directory with the specified name and permission bits.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// RemoveAll removes path and any children it contains; a path that does not exist is no
// error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	f, err := Open(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	var first error
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil && first == nil {
			first = err
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || SameFile(fi, ofi) {
			return nil
		}
		return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
	}
	return s, nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		d, err1 := Stat(".")
		p, err2 := Stat(pwd)
		if err1 == nil && err2 == nil && SameFile(d, p) {
			return pwd, nil
		}
	}
	s, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return s, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func nextRandom() string {
	n := sysRandom()
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new file in dir (TempDir() if empty) named by pattern with its last
// "*" replaced by a random string, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new directory like CreateTemp and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// ---- the environment and the process ----

// Getenv retrieves the value of the environment variable named by the key ("" if unset).
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable and whether it is set.
func LookupEnv(key string) (string, bool) { return sysGetenv(key) }

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				Unsetenv(kv[:i])
				break
			}
		}
	}
}

// ExpandEnv replaces ${var} or $var in the string by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellVarName(s[j+1:])
			if name == "" && w > 0 {
				// invalid syntax: eat the characters
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellVarName returns the variable name at the start of s ($ already seen) and how many
// bytes it takes.
func shellVarName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // ${}
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	s, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("uname", errno(e))
	}
	return s, nil
}

// Executable returns the path name of the executable that started the current process.
func Executable() (string, error) {
	s, e := sysReadlink("/proc/self/exe")
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: "/proc/self/exe", Err: errno(e)}
	}
	return s, nil
}

func Getpid() int      { return sysGetid(0) }
func Getppid() int     { return sysGetid(1) }
func Getuid() int      { return sysGetid(2) }
func Geteuid() int     { return sysGetid(3) }
func Getgid() int      { return sysGetid(4) }
func Getegid() int     { return sysGetid(5) }
func Getpagesize() int { return sysGetid(6) }

// ---- runtime/os.c (C functions: results are values and errno numbers, 0 for success) ----

func Exit(code int)
func Environ() []string
func sysOpen(path string, flag, perm int) (fd int, errno int)
func sysRead(fd int, b []byte) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
func sysSeek(fd int, off int64, whence int) (ret int64, errno int)
func sysClose(fd int) int
func sysFsync(fd int) int
func sysFtruncate(fd int, size int64) int
func sysFchmod(fd int, mode int) int
func sysFstat(fd int, st *sysStat) int
func sysStatPath(path string, st *sysStat, follow bool) int
func sysGetdents(fd int, buf []byte) (n int, errno int)
func sysMkdir(path string, perm int) int
func sysUnlink(path string) int
func sysRmdir(path string) int
func sysRename(oldpath, newpath string) int
func sysChmod(path string, mode int) int
func sysTruncate(path string, size int64) int
func sysSymlink(oldname, newname string) int
func sysLink(oldname, newname string) int
func sysReadlink(path string) (string, int)
func sysGetwd() (string, int)
func sysChdir(path string) int
func sysHostname() (string, int)
func sysGetenv(key string) (string, bool)
func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func sysGetid(which int) int
func sysRandom() uint32
