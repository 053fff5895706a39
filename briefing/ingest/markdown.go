package ingest

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"sitrep/briefing/sanitize"
)

// maxHTMLDepth is how deep the converter follows nested elements; text
// nested deeper (only a hostile page nests so) is dropped, so that
// conversion cannot exhaust the stack.
const maxHTMLDepth = 200

// blockKind is what a converted block is.
type blockKind int

const (
	paraBlock blockKind = iota
	headingBlock
	listBlock
	quoteBlock
	codeBlock
)

// mdBlock is one block of a converted page: its Markdown, its plain text
// (for the chrome rules) and how much of that text is link text.
type mdBlock struct {
	kind blockKind
	md   string
	// lines are the plain-text lines: one for a paragraph or heading, one
	// per item for a list.
	lines []string
	// textLen and linkLen count the runes of text and of link text.
	textLen, linkLen int
}

// linkOnly reports whether the block's text is all (or nearly all) links,
// as a list of other stories' headlines is.
func (b mdBlock) linkOnly() bool { return b.textLen > 0 && b.linkLen*10 >= b.textLen*9 }

// converter turns an HTML tree into Markdown blocks: paragraphs,
// headings, lists, quotes and code, with links (http and https only),
// emphasis and inline code. Images, figures, forms, scripts and embeds
// are left out.
type converter struct {
	base   *url.URL
	blocks []mdBlock
}

// skipped elements carry no story text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Form: true, atom.Button: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Img: true, atom.Picture: true, atom.Video: true,
	atom.Audio: true, atom.Template: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Map: true, atom.Head: true,
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.Dialog: true, atom.Menu: true,
}

// chromeAttr matches class and id words of page chrome: share bars,
// breadcrumbs, related lists, bylines, captions, cookie banners.
var chromeAttr = compileLazily(`(?i)(?:^|[-_ ])(?:breadcrumbs?|crumbs?|share|sharing|social|sharebar|related|more-?from|most-?read|most-?popular|popular|recommend(?:ed|ations)?|trending|newsletter|subscribe|subscription|signup|cookies?|consent|gdpr|privacy-banner|byline|bylines|author|authors|caption|credit|credits|promo|advert|advertisement|ads?|sponsor(?:ed)?|outbrain|taboola|comments?|tags|tag-list|topics|timestamp|publish-?date|dateline-time|meta-?data|article-meta|post-meta|toolbar|skip-link|sr-only|visually-hidden|hidden|read-?more|read-?next|also-?read|nav|navigation|menu|masthead|site-header|site-footer|footer|header|sidebar|widget|banner|modal|popup|overlay)(?:$|[-_ ])`)

// chromeRoles are ARIA landmarks that are never the story.
var chromeRoles = toSet("navigation", "banner", "contentinfo", "complementary", "search",
	"dialog", "alertdialog", "menu", "menubar", "toolbar")

// isChromeElement reports whether an element is page chrome by its tag,
// role, visibility, class or id.
func isChromeElement(n *html.Node) bool {
	if skipped[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "role":
			if chromeRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "style":
			st := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		case "class", "id", "itemprop", "data-component", "data-testid":
			if chromeAttr.MatchString(a.Val) {
				return true
			}
		}
	}
	return false
}

// convert walks n's children as blocks.
func (c *converter) convert(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	var inl inline
	flush := func() {
		if p := inl.block(paraBlock); p.textLen > 0 {
			c.blocks = append(c.blocks, p)
		}
		inl = inline{}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && isChromeElement(ch) {
			continue
		}
		if ch.Type == html.ElementNode && isBlockElement(ch) {
			flush()
			c.block(ch, depth+1)
			continue
		}
		c.inline(&inl, ch, depth+1)
	}
	flush()
}

// isBlockElement reports whether an element starts a block of its own.
func isBlockElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Dl, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tbody, atom.Thead, atom.Tr, atom.Td, atom.Th, atom.Hr, atom.Li, atom.Dd,
		atom.Dt, atom.Address, atom.Details, atom.Summary, atom.Center, atom.Body, atom.Html:
		return true
	}
	return false
}

