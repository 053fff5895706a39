package story

import (
	"cmp"
	"container/heap"
	"iter"
	"math"
	"slices"
	"strings"
	"time"

	"sitrep/briefing/entity"
)

// Options tune how briefings are grouped into stories.
type Options struct {
	// MaxGap is how far apart two briefings of one story may be published.
	MaxGap time.Duration
	// Threshold is the average similarity at which two groups of
	// briefings are one story.
	Threshold float64
	// RelatedThreshold is the similarity of two briefings at which their
	// stories are related (they share places or actors and dates without
	// being one event).
	RelatedThreshold float64
}

// DefaultOptions are the options the story set was evaluated with.
func DefaultOptions() Options {
	return Options{MaxGap: 7 * 24 * time.Hour, Threshold: 0.15, RelatedThreshold: 0.07}
}

// Group is one story: indexes into the docs given to Cluster, earliest
// first, and the groups related to it.
type Group struct {
	Members []int
	Related []int // indexes of other groups
}

// Similarity weights: text, shared entities, a shared event day.
const (
	wText   = 0.55
	wEntity = 0.30
	wDay    = 0.15
)

// maxBlockDF is how many briefings after it (by date) a briefing is
// compared with for one shared place, armed group or person; maxCommonDF
// for one shared country or word, which many more share.
const (
	maxBlockDF  = 400
	maxCommonDF = 64
)

// features is what similarity needs of a doc, precomputed. Terms and
// entity keys are interned to ids and kept as slices sorted by id, so a
// large library's features take a fraction of the memory maps would.
type features struct {
	day   int       // days since the epoch; math.MinInt32 when undated
	terms []int32   // term ids, ascending
	vec   []float64 // unit tf-idf weight of each term
	ents  []int32   // distinctive entity key ids, ascending
	idf   []float64 // idf of each entity key
	norm  float64   // sum of the entity idfs
	days  []string  // event days of the timeline
	block []int32   // keys candidates are found by (see keySet)
}

// keySet is the interned blocking keys of a set of docs: entity keys
// take ids 0..len(ents)-1 and a word w the id len(ents)+w.
type keySet struct {
	nEnts  int32
	common []bool // per entity key: a country, which many share
}

func (k keySet) isCommon(id int32) bool { return id >= k.nEnts || k.common[id] }

// Cluster groups docs into stories: average-link agglomeration over the
// similarity of briefings published within MaxGap of each other (text,
// shared places, actors and event days), merging while the average
// similarity between two groups is at least Threshold. Groups are ordered
// by their first briefing, newest first.
func Cluster(docs []Doc, opt Options) []Group {
	fs, ks := prepare(docs)
	edges := candidates(fs, ks, opt)
	groups := agglomerate(len(docs), edges, opt.Threshold)
	return finish(docs, groups, edges, opt)
}

// Similarity is how alike two docs are as reports of one event, 0 to 1.
func Similarity(a, b Doc, opt Options) float64 {
	fs, _ := prepare([]Doc{a, b})
	return similarity(fs[0], fs[1], opt)
}

func prepare(docs []Doc) ([]features, keySet) {
	termID := map[string]int32{}
	var termDF []int
	entID := map[string]int32{}
	var entDF []int
	var common []bool
	keys := make([]map[string]bool, len(docs))
	for i, d := range docs {
		for _, t := range d.Terms {
			id, ok := termID[t.Word]
			if !ok {
				id = int32(len(termDF))
				termID[t.Word] = id
				termDF = append(termDF, 0)
			}
			termDF[id]++
		}
		keys[i] = EntityKeys(d)
		for k := range keys[i] {
			id, ok := entID[k]
			if !ok {
				id = int32(len(entDF))
				entID[k] = id
				entDF = append(entDF, 0)
				common = append(common, strings.HasPrefix(k, "c:"))
			}
			entDF[id]++
		}
	}
	n := float64(len(docs))
	idf := func(df int) float64 { return math.Log(1 + n/float64(df)) }
	ks := keySet{nEnts: int32(len(entDF)), common: common}
	fs := make([]features, len(docs))
	type tw struct {
		id   int32
		word string
		w    float64
	}
	var tws []tw
	for i, d := range docs {
		f := &fs[i]
		f.day = math.MinInt32
		if !d.Published.IsZero() {
			f.day = int(d.Published.Unix() / 86400)
		}
		tws = tws[:0]
		var sum float64
		for _, t := range d.Terms {
			id := termID[t.Word]
			w := (1 + math.Log(float64(t.N))) * idf(termDF[id])
			tws = append(tws, tw{id, t.Word, w})
			sum += w * w
		}
		norm := math.Sqrt(sum)
		// a repeated term weighs in the norm each time; its last weight counts
		slices.SortStableFunc(tws, func(a, b tw) int { return cmp.Compare(a.id, b.id) })
		uniq := tws[:0]
		for j, t := range tws {
			if j+1 < len(tws) && tws[j+1].id == t.id {
				continue
			}
			uniq = append(uniq, t)
		}
		tws = uniq
		f.terms = make([]int32, len(tws))
		f.vec = make([]float64, len(tws))
		for j, t := range tws {
			f.terms[j], f.vec[j] = t.id, t.w/norm
		}
		for k := range keys[i] {
			f.ents = append(f.ents, entID[k])
		}
		slices.Sort(f.ents)
		f.idf = make([]float64, len(f.ents))
		for j, id := range f.ents {
			f.idf[j] = idf(entDF[id])
			f.norm += f.idf[j]
		}
		f.block = make([]int32, 0, len(f.ents)+6)
		f.block = append(f.block, f.ents...)
		// the doc's most weighty words also find candidates
		slices.SortFunc(tws, func(a, b tw) int {
			return cmp.Or(cmp.Compare(b.w/norm, a.w/norm), strings.Compare(a.word, b.word))
		})
		for _, t := range tws[:min(len(tws), 6)] {
			f.block = append(f.block, ks.nEnts+t.id)
		}
		for _, e := range d.Timeline {
			if len(e.Value) == 10 && !e.Planned {
				f.days = append(f.days, e.Value)
			}
		}
	}
	return fs, ks
}

