package tui

import (
	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
	"sitrep/briefing/extract"
)

// This file loads what the panels and the list show beside the rendered
// body: a briefing's key figures and timeline, and the list's badges.

// detailsMsg carries what the panels show for one briefing.
type detailsMsg struct {
	ID       string
	Body     string
	Figures  []extract.Figure
	Timeline []extract.TimelineEntry
	Err      error
}

// badgesMsg carries the list badges (leading key figure) of some briefings.
type badgesMsg struct{ Badges map[string]string }

// detailsCmd loads a briefing's body, key figures and timeline.
func detailsCmd(lib *briefing.Library, id string) tea.Cmd {
	return func() tea.Msg {
		msg := detailsMsg{ID: id}
		msg.Body, msg.Err = lib.Body(id)
		if msg.Err != nil {
			return msg
		}
		msg.Figures, msg.Err = lib.KeyFigures(id)
		if msg.Err != nil {
			return msg
		}
		msg.Timeline, msg.Err = lib.Timeline(id)
		return msg
	}
}

// badgesCmd finds the leading key figure of each briefing.
func badgesCmd(lib *briefing.Library, ids []string) tea.Cmd {
	return func() tea.Msg {
		out := make(map[string]string, len(ids))
		for _, id := range ids {
			figs, err := lib.KeyFigures(id)
			if err != nil {
				out[id] = ""
				continue
			}
			if f, ok := leadingFigure(figs); ok {
				out[id] = figureBadge(f)
			} else {
				out[id] = ""
			}
		}
		return badgesMsg{Badges: out}
	}
}

// leadingFigure is the figure a briefing leads with: the one extract marks
// as its lead, else the first one of the most pressing category.
func leadingFigure(figs []extract.Figure) (extract.Figure, bool) {
	best, bestRank := extract.Figure{}, len(categoryOrder)+1
	for _, f := range figs {
		if f.Lead {
			return f, true
		}
		if r := categoryRank(f.Category); r < bestRank {
			best, bestRank = f, r
		}
	}
	return best, bestRank <= len(categoryOrder)
}
