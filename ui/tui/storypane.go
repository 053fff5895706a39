package tui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
	"sitrep/briefing/story"
)

// storyID is the story pane's ID.
const storyID paneID = "story"

// relatedLimit is how many related briefings the story pane lists.
const relatedLimit = 10

// storyTimeout bounds the story pane's question to the index. It is longer
// than a search's: the first question after the library changed groups
// the whole library into stories (some 25 s of CPU at 100,000 generated
// briefings, most of it clustering, the rest reading the features), and a
// question given up on would only start it again.
const storyTimeout = 2 * time.Minute

// pickKeys are the keys of the story and theatre panes.
type pickKeys struct {
	moveKeys
	Open  key.Binding
	Other key.Binding // the theatre pane's next theatre; disabled elsewhere
}

func newPickKeys(what string) pickKeys {
	return pickKeys{
		moveKeys: newMoveKeys(what),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open the briefing")),
		Other:    key.NewBinding(key.WithKeys("l", "right", "h", "left"), key.WithHelp("h/l", "other theatre"), key.WithDisabled()),
	}
}

// ShortHelp is the pane's part of the status bar.
func (k pickKeys) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Open, k.Other} }

// FullHelp lists the pane's keys.
func (k pickKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Open, k.Other}}
}

// pickRow is one line of a pick list; open, when set, is what enter on
// it asks for (the row can be selected).
type pickRow struct {
	text  string // sanitized, one line
	style lipgloss.Style
	open  *showBriefingMsg
}

// pickList is the rows of the story and theatre panes, some of which
// open a briefing.
type pickList struct {
	rows   []pickRow
	cursor int // the selected row, -1 for none
	scroll scroller
}

// set replaces the rows, selecting the first that opens something.
func (l *pickList) set(rows []pickRow) {
	l.rows, l.cursor, l.scroll.offset = rows, -1, 0
	l.move(1)
}

// move selects the n-th selectable row down (up when n is negative),
// stopping at the last there is.
func (l *pickList) move(n int) {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for ; n > 0; n-- {
		i := l.cursor + step
		for i >= 0 && i < len(l.rows) && l.rows[i].open == nil {
			i += step
		}
		if i < 0 || i >= len(l.rows) {
			return
		}
		l.cursor = i
	}
}

// handleKey moves with the moving keys; it reports whether the key was one.
func (l *pickList) handleKey(km tea.KeyPressMsg, mv moveKeys, page int) bool {
	switch {
	case key.Matches(km, mv.Down):
		l.move(1)
	case key.Matches(km, mv.Up):
		l.move(-1)
	case key.Matches(km, mv.Top):
		l.move(-len(l.rows))
	case key.Matches(km, mv.Bottom):
		l.move(len(l.rows))
	case key.Matches(km, mv.PageDown, mv.HalfDown):
		l.move(max(page/2, 1))
	case key.Matches(km, mv.PageUp, mv.HalfUp):
		l.move(-max(page/2, 1))
	default:
		return false
	}
	return true
}

// selected is what enter on the selected row asks for, or nil.
func (l *pickList) selected() *showBriefingMsg {
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return nil
	}
	return l.rows[l.cursor].open
}

// draw adds the rows on screen to b, the selected one marked, keeping it
// in sight.
func (l *pickList) draw(b *block, st *Styles, width, height int) {
	l.scroll.setWindow(height, len(l.rows))
	if l.cursor >= 0 {
		l.scroll.reveal(l.cursor, l.cursor)
	}
	l.scroll.clamp()
	from, to := l.scroll.window()
	for i := from; i < to; i++ {
		r := l.rows[i]
		text := ansi.Truncate(r.text, max(width-2, 1), "…")
		if i == l.cursor {
			b.add(st.Cursor.Render("▌") + " " + st.Selected.Render(text))
			continue
		}
		b.add("  " + r.style.Render(text))
	}
}

// pickPane is what the story and theatre panes share: an overlay over a
// pick list of what the index answered about the briefing shown.
type pickPane struct {
	keys    pickKeys
	styles  *Styles
	index   indexUse
	list    pickList
	focused bool
	width   int
	height  int

	current *briefing.Briefing // the briefing the reader shows
	shown   string             // what the rows are for ("" for nothing yet)
	loading bool
	err     error
}

func newPickPane(styles *Styles, hasIndex bool, what string) pickPane {
	return pickPane{keys: newPickKeys(what), styles: styles, index: indexUse{given: hasIndex}}
}

