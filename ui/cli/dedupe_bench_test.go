package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"sitrep/briefing/ingest"
	"sitrep/briefing/librarytest"
)

// BenchmarkSameText is the import's same-article check on a library of
// generated briefings (SITREP_BENCH_DEDUPE of them, 2,000 by default):
// without an index (every body read) and with one up to date.
func BenchmarkSameText(b *testing.B) {
	n := 2000
	if s := os.Getenv("SITREP_BENCH_DEDUPE"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	dir := filepath.Join(b.TempDir(), "lib")
	if err := librarytest.Write(dir, n, 11); err != nil {
		b.Fatal(err)
	}
	cache, empty := b.TempDir(), b.TempDir()
	b.Setenv("XDG_CACHE_HOME", cache)
	ix, err := OpenIndex(context.Background(), Source{Dir: dir}, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	a := &ingest.Article{Body: otherArticle}
	for _, c := range []struct{ name, cache string }{{"files", empty}, {"index", cache}} {
		b.Run(c.name, func(b *testing.B) {
			b.Setenv("XDG_CACHE_HOME", c.cache)
			b.ReportAllocs()
			for b.Loop() {
				if id, ok := sameTextIn(dir, a); ok {
					b.Fatalf("found in %s", id)
				}
			}
		})
	}
}
