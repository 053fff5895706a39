// Package ingest turns text from outside into briefings: plain-text and
// Markdown articles, web pages (readability, then Markdown without the
// page's chrome) and RSS/Atom feeds, fetched over http and https within
// limits and synced into the library without writing an item twice. What
// it produces is sanitized and written atomically, never over an existing
// briefing unless asked.
//
// It imports the domain (sitrep/briefing, sanitize, extract, entity),
// never a UI package.
package ingest

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ImportOptions are what the analyst tells the importer about an article;
// each one set overrides what the article itself says.
type ImportOptions struct {
	Published time.Time
	Source    string
	URL       string
	Region    string
	Countries []string
	// Today is the day of the import, the year of a dateline that gives
	// none ("Nairobi, Oct 11 (AP) —"); zero means the clock's day.
	Today time.Time
}

// Article is an imported article ready to store.
type Article struct {
	Meta briefing.Meta
	// Body is the sanitized Markdown body, without the title and dek.
	Body string
	// Headings are the section headings found, in order.
	Headings []string
	// Dropped are the site-chrome lines removed ("Also Read | ...").
	Dropped []string
	// lede is the story's first paragraph, where its dateline is.
	lede string
}

// Limits on the importer's heuristics.
const (
	maxDekLen     = 300 // runes in a dek (standfirst)
	maxHeadingLen = 100 // runes in a section heading
	maxSlugLen    = 60
)

var errEmpty = errors.New("no text to import")

// Import turns a raw article, plain text or Markdown, into an Article.
// name is used in errors only. Everything taken from data is sanitized.
//
// Plain text: the first line is the headline; a short first paragraph
// (one or two sentences, at most 300 characters, followed by more text)
// is the dek, which becomes the summary and is not repeated in the body;
// a dateline ("Nairobi: ...", "GENEVA, Oct 11 (Reuters) — ...") opening
// the first paragraph is recorded as briefing.Meta.Dateline and the paragraph is
// left as written; short title-case lines without final punctuation
// become "## " headings; site chrome and cross-promotion lines are
// dropped (see isNoise). Every other paragraph is kept as written.
//
// Markdown (front matter, "#" headings, fenced code or links): front
// matter values are kept unless opts override them; a leading "# " line
// is the title; the body is kept as written apart from chrome lines; when
// there is no summary, a dek found as above becomes it but stays in the
// body.
func Import(name string, data []byte, opts ImportOptions) (*Article, error) {
	if len(data) > briefing.MaxFileSize {
		return nil, &briefing.ParseError{File: name, Err: briefing.ErrTooLarge}
	}
	data = decodeUTF16(data)
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &briefing.ParseError{File: name, Err: briefing.ErrBinary}
	}
	if bytes.IndexByte(data, '\n') < 0 {
		// Classic Mac line endings: Sanitize would drop the lone CRs.
		data = bytes.ReplaceAll(data, []byte{'\r'}, []byte{'\n'})
	}
	text := sanitize.Text(string(data))
	var a *Article
	var err error
	if isMarkdown(text) {
		a, err = importMarkdown(name, text)
	} else {
		a = importPlain(text)
	}
	if err != nil {
		return nil, err
	}
	if a.Meta.Title == "" {
		return nil, &briefing.ParseError{File: name, Err: errEmpty}
	}
	if a.Meta.Published.IsZero() {
		a.Meta.Published = briefing.Date{Time: stampedDate(a.Dropped)}
	}
	a.apply(opts)
	if a.Body = strings.TrimRight(a.Body, "\n"); a.Body != "" {
		a.Body += "\n"
	}
	return a, nil
}

// decodeUTF16 turns UTF-16 text with a byte-order mark (as Windows
// editors save "Unicode" text) into UTF-8; other data is returned as is.
func decodeUTF16(data []byte) []byte {
	var order binary.ByteOrder
	switch {
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
		order = binary.LittleEndian
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		order = binary.BigEndian
	default:
		return data
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		units = append(units, order.Uint16(data[i:]))
	}
	return []byte(string(utf16.Decode(units)))
}

