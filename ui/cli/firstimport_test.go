package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/briefing/ingest"
)

const article = `Talks resume in the capital

Delegations from both governments met on Saturday for the first time since the autumn.
They agreed to meet again next month, officials said.
`

// TestFirstImportSaysTheSamplesAreHidden: the import that creates the
// analyst's own library says so in one line, with the command that shows
// the samples again; later imports say nothing.
func TestFirstImportSaysTheSamplesAreHidden(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	opts := ingest.ImportOptions{Published: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)}
	read := func(string) ([]byte, error) { return []byte(article), nil }
	importOnce := func(files ...string) string {
		var out, notes bytes.Buffer
		hides := ImportHidesSamples("")
		dir, err := ImportDir("")
		if err != nil {
			t.Fatal(err)
		}
		if err := ImportAll(&out, dir, files, read, opts, ImportPolicy{}); err != nil {
			t.Fatal(err)
		}
		if hides {
			NoteSamplesHidden(&notes, dir)
		}
		return notes.String()
	}
	first := importOnce("talks.txt")
	if strings.Count(first, "\n") != 1 || !strings.Contains(first, "sitrep --library "+SamplesFlag) {
		t.Errorf("the first import should say in one line how to see the samples again: %q", first)
	}
	if src, err := LocateLibrary(SamplesFlag); err != nil || src.Dir != "" {
		t.Errorf("--library %s should read the samples: %v %v", SamplesFlag, src, err)
	}
	if again := importOnce(); again != "" {
		t.Errorf("a later import should not repeat it: %q", again)
	}
}

// TestImportRefusesUndatedAndDuplicates: without a date the import is
// refused unless undated, and the same text is never stored twice.
func TestImportRefusesUndatedAndDuplicates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lib")
	dated := ingest.ImportOptions{Published: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)}
	read := func(string) ([]byte, error) { return []byte(article), nil }
	var out bytes.Buffer

	err := ImportAll(&out, dir, []string{"talks.txt"}, read, ingest.ImportOptions{}, ImportPolicy{})
	if !errors.Is(err, errUndated) || !strings.Contains(err.Error(), "--undated") {
		t.Errorf("an undated import should be refused, naming --undated: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused import wrote %d files", len(entries))
	}
	if err := ImportAll(&out, dir, []string{"talks.txt"}, read, dated, ImportPolicy{}); err != nil {
		t.Fatal(err)
	}
	// The same article again, undated (so under another name), and with its
	// lines broken and cased differently.
	other := func(string) ([]byte, error) {
		return []byte(strings.ToUpper(strings.ReplaceAll(article, " since", "\nsince"))), nil
	}
	err = ImportAll(&out, dir, []string{"copy.txt"}, other, ingest.ImportOptions{}, ImportPolicy{Undated: true})
	if err == nil || !strings.Contains(err.Error(), "already in the library") {
		t.Errorf("the same text under another name should be refused: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the library holds %d files, want 1", len(entries))
	}
	// --undated imports a new undated article.
	fresh := func(string) ([]byte, error) {
		return []byte("Background\n\nThe armed groups formed over a decade.\n"), nil
	}
	if err := ImportAll(&out, dir, []string{"bg.txt"}, fresh, ingest.ImportOptions{}, ImportPolicy{Undated: true}); err != nil {
		t.Errorf("--undated should import an undated article: %v", err)
	}
}
