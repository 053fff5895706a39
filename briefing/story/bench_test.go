package story

import (
	"encoding/gob"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// generatedDocs analyses n generated briefings. With SITREP_BENCH_CACHE set
// to a directory, the analysed docs are kept there (a gob file per size)
// and read back on the next run, so that large sizes are analysed once.
func generatedDocs(b testing.TB, n int) []Doc {
	b.Helper()
	var cache string
	if dir := os.Getenv("SITREP_BENCH_CACHE"); dir != "" {
		cache = filepath.Join(dir, fmt.Sprintf("story-docs-%d-seed1.gob", n))
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var docs []Doc
			if err := gob.NewDecoder(f).Decode(&docs); err != nil {
				b.Fatalf("%s: %v", cache, err)
			}
			return docs
		}
	}
	var docs []Doc
	for _, g := range librarytest.Generate(n, 1) {
		br, body, err := briefing.Parse(g.Name, g.Data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, Analyze(br, body))
	}
	if cache != "" {
		tmp := cache + ".tmp"
		f, err := os.Create(tmp)
		if err != nil {
			b.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(docs); err != nil {
			b.Fatalf("%s: %v", tmp, err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, cache); err != nil {
			b.Fatal(err)
		}
	}
	return docs
}

// fingerprint is a hash of everything the stories of s hold (members,
// places, actors, reconciled figures, related stories), so that two
// builds can be checked to give the same stories.
func fingerprint(s *Set) (uint64, error) {
	h := fnv.New64a()
	if err := json.NewEncoder(h).Encode(s.Stories()); err != nil {
		return 0, err
	}
	return h.Sum64(), nil
}

// BenchmarkCluster measures NewSet (clustering a whole library into
// stories) on generated libraries of SITREP_BENCH_SIZES briefings (10000
// when unset): time, cpu-s/op (the process's user and system CPU while it
// ran, the garbage collector's included: on a shared machine a steadier
// figure than the wall time), allocations, and peak-heap-MB, the largest
// heap seen while it ran above the heap before it (the docs themselves
// are not counted; garbage not yet collected is). It logs the number of
// stories and a fingerprint of them.
func BenchmarkCluster(b *testing.B) {
	forSizes(b, func(b *testing.B, n int, docs []Doc) {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			var s *Set
			var cpu time.Duration
			var before uint64
			for b.Loop() {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				base := ms.HeapAlloc
				before = base
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
				start := cpuTime()
				if s = NewSet(docs); len(s.Stories()) == 0 {
					b.Fatal("no stories")
				}
				cpu += cpuTime() - start
				close(stop)
				done.Wait()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			fp, err := fingerprint(s)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("%d briefings (%d MB of heap before): %d stories, fingerprint %016x", n, before>>20, len(s.Stories()), fp)
		})
	})
}

// forSizes calls bench with the analysed docs of a generated library of
// each of SITREP_BENCH_SIZES briefings (10000 when unset).
func forSizes(b *testing.B, bench func(b *testing.B, n int, docs []Doc)) {
	sizes, err := librarytest.Sizes("10000")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		bench(b, n, generatedDocs(b, n))
	}
}

// BenchmarkRelated measures Related (the story pane's related briefings)
// on a clustered generated library of SITREP_BENCH_SIZES briefings, for
// one briefing in every hundred.
func BenchmarkRelated(b *testing.B) {
	forSizes(b, func(b *testing.B, n int, docs []Doc) {
		s := NewSet(docs)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			k := 0
			for b.Loop() {
				if _, err := s.Related(docs[k].ID, 10); err != nil {
					b.Fatal(err)
				}
				k = (k + 100) % len(docs)
			}
		})
	})
}