// apply sets the metadata the analyst gave, cleaned like the article.
// Without a date from the analyst or a stamp, the dateline's date is the
// publication date.
func (a *Article) apply(opts ImportOptions) {
	if !opts.Published.IsZero() {
		a.Meta.Published = briefing.Date{Time: day(opts.Published)}
	}
	if a.Meta.Published.IsZero() {
		today := opts.Today
		if today.IsZero() {
			today = time.Now()
		}
		a.Meta.Published = briefing.Date{Time: datelineDate(a.lede, day(today))}
	}
	a.Meta.Source = cmp.Or(sanitize.Line(opts.Source), a.Meta.Source)
	a.Meta.URL = cmp.Or(sanitize.Line(opts.URL), a.Meta.URL)
	a.Meta.Region = cmp.Or(sanitize.Line(opts.Region), a.Meta.Region)
	if c := sanitize.Lines(opts.Countries); len(c) > 0 {
		a.Meta.Countries = c
	}
}

var (
	codeFence   = compileLazily("(?m)^ {0,3}(```|~~~)")
	orderedItem = compileLazily(`^\d{1,9}[.)] `)
)

// isMarkdown reports whether text is Markdown rather than plain text:
// it has front matter, an ATX heading, a code fence, a link or a link
// reference definition.
func isMarkdown(text string) bool {
	if strings.Contains(text, "](https:") || strings.Contains(text, "](http:") || strings.Contains(text, "](mailto:") {
		return true
	}
	for i, rest := 0, text; rest != ""; i++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if i == 0 && strings.TrimRight(line, " \t\r") == "---" {
			return true
		}
		l := strings.TrimLeft(line, " ")
		if len(line)-len(l) > 3 {
			continue
		}
		if h := strings.TrimLeft(l, "#"); len(l)-len(h) >= 1 && len(l)-len(h) <= 6 &&
			len(h) > 1 && (h[0] == ' ' || h[0] == '\t') && strings.TrimSpace(h) != "" {
			return true
		}
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			return true
		}
		if _, _, ok := sanitize.RefDefinition(l); ok && strings.Contains(l, "]: ") {
			return true
		}
	}
	return false
}

// maxTitleLen is the longest first line taken whole as a headline; a
// longer one is the start of the story, and the title is its opening.
const maxTitleLen = 200

