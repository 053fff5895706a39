package tui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// This file is the render pipeline: it turns a briefing's Markdown into a
// document off the Update path. A session's renderPipeline keeps what it has
// rendered and what it has asked for; commands take the library, the key
// and the process's RenderGroup by value, and their results come back as
// renderedMsg. Bodies too heavy for glamour, and renders that take too
// long, fall back to plain wrapped text with a note.

// renderTimeout bounds the wait for one glamour render: past it the reader
// shows the Markdown as plain wrapped text instead of waiting.
const renderTimeout = 5 * time.Second

// docKey names one rendering of a briefing.
type docKey struct {
	ID    string
	Width int
	Style string
}

// document is a briefing's body rendered for one width and style.
type document struct {
	Key   docKey
	Lines []string // rendered, with ANSI styles
	Plain []string // the same lines without styles
	Width []int    // the width of each line, in cells
	Index textIndex
	Err   error // why the body could not be read or rendered
	// Note says the render fell back to plain text, and why.
	Note string
}

// renderedMsg carries a rendered document back to the model.
type renderedMsg struct{ Doc *document }

// renderPipeline is one session's side of rendering: the documents it has
// (most recently used, by briefing, width and style) and the renders it
// has asked for and not yet had back, so that a story is asked for once
// however often the analyst passes over it. The renders themselves run in
// the RenderGroup, shared by every session of the process.
type renderPipeline struct {
	lib      *briefing.Library
	group    *RenderGroup
	docs     *docCache
	inflight map[docKey]bool
}

func newRenderPipeline(lib *briefing.Library, group *RenderGroup) *renderPipeline {
	if group == nil {
		group = NewRenderGroup()
	}
	return &renderPipeline{lib: lib, group: group, docs: newDocCache(docCacheSize), inflight: map[docKey]bool{}}
}

// get is the document rendered for k, if there is one; it counts as a use.
func (p *renderPipeline) get(k docKey) (*document, bool) { return p.docs.get(k) }

// has reports whether the document for k is rendered (without using it).
func (p *renderPipeline) has(k docKey) bool {
	_, ok := p.docs.docs[k]
	return ok
}

// request asks for the document k, unless it is already asked for.
func (p *renderPipeline) request(k docKey) tea.Cmd {
	if p.inflight[k] {
		return nil
	}
	p.inflight[k] = true
	return renderCmd(p.lib, k, p.group)
}

// ahead asks for the documents of keys (the neighbours) not yet rendered,
// so that moving to the next or previous story is instant.
func (p *renderPipeline) ahead(keys []docKey) []tea.Cmd {
	var cmds []tea.Cmd
	for _, k := range keys {
		if !p.has(k) {
			if cmd := p.request(k); cmd != nil {
				cmds = append(cmds, cmd)
			}
		}
	}
	return cmds
}

// receive takes a document back from its render; it keeps it when wanted
// says the session still needs it (the story on screen or a neighbour, at
// the width and style in use), and reports whether it did.
func (p *renderPipeline) receive(d *document, wanted bool) bool {
	delete(p.inflight, d.Key)
	if wanted {
		p.docs.put(d)
	}
	return wanted
}

// grow takes a library that only gained briefings: the new ones render
// from it, and what is rendered stays.
func (p *renderPipeline) grow(lib *briefing.Library) { p.lib = lib }

// reset forgets every document and render asked for: the library changed.
func (p *renderPipeline) reset(lib *briefing.Library) {
	p.lib = lib
	p.docs.clear()
	clear(p.inflight)
}

// renderCmd renders one briefing's body in the background.
func renderCmd(lib *briefing.Library, key docKey, group *RenderGroup) tea.Cmd {
	return func() tea.Msg {
		return renderedMsg{Doc: renderDocument(lib, key, group)}
	}
}

// renderDocument reads a briefing's body and renders it for key: through
// glamour (in group) when it is light enough, else as plain text.
func renderDocument(lib *briefing.Library, key docKey, group *RenderGroup) *document {
	doc := &document{Key: key}
	body, err := lib.Body(key.ID)
	if err != nil {
		doc.Err = err
		return doc
	}
	var out string
	if heavy, why := sanitize.TooHeavy(body); heavy {
		doc.Note = why
		out = plainWrap(body, key.Width)
	} else if out, err = group.render(body, key.Width, key.Style); err != nil {
		doc.Note = sanitize.Line(err.Error())
		out = plainWrap(body, key.Width)
	}
	doc.Lines = trimBlankLines(strings.Split(out, "\n"))
	doc.Plain = make([]string, len(doc.Lines))
	doc.Width = make([]int, len(doc.Lines))
	for i, l := range doc.Lines {
		doc.Lines[i] = compactStyles(l)
		doc.Plain[i] = ansi.Strip(l)
		doc.Width[i] = ansi.StringWidth(doc.Plain[i])
	}
	doc.Index = buildIndex(doc.Plain)
	return doc
}

// renderMarkdown runs glamour with a renderer of its own (they are not safe
// to share); a panic in glamour comes back as an error.
func renderMarkdown(body string, width int, style string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = "", fmt.Errorf("glamour failed: %v", r)
		}
	}()
	r, err := glamour.NewTermRenderer(glamourStyleOption(style), glamour.WithWordWrap(width))
	if err != nil {
		return "", fmt.Errorf("glamour style %q: %w", style, err)
	}
	return r.Render(body)
}

// glamourStyleOption picks a standard style by name, else a style file.
func glamourStyleOption(style string) glamour.TermRendererOption {
	switch style {
	case "dark", "light", "notty", "ascii", "dracula", "tokyo-night", "pink", "auto":
		if style == "auto" {
			style = "dark"
		}
		return glamour.WithStandardStyle(style)
	}
	return glamour.WithStylePath(style)
}

// plainWrap is the fallback when glamour cannot render: the Markdown as
// text, wrapped.
func plainWrap(body string, width int) string {
	return lipgloss.Wrap(body, max(width-2, 10), " -")
}

func trimBlankLines(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// docCache keeps the most recently used rendered documents.
type docCache struct {
	limit int
	order []docKey // most recent last
	docs  map[docKey]*document
}

func newDocCache(limit int) *docCache {
	return &docCache{limit: limit, docs: make(map[docKey]*document, limit)}
}

func (c *docCache) get(k docKey) (*document, bool) {
	d, ok := c.docs[k]
	if ok {
		c.touch(k)
	}
	return d, ok
}

func (c *docCache) put(d *document) {
	if _, ok := c.docs[d.Key]; !ok && len(c.order) >= c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.docs, oldest)
	}
	c.docs[d.Key] = d
	c.touch(d.Key)
}

func (c *docCache) touch(k docKey) {
	for i, o := range c.order {
		if o == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *docCache) clear() {
	c.order = c.order[:0]
	clear(c.docs)
}
