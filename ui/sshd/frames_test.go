package sshd

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/content"
	"sitrep/ui/tui"
)

// cursed draws views as bubbletea's renderer does in the alternate screen:
// each frame parsed into cells and diffed with the last.
type cursed struct {
	scr *uv.TerminalRenderer
	buf uv.ScreenBuffer
}

func newCursed(out io.Writer, w, h int) *cursed {
	c := &cursed{scr: uv.NewTerminalRenderer(out, []string{"TERM=xterm-256color"}), buf: uv.NewScreenBuffer(w, h)}
	c.scr.SetColorProfile(colorprofile.TrueColor)
	c.scr.SetScrollOptim(true)
	c.scr.SetFullscreen(true)
	c.scr.SetRelativeCursor(false)
	c.scr.Erase()
	return c
}

func (c *cursed) resize(w, h int) {
	c.scr.Erase()
	c.scr.Resize(w, h)
	c.buf.Touched = nil
	c.buf.Resize(w, h)
}

func (c *cursed) draw(t *testing.T, v tea.View) {
	t.Helper()
	c.buf.Clear()
	uv.NewStyledString(v.Content).Draw(c.buf, c.buf.Bounds())
	c.scr.Render(c.buf.RenderBuffer)
	if err := c.scr.Flush(); err != nil {
		t.Fatal(err)
	}
}

// readerViews runs the reader over the sample library through keys and
// resizes, its commands run as the program would (those that wait, the
// debounces, are dropped), and returns each view it drew.
func readerViews(t testing.TB, steps []tea.Msg) []tea.View {
	t.Helper()
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = tui.New(lib, tui.Options{Style: "dark", Width: 100, Height: 30})
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- cmd() }()
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(300 * time.Millisecond):
			return // a debounce
		}
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
			for i := range v.Len() {
				run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		if msg != nil {
			next, c := m.Update(msg)
			m = next
			run(c)
		}
	}
	run(m.Init())
	var views []tea.View
	for _, step := range steps {
		next, c := m.Update(step)
		m = next
		run(c)
		views = append(views, m.View())
	}
	return views
}

// TestFramesShowWhatTheRendererShows draws the reader's views through a
// session's frames and through bubbletea's renderer, each into a terminal,
// and compares the screens after every key and resize.
func TestFramesShowWhatTheRendererShows(t *testing.T) {
	key := func(k string) tea.Msg { return tea.KeyPressMsg{Code: []rune(k)[0], Text: k} }
	steps := []tea.Msg{
		tea.WindowSizeMsg{Width: 100, Height: 30},
		tea.BackgroundColorMsg{Color: color.Black},
		key("j"), key("k"), key("j"), key("j"),
		tea.KeyPressMsg{Code: tea.KeyEnter},
		key("j"), key("J"), key("f"), key("t"),
		tea.KeyPressMsg{Code: tea.KeyTab},
		key("?"), tea.KeyPressMsg{Code: tea.KeyEscape},
		tea.WindowSizeMsg{Width: 80, Height: 24},
		key("j"), key("/"), key("s"), key("u"), tea.KeyPressMsg{Code: tea.KeyEscape},
		tea.WindowSizeMsg{Width: 200, Height: 60},
		key("K"), key("s"),
		tea.WindowSizeMsg{Width: 59, Height: 24}, // too small
		tea.WindowSizeMsg{Width: 120, Height: 40},
	}
	views := readerViews(t, steps)
	var out, sent bytes.Buffer
	f := newFrames(&out, 100, 30, true)
	want, got := newVT(100, 30), newVT(100, 30)
	r := newCursed(want, 100, 30)
	// both draws v with bubbletea's renderer and with frames, each into
	// its own terminal, and compares the screens.
	both := func(v tea.View, what string) {
		t.Helper()
		r.draw(t, v)
		f.mu.Lock()
		f.draw(v)
		f.mu.Unlock()
		if _, err := got.Write(out.Bytes()); err != nil {
			t.Fatal(err)
		}
		sent.Write(out.Bytes())
		out.Reset()
		if w, g := want.Text(), got.Text(); w != g {
			t.Fatalf("%s the frames show\n%s\n\nbubbletea's renderer\n%s", what, g, w)
		}
	}
	for i, v := range views {
		if ws, ok := steps[i].(tea.WindowSizeMsg); ok {
			want.Resize(ws.Width, ws.Height)
			got.Resize(ws.Width, ws.Height)
			r.resize(ws.Width, ws.Height)
			f.resize(ws.Width, ws.Height)
		}
		both(v, fmt.Sprintf("after step %d (%v)", i, steps[i]))
	}
	// Rows of wide characters, as a briefing in Chinese or with emoji
	// draws them, full width and short.
	for _, rows := range [][]string{
		{"世界和平 " + strings.Repeat("x", 111), "\x1b[1m🇸🇩 Sudan\x1b[m" + strings.Repeat(" ", 112), "short"},
		{"世界和平 " + strings.Repeat("y", 111), "é́ combining" + strings.Repeat(" ", 109), "shorter", "", "last"},
	} {
		both(tea.NewView(strings.Join(rows, "\n")), "with wide characters")
	}
	f.close()
	if !bytes.Contains(out.Bytes(), []byte("\x1b[?1049l")) {
		t.Errorf("closing left the alternate screen on: %q", out.Bytes())
	}
	sent.Write(out.Bytes())
	if seqs := autowrapSwitches(sent.Bytes()); len(seqs) > 0 {
		t.Errorf("the frames switch the terminal's autowrap (%q): a connection that drops leaves it so", seqs)
	}
}

