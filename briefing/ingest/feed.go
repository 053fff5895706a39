package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"encoding/xml"

	"golang.org/x/net/html/charset"
)

// Limits on what a feed may be. A feed larger than MaxFeedSize is refused
// before it is parsed; items past MaxFeedItems are ignored.
const (
	MaxFeedSize  = 16 << 20 // 16 MiB
	MaxFeedItems = 2000
)

// Feed is a parsed RSS or Atom feed: what sync needs of it.
type Feed struct {
	// Format is "rss" (RSS 0.9x and 2.0), "rdf" (RSS 1.0) or "atom".
	Format string
	Title  string
	// Link is the site's home page, when the feed names one.
	Link  string
	Items []Item
}

// Item is one entry of a feed. Text fields are as the feed gave them
// (HTML in Summary and Content); nothing here is sanitized yet.
type Item struct {
	// GUID is the item's identity: RSS guid, Atom id or RDF about, else
	// its link.
	GUID  string
	Title string
	// Link is the article's page (RSS link, Atom rel="alternate").
	Link string
	// Published is the item's date (pubDate, dc:date, Atom published or
	// updated), zero when missing or unreadable.
	Published time.Time
	// Summary is the description or Atom summary, as HTML.
	Summary string
	// Content is the full text (content:encoded, Atom content), as HTML.
	Content string
	Author  string
}

// Namespaces the parser reads elements from.
const (
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsAtom    = "http://www.w3.org/2005/Atom"
)

// ErrNotFeed is returned for a document that is not RSS or Atom.
var ErrNotFeed = errors.New("not an RSS or Atom feed")

// ParseFeed reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document. It
// expands no entity but XML's five and HTML's named ones: a DTD is read
// past and its entities are never defined, so a billion-laughs document
// fails at its first reference instead of growing. Documents in a
// declared legacy encoding (ISO-8859-1, Windows-1252, …) are decoded.
func ParseFeed(data []byte) (*Feed, error) {
	if len(data) > MaxFeedSize {
		return nil, fmt.Errorf("feed is larger than %d MiB", MaxFeedSize>>20)
	}
	d := newXMLDecoder(bytes.NewReader(data))
	root, err := rootElement(d)
	if err != nil {
		return nil, err
	}
	var f *Feed
	switch {
	case root.Name.Local == "rss":
		f, err = decodeRSS(d, root, "rss")
	case root.Name.Local == "RDF":
		f, err = decodeRSS(d, root, "rdf")
	case root.Name.Local == "feed" && (root.Name.Space == nsAtom || root.Name.Space == ""):
		f, err = decodeAtom(d, root)
	default:
		return nil, fmt.Errorf("%w (its root element is <%s>)", ErrNotFeed, root.Name.Local)
	}
	if err != nil {
		return nil, fmt.Errorf("parse <%s> feed: %w", root.Name.Local, err)
	}
	if len(f.Items) > MaxFeedItems {
		f.Items = f.Items[:MaxFeedItems]
	}
	return f, nil
}

