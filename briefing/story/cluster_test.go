package story

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// naiveAverageLink is average-link clustering as its definition reads:
// while two groups have an average similarity of at least threshold
// (pairs without an edge count as 0), merge the two with the highest,
// the lowest first briefings first on a tie. It returns each doc's group
// (its first doc) and, per group, the groups it has an edge with.
func naiveAverageLink(n int, edges []edge, threshold float64) ([]int32, map[int32][]int32) {
	sim := map[[2]int32]float64{}
	for _, e := range edges {
		sim[[2]int32{e.a, e.b}] += e.sim
		sim[[2]int32{e.b, e.a}] += e.sim
	}
	group := make([]int32, n)
	for i := range group {
		group[i] = int32(i)
	}
	members := func(g int32) []int32 {
		var out []int32
		for i, x := range group {
			if x == g {
				out = append(out, int32(i))
			}
		}
		return out
	}
	for {
		var roots []int32
		for i, g := range group {
			if g == int32(i) {
				roots = append(roots, g)
			}
		}
		best, ba, bb := -1.0, int32(-1), int32(-1)
		for x, a := range roots {
			for _, b := range roots[x+1:] {
				ma, mb := members(a), members(b)
				var sum float64
				for _, i := range ma {
					for _, j := range mb {
						sum += sim[[2]int32{i, j}]
					}
				}
				if avg := sum / float64(len(ma)*len(mb)); avg > best {
					best, ba, bb = avg, a, b
				}
			}
		}
		if best < threshold {
			break
		}
		for i, g := range group {
			if g == bb {
				group[i] = ba
			}
		}
	}
	related := map[int32][]int32{}
	for _, e := range edges {
		ga, gb := group[e.a], group[e.b]
		if ga != gb {
			related[ga] = append(related[ga], gb)
			related[gb] = append(related[gb], ga)
		}
	}
	for g, rs := range related {
		slices.Sort(rs)
		related[g] = slices.Compact(rs)
	}
	return group, related
}

// TestAgglomerateIsAverageLink checks, on random similarity graphs, that
// the stories found are those of average-link clustering computed the
// slow way, with the same related stories.
func TestAgglomerateIsAverageLink(t *testing.T) {
	const threshold = 0.15
	r := rand.New(rand.NewPCG(7, 17))
	for round := range 300 {
		n := 2 + r.IntN(24)
		var edges []edge
		for a := range n {
			for b := a + 1; b < n; b++ {
				if r.IntN(3) == 0 {
					// multiples of 1/64 add up exactly, so that ties are ties
					edges = append(edges, edge{int32(a), int32(b), float64(4+r.IntN(36)) / 64})
				}
			}
		}
		wantGroup, wantRelated := naiveAverageLink(n, edges, threshold)
		group, links := agglomerate(n, slices.Clone(edges), threshold)
		desc := fmt.Sprintf("round %d, %d briefings, edges %v", round, n, edges)
		if !slices.Equal(group, wantGroup) {
			t.Fatalf("%s:\ngroups %v\nwant   %v", desc, group, wantGroup)
		}
		for g := range n {
			if group[g] != int32(g) {
				if len(links[g]) > 0 {
					t.Fatalf("%s: merged group %d keeps links %v", desc, g, links[g])
				}
				continue
			}
			var got []int32
			for _, l := range links[g] {
				got = append(got, l.to)
			}
			if !slices.Equal(got, wantRelated[int32(g)]) {
				t.Fatalf("%s: group %d related to %v, want %v", desc, g, got, wantRelated[int32(g)])
			}
		}
	}
}

// TestRelink moves a group's link onto the group that merged it, with the
// links kept in order and summed where both were there.
func TestRelink(t *testing.T) {
	ls := func(ids ...int32) []link {
		var out []link
		for _, id := range ids {
			out = append(out, link{id, float64(id)})
		}
		return out
	}
	tests := []struct {
		in       []link
		from, to int32
		want     []link
	}{
		{ls(2, 5, 9), 5, 3, []link{{2, 2}, {3, 1}, {9, 9}}},
		{ls(2, 5, 9), 5, 7, []link{{2, 2}, {7, 1}, {9, 9}}},
		{ls(2, 5, 9), 9, 0, []link{{0, 1}, {2, 2}, {5, 5}}},
		{ls(2, 5, 9), 2, 12, []link{{5, 5}, {9, 9}, {12, 1}}},
		{ls(2, 5, 9), 9, 2, []link{{2, 3}, {5, 5}}},
		{ls(2, 5, 9), 4, 1, []link{{1, 1}, {2, 2}, {5, 5}, {9, 9}}},
	}
	for _, tt := range tests {
		if got := relink(slices.Clone(tt.in), tt.from, tt.to, 1); !slices.Equal(got, tt.want) {
			t.Errorf("relink(%v, %d, %d) = %v, want %v", tt.in, tt.from, tt.to, got, tt.want)
		}
	}
}
