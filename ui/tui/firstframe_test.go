package tui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestFirstFrameCalledAfterInit: the work a reader puts off until its
// first frame is drawn (the reading of a library in parts past its
// first) is let go once, firstFrameDelay after Init, not before.
func TestFirstFrameCalledAfterInit(t *testing.T) {
	called := make(chan time.Time, 2)
	m := New(fixtureLibrary(t), Options{Style: "dark", Width: 120, Height: 40,
		FirstFrame: func() { called <- time.Now() }})
	afterFirstFrame(t, runInit(t, m), called, "FirstFrame was called")
	select {
	case <-called:
		t.Error("FirstFrame was called twice")
	case <-time.After(100 * time.Millisecond):
	}
}

// afterFirstFrame checks that what happened (its time on at) happened
// once the first frame was drawn: firstFrameDelay after start (Init, or
// the opening).
func afterFirstFrame(t *testing.T, start time.Time, at <-chan time.Time, what string) {
	t.Helper()
	select {
	case when := <-at:
		if waited := when.Sub(start); waited < firstFrameDelay {
			t.Errorf("%s %v after the start, before the first frame (%v)", what, waited, firstFrameDelay)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: never", what)
	}
}

// runInit runs the commands of m's Init as bubbletea does, each in its own
// goroutine, and returns when they were started.
func runInit(t *testing.T, m Model) time.Time {
	t.Helper()
	start := time.Now()
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("Init returns no command")
	}
	go runAll(cmd, nil)
	return start
}

// runAll runs cmd as bubbletea does: the commands of a batch each in its
// own goroutine, until all have returned, those of a sequence one after
// the other; every other message goes to got (nil: dropped).
func runAll(cmd tea.Cmd, got chan<- tea.Msg) {
	if cmd == nil {
		return
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var wg sync.WaitGroup
		for _, c := range batch {
			wg.Go(func() { runAll(c, got) })
		}
		wg.Wait()
		return
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		for i := range v.Len() { // a sequence
			runAll(v.Index(i).Interface().(tea.Cmd), got)
		}
		return
	}
	if got != nil && msg != nil {
		got <- msg
	}
}

// TestFirstFrameCalledAfterOpening: with a library that opens while the
// reader starts (Options.Open), the work put off until the first frame is
// the opening's (Opened.FirstFrame: in sitrep, the reading in parts past
// the first and the watcher), let go once, firstFrameDelay after the
// library opened — the first frame is drawn then, not at Init.
func TestFirstFrameCalledAfterOpening(t *testing.T) {
	lib := fixtureLibrary(t)
	called := make(chan time.Time, 2)
	m := New(nil, Options{Style: "dark", Width: 120, Height: 40,
		Open: func(context.Context) (Opened, error) {
			return Opened{Lib: lib, FirstFrame: func() { called <- time.Now() }}, nil
		}})
	opened := openedBy(t, m)
	start := time.Now()
	_, cmd := m.Update(opened)
	go runAll(cmd, nil)
	afterFirstFrame(t, start, called, "FirstFrame was called")
	select {
	case <-called:
		t.Error("FirstFrame was called twice")
	case <-time.After(100 * time.Millisecond):
	}
}

// TestFrameOutLetsTheStoryGo: in a terminal (Run's frameWriter), the
// first story's render and figures, the badges of the stories listed and
// the work put off until the first frame wait until that frame is written
// — the list is drawn with the processor to itself — and then go: the
// story and its badges first, then the work put off.
func TestFrameOutLetsTheStoryGo(t *testing.T) {
	lib := fixtureLibrary(t)
	called := make(chan time.Time, 2)
	out := make(chan struct{})
	m := New(nil, Options{Style: "dark", Width: 120, Height: 40, frameOut: out,
		Open: func(context.Context) (Opened, error) {
			return Opened{Lib: lib, FirstFrame: func() { called <- time.Now() }}, nil
		}})
	_, cmd := m.Update(openedBy(t, m))
	got := make(chan tea.Msg, 64)
	go runAll(cmd, got)
	isStory := func(msg tea.Msg) bool {
		switch msg.(type) {
		case renderedMsg, detailsMsg, badgesMsg:
			return true
		}
		return false
	}
	before := time.After(150 * time.Millisecond)
wait:
	for {
		select {
		case msg := <-got:
			if isStory(msg) {
				t.Fatalf("%T came before the first frame was written", msg)
			}
		case <-called:
			t.Fatal("FirstFrame was called before the first frame was written")
		case <-before:
			break wait
		}
	}
	close(out)
	seen := map[string]bool{}
	deadline := time.After(5 * time.Second)
	for !seen["renderedMsg"] || !seen["detailsMsg"] || !seen["badgesMsg"] || !seen["FirstFrame"] {
		select {
		case msg := <-got:
			if isStory(msg) {
				seen[strings.TrimPrefix(fmt.Sprintf("%T", msg), "tui.")] = true
			}
		case <-called:
			// The reading past the first part and the catch-up follow the
			// story and its badges.
			if !seen["renderedMsg"] || !seen["badgesMsg"] {
				t.Errorf("FirstFrame was called before the story and its badges came (%v)", seen)
			}
			seen["FirstFrame"] = true
		case <-deadline:
			t.Fatalf("once the first frame was written, only %v came", seen)
		}
	}
}

