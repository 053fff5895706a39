package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing/sanitize"
)

// problemsID is the problems view's pane ID.
const problemsID paneID = "problems"

// problemsPane lists the files the library skipped, and why, with any
// warning about the reading state (!).
type problemsPane struct {
	overlay
	problems []string // sanitized, one a problem
}

func newProblemsPane(styles *Styles) *problemsPane {
	return &problemsPane{overlay: newOverlay(styles)}
}

// Update scrolls the list, and takes the problems of each library loaded.
func (p *problemsPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if p.focused {
			p.scrollKey(msg, len(p.lines()))
		}
	case libraryChangedMsg:
		p.problems = p.problems[:0]
		if w := msg.state.Warning(); w != nil {
			p.problems = append(p.problems, sanitize.Line(w.Error()))
		}
		for _, e := range msg.lib.Problems() {
			p.problems = append(p.problems, sanitize.Line(e.Error()))
		}
	case stylesMsg:
		p.styles = msg.styles
	}
	return nil
}

// Scroll moves the list by n lines (the mouse wheel).
func (p *problemsPane) Scroll(n int) { p.window(len(p.lines())).by(n) }

// View lists the problems, wrapped to the screen.
func (p *problemsPane) View() []string { return p.view("Problems", "esc closes", p.lines()) }

func (p *problemsPane) lines() []string {
	lines := []string{""}
	if len(p.problems) == 0 {
		lines = append(lines, p.styles.Empty.Render("  No problems: every briefing loaded."))
	}
	for _, prob := range p.problems {
		wrapped := strings.Split(ansi.Wrap(prob, max(p.width-4, 10), " /-"), "\n")
		for i, l := range wrapped {
			prefix := "  • "
			if i > 0 {
				prefix = "    "
			}
			lines = append(lines, prefix+p.styles.Warning.Render(l))
		}
	}
	return lines
}
