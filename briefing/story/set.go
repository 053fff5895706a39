package story

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"sitrep/briefing"
)

// Set is the stories of a library: its docs clustered once, with which
// story holds each doc. An index or a store keeps one per generation of
// the library and answers Stories, StoryOf and Related from it.
type Set struct {
	docs    []Doc
	byID    map[string]int
	stories []briefing.Story
	storyOf []int // story index of each doc
}

// NewSet clusters docs into stories (Cluster with DefaultOptions, then
// Build).
func NewSet(docs []Doc) *Set {
	s := &Set{docs: docs, byID: make(map[string]int, len(docs)), storyOf: make([]int, len(docs))}
	for i, doc := range docs {
		s.byID[doc.ID] = i
	}
	groups := Cluster(docs, DefaultOptions())
	s.stories = Build(docs, groups)
	for g, grp := range groups {
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
// limit is not positive).
func (s *Set) Related(id string, limit int) ([]briefing.Related, error) {
	i, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("no briefing %q", id)
	}
	if limit <= 0 {
		limit = 10
	}
	me := s.docs[i]
	mine := EntityKeys(me)
	df := map[string]int{}
	for _, doc := range s.docs {
		for k := range EntityKeys(doc) {
			if mine[k] {
				df[k]++
			}
		}
	}
	st := s.stories[s.storyOf[i]]
	var out []briefing.Related
	for j, doc := range s.docs {
		if j == i {
			continue
		}
		same := s.storyOf[j] == s.storyOf[i]
		rel := slices.Contains(st.Related, s.stories[s.storyOf[j]].ID)
		if !same && !rel && (me.Published.IsZero() || doc.Published.IsZero() ||
			math.Abs(me.Published.Sub(doc.Published).Hours()/24) > relatedWindow) {
			continue
		}
		var shared []string
		score := 0.0
		for k := range EntityKeys(doc) {
			if mine[k] && k[0] != 'c' {
				shared = append(shared, k[2:])
				score += math.Log(1 + float64(len(s.docs))/float64(df[k]))
			}
		}
		if !same && !rel && len(shared) == 0 {
			continue
		}
		switch {
		case same:
			score += 100
		case rel:
			score += 50
		}
		slices.Sort(shared)
		out = append(out, briefing.Related{ID: doc.ID, Title: doc.Title, Published: doc.Published,
			SameStory: same, Shared: shared, Score: score})
	}
	slices.SortStableFunc(out, func(a, b briefing.Related) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), b.Published.Compare(a.Published))
	})
	return out[:min(len(out), limit)], nil
}