// SetSize gives the pane the screen above the status bar.
func (p *pickPane) SetSize(w, h int) { p.width, p.height = w, h }

// SetFocused opens or closes the pane.
func (p *pickPane) SetFocused(focused bool) { p.focused = focused }

// Capturing is false: the pane has no text input.
func (p *pickPane) Capturing() bool { return false }

// Keys are the pane's keys.
func (p *pickPane) Keys() help.KeyMap { return p.keys }

// Scroll moves the selection by n rows (the mouse wheel).
func (p *pickPane) Scroll(n int) { p.list.move(n) }

// handleKey moves in the list, or asks to open the selected briefing.
func (p *pickPane) handleKey(km tea.KeyPressMsg) tea.Cmd {
	if key.Matches(km, p.keys.Open) {
		if open := p.list.selected(); open != nil {
			return ask(*open)
		}
		return nil
	}
	p.list.handleKey(km, p.keys.moveKeys, p.height-3)
	return nil
}

// view draws the title, a line under it and the rows, or why there are
// none: the index is not ready, no briefing is selected, unavailable (when
// given) says why the briefing has none, the index failed or is asked,
// or empty.
func (p *pickPane) view(title, sub, empty, unavailable string) []string {
	st := p.styles
	b := newBlock(p.width, p.height)
	b.add(paneTitle(st, " "+title+"  (enter opens, esc closes)", true, p.width))
	var note []string
	switch {
	case !p.index.ready():
		note = p.index.notReady(title, p.width-4)
	case p.current == nil:
		note = []string{"No briefing is selected."}
	case unavailable != "":
		note = []string{unavailable}
	case p.err != nil:
		note = wrapText("The index could not answer: "+sanitize.Line(p.err.Error()), p.width-4)
	case p.loading || p.shown == "":
		note = []string{"Asking the index…"}
	case len(p.list.rows) == 0:
		note = []string{empty}
	}
	if note != nil {
		b.add("")
		for _, l := range note {
			b.add("  " + st.Empty.Render(l))
		}
		return b.done()
	}
	b.add(" " + st.Dim.Render(ansi.Truncate(sub, max(p.width-2, 1), "…")))
	b.add("")
	p.list.draw(b, st, p.width, p.height-3)
	return b.done()
}

// storyDataMsg is the index's answer about one briefing's story.
type storyDataMsg struct {
	id      string
	story   briefing.Story
	found   bool
	related []briefing.Related
	err     error
}

func (storyDataMsg) target() paneID { return storyID }

// storyPane is the story of the briefing shown (e): the briefings that
// report the same event, by date and source, its figures reconciled
// across them (every source's number, who said it and when, the latest
// and the range, disagreements flagged) and the related briefings. enter
// opens a briefing, or a source's figure at its sentence.
type storyPane struct {
	pickPane
	story   briefing.Story
	related []briefing.Related
}

func newStoryPane(styles *Styles, hasIndex bool) *storyPane {
	return &storyPane{pickPane: newPickPane(styles, hasIndex, "row")}
}

// KeySection is the story pane's part of the key reference.
func (p *storyPane) KeySection() section { return section{"Story across sources (e)", p.keys} }

// Update follows the briefing shown, asks the index about it while the
// pane is open, takes the answer and moves in it.
func (p *storyPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if p.focused {
			return p.handleKey(msg)
		}
	case storyMsg:
		p.current = msg.briefing
		if p.focused {
			return p.fetch()
		}
	case overlayOpenedMsg:
		return p.fetch()
	case indexMsg:
		p.index.take(msg)
		if p.focused {
			return p.fetch()
		}
	case storyDataMsg:
		if p.current == nil || msg.id != p.current.ID {
			return nil // for a briefing since left
		}
		p.loading, p.shown, p.err = false, msg.id, msg.err
		p.story, p.related = msg.story, msg.related
		if !msg.found {
			p.story = briefing.Story{}
		}
		p.list.set(p.rows())
	case stylesMsg:
		p.styles = msg.styles
		if p.shown != "" {
			p.list.set(p.rows())
		}
	}
	return nil
}

