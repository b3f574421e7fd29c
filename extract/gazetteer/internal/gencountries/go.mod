module github.com/newsgraph/newsgraph/extract/gazetteer/internal/gencountries

go 1.26.8

require github.com/biter777/countries v1.7.5
