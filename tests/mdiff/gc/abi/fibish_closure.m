./fibish_closure.go:19:15: unused does not escape
./fibish_closure.go:33:12: ... argument does not escape
./fibish_closure.go:33:13: x escapes to heap
./fibish_closure.go:33:13: a escapes to heap
./fibish_closure.go:33:13: b escapes to heap
