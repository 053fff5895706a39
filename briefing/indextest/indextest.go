// Package indextest is the test table every briefing.Index runs: the
// embedded SQLite index and the PostgreSQL store answer the same queries
// on the embedded sample library with the same briefings, in the same
// order where the order is what a user sees.
//
// It imports sitrep/briefing only; the implementations import it in their
// tests.
package indextest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"sitrep/briefing"
)

// Samples is how many briefings the embedded sample library holds.
const Samples = 13

// Briefings of the sample library the table names.
const (
	Haiti = "2024-10-10-haiti-pont-sonde-massacre-toll-rises"
	Kenya = "2024-10-11-kenya-to-send-600-more-police-officers-to-haiti"
	Sudan = "2025-04-14-sudan-rsf-overruns-zamzam-camp"
	DRC   = "2025-02-06-drc-goma-toll-nears-3000"
)

// Case is one query and what it must find.
type Case struct {
	Query string
	// First is the briefing that must come first; Top the ones that must
	// fill the first places, in any order.
	First string
	Top   []string
	// Exactly these, in any order (None: no hit at all).
	Exactly []string
	None    bool
	// Some is a briefing that must be among the hits.
	Some string
}

// Cases is the table: ranking, prefixes, phrases, hyphenated names,
// accents, and every field filter.
var Cases = []Case{
	{Query: "Tawila", First: Sudan},
	{Query: "tawi*", First: Sudan},
	{Query: "tawi", None: true},
	{Query: `"Gran Grif"`, Top: []string{Haiti, Kenya}},
	{Query: "pont-sonde", First: Haiti},
	{Query: "Pont-Sondé", First: Haiti},
	{Query: `"sonde pont"`, None: true},
	{Query: "gang region:caribbean", Exactly: []string{Haiti, Kenya}},
	{Query: "region:caribbean", Exactly: []string{Haiti, Kenya}},
	{Query: "gang region:sahel", None: true},
	{Query: "country:kenya gang", Exactly: []string{Kenya}},
	{Query: "country:drc", Some: DRC},
	{Query: "country:congolese", Some: DRC},
	{Query: `country:"dr congo" goma`, Exactly: []string{DRC}},
	{Query: "source:wire", Exactly: []string{Kenya}},
	{Query: "source:ohchr gang", Exactly: []string{Haiti}},
	{Query: "gang since:2024-10-11", Exactly: []string{Kenya}},
	{Query: "gang until:2024-10-10", Exactly: []string{Haiti}},
	{Query: "region:caribbean role:killed", Exactly: []string{Haiti, Kenya}},
	{Query: "region:caribbean role:deployed", Exactly: []string{Kenya}},
	{Query: "region:caribbean role:detained", None: true},
	{Query: "source:%", None: true},
}

// Hostile are queries from other search syntaxes and from attackers: each
// parses to a QueryError or runs without error.
var Hostile = []string{
	`"`, `"gran`, `gran"grif`, `NEAR(gran grif)`, `gran OR grif`, `gran AND NOT grif`, `*`, `tawila*"*`,
	`title:tawila`, `'); DROP TABLE docs; --`, `" OR 1=1 --`, `{title summary}: gran`, `^gran`, `gran + grif`,
	"\x1b]52;c;aGk=\x07", strings.Repeat("(", 500), strings.Repeat(`"a" `, 30), `source:"'); DROP TABLE docs;--"`,
	`region:"`, `country:%`, `source:%`, `source:_`, `gran:* & !grif`, `'tawila':*`, `a <-> b`, `\'`,
}

