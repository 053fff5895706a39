package wordindex

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// scanHit is the best hit of word in doc by reading its fields: what the
// index must answer without reading them.
func scanHit(fields int, doc Doc, word string) Hit {
	word = strings.ToLower(word)
	var best Hit
	for f, text := range doc.Fields {
		start, inside := find(strings.ToLower(text), word)
		var h Hit
		switch {
		case start >= 0:
			h = hitOf(uint32(2*fields-f), start)
		case inside >= 0:
			h = hitOf(uint32(fields-f), inside)
		}
		best = max(best, h)
	}
	return best
}

// search is Starts, then Inside when some slot has no word start.
func search(ix *Index, word string) []Hit {
	acc := make([]Hit, ix.Len())
	ix.Starts(word, acc)
	var need []int
	for sl, h := range acc {
		if !h.Start(ix.Fields()) {
			need = append(need, sl)
		}
	}
	if len(need) > 0 {
		ix.Inside(word, acc, need)
	}
	return acc
}

var pieces = []string{"Goma", "goma,", "(Goma)", "al-Shabaab", "Al-shabaab's", "displaced", "displace", "misplaced",
	"2,000", "2000", "Pont-Sondé", "sondé", "ÉTAT", "état-major", "u.s.", "US", "kharkiv", "Kharkiv.", "—", "x", "İstanbul"}

func randomDocs(r *rand.Rand, n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		var f [2]strings.Builder
		for k := range f {
			for range 1 + r.IntN(12) {
				f[k].WriteString(pieces[r.IntN(len(pieces))])
				f[k].WriteString([]string{" ", "  ", "\n", "-", ""}[r.IntN(5)])
			}
		}
		docs[i] = Doc{Key: fmt.Sprint("doc", i), Fields: []string{f[0].String(), f[1].String()}}
	}
	return docs
}

var queries = []string{"g", "go", "gom", "goma", "goma,", "(goma", "oma", "shabaab", "al-", "-shab", "l-s", "displac",
	"placed", "2", "2,0", ",000", "000", "sond", "ondé", "é", "état", "tat-", "u.s", ".s.", "s", "kharkiv.", "v.", "—", "i̇st", "zzz", "a"}

// TestIndexFindsAsAScan: over random documents of words, punctuation and
// accents, the index gives every document the hit a scan of its text gives,
// for words, word parts and words with punctuation.
func TestIndexFindsAsAScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	docs := randomDocs(r, 400)
	ix := Build(2, len(docs), func(i int) Doc { return docs[i] })
	for _, q := range queries {
		got := search(ix, q)
		for i, d := range docs {
			if want := scanHit(2, d, q); got[i] != want {
				t.Fatalf("%q in %q: index %v (field %d start %v pos %d), scan %v (field %d start %v pos %d)", q, d.Fields,
					got[i], got[i].Field(2), got[i].Start(2), got[i].Pos(), want, want.Field(2), want.Start(2), want.Pos())
			}
		}
	}
}

// TestUpdateFindsAsABuild: after documents are added, changed and removed,
// in several updates (and the merge of their segments), the index answers
// as one built afresh for the documents now there.
func TestUpdateFindsAsABuild(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	docs := randomDocs(r, 200)
	ix := Build(2, len(docs), func(i int) Doc { return docs[i] })
	for round := range 2 * maxSegments {
		var changed []Doc
		next := make([]Doc, 0, len(docs))
		for _, d := range docs {
			switch r.IntN(20) {
			case 0: // removed
				continue
			case 1: // changed
				d = Doc{Key: d.Key, Fields: randomDocs(r, 1)[0].Fields}
				changed = append(changed, d)
			}
			next = append(next, d)
		}
		for k := range 5 { // added, among the others
			d := randomDocs(r, 1)[0]
			d.Key = fmt.Sprint("new", round, k)
			at := r.IntN(len(next) + 1)
			next = append(next[:at], append([]Doc{d}, next[at:]...)...)
			changed = append(changed, d)
		}
		order := make([]string, len(next))
		for i, d := range next {
			order[i] = d.Key
		}
		ix, docs = ix.Update(order, slices.Values(changed)), next
		if len(ix.segs) > ix.built+maxSegments {
			t.Fatalf("round %d: %d segments kept", round, len(ix.segs))
		}
		for _, q := range queries {
			got := search(ix, q)
			for i, d := range docs {
				if want := scanHit(2, d, q); got[i] != want {
					t.Fatalf("round %d: %q in %s: index %v, scan %v", round, q, d.Key, got[i], want)
				}
			}
		}
	}
}

