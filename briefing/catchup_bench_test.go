package briefing_test

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/briefing"
)

// BenchmarkCatchUp is the reader's catch-up (briefing.CatchUp) of a
// generated library whose every header is stored, in an order of their
// own (as an index gives them), no file changed since: the walk, a stat
// of each file, the match of files and headers, and the library made of
// them. cpu-ms/op is the processor time of one catch-up.
//
//	SITREP_BENCH_SIZES=10000,100000 go test ./briefing -run '^$' -bench CatchUp -benchtime 5x -benchmem
func BenchmarkCatchUp(b *testing.B) {
	for _, n := range loadBenchSizes(b) {
		fsys, stored := storedLibrary(b, n)
		rand.New(rand.NewPCG(1, 2)).Shuffle(len(stored), func(i, j int) { stored[i], stored[j] = stored[j], stored[i] })
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cpu0 := cpuTime()
				caught, change, err := briefing.CatchUp(fsys, stored)
				if err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - cpu0
				if caught.Len() != n || len(change.Added)+len(change.Changed)+len(change.Removed) != 0 {
					b.Fatalf("caught up %d briefings, %+v", caught.Len(), change)
				}
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// storedLibrary is the generated library of n briefings (seed 1) and the
// stored header of each of its files, with its status, as an index
// stores them.
func storedLibrary(b *testing.B, n int) (fs.FS, []briefing.StoredHeader) {
	dir := loadBenchLibrary(b, n)
	fsys := briefing.DirFS(dir)
	lib, err := briefing.Load(fsys)
	if err != nil {
		b.Fatal(err)
	}
	stored := make([]briefing.StoredHeader, 0, lib.Len())
	for _, br := range lib.Briefings() {
		fi, err := os.Stat(filepath.Join(dir, br.Path))
		if err != nil {
			b.Fatal(err)
		}
		st := briefing.StatusOf(fi)
		stored = append(stored, briefing.StoredHeader{Briefing: br, Size: st.Size, ModTime: st.ModTime, Change: st.Change})
	}
	return fsys, stored
}