// TestFrameWriterSeesTheFirstFrame: the terminal's queries, written
// before the library is shown, are not the first frame; the write that
// enters the alternate screen is.
func TestFrameWriterSeesTheFirstFrame(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "tty"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := newFrameWriter(f)
	isOut := func() bool {
		select {
		case <-w.written:
			return true
		default:
			return false
		}
	}
	if _, err := w.Write([]byte(ansi.RequestModeSynchronizedOutput + ansi.RequestModeUnicodeCore)); err != nil || isOut() {
		t.Fatalf("after the queries: out %v, error %v", isOut(), err)
	}
	frame := ansi.SetModeAltScreenSaveCursor + ansi.ResetModeTextCursorEnable + "Stories 1/3"
	if _, err := w.WriteString(frame); err != nil || !isOut() {
		t.Fatalf("after the first frame: out %v, error %v", isOut(), err)
	}
	if _, err := w.Write([]byte(frame)); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(f.Name())
	if want := ansi.RequestModeSynchronizedOutput + ansi.RequestModeUnicodeCore + frame + frame; string(b) != want {
		t.Errorf("the terminal got %q, want %q", b, want)
	}
}

// TestFrameWriterSeesBubbleteasFirstFrame: the frameWriter knows the
// first frame by what bubbletea's renderer writes, not by what a test
// writes for it. Drawn through it by a real program, the reader's opening
// (the terminal's queries, an empty view) does not count, and its first
// frame of the library does. Were the renderer to enter the alternate
// screen some other way, written would never close, and every start would
// hold the story, its badges and the GC's return for firstFrameCap.
func TestFrameWriterSeesBubbleteasFirstFrame(t *testing.T) {
	lib := fixtureLibrary(t)
	f, err := os.Create(filepath.Join(t.TempDir(), "tty"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := newFrameWriter(f)
	release := make(chan struct{})
	m := New(nil, Options{Style: "dark", Width: 80, Height: 24, frameOut: w.written,
		Open: func(context.Context) (Opened, error) {
			<-release
			return Opened{Lib: lib}, nil
		}})
	p := tea.NewProgram(m, tea.WithContext(t.Context()), tea.WithInput(nil), tea.WithOutput(w),
		tea.WithWindowSize(80, 24), tea.WithoutSignalHandler())
	done := make(chan error, 1)
	go func() {
		_, err := p.Run()
		done <- err
	}()
	defer func() {
		p.Quit()
		if err := <-done; err != nil {
			t.Errorf("the program ended with %v", err)
		}
	}()
	select {
	case <-w.written:
		t.Fatal("the opening's writes were taken for the first frame")
	case <-time.After(200 * time.Millisecond): // several of the renderer's ticks
	}
	close(release)
	select {
	case <-w.written:
	case <-time.After(5 * time.Second):
		b, _ := os.ReadFile(f.Name())
		t.Fatalf("the library's first frame was not seen; the terminal got %q", b)
	}
}

// TestFrameWriterSeesACopiedFrame: a frame copied into the terminal from a
// reader (io.Copy, which takes a writer's ReadFrom when the reader has no
// WriteTo) is seen too, and reaches the file whole: the embedded file's
// ReadFrom would write round the frameWriter, as its WriteString would.
func TestFrameWriterSeesACopiedFrame(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "tty"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := newFrameWriter(f)
	frame := ansi.SetModeAltScreenSaveCursor + "Stories 1/3"
	if _, err := io.Copy(w, struct{ io.Reader }{strings.NewReader(frame)}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w.written:
	default:
		t.Error("a frame copied into the terminal was not seen")
	}
	if b, _ := os.ReadFile(f.Name()); string(b) != frame {
		t.Errorf("the terminal got %q, want %q", b, frame)
	}
}

// TestFirstFrameWaitsTheCapOnce: in a terminal whose first frame is never
// seen written, the work put off until it (FirstFrame) goes firstFrameCap
// after the library opened, once the story has come; before, it waited
// the cap twice (once for the story, once again for itself), a second
// late on every such start.
func TestFirstFrameWaitsTheCapOnce(t *testing.T) {
	lib := fixtureLibrary(t)
	called := make(chan time.Time, 1)
	m := New(nil, Options{Style: "dark", Width: 120, Height: 40, frameOut: make(chan struct{}),
		Open: func(context.Context) (Opened, error) {
			return Opened{Lib: lib, FirstFrame: func() { called <- time.Now() }}, nil
		}})
	opened := openedBy(t, m)
	start := time.Now()
	_, cmd := m.Update(opened)
	go runAll(cmd, nil)
	select {
	case when := <-called:
		waited := when.Sub(start)
		if waited < firstFrameCap {
			t.Errorf("FirstFrame was called %v after the opening, before the cap (%v)", waited, firstFrameCap)
		}
		if waited >= 2*firstFrameCap {
			t.Errorf("FirstFrame was called %v after the opening: the cap (%v) was waited twice", waited, firstFrameCap)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("FirstFrame was never called")
	}
}
