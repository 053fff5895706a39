package story

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/briefing"
)

// TestAnalyzeKeepsFewKeyFigures checks that a page of many tolls keeps the
// first maxKeyFigures key figures, so that analysing it (each figure's
// place, speaker and date) stays quick.
func TestAnalyzeKeepsFewKeyFigures(t *testing.T) {
	var body strings.Builder
	for i := range 3 * maxKeyFigures {
		body.WriteString("Gunmen killed " + strconv.Itoa(i+3) + " people in Goma on Monday. ")
	}
	b := &briefing.Briefing{ID: "tolls", Title: "Tolls", Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
	d := Analyze(b, body.String())
	if len(d.Figures) != maxKeyFigures {
		t.Fatalf("%d key figures kept, want %d", len(d.Figures), maxKeyFigures)
	}
	if d.Figures[0].Value != 3 || d.Figures[0].Place != "Goma" {
		t.Errorf("first figure %v in %q, want the first toll, 3 in Goma", d.Figures[0].Value, d.Figures[0].Place)
	}
}
