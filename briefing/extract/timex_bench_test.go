package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// txBenchArticle returns a news article of about 3 KB: the shared fixture
// when present, else a briefing body from the repository.
func txBenchArticle(b *testing.B) string {
	b.Helper()
	if data, err := os.ReadFile(filepath.Join(sharedDir, "fixtures", "kenya-haiti-mss.txt")); err == nil {
		return string(data)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	if len(paths) == 0 {
		b.Skip("no article to benchmark on")
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		b.Fatalf("read %s: %v", paths[0], err)
	}
	return txStripFrontMatter(string(data))
}

// txBenchMegabyte repeats the article (and the briefings) to 1 MB.
func txBenchMegabyte(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	parts := []string{txBenchArticle(b)}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			parts = append(parts, txStripFrontMatter(string(data)))
		}
	}
	for k := 0; sb.Len() < 1<<20; k++ {
		sb.WriteString(parts[k%len(parts)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func txBenchTimexes(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Timexes(text, txFixturePublished)
	}
	reportCPU(b, start, len(text))
}

func txBenchTimeline(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Timeline(text, txFixturePublished)
	}
	reportCPU(b, start, len(text))
}

func BenchmarkTimexes3KB(b *testing.B)  { txBenchTimexes(b, txBenchArticle(b)) }
func BenchmarkTimexes1MB(b *testing.B)  { txBenchTimexes(b, txBenchMegabyte(b)) }
func BenchmarkTimeline3KB(b *testing.B) { txBenchTimeline(b, txBenchArticle(b)) }
func BenchmarkTimeline1MB(b *testing.B) { txBenchTimeline(b, txBenchMegabyte(b)) }

// BenchmarkTimelineDenseNoSentences runs on 1 MB of dates without a sentence
// break, a date every 29 bytes: the cost must stay linear (it is far
// denser in dates than any article, so slower per byte).
func BenchmarkTimelineDenseNoSentences(b *testing.B) {
	text := strings.Repeat("troops arrived on Monday and left on 3 October 2024, then ", 1<<20/58)
	txBenchTimeline(b, text)
}
