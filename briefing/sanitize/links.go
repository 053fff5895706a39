package sanitize

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// This file holds the link pass: which destinations are allowed, and the
// rewriting of links, images, definitions and autolinks that are not.

// linksAllowed reports whether the Markdown parser glamour uses (goldmark
// with GFM and definition lists) finds no link, image or autolink in md
// whose destination is refused.
func linksAllowed(md string) bool {
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList)).
		Parser().Parse(text.NewReader(src))
	ok := true
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Link:
			ok = allowedLink(string(n.Destination))
		case *ast.Image:
			ok = allowedLink(string(n.Destination))
		case *ast.AutoLink:
			ok = n.AutoLinkType == ast.AutoLinkEmail || allowedLink(string(n.URL(src)))
		}
		if !ok {
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return ok
}

// escapeAllLinks backslash-escapes every bracket and angle bracket of md
// and spells the colon of ftp: as a reference, so that nothing in it can
// be a link to a refused scheme.
func escapeAllLinks(md string) string {
	var b strings.Builder
	b.Grow(len(md) + len(md)/8)
	for i := 0; i < len(md); i++ {
		switch c := md[i]; {
		case c == '\\' && i+1 < len(md):
			b.WriteByte(c)
			b.WriteByte(md[i+1])
			i++
		case c == '[' || c == ']' || c == '<':
			b.WriteByte('\\')
			b.WriteByte(c)
		case ftpAt(md, i) >= 0:
			b.WriteString(md[i:i+3] + "&#58;")
			i += 3
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// RefDefinition parses a link reference definition "[label]: dest".
func RefDefinition(s string) (label, dest string, ok bool) {
	if !strings.HasPrefix(s, "[") {
		return "", "", false
	}
	end := -1
	for i := 1; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == '[' {
			return "", "", false
		}
		if s[i] == ']' {
			end = i
			break
		}
	}
	if end < 2 || end+1 >= len(s) || s[end+1] != ':' {
		return "", "", false
	}
	rest := strings.TrimLeft(s[end+2:], " \t")
	if f := strings.Fields(rest); len(f) > 0 {
		dest = f[0]
	}
	return s[1:end], dest, true
}

// definitionAt parses a link reference definition at s[i:], the content
// of a line: "[label]:" and a destination on the same line or the next.
// The label may run over several lines, though not across a blank one.
// end is the end of the line that holds the destination.
func definitionAt(s string, i int) (label, dest string, end int, ok bool) {
	if i >= len(s) || s[i] != '[' {
		return "", "", 0, false
	}
	j := i + 1
	for ; j < len(s) && s[j] != ']'; j++ {
		switch {
		case j-i > 1000, s[j] == '[':
			return "", "", 0, false
		case s[j] == '\\':
			j++
		case s[j] == '\n' && strings.TrimLeft(lineAt(s, j+1), " \t>") == "":
			return "", "", 0, false
		}
	}
	if j+1 >= len(s) || s[j+1] != ':' || strings.TrimSpace(s[i+1:j]) == "" {
		return "", "", 0, false
	}
	label = s[i+1 : j]
	rest := lineAt(s, j+2)
	end = j + 2 + len(rest)
	if dest = firstField(rest); dest == "" && end < len(s) {
		// The destination is on the next line.
		next := lineAt(s, end+1)
		_, next = quotePrefix(next)
		dest = firstField(next)
		end += 1 + len(lineAt(s, end+1))
	}
	if dest == "" {
		return "", "", 0, false // no destination: text, not a definition
	}
	return label, dest, end, true
}

// lineAt is the rest of the line of s that starts at i.
func lineAt(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return s[i : i+k]
	}
	return s[i:]
}

// firstField is the first word of the first line of s.
func firstField(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// normLabel normalises a link label exactly as the renderer (goldmark)
// matches labels to definitions: full Unicode case folding ("ß" matches
// "SS"), spaces collapsed. A plain lower-case ASCII label is returned as
// it is, without allocating.
func normLabel(s string) string {
	tidy := s != "" && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; tidy && i < len(s); i++ {
		c := s[i]
		tidy = c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && c != '\t' && c != '\n' && !(c == ' ' && s[i+1] == ' ')
	}
	if tidy {
		return s
	}
	return util.ToLinkReference([]byte(s))
}

// allowedLink reports whether a link destination, as written, has the
// scheme http, https or mailto. Anything else, including relative links
// and destinations spelled with entities or escapes, is refused.
func allowedLink(dest string) bool {
	dest = strings.TrimPrefix(dest, "<")
	i := strings.IndexByte(dest, ':')
	if i < 0 {
		return false
	}
	switch strings.ToLower(dest[:i]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// rewriteLinks applies the block edits and unlinks, paragraph by
// paragraph, every link whose destination is refused: inline links and
// images, reference links to dropped definitions, autolinks, and bare
// ftp:// URLs that the renderer would link.
func rewriteLinks(s string, b *markdownBlocks) string {
	r := linkRewriter{s: s, badLabels: b.badLabels, edits: b.edits, budget: 8*len(s) + 1<<16}
	for i := 0; i < len(b.lines); {
		if ln := b.lines[i]; ln.code || ln.blank || ln.dropped {
			i++
			continue
		}
		j := i
		for j+1 < len(b.lines) && !b.lines[j+1].code && !b.lines[j+1].blank && !b.lines[j+1].dropped {
			j++
		}
		// Within the run, a line that surely opens a block ends any
		// paragraph (and link) above it.
		for k := i; k <= j; {
			m := k + 1
			for m <= j && !startsBlock(s[b.lines[m].start:b.lines[m].end]) {
				m++
			}
			if unit := b.lines[k:m]; crowded(s, unit) {
				r.escapeInline(unit)
			} else {
				r.paragraph(unit[0].content, unit[len(unit)-1].end)
			}
			k = m
		}
		i = j + 1
	}
	return applyEdits(s, r.edits)
}

// maxInlineMarks is how many emphasis, link and code marks one paragraph
// may hold. goldmark's inline parser takes time that grows with the
// square of their number (a paragraph of 20,000 takes seconds); prose
// has a few dozen.
const maxInlineMarks = 400

// inlineMarks are the characters goldmark's inline parser pairs up.
const inlineMarks = "*_[]`<~"

// crowded reports whether lines, which may form one paragraph, hold more
// than maxInlineMarks inline marks.
func crowded(s string, lines []mdLine) bool {
	n := 0
	for _, ln := range lines {
		for i := ln.content; i < ln.end; i++ {
			if strings.IndexByte(inlineMarks, s[i]) >= 0 {
				if n++; n > maxInlineMarks {
					return true
				}
			}
		}
	}
	return false
}

// startsBlock reports whether a line opens a new block even right after
// a paragraph line, so that no paragraph runs across its start: a bullet
// or "1." item with text, or an ATX heading, indented less than four
// columns. (Other lines may continue the paragraph above them.)
func startsBlock(line string) bool {
	_, rest := quotePrefix(line)
	trimmed := strings.TrimLeft(rest, " \t")
	if width(rest[:len(rest)-len(trimmed)]) > 3 {
		return false
	}
	rest = trimmed
	switch {
	case rest == "":
		return false
	case rest[0] == '-' || rest[0] == '*' || rest[0] == '+':
		return len(rest) > 2 && (rest[1] == ' ' || rest[1] == '\t') && strings.TrimSpace(rest[2:]) != ""
	case rest[0] == '#':
		h := strings.TrimLeft(rest, "#")
		return len(rest)-len(h) <= 6 && (h == "" || h[0] == ' ' || h[0] == '\t')
	case strings.HasPrefix(rest, "1.") || strings.HasPrefix(rest, "1)"):
		return len(rest) > 3 && (rest[2] == ' ' || rest[2] == '\t') && strings.TrimSpace(rest[3:]) != ""
	}
	return false
}

// escapeInline backslash-escapes every inline mark in the text of lines
// (not their container markers), so that goldmark reads a crowded
// paragraph as plain text, in linear time, with no link in it.
func (r *linkRewriter) escapeInline(lines []mdLine) {
	var b strings.Builder
	for _, ln := range lines {
		text := r.s[ln.content:ln.end]
		b.Reset()
		b.Grow(len(text) + len(text)/2)
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c == '\\' && i+1 < len(text):
				b.WriteString(text[i : i+2])
				i++
			case strings.IndexByte(inlineMarks, c) >= 0:
				b.WriteByte('\\')
				b.WriteByte(c)
			case ftpAt(text, i) >= 0:
				b.WriteString(text[i:i+3] + "&#58;")
				i += 3
			default:
				b.WriteByte(c)
			}
		}
		if b.Len() != len(text) {
			r.edits = append(r.edits, edit{ln.content, ln.end, b.String()})
		}
	}
}

// applyEdits returns s with the edits made; s itself when there are none.
func applyEdits(s string, edits []edit) string {
	if len(edits) == 0 {
		return s
	}
	byStart := func(a, b edit) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) }
	if !slices.IsSortedFunc(edits, byStart) {
		slices.SortFunc(edits, byStart)
	}
	var out strings.Builder
	out.Grow(len(s))
	at := 0
	for _, e := range edits {
		if e.start < at {
			continue // overlaps an earlier edit; never expected
		}
		out.WriteString(s[at:e.start])
		out.WriteString(e.repl)
		at = e.end
	}
	out.WriteString(s[at:])
	return out.String()
}