// Run runs the table against ix, which holds the embedded sample library.
func Run(t *testing.T, ix briefing.Index) {
	ctx := context.Background()
	for _, c := range Cases {
		t.Run(c.Query, func(t *testing.T) {
			got := Search(t, ix, c.Query)
			switch {
			case c.First != "":
				if len(got) == 0 || got[0] != c.First {
					t.Errorf("%q: %q, want %s first", c.Query, got, c.First)
				}
			case c.Top != nil:
				if len(got) < len(c.Top) {
					t.Fatalf("%q: %q, want %q first", c.Query, got, c.Top)
				}
				for _, id := range c.Top {
					if !slices.Contains(got[:len(c.Top)], id) {
						t.Errorf("%q: %q, want %q first", c.Query, got, c.Top)
					}
				}
			case c.None:
				if len(got) != 0 {
					t.Errorf("%q: %q, want nothing", c.Query, got)
				}
			case c.Some != "":
				if !slices.Contains(got, c.Some) {
					t.Errorf("%q: %q lacks %s", c.Query, got, c.Some)
				}
			default:
				slices.Sort(got)
				want := slices.Sorted(slices.Values(c.Exactly))
				if !slices.Equal(got, want) {
					t.Errorf("%q: %q, want %q", c.Query, got, want)
				}
			}
		})
	}
	t.Run("hostile", func(t *testing.T) {
		for _, query := range Hostile {
			q, err := briefing.ParseQuery(query)
			if err != nil {
				var qe *briefing.QueryError
				if !errors.As(err, &qe) {
					t.Errorf("%q: %v", query, err)
				}
				continue
			}
			if _, err := ix.Search(ctx, q, 10); err != nil {
				t.Errorf("%q: %v", query, err)
			}
		}
		if got := Search(t, ix, ""); len(got) != Samples {
			t.Errorf("after hostile queries, the empty query finds %d briefings, want %d", len(got), Samples)
		}
	})
	t.Run("newest first without words", func(t *testing.T) {
		q, _ := briefing.ParseQuery("region:caribbean")
		hits, err := ix.Search(ctx, q, 10)
		if err != nil || len(hits) != 2 {
			t.Fatal(hits, err)
		}
		if hits[0].ID != Kenya || len(hits[0].Highlights) != 0 || hits[0].Snippet == "" {
			t.Errorf("first hit %+v, want %s with its summary unmarked", hits[0], Kenya)
		}
	})
	t.Run("snippet", func(t *testing.T) {
		for _, query := range []string{"Tawila", "tawi*", `"Gran Grif"`} {
			q, _ := briefing.ParseQuery(query)
			hits, err := ix.Search(ctx, q, 1)
			if err != nil || len(hits) == 0 {
				t.Fatal(hits, err)
			}
			h := hits[0]
			if len(h.Highlights) == 0 {
				t.Errorf("%q: no highlight in %q", query, h.Snippet)
			}
			want := strings.ToLower(strings.Trim(strings.TrimSuffix(query, "*"), `"`))
			for _, sp := range h.Highlights {
				if got := strings.ToLower(h.Snippet[sp.Start:sp.End]); !strings.HasPrefix(got, want) {
					t.Errorf("%q: highlight %q in %q", query, got, h.Snippet)
				}
			}
			if strings.ContainsAny(h.Snippet, "\x01\x02\n\x1b") {
				t.Errorf("%q: snippet holds control characters: %q", query, h.Snippet)
			}
			if h.Title == "" || h.Source == "" || h.Published.IsZero() || h.Score <= 0 {
				t.Errorf("%q: hit lacks metadata: %+v", query, h)
			}
		}
	})
	t.Run("stories", func(t *testing.T) {
		stories, err := ix.Stories(ctx)
		if err != nil || len(stories) == 0 {
			t.Fatal(len(stories), err)
		}
		st, ok, err := ix.StoryOf(ctx, Haiti)
		if err != nil || !ok || !slices.ContainsFunc(st.Briefings, func(b briefing.StoryBriefing) bool { return b.ID == Haiti }) {
			t.Errorf("story of %s: %+v %v %v", Haiti, st, ok, err)
		}
		rel, err := ix.Related(ctx, Haiti, 5)
		if err != nil || !slices.ContainsFunc(rel, func(r briefing.Related) bool { return r.ID == Kenya }) {
			t.Errorf("related to %s: %+v %v, want %s", Haiti, rel, err, Kenya)
		}
		events, err := ix.Theatre(ctx, briefing.TheatreFilter{Country: "Haiti"})
		if err != nil || len(events) == 0 {
			t.Errorf("Haiti's timeline: %d events, %v", len(events), err)
		}
	})
}

// Search runs a query and returns the IDs found, best first.
func Search(t *testing.T, ix briefing.Index, query string) []string {
	t.Helper()
	q, err := briefing.ParseQuery(query)
	if err != nil {
		t.Fatalf("%q: %v", query, err)
	}
	hits, err := ix.Search(context.Background(), q, 50)
	if err != nil {
		t.Fatalf("%q: %v", query, err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}
