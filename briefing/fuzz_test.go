package briefing

import (
	"errors"
	"strings"
	"testing"

	"sitrep/briefing/internal/fuzzseed"
	"sitrep/briefing/sanitize"
)

// checkClean fails the test when s holds anything sanitize.Text removes.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if problem := sanitize.Problem(s); problem != "" {
		t.Fatalf("%s: %s in %q", what, problem, s)
	}
}

func FuzzParse(f *testing.F) {
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		b, body, err := Parse("fuzz.md", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.md") {
				t.Fatalf("error does not name the file: %v", err)
			}
			var pe *ParseError
			if errors.As(err, &pe) && pe.Line == 0 && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error names no line: %v", err)
			}
			checkClean(t, "error", err.Error())
			return
		}
		for _, s := range append([]string{b.Title, b.Summary, b.Source, b.URL, b.Region, b.Dateline, body},
			append(b.Countries, b.Tags...)...) {
			checkClean(t, "Parse", s)
		}
	})
}