// decModes matches DEC private mode changes (DECSET and DECRST).
var decModes = regexp.MustCompile(`\x1b\[\?([0-9;]*)[hl]`)

// autowrapSwitches returns the sequences in b that set or reset autowrap
// (DECAWM, private mode 7), alone or among other modes.
func autowrapSwitches(b []byte) []string {
	var found []string
	for _, m := range decModes.FindAllSubmatch(b, -1) {
		if slices.Contains(strings.Split(string(m[1]), ";"), "7") {
			found = append(found, string(m[0]))
		}
	}
	return found
}

// TestFramesCutRowsToTheTerminal checks that rows wider than the terminal
// reach it cut to its width, with autowrap on as the writer leaves it, in
// a terminal counting grapheme clusters and in one counting each code
// point (where 👨‍👩‍👧 is 6 columns, not 2): nothing wraps onto the next row
// or scrolls the screen, a wide character is never split at the margin,
// colours inside a row arrive whole, and a row that ends in the screen's
// last cell leaves no pending wrap behind (a character printed next would
// scroll the screen up).
func TestFramesCutRowsToTheTerminal(t *testing.T) {
	cases := []struct {
		name       string
		rows, want []string
	}{
		{"ASCII", []string{"top row", "abcdefghijKLM", "", "abcdefghijklmnop"},
			[]string{"top row", "abcdefghij", "", "abcdefghij"}},
		{"a wide character over the margin", []string{"top row", "abcdefghi世x", "", "abcdefgh世x"},
			[]string{"top row", "abcdefghi", "", "abcdefgh世"}},
		{"colours inside", []string{"top row", "\x1b[1mab\x1b[31mcdefgh\x1b[mij\x1b[32mKL\x1b[m", "", "\x1b[7mabcdefghij\x1b[m"},
			[]string{"top row", "abcdefghij", "", "abcdefghij"}},
		{"a cluster some terminals draw wider", []string{"top row", "👨‍👩‍👧abcdefgh", "", "x👨‍👩‍👧abcdefg"},
			[]string{"top row", "👨‍👩‍👧abcd", "", "x👨‍👩‍👧abc"}},
	}
	for _, method := range []ansi.Method{ansi.GraphemeWidth, ansi.WcWidth} {
		for _, tc := range cases {
			var out bytes.Buffer
			f := newFrames(&out, 10, 4, true)
			screen := newVT(10, 4)
			screen.method = method
			f.mu.Lock()
			f.draw(tea.NewView(strings.Join(tc.rows, "\n")))
			f.mu.Unlock()
			sent := out.String()
			if _, err := screen.Write(out.Bytes()); err != nil {
				t.Fatal(err)
			}
			want := strings.Join(tc.want, "\n")
			if got := screen.Text(); got != want {
				t.Errorf("%s, terminal counting %v: the screen shows\n%s\nwant\n%s\n(sent %q)", tc.name, method, got, want, sent)
			}
			if strings.Contains(sent, "KL") || strings.Contains(sent, "世x") || strings.Contains(sent, "ijk") {
				t.Errorf("%s: sent what is past the margin: %q", tc.name, sent)
			}
			if tc.name == "colours inside" && !strings.Contains(sent, "\x1b[1mab\x1b[31mcdefgh\x1b[mij") {
				t.Errorf("%s: the colours did not arrive whole: %q", tc.name, sent)
			}
			// Whatever is printed next must not scroll the screen.
			if _, err := screen.Write([]byte("Z")); err != nil {
				t.Fatal(err)
			}
			if got := screen.Text(); !strings.HasPrefix(got, "top row\n") {
				t.Errorf("%s, terminal counting %v: the last cell left a pending wrap, the screen scrolled:\n%s", tc.name, method, got)
			}
			f.close()
		}
	}
}

