package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/briefing/ingest"
	"sitrep/briefing/librarytest"
)

const otherArticle = `Aid reaches the north

The first convoy in three weeks crossed the river on Monday with food and medicine.
Aid workers said more trucks would follow if the road stayed open.
`

// TestImportSameTextFromIndex: with the library's index, the import still
// refuses the same article under another name — found through the index
// for a file indexed, by reading a file new since — and a file changed
// since it was indexed is judged by what it holds now, not by the index.
func TestImportSameTextFromIndex(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "lib")
	if err := librarytest.Write(dir, 50, 7); err != nil {
		t.Fatal(err)
	}
	dated := ingest.ImportOptions{Published: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)}
	importText := func(name, text string, opts ingest.ImportOptions, pol ImportPolicy) error {
		var out bytes.Buffer
		return ImportAll(&out, dir, []string{name}, func(string) ([]byte, error) { return []byte(text), nil }, opts, pol)
	}
	if err := importText("talks.txt", article, dated, ImportPolicy{}); err != nil {
		t.Fatal(err)
	}
	ix, err := OpenIndex(ctx, Source{Dir: dir}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	// New since the index was brought up to date.
	if err := importText("aid.txt", otherArticle, dated, ImportPolicy{}); err != nil {
		t.Fatal(err)
	}
	undated := ImportPolicy{Undated: true}
	for _, c := range []struct{ text, want string }{
		{strings.ToUpper(article), "2025-02-01-talks-resume-in-the-capital"}, // indexed
		{otherArticle, "2025-02-01-aid-reaches-the-north"},                   // not indexed
	} {
		err := importText("copy.txt", c.text, ingest.ImportOptions{}, undated)
		if err == nil || !strings.Contains(err.Error(), "already in the library as "+c.want) {
			t.Errorf("the same text under another name: %v, want it refused as a copy of %s", err, c.want)
		}
	}
	// The indexed file now holds another text: the article may come in.
	talks := filepath.Join(dir, "2025-02-01-talks-resume-in-the-capital.md")
	data, err := os.ReadFile(talks)
	if err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(string(data), "Delegations")
	if err := os.WriteFile(talks, []byte(head+"Rewritten by an editor; the delegations text is gone.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := importText("copy.txt", article, ingest.ImportOptions{}, undated); err != nil {
		t.Errorf("the article after its indexed copy was rewritten: %v", err)
	}
}
