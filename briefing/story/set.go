package story

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"sitrep/briefing"
)

// Set is the stories of a library: its docs clustered once, with which
// story holds each doc. An index or a store keeps one per generation of
// the library and answers Stories, StoryOf and Related from it.
type Set struct {
	docs    []Doc
	byID    map[string]int
	groups  []Group
	stories []briefing.Story
	storyOf []int // story index of each doc

	// for Related: each doc's entity keys (ids into keyName, ascending),
	// how many docs have each key, and the dated docs by date
	keys    [][]int32
	keyName []string
	keyDF   []int32
	byDate  []int32
}

// NewSet clusters docs into stories (Cluster with DefaultOptions, then
// Build).
func NewSet(docs []Doc) *Set {
	s := &Set{docs: docs, byID: make(map[string]int, len(docs)), storyOf: make([]int, len(docs)),
		keys: make([][]int32, len(docs))}
	for i, doc := range docs {
		s.byID[doc.ID] = i
	}
	fs, ks := prepare(docs)
	for i, f := range fs {
		s.keys[i] = f.ents
		if !docs[i].Published.IsZero() {
			s.byDate = append(s.byDate, int32(i))
		}
	}
	s.keyName, s.keyDF = ks.names, ks.df
	slices.SortStableFunc(s.byDate, func(a, b int32) int { return docs[a].Published.Compare(docs[b].Published) })
	s.groups = cluster(docs, fs, ks, DefaultOptions())
	s.stories = Build(docs, s.groups)
	for g, grp := range s.groups {
		for _, i := range grp.Members {
			s.storyOf[i] = g
		}
	}
	return s
}

// Stories are the stories, newest first.
func (s *Set) Stories() []briefing.Story { return s.stories }

// StoryOf returns the story that holds the briefing id.
func (s *Set) StoryOf(id string) (briefing.Story, bool) {
	i, ok := s.byID[id]
	if !ok {
		return briefing.Story{}, false
	}
	return s.stories[s.storyOf[i]], true
}

// relatedWindow is how far apart in days related briefings may be.
const relatedWindow = 45

// Related lists the briefings that share a story or places, armed groups
// and people with id, published within 45 days of it: the briefings of
// its story first, then those of related stories, then by the weight of
// what they share (rarer entities weigh more); at most limit (10 when
// limit is not positive). It looks only at the briefings of the story
// and its related stories and at those published within the 45 days, so
// that its time does not grow with the library.
func (s *Set) Related(id string, limit int) ([]briefing.Related, error) {
	i, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("no briefing %q", id)
	}
	if limit <= 0 {
		limit = 10
	}
	me := s.docs[i]
	g := s.storyOf[i]
	related := make(map[int]bool, len(s.groups[g].Related))
	var cands []int
	for _, r := range s.groups[g].Related {
		related[r] = true
		cands = append(cands, s.groups[r].Members...)
	}
	cands = append(cands, s.groups[g].Members...)
	if !me.Published.IsZero() {
		// a day more each side than the window: the test below decides
		span := (relatedWindow + 1) * 24 * time.Hour
		from, _ := slices.BinarySearchFunc(s.byDate, me.Published.Add(-span), s.byPublished)
		to, _ := slices.BinarySearchFunc(s.byDate, me.Published.Add(span), s.byPublished)
		for _, j := range s.byDate[from:min(to+1, len(s.byDate))] {
			cands = append(cands, int(j))
		}
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	var out []briefing.Related
	for _, j := range cands {
		if j == i {
			continue
		}
		doc := s.docs[j]
		same := s.storyOf[j] == g
		rel := related[s.storyOf[j]]
		if !same && !rel && (me.Published.IsZero() || doc.Published.IsZero() ||
			math.Abs(me.Published.Sub(doc.Published).Hours()/24) > relatedWindow) {
			continue
		}
		var shared []string
		score := 0.0
		for k := range common(s.keys[i], s.keys[j]) {
			if name := s.keyName[s.keys[i][k]]; name[0] != 'c' {
				shared = append(shared, name[2:])
				score += math.Log(1 + float64(len(s.docs))/float64(s.keyDF[s.keys[i][k]]))
			}
		}
		if r, ok := relatedEntry(doc, same, rel, shared, score); ok {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b briefing.Related) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), b.Published.Compare(a.Published))
	})
	return out[:min(len(out), limit)], nil
}

// relatedEntry is doc as a related briefing, if it is one: of the same
// story, of a related story, or sharing names (the weight of which is
// score); the story counts before what is shared.
func relatedEntry(doc Doc, same, rel bool, shared []string, score float64) (briefing.Related, bool) {
	if !same && !rel && len(shared) == 0 {
		return briefing.Related{}, false
	}
	switch {
	case same:
		score += 100
	case rel:
		score += 50
	}
	slices.Sort(shared)
	return briefing.Related{ID: doc.ID, Title: doc.Title, Published: doc.Published,
		SameStory: same, Shared: shared, Score: score}, true
}

func (s *Set) byPublished(j int32, t time.Time) int { return s.docs[j].Published.Compare(t) }
