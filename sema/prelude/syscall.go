// Package syscall as gosub knows it: the error numbers and signal numbers of Linux and their
// names, which os and Go's own packages (io/fs, path/filepath) use. Go's package wraps every
// system call in assembly stubs; gosub's os calls the C library instead (runtime/os.c), so
// what remains of syscall is the constants — taken from Go's own generated file, read in
// place — and the two types they are numbers of.
package syscall

//gosub:goroot zerrors_linux_$GOARCH.go

import (
	"internal/itoa"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition (errno).
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) && errors[e] != "" {
		return errors[e]
	}
	return "errno " + itoa.Itoa(int(e))
}

// Is lets errors.Is(err, fs.ErrNotExist) and its siblings see through an Errno.
func (e Errno) Is(target error) bool {
	if target == oserror.ErrPermission {
		return e == EACCES || e == EPERM
	}
	if target == oserror.ErrExist {
		return e == EEXIST || e == ENOTEMPTY
	}
	if target == oserror.ErrNotExist {
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool { return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout() }
func (e Errno) Timeout() bool   { return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT }

// A Signal is a number describing a process signal.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) && signals[s] != "" {
		return signals[s]
	}
	return "signal " + itoa.Itoa(int(s))
}
