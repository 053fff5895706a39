package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/content"
)

// LibraryFS is the file system of the library a Source names.
func (s Source) LibraryFS() (fs.FS, error) {
	if s.Dir == "" {
		return content.Briefings(), nil
	}
	st, err := os.Stat(s.Dir)
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("library %s: not a directory", s.Dir)
	}
	return os.DirFS(s.Dir), nil
}

// OpenIndex opens the index of a library in the XDG cache directory and
// brings it up to date (a command has nothing to show before it is), with
// a note on progress to stderr when that takes more than a moment, and
// the files it skipped.
func OpenIndex(ctx context.Context, src Source, stderr io.Writer) (*index.Index, error) {
	path, err := index.DefaultPath(src.Dir)
	if err != nil {
		return nil, err
	}
	fsys, err := src.LibraryFS()
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(path)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	noted := false
	_, err = ix.Update(ctx, fsys, func(p index.Progress) {
		if time.Since(start) > time.Second && p.Done < p.Total {
			fmt.Fprintf(stderr, "\rsitrep: indexing %s: %d of %d", src, p.Done, p.Total)
			noted = true
		}
	})
	if noted {
		fmt.Fprintln(stderr)
	}
	if err != nil {
		ix.Close()
		return nil, err
	}
	probs, err := ix.Problems(ctx)
	if err != nil {
		ix.Close()
		return nil, err
	}
	for _, p := range probs {
		fmt.Fprintf(stderr, "sitrep: skipped %v\n", p)
	}
	return ix, nil
}

// SearchOptions say how to write search results.
type SearchOptions struct {
	JSON  bool
	Limit int
	// Highlight marks the matches with a terminal style (on a terminal);
	// otherwise they are left plain in text and marked in JSON.
	Highlight func(string) string
}

// Searcher is what Search needs of an index.
type Searcher interface {
	Search(ctx context.Context, q briefing.Query, limit int) ([]briefing.Hit, error)
}

// hitJSON is one search result as --json writes it.
type hitJSON struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published *string  `json:"published"`
	Source    string   `json:"source,omitempty"`
	Region    string   `json:"region,omitempty"`
	Countries []string `json:"countries,omitempty"`
	// Snippet has the matches between « and »; SnippetText is the same
	// without marks, and Highlights its byte spans of the matches.
	Snippet     string          `json:"snippet"`
	SnippetText string          `json:"snippet_text"`
	Highlights  []briefing.Span `json:"highlights"`
	Score       float64         `json:"score"`
}

// Search runs a query against the index and writes the results, best
// first: title, date, source and a snippet with the matches highlighted.
// A query that cannot be parsed is a usage error naming what is wrong.
func Search(ctx context.Context, w io.Writer, ix Searcher, query string, opt SearchOptions) error {
	q, err := briefing.ParseQuery(query)
	if err != nil {
		return err
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 20
	}
	hits, err := ix.Search(ctx, q, limit)
	if err != nil {
		return err
	}
	if opt.JSON {
		out := make([]hitJSON, 0, len(hits))
		for _, h := range hits {
			out = append(out, toHitJSON(h))
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(hits) == 0 {
		_, err := fmt.Fprintln(w, "No briefing matches.")
		return err
	}
	mark := opt.Highlight
	if mark == nil {
		mark = func(s string) string { return s }
	}
	for i, h := range hits {
		date := "undated"
		if !h.Published.IsZero() {
			date = h.Published.Format(briefing.DateLayout)
		}
		fmt.Fprintf(w, "%2d. %s  %s\n", i+1, date, cell(h.Title))
		meta := cell(h.Source)
		if h.Region != "" {
			meta += " · " + cell(h.Region)
		}
		fmt.Fprintf(w, "    %s\n    %s\n    %s\n\n", meta, highlight(h.Snippet, h.Highlights, mark), h.ID)
	}
	return nil
}

func toHitJSON(h briefing.Hit) hitJSON {
	j := hitJSON{ID: h.ID, Title: h.Title, Source: h.Source, Region: h.Region, Countries: h.Countries,
		Snippet:     highlight(h.Snippet, h.Highlights, func(s string) string { return "«" + s + "»" }),
		SnippetText: h.Snippet, Highlights: h.Highlights, Score: h.Score}
	if j.Highlights == nil {
		j.Highlights = []briefing.Span{}
	}
	if !h.Published.IsZero() {
		s := h.Published.Format(briefing.DateLayout)
		j.Published = &s
	}
	return j
}

// highlight applies mark to the spans of s.
func highlight(s string, spans []briefing.Span, mark func(string) string) string {
	var sb strings.Builder
	at := 0
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(s) || sp.Start >= sp.End {
			continue
		}
		sb.WriteString(s[at:sp.Start])
		sb.WriteString(mark(s[sp.Start:sp.End]))
		at = sp.End
	}
	sb.WriteString(s[at:])
	return sb.String()
}
