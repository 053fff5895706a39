// Package briefing is sitrep's domain: a Briefing (a news-style report stored
// as Markdown with YAML front matter), the Library that loads them from an
// fs.FS, and the per-user reading state.
//
// Its subpackages hold the rest of the domain: sanitize (untrusted text
// made safe for a terminal), extract (figures and timelines) and ingest
// (outside text turned into briefings). briefing imports sanitize and
// extract; ingest imports briefing; sanitize and extract import nothing of
// the project. No package under briefing imports a UI package.
package briefing

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sitrep/briefing/sanitize"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Limits on what a briefing file may be; larger ones are refused so that a
// stray file cannot exhaust memory or stall the reader.
const (
	MaxFileSize        = 2 << 20  // 2 MiB
	MaxFrontMatterSize = 64 << 10 // 64 KiB
)

// DateLayout is the layout of dates in front matter and on the command line.
const DateLayout = "2006-01-02"

// ParseDate reads a date written YYYY-MM-DD, as on the command line
// (import --published), refusing year 0000, which no briefing has.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, err
	}
	if t.Year() < 1 {
		return time.Time{}, fmt.Errorf("%q: there is no year 0000", s)
	}
	return t, nil
}

// Briefing is one report as an analyst sees it in the list: its metadata.
// The body is read on demand through the Library.
type Briefing struct {
	// ID is the file name without ".md"; it names the briefing everywhere.
	ID        string
	Title     string
	Summary   string
	Published time.Time // zero when the briefing is undated
	Source    string
	URL       string
	Region    string
	Countries []string
	Tags      []string
	Dateline  string
	// Path is where the file lives in the library's file system.
	Path string
	// bodyOffset is the byte offset of the body in the file.
	bodyOffset int
	// read is the file's status when the header was read (or as an
	// index stored it): Diff compares it with the status a library read
	// again saw, without looking at the file.
	read fileStat
}

// Undated reports whether the briefing has no publication date.
func (b *Briefing) Undated() bool { return b.Published.IsZero() }

// Meta is the YAML front matter of a briefing file, as stored on disk.
type Meta struct {
	Title     string   `yaml:"title"`
	Summary   string   `yaml:"summary,omitempty"`
	Published Date     `yaml:"published,omitempty"`
	Source    string   `yaml:"source,omitempty"`
	URL       string   `yaml:"url,omitempty"`
	Region    string   `yaml:"region,omitempty"`
	Countries []string `yaml:"countries,omitempty,flow"`
	Tags      []string `yaml:"tags,omitempty,flow"`
	Dateline  string   `yaml:"dateline,omitempty"`
}

// Date is a calendar date in front matter, written YYYY-MM-DD.
type Date struct{ time.Time }

// UnmarshalYAML accepts YYYY-MM-DD or an RFC 3339 timestamp, or nothing
// (an undated briefing). A list, a map or year 0000 is an error naming the
// line.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("yaml: line %d: published is a %s, not a date (want YYYY-MM-DD)", n.Line, nodeKind(n))
	}
	t, err := parseDateValue(strings.TrimSpace(n.Value))
	if err != nil {
		return fmt.Errorf("yaml: line %d: %w", n.Line, err)
	}
	d.Time = t
	return nil
}

// parseDateValue reads the value of published: YYYY-MM-DD or an RFC 3339
// timestamp (kept as its calendar day, in UTC), or nothing ("", "~" or
// "null": the zero time).
func parseDateValue(s string) (time.Time, error) {
	if s == "" || s == "~" || s == "null" {
		return time.Time{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("published %q is not a date (want YYYY-MM-DD)", sanitize.Line(s))
	}
	y, m, day := t.Date()
	if y < 1 {
		return time.Time{}, fmt.Errorf("published %q: there is no year 0000", sanitize.Line(s))
	}
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC), nil
}

// nodeKind names the kind of a YAML node for an error message.
func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "map"
	case yaml.AliasNode:
		return "alias"
	}
	return "document"
}

// MarshalYAML writes the date as YYYY-MM-DD, or nothing when zero.
func (d Date) MarshalYAML() (any, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.Format(DateLayout), nil
}

// IsZero reports whether no date is set; it lets omitempty drop it.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// ParseError is a problem with one briefing file, with the line it was
// found on where that is known (0 otherwise).
type ParseError struct {
	File string
	Line int
	Err  error
}

