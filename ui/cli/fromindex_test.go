package cli_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
	"sitrep/ui/cli"
)

// listOutput is what sitrep list writes for lib, table or JSON, with the
// warnings about skipped files.
func listOutput(t *testing.T, lib *briefing.Library, asJSON bool) string {
	t.Helper()
	var out bytes.Buffer
	cli.ReportProblems(&out, lib)
	if err := cli.List(&out, lib, asJSON); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestListFromIndexAsFromFiles checks that a list answered from the
// index, after the files changed under it in every way an analyst or a
// sync changes them, is byte for byte the list read from the files.
func TestListFromIndexAsFromFiles(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	if err := librarytest.Write(dir, 200, 7); err != nil {
		t.Fatal(err)
	}
	write := func(name, data string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("broken.md", "no front matter\n")
	write("deep/dup.md", "---\ntitle: Deeper duplicate\npublished: 2024-01-02\n---\nBody.\n")
	write("dup.md", "---\ntitle: Shallow duplicate\npublished: 2024-01-03\ncountries: [\"Côte d'Ivoire\", \"a\\\"b\"]\n---\nBody.\n")
	src := cli.Source{Dir: dir, Why: "test"}
	ix, err := cli.OpenIndex(context.Background(), src, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()

	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	// After indexing: one file edited (same size, new time), one removed,
	// one added, one made unreadable as a briefing, one fixed.
	edited := filepath.Join(dir, entries[3].Name())
	data, err := os.ReadFile(edited)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte("title: ")) + len("title: ")
	data[i] = 'Q' // same size: only the time tells
	if err := os.WriteFile(edited, data, 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	os.Chtimes(edited, later, later)
	if err := os.Remove(filepath.Join(dir, entries[5].Name())); err != nil {
		t.Fatal(err)
	}
	write("zz-new.md", "---\ntitle: Added after the index\npublished: 2025-05-05\nregion: Sahel\n---\nNew.\n")
	write(entries[7].Name(), "---\ntitle: [not, a, title]\n---\n")
	write("broken.md", "---\ntitle: Fixed now\n---\n")

	for _, asJSON := range []bool{false, true} {
		t.Run(fmt.Sprintf("json=%v", asJSON), func(t *testing.T) {
			want, err := src.Open()
			if err != nil {
				t.Fatal(err)
			}
			got, err := src.OpenFromIndex(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if g, w := listOutput(t, got, asJSON), listOutput(t, want, asJSON); g != w {
				t.Errorf("list from the index differs from the files:\n%s\nwant\n%s", g, w)
			}
		})
	}
}

// TestListFromIndexUsesIt checks that the stored headers are there to
// be used: the index holds every briefing the files do.
func TestListFromIndexUsesIt(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	if err := librarytest.Write(dir, 50, 3); err != nil {
		t.Fatal(err)
	}
	src := cli.Source{Dir: dir, Why: "test"}
	if hs, err := src.StoredHeaders(context.Background()); err != nil || hs != nil {
		t.Fatalf("before any index: %d headers, %v; want none and no index made", len(hs), err)
	}
	ix, err := cli.OpenIndex(context.Background(), src, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	hs, err := src.StoredHeaders(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]briefing.StoredHeader{}
	for _, h := range hs {
		byPath[h.Briefing.Path] = h
	}
	_, st, err := briefing.LoadStored(briefing.DirFS(dir), func() map[string]briefing.StoredHeader { return byPath })
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != 50 || st.Read != 0 {
		t.Errorf("loading from a fresh index: %+v, want all 50 stored and none read", st)
	}
}
