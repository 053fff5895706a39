package wordindex

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// openKeptStamps is OpenKept with the stamps it gives, by slot.
func openKeptStamps(path string, version uint32, fields int) (*Index, []string, error) {
	var stamps []string
	ix, err := OpenKept(path, version, fields, func(slot int, _ string, stamp []byte) {
		if slot != len(stamps) {
			panic("stamps out of order")
		}
		stamps = append(stamps, string(stamp))
	})
	return ix, stamps, err
}

// stampedDocs are random documents, each with a stamp of its own.
func stampedDocs(r *rand.Rand, n int) []Doc {
	docs := randomDocs(r, n)
	for i := range docs {
		docs[i].Stamp = fmt.Sprintf("file %d, %d bytes", i, r.IntN(1<<20))
	}
	return docs
}

// keptFile builds the kept index of docs at a path of dir, in parts of
// part documents.
func keptFile(t testing.TB, dir string, docs []Doc, part int) string {
	t.Helper()
	path := filepath.Join(dir, "lib.words")
	if _, err := buildOnDisk(dir, filepath.Base(path), 7, 2, len(docs), part, func(i int) Doc { return docs[i] }); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestKeptIndexAnswersAsInMemory: an index kept on disk (BuildKept), opened
// again as a later process would (OpenKept), answers every query as the
// index built in memory does, gives back each document's stamp by slot,
// and is brought up to date by Update; the file is the only one left in
// its directory, readable by its owner alone.
func TestKeptIndexAnswersAsInMemory(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	docs := stampedDocs(r, 3000)
	dir := t.TempDir()
	path := keptFile(t, dir, docs, 700)
	left, _ := os.ReadDir(dir)
	if len(left) != 1 || left[0].Name() != "lib.words" {
		t.Fatalf("files in the directory: %v, want the kept index alone", left)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("kept index: %v, %v; want mode 0600", fi, err)
	}
	ix, stamps, err := openKeptStamps(path, 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if stamps[i] != d.Stamp {
			t.Fatalf("slot %d: stamp %q, want %q", i, stamps[i], d.Stamp)
		}
	}
	mem := Build(2, len(docs), func(i int) Doc { return docs[i] })
	answersAsInMemory(t, r, ix, mem, docs)
}

// TestBuildKeptReplacesTheFile: a build kept where one was kept before
// replaces it, and an index mapped from the old file still answers as it
// did (another process reading it while one rebuilds); what an earlier
// build cut short left an hour ago is removed, not what one is writing.
func TestBuildKeptReplacesTheFile(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	dir := t.TempDir()
	old := stampedDocs(r, 400)
	path := keptFile(t, dir, old, 100)
	was, _, err := openKeptStamps(path, 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	before := search(was, "goma")
	stale, fresh := filepath.Join(dir, "sitrep-words-1.tmp"), filepath.Join(dir, "sitrep-words-2.tmp")
	os.WriteFile(stale, []byte("cut short"), 0o600)
	os.WriteFile(fresh, []byte("being written"), 0o600)
	hourAgo := time.Now().Add(-61 * time.Minute)
	os.Chtimes(stale, hourAgo, hourAgo)
	docs := []Doc{{Key: "only", Fields: []string{"Kharkiv", ""}, Stamp: "new"}}
	if _, err := BuildKept(path, 7, 2, len(docs), func(i int) Doc { return docs[i] }); err != nil {
		t.Fatal(err)
	}
	now, stamps, err := openKeptStamps(path, 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	if now.Len() != 1 || stamps[0] != "new" || search(now, "kharkiv")[0] == 0 {
		t.Errorf("after the rebuild: %d slots, stamps %q", now.Len(), stamps)
	}
	if got := search(was, "goma"); !slices.Equal(got, before) {
		t.Error("the index mapped from the replaced file answers otherwise")
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a build's file cut short an hour ago is left")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a build's file being written was removed")
	}
}

// TestOpenKeptRefuses: a file that is not a whole kept index of this
// version and these fields, or that is not a regular file reached without
// a symbolic link, is an error naming it and saying why: never a panic.
func TestOpenKeptRefuses(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	dir := t.TempDir()
	path := keptFile(t, dir, stampedDocs(r, 300), 100)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	patched := func(at int, v uint64, size int) []byte {
		b := slices.Clone(good)
		if size == 4 {
			binary.LittleEndian.PutUint32(b[at:], uint32(v))
		} else {
			binary.LittleEndian.PutUint64(b[at:], v)
		}
		return b
	}
	link := filepath.Join(dir, "link.words")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.words")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path, why string
		fields          int
		version         uint32
	}{
		{"missing", filepath.Join(dir, "none.words"), "no such file", 2, 7},
		{"a symbolic link", link, "not a regular file", 2, 7},
		{"a named pipe", fifo, "not a regular file", 2, 7},
		{"a directory", dir, "not a regular file", 2, 7},
		{"empty", write("empty", nil), "shorter than a header", 2, 7},
		{"another file", write("other", []byte(strings.Repeat("sitrep ", 200))), "no magic", 2, 7},
		{"another format", write("format", patched(8, FormatVersion+1, 4)), "of format", 2, 7},
		{"another version of the documents", path, "of version 7, not 8", 2, 8},
		{"other fields", path, "of 2 fields, not 3", 3, 7},
		{"a section past the end", write("past", patched(headerSize-16, uint64(len(good)), 8)), "past the file", 2, 7},
		{"truncated", write("truncated", good[:len(good)-1]), "past the file", 2, 7},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := openKeptStamps(c.path, c.version, c.fields)
			if err == nil || !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.why) {
				t.Errorf("error %v, want one naming %s and saying %q", err, c.path, c.why)
			}
		})
	}
	// Lengths short of the whole, and bytes of every section changed (the
	// first and last of each, and others at random): refused, or (a byte
	// whose change keeps the file whole, as in a term's text or a
	// position) an index that answers without panicking.
	for n := 0; n < len(good); n += 1 + n/20 {
		if _, _, err := openKeptStamps(write("short", good[:n]), 7, 2); err == nil {
			t.Fatalf("cut to %d of %d bytes: opened", n, len(good))
		}
	}
	h, err := decodeHeader(good, int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	var changes []int
	for _, s := range h.sec {
		if s.n > 0 {
			changes = append(changes, int(s.off), int(s.off+s.n-1))
		}
	}
	for range 1500 {
		changes = append(changes, headerSize+r.IntN(len(good)-headerSize))
	}
	refused := 0
	for _, at := range changes {
		b := slices.Clone(good)
		b[at] ^= 0x81
		ix, _, err := openKeptStamps(write("changed", b), 7, 2)
		if err != nil {
			refused++
			continue
		}
		queryAll(ix)
	}
	if refused == 0 {
		t.Error("no changed byte was refused")
	}
}

