package briefing

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"testing/fstest"
)

// TestPartsMergedAsLoaded feeds the assembler of LoadInParts the files of
// a library in random orders and chunks, as a walk of another shape
// might find them (deeper or later files of an ID first, problems
// between): every part is the library Load reads of the files found so
// far, and the last is Load's, the briefings and problems in the same
// order. A part says Replaced exactly when a briefing shown gave way to
// another file of its ID.
func TestPartsMergedAsLoaded(t *testing.T) {
	m := fstest.MapFS{}
	for i := range 120 {
		dir := []string{"", "a/", "a-b/", "b/", "a/c/", "z/y/"}[i%6]
		id := fmt.Sprintf("id%02d", i%37) // many IDs at several paths
		published := ""
		if i%5 != 0 {
			published = fmt.Sprintf("published: 2024-%02d-%02d\n", i%12+1, i%3+1) // equal dates: by title
		}
		body := fmt.Sprintf("---\ntitle: T%d\n%s---\nText.\n", i%9, published)
		if i%11 == 0 {
			body = "---\ntitle: [unclosed\n---\n"
		}
		m[dir+id+".md"] = file(body)
	}
	var all []string
	for p := range m {
		all = append(all, p)
	}
	h := newHeaderReader(m)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		a := partAssembler{fsys: m}
		var last *Library
		for n := 0; n < len(all); {
			k := min(len(all), n+1+rng.IntN(40))
			// Chunks taken between parts, as the reading goes.
			for j := n; j < k; {
				l := min(k, j+1+rng.IntN(8))
				found := all[j:l]
				got, errs := make([]*Briefing, len(found)), make([]error, len(found))
				for i, p := range found {
					got[i], errs[i] = h.read(p)
				}
				a.add(found, got, errs, nil)
				j = l
			}
			n = k
			sub := fstest.MapFS{}
			for _, p := range all[:n] {
				sub[p] = m[p]
			}
			want, err := Load(sub)
			if err != nil {
				t.Fatal(err)
			}
			got, replaced := a.assemble()
			if summary(got) != summary(want) {
				t.Fatalf("round %d, %d files found: part\n%s\nwant (Load of those files):\n%s", round, n, summary(got), summary(want))
			}
			for _, b := range got.Briefings() {
				if g, _ := got.Get(b.ID); g != b {
					t.Fatalf("round %d: Get(%s) is %s, the list shows %s", round, b.ID, g.Path, b.Path)
				}
			}
			if replaced != replacedSince(last, got) {
				t.Errorf("round %d, %d files found: Replaced %v, want %v", round, n, replaced, !replaced)
			}
			last = got
		}
	}
}
