package story

import (
	"cmp"
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

// maxBlockDF is how many briefings after it (by date) a briefing finds
// as candidates through one shared place, armed group or person;
// maxCommonDF through one shared country or word, which many more share.
// maxCandidates is how many of those it is compared with at most: the
// ones that share its rarest keys. In a library of a few thousand
// briefings a year they change nothing (on a generated library of 10,000,
// about 7 a day, the stories are those of windows of 400 and 64 and no
// cap); in a dense one they keep the work and the memory of the
// clustering proportional to the library rather than to the square of a
// week's briefings.
const (
	maxBlockDF    = 48
	maxCommonDF   = 32
	maxCandidates = 48
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
	days  []int32   // event days of the timeline, interned, ascending
	block []int32   // keys candidates are found by (see keySet)
}

// keySet is the interned blocking keys of a set of docs: entity keys
// take ids 0..len(ents)-1 and a word w the id len(ents)+w.
type keySet struct {
	nEnts  int32
	names  []string  // per entity key: the key ("p:goma", see EntityKeys)
	df     []int32   // per entity key: how many docs have it
	common []bool    // per entity key: a country, which many share
	weight []float64 // per key: its idf, how rare it is
}

func (k keySet) isCommon(id int32) bool { return id >= k.nEnts || k.common[id] }

// Cluster groups docs into stories: average-link agglomeration over the
// similarity of briefings published within MaxGap of each other (text,
// shared places, actors and event days), merging while the average
// similarity between two groups is at least Threshold. Groups are ordered
// by their first briefing, newest first.
func Cluster(docs []Doc, opt Options) []Group {
	fs, ks := prepare(docs)
	return cluster(docs, fs, ks, opt)
}

func cluster(docs []Doc, fs []features, ks keySet, opt Options) []Group {
	group, links := agglomerate(len(docs), candidates(fs, ks, opt), opt.Threshold)
	return finish(docs, group, links)
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
	var names []string
	dayID := map[string]int32{}
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
				names = append(names, k)
			}
			entDF[id]++
		}
	}
	n := float64(len(docs))
	idf := func(df int) float64 { return math.Log(1 + n/float64(df)) }
	ks := keySet{nEnts: int32(len(entDF)), names: names, df: make([]int32, len(entDF)), common: common,
		weight: make([]float64, len(entDF)+len(termDF))}
	for id, df := range entDF {
		ks.df[id] = int32(df)
		ks.weight[id] = idf(df)
	}
	for id, df := range termDF {
		ks.weight[len(entDF)+id] = idf(df)
	}
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
				id, ok := dayID[e.Value]
				if !ok {
					id = int32(len(dayID))
					dayID[e.Value] = id
				}
				f.days = append(f.days, id)
			}
		}
		slices.Sort(f.days)
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
	var cos float64
	for i, j := range common(a.terms, b.terms) {
		cos += a.vec[i] * b.vec[j]
	}
	return similarityCos(a, b, cos, opt)
}

// similarityCos is the similarity of a and b whose text cosine is cos.
func similarityCos(a, b features, cos float64, opt Options) float64 {
	if a.day == math.MinInt32 || b.day == math.MinInt32 {
		return 0
	}
	gap := math.Abs(float64(a.day - b.day))
	maxGap := opt.MaxGap.Hours() / 24
	if gap > maxGap {
		return 0
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
	for range common(a.days, b.days) {
		day = 1
		break
	}
	return (wText*cos + wEntity*ent + wDay*day) * (1 - 0.5*gap/math.Max(maxGap, 1))
}

// termVec is one doc's term weights by term id, so that its cosine with
// each of its candidates is a lookup per term of the candidate rather than
// a merge walk of both.
type termVec struct {
	w   []float64
	has []bool
	doc features
}

func newTermVec(nTerms int) *termVec {
	return &termVec{w: make([]float64, nTerms), has: make([]bool, nTerms)}
}

// set makes v the weights of f.
func (v *termVec) set(f features) {
	for _, t := range v.doc.terms {
		v.has[t] = false
	}
	v.doc = f
	for k, t := range f.terms {
		v.w[t], v.has[t] = f.vec[k], true
	}
}

// cosine is the text cosine of v's doc and b, summed in the order of the
// term ids as similarity sums it.
func (v *termVec) cosine(b features) float64 {
	var cos float64
	for k, t := range b.terms {
		if v.has[t] {
			cos += v.w[t] * b.vec[k]
		}
	}
	return cos
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
	a, b int32
	sim  float64
}

// candidates computes the similarity of the pairs of docs published
// within MaxGap of each other that share a blocking key: a country,
// place, armed group or person, or one of their most weighty words. Each
// doc is compared with at most maxBlockDF docs after it per key
// (maxCommonDF per country or word), so that a key common in one week
// does not make the work quadratic, and with at most maxCandidates docs
// in all: those whose shared keys weigh most (the sum of their idfs),
// then the nearest in date. Pairs less similar than RelatedThreshold are
// dropped: they would neither relate two stories nor weigh in an average
// (a pair not kept counts as 0), and a large library has many of them.
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
	stamp := make([]int32, len(fs))
	for i := range stamp {
		stamp[i] = -1
	}
	score := make([]float64, len(fs))
	vec := newTermVec(len(ks.weight) - int(ks.nEnts))
	var cands []int32
	var edges []edge
	for i, f := range fs {
		if pos[i] == nil {
			continue
		}
		cands = cands[:0]
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
				if stamp[j] != int32(i) {
					stamp[j], score[j] = int32(i), 0
					cands = append(cands, j)
				}
				score[j] += ks.weight[k]
			}
		}
		if len(cands) > maxCandidates {
			slices.SortFunc(cands, func(x, y int32) int {
				return cmp.Or(cmp.Compare(score[y], score[x]), cmp.Compare(fs[x].day, fs[y].day), cmp.Compare(x, y))
			})
			cands = cands[:maxCandidates]
		}
		vec.set(f)
		for _, j := range cands {
			if s := similarityCos(f, fs[j], vec.cosine(fs[j]), opt); s >= opt.RelatedThreshold {
				edges = append(edges, edge{int32(min(i, int(j))), int32(max(i, int(j))), s})
			}
		}
	}
	return edges
}

