package ingest

import (
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/internal/fuzzseed"
	"sitrep/briefing/sanitize"
)

// checkClean fails the test when s holds anything Sanitize removes.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if problem := sanitize.Problem(s); problem != "" {
		t.Fatalf("%s: %s in %q", what, problem, s)
	}
}

func FuzzImport(f *testing.F) {
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Import("fuzz.txt", data, ImportOptions{})
		if err != nil {
			return
		}
		if a.Meta.Title == "" {
			t.Fatal("imported with no title")
		}
		md, err := a.Markdown()
		if err != nil {
			t.Fatalf("Markdown: %v", err)
		}
		b, body, err := briefing.Parse(a.FileName(), md)
		if err != nil {
			t.Fatalf("stored file does not parse back: %v\n%s", err, md)
		}
		if b.Title != a.Meta.Title || b.Summary != a.Meta.Summary || b.Dateline != a.Meta.Dateline {
			t.Fatalf("metadata changed on the way back: %+v vs %+v", b, a.Meta)
		}
		if body != a.Body {
			t.Fatalf("body changed on the way back:\n got %q\nwant %q", body, a.Body)
		}
		if name := a.FileName(); strings.ContainsAny(name, "/\\\x00") || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") {
			t.Fatalf("bad file name %q", name)
		}
		checkClean(t, "Import body", a.Body)
	})
}
