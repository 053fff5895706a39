package tui

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// TestHeavyBodyIsNotSentToGlamour: a crafted briefing of thousands of tiny
// paragraphs (minutes of glamour time) is shown as plain text at once, with
// a note saying why, and its words are all there.
func TestHeavyBodyIsNotSentToGlamour(t *testing.T) {
	body := strings.Repeat("word\n\n", 200_000) + "the end\n"
	lib, err := briefing.Load(fstest.MapFS{"heavy.md": {Data: []byte("---\ntitle: Heavy\n---\n" + body)}})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan *document, 1)
	go func() { done <- renderDocument(lib, docKey{ID: "heavy", Width: 80, Style: "dark"}, NewRenderGroup()) }()
	select {
	case doc := <-done:
		if !strings.Contains(doc.Note, "plain text") {
			t.Errorf("note = %q, want it to say the body is shown as plain text", doc.Note)
		}
		if last := doc.Plain[len(doc.Plain)-1]; !strings.Contains(last, "the end") {
			t.Errorf("last line = %q, want the end of the body", last)
		}
	case <-time.After(time.Minute): // generous: the bound is about hanging, not speed
		t.Fatal("rendering a heavy briefing did not finish")
	}
	if heavy, _ := sanitize.TooHeavy(strings.Repeat(strings.Repeat("> ", 20)+"deep\n\n", 200)); !heavy {
		t.Error("200 quotes nested 20 deep were judged light enough for glamour")
	}
	if heavy, _ := sanitize.TooHeavy(strings.Repeat("A real paragraph of a briefing.\n\n", 60)); heavy {
		t.Error("an ordinary briefing was judged too heavy for glamour")
	}
}
