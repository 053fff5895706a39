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

// TestRuleTablesInOrder checks that the exclusions and the unit steps are
// listed in the order of their kinds, the order notFigure and unitOf try
// them in, so that the names --explain gives are those of the code.
func TestRuleTablesInOrder(t *testing.T) {
	for i, x := range figureExclusions {
		if x.kind != exclusionKind(i) {
			t.Errorf("figureExclusions[%d] is %q of kind %d", i, x.name, x.kind)
		}
	}
	if len(figureExclusions) != int(exclusionAgeAfterName)+1 {
		t.Errorf("%d exclusions for %d kinds", len(figureExclusions), exclusionAgeAfterName+1)
	}
	for i, u := range unitSteps {
		if u.kind != unitStepKind(i) {
			t.Errorf("unitSteps[%d] is %q of kind %d", i, u.name, u.kind)
		}
	}
	if len(unitSteps) != int(stepWord)+1 {
		t.Errorf("%d unit steps for %d kinds", len(unitSteps), stepWord+1)
	}
}
