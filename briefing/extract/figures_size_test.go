package extract

import (
	"testing"
	"unsafe"
)

// TestLexRefFits checks that every lexicon slot has a lexRef: a figure
// keeps the word behind its category as one.
func TestLexRefFits(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	if n := len(lexTable); n > 1<<16-1 {
		t.Fatalf("lexTable has %d slots; lexRef holds %d", n, 1<<16-1)
	}
	lx := lookupNumLex("killed")
	if lx == nil || lx.ref.word() != "killed" {
		t.Fatalf(`lexRef of "killed" reads back as %q`, lx.ref.word())
	}
}

// TestFigureSize keeps a Figure at 200 bytes on 64-bit machines: a long
// briefing holds thousands of them, and each byte is copied and scanned.
func TestFigureSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit machines")
	}
	if n := unsafe.Sizeof(Figure{}); n > 200 {
		t.Errorf("a Figure takes %d bytes, want at most 200 (why: %d)", n, unsafe.Sizeof(figureWhy{}))
	}
}
