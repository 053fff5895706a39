package story

import (
	"cmp"
	"math"
	"slices"
	"testing"

	"sitrep/briefing"
)

// relatedByScan is Related as it reads: every briefing of the library
// looked at, entity keys compared by name.
func relatedByScan(s *Set, id string) []briefing.Related {
	i := s.byID[id]
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
		if r, ok := relatedEntry(doc, same, rel, shared, score); ok {
			out = append(out, r)
		}
	}
	return out
}

// canonicalRelated orders related briefings so that two lists that differ
// only in the order of equal scores (sums of the same logs in another
// order) compare equal.
func canonicalRelated(rs []briefing.Related) []briefing.Related {
	rs = slices.Clone(rs)
	for i := range rs {
		rs[i].Score = math.Round(rs[i].Score*1e9) / 1e9
	}
	slices.SortFunc(rs, func(a, b briefing.Related) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), b.Published.Compare(a.Published), cmp.Compare(a.ID, b.ID))
	})
	return rs
}

// TestRelatedLooksAtEveryBriefing checks, for every briefing of the
// samples and the story set, that Related (which looks only at the
// briefings near it in date and those of its stories) lists the same
// briefings, with the same shared names and scores, as a scan of the
// whole library.
func TestRelatedLooksAtEveryBriefing(t *testing.T) {
	story, _ := storySet(t)
	for name, docs := range map[string][]Doc{"samples": sampleDocs(t), "storyset": story} {
		s := NewSet(docs)
		for _, d := range docs {
			got, err := s.Related(d.ID, len(docs))
			if err != nil {
				t.Fatal(err)
			}
			want := relatedByScan(s, d.ID)
			if len(want) == 0 {
				continue
			}
			if g, w := canonicalRelated(got), canonicalRelated(want); !slices.EqualFunc(g, w, func(a, b briefing.Related) bool {
				return a.ID == b.ID && a.SameStory == b.SameStory && a.Score == b.Score && slices.Equal(a.Shared, b.Shared)
			}) {
				t.Errorf("%s: Related(%s)\n got %v\nwant %v", name, d.ID, g, w)
			}
		}
	}
}
