package sshd

import (
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// teaModel is the model a session runs.
type teaModel = tea.Model

// guard wraps a session's reader model. It notes user input for the idle
// timeout, quits when the server closes the session, and turns a panic in
// the model or in one of its commands (each runs on its own goroutine)
// into the end of this session only, with a log line and a message.
// bubbletea recovers panics too, but would only print them to the server's
// standard error; the guard ties them to the session.
type guard struct {
	inner  tea.Model
	st     *session
	frames *frames // draws the views, when bubbletea's renderer does not
}

// Init implements tea.Model.
func (g guard) Init() (cmd tea.Cmd) {
	defer g.recover(&cmd)
	return g.wrap(g.inner.Init())
}

// Update implements tea.Model.
func (g guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	switch msg := msg.(type) {
	case closeMsg:
		return g, tea.Quit
	case tea.KeyMsg, tea.MouseMsg, tea.PasteMsg:
		g.st.touch()
	case tea.WindowSizeMsg:
		if g.frames != nil {
			g.frames.resize(msg.Width, msg.Height)
		}
	case tea.ModeReportMsg:
		switch {
		case g.frames == nil:
		case msg.Mode == ansi.ModeSynchronizedOutput && msg.Value == ansi.ModeReset:
			g.frames.synchronize()
		case msg.Mode == ansi.ModeUnicodeCore:
			g.frames.unicodeCore(msg.Value)
		}
	}
	m = g
	defer g.recover(&cmd)
	inner, cmd := g.inner.Update(msg)
	g.inner = inner
	return g, g.wrap(cmd)
}

// View implements tea.Model.
func (g guard) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			g.st.fail(r, debug.Stack())
			v = tea.NewView("")
		}
	}()
	v = g.inner.View()
	if g.frames != nil {
		g.frames.show(v)
	}
	return v
}

// recover turns a panic into the end of the session.
func (g guard) recover(cmd *tea.Cmd) {
	if r := recover(); r != nil {
		g.st.fail(r, debug.Stack())
		*cmd = tea.Quit
	}
}

// wrap guards a command, and the commands of a batch it returns.
func (g guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.st.fail(r, debug.Stack())
				msg = nil
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}
