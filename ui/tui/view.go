package tui

import (
	"fmt"
	"sitrep/briefing/sanitize"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the screen: the panes the layout shows, the status bar, and
// any overlay. It only assembles what the panes hold; nothing is read or
// rendered here.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	if m.opts.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "sitrep"
	if b, ok := m.lib.Get(m.current); ok {
		v.WindowTitle = ansi.Truncate("sitrep — "+b.Title, maxWindowTitle, "…")
	}
	return v
}

// maxWindowTitle caps the terminal title, sent again on every frame, in cells.
const maxWindowTitle = 80

func (m Model) screen() string {
	if m.quitting || m.width == 0 {
		return ""
	}
	l := m.layout
	if l.Mode == layoutTooSmall {
		return m.tooSmall()
	}
	c := newCanvas(m.width, m.height)
	body := rect{0, 0, m.width, m.height - chromeHeight}
	switch m.overlay {
	case overlayHelp:
		c.put(body, strings.Split(m.help.fullView(m.helpSections()), "\n"))
	case overlayProblems:
		c.put(body, strings.Split(m.help.problemsView(m.problems()), "\n"))
	default:
		m.drawPanes(c)
	}
	c.put(l.Status, []string{fitLine(m.statusLine(), m.width), m.helpLine()})
	return c.String()
}

func (m Model) drawPanes(c *canvas) {
	l := m.layout
	if l.List.W > 0 {
		c.put(l.List, m.list.viewLines())
	}
	if l.Reader.W > 0 {
		c.put(l.Reader, m.reader.viewLines())
		if l.Reader.X > 0 {
			c.put(rect{l.Reader.X - 1, 0, 1, l.Reader.H}, m.rule(l.Reader.H))
		}
	}
	if l.Figures.W > 0 {
		c.put(l.Figures, m.figures.viewLines())
		if l.Figures.X > 0 {
			c.put(rect{l.Figures.X - 1, 0, 1, l.Reader.H}, m.rule(l.Reader.H))
		}
	}
	if l.Timeline.W > 0 {
		c.put(l.Timeline, m.timeline.viewLines())
	}
}

func (m Model) rule(h int) []string {
	line := m.styles.Rule.Render("│")
	out := make([]string, h)
	for i := range out {
		out[i] = line
	}
	return out
}

func (m Model) tooSmall() string {
	msg := fmt.Sprintf("Terminal too small: %d×%d.\nsitrep needs at least %d×%d.\nEnlarge the window, or press q to quit.",
		m.width, m.height, minWidth, minHeight)
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, m.styles.TooSmall.Render(msg))
}

// statusLine is the focus, the position, the story's date and region,
// the reading progress and the unread count, then any message. When the
// line is too narrow the least useful parts go first.
func (m Model) statusLine() string {
	s := m.styles
	focus := s.StatusFocus.Render(" " + m.focus.String() + " ")
	pos, total := m.list.position()
	parts := statusParts{position: fmt.Sprintf("%d/%d", pos, total), unread: fmt.Sprintf("%d unread", m.unread)}
	if total == 0 {
		parts.position = "0/0"
	}
	if b, ok := m.lib.Get(m.current); ok {
		parts.date, parts.region = formatDate(b.Published), placeOf(b)
		if m.reader.doc != nil {
			parts.progress = fmt.Sprintf("%d%%", m.reader.progress())
		}
	}
	if m.list.starredOnly {
		parts.starred = "★ only"
	}
	right := m.statusMessage()
	room := m.width - ansi.StringWidth(focus) - 2
	text := parts.fit(room - min(ansi.StringWidth(right), room/2))
	left := focus + s.Status.Render(" "+text+" ")
	room = m.width - ansi.StringWidth(left)
	if ansi.StringWidth(right) > room {
		right = ansi.Truncate(right, max(room, 0), "…")
	}
	gap := max(room-ansi.StringWidth(right), 0)
	return left + s.Status.Render(strings.Repeat(" ", gap)) + right
}

