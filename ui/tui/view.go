package tui

import (
	"fmt"
	"slices"
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
	if m.opening || m.openErr != nil {
		// Nothing yet: not even the alternate screen, which would show
		// the terminal blank until the list comes.
		return tea.View{}
	}
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
	if m.overlay != "" {
		c.put(body, m.pane(m.overlay).View())
	} else {
		m.drawPanes(c, body.H)
	}
	c.put(l.Status, []string{fitLine(m.statusLine(), m.width), m.helpLine()})
	return c.String()
}

// drawPanes puts each column pane the layout shows in its place, with a
// rule down the left of those that do not start at the left edge.
func (m Model) drawPanes(c *canvas, bodyH int) {
	for _, e := range m.panes {
		r := m.layout.rectOf(e.id)
		if e.overlay || r.W <= 0 {
			continue
		}
		c.put(r, e.pane.View())
		if r.X > 0 && r.Y == 0 {
			c.put(rect{r.X - 1, 0, 1, bodyH}, m.rule(bodyH))
		}
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
	focus := " " + m.entry(m.focus).name + " "
	pos, total := m.list.position()
	parts := statusParts{position: fmt.Sprintf("%d/%d", pos, total), unread: fmt.Sprintf("%d unread", m.unread)}
	if total == 0 {
		parts.position = "0/0"
	}
	if b, ok := m.lib.Get(m.current); ok {
		parts.date, parts.region = formatDate(b.Published), placeOf(b)
		// The reading position, once the story has been opened.
		if p, ok := m.reader.progress(); ok && (m.focus == readerID || m.state.IsRead(b.ID) || m.state.Position(b.ID) > 0) {
			parts.progress = fmt.Sprintf("%d%%", p)
		}
	}
	if m.list.showsStarredOnly() {
		parts.starred = "★ only"
	}
	k := statusKey{m.entry(m.focus).name, parts, m.status, m.statusErr, len(m.lib.Problems()), m.width, m.styles}
	if line, ok := m.statusMemo.get(k); ok {
		return line
	}
	line := m.drawStatus(focus, parts)
	m.statusMemo.put(k, line)
	return line
}

// statusKey is everything the status line shows.
type statusKey struct {
	focus           string
	parts           statusParts
	status          string
	statusErr       bool
	problems, width int
	styles          *Styles
}

// drawStatus fits the parts and the message into the status line.
func (m Model) drawStatus(focus string, parts statusParts) string {
	s := m.styles
	right := m.statusMessage()
	focus = s.StatusFocus.Render(focus)
	room := m.width - ansi.StringWidth(focus) - 2
	// A message that fits whole beside the position shows whole, the
	// facts giving way down to the position; a longer one (a warning with
	// a file name and an error) is cut, to keep half the line for them.
	give := min(ansi.StringWidth(right), room/2)
	if w := ansi.StringWidth(right); w <= room-ansi.StringWidth(parts.position) {
		give = w
	}
	text := parts.fit(room - give)
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
// word "through", then the date, then all but the position when they do
// not fit; nothing when even that does not.
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
		p.position,
	}
	for _, t := range tries {
		if ansi.StringWidth(t) <= width {
			return t
		}
	}
	return ""
}

// helpKey is what the help line depends on.
type helpKey struct {
	active    paneID
	capturing bool
	width     int
}

// helpLine is the short help: the focused pane's keys, then the global
// ones. It is drawn once per state and kept.
func (m Model) helpLine() string {
	k := helpKey{m.focus, m.active().Capturing(), m.width}
	if m.overlay != "" {
		k.active = m.overlay
	}
	if line, ok := m.helpLines[k]; ok {
		return line
	}
	line := fitLine(" "+m.fitHelp(m.helpBindings(), m.width-1), m.width)
	m.helpLines[k] = line
	return line
}

// fitHelp draws bindings as the short help in width cells. The help and
// quit keys, when among them, always show, at the end; the others show in
// order while they fit, and what does not fit is dropped whole, with an
// ellipsis in its place — never cut mid-word.
func (m Model) fitHelp(bindings []key.Binding, width int) string {
	st := m.shortHelp.Styles
	sep := st.ShortSeparator.Inline(true).Render(" • ")
	item := func(b key.Binding) string {
		h := b.Help()
		return st.ShortKey.Inline(true).Render(h.Key) + " " + st.ShortDesc.Inline(true).Render(h.Desc)
	}
	var rest, tail []string
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		if sameKeys(b, m.keys.Help) || sameKeys(b, m.keys.Quit) {
			tail = append(tail, item(b))
			continue
		}
		rest = append(rest, item(b))
	}
	ellipsis := st.Ellipsis.Inline(true).Render("…")
	join := func(kept []string, dropped bool) string {
		parts := append([]string(nil), kept...)
		if dropped {
			parts = append(parts, ellipsis)
		}
		return strings.Join(append(parts, tail...), sep)
	}
	kept := rest[:0:0]
	for i, it := range rest {
		dropped := i < len(rest)-1
		if ansi.StringWidth(join(append(kept, it), dropped)) > width {
			return join(kept, true)
		}
		kept = append(kept, it)
	}
	return join(kept, false)
}

// sameKeys reports whether a and b are bound to the same keys.
func sameKeys(a, b key.Binding) bool { return slices.Equal(a.Keys(), b.Keys()) }

// helpBindings are the keys the help line shows: over an overlay, how to
// close it; while a text input has the keyboard, its keys; else the focused
// pane's keys, then the global ones.
func (m Model) helpBindings() []key.Binding {
	switch p := m.active(); {
	case m.overlay != "":
		return []key.Binding{m.keys.Back, m.keys.Quit}
	case p.Capturing():
		return p.Keys().ShortHelp()
	default:
		return append(p.Keys().ShortHelp(), m.keys.ShortHelp()...)
	}
}
