package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/index"
)

// sampleIndex opens the index of the embedded samples in a temporary
// XDG cache directory.
func sampleIndex(t *testing.T) *index.Index {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	var errs bytes.Buffer
	ix, err := OpenIndex(context.Background(), Source{}, &errs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if errs.Len() > 0 {
		t.Errorf("stderr: %s", errs.String())
	}
	return ix
}

func TestSearchText(t *testing.T) {
	ix := sampleIndex(t)
	var out bytes.Buffer
	mark := func(s string) string { return "[" + s + "]" }
	if err := Search(context.Background(), &out, ix, "Tawila", SearchOptions{Highlight: mark}); err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(out.String(), "\n\n")
	for _, want := range []string{" 1. 2025-04-14  RSF overruns Zamzam camp", "UN OCHA; IOM", "[Tawila]", "2025-04-14-sudan-rsf-overruns-zamzam-camp"} {
		if !strings.Contains(first, want) {
			t.Errorf("first result lacks %q:\n%s", want, first)
		}
	}
	out.Reset()
	if err := Search(context.Background(), &out, ix, "zzzzqqq", SearchOptions{}); err != nil || out.String() != "No briefing matches.\n" {
		t.Errorf("no match: %q, %v", out.String(), err)
	}
}

func TestSearchJSON(t *testing.T) {
	ix := sampleIndex(t)
	var out bytes.Buffer
	if err := Search(context.Background(), &out, ix, `"gran grif"`, SearchOptions{JSON: true}); err != nil {
		t.Fatal(err)
	}
	var hits []hitJSON
	if err := json.Unmarshal(out.Bytes(), &hits); err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("%d hits, want the 2 Haiti briefings", len(hits))
	}
	for _, h := range hits {
		if !strings.Contains(h.Snippet, "«Gran Grif»") || h.Published == nil || h.Title == "" {
			t.Errorf("hit %+v", h)
		}
		for _, sp := range h.Highlights {
			if got := h.SnippetText[sp.Start:sp.End]; got != "Gran Grif" {
				t.Errorf("highlight %q", got)
			}
		}
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix := sampleIndex(t)
	err := Search(context.Background(), &bytes.Buffer{}, ix, "role:bored", SearchOptions{})
	var qe *briefing.QueryError
	if !errors.As(err, &qe) || !strings.Contains(err.Error(), "killed") {
		t.Errorf("err = %v, want a QueryError listing the roles", err)
	}
}

func TestOpenIndexFollowsLibrary(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: Alpha\n---\nfighting near Tawila\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.md"), []byte("no front matter\n"), 0o644)
	var errs bytes.Buffer
	ix, err := OpenIndex(context.Background(), Source{Dir: dir}, &errs)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if !strings.Contains(errs.String(), "skipped bad.md") {
		t.Errorf("stderr %q does not name the bad file", errs.String())
	}
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("---\ntitle: Bravo\n---\nTawila again\n"), 0o644)
	ix, err = OpenIndex(context.Background(), Source{Dir: dir}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var out bytes.Buffer
	Search(context.Background(), &out, ix, "tawila", SearchOptions{JSON: true})
	if !strings.Contains(out.String(), `"id": "b"`) {
		t.Errorf("a file added since is not found: %s", out.String())
	}
}
