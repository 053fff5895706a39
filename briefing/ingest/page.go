package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// Limits on a web page.
const (
	// MaxPageSize is the largest page fetched or imported.
	MaxPageSize = 4 << 20
	// maxPageElements bounds the elements readability scores.
	maxPageElements = 60000
	// minArticleText is the text (in runes) below which readability's
	// choice is distrusted and the whole body is converted instead.
	minArticleText = 200
)

// ExtractPage turns a web page into an Article: the main text found by
// readability, converted to Markdown, without the page's chrome
// (navigation, breadcrumbs, share bars, bylines, captions, cookie
// banners, "Related" and "Most read" lists, time stamps), sanitized. Its
// metadata comes from the page (title, site name, description,
// publication time), else from the text (its dateline, a "Published"
// stamp). name is used in errors; pageURL resolves relative links and
// may be nil; contentType names the charset when the page does not.
func ExtractPage(name string, data []byte, pageURL *url.URL, contentType string) (*Article, error) {
	if len(data) > MaxPageSize {
		return nil, &briefing.ParseError{File: name, Err: fmt.Errorf("page is larger than %d MiB", MaxPageSize>>20)}
	}
	r, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		r = bytes.NewReader(data)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, &briefing.ParseError{File: name, Err: fmt.Errorf("parse HTML: %w", err)}
	}
	body := findElement(doc, atom.Body)
	if body == nil {
		return nil, &briefing.ParseError{File: name, Err: errEmpty}
	}
	removeChrome(body, textLen(body, 0))
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxPageElements
	art, rerr := parser.ParseDocument(doc, pageURL)
	content := art.Node
	if rerr != nil || content == nil || textLen(content, 0) < minArticleText {
		content = body
	}
	c := converter{base: pageURL}
	c.convert(content, 0)
	a := &Article{}
	if rerr == nil {
		a.Meta.Title = sanitize.Line(art.Title())
		a.Meta.Source = sanitize.Line(art.SiteName())
		a.Meta.Summary = shorten(sanitize.Line(art.Excerpt()), maxDekLen)
		if t, err := art.PublishedTime(); err == nil {
			a.Meta.Published = briefing.Date{Time: day(t)}
		}
	}
	if t := findElement(doc, atom.Title); a.Meta.Title == "" && t != nil {
		a.Meta.Title = sanitize.Line(text(nodeText(t, 0)))
	}
	a.Meta.Title = pageTitle(a.Meta.Title, findElement(doc, atom.H1))
	a.finish(c.blocks, art.Byline())
	if pageURL != nil {
		a.Meta.URL = sanitize.Line(pageURL.String())
		a.Meta.Source = cmp.Or(a.Meta.Source, siteOf(pageURL))
	}
	if a.Meta.Title == "" || strings.TrimSpace(a.Body) == "" {
		return nil, &briefing.ParseError{File: name, Err: errEmpty}
	}
	return a, nil
}

// titleSeparators part a page's title from the site's name.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " » ", " · "}

// pageTitle drops the site's name from a page's title: the title is the
// page's first h1 when the title opens with it, else the part before a
// separator when what follows is a short name ("Headline | Site").
func pageTitle(title string, h1 *html.Node) string {
	if h1 != nil {
		h := sanitize.Line(text(nodeText(h1, 0)))
		if h != "" && h != title && strings.HasPrefix(title, h) {
			rest := title[len(h):]
			for _, sep := range titleSeparators {
				if strings.HasPrefix(rest, sep) {
					return h
				}
			}
		}
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i < 10 {
			continue
		}
		if site := title[i+len(sep):]; len(strings.Fields(site)) <= 3 && len(site) <= 30 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// ExtractFragment turns an HTML fragment (a feed's content:encoded or
// Atom content) into an Article body, with the same chrome rules as a
// page but without readability. The title is left to the caller.
func ExtractFragment(fragment string, base *url.URL) *Article {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), root)
	if err != nil {
		return &Article{}
	}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	removeChrome(root, textLen(root, 0))
	c := converter{base: base}
	c.convert(root, 0)
	a := &Article{}
	a.finish(c.blocks, "")
	return a
}

// finish drops the chrome blocks and fills the body, the dateline and,
// when the page gave none, the summary and the date.
func (a *Article) finish(blocks []mdBlock, byline string) {
	kept, dropped := dropChromeBlocks(blocks, a.Meta.Title, byline)
	a.Dropped = dropped
	var parts []string
	for _, b := range kept {
		parts = append(parts, b.md)
		if b.kind == headingBlock {
			a.Headings = append(a.Headings, strings.Join(b.lines, " "))
		}
	}
	a.Body = sanitize.Markdown(strings.Join(parts, "\n\n"))
	if a.Body = strings.TrimSpace(a.Body); a.Body != "" {
		a.Body += "\n"
	}
	for _, b := range kept {
		if b.kind != paraBlock {
			continue
		}
		lede := sanitize.Line(strings.Join(b.lines, " "))
		a.lede = lede
		a.Meta.Dateline = findDateline(lede)
		if a.Meta.Summary == "" {
			a.Meta.Summary = shorten(lede, maxDekLen)
		}
		break
	}
	if a.Meta.Published.IsZero() {
		a.Meta.Published = briefing.Date{Time: stampedDate(dropped)}
	}
}

