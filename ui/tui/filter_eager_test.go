package tui

import (
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// A reader that starts on a small library (the first part of a library
// read in parts, or the 500 newest of an index caught up) builds the
// filter's index of the whole library at each change, however large, with
// no filter ever opened.
func TestFilterIndexNotBuiltPastEagerLimit(t *testing.T) {
	small, err := briefing.Load(librarytest.FS(300, 5))
	if err != nil {
		t.Fatal(err)
	}
	big, err := briefing.Load(librarytest.FS(eagerFilterIndex+200, 5))
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, small, 120, 40)
	if m.list.texts == nil {
		t.Fatal("no index for the small library")
	}
	cmd := m.list.Update(libraryChangedMsg{lib: big, state: m.state})
	t.Logf("after a change to %d briefings, no filter opened: textsAsked=%v cmd!=nil=%v", big.Len(), m.list.textsAsked, cmd != nil)
	if m.list.textsAsked {
		t.Errorf("the index of a library of %d briefings is built though the filter was never opened", big.Len())
	}
}
