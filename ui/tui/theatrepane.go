package tui

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// theatreID is the theatre timeline's pane ID.
const theatreID paneID = "theatre"

// theatre is a region or a country whose timeline the pane shows.
type theatre struct {
	kind, name string // "region" or "country"
}

func (t theatre) String() string { return t.kind + " " + t.name }

// theatreDataMsg is the index's answer for one theatre.
type theatreDataMsg struct {
	at     theatre
	today  time.Time
	events []briefing.TheatreEvent
	err    error
}

func (theatreDataMsg) target() paneID { return theatreID }

// theatrePane is the timeline of the theatre of the briefing shown (T):
// its region, or with h and l each of its countries in turn; one entry per
// event however many briefings report it, each with its sources, in date
// order, a rule at today before the planned events. enter on a source
// reads that briefing at the event.
type theatrePane struct {
	pickPane
	theatres []theatre // of the briefing shown: its region, then its countries
	at       int       // the theatre shown, in theatres
	asked    theatre   // the theatre of the rows, or of the question out
	events   []briefing.TheatreEvent
	today    time.Time
	now      func() time.Time // the clock that says what is planned
}

func newTheatrePane(styles *Styles, hasIndex bool) *theatrePane {
	p := &theatrePane{pickPane: newPickPane(styles, hasIndex, "row"), now: time.Now}
	p.keys.Other.SetEnabled(true)
	return p
}

// KeySection is the theatre pane's part of the key reference.
func (p *theatrePane) KeySection() section { return section{"Theatre timeline (T)", p.keys} }

// Update follows the briefing shown, asks the index for its theatre while
// the pane is open, takes the answer and moves in it.
func (p *theatrePane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !p.focused {
			return nil
		}
		if key.Matches(msg, p.keys.Other) && len(p.theatres) > 1 {
			step := 1
			if s := msg.String(); s == "h" || s == "left" {
				step = -1
			}
			p.at = (p.at + step + len(p.theatres)) % len(p.theatres)
			return p.fetch()
		}
		return p.handleKey(msg)
	case storyMsg:
		p.current = msg.briefing
		p.theatres, p.at = theatresOf(msg.briefing), 0
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
	case theatreDataMsg:
		if msg.at != p.asked {
			return nil // for a theatre since left
		}
		p.loading, p.shown, p.err = false, msg.at.String(), msg.err
		p.events, p.today = msg.events, msg.today
		p.list.set(p.rows())
	case stylesMsg:
		p.styles = msg.styles
		if p.shown != "" {
			p.list.set(p.rows())
		}
	}
	return nil
}

// theatresOf is the region of a briefing, then its countries.
func theatresOf(b *briefing.Briefing) []theatre {
	if b == nil {
		return nil
	}
	var out []theatre
	if b.Region != "" {
		out = append(out, theatre{"region", b.Region})
	}
	for _, c := range b.Countries {
		out = append(out, theatre{"country", c})
	}
	return out
}

// fetch asks the index for the timeline of the theatre chosen, unless the
// rows are for it already.
func (p *theatrePane) fetch() tea.Cmd {
	if !p.index.ready() || p.current == nil || len(p.theatres) == 0 {
		return nil
	}
	at := p.theatres[p.at]
	if at == p.asked && (p.loading || p.shown == at.String()) {
		return nil
	}
	p.asked, p.loading, p.shown = at, true, ""
	ix, today := p.index.ix, p.now().UTC()
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), queryTimeout)
		defer cancel()
		f := briefing.TheatreFilter{Today: today}
		if at.kind == "region" {
			f.Region = at.name
		} else {
			f.Country = at.name
		}
		events, err := ix.Theatre(ctx, f)
		// The index answers the events in order (story.Theatre: as a
		// briefing's timeline orders them); the pane orders each event's
		// sources by briefing, so that its rows stay put from one look to
		// the next.
		for _, ev := range events {
			slices.SortStableFunc(ev.Sources, func(a, b briefing.EventSource) int { return cmp.Compare(a.Briefing, b.Briefing) })
		}
		return theatreDataMsg{at: at, today: today, events: events, err: err}
	}
}

// View draws the timeline.
func (p *theatrePane) View() []string {
	none := ""
	if p.current != nil && len(p.theatres) == 0 {
		none = "This briefing names no region or country."
	}
	sub := ""
	if len(p.theatres) > 0 {
		at := p.theatres[p.at]
		sub = sanitize.Line(at.String()) + " · " + strconv.Itoa(len(p.events)) + " event" + plural(len(p.events), "s")
		if len(p.theatres) > 1 {
			sub += " · h/l: " + sanitize.Line(p.theatres[(p.at+1)%len(p.theatres)].String())
		}
	}
	return p.view("Theatre timeline", sub, "No dated events in this theatre.", none)
}

// rows lays the events out: the date as the briefing timeline writes it
// ("Apr 2024", "Thu 3 Oct 2024") and the event, then each briefing
// that reports it, and a rule at today before the first planned event.
func (p *theatrePane) rows() []pickRow {
	st := p.styles
	var rows []pickRow
	ruled := false
	for _, ev := range p.events {
		if !ruled && (ev.Planned || ev.Date.After(p.today)) {
			rows = append(rows, pickRow{text: "── today, " + formatDate(p.today) + " ──", style: st.PubMarker})
			ruled = true
		}
		text := sanitize.Line(ev.Label()) + "  " + sanitize.Line(ev.Event)
		style := st.EventText
		if ev.Planned {
			text += "  (planned)"
			style = st.Planned
		}
		rows = append(rows, pickRow{text: text, style: style})
		for _, src := range ev.Sources {
			rows = append(rows, pickRow{text: "    · " + sanitize.Line(src.Source) + " — " + sanitize.Line(src.Title),
				// The event may be rebuilt from its clause ("The army
				// retook Adan Yabaal"): its date phrase, which the text
				// holds, is found when its words are not.
				open: &showBriefingMsg{id: src.Briefing, sentence: src.Text, span: src.Phrase}})
		}
	}
	return rows
}
