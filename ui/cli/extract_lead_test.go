package cli

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/content"
)

// TestExtractLeadIsReaders checks that `sitrep extract --json FILE` on a
// briefing leads with the figure the reader shows as its badge and at the
// top of the figures panel: the command weighs the title and summary of
// the front matter as the library does.
func TestExtractLeadIsReaders(t *testing.T) {
	fsys := content.Briefings()
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range lib.Briefings() {
		want, ok, err := lib.LeadFigure(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		data, err := fs.ReadFile(fsys, b.Path)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := Extract(data, time.Time{}).WriteJSON(&out); err != nil {
			t.Fatal(err)
		}
		var got struct{ Figures []extract.Figure }
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v", b.Path, err)
		}
		var leads []extract.Figure
		for _, f := range got.Figures {
			if f.Lead {
				leads = append(leads, f)
			}
		}
		switch {
		case !ok && len(leads) != 0:
			t.Errorf("%s: the command leads with %q; the reader with none", b.Path, leads[0].Text)
		case ok && len(leads) != 1:
			t.Errorf("%s: the command marks %d lead figures, want 1 (%q)", b.Path, len(leads), want.Text)
		case ok && (leads[0].Text != want.Text || leads[0].Value != want.Value || leads[0].Role != want.Role):
			t.Errorf("%s: the command leads with %q (%v %s); the reader with %q (%v %s)",
				b.Path, leads[0].Text, leads[0].Value, leads[0].Role, want.Text, want.Value, want.Role)
		}
		n++
	}
	if n < 13 {
		t.Errorf("checked %d sample briefings, want all 13", n)
	}
}