// headline makes a title of a first line. whole is false when the line is
// too long to be a headline and must stay in the body.
func headline(line string) (title string, whole bool) {
	line = sanitize.Line(line)
	if utf8.RuneCountInString(line) <= maxTitleLen {
		return line, true
	}
	cut := 0
	for i := range line {
		if i > maxTitleLen/2 {
			break
		}
		if line[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(line)
		for n, i := 0, 0; i < len(line); n++ {
			if n == maxTitleLen/2 {
				cut = i
				break
			}
			_, size := utf8.DecodeRuneInString(line[i:])
			i += size
		}
	}
	return strings.TrimRight(line[:cut], " ,;:") + "…", false
}

// block is a paragraph of plain text: its lines, trimmed.
type block []string

func (b block) text() string { return strings.Join(b, "\n") }

// splitBlocks cuts plain text into blocks at blank lines. When the text
// has no blank line between its lines at all, each line is a block: that
// is how paragraphs arrive when copied from many web pages.
func splitBlocks(text string) []block {
	var blocks []block
	var cur block
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	if len(blocks) == 1 && len(blocks[0]) > 1 {
		var lines []block
		for _, l := range blocks[0] {
			lines = append(lines, block{l})
		}
		return lines
	}
	return blocks
}

// importPlain reads a plain-text article.
func importPlain(text string) *Article {
	a := &Article{}
	var paras []block
	inList := false
	for _, b := range splitBlocks(text) {
		var kept block
		for _, line := range b {
			switch {
			case isListMarker(line):
				// "Recent News", "Related", "More from …": the headlines
				// of other stories follow.
				inList = true
			case inList && isHeadlineLike(line):
			case isNoise(line), isFurniture(line):
			default:
				inList = false
				kept = append(kept, line)
				continue
			}
			a.Dropped = append(a.Dropped, line)
		}
		if len(kept) > 0 {
			paras = append(paras, kept)
		}
	}
	if len(paras) == 0 {
		return a
	}
	// The headline is the first line; the rest of its block, if any, is
	// the next paragraph.
	title, whole := headline(paras[0][0])
	switch {
	case !whole:
		a.Meta.Title = title
	case len(paras[0]) > 1:
		a.Meta.Title, a.Meta.Source = splitSiteName(title)
		paras[0] = paras[0][1:]
	default:
		a.Meta.Title, a.Meta.Source = splitSiteName(title)
		paras = paras[1:]
	}
	if len(paras) > 1 && isDek(paras[0].text()) {
		a.Meta.Summary = sanitize.Line(paras[0].text())
		paras = paras[1:]
	}
	a.lede = bodyLede(paras)
	a.Meta.Dateline = findDateline(a.lede)
	var body strings.Builder
	for i, p := range paras {
		if body.Len() > 0 {
			body.WriteString("\n\n")
		}
		if i+1 < len(paras) && len(p) == 1 && isHeading(p[0]) {
			h := sanitize.Line(p[0])
			a.Headings = append(a.Headings, h)
			body.WriteString("## " + h)
			continue
		}
		body.WriteString(plainParagraph(p))
	}
	body.WriteString("\n")
	a.Body = sanitize.Markdown(body.String())
	return a
}

// bodyLede is the body's first paragraph that reads as prose, not a
// headline or heading left above the story: where a dateline would be.
func bodyLede(paras []block) string {
	for _, p := range paras {
		if len(p) == 1 && (isHeadlineLike(p[0]) || isHeading(p[0])) {
			continue
		}
		return p.text()
	}
	return ""
}

// plainParagraph writes a plain-text paragraph as Markdown, as written,
// except that a line which Markdown would read as code or as a setext
// underline is kept as text.
func plainParagraph(p block) string {
	lines := slices.Clone(p)
	for i, l := range lines {
		if i > 0 && strings.Trim(l, "=-") == "" {
			lines[i] = `\` + l
		}
	}
	return strings.Join(lines, "\n")
}

// siteSuffix is a " | Site Name" suffix copied along with a headline.
var siteSuffix = compileLazily(`^(.{10,}?)\s+\|\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2})$`)

// splitSiteName splits "Headline | Site" into the headline and the site.
func splitSiteName(title string) (headline, site string) {
	if m := siteSuffix.FindStringSubmatch(title); m != nil && !strings.Contains(m[1], "|") {
		return m[1], m[2]
	}
	return title, ""
}

// isDek reports whether p reads as a standfirst: short, one or two
// sentences, and not the opening of the story (no dateline).
func isDek(p string) bool {
	p = strings.Join(strings.Fields(p), " ")
	n := utf8.RuneCountInString(p)
	if n < 20 || n > maxDekLen || findDateline(p) != "" || isHeading(p) {
		return false
	}
	return len(extract.Sentences(p)) <= 2
}

// dateline matches a dateline opening a paragraph: a place in capitals
// or title case (up to four words), optionally a region or date after a
// comma (and a date after a second one: "ABUJA, Nigeria, 25 March 2024",
// "GENEVA, Oct. 11, 2024") and an agency in brackets, then a colon or
// dash.
var dateline = compileLazily(`^((?:\p{Lu}[\p{L}.'’/-]*)(?:[ -](?:\p{Lu}[\p{L}.'’/-]*|de|du|del|al|el|au|es|of)){0,3})` +
	`(?:,\s*([\p{Lu}\p{N}][\p{L}\p{N}. /-]{0,29}(?:,\s*[\p{Lu}\p{N}][\p{L}. /-]{0,12}\p{N}[\p{L}\p{N}. /-]{0,20})?))?(?:\s*\([\p{L} .&]{1,20}\))?\s*(?::|—|–|-{1,2})\s+\S`)

// parseDateline splits a dateline opening p into its place and what
// follows the place's comma (a region or a date), or reports there is none.
func parseDateline(p string) (place, after string, ok bool) {
	m := dateline.FindStringSubmatch(p)
	if m == nil {
		return "", "", false
	}
	place = strings.TrimSpace(m[1])
	last := place[strings.LastIndexAny(place, " -")+1:]
	switch strings.ToLower(last) {
	case "said", "says", "told", "added", "warned", "update", "updated", "note", "editor's", "breaking":
		return "", "", false
	}
	return place, m[2], true
}

// findDateline returns the place of a dateline opening p, or "". A
// weekday opening it ("MONDAY, 3 MARCH 2025 —") is a date, not a place.
func findDateline(p string) string {
	place, _, ok := parseDateline(p)
	if !ok || isWeekday(place) {
		return ""
	}
	return sanitize.Line(place)
}

// datelineDate is the calendar day a dateline opening p states
// ("KHARTOUM, 14 April 2025 (Reuters) –", "MONDAY, 3 MARCH 2025 —"), read
// by the extractor's date rules; a day without a year ("Nairobi, Oct 11
// (AP) —") is the latest one on or before today. Zero when the dateline
// states no day: a weekday alone or a region names none.
func datelineDate(p string, today time.Time) time.Time {
	place, after, ok := parseDateline(p)
	if !ok {
		return time.Time{}
	}
	text := after
	if isWeekday(place) {
		text = place + ", " + after
	}
	for _, tx := range extract.Timexes(text, today) {
		if tx.Type != extract.TypeDate || !strings.ContainsFunc(tx.Text, unicode.IsDigit) {
			continue
		}
		d, err := time.Parse(briefing.DateLayout, tx.Value)
		if err != nil {
			continue // a month or a year: no day
		}
		if d.After(today) && !strings.Contains(tx.Text, tx.Value[:4]) {
			d = d.AddDate(-1, 0, 0) // no year written: not one still to come
		}
		return d
	}
	return time.Time{}
}

// isWeekday reports whether s is the name of a day of the week.
func isWeekday(s string) bool {
	switch strings.ToLower(s) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// minorWords stay lower case in title-case headings.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "so": true, "yet": true, "as": true, "at": true, "by": true, "in": true,
	"of": true, "off": true, "on": true, "per": true, "to": true, "up": true, "via": true,
	"with": true, "from": true, "into": true, "over": true, "amid": true, "than": true,
	"vs": true, "is": true, "are": true, "be": true, "its": true, "de": true, "la": true,
}

// isHeading reports whether a line reads as a section heading: short,
// without final punctuation, and in title case (or, in scripts without
// case, short enough to be one).
func isHeading(line string) bool {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if n < 2 || n > maxHeadingLen {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:!?…\"“”’'»|。！？،؟۔।", last) {
		return false
	}
	words := strings.Fields(line)
	if len(words) > 14 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return !hasCase(line) && n <= 60 && unicode.IsLetter(first)
	}
	capital, significant := 0, 0
	for _, w := range words[1:] {
		w = strings.Trim(w, `"“”‘’'()[]`)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || minorWords[strings.ToLower(w)] {
			continue
		}
		significant++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	return significant == 0 && len(words) <= 3 || capital*10 >= significant*8
}

