package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchArticle returns a news article of about 3 KB: the shared fixture
// when present, else a briefing body from the repository.
func benchArticle(b *testing.B) string {
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
	return stripFrontMatter(string(data))
}

// benchMegabyte repeats the article (and the briefings) to 1 MB.
func benchMegabyte(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	parts := []string{benchArticle(b)}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			parts = append(parts, stripFrontMatter(string(data)))
		}
	}
	for k := 0; sb.Len() < 1<<20; k++ {
		sb.WriteString(parts[k%len(parts)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func benchTimexes(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Timexes(text, fixturePublished)
	}
}

func benchTimeline(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Timeline(text, fixturePublished)
	}
}

func BenchmarkTimexes3KB(b *testing.B)  { benchTimexes(b, benchArticle(b)) }
func BenchmarkTimexes1MB(b *testing.B)  { benchTimexes(b, benchMegabyte(b)) }
func BenchmarkTimeline3KB(b *testing.B) { benchTimeline(b, benchArticle(b)) }
func BenchmarkTimeline1MB(b *testing.B) { benchTimeline(b, benchMegabyte(b)) }