// Error names the file (sanitized: a file name is untrusted text too) and,
// where known, the line.
func (e *ParseError) Error() string {
	file := sanitize.Line(e.File)
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", file, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", file, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var (
	errNoFrontMatter       = errors.New("no front matter: a briefing starts with a line of three dashes (---)")
	errUnterminated        = errors.New("front matter is not closed by a line of three dashes (---)")
	ErrTooLarge            = fmt.Errorf("file is larger than %d MiB", MaxFileSize>>20)
	ErrFrontMatterTooLarge = fmt.Errorf("front matter is larger than %d KiB", MaxFrontMatterSize>>10)
	ErrBinary              = errors.New("not a text file (holds NUL bytes)")
	errNoTitle             = errors.New("front matter has no title")
)

// readers recycles the buffered readers of ReadHeader: loading a large
// library opens thousands of files.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}

// ReadHeader reads a briefing's front matter from r, stopping at the line
// that closes it, so that a library can list thousands of briefings without
// reading their bodies. It returns the metadata and the byte offset of the body.
func ReadHeader(name string, r io.Reader) (*Briefing, error) {
	br := readers.Get().(*bufio.Reader)
	br.Reset(r)
	defer func() { br.Reset(nil); readers.Put(br) }()
	first, err := br.ReadString('\n')
	if err != nil && err != io.EOF {
		return nil, &ParseError{File: name, Err: err}
	}
	if strings.IndexByte(first, 0) >= 0 {
		return nil, &ParseError{File: name, Line: 1, Err: ErrBinary}
	}
	if strings.TrimRight(strings.TrimPrefix(first, "\ufeff"), " \t\r\n") != "---" {
		return nil, &ParseError{File: name, Line: 1, Err: errNoFrontMatter}
	}
	offset := len(first)
	var fm bytes.Buffer
	line := 1
	for {
		s, err := br.ReadString('\n')
		line++
		offset += len(s)
		if strings.TrimRight(s, " \t\r\n") == "---" {
			break
		}
		if strings.IndexByte(s, 0) >= 0 {
			return nil, &ParseError{File: name, Line: line, Err: ErrBinary}
		}
		fm.WriteString(s)
		if fm.Len() > MaxFrontMatterSize {
			return nil, &ParseError{File: name, Line: line, Err: ErrFrontMatterTooLarge}
		}
		if err == io.EOF {
			return nil, &ParseError{File: name, Line: line, Err: errUnterminated}
		}
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
	}
	b, err := parseMeta(name, fm.Bytes())
	if err != nil {
		return nil, err
	}
	b.bodyOffset = offset
	return b, nil
}

// Parse reads a whole briefing file: its metadata and its sanitized body.
func Parse(name string, data []byte) (*Briefing, string, error) {
	if len(data) > MaxFileSize {
		return nil, "", &ParseError{File: name, Err: ErrTooLarge}
	}
	b, err := ReadHeader(name, bytes.NewReader(data))
	if err != nil {
		return nil, "", err
	}
	return b, cleanBody(data[b.bodyOffset:]), nil
}

// cleanBody turns the raw bytes after the front matter into the Markdown
// the reader shows: valid UTF-8, no terminal control, bounded nesting.
func cleanBody(raw []byte) string {
	return sanitize.Markdown(strings.ToValidUTF8(string(raw), "\uFFFD"))
}

var (
	yamlLine       = regexp.MustCompile(`^yaml: line (\d+): `)
	yamlLineNumber = regexp.MustCompile(`\bline \d+`)
)

// parseMeta decodes front matter into a Briefing, refusing anchors and
// aliases (which let a few bytes expand into gigabytes) and unknown fields
// (which are usually typos that would silently drop a value).
func parseMeta(name string, fm []byte) (*Briefing, error) {
	fmErr := func(line int, err error) error {
		return &ParseError{File: name, Line: line, Err: err}
	}
	if !utf8.Valid(fm) {
		fm = []byte(strings.ToValidUTF8(string(fm), "\uFFFD"))
	}
	m, ok := fastMeta(fm)
	if !ok {
		var err error
		if m, err = decodeMetaYAML(name, fm); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(m.Title) == "" {
		return nil, fmErr(1, errNoTitle)
	}
	id := strings.TrimSuffix(baseName(name), ".md")
	return &Briefing{
		ID:        id,
		Title:     sanitize.Line(m.Title),
		Summary:   sanitize.Line(m.Summary),
		Published: m.Published.Time,
		Source:    sanitize.Line(m.Source),
		URL:       sanitize.Line(m.URL),
		Region:    sanitize.Line(m.Region),
		Countries: sanitize.Lines(m.Countries),
		Tags:      sanitize.Lines(m.Tags),
		Dateline:  sanitize.Line(m.Dateline),
		Path:      name,
	}, nil
}

// decodeMetaYAML decodes front matter with yaml/v3, refusing anchors and
// aliases, unknown fields and more than one document.
func decodeMetaYAML(name string, fm []byte) (Meta, error) {
	root, err := decodeYAML(name, fm)
	if err != nil {
		return Meta{}, err
	}
	if n := findAlias(&root); n != nil {
		return Meta{}, &ParseError{File: name, Line: n.Line + 1, Err: errors.New("YAML anchors and aliases are not allowed in front matter")}
	}
	if err := checkFields(&root); err != nil {
		return Meta{}, &ParseError{File: name, Line: err.line + 1, Err: err}
	}
	var m Meta
	if err := root.Decode(&m); err != nil {
		return Meta{}, yamlError(name, err)
	}
	return m, nil
}

// errDocumentEnd is the error for front matter that a YAML "..." line ends
// before its last key.
var errDocumentEnd = errors.New(`a line "..." ends the YAML here: the keys after it would be lost`)

// decodeYAML parses front matter into a node tree. It refuses front
// matter that holds more than one YAML document (a "..." line followed by
// more keys), whose later keys a decoder would silently drop.
func decodeYAML(name string, fm []byte) (yaml.Node, error) {
	var root, more yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(fm))
	if err := dec.Decode(&root); err != nil && err != io.EOF {
		return root, yamlError(name, err)
	}
	if err := dec.Decode(&more); err != io.EOF {
		return root, &ParseError{File: name, Line: documentEndLine(fm), Err: errDocumentEnd}
	}
	return root, nil
}

// documentEndLine is the line of the file (front matter starts on line 2)
// of the first "..." line of fm.
func documentEndLine(fm []byte) int {
	line := 2
	for l := range strings.Lines(string(fm)) {
		if strings.TrimRight(l, " \t\r\n") == "..." {
			return line
		}
		line++
	}
	return 2
}

// yamlError rewrites a YAML error so that its line numbers count from the
// top of the file (the front matter starts on line 2), every one of them
// ("line 4: mapping key "title" already defined at line 2"), and so that
// it names a line: the first line of the front matter when YAML gives none.
func yamlError(name string, err error) error {
	msg := err.Error()
	if te, ok := err.(*yaml.TypeError); ok && len(te.Errors) > 0 {
		msg = "yaml: " + te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	msg = yamlLineNumber.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(strings.TrimPrefix(m, "line "))
		if line == 0 {
			line = n + 1
		}
		return fmt.Sprintf("line %d", n+1)
	})
	if m := yamlLine.FindStringSubmatch("yaml: " + msg); m != nil {
		msg = msg[len(m[0])-len("yaml: "):]
	}
	return &ParseError{File: name, Line: max(line, 2), Err: errors.New(sanitize.Line(msg))}
}