// hasCase reports whether s holds any upper- or lower-case letter.
func hasCase(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// Site chrome. A line is noise when, as a whole, it is one of
// chromeLines, or it opens with a cross-promotion label followed by a
// separator ("Also Read | ...", "Related: ..."), or it is a short call to
// action ("Subscribe to our newsletter"), or a row of share buttons, or a
// breadcrumb trail. The rules are anchored to whole short lines, so a
// paragraph that merely mentions these words is never dropped.
var (
	chromeLines = toSet(
		"recent news", "latest news", "more news", "top news", "breaking news", "top stories",
		"more stories", "related", "related news", "related articles", "related stories",
		"related content", "related posts", "read more", "read next", "read also", "also read",
		"see also", "more on this", "more on this story", "share", "share this", "share this article",
		"share this story", "share on", "advertisement", "advertisements", "advert", "sponsored",
		"sponsored content", "promoted", "trending", "trending now", "most read", "most popular",
		"popular", "recommended", "recommended for you", "you may also like", "you might also like",
		"don't miss", "must read", "editor's picks", "follow us", "subscribe", "subscribe now",
		"sign up", "newsletter", "comments", "leave a comment", "view comments", "print", "email",
		"copy link", "click here", "skip to content", "skip to main content", "menu", "home",
		"back to top", "continue reading", "story continues below", "story continues below advertisement",
		"scroll to continue", "scroll to continue with content", "watch", "watch video", "listen",
		"listen to this article", "loading", "tags", "topics", "also watch", "more from",
	)
	promoLabels = []string{
		"also read", "read also", "read more", "read next", "also see", "see also", "also watch",
		"watch", "listen", "related", "recommended", "more", "more from", "don't miss", "must read",
		"trending", "latest", "recent news", "top stories", "tags", "topics", "photo", "image",
		"file photo", "video", "advertisement", "sponsored", "read", "also on",
	}
	callsToAction = []string{
		"subscribe to", "subscribe for", "subscribe now", "subscribe today", "sign up for",
		"sign up to", "sign up now", "follow us", "click here", "share this", "share on",
		"download the app", "download our app", "join our", "get the latest", "get our",
		"all rights reserved", "copyright ©", "©", "(c) copyright", "reporting by", "editing by",
		"additional reporting by", "for more news", "to read more",
	}
	shareWords = toSet("share", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
		"reddit", "email", "e-mail", "print", "copy", "link", "messenger", "pinterest", "comments",
		"comment", "save", "bookmark", "tweet", "|", "·", "•")
	timestampLine = compileLazily(`(?i)^(published|updated|last updated|posted|first published|modified)( on| at)?\s*[:\-–—]?\s*.{0,40}\d.{0,40}$`)
	bylineLine    = compileLazily(`^(?:By|BY|Written by|Words by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,))*(?:\s*[,|–—-]\s*.{0,30})?$`)
	separatorLine = compileLazily(`^(?:[-=_*~•·#]\s*){3,}$`)
	// pipeBreadcrumb is "Home | World | Africa": three or more short
	// parts of letters, or two after "Home".
	pipeBreadcrumb = compileLazily(`^(?:(?i:home)(?:\s+\|\s+[\p{L} &'’-]{1,25}){1,}|[\p{L} &'’-]{1,25}(?:\s+\|\s+[\p{L} &'’-]{1,25}){2,})$`)
	breadcrumb     = compileLazily(`^[\p{L}\p{N} &'’-]{1,25}(?:\s+[>›»/]\s+[\p{L}\p{N} &'’-]{1,25}){2,}$`)
)

func toSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isNoise reports whether a whole line is site chrome (see chromeLines).
func isNoise(line string) bool {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if n == 0 || n > 200 {
		return false
	}
	norm := chromeKey(line)
	switch {
	case chromeLines[norm], separatorLine.MatchString(line):
		return true
	case hasPromoLabel(norm):
		return true
	case n <= 120 && (hasCallToAction(norm) || isTimestamp(norm, line) || isByline(norm, line)):
		return true
	case n <= 80 && (isShareRow(norm) || isBreadcrumb(line)):
		return true
	}
	return false
}

// isTimestamp reports whether a line is a "Published: ..." stamp.
func isTimestamp(key, line string) bool {
	for _, p := range []string{"published", "updated", "last updated", "posted", "first published", "modified"} {
		if strings.HasPrefix(key, p) {
			return timestampLine.MatchString(line)
		}
	}
	return false
}

var (
	isoDate      = compileLazily(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dayMonthYear = compileLazily(`\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b`)
	monthDayYear = compileLazily(`\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
)

// stampedDate finds the publication date in the dropped timestamp lines
// ("Published: 11 October 2024"), preferring a "published" or "posted"
// line to an "updated" one; zero when there is none.
func stampedDate(dropped []string) time.Time {
	var updated time.Time
	for _, line := range dropped {
		key := chromeKey(line)
		if !isTimestamp(key, line) {
			continue
		}
		d := findDate(line)
		if d.IsZero() {
			continue
		}
		if strings.HasPrefix(key, "published") || strings.HasPrefix(key, "posted") || strings.HasPrefix(key, "first published") {
			return d
		}
		if updated.IsZero() {
			updated = d
		}
	}
	return updated
}

// findDate reads the first calendar date written in s in a common form:
// 2024-10-11, 11 October 2024, Oct. 11, 2024.
func findDate(s string) time.Time {
	var y, m, d string
	if g := isoDate.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := dayMonthYear.FindStringSubmatch(s); g != nil && monthNumber(g[2]) != "" {
		y, m, d = g[3], monthNumber(g[2]), g[1]
	} else if g := monthDayYear.FindStringSubmatch(s); g != nil && monthNumber(g[1]) != "" {
		y, m, d = g[3], monthNumber(g[1]), g[2]
	} else {
		return time.Time{}
	}
	day, _ := strconv.Atoi(d)
	t, err := time.Parse(briefing.DateLayout, fmt.Sprintf("%s-%s-%02d", y, m, day))
	if err != nil {
		return time.Time{}
	}
	return t
}

// monthNumber is the two-digit number of an English month name or its
// abbreviation, or "".
func monthNumber(name string) string {
	name = strings.ToLower(name)
	for i, full := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		if len(name) >= 3 && strings.HasPrefix(full, name) || name == "sept" && i == 8 {
			return fmt.Sprintf("%02d", i+1)
		}
	}
	return ""
}

// isByline reports whether a line is a byline ("By Jane Doe").
func isByline(key, line string) bool {
	return (strings.HasPrefix(key, "by ") || strings.HasPrefix(key, "written by ") || strings.HasPrefix(key, "words by ")) &&
		bylineLine.MatchString(line)
}

// isBreadcrumb reports whether a line is a navigation trail
// ("Home > World > Africa").
func isBreadcrumb(line string) bool {
	if strings.ContainsAny(line, ".,") {
		return false
	}
	return strings.ContainsAny(line, ">›»/") && breadcrumb.MatchString(line) ||
		strings.Contains(line, "|") && pipeBreadcrumb.MatchString(line)
}

// chromeMarkup is the Markdown and typography chromeKey ignores.
var chromeMarkup = strings.NewReplacer("**", "", "__", "", "[", "", "]", "", "’", "'")

// chromeKey is a line lower-cased, without Markdown emphasis, link
// brackets, leading bullets and trailing arrows or colons.
func chromeKey(line string) string {
	s := chromeMarkup.Replace(strings.ToLower(line))
	s = strings.TrimLeft(s, "#>*-+•· \t")
	s = strings.TrimRight(s, " \t:.…>»›→|")
	return strings.Join(strings.Fields(s), " ")
}

// hasPromoLabel reports whether key opens with a cross-promotion label
// followed by a separator, as in "also read | turkey and serbia ...".
func hasPromoLabel(key string) bool {
	for _, label := range promoLabels {
		rest, ok := strings.CutPrefix(key, label)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if rest != "" && strings.ContainsRune("|:–—-»>›•", []rune(rest)[0]) {
			return true
		}
	}
	return false
}

// hasCallToAction reports whether key opens with a call to action.
func hasCallToAction(key string) bool {
	for _, p := range callsToAction {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// isShareRow reports whether key is only share-button labels.
func isShareRow(key string) bool {
	f := strings.Fields(key)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !shareWords[strings.Trim(w, ",")] {
			return false
		}
	}
	return true
}

// importMarkdown reads a Markdown article, with or without front matter.
func importMarkdown(name, text string) (*Article, error) {
	a := &Article{}
	body := text
	if fm, rest, ok := briefing.CutFrontMatter(text); ok {
		m, err := briefing.DecodeLooseFrontMatter(name, fm)
		if err != nil {
			return nil, err
		}
		a.Meta = m
		body = rest
	}
	lines := strings.Split(body, "\n")
	var out []string
	fence := ""
	titleSeen := false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) && strings.Trim(trimmed, fence[:1]) == "" {
				fence = ""
			}
		case sanitize.OpeningFence(trimmed) != "":
			fence = sanitize.OpeningFence(trimmed)
		case !titleSeen && trimmed == "":
			continue
		case !titleSeen && strings.HasPrefix(trimmed, "# "):
			titleSeen = true
			h := sanitize.Line(strings.Trim(strings.TrimSpace(trimmed[2:]), "#"))
			if a.Meta.Title == "" || a.Meta.Title == h {
				a.Meta.Title = h
				continue
			}
		case isNoise(line):
			a.Dropped = append(a.Dropped, trimmed)
			continue
		case strings.HasPrefix(trimmed, "#"):
			if h := atxText(trimmed); h != "" {
				a.Headings = append(a.Headings, h)
			}
		}
		titleSeen = true
		out = append(out, line)
	}
	a.Body = sanitize.Markdown(strings.TrimLeft(strings.Join(collapseBlanks(out), "\n"), "\n"))
	if a.Meta.Title == "" {
		// No title anywhere: the first line is the headline.
		first, rest, _ := strings.Cut(a.Body, "\n")
		title, whole := headline(strings.TrimLeft(first, "#*_ "))
		a.Meta.Title = title
		if whole {
			a.Body = strings.TrimLeft(rest, "\n")
		}
	}
	paras := markdownParagraphs(a.Body)
	dekUsed := false
	if a.Meta.Summary == "" && len(paras) > 1 && isDek(paras[0]) {
		a.Meta.Summary = sanitize.Line(paras[0])
		dekUsed = true
	}
	if len(paras) > 0 {
		a.lede = paras[0]
		if _, _, ok := parseDateline(a.lede); !ok && dekUsed && len(paras) > 1 {
			a.lede = paras[1]
		}
	}
	if a.Meta.Dateline == "" {
		a.Meta.Dateline = findDateline(a.lede)
	}
	return a, nil
}

// collapseBlanks removes runs of blank lines left where chrome was.
func collapseBlanks(lines []string) []string {
	out := lines[:0]
	for i, l := range lines {
		if strings.TrimSpace(l) == "" && i > 0 && strings.TrimSpace(lines[i-1]) == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// atxText is the text of an ATX heading line, or "".
func atxText(line string) string {
	level := len(line) - len(strings.TrimLeft(line, "#"))
	if level < 1 || level > 6 || len(line) == level || (line[level] != ' ' && line[level] != '\t') {
		return ""
	}
	return sanitize.Line(strings.TrimRight(strings.TrimSpace(line[level:]), "# "))
}

// markdownParagraphs returns the plain paragraphs of a Markdown body (not
// headings, lists, quotes, code or tables), each as one line.
func markdownParagraphs(body string) []string {
	var paras []string
	for _, b := range strings.Split(body, "\n\n") {
		b = strings.TrimSpace(b)
		if b == "" || strings.ContainsAny(b[:1], "#>-*+|`~<[!") || codeFence.MatchString(b) {
			continue
		}
		if orderedItem.MatchString(b) {
			continue
		}
		paras = append(paras, strings.Join(strings.Fields(b), " "))
	}
	return paras
}

// FileName is the name the article is stored under:
// "<published>-<slug>.md", or "<slug>.md" when it is undated.
func (a *Article) FileName() string {
	slug := Slug(a.Meta.Title)
	if a.Meta.Published.IsZero() {
		return slug + ".md"
	}
	return a.Meta.Published.Format(briefing.DateLayout) + "-" + slug + ".md"
}

// Slug turns a title into a file-name part: lower-case ASCII words joined
// by hyphens, at most 60 characters, cut at a word boundary. Latin letters
// lose their accents and Cyrillic and Greek are transliterated; a title
// with nothing left to spell (Arabic or Chinese, say) gets "briefing-" and
// a hash of the title.
func Slug(title string) string {
	var b strings.Builder
	hyphen := false
	spelled, unspelled := 0, 0
	for _, r := range strings.ToLower(title) {
		if r == '\'' || r == '’' {
			continue
		}
		t := transliterate(r)
		switch {
		case t != "":
			spelled++
		case unicode.IsLetter(r):
			unspelled++
		}
		if t == "" {
			if b.Len() > 0 {
				hyphen = true
			}
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(t)
	}
	slug := b.String()
	if spelled < unspelled || len(slug) < 3 {
		h := fnv.New32a()
		h.Write([]byte(title))
		return fmt.Sprintf("briefing-%08x", h.Sum32())
	}
	if len(slug) > maxSlugLen {
		cut := strings.LastIndexByte(slug[:maxSlugLen+1], '-')
		if cut < maxSlugLen/2 {
			cut = maxSlugLen
		}
		slug = strings.TrimRight(slug[:cut], "-")
	}
	return slug
}

// transliterate spells a lower-case rune in ASCII letters and digits, or
// returns "" for a separator or a letter it cannot spell.
func transliterate(r rune) string {
	switch {
	case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
		return string(r)
	case r < 0x80:
		return ""
	}
	if t, ok := latinFold[r]; ok {
		return t
	}
	if t, ok := cyrillicGreek[r]; ok {
		return t
	}
	return ""
}

// latinFold spells accented and special Latin letters without accents.
var latinFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
		'þ': "th", 'ı': "i", 'ŋ': "ng", 'ħ': "h", 'ĸ': "k", 'ŀ': "l", 'ſ': "s"}
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęěə", "g": "ĝğġģ", "h": "ĥ",
		"i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľ", "n": "ñńņňŉ", "o": "òóôõöōŏőǒơ",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔư", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	}
	for ascii, letters := range groups {
		for _, r := range letters {
			m[r] = ascii
		}
	}
	return m
}()

// cyrillicGreek transliterates Russian, Ukrainian and Greek letters.
var cyrillicGreek = func() map[rune]string {
	m := map[rune]string{}
	cyr := []string{"а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "ё", "e",
		"є", "ye", "ж", "zh", "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "к", "k", "л", "l",
		"м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
		"х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e",
		"ю", "yu", "я", "ya",
		"α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i",
		"κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s",
		"ς", "s", "τ", "t", "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o", "ά", "a", "έ", "e",
		"ή", "i", "ί", "i", "ό", "o", "ύ", "y", "ώ", "o"}
	for i := 0; i < len(cyr); i += 2 {
		r, _ := utf8.DecodeRuneInString(cyr[i])
		m[r] = cyr[i+1]
	}
	return m
}()

// Markdown is the article as a briefing file: YAML front matter with the
// fields in Meta's order, then the body.
func (a *Article) Markdown() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("---\n")
	var node yaml.Node
	if err := node.Encode(a.Meta); err != nil {
		return nil, fmt.Errorf("encode front matter: %w", err)
	}
	// Write the date plain (published: 2024-10-11), as people write it.
	for i := 0; i+1 < len(node.Content); i += 2 {
		if k, v := node.Content[i], node.Content[i+1]; k.Value == "published" && v.Kind == yaml.ScalarNode {
			v.Tag, v.Style = "!!timestamp", 0
		}
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&node); err != nil {
		return nil, fmt.Errorf("encode front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode front matter: %w", err)
	}
	buf.WriteString("---\n")
	buf.WriteString(a.Body)
	if a.Body != "" && !strings.HasSuffix(a.Body, "\n") {
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// ErrExists is returned by WriteNew when the file is already there.
var ErrExists = errors.New("already exists (use --force to overwrite)")

// WriteNew writes data to dir/name atomically and returns the path: the
// data goes to a temporary file in dir, is synced, and is then renamed
// over the target (force) or hard-linked to it, which fails if the target
// exists, so an existing briefing is never overwritten without force, even
// by a concurrent import. dir is created (0755) when missing; the file is
// 0644. No temporary file is left behind, whatever happens.
func WriteNew(dir, name string, data []byte, force bool) (string, error) {
	if name == "" || name != filepath.Base(name) || strings.HasPrefix(name, ".") {
		return "", fmt.Errorf("write briefing: bad file name %q", name)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create library directory: %w", err)
	}
	path := filepath.Join(dir, name)
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return "", fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	tmp, err := writeTemp(dir, name, data)
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp) // a no-op once renamed
	if force {
		if err := os.Rename(tmp, path); err != nil {
			return "", fmt.Errorf("write %s: %w", path, err)
		}
	} else if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("%s: %w", path, ErrExists)
		}
		if err := createExclusive(path, data); err != nil {
			return "", err
		}
	}
	syncDir(dir)
	return path, nil
}

// writeTemp writes data to a new hidden temporary file in dir, synced
// and with mode 0644, and returns its path.
func writeTemp(dir, name string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write briefing: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("write %s: %w", f.Name(), err)
	}
	return f.Name(), nil
}

// createExclusive writes data to a new file at path, failing if it
// exists: the fallback where the file system has no hard links.
func createExclusive(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncDir makes a new directory entry durable, where the system allows.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
