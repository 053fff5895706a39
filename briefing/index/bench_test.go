package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// benchSizes are the library sizes of the benchmarks: SITREP_BENCH_SIZES
// (comma-separated), else 1000 and 10000. The note's 100,000 figures come
// from SITREP_BENCH_SIZES=100000.
func benchSizes(b *testing.B) []int {
	spec := os.Getenv("SITREP_BENCH_SIZES")
	if spec == "" {
		spec = "1000,10000"
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

// library writes a generated library of n briefings to a temporary
// directory.
func library(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "lib")
	if err := librarytest.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	return dir
}

// dbSize is the size on disk of an index: the database and its WAL.
func dbSize(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}

// BenchmarkBuild indexes a library from nothing: read, parse, analyse
// (entities, places, figures, timeline) and write every briefing.
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			fsys := os.DirFS(library(b, n))
			var size int64
			cpu := cpuTime()
			for i := 0; b.Loop(); i++ {
				path := filepath.Join(b.TempDir(), fmt.Sprintf("x%d.db", i))
				ix, err := Open(path)
				if err != nil {
					b.Fatal(err)
				}
				st, err := ix.Update(context.Background(), fsys, nil)
				if err != nil || st.Added != n {
					b.Fatalf("%+v %v", st, err)
				}
				ix.Close()
				size = dbSize(path)
			}
			b.ReportMetric(float64(size)/(1<<20), "MiB-on-disk")
			reportCPU(b, cpu)
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "briefings/s")
		})
	}
}

// built is an index of a generated library, for the benchmarks that
// update or query one.
func built(b *testing.B, n int) (*Index, string) {
	b.Helper()
	dir := library(b, n)
	ix, err := Open(filepath.Join(b.TempDir(), "x.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	if _, err := ix.Update(context.Background(), os.DirFS(dir), nil); err != nil {
		b.Fatal(err)
	}
	return ix, dir
}

// BenchmarkIncremental is the update after one file changed: stat every
// file, read and analyse the changed one, rewrite its rows.
func BenchmarkIncremental(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix, dir := built(b, n)
			entries, _ := os.ReadDir(dir)
			victim := filepath.Join(dir, entries[len(entries)/2].Name())
			orig, _ := os.ReadFile(victim)
			fsys := os.DirFS(dir)
			cpu := cpuTime()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				data := append([]byte(nil), orig...)
				data = append(data, fmt.Sprintf("\nUpdate %d: fighting continued near Tawila.\n", i)...)
				if err := os.WriteFile(victim, data, 0o644); err != nil {
					b.Fatal(err)
				}
				mt := time.Now().Add(time.Duration(i) * time.Second)
				os.Chtimes(victim, mt, mt)
				b.StartTimer()
				st, err := ix.Update(context.Background(), fsys, nil)
				if err != nil || st.Changed != 1 {
					b.Fatalf("%+v %v", st, err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkSearch runs typical queries against an index.
func BenchmarkSearch(b *testing.B) {
	queries := []string{"Tawila", `"Gran Grif"`, "tawi*", "attack region:sahel", "country:drc since:2024-06-01", "role:killed source:reuters goma", "ceasefire talks doha"}
	for _, n := range benchSizes(b) {
		ix, _ := built(b, n)
		for _, query := range queries {
			q, err := briefing.ParseQuery(query)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%d/%s", n, query), func(b *testing.B) {
				cpu := cpuTime()
				defer reportCPU(b, cpu)
				for b.Loop() {
					if _, err := ix.Search(context.Background(), q, 20); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkStories clusters a whole library into stories.
func BenchmarkStories(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ix, _ := built(b, n)
			cpu := cpuTime()
			defer reportCPU(b, cpu)
			for b.Loop() {
				ix.cacheMu.Lock()
				ix.cache = nil
				ix.cacheMu.Unlock()
				if _, err := ix.Stories(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cpuTime is the CPU time of the process so far: on this shared machine
// wall time says more about the neighbours than about the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU seconds per operation since start (every
// goroutine's, so up to GOMAXPROCS times the wall time).
func reportCPU(b *testing.B, start time.Duration) {
	if used := cpuTime() - start; used > 0 && b.N > 0 {
		b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
	}
}