// TestWithinWord: the fewest other letters of a word holding q's letters
// in order, in the field asked only.
func TestWithinWord(t *testing.T) {
	docs := []Doc{
		{Key: "a", Fields: []string{"Kharkiv region", "sudan"}},
		{Key: "b", Fields: []string{"the Sudanese army", ""}},
		{Key: "c", Fields: []string{"Sudan", ""}},
	}
	ix := Build(2, len(docs), func(i int) Doc { return docs[i] })
	acc := make([]uint32, 3)
	ix.WithinWord("sdn", 0, acc)
	for i, want := range []int{-1, 5, 2} {
		got := -1
		if acc[i] != 0 {
			got = int(^acc[i])
		}
		if got != want {
			t.Errorf("doc %d: slack %d, want %d", i, got, want)
		}
	}
}

// TestBuildInPartsFindsAsAScan: a set large enough to be built by several
// goroutines, each a part, answers as a scan, before and after an update.
func TestBuildInPartsFindsAsAScan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	docs := randomDocs(r, 2*buildPart+7)
	ix := Build(2, len(docs), func(i int) Doc { return docs[i] })
	check := func(when string) {
		for _, q := range []string{"goma", "placed", "al-", "x"} {
			got := search(ix, q)
			for i, d := range docs {
				if want := scanHit(2, d, q); got[i] != want {
					t.Fatalf("%s: %q in %s: index %v, scan %v", when, q, d.Key, got[i], want)
				}
			}
		}
	}
	check("built")
	changed := Doc{Key: docs[buildPart+1].Key, Fields: []string{"Goma", "x al-"}}
	docs = append([]Doc{{Key: "first", Fields: []string{"misplaced", ""}}}, docs...)
	docs[buildPart+2] = changed
	docs = slices.Delete(docs, 10, 12)
	order := make([]string, len(docs))
	for i, d := range docs {
		order[i] = d.Key
	}
	ix = ix.Update(order, slices.Values([]Doc{docs[0], changed}))
	check("updated")
}

// TestInsideForAFewSlots: asked for a few slots, Inside reads around them
// in long lists, and gives them the hits a scan gives.
func TestInsideForAFewSlots(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	docs := randomDocs(r, 3000)
	ix := Build(2, len(docs), func(i int) Doc { return docs[i] })
	for _, q := range []string{"oma", "laced", "a", "s", "habaa"} {
		acc := make([]Hit, ix.Len())
		ix.Starts(q, acc)
		var need []int
		for sl := 0; sl < len(docs); sl += 1 + r.IntN(200) {
			need = append(need, sl)
		}
		ix.Inside(q, acc, need)
		for _, sl := range need {
			if want := scanHit(2, docs[sl], q); acc[sl] != want {
				t.Fatalf("%q in %s: index %v, scan %v", q, docs[sl].Key, acc[sl], want)
			}
		}
	}
}

// TestLetterSummariesFindAsTheLists: a key of one common letter reads its
// summary instead of the lists of every word it starts or is inside; the
// hits are those of the lists, in memory and on disk (merged from parts).
func TestLetterSummariesFindAsTheLists(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	docs := randomDocs(r, 600)
	doc := func(i int) Doc { return docs[i] }
	onDisk, err := buildOnDisk(t.TempDir(), "", 0, 2, len(docs), 150, doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, ix := range []*Index{Build(2, len(docs), doc), onDisk} {
		bare := &Index{fields: ix.fields, slots: ix.slots, built: ix.built, slotOf: ix.slotOf}
		starts := 0
		for _, seg := range ix.segs {
			for _, l := range seg.words.letters {
				if l.start {
					starts++
				}
			}
			plain := *seg
			plain.words.letters = nil
			bare.segs = append(bare.segs, &plain)
		}
		if starts == 0 {
			t.Fatal("no letter has a summary of the words it starts: the test reads no summary")
		}
		for _, q := range []string{"g", "d", "s", "a", "k", "u", "2", "é", "x"} {
			got, want := make([]Hit, ix.Len()), make([]Hit, ix.Len())
			ix.Starts(q, got)
			bare.Starts(q, want)
			if !slices.Equal(got, want) {
				t.Fatalf("Starts(%q) with the letter summaries differs from the lists", q)
			}
			if got, want := search(ix, q), search(bare, q); !slices.Equal(got, want) {
				t.Fatalf("%q with the letter summaries differs from the lists", q)
			}
		}
	}
}
