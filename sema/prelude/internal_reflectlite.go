// Package reflectlite as gosub knows it (Go's internal/reflectlite): the little run-time
// reflection Go's standard library needs — sort.Slice's Swapper and length, errors.Is's
// comparability test, errors.As's assignability test and store. Go's own package reads gc's
// runtime type layout; this one is written over gosub's type descriptors (runtime/gort.h
// GoType): a *rtype is the descriptor's address. The few operations on descriptors are C
// functions (the declarations without a body, runtime/reflectlite.c).
package reflectlite

import "unsafe"

// A Kind is the kind of type a Type represents (reflect's numbering, as GoType.kind).
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

// Type is the part of reflect.Type the standard library uses.
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
}

// rtype stands for a GoType: a *rtype is the descriptor's address.
type rtype struct{ _ byte }

func (t *rtype) desc() unsafe.Pointer { return unsafe.Pointer(t) }

// TypeOf returns the dynamic type of i, nil for a nil interface.
func TypeOf(i any) Type {
	t := typeword(i)
	if t == nil {
		return nil
	}
	return (*rtype)(t)
}

func (t *rtype) String() string { return name(t.desc()) }

// Name is a defined type's name without its package; "" for other types.
func (t *rtype) Name() string {
	if !named(t.desc()) {
		return ""
	}
	s := t.String()
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath: gosub's descriptors do not record import paths.
func (t *rtype) PkgPath() string { return "" }

func (t *rtype) Size() uintptr    { return size(t.desc()) }
func (t *rtype) Kind() Kind       { return Kind(kind(t.desc())) }
func (t *rtype) Comparable() bool { return comparable(t.desc()) }

func (t *rtype) Elem() Type {
	e := elem(t.desc())
	if e == nil {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return (*rtype)(e)
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(t.desc(), u.(*rtype).desc())
}

// AssignableTo: the same type, or an interface type t implements. (Go also allows an
// unnamed type to a defined type of identical underlying type; the library does not need it.)
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.(*rtype)
	return uu == t || (uu.Kind() == Interface && implements(t.desc(), uu.desc()))
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + kindNames[e.Kind] + " Value"
}

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
	"complex128", "array", "chan", "func", "interface", "map", "ptr", "slice", "string",
	"struct", "unsafe.Pointer"}

// A Value holds a value of type typ: ptr is the value itself for pointer-shaped types held
// directly (indir false), otherwise the value's address.
type Value struct {
	typ   *rtype
	ptr   unsafe.Pointer
	indir bool
	addr  bool // addressable: obtained through a pointer, Set may store
}

// ValueOf returns a Value holding i's dynamic value; like gc's, its argument escapes.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	escapes(i)
	t := typeword(i)
	return Value{(*rtype)(t), dataword(i), !direct(t), false}
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