// link is the summed similarity of the pairs of briefings between a group
// and another.
type link struct {
	to  int32
	sum float64
}

// agglomerate merges groups by average link: the pair of groups with the
// highest average similarity between their members (pairs never compared
// count as 0) while it is at least threshold, the groups of the lowest
// briefings first on a tie. It returns the group of each doc (its first
// doc's index) and, for each group, its links to the other groups it has
// a kept edge with, ascending by group.
//
// A group's links are a slice sorted by group: a merge is a merge walk of
// two slices, and each neighbour's slice moves one entry, so the memory is
// two links per edge and no map. The queue holds each group's best pair
// only (its nearest neighbour), not every pair that may merge.
func agglomerate(n int, edges []edge, threshold float64) ([]int32, [][]link) {
	c := clusters{size: make([]int32, n), parent: make([]int32, n), links: make([][]link, n),
		best: make([]pair, n), threshold: threshold}
	for i := range n {
		c.size[i], c.parent[i] = 1, int32(i)
	}
	deg := make([]int32, n)
	for _, e := range edges {
		deg[e.a]++
		deg[e.b]++
	}
	for i, d := range deg {
		if d > 0 {
			c.links[i] = make([]link, 0, d)
		}
	}
	for _, e := range edges {
		c.links[e.a] = append(c.links[e.a], link{e.b, e.sim})
		c.links[e.b] = append(c.links[e.b], link{e.a, e.sim})
	}
	for i, ls := range c.links {
		c.links[i] = sumLinks(ls)
		c.rebest(int32(i))
	}
	c.queue.init()
	c.ordered = true
	for len(c.queue) > 0 {
		p := c.queue.pop()
		if c.parent[p.g] != p.g || c.best[p.g].stamp != p.stamp {
			continue // stale
		}
		c.merge(p.a, p.b)
	}
	group := make([]int32, n)
	for i := range n {
		r := int32(i)
		for c.parent[r] != r {
			r = c.parent[r]
		}
		group[i] = r
	}
	return group, c.links
}

// clusters is the state of agglomerate: the groups, their links, and each
// group's best pair, queued.
type clusters struct {
	size, parent []int32
	links        [][]link
	best         []pair // each group's best pair; avg < 0 for none
	queue        pairHeap
	ordered      bool // the queue is a heap (before, pairs are only added)
	threshold    float64
}

// pairOf is the pair of groups g and k whose link is l.
func (c *clusters) pairOf(g int32, l link) pair {
	return pair{avg: l.sum / float64(int(c.size[g])*int(c.size[l.to])), a: min(g, l.to), b: max(g, l.to), g: g}
}

// rebest finds the best pair of group g among its links and queues it
// when it may merge.
func (c *clusters) rebest(g int32) {
	b := pair{avg: -1}
	for _, l := range c.links[g] {
		if p := c.pairOf(g, l); p.avg >= c.threshold && (b.avg < 0 || p.before(b)) {
			b = p
		}
	}
	c.setBest(g, b)
}

func (c *clusters) setBest(g int32, p pair) {
	p.stamp = c.best[g].stamp + 1
	c.best[g] = p
	switch {
	case p.avg < 0:
	case c.ordered:
		c.queue.push(p)
	default:
		c.queue = append(c.queue, p)
	}
}

