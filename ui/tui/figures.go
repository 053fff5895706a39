package tui

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
)

// categoryOrder is the order the figures panel groups categories in.
var categoryOrder = [...]extract.Category{
	extract.Casualties, extract.Displacement, extract.Deployment, extract.Humanitarian,
	extract.Detention, extract.Money, extract.Duration,
}

// categoryRank is a category's place in categoryOrder; others come last.
func categoryRank(c extract.Category) int {
	for i, o := range categoryOrder {
		if o == c {
			return i
		}
	}
	return len(categoryOrder)
}

// barWidth is the cells of the relative-size bar.
const barWidth = 8

// panelRow is one line of a side panel, fitted to its width: a heading,
// or part of an item.
type panelRow struct {
	text string
	item int // index of the item, -1 for headings and markers
}

// panelState is what the figures and the timeline share: the briefing they
// belong to, whether it has loaded, the selection and the scroll.
type panelState struct {
	keys    panelKeys
	styles  *Styles
	id      string
	body    string // the briefing's Markdown, where sentences are cut from
	loaded  bool
	err     error
	rows    []panelRow
	count   int      // items
	cursor  int      // selected item
	scroll  scroller // over rows
	focused bool
	width   int
	height  int
	items   any // the first item as the story's details hold it, nil for none
	cache   rowCache
}

func (p *panelState) moveTo(i int) {
	if p.count == 0 {
		p.cursor = 0
		return
	}
	p.cursor = clamp(i, 0, p.count-1)
	p.scrollToCursor()
}

func (p *panelState) scrollToCursor() {
	first, last := -1, -1
	for i, r := range p.rows {
		if r.item == p.cursor {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	// Keep the heading above the first item of a group in view.
	if first > 0 && p.rows[first-1].item < 0 {
		first--
	}
	p.window().reveal(first, last)
}

// window is the scroller, set to the rows that fit under the title.
func (p *panelState) window() *scroller {
	p.scroll.setWindow(p.height-1, len(p.rows))
	return &p.scroll
}

// update handles what both panels handle alike: moving keys and esc while
// focused, the styles and the story. jump is what enter asks for.
func (p *panelState) update(msg tea.Msg, jump func() tea.Cmd) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case !p.focused:
		case key.Matches(msg, p.keys.Jump):
			return jump()
		case key.Matches(msg, p.keys.Back):
			return ask(focusMsg{readerID})
		default:
			p.handleMove(msg)
		}
	case tea.MouseClickMsg:
		before := p.cursor
		if p.clickAt(msg.Y) && before == p.cursor && p.focused {
			return jump() // a click on the selected item jumps to its sentence
		}
	case stylesMsg:
		p.styles = msg.styles
	}
	return nil
}

// bodySlice is the briefing's text from start to end, "" when out of range.
func (p *panelState) bodySlice(start, end int) string {
	if start < 0 || end > len(p.body) || start >= end {
		return ""
	}
	return p.body[start:end]
}

// SetFocused gives the panel the keyboard, or takes it away.
func (p *panelState) SetFocused(focused bool) { p.focused = focused }

// Capturing is false: a panel has no text input.
func (p *panelState) Capturing() bool { return false }

// Keys are the panel's keys.
func (p *panelState) Keys() help.KeyMap { return p.keys }

// KeySection is the panels' part of the key reference (one for both).
func (p *panelState) KeySection() section {
	return section{"Key figures and timeline", keyGroups{{p.keys.Jump}}}
}

// handleMove applies a movement key; it reports whether the key was one.
func (p *panelState) handleMove(km tea.KeyPressMsg) bool {
	half := max((p.height-1)/4, 1)
	switch {
	case key.Matches(km, p.keys.Down):
		p.moveTo(p.cursor + 1)
	case key.Matches(km, p.keys.Up):
		p.moveTo(p.cursor - 1)
	case key.Matches(km, p.keys.Top):
		p.moveTo(0)
	case key.Matches(km, p.keys.Bottom):
		p.moveTo(p.count - 1)
	case key.Matches(km, p.keys.HalfDown), key.Matches(km, p.keys.PageDown):
		p.moveTo(p.cursor + half)
	case key.Matches(km, p.keys.HalfUp), key.Matches(km, p.keys.PageUp):
		p.moveTo(p.cursor - half)
	default:
		return false
	}
	return true
}