// TestFramesCutTo checks the cut of a row to a number of columns.
func TestFramesCutTo(t *testing.T) {
	for _, c := range []struct {
		row   string
		cols  int
		want  string
		width int
	}{
		{"abc", 2, "ab", 2},
		{"abc", 3, "abc", 3},
		{"世界", 3, "世", 2},
		{"\x1b[1m│ ab\x1b[m", 3, "\x1b[1m│ a", 3},
		{"a\x1b[31mb", 1, "a\x1b[31m", 1},
		{"e\u0301x", 1, "e\u0301", 1}, // a combining mark stays with its letter
		{"❤️a", 2, "❤️", 2},           // two columns as a cluster, one by wcwidth
		{"👨‍👩‍👧a", 5, "", 0},          // two columns as a cluster, six by wcwidth
		{"·—…▌", 4, "·—…▌", 4},        // the reader's marks
		{"bell\x07x", 5, "bellx", 5},  // controls count nothing
		{"a\xffb", 2, "a\ufffd", 2},   // not UTF-8: one column, as U+FFFD
	} {
		if got, w := appendSafe(nil, c.row, true, c.cols, false); string(got) != c.want || w != c.width {
			t.Errorf("appendSafe(%q, %d) = %q, %d; want %q, %d", c.row, c.cols, got, w, c.want, c.width)
		}
	}
}

// TestTrimBlanks checks which trailing spaces a row is sent without: those
// in the default style only.
func TestTrimBlanks(t *testing.T) {
	for _, c := range []struct{ row, want string }{
		{"abc   ", "abc"},
		{"\x1b[1mabc\x1b[m   ", "\x1b[1mabc\x1b[m"},
		{"\x1b[1mabc\x1b[0m  ", "\x1b[1mabc\x1b[0m"},
		{"\x1b[41mabc   ", "\x1b[41mabc   "},       // a background colour shows
		{"\x1b[m\x1b[7m  ", "\x1b[m\x1b[7m  "},     // reverse video shows
		{"\x1b[41m   \x1b[m", "\x1b[41m   \x1b[m"}, // styled, then reset
		{"   ", ""},
		{"abc", "abc"},
	} {
		if got := trimBlanks(c.row); got != c.want {
			t.Errorf("trimBlanks(%q) = %q; want %q", c.row, got, c.want)
		}
	}
}

