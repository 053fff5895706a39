package sanitize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/glamour/v2"
)

// hostileBodies are the shapes that kept glamour busy for seconds to
// minutes, each at the size that was reported.
var hostileBodies = map[string]func() string{
	"50k headings":       func() string { return strings.Repeat("# h\n", 50_000) },
	"10k-column table":   func() string { return tableOf(10_000, 2) },
	"100k blocks":        func() string { return strings.Repeat("w\n\n", 100_000) },
	"20k-row table":      func() string { return tableOf(3, 20_000) },
	"20k link defs":      func() string { return linkDefs(20_000) },
	"10k list items":     func() string { return strings.Repeat("- i\n", 10_000) },
	"nested quotes":      func() string { return strings.Repeat(strings.Repeat("> ", 20)+"deep\n\n", 200) },
	"200k tiny paras":    func() string { return strings.Repeat("word\n\n", 200_000) },
	"30k lines of prose": func() string { return strings.Repeat("a line of prose\n", 30_000) },
}

func tableOf(cols, rows int) string {
	row := "|" + strings.Repeat(" a |", cols) + "\n"
	return row + "|" + strings.Repeat(" - |", cols) + "\n" + strings.Repeat(row, rows)
}

func linkDefs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "[l%d]: https://example.org/%d\n", i, i)
	}
	return b.String()
}

// TestTooHeavy: every hostile shape is judged too heavy for glamour, and
// every real briefing of the sample library is not.
func TestTooHeavy(t *testing.T) {
	for name, body := range hostileBodies {
		if heavy, why := TooHeavy(body()); !heavy || !strings.Contains(why, "plain text") {
			t.Errorf("%s: heavy = %v (%q), cost %d", name, heavy, why, RenderCost(body()))
		}
	}
	paths, err := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample briefings: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if heavy, why := TooHeavy(string(data)); heavy {
			t.Errorf("%s judged too heavy (%s), cost %d", p, why, RenderCost(string(data)))
		}
		// A real briefing is far below the bound, and stays so at four
		// times its length.
		if c := RenderCost(strings.Repeat(string(data)+"\n\n", 4)); c > MaxRenderCost/2 {
			t.Errorf("%s: four copies cost %d, too close to the bound %d", p, c, MaxRenderCost)
		}
	}
}

// BenchmarkRenderCost is the estimate's own cost, on a hostile body and on
// a real one.
func BenchmarkRenderCost(b *testing.B) {
	for name, body := range hostileBodies {
		md := body()
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(md)))
			for b.Loop() {
				RenderCost(md)
			}
		})
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	if len(paths) > 0 {
		data, _ := os.ReadFile(paths[0])
		b.Run("real briefing", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				RenderCost(string(data))
			}
		})
	}
}

// BenchmarkRenderAtBound renders, for each shape that grows glamour's
// time, the largest body the estimate still lets through: what the bound
// allows at worst. Each must take well under a second.
func BenchmarkRenderAtBound(b *testing.B) {
	shapes := map[string]func(n int) string{
		"same headings": func(n int) string { return strings.Repeat("# h\n", n) },
		"columns":       func(n int) string { return tableOf(n, 2) },
		"rows":          func(n int) string { return tableOf(3, n) },
		"blocks":        func(n int) string { return strings.Repeat("w\n\n", n) },
		"list items":    func(n int) string { return strings.Repeat("- i\n", n) },
		"link defs":     func(n int) string { return linkDefs(n) },
		"quotes":        func(n int) string { return strings.Repeat("> q\n\n", n) },
		"prose lines":   func(n int) string { return strings.Repeat("a line of prose\n", n) },
		"code lines":    func(n int) string { return "```go\n" + strings.Repeat("x := f(1)\n", n) + "```\n" },
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		b.Fatal(err)
	}
	for name, shape := range shapes {
		n := 1
		for RenderCost(shape(n*2)) <= MaxRenderCost && n < 1<<20 {
			n *= 2
		}
		for step := n / 2; step > 0; step /= 2 {
			if RenderCost(shape(n+step)) <= MaxRenderCost {
				n += step
			}
		}
		md := shape(n)
		b.Run(fmt.Sprintf("%s n=%d", name, n), func(b *testing.B) {
			for b.Loop() {
				if _, err := r.Render(md); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRenderCostAllocatesNothing: asking costs no garbage, so the reader
// can ask on every render.
func TestRenderCostAllocatesNothing(t *testing.T) {
	md := tableOf(5, 50) + linkDefs(20) + strings.Repeat("# h\n\n- item\n  > quote\n\n```\ncode\n```\n", 20)
	if n := testing.AllocsPerRun(10, func() { RenderCost(md) }); n != 0 {
		t.Errorf("RenderCost allocates %.0f times", n)
	}
}
