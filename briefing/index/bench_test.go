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

// BenchmarkIndex measures, for each library size, on one generated
// library: build (index it from nothing: read, parse, analyse and write
// every briefing; its size on disk), update (the update after one file
// changed: stat every file, read and analyse the changed one), search (the
// latency of each query, ns/op over several runs) and stories (cluster the
// whole library). Run with -benchtime 1x: each part repeats what it needs.
func BenchmarkIndex(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := library(b, n)
			fsys := os.DirFS(dir)
			var ix *Index
			b.Run("build", func(b *testing.B) {
				cpu := cpuTime()
				var path string
				for i := 0; b.Loop(); i++ {
					if ix != nil {
						ix.Close()
					}
					path = filepath.Join(b.TempDir(), fmt.Sprintf("x%d.db", i))
					var err error
					if ix, err = Open(path); err != nil {
						b.Fatal(err)
					}
					st, err := ix.Update(context.Background(), fsys, nil)
					if err != nil || st.Added != n {
						b.Fatalf("%+v %v", st, err)
					}
				}
				reportCPU(b, cpu)
				b.ReportMetric(float64(dbSize(path))/(1<<20), "MiB-on-disk")
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "briefings/s")
			})
			if ix == nil {
				return
			}
			defer ix.Close()
			b.Run("update-one-file", func(b *testing.B) { benchUpdate(b, ix, dir) })
			for _, query := range benchQueries {
				q, err := briefing.ParseQuery(query)
				if err != nil {
					b.Fatal(err)
				}
				b.Run("search/"+query, func(b *testing.B) {
					cpu := cpuTime()
					for b.Loop() {
						for range searchRuns {
							if _, err := ix.Search(context.Background(), q, 20); err != nil {
								b.Fatal(err)
							}
						}
					}
					reportCPU(b, cpu)
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*searchRuns), "ns/query")
				})
			}
			b.Run("stories", func(b *testing.B) {
				cpu := cpuTime()
				for b.Loop() {
					ix.cacheMu.Lock()
					ix.cache = nil
					ix.cacheMu.Unlock()
					if _, err := ix.Stories(context.Background()); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu)
				var ru syscall.Rusage
				if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
					b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MiB") // of the whole run so far
				}
			})
		})
	}
}

// benchQueries are typical searches.
var benchQueries = []string{"Tawila", `"Gran Grif"`, "tawi*", "attack region:sahel", "country:drc since:2024-06-01",
	"role:killed source:reuters goma", "ceasefire talks doha"}

// searchRuns is how many times one search benchmark iteration runs its query.
const searchRuns = 20

// benchUpdate changes one file of the library and times the update.
func benchUpdate(b *testing.B, ix *Index, dir string) {
	entries, _ := os.ReadDir(dir)
	victim := filepath.Join(dir, entries[len(entries)/2].Name())
	orig, _ := os.ReadFile(victim)
	fsys := os.DirFS(dir)
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		data := append(append([]byte(nil), orig...), fmt.Sprintf("\nUpdate %d: fighting continued near Tawila.\n", i)...)
		if err := os.WriteFile(victim, data, 0o644); err != nil {
			b.Fatal(err)
		}
		mt := time.Now().Add(time.Duration(i+1) * time.Second)
		os.Chtimes(victim, mt, mt)
		b.StartTimer()
		st, err := ix.Update(context.Background(), fsys, nil)
		if err != nil || st.Changed != 1 {
			b.Fatalf("%+v %v", st, err)
		}
	}
	reportCPU(b, cpu)
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