// TestFramesSynchronized checks that once the terminal says it draws
// frames at once (its answer to the query of the first frame), a frame
// comes wrapped in synchronized output, and one that changes nothing
// sends nothing.
func TestFramesSynchronized(t *testing.T) {
	var out bytes.Buffer
	f := newFrames(&out, 30, 3, true)
	g := guard{inner: stillModel{}, frames: f, st: &session{}}
	draw := func(s string) string {
		t.Helper()
		out.Reset()
		f.mu.Lock()
		f.draw(tea.NewView(s))
		f.mu.Unlock()
		return out.String()
	}
	if first := draw("one\ntwo"); !strings.Contains(first, ansi.RequestModeSynchronizedOutput) || strings.Contains(first, ansi.SetModeSynchronizedOutput) {
		t.Errorf("first frame %q: want the query, not yet synchronized", first)
	}
	g.Update(tea.ModeReportMsg{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeReset})
	if got := draw("one\nthree"); !strings.HasPrefix(got, ansi.SetModeSynchronizedOutput) || !strings.HasSuffix(got, ansi.ResetModeSynchronizedOutput) || !strings.Contains(got, "three") || strings.Contains(got, "one") {
		t.Errorf("frame after the answer %q: want only the changed row, synchronized", got)
	}
	if got := draw("one\nthree"); got != "" {
		t.Errorf("unchanged frame sent %q", got)
	}
	// A resize clears the screen: the clear is inside the update, or a
	// terminal shows the screen blank before the frame.
	g.Update(tea.WindowSizeMsg{Width: 30, Height: 3})
	if got := draw("one\nthree"); !strings.HasPrefix(got, ansi.SetModeSynchronizedOutput) || !strings.HasSuffix(got, ansi.ResetModeSynchronizedOutput) || !strings.Contains(got, ansi.EraseEntireScreen) {
		t.Errorf("frame after a resize %q: want the clear and the rows, synchronized", got)
	}
	g.Update(tea.WindowSizeMsg{Width: 20, Height: 3})
	if got := draw(""); !strings.HasPrefix(got, ansi.SetModeSynchronizedOutput) || !strings.Contains(got, ansi.EraseEntireScreen) {
		t.Errorf("empty frame after a resize %q: want the clear, synchronized", got)
	}
	f.close()
}

// TestFramesAskModes checks the first frame's questions (modes 2026 and
// 2027): asked on the alternate screen before it is cleared, so that a
// terminal that prints what it does not understand prints it where it is
// wiped; not asked of Apple's Terminal.
func TestFramesAskModes(t *testing.T) {
	var out bytes.Buffer
	f := newFrames(&out, 10, 2, true)
	f.mu.Lock()
	f.draw(tea.NewView("one"))
	f.mu.Unlock()
	first := out.String()
	f.close()
	alt, q26, q27, clear := strings.Index(first, ansi.SetModeAltScreenSaveCursor), strings.Index(first, ansi.RequestModeSynchronizedOutput),
		strings.Index(first, ansi.RequestModeUnicodeCore), strings.Index(first, ansi.EraseEntireScreen)
	if alt < 0 || q26 < alt || q27 < alt || clear < q26 || clear < q27 {
		t.Errorf("first frame %q: want the questions after the alternate screen and before its clear", first)
	}
	out.Reset()
	f = newFrames(&out, 10, 2, false)
	f.mu.Lock()
	f.draw(tea.NewView("one"))
	f.mu.Unlock()
	f.close()
	if strings.Contains(out.String(), "$p") {
		t.Errorf("asked a terminal not to be asked: %q", out.String())
	}
	for _, c := range []struct {
		env  []string
		term string
		ask  bool
	}{
		{nil, "xterm-256color", true},
		{[]string{"LANG=en_GB.UTF-8"}, "xterm-256color", true},
		{[]string{"TERM_PROGRAM=iTerm.app"}, "xterm-256color", true},
		{[]string{"TERM_PROGRAM=Apple_Terminal"}, "xterm-256color", false},
		{[]string{"TERM_PROGRAM=Apple_Terminal"}, "xterm-ghostty", true},
		{[]string{"TERM_PROGRAM=Apple_Terminal"}, "xterm-kitty", true},
	} {
		if got := askModes(c.env, c.term); got != c.ask {
			t.Errorf("askModes(%q, %q) = %v; want %v", c.env, c.term, got, c.ask)
		}
	}
}