// linkRewriter finds the links of a body's paragraphs.
type linkRewriter struct {
	s         string
	badLabels map[string]bool
	edits     []edit
	// budget bounds the bytes looked at beyond the single pass; when it
	// runs out, brackets in what remains are escaped instead of parsed, so
	// a pathological paragraph costs linear time and still links nowhere.
	budget int
	// ticks lists where backtick runs of each length start, built on first
	// need; the lists are consumed as the text is read.
	ticks map[int][]int
}

// opener is an unmatched "[" or "![".
type opener struct {
	at    int
	image bool
}

// paragraph rewrites the links of s[a:e].
func (r *linkRewriter) paragraph(a, e int) {
	s := r.s
	var stack []opener
	for i := a; i < e; {
		if r.budget < 0 {
			r.escapeBrackets(i, e)
			return
		}
		switch c := s[i]; c {
		case '\\':
			i += 2
		case '`':
			i = r.skipCode(i, a, e)
		case '<':
			i = r.autolink(i, e)
		case '!', '[':
			if c == '!' && (i+1 >= e || s[i+1] != '[') {
				i++
				continue
			}
			stack = append(stack, opener{at: i, image: c == '!'})
			i += 1 + boolInt(c == '!')
		case ']':
			if len(stack) == 0 {
				i++
				continue
			}
			op := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			i = r.closeBracket(op, i, e)
		case 'f', 'F':
			i = r.bareFTP(i, a)
		default:
			i++
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unlink turns the link whose opener is op, whose text ends at close
// (the "]") and whose destination part ends at end into its text.
func (r *linkRewriter) unlink(op opener, close, end int) {
	r.edits = append(r.edits,
		edit{op.at, op.at + 1 + boolInt(op.image), ""},
		edit{close, end, ""})
}

// closeBracket handles the "]" at i closing op and returns where to go on.
func (r *linkRewriter) closeBracket(op opener, i, e int) int {
	s := r.s
	text := s[op.at+1+boolInt(op.image) : i]
	j := i + 1
	if j < e && s[j] == '(' {
		if dest, after, ok := r.inlineDest(j+1, e); ok {
			if !allowedLink(dest) {
				r.unlink(op, i, after)
			}
			return after
		}
		return j
	}
	if j < e && s[j] == '[' {
		k := strings.IndexByte(s[j+1:e], ']')
		if k >= 0 && k < 1000 {
			k += j + 1
			label := s[j+1 : k]
			if label == "" {
				label = text
			}
			if len(r.badLabels) > 0 && r.badLabels[normLabel(label)] {
				r.unlink(op, i, k+1)
				return k + 1
			}
		}
		return j
	}
	if len(r.badLabels) > 0 && len(text) < 1000 && r.badLabels[normLabel(text)] {
		r.unlink(op, i, i+1)
	}
	return j
}

// inlineDest parses the "(dest "title")" of an inline link from s[i:],
// just after its "(". It returns the destination and where the link ends.
func (r *linkRewriter) inlineDest(i, e int) (dest string, after int, ok bool) {
	s := r.s
	start := i
	defer func() { r.budget -= after - start }()
	i = skipLinkSpace(s, i, e)
	switch {
	case i < e && s[i] == '<':
		k := i + 1
		for k < e && s[k] != '>' && s[k] != '<' && s[k] != '\n' {
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= e || s[k] != '>' {
			return "", i, false
		}
		dest, i = s[i:k+1], k+1
	default:
		k, depth := i, 0
	dest:
		for ; k < e; k++ {
			switch c := s[k]; {
			case c == '\\':
				k++
			case c <= ' ':
				break dest
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			}
		}
		if depth != 0 || k > e {
			return "", k, false
		}
		dest, i = s[i:k], k
	}
	j := skipLinkSpace(s, i, e)
	if j < e && (s[j] == '"' || s[j] == '\'' || s[j] == '(') && j > i {
		closer := s[j]
		if closer == '(' {
			closer = ')'
		}
		k := j + 1
		for k < e && s[k] != closer {
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= e {
			return "", k, false
		}
		j = skipLinkSpace(s, k+1, e)
	}
	if j >= e || s[j] != ')' {
		return "", j, false
	}
	return dest, j + 1, true
}

// skipLinkSpace skips spaces, tabs and at most one line break.
func skipLinkSpace(s string, i, e int) int {
	nl := false
	for i < e {
		switch s[i] {
		case ' ', '\t':
		case '\n':
			if nl {
				return i
			}
			nl = true
		default:
			return i
		}
		i++
	}
	return i
}

// autolink unlinks an autolink "<scheme:...>" at s[i:] to a refused
// scheme, leaving its text, and returns where to go on.
func (r *linkRewriter) autolink(i, e int) int {
	s := r.s
	k := i + 1
	for k < e && s[k] > ' ' && s[k] != '<' && s[k] != '>' {
		k++
	}
	if k >= e || s[k] != '>' {
		return i + 1
	}
	dest := s[i+1 : k]
	if !isScheme(dest) || allowedLink(dest) {
		return k + 1
	}
	r.edits = append(r.edits, edit{i, i + 1, ""})
	if j := ftpAt(s, i+1); j >= 0 {
		r.edits = append(r.edits, edit{j, j + 1, "&#58;"})
	}
	r.edits = append(r.edits, edit{k, k + 1, ""})
	return k + 1
}

// isScheme reports whether s starts with a URI scheme and a colon, as an
// autolink must.
func isScheme(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 2 || i > 32 || !isASCIILetter(s[0]) {
		return false
	}
	for j := 1; j < i; j++ {
		c := s[j]
		if !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '+' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// ftpAt returns the offset of the colon of an "ftp://" at s[i:], or -1.
func ftpAt(s string, i int) int {
	if len(s)-i >= 6 && strings.EqualFold(s[i:i+6], "ftp://") {
		return i + 3
	}
	return -1
}

// bareFTP spells the colon of a bare ftp:// URL as a character reference,
// which reads the same but is not turned into a link.
func (r *linkRewriter) bareFTP(i, a int) int {
	if i > a && (isASCIILetter(r.s[i-1]) || '0' <= r.s[i-1] && r.s[i-1] <= '9') {
		return i + 1
	}
	j := ftpAt(r.s, i)
	if j < 0 {
		return i + 1
	}
	r.edits = append(r.edits, edit{j, j + 1, "&#58;"})
	return j + 1
}

// skipCode skips the code span that the backtick run at s[i:] opens, or
// just the run when nothing closes it.
func (r *linkRewriter) skipCode(i, a, e int) int {
	s := r.s
	n := 0
	for i+n < e && s[i+n] == '`' {
		n++
	}
	if r.ticks == nil {
		r.ticks = backtickRuns(s)
	}
	runs := r.ticks[n]
	for len(runs) > 0 && runs[0] <= i {
		runs = runs[1:]
	}
	r.ticks[n] = runs
	if len(runs) == 0 || runs[0] >= e {
		return i + n
	}
	end := runs[0] + n
	r.ticks[n] = runs[1:]
	return end
}

// backtickRuns maps each length of backtick run in s to where runs of
// that length start, in order.
func backtickRuns(s string) map[int][]int {
	runs := make(map[int][]int)
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '`' {
			j++
		}
		runs[j-i] = append(runs[j-i], i)
		i = j
	}
	return runs
}

// escapeBrackets backslash-escapes every closing bracket of s[i:e], so
// that it holds no link, and unlinks its autolinks and bare ftp:// URLs.
func (r *linkRewriter) escapeBrackets(i, e int) {
	s := r.s
	for i < e {
		switch s[i] {
		case '\\':
			i += 2
			continue
		case ']':
			r.edits = append(r.edits, edit{i, i, "\\"})
		case '<':
			i = r.autolink(i, e)
			continue
		case 'f', 'F':
			i = r.bareFTP(i, i)
			continue
		}
		i++
	}
}
