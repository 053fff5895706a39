package tui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"sitrep/briefing"
	"sitrep/content"
)

// These flows run the model in a real bubbletea program (teatest), with
// real commands and timers, the way an analyst would use it.

func startProgram(t *testing.T, lib *briefing.Library, w, h int, opts Options) *teatest.TestModel {
	t.Helper()
	opts.Width, opts.Height = 0, 0 // the size comes from the program, as in a terminal
	return teatest.NewTestModel(t, New(lib, opts),
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

func waitFor(t *testing.T, tm *teatest.TestModel, what string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func typeKeys(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

func TestFlowOpenNextJumpSearchQuit(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	if lib.Len() < 2 {
		t.Skip("the embedded library needs two briefings")
	}
	second := lib.Briefings()[1]
	figs, _ := lib.KeyFigures(second.ID)
	if len(figs) == 0 {
		t.Skipf("%s has no key figures to jump to yet", second.ID)
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := startProgram(t, lib, size[0], size[1], Options{Style: "auto", Mouse: true})
			waitFor(t, tm, "STORIES")
			typeKeys(tm, "enter")
			waitFor(t, tm, "READER")
			typeKeys(tm, "J")
			waitFor(t, tm, "2/"+itoa(lib.Len()))
			typeKeys(tm, "f")
			waitFor(t, tm, "FIGURES")
			typeKeys(tm, "enter")
			if size[0] < mediumWidth {
				waitFor(t, tm, "READER")
			} else {
				typeKeys(tm, "tab", "tab", "tab") // figures → timeline → list → reader
				waitFor(t, tm, "READER")
			}
			word := strings.Fields(second.Title)[0]
			typeKeys(tm, "/")
			for _, r := range word {
				typeKeys(tm, string(r))
			}
			typeKeys(tm, "enter")
			waitFor(t, tm, "(n/N")
			typeKeys(tm, "q")
			m := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
			if m.current != second.ID {
				t.Errorf("after J the reader shows %s, want %s", m.current, second.ID)
			}
			if len(m.reader.highlight) == 0 {
				t.Error("enter on a figure should highlight its sentence")
			}
			if m.reader.query != word || len(m.reader.matches) == 0 {
				t.Errorf("search for %q found %d matches", word, len(m.reader.matches))
			}
			if !m.state.IsRead(lib.Briefings()[0].ID) || !m.state.IsRead(second.ID) {
				t.Error("both stories read in the reader should be marked read")
			}
		})
	}
}

func TestFlowFilterStarAndQuit(t *testing.T) {
	lib := fixtureLibrary(t)
	tm := startProgram(t, lib, 120, 40, Options{Style: "dark"})
	waitFor(t, tm, "STORIES")
	typeKeys(tm, "/")
	for _, r := range "convoy" {
		typeKeys(tm, string(r))
	}
	typeKeys(tm, "enter", "s", "S")
	waitFor(t, tm, "starred only")
	typeKeys(tm, "ctrl+c")
	m := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	if len(m.list.visible) != 1 || !m.state.IsStarred("2024-12-10-aid-convoy") {
		t.Errorf("filter then s then S should leave the starred convoy story alone in the list")
	}
}
