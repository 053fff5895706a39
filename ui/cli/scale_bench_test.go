package cli_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/briefing/librarytest"
	"sitrep/ui/cli"
)

// The command benchmarks run the sitrep binary on generated libraries, as
// a user would, and report its wall time, processor time (user and system,
// steadier than the wall time on a shared machine) and peak memory (the
// maximum resident set), each the median over the iterations (-benchtime=5x
// for the medians of five). Each iteration runs every binary once, one
// after the other, so that the binaries are measured side by side in one
// run under the same load:
//
//	SITREP_BENCH_OLD=/tmp/sitrep-main SITREP_BENCH_SIZES=1000,10000,100000 \
//	  go test ./ui/cli -run '^$' -bench Command -benchtime 5x -timeout 60m
//
// SITREP_BENCH_OLD names another binary to compare with (built from main,
// say); SITREP_BENCH_DIR keeps the generated libraries (and the index
// cache) between runs (default: under the system's temporary directory);
// SITREP_BENCH_SIZES lists the library sizes (default 1000,10000). The
// peak memory is measured by /usr/bin/time (GNU time), which must be
// installed.

// benchBinaries builds sitrep from this tree and adds SITREP_BENCH_OLD.
func benchBinaries(b *testing.B, dir string) [][2]string {
	b.Helper()
	bin := filepath.Join(dir, "sitrep-new")
	cmd := exec.Command("go", "build", "-o", bin, "sitrep")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	bins := [][2]string{{"new", bin}}
	if old := os.Getenv("SITREP_BENCH_OLD"); old != "" {
		bins = append(bins, [2]string{"old", old})
	}
	return bins
}

// benchDir is where the generated libraries are kept.
func benchDir(b *testing.B) string {
	dir := os.Getenv("SITREP_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "sitrep-bench")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchSizes are the library sizes to measure.
func benchSizes(b *testing.B) []int {
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

// benchLibrary returns a generated library of n briefings (seed 1),
// writing it on first use.
func benchLibrary(b *testing.B, root string, n int) string {
	dir := filepath.Join(root, fmt.Sprintf("lib-%d", n))
	done := filepath.Join(root, fmt.Sprintf("lib-%d.complete", n))
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

// run is one run of a binary: wall time and peak resident memory.
type run struct {
	wall time.Duration
	rss  int64 // bytes
	cpu  time.Duration
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// runBinary runs bin with args in an environment of its own (XDG
// directories under root), its output discarded, and fails on an error.
func runBinary(b *testing.B, root, bin string, args ...string) run {
	// The peak memory comes from /usr/bin/time: the rusage of a child
	// that Go starts counts the memory of this process, which the child
	// shares until it execs.
	memFile := filepath.Join(b.TempDir(), "maxrss")
	cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%M %U %S", "-o", memFile, bin}, args...)...)
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+filepath.Join(root, "cache"),
		"XDG_STATE_HOME="+filepath.Join(root, "state"), "XDG_DATA_HOME="+filepath.Join(root, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(root, "config"), "NO_COLOR=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		b.Fatalf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	out, err := os.ReadFile(memFile)
	if err != nil {
		b.Fatal(err)
	}
	var kib int64
	var user, sys float64
	if _, err := fmt.Sscan(lastLine(string(out)), &kib, &user, &sys); err != nil {
		b.Fatalf("/usr/bin/time: %q: %v", out, err)
	}
	return run{wall: wall, rss: kib << 10, cpu: time.Duration((user + sys) * float64(time.Second))}
}

// compare runs each binary once per iteration and reports, per binary, the
// median wall time (ms) and the median peak memory (MiB).
func compare(b *testing.B, root string, bins [][2]string, args func(name string) []string) {
	runs := make(map[string][]run)
	for b.Loop() {
		for _, bin := range bins {
			runs[bin[0]] = append(runs[bin[0]], runBinary(b, root, bin[1], args(bin[0])...))
		}
	}
	for _, bin := range bins {
		rs := runs[bin[0]]
		walls := make([]float64, len(rs))
		rss := make([]float64, len(rs))
		cpu := make([]float64, len(rs))
		for i, r := range rs {
			walls[i] = float64(r.wall.Microseconds()) / 1000
			rss[i] = float64(r.rss) / (1 << 20)
			cpu[i] = float64(r.cpu.Microseconds()) / 1000
		}
		b.ReportMetric(median(cpu), bin[0]+"-cpu-ms")
		b.ReportMetric(median(walls), bin[0]+"-ms")
		b.ReportMetric(median(rss), bin[0]+"-MiB")
	}
	b.ReportMetric(0, "ns/op")
}

func median(v []float64) float64 {
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	return v[len(v)/2]
}

// BenchmarkCommandList measures sitrep list --json at each size.
func BenchmarkCommandList(b *testing.B) {
	root := benchDir(b)
	bins := benchBinaries(b, b.TempDir())
	for _, n := range benchSizes(b) {
		lib := benchLibrary(b, root, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			compare(b, root, bins, func(string) []string { return []string{"--library", lib, "list", "--json"} })
		})
	}
}

// BenchmarkCommandShow measures sitrep show ID inside each library and
// the same file shown from a library of its own ("alone").
func BenchmarkCommandShow(b *testing.B) {
	root := benchDir(b)
	bins := benchBinaries(b, b.TempDir())
	for _, n := range benchSizes(b) {
		lib := benchLibrary(b, root, n)
		entries, err := os.ReadDir(lib)
		if err != nil {
			b.Fatal(err)
		}
		name := entries[len(entries)/2].Name()
		id := strings.TrimSuffix(name, ".md")
		alone := filepath.Join(b.TempDir(), "alone")
		data, err := os.ReadFile(filepath.Join(lib, name))
		if err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(alone, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(alone, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d/library", n), func(b *testing.B) {
			compare(b, root, bins, func(string) []string { return []string{"--library", lib, "show", id} })
		})
		b.Run(fmt.Sprintf("n=%d/alone", n), func(b *testing.B) {
			compare(b, root, bins, func(string) []string { return []string{"--library", alone, "show", id} })
		})
	}
}

// BenchmarkListJSON is list --json in process (load and write), for
// profiles: go test ./ui/cli -run '^$' -bench ListJSON -cpuprofile cpu.out
func BenchmarkListJSON(b *testing.B) {
	root := benchDir(b)
	for _, n := range benchSizes(b) {
		lib := benchLibrary(b, root, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				l, err := cli.Source{Dir: lib}.Open()
				if err != nil {
					b.Fatal(err)
				}
				if err := cli.List(io.Discard, l, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
