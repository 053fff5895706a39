package sanitize

import "strings"

// This file holds Markdown and its block pass: container prefixes
// (blockquotes and lists) and their nesting, fences and thematic breaks,
// which the link pass and the render cost estimate read too.

// SanitizeMarkdown is Sanitize for a Markdown body. It also:
//
//   - flattens blockquotes and lists nested deeper than 20 levels (by
//     markers or by indentation) to 20, since glamour's time grows steeply
//     with depth;
//   - turns every link whose destination is not an http, https or mailto
//     URL into its plain text: inline links and images, reference links
//     (their definitions, which are never shown, are dropped), autolinks
//     such as <javascript:...>, and bare ftp:// URLs the renderer would
//     link (their colon is written &#58;, which reads the same). Relative
//     links go too: in a terminal they lead nowhere. Code is left alone.
//
// Raw HTML is left as it is: glamour shows the text inside tags and never
// follows an href, and stripping tags would mangle text that merely
// contains "<". Ordinary Markdown comes back byte for byte, without a copy.
func Markdown(s string) string {
	return tameMarkdown(Text(s))
}

// maxRewrites bounds the passes of the link rewriter over one document.
const maxRewrites = 4

// maxNesting is how deep blockquotes and lists may nest in a body: glamour
// takes time that grows steeply with depth (over 60 s at 80 levels).
const maxNesting = 20

// tameMarkdown flattens deep nesting and unlinks links to schemes other
// than http, https and mailto. It returns s itself when there is nothing
// to change.
func tameMarkdown(s string) string {
	if !mayNeedTaming(s) {
		return s
	}
	out := rewriteLinks(s, scanMarkdownLines(s))
	// Unlinking can join what stood around a link into new Markdown
	// ("[0][:0]()" leaves "[0]:0", a link definition): rewrite again until
	// nothing changes. Each pass only removes, and the bound keeps it
	// linear; what is still changing then has every bracket escaped.
	for prev, n := s, 0; out != prev; n++ {
		if n == maxRewrites {
			out = escapeAllLinks(out)
			break
		}
		prev, out = out, rewriteLinks(out, scanMarkdownLines(out))
	}
	if linksAllowed(out) {
		return out
	}
	// The renderer's own parser still finds a refused link: the rewriter
	// missed a corner of Markdown. Escape every bracket instead, and if
	// even that is not enough, show the document as code.
	if out = escapeAllLinks(out); linksAllowed(out) {
		return out
	}
	return asCodeBlock(out)
}

// asCodeBlock shows md as a fenced code block, in which nothing links.
func asCodeBlock(md string) string {
	longest, run := 0, 0
	for i := 0; i < len(md); i++ {
		if md[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "text\n" + strings.TrimSuffix(md, "\n") + "\n" + fence + "\n"
}

// mayNeedTaming is a quick look for anything tameMarkdown might change:
// a line nested too deep, something that may be a link ("](", "][",
// "]:", "<scheme:", "ftp:"), or more inline marks than one paragraph may
// hold. Prose without links passes without a copy.
func mayNeedTaming(s string) bool {
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		var p containerPrefix
		if p.walk(s[start:end], true, nil); p.tooDeep {
			return true
		}
		start = end + 1
	}
	marks := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(inlineMarks, s[i]) >= 0 {
			if marks++; marks > maxInlineMarks {
				return true
			}
		}
		switch s[i] {
		case ']':
			if i+1 < len(s) && (s[i+1] == '(' || s[i+1] == '[' || s[i+1] == ':') {
				return true
			}
		case '<':
			if isScheme(s[i+1 : min(len(s), i+34)]) {
				return true
			}
		case ':':
			if i >= 3 && strings.EqualFold(s[i-3:i], "ftp") {
				return true
			}
		}
	}
	return false
}

// mdLine is one line of a Markdown body as the block pass sees it.
type mdLine struct {
	start, end int  // the line in the text, without its newline
	content    int  // where the text after the container markers starts
	code       bool // inside a fenced code block
	blank      bool // empty or spaces only
	dropped    bool // a link reference definition to a refused scheme
}

// markdownBlocks is the result of the block pass over a body.
type markdownBlocks struct {
	lines []mdLine
	// edits to the text: flattened nesting, dropped definitions.
	edits []edit
	// badLabels are the normalised labels of dropped definitions.
	badLabels map[string]bool
}

// edit replaces text[start:end] with repl.
type edit struct {
	start, end int
	repl       string
}

// scanMarkdownLines finds code blocks, container prefixes too deep to
// keep and reference definitions to refused schemes.
func scanMarkdownLines(s string) *markdownBlocks {
	b := &markdownBlocks{lines: make([]mdLine, 0, strings.Count(s, "\n")+1)}
	var f fence
	dropUntil := 0 // end of a dropped definition that spans lines
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		ln := mdLine{start: start, end: end}
		line := s[start:end]
		if f.open() {
			ln.code, f = f.next(line)
		}
		p := parsePrefix(line, !ln.code) // code keeps its own indentation
		body := line[p.contentAt:]
		// Only an empty line surely ends a paragraph: "1." or "*" alone
		// cannot interrupt one, so a link may run across them.
		ln.blank = strings.TrimSpace(line) == ""
		if !ln.code && p.indent < 4 && OpeningFence(body) != "" {
			f = openFence(line, len(line)-len(body), OpeningFence(body))
			ln.code = true
		}
		ln.content = start + p.contentAt
		if p.tooDeep {
			b.edits = append(b.edits, edit{start, start + p.contentAt, p.flattened})
		}
		switch {
		case start < dropUntil:
			ln.dropped = true
		case !ln.code && p.indent < 4:
			if label, dest, defEnd, ok := definitionAt(s, ln.content); ok && !allowedLink(dest) {
				if b.badLabels == nil {
					b.badLabels = make(map[string]bool)
				}
				b.badLabels[normLabel(label)] = true
				ln.dropped = true
				dropUntil = defEnd
				b.edits = append(b.edits, edit{ln.content, defEnd, ""})
			}
		}
		b.lines = append(b.lines, ln)
		start = end + 1
	}
	return b
}

