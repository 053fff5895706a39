package tui

import (
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// generatedLibrary is n briefings with realistic metadata and bodies.
func generatedLibrary(tb testing.TB, n int) *briefing.Library {
	tb.Helper()
	regions := []string{"Sahel", "Horn of Africa", "Great Lakes", "Levant", "Caribbean", "Southeast Asia"}
	countries := []string{"Mali", "Somalia", "Congo", "Lebanon", "Haiti", "Myanmar", "Sudan", "Niger"}
	files := fstest.MapFS{}
	start := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		date := start.AddDate(0, 0, -i/3)
		var body strings.Builder
		fmt.Fprintf(&body, "Officials said on Tuesday that at least %d people were killed and about %d,000 displaced in clashes near the border.\n\n", 10+i%90, 1+i%40)
		for p := range 8 {
			fmt.Fprintf(&body, "Paragraph %d of report %d describes the situation on the ground, the positions of the armed groups, the state of the roads and what the aid agencies say they need over the coming weeks.\n\n", p+1, i)
		}
		fmt.Fprintf(&body, "## Outlook\n\nThe council will meet again next month to review a mission of around %d troops.\n", 500+i%3000)
		files[fmt.Sprintf("%s-report-%05d.md", date.Format("2006-01-02"), i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\ntitle: Report %d on clashes in the border districts of %s\nsummary: Officials count the dead and displaced after a week of fighting.\npublished: %s\nsource: Wire\nregion: %s\ncountries: [%s]\ntags: [clashes, displacement]\n---\n%s",
			i, countries[i%len(countries)], date.Format("2006-01-02"), regions[i%len(regions)], countries[i%len(countries)], body.String()))}
	}
	lib, err := briefing.Load(files)
	if err != nil {
		tb.Fatal(err)
	}
	if lib.Len() != n {
		tb.Fatalf("generated %d briefings, loaded %d", n, lib.Len())
	}
	return lib
}

func benchModel(b *testing.B) Model {
	b.Helper()
	return newTestModel(b, generatedLibrary(b, 10000), 200, 60)
}

// cpuTime is the CPU time the process has used (all threads, the
// garbage collector included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loopWithCPU runs f in b.Loop and reports, besides the wall time, the CPU
// time per key press, which a busy machine does not inflate.
func loopWithCPU(b *testing.B, f func()) {
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
	}
}

// keyPress is one key through Update then View, as the program does.
func keyPress(m Model, k tea.KeyPressMsg) Model {
	next, _ := m.Update(k)
	m = next.(Model)
	_ = m.View()
	return m
}

// BenchmarkKeyListDown is j in the list of 10,000 stories at 200×60.
func BenchmarkKeyListDown(b *testing.B) {
	m := benchModel(b)
	j := keyMsg("j")
	loopWithCPU(b, func() {
		m = keyPress(m, j)
		if m.list.cursor == len(m.list.visible)-1 {
			m.list.moveTo(0)
		}
	})
}

// BenchmarkKeyReaderScroll is j in the reader at 200×60.
func BenchmarkKeyReaderScroll(b *testing.B) {
	m := press(b, benchModel(b), "enter")
	if m.reader.doc == nil {
		b.Fatal("no document rendered")
	}
	j := keyMsg("j")
	loopWithCPU(b, func() {
		before := m.reader.scroll.offset
		m = keyPress(m, j)
		if m.reader.scroll.offset == before {
			m.reader.scroll.offset = 0
		}
	})
}

// BenchmarkKeyNextStoryRendered is J (and K back) between stories whose
// documents are already rendered, from the reader at 200×60.
func BenchmarkKeyNextStoryRendered(b *testing.B) {
	m := press(b, benchModel(b), "enter", "J", "K")
	for _, id := range []string{m.list.all[0].ID, m.list.all[1].ID} {
		if !m.render.has(m.docKeyFor(id)) {
			b.Fatalf("%s is not rendered ahead", id)
		}
	}
	keys := [2]tea.KeyPressMsg{keyMsg("J"), keyMsg("K")}
	i := 0
	loopWithCPU(b, func() {
		m = keyPress(m, keys[i%2])
		i++
	})
	if m.reader.doc == nil {
		b.Fatal("J showed no document")
	}
}

// filterLibrarySize is the library the filter benchmark types into: the
// 100,000 stories of issue 17.
const filterLibrarySize = 100_000

// filterWords are the words typed into the filter: a place, a word of
// every summary, and a word that is only in some bodies.
var filterWords = []string{"kharkiv", "displaced", "convoys"}

// BenchmarkFilterKeystroke types words into the filter over a generated
// library at 200×60, one key an op, as the program
// would: Update and View (the frame that shows the key), then the commands
// the key started, their results applied and View again (the frame that
// shows the stories matching), at 10,000 stories and at 100,000 (the
// growth of issue 17). Before a word "/" opens the filter, after
// it esc clears it (not timed). It reports, over the keys typed, first
// keys of words included (the filter's index is built when the library
// loads, as in the reader), the 99th percentile and slowest of both and
// of the CPU each key took to its matches (steadier than wall time on a
// busy machine), the CPU per key, the heap the reader's model holds, its
// filter's index built, beyond the library's, and the index's size (at
// 100,000 stories its lists are in a file, mapped, not in the heap). Whole
// words need -benchtime in multiples of 23 keys (23x, 69x).
func BenchmarkFilterKeystroke(b *testing.B) {
	for _, n := range []int{filterLibrarySize / 10, filterLibrarySize} {
		b.Run(strconv.Itoa(n), func(b *testing.B) { benchmarkFilterKeystroke(b, n) })
	}
}