// statusMessage is the transient message, or the skipped-files warning.
func (m Model) statusMessage() string {
	s := m.styles
	switch {
	case m.status != "":
		st := s.Status
		if m.statusErr {
			st = st.Foreground(s.Error.GetForeground()).Bold(true)
		}
		return st.Render(" " + m.status + " ")
	case len(m.lib.Problems()) > 0:
		n := len(m.lib.Problems())
		return s.Status.Foreground(s.Warning.GetForeground()).Render(
			fmt.Sprintf(" %d file%s skipped (!) ", n, plural(n, "s")))
	}
	return ""
}

// statusParts are the facts of the status line.
type statusParts struct {
	position, date, region, progress, unread, starred string
}

// fit joins the parts in width cells, dropping the region, then the
// word "through", then the date when they do not fit.
func (p statusParts) fit(width int) string {
	progress := p.progress
	if progress != "" {
		progress += " through"
	}
	join := func(parts ...string) string {
		var out []string
		for _, s := range parts {
			if s != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, " · ")
	}
	tries := []string{
		join(p.position, p.date, p.region, progress, p.unread, p.starred),
		join(p.position, p.date, progress, p.unread, p.starred),
		join(p.position, p.date, p.progress, p.unread, p.starred),
		join(p.position, p.progress, p.unread, p.starred),
	}
	for _, t := range tries {
		if ansi.StringWidth(t) <= width {
			return t
		}
	}
	return ansi.Truncate(tries[len(tries)-1], max(width, 0), "…")
}

// helpKey is what the help line depends on.
type helpKey struct {
	overlay              overlayKind
	filtering, searching bool
	focus                paneID
	width                int
}

// helpLine is the short help: the focused pane's keys, then the global
// ones. It is drawn once per state and kept.
func (m Model) helpLine() string {
	k := helpKey{m.overlay, m.list.filtering, m.reader.searching, m.focus, m.width}
	if line, ok := m.helpLines[k]; ok {
		return line
	}
	line := fitLine(m.drawHelpLine(), m.width)
	m.helpLines[k] = line
	return line
}

func (m Model) drawHelpLine() string {
	var bindings []key.Binding
	switch {
	case m.overlay != overlayNone:
		bindings = []key.Binding{m.keys.Back, m.keys.Quit}
	case m.list.filtering:
		bindings = inputKeys{Accept: m.list.keys.AcceptFilter, Cancel: m.list.keys.CancelFilter}.ShortHelp()
	case m.reader.searching:
		bindings = inputKeys{Accept: m.reader.keys.AcceptSearch, Cancel: m.reader.keys.CancelSearch}.ShortHelp()
	default:
		bindings = append(m.paneKeys().ShortHelp(), m.keys.ShortHelp()...)
	}
	return " " + m.help.shortView(bindings)
}

// paneKeys is the focused pane's key map.
func (m Model) paneKeys() interface {
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
} {
	switch m.focus {
	case focusReader:
		return m.reader.keys
	case focusFigures:
		return m.figures.keys
	case focusTimeline:
		return m.timeline.keys
	}
	return m.list.keys
}

// helpSections are the groups of the key reference: keys that work
// everywhere, the moving keys every pane shares, then each pane's own.
func (m Model) helpSections() []section {
	mv, l, r, p := newMoveKeys("move"), m.list.keys, m.reader.keys, m.figures.keys
	return []section{
		{"Everywhere", m.keys},
		{"Moving (list, reader, panels)", keyGroups{{mv.Up, mv.Down, mv.Top, mv.Bottom}, {mv.HalfDown, mv.HalfUp, mv.PageDown, mv.PageUp}}},
		{"Story list", keyGroups{{l.Open, l.Filter, l.ClearFilter}}},
		{"Reader", keyGroups{{r.Search, r.NextMatch}, {r.PrevMatch, r.ClearSearch}}},
		{"Key figures and timeline", keyGroups{{p.Jump}}},
	}
}

// problems lists the skipped files and the state warning.
func (m Model) problems() []string {
	var out []string
	if w := m.state.Warning(); w != nil {
		out = append(out, sanitize.Line(w.Error()))
	}
	for _, p := range m.lib.Problems() {
		out = append(out, sanitize.Line(p.Error()))
	}
	return out
}
