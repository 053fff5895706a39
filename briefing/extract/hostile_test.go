package extract

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// hostileInput is a text built to defeat the extractor: untrusted pages,
// feeds and files reach it in the reader, the SSH server and the importer,
// and no input may make it slow.
type hostileInput struct {
	name string
	unit func(i int) string // the i-th repeated piece
}

// hostileInputs are the shapes of text that have made, or could make, a
// pass of the extractor scan back over what it has read.
var hostileInputs = []hostileInput{
	{"inch-glued-quotes", func(i int) string { return fmt.Sprintf("%d\" ", i%1000) }},
	{"inch-sentence", func(i int) string { return `He said "we got 5" of snow and 3" of rain" on Monday. ` }},
	{"long-line-no-stops", func(i int) string { return fmt.Sprintf("troops moved %d miles and ", i%97) }},
	{"many-numbers", func(i int) string { return fmt.Sprintf("%d, ", i) }},
	{"many-quotes", func(i int) string { return `"a" ` }},
	{"unbalanced-quotes", func(i int) string { return `"he said 12 ` }},
	{"open-brackets", func(i int) string { return "(" }},
	{"close-brackets", func(i int) string { return ")" }},
	{"nested-brackets", func(i int) string { return "(12 [3 " }},
	{"long-word", func(i int) string { return "a" }},
	{"long-numeral", func(i int) string { return "9" }},
	{"long-numeral-commas", func(i int) string { return "000," }},
	{"repeated-dates", func(i int) string { return "on 3 March 2024 " }},
	{"dates-sentences", func(i int) string { return "Fighting began on 3 March 2024. " }},
	{"weekdays", func(i int) string { return "Monday " }},
	{"weekdays-sentences", func(i int) string { return "On Monday 40 people died. " }},
	{"relative-times", func(i int) string { return "two days later, last week, " }},
	{"capitalised-words", func(i int) string { return "Kenya Haiti Police Ruto " }},
	{"capitalised-count", func(i int) string { return fmt.Sprintf("Kenya %d Police ", i%50) }},
	{"digit-table", func(i int) string { return fmt.Sprintf("| %d | %d | %d |\n", i, i*7%1000, i%31) }},
	{"control-chars", func(i int) string { return "12\x00\x01\x1b[31m\x7f " }},
	{"rtl-combining", func(i int) string { return "\u202e12 \u0645\u0627\u0644\u0661\u0662 e\u0301\u0301\u0301 " }},
	{"list-items", func(i int) string { return fmt.Sprintf("- %d people were killed\n", i%500) }},
	{"numbered-list", func(i int) string { return fmt.Sprintf("%d. Item\n", i) }},
	{"percent-of", func(i int) string { return "12% of " }},
	{"between-and", func(i int) string { return "between 3 and " }},
	{"number-words", func(i int) string { return "one hundred and " }},
	{"hyphens", func(i int) string { return "12-" }},
	{"dots", func(i int) string { return "1." }},
	{"abbreviations", func(i int) string { return "Mr. Dr. Gen. U.S. " }},
	{"url", func(i int) string { return "https://x.org/12/34 " }},
	{"dollar-signs", func(i int) string { return "$" }},
	{"to-last", func(i int) string { return "which is meant to last 60 days, " }},
	{"died-in", func(i int) string { return "12 people died in Goma and " }},
	{"killed-list", func(i int) string { return "12 killed, " }},
	{"said-quotes", func(i int) string { return `"12 died," he said. ` }},
	{"years", func(i int) string { return fmt.Sprintf("%d ", 1900+i%200) }},
	{"markdown-headings", func(i int) string { return "## 12 killed\n" }},
	{"blank-lines", func(i int) string { return "\n" }},
	{"spaces", func(i int) string { return " " }},
	{"question-marks", func(i int) string { return "12? " }},
	{"newline-numbers", func(i int) string { return fmt.Sprintf("%d\n", i%10000) }},
	{"clock-times", func(i int) string { return "at 3:15 p.m. " }},
}

// hostileText repeats the input's piece to exactly size bytes, cut at a
// rune boundary.
func hostileText(in hostileInput, size int) string {
	var b strings.Builder
	b.Grow(size + 64)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(in.unit(i))
	}
	s := b.String()[:size]
	return strings.ToValidUTF8(s, "")
}

// hostileEntries are the public entry points that read untrusted text.
var hostileEntries = []struct {
	name string
	run  func(text string)
}{
	{"Figures", func(text string) { Figures(text) }},
	{"Timeline", func(text string) { Timeline(text, hostilePublished) }},
	{"Timexes", func(text string) { Timexes(text, hostilePublished) }},
	{"Quantities", func(text string) { Quantities(text) }},
	{"Numbers", func(text string) { Numbers(text) }},
	{"NumberRanges", func(text string) { NumberRanges(text) }},
	{"Sentences", func(text string) { Sentences(text) }},
}

var hostilePublished = time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)

// BenchmarkHostile runs every entry point on every hostile input at 256 KB
// and 1 MB; cpu-MB/s far below FiguresArticle's, or a 1 MB time more than
// about four times the 256 KB one, is a pass that scans back. Pick rows
// with -bench, e.g. 'Hostile/inch' (the whole table takes many minutes).
func BenchmarkHostile(b *testing.B) {
	for _, in := range hostileInputs {
		for _, size := range []int{256 << 10, 1 << 20} {
			text := hostileText(in, size)
			for _, e := range hostileEntries {
				b.Run(fmt.Sprintf("%s/%s/%dK", in.name, e.name, size>>10), func(b *testing.B) {
					b.SetBytes(int64(len(text)))
					start := cpuTime()
					for b.Loop() {
						e.run(text)
					}
					reportCPU(b, start, len(text))
				})
			}
		}
	}
}

// TestHostileScan prints, when HOSTILE_SCAN names a size in KB, the CPU
// time of each entry point on each input at that size and at a quarter of
// it: a ratio well above 4 grows faster than linearly. It is a tool for
// looking, not a check.
func TestHostileScan(t *testing.T) {
	var kb int
	if _, err := fmt.Sscan(os.Getenv("HOSTILE_SCAN"), &kb); err != nil {
		t.Skip("set HOSTILE_SCAN=KB to scan")
	}
	only := os.Getenv("HOSTILE_ONLY")
	for _, in := range hostileInputs {
		if only != "" && !strings.Contains(in.name, only) {
			continue
		}
		small, big := hostileText(in, kb<<10/4), hostileText(in, kb<<10)
		for _, e := range hostileEntries {
			ts, tb := hostileTime(e.run, small), hostileTime(e.run, big)
			ratio := float64(tb) / float64(max(ts, time.Microsecond))
			flag := ""
			if ratio > 6 && tb > 20*time.Millisecond || float64(len(big))/tb.Seconds()/1e6 < 1 {
				flag = "  <<<"
			}
			fmt.Printf("%-22s %-10s %4dK %9.1fms %4dK %9.1fms x%5.1f%s\n", in.name, e.name, kb/4, ms(ts), kb, ms(tb), ratio, flag)
		}
	}
}

// hostileTime is the least CPU time of three runs of f on text, after a
// collection, so that the garbage of earlier runs is not counted.
func hostileTime(f func(string), text string) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		runtime.GC()
		start := cpuTime()
		f(text)
		best = min(best, cpuTime()-start)
		if best > 2*time.Second {
			break
		}
	}
	return best
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
