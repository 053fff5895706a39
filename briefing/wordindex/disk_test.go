package wordindex

import (
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestBuildOnDiskAnswersAsInMemory: an index built on disk in parts (its
// postings merged into one segment and mapped) answers every query as the
// index built in memory does and as a scan does, for all slots and for a
// few (read from the skips of long lists), the letters in order included,
// before and after an update; and it leaves no file behind.
func TestBuildOnDiskAnswersAsInMemory(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	docs := randomDocs(r, 3000)
	dir := t.TempDir()
	mem := Build(2, len(docs), func(i int) Doc { return docs[i] })
	disk, err := buildOnDisk(dir, "", 0, 2, len(docs), 700, func(i int) Doc { return docs[i] })
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("files left in the directory: %v", left)
	}
	answersAsInMemory(t, r, disk, mem, docs)
}

// answersAsInMemory checks that disk, an index of docs on disk, answers
// every query as mem, the index built in memory, does and as a scan
// does, for all slots and for a few (read from the skips of long lists),
// the letters in order included, before and after an update.
func answersAsInMemory(t *testing.T, r *rand.Rand, disk, mem *Index, docs []Doc) {
	t.Helper()
	if disk.Segments() != 1 {
		t.Fatalf("%d segments, want the parts merged into one", disk.Segments())
	}
	if len(disk.segs[0].words.letters) == 0 {
		t.Error("no letter summary merged")
	}
	runtime.GC() // nothing of the mapping is released while the index is in use
	for _, q := range queries {
		got, want := search(disk, q), search(mem, q)
		for i, d := range docs {
			if got[i] != want[i] || got[i] != scanHit(2, d, q) {
				t.Fatalf("%q in %s: on disk %v, in memory %v, scan %v", q, d.Key, got[i], want[i], scanHit(2, d, q))
			}
		}
		var need []int
		for sl := 0; sl < len(docs); sl += 1 + r.IntN(300) {
			need = append(need, sl)
		}
		acc := make([]Hit, disk.Len())
		disk.Starts(q, acc)
		disk.Inside(q, acc, need)
		for _, sl := range need {
			if want := scanHit(2, docs[sl], q); acc[sl] != want {
				t.Fatalf("%q in %s, a few slots asked: on disk %v, scan %v", q, docs[sl].Key, acc[sl], want)
			}
		}
		for field := range 2 {
			a, b := make([]uint32, len(docs)), make([]uint32, len(docs))
			disk.WithinWord(q, field, a)
			mem.WithinWord(q, field, b)
			if !slices.Equal(a, b) {
				t.Fatalf("letters of %q in order, field %d: on disk and in memory differ", q, field)
			}
		}
	}
	changed := Doc{Key: docs[5].Key, Fields: []string{"Goma misplaced", "x"}}
	next := append([]Doc{{Key: "first", Fields: []string{"al-shabaab", ""}}}, docs...)
	next[6] = changed
	next = slices.Delete(next, 100, 103)
	order := make([]string, len(next))
	for i, d := range next {
		order[i] = d.Key
	}
	up := disk.Update(order, slices.Values([]Doc{next[0], changed}))
	if up.Overlay() != 2 {
		t.Errorf("overlay of an update of 2 documents: %d", up.Overlay())
	}
	for _, q := range queries {
		got := search(up, q)
		for i, d := range next {
			if want := scanHit(2, d, q); got[i] != want {
				t.Fatalf("updated: %q in %s: %v, scan %v", q, d.Key, got[i], want)
			}
		}
	}
}

// TestBuildOnDiskEmpty: no documents, or documents with no words, make an
// index that finds nothing.
func TestBuildOnDiskEmpty(t *testing.T) {
	for _, docs := range [][]Doc{nil, {{Key: "a", Fields: []string{"", " "}}}} {
		ix, err := BuildOnDisk(t.TempDir(), 2, len(docs), func(i int) Doc { return docs[i] })
		if err != nil {
			t.Fatal(err)
		}
		if got := search(ix, "a"); slices.ContainsFunc(got, func(h Hit) bool { return h != 0 }) {
			t.Errorf("%v: found %v", docs, got)
		}
	}
}

// TestBuildOnDiskNamesItsDirectory: a directory it cannot write in is
// named in the error.
func TestBuildOnDiskNamesItsDirectory(t *testing.T) {
	_, err := BuildOnDisk("/nonexistent/sitrep", 2, 1, func(int) Doc { return Doc{Key: "a"} })
	if err == nil || !contains(err.Error(), "/nonexistent/sitrep") {
		t.Errorf("error %v does not name the directory", err)
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && (s[:len(sub)] == sub || contains(s[1:], sub))
}

// TestAppendLowerIsToLower: the lower-casing the index is built with gives
// the bytes strings.ToLower gives (positions are offsets in them), for
// accents, letters whose lower case is longer or shorter, and invalid bytes.
func TestAppendLowerIsToLower(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	alphabet := []string{"A", "z", "É", "İ", "Ⱥ", "ẞ", "Σ", "\xff", "\xe2\x82", "\uFFFD", " ", "-", "K", "ǅ", "1"}
	for range 2000 {
		var s []byte
		for range r.IntN(12) {
			s = append(s, alphabet[r.IntN(len(alphabet))]...)
		}
		if got, want := string(appendLower([]byte("x"), string(s))[1:]), strings.ToLower(string(s)); got != want {
			t.Fatalf("%q: %q, strings.ToLower %q", s, got, want)
		}
	}
}
