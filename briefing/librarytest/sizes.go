package librarytest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Sizes are the library sizes a benchmark runs at: the comma-separated
// SITREP_BENCH_SIZES, else def.
func Sizes(def string) ([]int, error) {
	spec := os.Getenv("SITREP_BENCH_SIZES")
	if spec == "" {
		spec = def
	}
	var out []int
	for _, s := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("SITREP_BENCH_SIZES: %q is not a size", s)
		}
		out = append(out, n)
	}
	return out, nil
}