// dropChromeBlocks removes the blocks that are page furniture: a heading
// repeating the title, lines that isNoise or isFurniture, the byline,
// and lists of other stories' headlines (after a "Related", "More from",
// "Most read" or "Recent News" marker, or a list that is only links). It
// returns the kept blocks and the dropped lines.
func dropChromeBlocks(blocks []mdBlock, title, byline string) (kept []mdBlock, dropped []string) {
	titleKey := chromeKey(title)
	bylineKey := chromeKey(byline)
	inList := false
	for _, b := range blocks {
		line := strings.Join(b.lines, " ")
		key := chromeKey(line)
		switch {
		case b.kind == headingBlock && (key == titleKey || len(kept) == 0 && titleKey != "" && strings.HasPrefix(titleKey, key)):
		case b.kind != codeBlock && isListMarker(line):
			inList = true
		case inList && (b.kind == listBlock || b.linkOnly() || b.kind != headingBlock && allLines(b.lines, isHeadlineLike)):
		case b.kind == listBlock && b.linkOnly() && allLines(b.lines, isHeadlineLike):
		case bylineKey != "" && (key == bylineKey || key == "by "+bylineKey):
		case b.kind == paraBlock && allLines(b.lines, isChrome):
		case b.kind == paraBlock && b.linkOnly() && len(b.lines) > 2 && allLines(b.lines, isHeadlineLike):
		default:
			inList = false
			kept = append(kept, b)
			continue
		}
		dropped = append(dropped, b.lines...)
	}
	return kept, dropped
}

// isChrome reports whether a line is chrome by the importer's rules.
func isChrome(line string) bool { return isNoise(line) || isFurniture(line) }

func allLines(lines []string, f func(string) bool) bool {
	for _, l := range lines {
		if !f(l) {
			return false
		}
	}
	return len(lines) > 0
}

// removeChrome removes from n the elements that are page chrome (see
// isChromeElement) before readability scores the page, except one that
// holds more than half of the page's text: a wrapper with an unlucky
// class name is not the chrome.
func removeChrome(n *html.Node, total int) {
	for ch := n.FirstChild; ch != nil; {
		next := ch.NextSibling
		if ch.Type == html.ElementNode {
			if isPageChrome(ch) && textLen(ch, 0)*2 <= total {
				n.RemoveChild(ch)
			} else {
				removeChrome(ch, total)
			}
		}
		ch = next
	}
}

// isPageChrome is isChromeElement less the tags readability reads for
// metadata (scripts with JSON-LD, meta) and the ones it handles itself.
func isPageChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Meta, atom.Link, atom.Title, atom.Head, atom.Img, atom.Picture:
		return false
	}
	return isChromeElement(n)
}

// textLen counts the bytes of text under n (the depth is capped).
func textLen(n *html.Node, depth int) int {
	if n == nil || depth > maxHTMLDepth {
		return 0
	}
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return 0
	}
	total := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		total += textLen(ch, depth+1)
	}
	return total
}

// findElement returns the first element a under n, breadth first.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	queue := []*html.Node{n}
	for len(queue) > 0 {
		n, queue = queue[0], queue[1:]
		if n.Type == html.ElementNode && n.DataAtom == a {
			return n
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			queue = append(queue, ch)
		}
	}
	return nil
}

// siteOf is a page's host without "www.", as a source name.
func siteOf(u *url.URL) string {
	return sanitize.Line(strings.TrimPrefix(u.Hostname(), "www."))
}

// shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, end, runes := 0, len(s), 0
	for i := range s {
		if runes == n-1 {
			end = i
			break
		}
		runes++
		if s[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = end
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// day is the calendar date of t in its own zone, at midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ImportPage is ExtractPage for one article an analyst imports: what
// they say in opts overrides what the page says.
func ImportPage(name string, data []byte, pageURL *url.URL, contentType string, opts ImportOptions) (*Article, error) {
	a, err := ExtractPage(name, data, pageURL, contentType)
	if err != nil {
		return nil, err
	}
	a.apply(opts)
	recognisePlaces(&a.Meta, a.Body)
	return a, nil
}

// ErrNotPage is returned for a fetched document that is not a web page
// (a PDF, an image, a feed).
var ErrNotPage = errors.New("not a web page")

// CheckPageType refuses a response whose Content-Type says it is not
// HTML; a missing or generic type is given the benefit of the doubt.
func CheckPageType(contentType string) error {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "", "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream":
		return nil
	}
	return fmt.Errorf("%w (%s)", ErrNotPage, sanitize.Line(mt))
}

// IsHTML reports whether an article to import is a web page: its name
// ends in .html or .htm, or its bytes sniff as HTML.
func IsHTML(name string, data []byte) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm" || strings.HasPrefix(http.DetectContentType(data), "text/html")
}

// IsURL reports whether an input names a web page to fetch rather than a
// file: an http or https URL.
func IsURL(input string) bool {
	return strings.HasPrefix(input, "http://") || strings.HasPrefix(input, "https://")
}