// fence is an open fenced code block and the container it sits in. When
// in doubt whether a line is still inside it, the fence is taken as
// closed: the line is then searched for links, which at worst unlinks
// something in code, never the other way round.
type fence struct {
	marker string // the opening fence, "" when none is open
	quotes int    // blockquote markers before it
	column int    // where it starts after them (list items indent it)
}

func (f fence) open() bool { return f.marker != "" }

// openFence records the fence marker found at offset at of line.
func openFence(line string, at int, marker string) fence {
	q, rest := quotePrefix(line)
	return fence{marker: marker, quotes: q, column: width(rest[:at-(len(line)-len(rest))])}
}

// next reports whether line is inside the fence and returns the fence as
// it stands after the line.
func (f fence) next(line string) (code bool, after fence) {
	q, rest := quotePrefix(line)
	if q < f.quotes {
		return false, fence{}
	}
	body := strings.TrimLeft(rest, " \t")
	if body == "" {
		return true, f
	}
	ws := width(rest[:len(rest)-len(body)])
	if ws < f.column {
		return false, fence{}
	}
	if isClosingFence(body, ws-f.column, f.marker) {
		return true, fence{}
	}
	return true, f
}

// quotePrefix counts the blockquote markers opening line and returns
// what follows them.
func quotePrefix(line string) (int, string) {
	q := 0
	for {
		i := 0
		for i < len(line) && i < 3 && line[i] == ' ' {
			i++
		}
		if i >= len(line) || line[i] != '>' {
			return q, line
		}
		q++
		line = line[i+1:]
		if line != "" && line[0] == ' ' {
			line = line[1:]
		}
	}
}

// width is the number of columns s takes (tabs stop every 4).
func width(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			n += 4 - n%4
		} else {
			n++
		}
	}
	return n
}

// containerPrefix is the run of blockquote and list markers, with the
// indentation around them, that opens a line.
type containerPrefix struct {
	contentAt int // offset of the text after the markers and indentation
	indent    int // columns of indentation just before that text
	markers   int // blockquote and list markers
	lists     int // of which list markers
	tooDeep   bool
	flattened string // the prefix to write instead when tooDeep
}

// parsePrefix reads the container markers at the start of a line. A line
// nested deeper than maxNesting keeps its first maxNesting markers. With
// capIndent, its indentation is capped at 2×maxNesting columns in all, as
// lists nest by indentation too; code lines keep theirs.
func parsePrefix(line string, capIndent bool) containerPrefix {
	var p containerPrefix
	p.walk(line, capIndent, nil)
	if p.tooDeep {
		var flat strings.Builder
		p.walk(line, capIndent, &flat)
		p.flattened = flat.String()
	}
	return p
}

// walk reads the prefix of line into p, writing the flattened prefix to
// flat when it is not nil.
func (p *containerPrefix) walk(line string, capIndent bool, flat *strings.Builder) {
	p.markers, p.lists = 0, 0
	cols := 0
	for i := 0; ; {
		j := i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		ws := line[i:j]
		w := width(ws)
		n := markerLen(line[j:])
		keep := n == 0 || p.markers < maxNesting
		if capIndent && cols+w > 2*maxNesting {
			p.tooDeep = true
			w = max(0, 2*maxNesting-cols)
			ws = strings.Repeat(" ", w)
		}
		if n == 0 {
			p.contentAt, p.indent = j, w
			if flat != nil {
				flat.WriteString(ws)
			}
			return
		}
		if !keep {
			p.tooDeep = true
		} else {
			cols += w
			p.markers++
			if line[j] != '>' {
				p.lists++
			}
			if flat != nil {
				flat.WriteString(ws)
				flat.WriteString(line[j : j+n])
			}
		}
		i = j + n
	}
}

// markerLen is the length of the blockquote or list marker (with the
// space after it) that s starts with, or 0.
func markerLen(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == '>' {
		if len(s) > 1 && s[1] == ' ' {
			return 2
		}
		return 1
	}
	n := 0
	switch {
	case s[0] == '-' || s[0] == '*' || s[0] == '+':
		if isThematicBreak(s) {
			return 0
		}
		n = 1
	case '0' <= s[0] && s[0] <= '9':
		for n < len(s) && n < 9 && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		if n == len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	default:
		return 0
	}
	switch {
	case n == len(s):
		return n
	case s[n] == ' ' || s[n] == '\t':
		return n + 1
	}
	return 0
}

// isThematicBreak reports whether s is a horizontal rule such as "- - -".
func isThematicBreak(s string) bool {
	c, n := s[0], 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// OpeningFence returns the fence (``` or ~~~, three or more) that s opens
// a code block with, or "".
func OpeningFence(s string) string {
	if len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return ""
	}
	n := 0
	for n < len(s) && s[n] == s[0] {
		n++
	}
	if n < 3 || (s[0] == '`' && strings.IndexByte(s[n:], '`') >= 0) {
		return ""
	}
	return s[:n]
}

// isClosingFence reports whether s closes a block opened by fence.
func isClosingFence(s string, indent int, fence string) bool {
	if indent >= 4 || !strings.HasPrefix(s, fence) {
		return false
	}
	return strings.TrimLeft(strings.TrimRight(s, " \t"), fence[:1]) == ""
}
