package sshd

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"reflect"
	"strings"
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
func readerViews(t *testing.T, steps []tea.Msg) []tea.View {
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
	var out bytes.Buffer
	f := newFrames(&out, 30)
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
			f.resize(ws.Height)
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
}

// TestFramesSynchronized checks that once the terminal says it draws
// frames at once (its answer to the query of the first frame), a frame
// comes wrapped in synchronized output, and one that changes nothing
// sends nothing.
func TestFramesSynchronized(t *testing.T) {
	var out bytes.Buffer
	f := newFrames(&out, 3)
	g := guard{inner: stillModel{}, frames: f, st: &session{}}
	draw := func(s string) string {
		t.Helper()
		out.Reset()
		f.mu.Lock()
		f.draw(tea.NewView(s))
		f.mu.Unlock()
		return out.String()
	}
	if first := draw("one\ntwo"); !strings.HasPrefix(first, ansi.RequestModeSynchronizedOutput) || strings.Contains(first, ansi.SetModeSynchronizedOutput) {
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

// stillModel is a model that does nothing.
type stillModel struct{}

func (stillModel) Init() tea.Cmd                       { return nil }
func (stillModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return stillModel{}, nil }
func (stillModel) View() tea.View                      { return tea.NewView("") }
