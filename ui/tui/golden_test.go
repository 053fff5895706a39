package tui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"sitrep/briefing"
	"sitrep/content"
)

// updating reports whether -update was given. The flag itself is defined
// by teatest's golden package, which this test binary links.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestGoldenScreens draws the embedded library at the sizes analysts use,
// colour off, and compares with testdata/*.golden (go test ./ui -update
// rewrites them; review the diff like any other change).
func TestGoldenScreens(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	if lib.Len() == 0 {
		t.Skip("the embedded library is empty")
	}
	screens := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"reader", []string{"enter"}},
		{"figures", []string{"enter", "f"}},
		{"timeline", []string{"enter", "t"}},
		{"help", []string{"?"}},
	}
	// Each theme: the dark one (the plain name), the light one, and
	// NO_COLOR, whose golden keeps the bold, reverse and underline that
	// mark what colour marks elsewhere (as the Ascii profile writes them).
	themes := []struct {
		suffix string
		opt    func(*Options)
	}{
		{"", func(o *Options) {}},
		{"-light", func(o *Options) { o.Style = "light" }},
		{"-nocolor", func(o *Options) { o.NoColor = true }},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, th := range themes {
			for _, sc := range screens {
				name := fmt.Sprintf("%s-%dx%d%s", sc.name, size[0], size[1], th.suffix)
				t.Run(name, func(t *testing.T) {
					m := newTestModel(t, lib, size[0], size[1], th.opt)
					m = press(t, m, sc.keys...)
					got := strings.Join(screenLines(m), "\n") + "\n"
					if th.suffix == "-nocolor" {
						got = asciiScreen(t, m)
					}
					checkGolden(t, name, got)
				})
			}
		}
	}
}

// asciiScreen is the screen as a terminal without colour gets it: the
// Ascii profile keeps bold, reverse and underline and drops every colour.
func asciiScreen(t *testing.T, m Model) string {
	t.Helper()
	var buf strings.Builder
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	if _, err := w.Write([]byte(m.View().Content)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("%s differs from line %d:\nwant %q\ngot  %q\n\nscreen now:\n%s", path, i+1, w, g, got)
			return
		}
	}
}
