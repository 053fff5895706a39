package tui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
)

// fixtureFiles is a small library with what the tests need: dated and
// undated briefings, a long body to scroll, a figure deep in it.
func fixtureFiles() fstest.MapFS {
	long := strings.Builder{}
	long.WriteString("Opening paragraph about the situation in the region.\n\n")
	for i := range 30 {
		fmt.Fprintf(&long, "Paragraph %d describes patrols, checkpoints and the movement of convoys along the coast road in some detail, so that the text wraps over several lines.\n\n", i+1)
	}
	long.WriteString("## Casualties\n\nHospital officials said that at least 48 people were killed in the shelling of the market on Tuesday, and dozens more were wounded.\n\n")
	for i := range 10 {
		fmt.Fprintf(&long, "Closing paragraph %d notes the reaction of neighbouring governments and aid agencies.\n\n", i+1)
	}
	return fstest.MapFS{
		"2025-03-04-coast-shelling.md": {Data: []byte(`---
title: Shelling of coastal market kills dozens
summary: Hospital officials count at least 48 dead after the market was hit.
published: 2025-03-05
source: Field report
url: https://example.org/coast
region: Levant
countries: [Atlantis]
tags: [shelling, markets]
dateline: Port Town
---
` + long.String())},
		"2025-02-01-border-talks.md": {Data: []byte(`---
title: Border talks resume in the capital
summary: Delegations meet for the first time since the autumn.
published: 2025-02-01
source: Wire
region: Sahel
countries: [Mali, Niger]
tags: [diplomacy]
---
Delegations from both governments met on Saturday. They agreed to meet again next month.
`)},
		"2024-12-10-aid-convoy.md": {Data: []byte(`---
title: Aid convoy reaches besieged town
summary: Trucks carry food for 20,000 people.
published: 2024-12-10
source: Agency
region: Horn of Africa
countries: [Somalia]
---
About 40 trucks reached the town carrying food for 20,000 people, the agency said.
`)},
		"undated-background.md": {Data: []byte(`---
title: Background to the northern insurgency
summary: How the armed groups formed.
countries: [Burkina Faso]
---
The groups formed over a decade.
`)},
	}
}

func fixtureLibrary(t testing.TB) *briefing.Library {
	t.Helper()
	lib, err := briefing.Load(fixtureFiles())
	if err != nil {
		t.Fatal(err)
	}
	if len(lib.Problems()) > 0 {
		t.Fatalf("fixture problems: %v", lib.Problems())
	}
	return lib
}

// newTestModel builds a session at w×h with the debounces off and runs its
// start-up commands to completion.
func newTestModel(t testing.TB, lib *briefing.Library, w, h int, opts ...func(*Options)) Model {
	t.Helper()
	o := Options{Style: "dark", Width: w, Height: h}
	for _, f := range opts {
		f(&o)
	}
	m := New(lib, o)
	m.delays = delays{resize: -1, save: -1, status: -1}
	return drain(t, m, m.Init())
}

// drain runs a command and feeds what it returns back into the model,
// recursively, as the program would (without timing).
func drain(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	for _, msg := range runCmd(t, cmd) {
		next, c := m.Update(msg)
		m = drain(t, next.(Model), c)
	}
	return m
}

// runCmd executes cmd and flattens batches and sequences into messages.
func runCmd(t testing.TB, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("a command did not return within 20s")
	}
	if msg == nil {
		return nil
	}
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runCmd(t, v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// keyMsg builds the key press a terminal sends for a key name.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "ctrl+c", "ctrl+d", "ctrl+u":
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("unknown key " + k)
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// press sends keys one by one, running what each returns.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		next, cmd := m.Update(keyMsg(k))
		m = drain(t, next.(Model), cmd)
	}
	return m
}

// typeText sends each rune of s as a key press.
func typeText(t testing.TB, m Model, s string) Model {
	t.Helper()
	for _, r := range s {
		m = press(t, m, string(r))
	}
	return m
}

// screen is what the analyst sees, without colours.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// screenLines splits the screen into rows with trailing spaces trimmed.
func screenLines(m Model) []string {
	lines := strings.Split(screen(m), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

func assertContains(t *testing.T, what, s string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Errorf("%s does not show %q:\n%s", what, w, s)
		}
	}
}

func assertNotContains(t *testing.T, what, s string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(s, w) {
			t.Errorf("%s shows %q but should not:\n%s", what, w, s)
		}
	}
}

// fstestFile is a file to add to a fixture library.
type fstestFile struct{ data string }

func (f fstestFile) file() *fstest.MapFile { return &fstest.MapFile{Data: []byte(f.data)} }

// paneText is what a pane draws, as one string.
func paneText(p pane) string { return strings.Join(p.View(), "\n") }
