./fibish.go:32:12: ... argument does not escape
./fibish.go:32:13: x escapes to heap
./fibish.go:32:13: a escapes to heap
./fibish.go:32:13: b escapes to heap
