package briefing

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSortPathsShallowFirst checks that sortPaths, which counts each
// path's depth once, puts paths in shallowFirst's order: which of two
// briefings with one ID a library keeps depends on it.
func TestSortPathsShallowFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"a", "a-b", "b", "z", "é", "A"}
	seen := map[string]bool{}
	var paths []string
	for len(paths) < 500 {
		var p []string
		for range 1 + r.IntN(4) {
			p = append(p, parts[r.IntN(len(parts))])
		}
		if s := strings.Join(p, "/") + ".md"; !seen[s] {
			seen[s] = true
			paths = append(paths, s)
		}
	}
	want := slices.Clone(paths)
	slices.SortStableFunc(want, shallowFirst)
	sortPaths(paths)
	if !slices.Equal(paths, want) {
		t.Errorf("sortPaths gives\n%v\nshallowFirst\n%v", paths, want)
	}
	// All of one depth, as a library of one directory is.
	var top []string
	for _, p := range want {
		if !strings.Contains(p, "/") {
			top = append(top, p)
		}
	}
	sorted := slices.Clone(top)
	r.Shuffle(len(top), func(i, j int) { top[i], top[j] = top[j], top[i] })
	sortPaths(top)
	if len(top) < 3 || !slices.Equal(top, sorted) {
		t.Errorf("sortPaths of one depth gives\n%v\nshallowFirst\n%v", top, sorted)
	}
}
