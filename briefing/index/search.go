package index

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// The BM25 rank weighs the columns: title 10, summary 4, body 1, source
// 2, places 3.

// snippetWords is how many words a snippet holds.
const snippetWords = 18

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
		// Rank every match, then read the text of the best only.
		query = `WITH top AS (
				SELECT fts.rowid AS id, bm25(fts, 10.0, 4.0, 1.0, 2.0, 3.0) AS r FROM fts JOIN docs d ON d.rowid = fts.rowid
				WHERE fts MATCH ?` + where + ` ORDER BY r LIMIT ` + strconv.Itoa(limit) + `)
			SELECT d.id, d.title, d.published, d.source, d.region, d.countries, d.body, d.summary, top.r
			FROM top JOIN docs d ON d.rowid = top.id ORDER BY top.r, d.published DESC`
		args = append([]any{MatchExpr(q)}, args...)
	} else {
		query = `SELECT d.id, d.title, d.published, d.source, d.region, d.countries, '', d.summary, 0
			FROM docs d WHERE 1` + where + ` ORDER BY d.published DESC, d.title LIMIT ?`
		args = append(args, limit)
	}
	rows, err := ix.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var hits []briefing.Hit
	for rows.Next() {
		var h briefing.Hit
		var published, countries, body, summary string
		var rank float64
		if err := rows.Scan(&h.ID, &h.Title, &published, &h.Source, &h.Region, &countries, &body, &summary, &rank); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Published, _ = time.Parse(briefing.DateLayout, published)
		_ = json.Unmarshal([]byte(countries), &h.Countries)
		h.Snippet, h.Highlights = bestSnippet(q, body, summary)
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

// bestSnippet is the passage of the body around the matches, else of the
// summary, else the summary itself.
func bestSnippet(q briefing.Query, body, summary string) (string, []briefing.Span) {
	if s, spans, ok := snippet(body, q, snippetWords); ok {
		return s, spans
	}
	if s, spans, ok := snippet(summary, q, snippetWords); ok {
		return s, spans
	}
	return oneLine(summary), nil
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