// block converts one block element.
func (c *converter) block(n *html.Node, depth int) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		var inl inline
		c.inlineChildren(&inl, n, depth)
		if b := inl.block(headingBlock); b.textLen > 0 {
			b.md = "## " + strings.Join(strings.Fields(b.md), " ")
			c.blocks = append(c.blocks, b)
		}
	case atom.Ul, atom.Ol:
		if b := c.list(n, depth); b.textLen > 0 {
			c.blocks = append(c.blocks, b)
		}
	case atom.Blockquote:
		sub := converter{base: c.base}
		sub.convert(n, depth)
		if b := quote(sub.blocks); b.textLen > 0 {
			c.blocks = append(c.blocks, b)
		}
	case atom.Pre:
		t := strings.Trim(nodeText(n, depth), "\n")
		if strings.TrimSpace(t) != "" {
			fence := "```"
			for strings.Contains(t, fence) {
				fence += "`"
			}
			c.blocks = append(c.blocks, mdBlock{kind: codeBlock, md: fence + "\n" + t + "\n" + fence,
				lines: []string{t}, textLen: len(t)})
		}
	case atom.Hr:
	default:
		c.convert(n, depth)
	}
}

// list converts a ul or ol; nested lists become indented items.
func (c *converter) list(n *html.Node, depth int) mdBlock {
	var b mdBlock
	b.kind = listBlock
	var md []string
	num := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li || isChromeElement(li) {
			continue
		}
		num++
		var inl inline
		var nested []string
		for ch := li.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type == html.ElementNode && (ch.DataAtom == atom.Ul || ch.DataAtom == atom.Ol) {
				sub := c.list(ch, depth+1)
				for _, l := range strings.Split(sub.md, "\n") {
					if l != "" {
						nested = append(nested, "   "+l)
					}
				}
				b.lines = append(b.lines, sub.lines...)
				b.textLen += sub.textLen
				b.linkLen += sub.linkLen
				continue
			}
			if ch.Type == html.ElementNode && isChromeElement(ch) {
				continue
			}
			c.inline(&inl, ch, depth+1)
			if ch.Type == html.ElementNode && isBlockElement(ch) {
				inl.space()
			}
		}
		item := inl.block(paraBlock)
		if item.textLen == 0 && len(nested) == 0 {
			num--
			continue
		}
		marker := "- "
		if n.DataAtom == atom.Ol {
			marker = itoa(num) + ". "
		}
		md = append(md, marker+strings.Join(strings.Fields(item.md), " "))
		md = append(md, nested...)
		b.lines = append(b.lines, item.lines...)
		b.textLen += item.textLen
		b.linkLen += item.linkLen
	}
	b.md = strings.Join(md, "\n")
	return b
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}

// quote prefixes converted blocks with "> ".
func quote(blocks []mdBlock) mdBlock {
	b := mdBlock{kind: quoteBlock}
	var parts []string
	for _, sub := range blocks {
		var q []string
		for _, l := range strings.Split(sub.md, "\n") {
			q = append(q, strings.TrimRight("> "+l, " "))
		}
		parts = append(parts, strings.Join(q, "\n"))
		b.lines = append(b.lines, sub.lines...)
		b.textLen += sub.textLen
		b.linkLen += sub.linkLen
	}
	b.md = strings.Join(parts, "\n>\n")
	return b
}

// inline is a paragraph being built: Markdown and plain text side by side.
type inline struct {
	md, plain strings.Builder
	linkLen   int
	inLink    bool
}

// space adds one space unless the text already ends with white space.
func (in *inline) space() {
	s := in.plain.String()
	if s != "" && !strings.HasSuffix(s, " ") && !strings.HasSuffix(s, "\n") {
		in.md.WriteByte(' ')
		in.plain.WriteByte(' ')
	}
}

// text adds text, collapsing white space as a browser does.
func (in *inline) text(s string) {
	if s == "" {
		return
	}
	s = sanitize.Text(s)
	if s == "" {
		return
	}
	lead := s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r'
	trail := strings.ContainsAny(s[len(s)-1:], " \n\t\r")
	words := strings.Fields(s)
	if len(words) == 0 {
		in.space()
		return
	}
	if lead {
		in.space()
	}
	joined := strings.Join(words, " ")
	in.md.WriteString(escapeMarkdown(joined))
	in.plain.WriteString(joined)
	if in.inLink {
		in.linkLen += len([]rune(joined))
	}
	if trail {
		in.space()
	}
}

