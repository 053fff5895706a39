package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing/ingest"
)

// TestImportTakesTheDatelineDate: an import without --published is stored
// under the date its dateline states, and one whose only date lies deeper
// in the body is refused, saying what it looked for.
func TestImportTakesTheDatelineDate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lib")
	texts := map[string]string{
		"zamzam.txt": "RSF overruns Zamzam camp\n\nKHARTOUM, 14 April 2025 (Reuters) – The RSF overran Zamzam camp, aid groups said.\n",
		"goma.txt":   "M23 takes Goma airport\n\nGOMA (Reuters) – M23 fighters took the airport. Residents sheltered indoors as shells fell.\n\nOn 27 January 2025 the group entered the city.\n",
	}
	read := func(name string) ([]byte, error) { return []byte(texts[name]), nil }
	var out bytes.Buffer
	if err := ImportAll(&out, dir, []string{"zamzam.txt"}, read, ingest.ImportOptions{}, ImportPolicy{}); err != nil {
		t.Fatalf("a dateline with a date should date the import: %v", err)
	}
	if got := filepath.Base(strings.TrimSpace(out.String())); !strings.HasPrefix(got, "2025-04-14-") {
		t.Errorf("stored as %s, want it under the dateline's date 2025-04-14", got)
	}
	data, err := os.ReadFile(strings.TrimSpace(out.String()))
	if err != nil || !strings.Contains(string(data), "published: 2025-04-14") {
		t.Errorf("the front matter should say published: 2025-04-14 (%v):\n%s", err, data)
	}
	err = ImportAll(&out, dir, []string{"goma.txt"}, read, ingest.ImportOptions{}, ImportPolicy{})
	if !errors.Is(err, errUndated) || !strings.Contains(err.Error(), "goma.txt") || !strings.Contains(err.Error(), "dateline") {
		t.Errorf("a date deep in the body must not date the import; want a refusal naming the file and the dateline: %v", err)
	}
}
