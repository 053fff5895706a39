package briefing

import "sitrep/briefing/extract"

// FiguresWithLead extracts the figures of a briefing's body and marks the
// one it leads with, as its title and summary speak of it (extract.Lead).
// The library and `sitrep extract` both call it, so that the command's
// lead is the reader's.
func FiguresWithLead(b *Briefing, body string) []extract.Figure {
	return extract.Lead(extract.Figures(body), body, b.Title+". "+b.Summary)
}

// LeadFigure returns the key figure a briefing leads with: the list's badge
// and the top of the figures panel. ok is false when it has no key figure.
func (l *Library) LeadFigure(id string) (f extract.Figure, ok bool, err error) {
	figs, err := l.Figures(id)
	if err != nil {
		return extract.Figure{}, false, err
	}
	for _, f := range figs {
		if f.Lead {
			return f, true, nil
		}
	}
	return extract.Figure{}, false, nil
}