// clickAt selects the item drawn at row y of the panel.
func (p *panelState) clickAt(y int) bool {
	i := p.scroll.offset + y - 1
	if y < 1 || i >= len(p.rows) || p.rows[i].item < 0 {
		return false
	}
	p.moveTo(p.rows[i].item)
	return true
}

// Scroll moves the selection by n items (the mouse wheel).
func (p *panelState) Scroll(n int) { p.moveTo(p.cursor + n) }

// view draws the rows on screen, the selected item highlighted.
func (p *panelState) view(title, empty string) []string {
	b := newBlock(p.width, p.height)
	b.add(paneTitle(p.styles, title, p.focused, p.width))
	switch {
	case p.id == "":
		b.add(p.styles.Empty.Render("  No story selected."))
	case p.err != nil:
		b.add(p.styles.Error.Render("  " + sanitize.Line(p.err.Error())))
	case !p.loaded:
		b.add(p.styles.Empty.Render("  Loading…"))
	case p.count == 0:
		b.add(p.styles.Empty.Render(empty))
	}
	from, to := p.window().window()
	if to > from+1 && to < len(p.rows) && p.rows[to-1].item < 0 && p.rows[to].item >= 0 {
		to-- // a heading whose items are all below the panel waits for them
	}
	for i := from; i < to; i++ {
		r := p.rows[i]
		if r.item >= 0 && r.item == p.cursor {
			b.add(p.styles.Selected.Render(ansi.Strip(r.text)))
		} else {
			b.addFitted(r.text)
		}
	}
	return b.done()
}

// addRow adds a row, fitted to the panel.
func (p *panelState) addRow(text string, item int) {
	p.rows = append(p.rows, panelRow{text: fitLine(text, p.width), item: item})
}

// figuresID is the key figures panel's pane ID.
const figuresID paneID = "figures"

// figuresPane lists a briefing's key figures by category.
type figuresPane struct {
	panelState
	figs []extract.Figure // in display order
}

func newFiguresPane(styles *Styles) *figuresPane {
	return &figuresPane{panelState: panelState{keys: newPanelKeys("figure"), styles: styles}}
}

// setFigures shows the figures of briefing id (err when they could not be had).
func (f *figuresPane) setFigures(id string, figs []extract.Figure, err error) {
	if f.id != id {
		f.cursor, f.scroll.offset = 0, 0
	}
	f.id, f.loaded, f.err = id, true, err
	f.items = firstItem(figs)
	f.figs = slices.Clone(figs)
	lead, _ := leadingFigure(f.figs)
	slices.SortStableFunc(f.figs, func(a, b extract.Figure) int { // the lead's category first, the lead on top
		return cmp.Or(leadRank(a, lead)-leadRank(b, lead), categoryRank(a.Category)-categoryRank(b.Category))
	})
	f.count = len(f.figs)
	f.rebuild()
}

// loading clears the panel while briefing id loads.
func (f *figuresPane) loading(id string) {
	if f.id == id && f.loaded {
		return
	}
	f.id, f.loaded, f.err, f.figs, f.count, f.body = id, false, nil, nil, 0, ""
	f.cursor, f.scroll.offset = 0, 0
	f.rebuild()
}

// SetSize gives the panel its size and lays its rows out again.
func (f *figuresPane) SetSize(w, h int) {
	f.width, f.height = w, h
	f.rebuild()
}

// selected is the figure under the cursor.
func (f *figuresPane) selected() (extract.Figure, bool) {
	if f.cursor < 0 || f.cursor >= len(f.figs) {
		return extract.Figure{}, false
	}
	return f.figs[f.cursor], true
}

// rebuild lays out the rows, or takes them as laid out before.
func (f *figuresPane) rebuild() { f.layOut(f.items, time.Time{}, f.build) }