// EntityKeys are a doc's distinctive entities: places below a country,
// armed groups and people, and the countries it is about.
func EntityKeys(d Doc) map[string]bool {
	keys := map[string]bool{}
	for _, c := range d.Countries {
		if e, ok := entity.Default().Lookup(c); ok {
			c = e.Name
		}
		keys["c:"+entity.PlaceKey(c)] = true
	}
	for _, n := range d.Entities {
		switch n.Kind {
		case entity.Place:
			keys["p:"+entity.PlaceKey(n.Name)] = true
		case entity.Group:
			keys["g:"+n.Name] = true
		case entity.Person:
			keys["h:"+n.Name] = true
		case entity.Country:
			if n.Count >= 2 {
				keys["c:"+entity.PlaceKey(n.Name)] = true
			}
		}
	}
	return keys
}

func similarity(a, b features, opt Options) float64 {
	if a.day == math.MinInt32 || b.day == math.MinInt32 {
		return 0
	}
	gap := math.Abs(float64(a.day - b.day))
	maxGap := opt.MaxGap.Hours() / 24
	if gap > maxGap {
		return 0
	}
	var cos float64
	for i, j := range common(a.terms, b.terms) {
		cos += a.vec[i] * b.vec[j]
	}
	var shared float64
	for i := range common(a.ents, b.ents) {
		shared += a.idf[i]
	}
	ent := 0.0
	if union := a.norm + b.norm - shared; union > 0 {
		ent = shared / union
	}
	day := 0.0
	for _, d := range a.days {
		if slices.Contains(b.days, d) {
			day = 1
			break
		}
	}
	return (wText*cos + wEntity*ent + wDay*day) * (1 - 0.5*gap/math.Max(maxGap, 1))
}

// common yields the positions in a and b of the ids both hold; a and b
// are ascending.
func common(a, b []int32) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i, j := 0, 0; i < len(a) && j < len(b); {
			switch {
			case a[i] < b[j]:
				i++
			case a[i] > b[j]:
				j++
			default:
				if !yield(i, j) {
					return
				}
				i++
				j++
			}
		}
	}
}

// edge is the similarity of two docs.
type edge struct {
	a, b int
	sim  float64
}

// candidates computes the similarity of the pairs of docs published
// within MaxGap of each other that share a blocking key: a country,
// place, armed group or person, or one of their most weighty words. Each
// doc is compared with at most maxBlockDF docs after it per key
// (maxCommonDF per country or word), so that a key common in one week
// does not make the work quadratic. Pairs less similar than
// RelatedThreshold are dropped: they would neither relate two stories nor
// weigh in an average (a pair not kept counts as 0), and a large library
// has many of them.
func candidates(fs []features, ks keySet, opt Options) []edge {
	var byKey [][]int32
	for i, f := range fs {
		if f.day == math.MinInt32 {
			continue
		}
		for _, k := range f.block {
			if int(k) >= len(byKey) {
				byKey = slices.Grow(byKey, int(k)+1-len(byKey))[:int(k)+1]
			}
			byKey[k] = append(byKey[k], int32(i))
		}
	}
	// pos[i][b] is where doc i stands in the list of its b-th block key
	pos := make([][]int32, len(fs))
	for _, list := range byKey {
		slices.SortStableFunc(list, func(a, b int32) int { return cmp.Compare(fs[a].day, fs[b].day) })
	}
	for k, list := range byKey {
		if len(list) < 2 {
			continue
		}
		for p, i := range list {
			if pos[i] == nil {
				pos[i] = make([]int32, len(fs[i].block))
				for b := range pos[i] {
					pos[i][b] = -1
				}
			}
			pos[i][slices.Index(fs[i].block, int32(k))] = int32(p)
		}
	}
	maxGap := int(opt.MaxGap.Hours() / 24)
	stamp := make([]int, len(fs))
	for i := range stamp {
		stamp[i] = -1
	}
	var edges []edge
	for i, f := range fs {
		if pos[i] == nil {
			continue
		}
		for b, k := range f.block {
			p := pos[i][b]
			if p < 0 {
				continue
			}
			list := byKey[k]
			limit := maxBlockDF
			if ks.isCommon(k) {
				limit = maxCommonDF
			}
			for _, j := range list[p+1 : min(len(list), int(p)+1+limit)] {
				if fs[j].day-f.day > maxGap {
					break
				}
				if stamp[j] == i {
					continue
				}
				stamp[j] = i
				if s := similarity(f, fs[j], opt); s >= opt.RelatedThreshold {
					edges = append(edges, edge{min(i, int(j)), max(i, int(j)), s})
				}
			}
		}
	}
	return edges
}

