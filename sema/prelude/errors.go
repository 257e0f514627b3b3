package errors

func New(text string) error
func Is(err, target error) bool
func Unwrap(err error) error
