// Package reflect as gosub knows it: the small part of Go's reflect that gosub's
// internal/reflectlite implements over its type descriptors — TypeOf and ValueOf, a Type's
// Kind, Elem, Name, String, Size, Comparable, Implements and AssignableTo, a Value's Kind,
// Type, Elem, IsNil, Len, Set and Interface, New, Zero and PtrTo — which is what Go's flag
// package uses (its usage message). The rest of Go's reflect is not there: a program that
// uses it is told "reflect.X is not supported by gosub", and the declarations of Go's library
// source that use it are left out with the reason "it needs reflect" (encoding/json, ...).
package reflect

import "internal/reflectlite"

type (
	Type       = reflectlite.Type
	Value      = reflectlite.Value
	Kind       = reflectlite.Kind
	ValueError = reflectlite.ValueError
)

const (
	Invalid       = reflectlite.Invalid
	Bool          = reflectlite.Bool
	Int           = reflectlite.Int
	Int8          = reflectlite.Int8
	Int16         = reflectlite.Int16
	Int32         = reflectlite.Int32
	Int64         = reflectlite.Int64
	Uint          = reflectlite.Uint
	Uint8         = reflectlite.Uint8
	Uint16        = reflectlite.Uint16
	Uint32        = reflectlite.Uint32
	Uint64        = reflectlite.Uint64
	Uintptr       = reflectlite.Uintptr
	Float32       = reflectlite.Float32
	Float64       = reflectlite.Float64
	Complex64     = reflectlite.Complex64
	Complex128    = reflectlite.Complex128
	Array         = reflectlite.Array
	Chan          = reflectlite.Chan
	Func          = reflectlite.Func
	Interface     = reflectlite.Interface
	Map           = reflectlite.Map
	Pointer       = reflectlite.Pointer
	Slice         = reflectlite.Slice
	String        = reflectlite.String
	Struct        = reflectlite.Struct
	UnsafePointer = reflectlite.UnsafePointer
	Ptr           = reflectlite.Pointer
)

func TypeOf(i any) Type     { return reflectlite.TypeOf(i) }
func ValueOf(i any) Value   { return reflectlite.ValueOf(i) }
func New(typ Type) Value    { return reflectlite.New(typ) }
func Zero(typ Type) Value   { return reflectlite.Zero(typ) }
func PtrTo(t Type) Type     { return reflectlite.PtrTo(t) }
func PointerTo(t Type) Type { return reflectlite.PtrTo(t) }
