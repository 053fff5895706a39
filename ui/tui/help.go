package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// helpPane is the full key reference (?) and the problems list (!). The
// key reference is generated from the bindings, so it cannot drift from
// the keys the panes really handle.
type helpPane struct {
	model  help.Model
	styles *Styles
	offset int // first line of the key reference on screen
	width  int
	height int
}

func newHelpPane(styles *Styles) helpPane {
	h := help.New()
	h.Styles = styles.Help
	return helpPane{model: h, styles: styles}
}

func (h *helpPane) setSize(w, height int) {
	h.width, h.height = w, height
	h.model.SetWidth(w)
}

// section is one titled group of key columns.
type section struct {
	title string
	keys  help.KeyMap
}

// fullView lists every key, the global ones and each pane's, from the
// help offset down (the reference scrolls on a small screen).
func (h helpPane) fullView(sections []section) string {
	return h.scrolled("Keys", "esc or ? closes", h.fullLines(sections))
}

// scrolled shows lines under a title from the help offset down, saying
// j/k scroll when they do not fit.
func (h helpPane) scrolled(name, closes string, lines []string) string {
	b := newBlock(h.width, h.height)
	title := " " + name + "  (" + closes + ")"
	if len(lines) > h.height-1 {
		title = " " + name + "  (j/k scroll, " + closes + ")"
	}
	b.add(paneTitle(h.styles, title, true, h.width))
	for _, l := range lines[min(h.offset, len(lines)):] {
		b.add(l)
	}
	return strings.Join(b.done(), "\n")
}

func (h helpPane) fullLines(sections []section) []string {
	lines := []string{""}
	for _, s := range sections {
		lines = append(lines, "  "+h.styles.HeaderTitle.Render(s.title))
		for _, l := range strings.Split(h.model.FullHelpView(s.keys.FullHelp()), "\n") {
			lines = append(lines, "  "+l)
		}
		lines = append(lines, "")
	}
	return append(lines, h.styles.Dim.Render("  With the mouse on, hold shift while dragging to select text."))
}

// scroll moves an overlay of total lines by n lines.
func (h *helpPane) scroll(n, total int) {
	h.offset = clamp(h.offset+n, 0, max(total-(h.height-1), 0))
}

// shortView is the one-line help of the status bar.
func (h helpPane) shortView(bindings []key.Binding) string {
	return h.model.ShortHelpView(bindings)
}

// keyGroups is a help.KeyMap over bindings grouped by hand into columns.
type keyGroups [][]key.Binding

// ShortHelp is every binding of the groups.
func (g keyGroups) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, c := range g {
		out = append(out, c...)
	}
	return out
}

// FullHelp is the groups as columns.
func (g keyGroups) FullHelp() [][]key.Binding { return g }

// problemsView lists the files the library skipped and other warnings.
func (h helpPane) problemsView(problems []string) string {
	return h.scrolled("Problems", "esc closes", h.problemLines(problems))
}

func (h helpPane) problemLines(problems []string) []string {
	lines := []string{""}
	if len(problems) == 0 {
		lines = append(lines, h.styles.Empty.Render("  No problems: every briefing loaded."))
	}
	for _, p := range problems {
		wrapped := strings.Split(ansi.Wrap(p, max(h.width-4, 10), " /-"), "\n")
		for i, l := range wrapped {
			prefix := "  • "
			if i > 0 {
				prefix = "    "
			}
			lines = append(lines, prefix+h.styles.Warning.Render(l))
		}
	}
	return lines
}