// TestFramesUnicodeCore checks the answers to the question about mode
// 2027: a terminal that knows it gets it switched on if it was off (and
// off again at the end) and its rows measured as grapheme clusters, as the
// reader lays them out, from the next frame, drawn whole; one that does
// not keeps the wider measure.
func TestFramesUnicodeCore(t *testing.T) {
	family := "👨‍👩‍👧abcdefgh" // 10 columns as the reader lays it out, 14 by wcwidth
	view := tea.NewView("top\n" + family)
	for _, c := range []struct {
		name   string
		answer ansi.ModeSetting
		set    bool // switched on, and off at the end
		whole  bool // the row measured as clusters
	}{
		{"off", ansi.ModeReset, true, true},
		{"on", ansi.ModeSet, false, true},
		{"always on", ansi.ModePermanentlySet, false, true},
		{"not known", ansi.ModeNotRecognized, false, false},
		{"never on", ansi.ModePermanentlyReset, false, false},
	} {
		var out bytes.Buffer
		f := newFrames(&out, 10, 2, true)
		g := guard{inner: stillModel{}, frames: f, st: &session{}}
		f.mu.Lock()
		f.draw(view)
		f.mu.Unlock()
		if first := out.String(); strings.Contains(first, family) || !strings.Contains(first, "👨‍👩‍👧abcd") {
			t.Errorf("%s: before the answer the row is cut as wcwidth counts it: %q", c.name, first)
		}
		g.Update(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: c.answer})
		out.Reset()
		f.mu.Lock()
		f.draw(view)
		f.mu.Unlock()
		got := out.String()
		if strings.Contains(got, ansi.SetModeUnicodeCore) != c.set {
			t.Errorf("%s: switched 2027 on = %v, want %v: %q", c.name, !c.set, c.set, got)
		}
		if strings.Contains(got, family) != c.whole || c.whole && !strings.Contains(got, ansi.EraseEntireScreen) {
			t.Errorf("%s: after the answer, want the row whole = %v, redrawn: %q", c.name, c.whole, got)
		}
		out.Reset()
		f.close()
		if strings.Contains(out.String(), ansi.ResetModeUnicodeCore) != c.set {
			t.Errorf("%s: at the end, 2027 switched off = %v, want %v", c.name, !c.set, c.set)
		}
	}
}

// stillModel is a model that does nothing.
type stillModel struct{}

func (stillModel) Init() tea.Cmd                       { return nil }
func (stillModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return stillModel{}, nil }
func (stillModel) View() tea.View                      { return tea.NewView("") }

// benchViews are the reader's views BenchmarkFramesReaderKeys draws, made
// once so that a run's instruction count is the frames' (cachegrind).
var benchViews struct {
	once  sync.Once
	views []tea.View
}

// BenchmarkFramesReaderKeys draws the reader's frames for j and k over the
// sample library at 100×30, as a session's frames make them, and reports
// the bytes a key sends:
//
//	go test -run '^$' -bench FramesReaderKeys ./ui/sshd/
func BenchmarkFramesReaderKeys(b *testing.B) {
	benchViews.once.Do(func() {
		key := func(k string) tea.Msg { return tea.KeyPressMsg{Code: []rune(k)[0], Text: k} }
		steps := []tea.Msg{tea.WindowSizeMsg{Width: 100, Height: 30}, tea.BackgroundColorMsg{Color: color.Black}}
		for range 8 {
			steps = append(steps, key("j"), key("j"), key("k"), key("j"))
		}
		benchViews.views = readerViews(b, steps)[2:]
	})
	views := benchViews.views
	f := newFrames(io.Discard, 100, 30, true)
	defer f.close()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.frame(views[len(views)-1])
	sent := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		sent += len(f.frame(views[i%len(views)]))
	}
	b.ReportMetric(float64(sent)/float64(b.N), "B/key")
}
