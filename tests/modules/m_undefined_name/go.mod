module example.com/undef

go 1.19