// fieldError is a front matter key that Meta does not know.
type fieldError struct {
	line int
	msg  string
}

func (e *fieldError) Error() string { return e.msg }

// knownFields are the front matter keys, from Meta's yaml tags.
var knownFields = map[string]bool{"title": true, "summary": true, "published": true, "source": true,
	"url": true, "region": true, "countries": true, "tags": true, "dateline": true}

// checkFields refuses keys that Meta does not know (usually a typo that would
// silently drop a value) and a document that is not a mapping.
func checkFields(root *yaml.Node) *fieldError {
	if len(root.Content) == 0 {
		return nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return &fieldError{doc.Line, "front matter is not a mapping of keys to values"}
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k := doc.Content[i]
		if !knownFields[k.Value] {
			return &fieldError{k.Line, fmt.Sprintf("unknown field %q (known: title, summary, published, source, url, region, countries, tags, dateline)", sanitize.Line(k.Value))}
		}
	}
	return nil
}

func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// BodyOffset is the byte offset in the file where the body starts, after
// the front matter.
func (b *Briefing) BodyOffset() int { return b.bodyOffset }

// looseFrontMatter is what an import accepts in Markdown front matter: the
// fields of Meta and the usual synonyms of static-site generators. Other
// fields are ignored.
type looseFrontMatter struct {
	Meta        `yaml:",inline"`
	Date        Date           `yaml:"date"`
	Description string         `yaml:"description"`
	Extra       map[string]any `yaml:",inline"`
}

// CutFrontMatter splits "---\n...\n---\n" from the start of text.
func CutFrontMatter(text string) (fm, rest string, ok bool) {
	first, after, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return "", text, false
	}
	for off := 0; off <= len(after); {
		line, _, _ := strings.Cut(after[off:], "\n")
		if strings.TrimRight(line, " \t") == "---" {
			end := min(off+len(line)+1, len(after))
			return after[:off], after[end:], true
		}
		if off+len(line) >= len(after) {
			break
		}
		off += len(line) + 1
	}
	return "", text, false
}

// DecodeLooseFrontMatter decodes the front matter of an article from
// outside (an import), refusing anchors and aliases as the library does,
// accepting "date" and "description" for published and summary and
// ignoring other unknown keys, as static-site generators do.
func DecodeLooseFrontMatter(name, fm string) (Meta, error) {
	if len(fm) > MaxFrontMatterSize {
		return Meta{}, &ParseError{File: name, Err: ErrFrontMatterTooLarge}
	}
	root, err := decodeYAML(name, []byte(fm))
	if err != nil {
		return Meta{}, err
	}
	if n := findAlias(&root); n != nil {
		return Meta{}, &ParseError{File: name, Line: n.Line + 1, Err: errors.New("YAML anchors and aliases are not allowed in front matter")}
	}
	var f looseFrontMatter
	if err := root.Decode(&f); err != nil && len(root.Content) > 0 {
		return Meta{}, yamlError(name, err)
	}
	m := f.Meta
	if m.Published.IsZero() {
		m.Published = f.Date
	}
	m.Title = sanitize.Line(m.Title)
	m.Summary = sanitize.Line(cmp.Or(m.Summary, f.Description))
	m.Source = sanitize.Line(m.Source)
	m.URL = sanitize.Line(m.URL)
	m.Region = sanitize.Line(m.Region)
	m.Dateline = sanitize.Line(m.Dateline)
	m.Countries = sanitize.Lines(m.Countries)
	m.Tags = sanitize.Lines(m.Tags)
	return m, nil
}
