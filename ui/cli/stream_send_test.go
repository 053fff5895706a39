package cli

import (
	"testing"

	"sitrep/briefing"
)

// TestSendNewestKeepsReplaced: a part the reader did not take gives way
// to the next, and a replacement it carried is not lost with it (the
// reader would take the next part as growth and keep a file's body under
// another's title).
func TestSendNewestKeepsReplaced(t *testing.T) {
	parts := make(chan briefing.LibraryPart, 1)
	send := sendNewest(parts)
	send(briefing.LibraryPart{Replaced: true})
	send(briefing.LibraryPart{Done: true})
	got := <-parts
	if !got.Done || !got.Replaced {
		t.Errorf("the reader got %+v; want the last part, marked as replacing", got)
	}
	select {
	case p := <-parts:
		t.Errorf("a second part waits: %+v", p)
	default:
	}
}
