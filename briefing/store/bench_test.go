package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/librarytest"
	"sitrep/briefing/store/pgtest"
)

// benchSizes are the library sizes of the benchmarks: SITREP_BENCH_SIZES
// (comma-separated), else 10000. The note's 100,000 figures come from
// SITREP_BENCH_SIZES=100000.
func benchSizes(b *testing.B) []int {
	spec := os.Getenv("SITREP_BENCH_SIZES")
	if spec == "" {
		spec = "10000"
	}
	var out []int
	for _, s := range strings.Split(spec, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			b.Fatalf("SITREP_BENCH_SIZES: %q is not a size", s)
		}
		out = append(out, n)
	}
	return out
}

// BenchmarkSearch runs the same queries against the PostgreSQL store and
// the embedded index over one generated library. The store's time is the
// round trip to a server on a Unix socket of this machine (its CPU is not
// the benchmark process's, so only wall time is comparable).
func BenchmarkSearch(b *testing.B) {
	pgtest.Need(b, server)
	queries := []string{"Tawila", `"Gran Grif"`, "tawi*", "attack region:sahel", "country:drc since:2024-06-01",
		"role:killed source:reuters goma", "ceasefire talks doha", "region:sahel"}
	ctx := context.Background()
	for _, n := range benchSizes(b) {
		fsys := librarytest.FS(n, 1)
		s, err := Open(ctx, server.Database(b), Options{MaxConns: 4})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if st, err := s.Import(ctx, fsys); err != nil || st.Added != n {
			b.Fatalf("import: %+v %v", st, err)
		}
		b.Logf("%d briefings: store import %v", n, time.Since(start).Round(time.Millisecond))
		ix, err := index.Open(filepath.Join(b.TempDir(), "x.db"))
		if err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		if _, err := ix.Update(ctx, fsys, nil); err != nil {
			b.Fatal(err)
		}
		b.Logf("%d briefings: index build %v", n, time.Since(start).Round(time.Millisecond))
		if _, err := s.pool.Exec(ctx, "VACUUM ANALYZE"); err != nil {
			b.Fatal(err)
		}
		for _, query := range queries {
			q, err := briefing.ParseQuery(query)
			if err != nil {
				b.Fatal(err)
			}
			for _, c := range []struct {
				name string
				ix   briefing.Index
			}{{"postgres", s}, {"sqlite", ix}} {
				b.Run(fmt.Sprintf("%d/%s/%s", n, c.name, query), func(b *testing.B) {
					hits := 0
					for b.Loop() {
						h, err := c.ix.Search(ctx, q, 20)
						if err != nil {
							b.Fatal(err)
						}
						hits = len(h)
					}
					b.ReportMetric(float64(hits), "hits")
				})
			}
		}
		ix.Close()
		s.Close()
	}
}
