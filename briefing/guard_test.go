package briefing

import (
	"errors"
	"strings"
	"testing"
)

// TestGuardedExtraction: a panic of the extractor on one briefing's text
// comes back as an error that names the file, instead of ending the
// program.
func TestGuardedExtraction(t *testing.T) {
	err := Guarded("wars/2024-10-10-haiti.md", func() { panic("index out of range [3] with length 3") })
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != "wars/2024-10-10-haiti.md" || !strings.Contains(err.Error(), "index out of range") {
		t.Fatalf("guarded = %v, want a ParseError naming the file and the failure", err)
	}
	if err := Guarded("ok.md", func() {}); err != nil {
		t.Fatalf("guarded of work that succeeds = %v", err)
	}
}
