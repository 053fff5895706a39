package index

import (
	"context"
	"encoding/json"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"

	"sitrep/briefing"
)

// Headers returns the front matter of every briefing indexed, with the
// size and modification time its file had when it was indexed, without
// reading any file: what a list or the reader's first frame needs, at a
// fraction of the cost of reading every file's header. Files recorded as
// problems are left out (a loader reads them again, and reports them).
// briefing.LoadStored and briefing.FromStored turn them into a library.
func (ix *Index) Headers(ctx context.Context) ([]briefing.StoredHeader, error) {
	return ix.headers(ctx, "")
}

// NewestHeaders returns the stored headers of the n briefings a library
// lists first (newest first, then by title and ID; undated ones last),
// for a first screen: a few milliseconds where Headers takes a third of a
// second at 100,000 briefings. Of briefings with one ID, the deeper ones
// may be among them (FromStored keeps one).
func (ix *Index) NewestHeaders(ctx context.Context, n int) ([]briefing.StoredHeader, error) {
	dated, err := ix.headers(ctx, "WHERE d.published > '' ORDER BY d.published DESC, d.title, d.id LIMIT "+strconv.Itoa(n))
	if err != nil || len(dated) == n {
		return dated, err
	}
	undated, err := ix.headers(ctx, "WHERE d.published = '' ORDER BY d.title, d.id LIMIT "+strconv.Itoa(n-len(dated)))
	return append(dated, undated...), err
}

// headers reads the stored headers of the rows that where (a WHERE, ORDER
// BY and LIMIT clause, or "") selects.
func (ix *Index) headers(ctx context.Context, where string) ([]briefing.StoredHeader, error) {
	// One text column per row (the fields joined by NUL, which neither a
	// file name nor a sanitized field holds): the driver's cost is per
	// column, and a library of 100,000 has 1.1 million of them.
	rows, err := ix.db.QueryContext(ctx, `SELECT d.path || char(0) || d.title || char(0) || d.summary || char(0) ||
		d.url || char(0) || d.published || char(0) || d.source || char(0) || d.region || char(0) ||
		d.countries || char(0) || d.tags || char(0) || d.dateline, d.id, f.size, f.mtime
		FROM docs d JOIN files f ON f.path = d.path `+where)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer rows.Close()
	var out []briefing.StoredHeader
	// The values many briefings share (a source, a region, a list of
	// countries) are read once: a library of 100,000 holds a few hundred.
	shared := map[string]string{}
	lists := map[string][]string{}
	str := func(raw string) string {
		if s, ok := shared[raw]; ok {
			return s
		}
		s := strings.Clone(raw)
		shared[s] = s
		return s
	}
	list := func(raw string) ([]string, error) {
		if l, ok := lists[raw]; ok {
			return l, nil
		}
		l, err := decodeList(raw)
		if err != nil {
			return nil, err
		}
		for i := range l {
			l[i] = str(l[i])
		}
		lists[strings.Clone(raw)] = l
		return l, nil
	}
	for rows.Next() {
		var joined string
		var id string
		var s briefing.StoredHeader
		if err := rows.Scan(&joined, &id, &s.Size, &s.ModTime); err != nil {
			return nil, fmt.Errorf("index: headers: %w", err)
		}
		f := strings.Split(joined, "\x00")
		if len(f) != 10 {
			return nil, fmt.Errorf("index: headers: a row of %d fields, want 10", len(f))
		}
		// The fields of this briefing alone share one string.
		own := strings.Join(f[:4], "\x00")
		b := new(briefing.Briefing)
		b.Path = own[:len(f[0])]
		own = own[len(f[0])+1:]
		b.Title, own = own[:len(f[1])], own[len(f[1])+1:]
		b.Summary, b.URL = own[:len(f[2])], own[len(f[2])+1:]
		b.ID = id
		if base := path.Base(b.Path); strings.TrimSuffix(base, ".md") == id {
			b.ID = b.Path[len(b.Path)-len(base) : len(b.Path)-len(".md")] // as parseMeta shares it
		}
		if f[4] != "" {
			t, err := time.Parse(briefing.DateLayout, f[4])
			if err != nil {
				return nil, fmt.Errorf("index: %s: published %q: %w", b.Path, f[4], err)
			}
			b.Published = t
		}
		b.Source, b.Region, b.Dateline = str(f[5]), str(f[6]), str(f[9])
		if b.Countries, err = list(f[7]); err != nil {
			return nil, fmt.Errorf("index: %s: countries: %w", b.Path, err)
		}
		if b.Tags, err = list(f[8]); err != nil {
			return nil, fmt.Errorf("index: %s: tags: %w", b.Path, err)
		}
		s.Briefing = b
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	return out, nil
}

// decodeList reads a list of strings as writeOne stores it (JSON, null
// for none). A list of plain strings, the usual kind, is split without
// encoding/json, which costs more than the rest of a header.
func decodeList(s string) ([]string, error) {
	if s == "null" {
		return nil, nil
	}
	if s == "[]" {
		return []string{}, nil
	}
	if inner, ok := strings.CutPrefix(s, `["`); ok && !strings.ContainsAny(s, `\`) {
		if inner, ok = strings.CutSuffix(inner, `"]`); ok {
			return strings.Split(inner, `","`), nil
		}
	}
	var out []string
	err := json.Unmarshal([]byte(s), &out)
	return out, err
}
