package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// countingWriter counts the writes that reach it, as a terminal or pipe
// counts system calls.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.Buffer.Write(p)
}

// TestWriteTableWritesOnce: a briefing's tables reach the output in one
// write, not one per cell (tabwriter's own pieces made ~600 system calls a
// text over a corpus of news texts, half the CPU time of `sitrep extract`),
// and say the same as tabwriter straight to the output.
func TestWriteTableWritesOnce(t *testing.T) {
	text := "Gunmen killed at least 115 people in Pont-Sondé on 3 October 2024, officials said on Wednesday. " +
		"More than 6,000 people fled, and the UN appeal for $674 million is 40% funded."
	ex := Extract([]byte(text), time.Date(2024, 10, 10, 0, 0, 0, 0, time.UTC))
	for _, explain := range []bool{false, true} {
		ex.Explain = explain
		var w countingWriter
		if err := ex.WriteTable(&w, "haiti.txt"); err != nil {
			t.Fatal(err)
		}
		if w.writes != 1 {
			t.Errorf("explain=%v: %d writes for one briefing's tables, want 1", explain, w.writes)
		}
		out := w.String()
		for _, want := range []string{"== haiti.txt (published 2024-10-10)", "FIGURES (", "115", "6,000", "TIMELINE (", "TEMPORAL EXPRESSIONS (", "2024-10-03"} {
			if !strings.Contains(out, want) {
				t.Errorf("explain=%v: the tables lack %q:\n%s", explain, want, out)
			}
		}
	}
}

// TestWriteJSONAsEncoder: extract --json, written a figure at a time, is
// byte for byte the line encoding/json makes of the Extraction, so that a
// field added to the contract cannot be left out of the hand-written line,
// with a published date or without one ("published":null).
func TestWriteJSONAsEncoder(t *testing.T) {
	text := "Gunmen killed at least 115 people in Pont-Sondé on 3 October 2024, officials said on Wednesday. " +
		"More than 6,000 people fled <home>, and the UN appeal for $674 million is 40% funded."
	for _, published := range []time.Time{time.Date(2024, 10, 10, 0, 0, 0, 0, time.UTC), {}} {
		ex := Extract([]byte(text), published)
		var got, want bytes.Buffer
		if err := ex.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if err := json.NewEncoder(&want).Encode(ex); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("published %v: WriteJSON\n%s\nencoding/json\n%s", published, got.String(), want.String())
		}
	}
}
