package sanitize

import (
	"fmt"
	"strings"
)

// Bounds on what may be sent to glamour. Glamour's time is a sum over what
// it walks, and some of it grows faster than the document: headings with
// the same text (each new one searches the IDs of all before it), long
// lists, wide tables and many link reference definitions. RenderCost counts
// in units of about one paragraph, some 0.1–0.2 ms of glamour on one core;
// real briefings cost a few hundred, and a body over MaxRenderCost is shown
// as plain text, so that nothing is rendered that cannot finish in well
// under a second.
const (
	MaxRenderBytes = 512 << 10
	MaxRenderCost  = 2000
)

// TooHeavy reports whether glamour would take too long over the Markdown
// body md, and says why in words for a status bar or a note. The reader
// and `sitrep show` both ask it before rendering.
func TooHeavy(md string) (heavy bool, why string) {
	if len(md) > MaxRenderBytes {
		return true, fmt.Sprintf("briefing is %d KiB: shown as plain text", len(md)>>10)
	}
	if RenderCost(md) > MaxRenderCost {
		return true, "briefing is too intricate to lay out: shown as plain text"
	}
	return false, ""
}

// renderWork counts what glamour walks in a body.
type renderWork struct {
	lines, blocks, nesting, headings, items, defs, cells, codeLines int
	wideTables                                                      int // Σ columns² over tables
}

// RenderCost estimates glamour's work on md in units of about one
// paragraph, from everything it will walk: blocks, nesting levels,
// headings, list items, table cells and columns, link reference
// definitions and code lines. It reads each line once and allocates
// nothing, so asking costs far less than rendering.
func RenderCost(md string) int {
	w := countRenderWork(md)
	return w.cost()
}

func (w renderWork) cost() int {
	c := w.blocks + w.nesting + w.lines/10 + w.codeLines
	c += w.headings + w.headings*w.headings/400
	c += w.items + w.items*w.items/1000
	c += w.cells/4 + w.wideTables/2000
	c += w.defs/50 + w.defs*w.defs/8000
	return c
}

func countRenderWork(md string) renderWork {
	var w renderWork
	var f fence
	prevBlank := true
	tableCols := 0 // columns of the widest row of the table being read
	endTable := func() {
		w.wideTables += tableCols * tableCols
		tableCols = 0
	}
	for start := 0; start < len(md); {
		end := strings.IndexByte(md[start:], '\n')
		if end < 0 {
			end = len(md)
		} else {
			end += start
		}
		line := md[start:end]
		start = end + 1
		w.lines++
		if f.open() {
			var code bool
			if code, f = f.next(line); code {
				w.codeLines++
				continue
			}
		}
		var p containerPrefix
		p.walk(line, true, nil)
		body := line[p.contentAt:]
		blank := strings.TrimSpace(body) == ""
		w.nesting += p.markers
		w.items += p.lists
		if p.indent < 4 && OpeningFence(body) != "" {
			f = openFence(line, len(line)-len(body), OpeningFence(body))
			w.blocks++
			prevBlank = false
			endTable()
			continue
		}
		if blank {
			prevBlank = true
			endTable()
			continue
		}
		if prevBlank || p.markers > 0 {
			w.blocks++
		}
		prevBlank = false
		switch {
		case isHeading(body):
			w.headings++
		case strings.HasPrefix(body, "[") && strings.Contains(body, "]:"):
			w.defs++
		}
		if cells := strings.Count(body, "|"); cells > 0 {
			w.cells += cells + 1
			tableCols = max(tableCols, cells+1)
		} else {
			endTable()
		}
	}
	endTable()
	return w
}

// isHeading reports whether a line's text is an ATX heading ("# h") or a
// setext underline ("===" or "---" under a paragraph; a thematic break
// costs the same).
func isHeading(s string) bool {
	n := 0
	for n < len(s) && n < 7 && s[n] == '#' {
		n++
	}
	if n >= 1 && n <= 6 && (n == len(s) || s[n] == ' ' || s[n] == '\t') {
		return true
	}
	t := strings.TrimRight(s, " \t")
	return t != "" && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}