// queryAll asks ix every query every way, as the filter does.
func queryAll(ix *Index) {
	for _, q := range queries {
		search(ix, q)
		acc := make([]Hit, ix.Len())
		ix.Inside(q, acc, []int{0, ix.Len() / 2, max(ix.Len()-1, 0)})
		ix.WithinWord(q, 0, make([]uint32, ix.Len()))
	}
}

// FuzzOpenKept: whatever the bytes of a kept file, OpenKept refuses them
// with an error or gives an index that answers every query, and an update,
// without panicking.
func FuzzOpenKept(f *testing.F) {
	r := rand.New(rand.NewPCG(27, 28))
	good, err := os.ReadFile(keptFile(f, f.TempDir(), stampedDocs(r, 40), 16))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:headerSize])
	f.Add(good[:len(good)/2])
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "fuzz.words")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		ix, stamps, err := openKeptStamps(path, 7, 2)
		if err != nil {
			return
		}
		if len(stamps) != ix.Len() {
			t.Fatalf("%d stamps for %d slots", len(stamps), ix.Len())
		}
		queryAll(ix)
		order := append([]string{"new"}, ix.segs[0].keys...)
		queryAll(ix.Update(order, slices.Values([]Doc{{Key: "new", Fields: []string{"goma", ""}}})))
	})
}