func benchmarkFilterKeystroke(b *testing.B, size int) {
	lib, err := briefing.Load(librarytest.FS(size, 17))
	if err != nil {
		b.Fatal(err)
	}
	heap0 := liveHeap()
	filters := NewFilterIndexes()
	words := filters.of(lib) // as when the library loaded, without the helpers' time limit
	m := press(b, newTestModel(b, lib, 200, 60, func(o *Options) { o.Filters = filters }), "/", "esc")
	filterHeap := liveHeap() - heap0
	var typed []string // the keys of every word, "" after each word
	for _, w := range filterWords {
		for _, r := range w {
			typed = append(typed, string(r))
		}
		typed = append(typed, "")
	}
	var frame, results, cpuKeys []time.Duration
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	k := 0
	for range b.N {
		if typed[k] == "" || k == 0 || typed[k-1] == "" {
			b.StopTimer()
			if typed[k] == "" { // a word typed: check it and clear it
				if _, n := m.list.position(); n == 0 || n == lib.Len() {
					b.Fatalf("the filter %q shows %d of %d stories", m.list.query, n, lib.Len())
				}
				m = press(b, m, "esc")
				k = (k + 1) % len(typed)
			}
			m = press(b, m, "/")
			b.StartTimer()
		}
		start, cpu0 := time.Now(), cpuTime()
		next, cmd := m.Update(keyMsg(typed[k]))
		m = next.(Model)
		_ = m.View()
		frame = append(frame, time.Since(start))
		m = drain(b, m, cmd)
		_ = m.View()
		results = append(results, time.Since(start))
		cpuKeys = append(cpuKeys, cpuTime()-cpu0)
		cpu += cpuKeys[len(cpuKeys)-1]
		k++
	}
	b.StopTimer()
	for _, d := range []struct {
		unit string
		lat  []time.Duration
	}{{"frame", frame}, {"results", results}, {"cpu-results", cpuKeys}} {
		slices.Sort(d.lat)
		b.ReportMetric(float64(d.lat[len(d.lat)*99/100].Microseconds())/1000, "p99-ms/"+d.unit)
		b.ReportMetric(float64(d.lat[len(d.lat)-1].Microseconds())/1000, "max-ms/"+d.unit)
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/key")
	b.ReportMetric(float64(filterHeap)/(1<<20), "MiB-model+filter")
	b.ReportMetric(float64(words.words.Size())/(1<<20), "MiB-index") // on disk, mapped, from onDiskFrom
	runtime.KeepAlive(lib)
}

// liveHeap is the heap in use after a collection.
func liveHeap() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}

// BenchmarkKeyListStepSeen is j and k between two stories in the list of
// 10,000 at 200×60 whose figures and timelines have come in, as an analyst
// going back and forth: each key shows a story the panels showed before.
func BenchmarkKeyListStepSeen(b *testing.B) {
	m := press(b, benchModel(b), "j", "k")
	for _, id := range []string{m.list.all[0].ID, m.list.all[1].ID} {
		if d, ok := m.details[id]; !ok || len(d.Figures) == 0 || len(d.Timeline) == 0 {
			b.Fatalf("%s has no figures and timeline to show", id)
		}
	}
	keys := [2]tea.KeyPressMsg{keyMsg("j"), keyMsg("k")}
	i := 0
	loopWithCPU(b, func() {
		m = keyPress(m, keys[i%2])
		i++
	})
	for _, id := range []paneID{figuresID, timelineID} {
		if rows := strings.Join(m.pane(id).View(), "\n"); strings.Contains(rows, "No ") || strings.Contains(rows, "Loading") {
			b.Fatalf("the %s panel shows nothing:\n%s", id, rows)
		}
	}
}

// BenchmarkFilterIndexBuild builds the filter's word index of a generated
// library of 10,000 stories (bodies read from memory), and reports its size.
func BenchmarkFilterIndexBuild(b *testing.B) {
	lib, err := briefing.Load(librarytest.FS(10_000, 17))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var lw *libraryWords
	for range b.N {
		lw = buildWords(nil, lib, "", onDiskFrom)
	}
	b.ReportMetric(float64(lw.words.Size())/(1<<20), "MiB-index")
}

// BenchmarkFilterWordUncached works out the matches of a query over the
// 100,000 stories of BenchmarkFilterKeystroke from the whole library, with
// nothing kept, as a key typed for the first time does: each key of the
// filter's words, and each letter and digit as the first key of a word.
// It reports the slowest query and the 99th percentile, in CPU time.
func BenchmarkFilterWordUncached(b *testing.B) {
	lib, err := briefing.Load(librarytest.FS(filterLibrarySize, 17))
	if err != nil {
		b.Fatal(err)
	}
	f := newFilterIndex(NewFilterIndexes().of(lib))
	var queries []string
	for _, w := range filterWords {
		for n := 1; n <= len(w); n++ {
			queries = append(queries, w[:n])
		}
	}
	for _, r := range "abcdefghijklmnopqrstuvwxyz0123456789" {
		queries = append(queries, string(r))
	}
	var cpu []time.Duration
	slowest := ""
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		q := queries[i%len(queries)]
		f.reset()
		cpu0 := cpuTime()
		if res := f.job(queryWords(q)).run(); len(res.stages) != 1 {
			b.Fatal("the job brought no result")
		}
		cpu = append(cpu, cpuTime()-cpu0)
		if cpu[len(cpu)-1] >= slices.Max(cpu) {
			slowest = q
		}
	}
	b.StopTimer()
	slices.Sort(cpu)
	b.ReportMetric(float64(cpu[len(cpu)*99/100].Microseconds())/1000, "p99-cpu-ms/query")
	b.ReportMetric(float64(cpu[len(cpu)-1].Microseconds())/1000, "max-cpu-ms/query")
	b.Logf("slowest: %q", slowest)
}
