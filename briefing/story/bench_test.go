package story

import (
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// generatedDocs analyses n generated briefings.
func generatedDocs(b *testing.B, n int) []Doc {
	b.Helper()
	var docs []Doc
	for _, g := range librarytest.Generate(n, 1) {
		br, body, err := briefing.Parse(g.Name, g.Data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, Analyze(br, body))
	}
	return docs
}

// BenchmarkCluster measures NewSet (clustering a whole library into
// stories) on generated libraries of SITREP_BENCH_SIZES briefings (10000
// when unset): CPU, allocations, and peak-heap-MB, the
// largest live heap seen while it ran above the heap before it (the docs
// themselves are not counted).
func BenchmarkCluster(b *testing.B) {
	sizes, err := librarytest.Sizes("10000")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		docs := generatedDocs(b, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				base := ms.HeapAlloc
				stop, done := make(chan struct{}), sync.WaitGroup{}
				done.Add(1)
				go func() {
					defer done.Done()
					for {
						var ms runtime.MemStats
						runtime.ReadMemStats(&ms)
						if ms.HeapAlloc > base && ms.HeapAlloc-base > peak {
							peak = ms.HeapAlloc - base
						}
						select {
						case <-stop:
							return
						case <-time.After(20 * time.Millisecond):
						}
					}
				}()
				if s := NewSet(docs); len(s.Stories()) == 0 {
					b.Fatal("no stories")
				}
				close(stop)
				done.Wait()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}