// merge merges group b into group a (a < b), and updates the best pairs
// of a and its neighbours.
func (c *clusters) merge(a, b int32) {
	c.parent[b] = a
	for _, l := range c.links[b] {
		if l.to != a {
			c.links[l.to] = relink(c.links[l.to], b, a, l.sum)
		}
	}
	c.links[a] = mergeLinks(c.links[a], c.links[b], a, b)
	c.links[b] = nil
	c.size[a] += c.size[b]
	c.setBest(b, pair{avg: -1})
	c.rebest(a)
	// A neighbour's link to a changed (its sum is the same seen from
	// either side); its other links did not.
	for _, l := range c.links[a] {
		k := l.to
		if kb := c.best[k]; kb.avg >= 0 && (kb.a == a || kb.b == a || kb.a == b || kb.b == b) {
			c.rebest(k)
		} else if p := c.pairOf(k, link{a, l.sum}); p.avg >= c.threshold && (kb.avg < 0 || p.before(kb)) {
			c.setBest(k, p)
		}
	}
}

// sumLinks sorts a group's links by group and sums the links to one group.
func sumLinks(ls []link) []link {
	slices.SortStableFunc(ls, func(x, y link) int { return cmp.Compare(x.to, y.to) })
	out := ls[:0]
	for _, l := range ls {
		if len(out) > 0 && out[len(out)-1].to == l.to {
			out[len(out)-1].sum += l.sum
			continue
		}
		out = append(out, l)
	}
	return out
}

// relink moves the link of ls to group from onto group to (which merged
// it), adding s.
func relink(ls []link, from, to int32, s float64) []link {
	i, hasFrom := searchLink(ls, from)
	j, hasTo := searchLink(ls, to)
	switch {
	case hasTo:
		ls[j].sum += s
		if hasFrom {
			ls = slices.Delete(ls, i, i+1)
		}
		return ls
	case !hasFrom:
		return slices.Insert(ls, j, link{to, s})
	case j <= i: // the link to from becomes the link to to, moved down
		copy(ls[j+1:i+1], ls[j:i])
		ls[j] = link{to, s}
	default:
		copy(ls[i:j-1], ls[i+1:j])
		ls[j-1] = link{to, s}
	}
	return ls
}

// searchLink is where ls (ascending) holds the link to group g, or would.
func searchLink(ls []link, g int32) (int, bool) {
	lo, hi := 0, len(ls)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ls[m].to < g {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(ls) && ls[lo].to == g
}

// mergeLinks is the links of group a after it merged group b: the links
// of both, summed where they lead to one group, without a and b.
func mergeLinks(la, lb []link, a, b int32) []link {
	out := make([]link, 0, len(la)+len(lb))
	i, j := 0, 0
	for i < len(la) || j < len(lb) {
		var l link
		switch {
		case j == len(lb) || i < len(la) && la[i].to < lb[j].to:
			l = la[i]
			i++
		case i == len(la) || lb[j].to < la[i].to:
			l = lb[j]
			j++
		default:
			l = link{la[i].to, la[i].sum + lb[j].sum}
			i++
			j++
		}
		if l.to != a && l.to != b {
			out = append(out, l)
		}
	}
	return out
}

// pair is a merge of groups a < b, the best of group g when it was
// queued (stamp tells whether it still is).
type pair struct {
	avg   float64
	a, b  int32
	g     int32
	stamp int32
}

// before orders pairs: the highest average first, then the lowest groups.
func (p pair) before(q pair) bool {
	if p.avg != q.avg {
		return p.avg > q.avg
	}
	return p.a < q.a || p.a == q.a && p.b < q.b
}

// pairHeap is a heap of pairs, the first by before at the top. Pairs
// appended before init are put in order by it; after, by up.
type pairHeap []pair

func (h pairHeap) less(i, j int) bool { return h[i].before(h[j]) }

func (h pairHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h *pairHeap) push(p pair) {
	*h = append(*h, p)
	h.up(len(*h) - 1)
}

func (h *pairHeap) pop() pair {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	h.down(0)
	return top
}

func (h pairHeap) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			return
		}
		h[i], h[parent] = h[parent], h[i]
		i = parent
	}
}

func (h pairHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		c := l
		if r := l + 1; r < len(h) && h.less(r, l) {
			c = r
		}
		if !h.less(c, i) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// finish turns the group of each doc into Groups, ordered, with their
// related groups.
func finish(docs []Doc, group []int32, links [][]link) []Group {
	idx := map[int32]int{}
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
	// a group's links lead to the groups it has a kept edge with: those
	// are its related groups
	for root, g := range idx {
		for _, l := range links[root] {
			out[g].Related = append(out[g].Related, idx[l.to])
		}
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
