package index

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// Column weights of the BM25 rank: title, summary, body, source, places.
const rankWeights = "10.0, 4.0, 1.0, 2.0, 3.0"

// snippetWords is how many words a snippet holds.
const snippetWords = 18

// Markers of highlighted text in the snippets SQLite returns: control
// characters that no indexed text holds (it is sanitized).
const (
	markOpen  = "\x01"
	markClose = "\x02"
)

// MatchExpr is the FTS5 expression of a query's terms: each term a quoted
// string (a word or a phrase), a prefix marked after it, all of them
// required. Quoting makes every word a plain token: nothing a user types
// is FTS5 syntax.
func MatchExpr(q briefing.Query) string {
	var parts []string
	for _, t := range q.Terms {
		s := `"` + strings.ReplaceAll(strings.Join(t.Words, " "), `"`, `""`) + `"`
		if t.Prefix {
			s += "*"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// Search returns the briefings that match q, best first (BM25 over title,
// summary, body, source and places, the title weighing most), or newest
// first when q has only filters. Filters: region and country match the
// front matter or what the text names (see facets), source a part of the
// source, role the roles and categories of key figures, since and until
// the publication date.
func (ix *Index) Search(ctx context.Context, q briefing.Query, limit int) ([]briefing.Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	where, args := filters(q)
	var query string
	if len(q.Terms) > 0 {
		query = `SELECT d.id, d.title, d.published, d.source, d.region, d.countries,
			snippet(fts, 2, char(1), char(2), '…', ` + fmt.Sprint(snippetWords) + `),
			snippet(fts, 1, char(1), char(2), '…', ` + fmt.Sprint(snippetWords) + `),
			bm25(fts, ` + rankWeights + `)
			FROM fts JOIN docs d ON d.rowid = fts.rowid
			WHERE fts MATCH ?` + where + `
			ORDER BY bm25(fts, ` + rankWeights + `), d.published DESC LIMIT ?`
		args = append([]any{MatchExpr(q)}, args...)
	} else {
		query = `SELECT d.id, d.title, d.published, d.source, d.region, d.countries, d.summary, '', 0
			FROM docs d WHERE 1` + where + ` ORDER BY d.published DESC, d.title LIMIT ?`
	}
	args = append(args, limit)
	rows, err := ix.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var hits []briefing.Hit
	for rows.Next() {
		var h briefing.Hit
		var published, countries, snippet, summary string
		var rank float64
		if err := rows.Scan(&h.ID, &h.Title, &published, &h.Source, &h.Region, &countries, &snippet, &summary, &rank); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Published, _ = time.Parse(briefing.DateLayout, published)
		_ = json.Unmarshal([]byte(countries), &h.Countries)
		// The body's passage, else the summary's when only it matches.
		if !strings.Contains(snippet, markOpen) && strings.Contains(summary, markOpen) {
			snippet = summary
		}
		h.Snippet, h.Highlights = Highlights(snippet)
		if rank != 0 {
			h.Score = -rank
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return hits, nil
}

// filters is the SQL condition and arguments of q's field filters, on the
// docs table aliased d.
func filters(q briefing.Query) (string, []any) {
	var sb strings.Builder
	var args []any
	facet := func(field string, vals []string) {
		if len(vals) == 0 {
			return
		}
		sb.WriteString(` AND EXISTS (SELECT 1 FROM facets f WHERE f.doc = d.rowid AND f.field = ? AND f.value IN (`)
		args = append(args, field)
		for i, v := range vals {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString("?")
			args = append(args, FoldName(v))
		}
		sb.WriteString("))")
	}
	facet("region", q.Regions)
	facet("country", q.Countries)
	facet("role", q.Roles)
	if len(q.Sources) > 0 {
		sb.WriteString(" AND (")
		for i, s := range q.Sources {
			if i > 0 {
				sb.WriteString(" OR ")
			}
			sb.WriteString("instr(lower(d.source), ?) > 0")
			args = append(args, strings.ToLower(s))
		}
		sb.WriteString(")")
	}
	if !q.Since.IsZero() {
		sb.WriteString(" AND d.published >= ?")
		args = append(args, q.Since.Format(briefing.DateLayout))
	}
	if !q.Until.IsZero() {
		sb.WriteString(" AND d.published != '' AND d.published <= ?")
		args = append(args, q.Until.Format(briefing.DateLayout))
	}
	return sb.String(), args
}

// Highlights turns a snippet with markers into one line of sanitized text
// and the spans of its highlighted words.
func Highlights(marked string) (string, []briefing.Span) {
	var sb strings.Builder
	var spans []briefing.Span
	open := -1
	for i := 0; i < len(marked); {
		j := strings.IndexAny(marked[i:], markOpen+markClose)
		if j < 0 {
			sb.WriteString(oneLine(marked[i:]))
			break
		}
		sb.WriteString(oneLine(marked[i : i+j]))
		switch marked[i+j : i+j+1] {
		case markOpen:
			open = sb.Len()
		case markClose:
			if open >= 0 && sb.Len() > open {
				spans = append(spans, briefing.Span{Start: open, End: sb.Len()})
			}
			open = -1
		}
		i += j + 1
	}
	return sb.String(), spans
}

// oneLine is sanitized text with every run of white space one space.
func oneLine(s string) string {
	lead := len(s) > 0 && strings.ContainsRune(" \t\r\n", rune(s[0]))
	trail := len(s) > 0 && strings.ContainsRune(" \t\r\n", rune(s[len(s)-1]))
	out := strings.Join(strings.Fields(sanitize.Line(s)), " ")
	if lead && out != "" {
		out = " " + out
	}
	if trail && out != "" {
		out += " "
	}
	if out == "" && (lead || trail) {
		return " "
	}
	return out
}