// fetch asks the index for the story and the related briefings of the
// briefing shown, unless the rows are for it already.
func (p *storyPane) fetch() tea.Cmd {
	if !p.index.ready() || p.current == nil || p.shown == p.current.ID || p.loading {
		return nil
	}
	p.loading, p.shown = true, ""
	ix, id := p.index.ix, p.current.ID
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storyTimeout)
		defer cancel()
		s, found, err := ix.StoryOf(ctx, id)
		if err != nil {
			return storyDataMsg{id: id, err: err}
		}
		rel, err := ix.Related(ctx, id, relatedLimit)
		return storyDataMsg{id: id, story: s, found: found, related: rel, err: err}
	}
}

// View draws the story.
func (p *storyPane) View() []string {
	s := p.story
	sub := ""
	if len(s.Briefings) > 0 {
		sub = sanitize.Line(s.Title) + " · " + strconv.Itoa(len(s.Briefings)) + " briefing" + plural(len(s.Briefings), "s") +
			", " + dateSpan(s.First, s.Last)
	}
	return p.view("Story across sources", sub, "The index knows nothing of this briefing yet.", "")
}

// rows lays the story out: members, reconciled figures, related.
func (p *storyPane) rows() []pickRow {
	st := p.styles
	s := p.story
	var rows []pickRow
	heading := func(text string) {
		if len(rows) > 0 {
			rows = append(rows, pickRow{})
		}
		rows = append(rows, pickRow{text: text, style: st.HeaderTitle})
	}
	if len(s.Places) > 0 || len(s.Actors) > 0 {
		rows = append(rows, pickRow{text: "places: " + joinClean(s.Places) + " · actors: " + joinClean(s.Actors), style: st.Meta})
	}
	if len(s.Briefings) > 0 {
		heading("Briefings, by date and source")
		for _, m := range s.Briefings {
			text := formatDate(m.Published) + "  "
			if p.current != nil && m.ID == p.current.ID {
				text += "(this briefing) "
			}
			text += sanitize.Line(m.Source) + " — " + sanitize.Line(m.Title)
			rows = append(rows, pickRow{text: text, open: &showBriefingMsg{id: m.ID}})
		}
	}
	if len(s.Figures) > 0 {
		heading("Figures reconciled across sources")
		for _, r := range s.Figures {
			rows = append(rows, pickRow{text: reconciledLine(r), style: figureStyle(st, r)})
			for _, rep := range r.Reports {
				rows = append(rows, pickRow{text: "    " + sanitize.Line(story.FormatReport(rep)),
					open: &showBriefingMsg{id: rep.Briefing, sentence: rep.Sentence, span: rep.Text}})
			}
		}
	}
	if len(p.related) > 0 {
		heading("Related briefings")
		for _, r := range p.related {
			text := formatDate(r.Published) + "  " + sanitize.Line(r.Title)
			switch {
			case r.SameStory:
				text += "  (same story)"
			case len(r.Shared) > 0:
				text += "  (shares " + joinClean(r.Shared) + ")"
			}
			rows = append(rows, pickRow{text: text, open: &showBriefingMsg{id: r.ID}})
		}
	}
	return rows
}

// reconciledLine is a quantity's summary: the role and place, the latest
// value, the range, and a flag when the sources disagree.
func reconciledLine(r briefing.Reconciled) string {
	var sb strings.Builder
	sb.WriteString("  " + sanitize.Line(extract.Role(r.Role).Word()))
	if r.Place != "" {
		sb.WriteString(" at " + sanitize.Line(r.Place))
	}
	sb.WriteString(": latest " + story.FormatValue(r.Latest.Value, r.Latest.Qualifier))
	if r.Min != r.Max {
		sb.WriteString(", range " + story.FormatValue(r.Min, "") + "–" + story.FormatValue(r.Max, ""))
	}
	if r.Disagree {
		sb.WriteString("  ! sources disagree")
	}
	return sb.String()
}

func figureStyle(st *Styles, r briefing.Reconciled) lipgloss.Style {
	if r.Disagree {
		return st.Warning
	}
	return st.EventText
}

// joinClean joins names, each sanitized, or gives "-" for none.
func joinClean(names []string) string {
	if len(names) == 0 {
		return "-"
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = sanitize.Line(n)
	}
	return strings.Join(out, ", ")
}

// dateSpan is "4 Oct 2024 to 11 Oct 2024", or one date.
func dateSpan(first, last time.Time) string {
	a, z := formatDate(first), formatDate(last)
	if a == z || last.IsZero() {
		return a
	}
	return a + " to " + z
}
