package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"sitrep/ui/cli"
)

// BenchmarkCommandReadFilter measures a session of the reader in tmux
// (120×40) that filters, on each library, its index built beforehand: it
// waits for the whole library to be listed (caught up with the files),
// types "/k" and times until the filter answers it (its word index in:
// "indexing…" or "counting…" gone), clears it, then types three words a
// key every 150 ms, each cleared once its matches show, and quits. It
// reports, per binary, the time from start to the first key answered, and
// the processor time and peak memory (maximum resident set) over the whole
// session, medians over the iterations; each iteration runs every binary
// once, side by side. It needs tmux and GNU time.
//
// It measures a second start: a reader that keeps the filter's word index
// between runs finds it kept (a session of the new binary, not measured,
// keeps it first when it is not). SITREP_BENCH_FIRST=1 measures a first
// start instead: the kept indexes are removed before every session.
//
//	SITREP_BENCH_OLD=/tmp/sitrep-main SITREP_BENCH_SIZES=100000 \
//	  go test ./ui/cli -run '^$' -bench CommandReadFilter -benchtime 3x -timeout 60m
func BenchmarkCommandReadFilter(b *testing.B) {
	if _, err := exec.LookPath("tmux"); err != nil {
		b.Skip("tmux is not installed")
	}
	tmuxServer(b)
	root := benchDir(b)
	bins := benchBinaries(b, b.TempDir())
	first := os.Getenv("SITREP_BENCH_FIRST") != ""
	kept := filepath.Join(root, "cache", "sitrep", "words") // where the reader keeps them (tui.NewFilterIndexes)
	for _, n := range benchSizes(b) {
		lib := benchLibrary(b, root, n)
		benchIndex(b, root, bins[0][1], lib)
		l, err := cli.Source{Dir: lib}.Open()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			if !first {
				filterSession(b, root, bins[0][1], lib, l.Len()) // keeps the index when it is not kept
			}
			ready := map[string][]float64{}
			runs := map[string][]run{}
			for b.Loop() {
				for _, bin := range bins {
					if first {
						os.RemoveAll(kept)
					}
					at, r := filterSession(b, root, bin[1], lib, l.Len())
					ready[bin[0]] = append(ready[bin[0]], float64(at.Milliseconds()))
					runs[bin[0]] = append(runs[bin[0]], r)
				}
			}
			for _, bin := range bins {
				var rss, cpu []float64
				for _, r := range runs[bin[0]] {
					rss = append(rss, float64(r.rss)/(1<<20))
					cpu = append(cpu, float64(r.cpu.Milliseconds()))
				}
				b.ReportMetric(median(ready[bin[0]]), bin[0]+"-first-key-ms")
				b.ReportMetric(median(cpu), bin[0]+"-cpu-ms")
				b.ReportMetric(median(rss), bin[0]+"-MiB")
			}
			b.ReportMetric(0, "ns/op")
		})
	}
}

// filterSession runs the session of BenchmarkCommandReadFilter: the time
// from start to the first key answered, and the run's processor time and
// peak memory.
func filterSession(b *testing.B, root, bin, lib string, n int) (time.Duration, run) {
	b.Helper()
	p, memFile := startReader(b, root, bin, lib, "poll")
	session, start := p.session, p.start
	defer exec.Command("tmux", "kill-session", "-t", session).Run()
	screen := func() []byte {
		s, _ := exec.Command("tmux", "capture-pane", "-p", "-t", session).Output()
		return s
	}
	keys := func(k ...string) { exec.Command("tmux", append([]string{"send-keys", "-t", session}, k...)...).Run() }
	pending := func(s []byte) bool {
		return bytes.Contains(s, []byte("indexing…")) || bytes.Contains(s, []byte("counting…"))
	}
	wait := func(what string, done func([]byte) bool) {
		for {
			s := screen()
			if done(s) {
				return
			}
			if time.Since(start) > 10*time.Minute {
				b.Fatalf("%s: %s: not on screen after 10 minutes:\n%s", bin, what, s)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	all := []byte(fmt.Sprintf("/%d ", n))
	wait("the whole library", func(s []byte) bool { return bytes.Contains(s, all) })
	keys("/", "k")
	time.Sleep(200 * time.Millisecond)
	wait("the matches of /k", func(s []byte) bool { return !pending(s) })
	first := time.Since(start)
	keys("Escape")
	for _, w := range []string{"kharkiv", "displaced", "convoys"} {
		keys("/")
		for _, r := range w {
			keys(string(r))
			time.Sleep(150 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
		wait("the matches of /"+w, func(s []byte) bool { return !pending(s) })
		keys("Escape")
		time.Sleep(200 * time.Millisecond)
	}
	keys("q")
	return first, readerUsage(b, memFile)
}

// startReader starts the reader on lib in a detached tmux session
// (120×40), under GNU time, its cache under root, in colour (no NO_COLOR,
// as an analyst runs it), seen as mode says (seeModes): its pane (whose
// start is paneCommand's stamp, taken as the pane execs GNU time, which
// starts the reader) and the file GNU time writes when it quits.
func startReader(b *testing.B, root, bin, lib, mode string) (p *pane, memFile string) {
	b.Helper()
	tmp := b.TempDir()
	memFile = filepath.Join(tmp, "time")
	session := fmt.Sprintf("sitrep-bench-%d", time.Now().UnixNano())
	env := []string{"XDG_CACHE_HOME=" + filepath.Join(root, "cache"), "XDG_STATE_HOME=" + filepath.Join(tmp, "state"),
		"XDG_DATA_HOME=" + filepath.Join(root, "data"), "XDG_CONFIG_HOME=" + filepath.Join(root, "config")}
	p = startPane(b, tmp, session, mode, env, "/usr/bin/time", "-f", "'%M %U %S'", "-o", memFile,
		bin, "--library", lib, "--style", "dark")
	return p, memFile
}

// readerUsage waits (a minute at most) for the reader to quit, and reads
// its processor time and peak memory from memFile.
func readerUsage(b *testing.B, memFile string) run {
	b.Helper()
	var out []byte
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if out, _ = os.ReadFile(memFile); len(out) > 0 {
			break
		}
	}
	var kib int64
	var user, sys float64
	if _, err := fmt.Sscan(lastLine(string(out)), &kib, &user, &sys); err != nil {
		b.Fatalf("/usr/bin/time: %q: %v", out, err)
	}
	return run{rss: kib << 10, cpu: time.Duration((user + sys) * float64(time.Second))}
}
