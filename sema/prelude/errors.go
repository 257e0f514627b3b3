package errors

func New(text string) error
func Is(err, target error) bool
func Unwrap(err error) error
func As(err error, target any) bool