// block returns the paragraph as a block.
func (in *inline) block(kind blockKind) mdBlock {
	plain := strings.TrimSpace(in.plain.String())
	md := strings.TrimSpace(in.md.String())
	var lines []string
	for _, l := range strings.Split(plain, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return mdBlock{kind: kind, md: md, lines: lines, textLen: len([]rune(plain)), linkLen: in.linkLen}
}

// inline converts an inline node into in.
func (c *converter) inline(in *inline, n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		in.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if isChromeElement(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		in.md.WriteString("\\\n")
		in.plain.WriteString("\n")
	case atom.Em, atom.I, atom.Strong, atom.B:
		c.emphasis(in, n, depth)
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		t := strings.Join(strings.Fields(nodeText(n, depth)), " ")
		if t != "" {
			fence := "`"
			for strings.Contains(t, fence) {
				fence += "`"
			}
			in.md.WriteString(fence + t + fence)
			in.plain.WriteString(t)
		}
	case atom.A:
		c.link(in, n, depth)
	default:
		c.inlineChildren(in, n, depth)
		if isBlockElement(n) {
			in.space()
		}
	}
}

func (c *converter) inlineChildren(in *inline, n *html.Node, depth int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.inline(in, ch, depth+1)
	}
}

// emphasis writes *text* or **text**, when there is text to emphasise.
func (c *converter) emphasis(in *inline, n *html.Node, depth int) {
	var sub inline
	sub.inLink = in.inLink
	c.inlineChildren(&sub, n, depth)
	md, plain := strings.TrimSpace(sub.md.String()), sub.plain.String()
	if md == "" {
		in.text(plain)
		return
	}
	mark := "*"
	if n.DataAtom == atom.Strong || n.DataAtom == atom.B {
		mark = "**"
	}
	if strings.HasPrefix(plain, " ") {
		in.space()
	}
	if strings.Contains(md, "\n") || strings.Contains(md, "*") {
		in.md.WriteString(md) // emphasis across lines or nested: text only
	} else {
		in.md.WriteString(mark + md + mark)
	}
	in.plain.WriteString(strings.TrimSpace(plain))
	in.linkLen += sub.linkLen
	if strings.HasSuffix(plain, " ") {
		in.space()
	}
}

// link writes [text](url) for an http or https destination (resolved
// against the page), and the text alone for any other.
func (c *converter) link(in *inline, n *html.Node, depth int) {
	var sub inline
	sub.inLink = true
	c.inlineChildren(&sub, n, depth)
	md, plain := strings.TrimSpace(sub.md.String()), sub.plain.String()
	if md == "" {
		return
	}
	if strings.HasPrefix(plain, " ") {
		in.space()
	}
	if dest := c.resolve(attr(n, "href")); dest != "" && !strings.Contains(md, "\n") && !strings.Contains(md, "](") {
		in.md.WriteString("[" + md + "](" + dest + ")")
	} else {
		in.md.WriteString(md)
	}
	in.plain.WriteString(strings.TrimSpace(plain))
	in.linkLen += sub.linkLen
	if strings.HasSuffix(plain, " ") {
		in.space()
	}
}

// resolve makes href absolute against the page and returns it when it is
// http or https, escaped for a Markdown destination; "" otherwise.
func (c *converter) resolve(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if c.base != nil {
		u = c.base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.User = nil
	s := u.String()
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(s)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText is the text inside n, as written (for pre and code).
func nodeText(n *html.Node, depth int) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, d int) {
		if d > maxHTMLDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte('\n')
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch, d+1)
		}
	}
	walk(n, depth)
	return b.String()
}

// markdownEscaper escapes the characters that would make text Markdown.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`,
	"]", `\]`, "<", `\<`)

// escapeMarkdown escapes text so that it reads as itself in Markdown.
// A leading list marker ("1." or "-") is escaped too.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(s)
	if len(s) > 0 && strings.ContainsRune("-+=#>|", rune(s[0])) {
		s = `\` + s
	}
	if m := orderedItem.FindStringIndex(s); m != nil {
		i := strings.IndexAny(s, ".)")
		s = s[:i] + `\` + s[i:]
	}
	return s
}

// htmlText is the plain text of an HTML fragment, one line per block.
func htmlText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return fragment
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	c := converter{}
	c.convert(root, 0)
	var lines []string
	for _, b := range c.blocks {
		lines = append(lines, b.lines...)
	}
	return strings.Join(lines, "\n")
}