// build lays out the rows: a heading per category, then one row per
// figure with its compact value, what it counts, and a bar.
func (f *figuresPane) build() {
	s := f.styles
	valueW := 0
	peak, count := map[barScale]float64{}, map[barScale]int{} // bars compare like with like
	measures := make([]extract.Measure, len(f.figs))
	for i, fig := range f.figs {
		valueW = max(valueW, ansi.StringWidth(compactFigure(fig)))
		measures[i] = fig.Measure()
		sc := scaleOf(fig.Role, measures[i])
		peak[sc] = math.Max(peak[sc], math.Abs(measures[i].Amount))
		count[sc]++
	}
	var cat extract.Category = "-"
	for i, fig := range f.figs {
		if fig.Category != cat {
			cat = fig.Category
			f.addRow(" "+s.categoryStyle(cat).Render(strings.ToUpper(string(cat))), -1)
		}
		val := compactFigure(fig)
		val = strings.Repeat(" ", valueW-ansi.StringWidth(val)) + val
		bar := strings.Repeat(" ", barWidth) // a lone figure of its kind has nothing to compare with
		if sc := scaleOf(fig.Role, measures[i]); count[sc] > 1 {
			bar = sizeBar(measures[i].Amount, peak[sc])
		}
		nounW := max(f.width-4-valueW-1-barWidth-1, 4)
		noun := ansi.Truncate(figureNoun(fig), nounW, "…")
		noun += strings.Repeat(" ", max(nounW-ansi.StringWidth(noun), 0))
		text := "  " + s.categoryStyle(cat).Render(val) + " " + noun + " " + s.barStyle(cat).Render(bar)
		f.addRow(text, i)
	}
	f.scrollToCursor()
}

// barScale is what a bar compares within: figures of one role that
// measure one kind of quantity (heads, households, a share, a percentage,
// one currency, time), so that ">½ the population" is not drawn against
// "30.4M people", nor £ against $.
type barScale struct {
	role extract.Role
	kind extract.MeasureKind
	unit string // the currency, or the unit of counted things
}

// scaleOf is the scale of a figure's bar. Durations all share one, as
// lengths in days: a month is drawn longer than two weeks.
func scaleOf(role extract.Role, m extract.Measure) barScale {
	return barScale{role, m.Kind, m.Unit}
}

// leadRank puts the lead first, then the other figures of its category.
func leadRank(f, lead extract.Figure) int {
	switch {
	case f.Lead:
		return 0
	case lead.Lead && f.Category == lead.Category:
		return 1
	}
	return 2
}

// sizeBar draws v relative to peak, the largest figure of its scale.
func sizeBar(v, peak float64) string {
	if peak <= 0 {
		return strings.Repeat(" ", barWidth)
	}
	eighths := int(math.Round(math.Abs(v) / peak * barWidth * 8))
	eighths = max(eighths, 1)
	full := eighths / 8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	if rem := eighths % 8; rem > 0 && full < barWidth {
		b.WriteRune([]rune("▏▎▍▌▋▊▉")[rem-1])
		full++
	}
	b.WriteString(strings.Repeat(" ", barWidth-full))
	return b.String()
}

// Update handles the panel's keys while it has focus, clicks, and what
// the root routes to it: the story, its figures, the styles and y.
func (f *figuresPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case storyMsg:
		if msg.briefing == nil {
			f.loading("")
		} else {
			f.loading(msg.briefing.ID)
		}
	case detailsMsg:
		f.setFigures(msg.ID, msg.Figures, msg.Err)
		f.body = msg.Body
	case copyRequestMsg:
		if fig, ok := f.selected(); ok && f.count > 0 {
			return ask(copyMsg{citeFigure(msg.briefing, fig), "figure"})
		}
	default:
		return f.update(msg, f.jump)
	}
	return nil
}

// jump asks the reader to show the selected figure's sentence.
func (f *figuresPane) jump() tea.Cmd {
	fig, ok := f.selected()
	if !ok {
		return nil
	}
	sentence := fig.Sentence
	if sentence == "" {
		sentence = f.bodySlice(fig.SentenceStart, fig.SentenceEnd)
	}
	return ask(jumpMsg{id: f.id, sentence: sentence, span: fig.Text})
}

// View draws the panel.
func (f *figuresPane) View() []string {
	title := " Key figures"
	if f.count > 0 {
		title += " (" + itoa(f.count) + ")"
	}
	return f.view(title, "  No key figures found in this briefing.")
}