// newXMLDecoder is a strict decoder that knows HTML's named entities (a
// fixed table: feeds use &nbsp; and &mdash; without declaring them) and
// the legacy encodings a feed may declare.
func newXMLDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// rootElement reads up to the document's first element, past the XML
// declaration, comments and any DOCTYPE (whose entities stay undefined).
func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return xml.StartElement{}, fmt.Errorf("%w: empty document", ErrNotFeed)
		}
		if err != nil {
			return xml.StartElement{}, fmt.Errorf("%w: %v", ErrNotFeed, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// xmlLink is an RSS <link>text</link> or an Atom <link href rel/>.
type xmlLink struct {
	XMLName xml.Name
	Href    string `xml:"href,attr"`
	Rel     string `xml:"rel,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type rssGUID struct {
	Text        string `xml:",chardata"`
	IsPermaLink string `xml:"isPermaLink,attr"`
}

type rssItem struct {
	About       string    `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
	Title       string    `xml:"title"`
	Links       []xmlLink `xml:"link"`
	GUID        rssGUID   `xml:"guid"`
	Description string    `xml:"description"`
	Encoded     string    `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string    `xml:"pubDate"`
	DCDate      string    `xml:"http://purl.org/dc/elements/1.1/ date"`
	Creator     string    `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Author      string    `xml:"author"`
}

type rssChannel struct {
	Title string    `xml:"title"`
	Links []xmlLink `xml:"link"`
	Items []rssItem `xml:"item"`
}

// rssDoc holds RSS 2.0 (items inside channel) and RSS 1.0 (items beside it).
type rssDoc struct {
	Channel rssChannel `xml:"channel"`
	Items   []rssItem  `xml:"item"`
}

func decodeRSS(d *xml.Decoder, root xml.StartElement, format string) (*Feed, error) {
	var doc rssDoc
	if err := d.DecodeElement(&doc, &root); err != nil {
		return nil, err
	}
	f := &Feed{Format: format, Title: text(doc.Channel.Title), Link: rssLink(doc.Channel.Links)}
	for _, it := range append(doc.Channel.Items, doc.Items...) {
		item := Item{
			Title:     text(it.Title),
			Link:      rssLink(it.Links),
			Summary:   strings.TrimSpace(it.Description),
			Content:   strings.TrimSpace(it.Encoded),
			Author:    text(cmp.Or(it.Creator, it.Author)),
			Published: ParseFeedDate(cmp.Or(it.PubDate, it.DCDate)),
		}
		guid := strings.TrimSpace(it.GUID.Text)
		if item.Link == "" && guid != "" && !strings.EqualFold(it.GUID.IsPermaLink, "false") && isWebURL(guid) {
			item.Link = guid
		}
		item.GUID = cmp.Or(guid, strings.TrimSpace(it.About), item.Link)
		f.Items = append(f.Items, item)
		if len(f.Items) == MaxFeedItems {
			break
		}
	}
	return f, nil
}

// rssLink is the page an RSS element links to: the text of a plain <link>,
// else an Atom link's href (feeds mix the two).
func rssLink(links []xmlLink) string {
	for _, l := range links {
		if l.XMLName.Space != nsAtom && strings.TrimSpace(l.Text) != "" {
			return strings.TrimSpace(l.Text)
		}
	}
	return atomLink(links)
}

// atomText is an Atom text construct: text, html or xhtml.
type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// html returns the construct as HTML.
func (t atomText) html() string {
	switch strings.ToLower(strings.TrimSpace(t.Type)) {
	case "xhtml":
		return strings.TrimSpace(t.Inner)
	case "html", "text/html":
		return strings.TrimSpace(t.Text)
	default:
		return html.EscapeString(strings.TrimSpace(t.Text))
	}
}

// plain returns the construct as one line of text.
func (t atomText) plain() string {
	if strings.EqualFold(strings.TrimSpace(t.Type), "text") || t.Type == "" {
		return text(t.Text)
	}
	return text(htmlText(t.html()))
}

type atomEntry struct {
	ID        string    `xml:"id"`
	Title     atomText  `xml:"title"`
	Links     []xmlLink `xml:"link"`
	Published string    `xml:"published"`
	Updated   string    `xml:"updated"`
	Issued    string    `xml:"issued"` // Atom 0.3
	Summary   atomText  `xml:"summary"`
	Content   atomText  `xml:"content"`
	Author    struct {
		Name string `xml:"name"`
	} `xml:"author"`
}

type atomFeed struct {
	Title   atomText    `xml:"title"`
	Links   []xmlLink   `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

func decodeAtom(d *xml.Decoder, root xml.StartElement) (*Feed, error) {
	var doc atomFeed
	if err := d.DecodeElement(&doc, &root); err != nil {
		return nil, err
	}
	f := &Feed{Format: "atom", Title: doc.Title.plain(), Link: atomLink(doc.Links)}
	for _, e := range doc.Entries {
		item := Item{
			Title:     e.Title.plain(),
			Link:      atomLink(e.Links),
			Summary:   e.Summary.html(),
			Content:   e.Content.html(),
			Author:    text(e.Author.Name),
			Published: ParseFeedDate(cmp.Or(e.Published, e.Issued, e.Updated)),
		}
		item.GUID = cmp.Or(strings.TrimSpace(e.ID), item.Link)
		f.Items = append(f.Items, item)
		if len(f.Items) == MaxFeedItems {
			break
		}
	}
	return f, nil
}

// atomLink is the href of the rel="alternate" link (the default rel),
// preferring an HTML one.
func atomLink(links []xmlLink) string {
	var found string
	for _, l := range links {
		rel := strings.ToLower(strings.TrimSpace(l.Rel))
		href := strings.TrimSpace(l.Href)
		if href == "" || rel != "" && rel != "alternate" {
			continue
		}
		if t := strings.ToLower(l.Type); t == "" || strings.Contains(t, "html") {
			return href
		}
		found = cmp.Or(found, href)
	}
	return found
}

// text collapses white space: titles and names are one line.
func text(s string) string { return strings.Join(strings.Fields(s), " ") }