// agglomerate merges groups by average link: the pair of groups with the
// highest average similarity between their members (pairs never compared
// count as 0) while it is at least threshold. It returns the group of
// each doc.
func agglomerate(n int, edges []edge, threshold float64) []int {
	size := make([]int, n)
	sums := make([]map[int]float64, n)
	version := make([]int, n)
	parent := make([]int, n)
	for i := range n {
		size[i], parent[i] = 1, i
	}
	h := &pairHeap{}
	for _, e := range edges {
		// a briefing with no similar neighbour has no map
		if sums[e.a] == nil {
			sums[e.a] = map[int]float64{}
		}
		if sums[e.b] == nil {
			sums[e.b] = map[int]float64{}
		}
		sums[e.a][e.b] += e.sim
		sums[e.b][e.a] += e.sim
		if e.sim >= threshold {
			heap.Push(h, pair{e.sim, e.a, e.b, 0, 0})
		}
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if p.avg < threshold {
			break
		}
		if parent[p.a] != p.a || parent[p.b] != p.b || version[p.a] != p.va || version[p.b] != p.vb {
			continue // stale
		}
		a, b := p.a, p.b
		parent[b] = a
		for k, s := range sums[b] {
			if k == a {
				continue
			}
			sums[a][k] += s
			sums[k][a] += s
			delete(sums[k], b)
		}
		delete(sums[a], b)
		sums[b] = nil
		size[a] += size[b]
		version[a]++
		// Only pairs that may merge are queued: a pair's average changes
		// only when one of its groups merges, and is queued again then.
		for k, s := range sums[a] {
			if avg := s / float64(size[a]*size[k]); avg >= threshold {
				heap.Push(h, pair{avg, min(a, k), max(a, k), version[min(a, k)], version[max(a, k)]})
			}
		}
	}
	group := make([]int, n)
	for i := range n {
		r := i
		for parent[r] != r {
			r = parent[r]
		}
		group[i] = r
	}
	return group
}

// pair is a candidate merge of two groups at the versions it was computed.
type pair struct {
	avg    float64
	a, b   int
	va, vb int
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].avg != h[j].avg {
		return h[i].avg > h[j].avg
	}
	return h[i].a < h[j].a || h[i].a == h[j].a && h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// finish turns the group of each doc into Groups, ordered, with their
// related groups.
func finish(docs []Doc, group []int, edges []edge, opt Options) []Group {
	idx := map[int]int{}
	var out []Group
	for i := range docs {
		g, ok := idx[group[i]]
		if !ok {
			g = len(out)
			idx[group[i]] = g
			out = append(out, Group{})
		}
		out[g].Members = append(out[g].Members, i)
	}
	for g := range out {
		slices.SortFunc(out[g].Members, func(a, b int) int {
			return cmp.Or(docs[a].Published.Compare(docs[b].Published), strings.Compare(docs[a].Source, docs[b].Source), strings.Compare(docs[a].ID, docs[b].ID))
		})
	}
	related := map[[2]int]bool{}
	for _, e := range edges {
		ga, gb := idx[group[e.a]], idx[group[e.b]]
		if ga != gb && e.sim >= opt.RelatedThreshold {
			related[[2]int{ga, gb}] = true
			related[[2]int{gb, ga}] = true
		}
	}
	for p := range related {
		out[p[0]].Related = append(out[p[0]].Related, p[1])
	}
	// order: newest first story by its first briefing; remap related
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	first := func(g int) Doc { return docs[out[g].Members[0]] }
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(first(b).Published.Compare(first(a).Published), strings.Compare(first(a).ID, first(b).ID))
	})
	pos := make([]int, len(out))
	for p, g := range order {
		pos[g] = p
	}
	sorted := make([]Group, len(out))
	for p, g := range order {
		sorted[p] = out[g]
		for i, r := range sorted[p].Related {
			sorted[p].Related[i] = pos[r]
		}
		slices.Sort(sorted[p].Related)
	}
	return sorted
}