// word is the first word of the value: the pointer of a pointer-shaped type, the data
// pointer of a slice, the type word of an interface.
func (v Value) word() unsafe.Pointer {
	if v.indir {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

func (v Value) IsNil() bool {
	switch k := v.Kind(); k {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return v.word() == nil
	default:
		panic(&ValueError{"reflectlite.Value.IsNil", k})
	}
}

func (v Value) Len() int {
	switch k := v.Kind(); k {
	case Slice, String:
		return *(*int)(unsafe.Pointer(uintptr(v.ptr) + unsafe.Sizeof(uintptr(0))))
	case Array:
		return arraylen(v.typ.desc())
	default:
		panic(&ValueError{"reflect.Value.Len", k})
	}
}

// Elem: the value a pointer points to (addressable), or the value an interface holds.
func (v Value) Elem() Value {
	switch k := v.Kind(); k {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{(*rtype)(elem(v.typ.desc())), p, true, true}
	case Interface:
		t := ifacetype(v.typ.desc(), v.ptr)
		if t == nil {
			return Value{}
		}
		d := *(*unsafe.Pointer)(unsafe.Pointer(uintptr(v.ptr) + unsafe.Sizeof(uintptr(0))))
		return Value{(*rtype)(t), d, !direct(t), false}
	default:
		panic(&ValueError{"reflectlite.Value.Elem", k})
	}
}

// Set stores x into v, which must be addressable; x must be assignable to v's type.
func (v Value) Set(x Value) {
	if !v.addr {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if x.typ == nil {
		panic(&ValueError{"reflectlite.Value.Set", Invalid})
	}
	if !x.typ.AssignableTo(v.typ) {
		panic("reflect: reflectlite.Value.Set: value of type " + x.typ.String() +
			" is not assignable to type " + v.typ.String())
	}
	if v.typ.Kind() == Interface {
		data := x.ptr
		if x.indir && x.addr {
			data = unsafe_New(x.typ.desc())
			typedmemmove(x.typ.desc(), data, x.ptr)
		} else if x.indir && direct(x.typ.desc()) {
			data = *(*unsafe.Pointer)(x.ptr)
		}
		ifaceset(v.typ.desc(), v.ptr, x.typ.desc(), data)
		return
	}
	if x.indir {
		typedmemmove(v.typ.desc(), v.ptr, x.ptr)
	} else {
		typedmemmove(v.typ.desc(), v.ptr, unsafe.Pointer(&x.ptr))
	}
}

// Interface returns v's value as an interface{} (a copy when v is addressable).
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	t := v.typ.desc()
	if v.typ.Kind() == Interface {
		return ifaceToEface(t, v.ptr)
	}
	data := v.ptr
	if v.indir {
		if direct(t) {
			data = *(*unsafe.Pointer)(v.ptr)
		} else if v.addr {
			data = unsafe_New(t)
			typedmemmove(t, data, v.ptr)
		}
	}
	return packEface(t, data)
}

// New returns a Value holding a pointer to a new zero value of typ. gosub finds *typ's
// descriptor among those the program has (a program that never uses *typ has none).
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.(*rtype).desc()
	pt := ptrTo(t)
	if pt == nil {
		panic("reflect.New: gosub has no type descriptor of *" + typ.String())
	}
	return Value{(*rtype)(pt), unsafe_New(t), false, false}
}

// Zero returns a Value holding the zero value of typ.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.(*rtype)
	return Value{t, unsafe_New(t.desc()), true, false}
}

// PtrTo returns the pointer type with element t (nil when the program has no such type).
func PtrTo(t Type) Type {
	pt := ptrTo(t.(*rtype).desc())
	if pt == nil {
		return nil
	}
	return (*rtype)(pt)
}

// Swapper returns a function that swaps the elements i and j of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	data := v.word()
	et := elem(v.typ.desc())
	es := size(et)
	tmp := unsafe_New(et)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Pointer(uintptr(data) + uintptr(i)*es)
		b := unsafe.Pointer(uintptr(data) + uintptr(j)*es)
		typedmemmove(et, tmp, a)
		typedmemmove(et, a, b)
		typedmemmove(et, b, tmp)
	}
}

// ---- runtime/reflectlite.c ----
func typeword(i any) unsafe.Pointer       // the type word of an empty interface
func dataword(i any) unsafe.Pointer       // its data word
func escapes(x any)                       // nothing: its argument escapes (gc's reflectlite)
func kind(t unsafe.Pointer) uint
func named(t unsafe.Pointer) bool
func comparable(t unsafe.Pointer) bool
func elem(t unsafe.Pointer) unsafe.Pointer // pointer, slice, array, chan: element; map: value
func size(t unsafe.Pointer) uintptr
func arraylen(t unsafe.Pointer) int
func name(t unsafe.Pointer) string         // as %T prints it
func implements(t, iface unsafe.Pointer) bool
func direct(t unsafe.Pointer) bool         // pointer-shaped: an interface holds the value itself
func ifacetype(iface, p unsafe.Pointer) unsafe.Pointer // dynamic type of the interface at p
func unsafe_New(t unsafe.Pointer) unsafe.Pointer
func typedmemmove(t, dst, src unsafe.Pointer) // *dst = *src, through the write barrier
func ifaceset(iface, dst, t, data unsafe.Pointer) // *dst = (t, data) as an iface value
func packEface(t, data unsafe.Pointer) any        // the empty interface (t, data)
func ifaceToEface(iface, p unsafe.Pointer) any    // the interface value at p, as an any
func ptrTo(t unsafe.Pointer) unsafe.Pointer       // the program's descriptor of *t, or nil
