package briefing_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// BenchmarkLoad loads generated libraries from disk (through DirFS, as
// the commands do) and reports, besides time and allocations, the heap
// the Library keeps per briefing once loaded (retained-B/briefing) and the
// processor time of a load (cpu-ms/op, which other work on the machine
// does not inflate as it does the wall time):
//
//	SITREP_BENCH_SIZES=10000,100000 go test ./briefing -run '^$' -bench Load -benchtime 5x
//
// SITREP_BENCH_DIR keeps the generated libraries between runs.
func BenchmarkLoad(b *testing.B) {
	for _, n := range loadBenchSizes(b) {
		dir := loadBenchLibrary(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var retained float64
			var cpu time.Duration
			for b.Loop() {
				cpu0 := cpuTime()
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				lib, err := briefing.Load(briefing.DirFS(dir))
				if err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - cpu0
				runtime.GC()
				runtime.ReadMemStats(&after)
				if lib.Len() != n || len(lib.Problems()) != 0 {
					b.Fatalf("loaded %d briefings, problems %v", lib.Len(), lib.Problems())
				}
				retained = float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
				runtime.KeepAlive(lib)
			}
			b.ReportMetric(retained, "retained-B/briefing")
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// BenchmarkLoadStored is BenchmarkLoad with every header stored (as the
// index stores them) and no file changed since: what list and the
// reader's catch-up pay, a stat of each file instead of a read.
func BenchmarkLoadStored(b *testing.B) {
	for _, n := range loadBenchSizes(b) {
		fsys, headers := storedLibrary(b, n)
		stored := make(map[string]briefing.StoredHeader, len(headers))
		for _, h := range headers {
			stored[h.Briefing.Path] = h
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cpu0 := cpuTime()
				lib, st, err := briefing.LoadStored(fsys, func() map[string]briefing.StoredHeader { return stored })
				if err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - cpu0
				if lib.Len() != n || st.Read != 0 {
					b.Fatalf("loaded %d briefings, %+v", lib.Len(), st)
				}
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the processor time (user and system) this process has used:
// on a shared machine a steadier figure than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadBenchSizes(b *testing.B) []int {
	s := os.Getenv("SITREP_BENCH_SIZES")
	if s == "" {
		s = "1000,10000"
	}
	var sizes []int
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			b.Fatalf("SITREP_BENCH_SIZES: %v", err)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// loadBenchLibrary writes a generated library of n briefings (seed 1) on
// first use, in SITREP_BENCH_DIR when set.
func loadBenchLibrary(b *testing.B, n int) string {
	root := os.Getenv("SITREP_BENCH_DIR")
	if root == "" {
		root = filepath.Join(os.TempDir(), "sitrep-bench")
	}
	dir := filepath.Join(root, fmt.Sprintf("lib-%d", n))
	done := dir + ".complete"
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	if err := librarytest.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkLoadInParts reads generated libraries in parts, as the reader
// does a library with no index, and reports the processor time to the
// last part (cpu-ms/op) and how many parts were sent; compare it with
// BenchmarkLoad, which reads the same library whole:
//
//	SITREP_BENCH_SIZES=10000,100000 go test ./briefing -run '^$' -bench 'Load$|LoadInParts' -benchtime 5x
func BenchmarkLoadInParts(b *testing.B) {
	for _, n := range loadBenchSizes(b) {
		dir := loadBenchLibrary(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var cpu time.Duration
			parts := 0
			for b.Loop() {
				cpu0 := cpuTime()
				lib, err := briefing.LoadInParts(briefing.DirFS(dir), func(briefing.LibraryPart) { parts++ })
				if err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - cpu0
				if lib.Len() != n || len(lib.Problems()) != 0 {
					b.Fatalf("read %d briefings, problems %v", lib.Len(), lib.Problems())
				}
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(parts)/float64(b.N), "parts/op")
		})
	}
}
