package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing"
	"sitrep/briefing/entity"
	"sitrep/briefing/index"
	"sitrep/briefing/sanitize"
)

var _ briefing.Index = (*Store)(nil)

// The weights of the fields in the rank, as PostgreSQL orders them: D
// (body), C (source and places), B (summary), A (title). They follow the
// embedded index's BM25 column weights (title 10, summary 4, places 3,
// source 2, body 1).
const rankWeights = "{0.1, 0.3, 0.4, 1.0}"

// snippetWords is how many words a snippet holds, as in the embedded index.
const snippetWords = 18

// Limits of a tsvector: positions above maxPosition are all maxPosition,
// and a lexeme keeps at most maxPositions of them.
const (
	maxPosition  = 16383
	maxPositions = 256
)

// fold is the form a word is indexed and searched in: lower case, accents
// removed (as the embedded index's unicode61 tokenizer with
// remove_diacritics).
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return entity.PlaceKey(w)
		}
	}
	return strings.ToLower(w)
}

// tsvector is the search vector of a briefing's fields, in PostgreSQL's
// literal syntax: the folded words of the title (weight A), summary (B),
// source and places (C) and body (D), each field's positions after the
// last field's with a gap, so that no phrase runs from one field into the
// next. The words are those briefing.Words splits, so that the server's
// parser and locale play no part and a query matches as it does in the
// embedded index.
func tsvector(title, summary, places, body string) string {
	type lexeme struct {
		pos    []int
		weight byte
	}
	lex := map[string]*lexeme{}
	var order []string
	pos := 1
	for i, field := range []string{title, summary, places, body} {
		weight := "ABCD"[i]
		for _, w := range briefing.Words(field) {
			w = fold(w)
			if w == "" {
				continue
			}
			l := lex[w+string(weight)]
			if l == nil {
				l = &lexeme{weight: weight}
				lex[w+string(weight)] = l
				order = append(order, w+string(weight))
			}
			if len(l.pos) < maxPositions {
				p := min(pos, maxPosition)
				if len(l.pos) == 0 || l.pos[len(l.pos)-1] != p {
					l.pos = append(l.pos, p)
				}
			}
			pos++
		}
		pos += 2
	}
	var sb strings.Builder
	for i, key := range order {
		l := lex[key]
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(quoteLexeme(key[:len(key)-1]))
		sb.WriteByte(':')
		for j, p := range l.pos {
			if j > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Itoa(p))
			sb.WriteByte(l.weight)
		}
	}
	return sb.String()
}

// quoteLexeme quotes a lexeme for a tsvector or tsquery literal.
func quoteLexeme(w string) string {
	return "'" + strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(w) + "'"
}

// TSQuery is the tsquery of a query's terms, in PostgreSQL's literal
// syntax: each word folded and quoted, the words of a phrase joined by
// <->, a prefix marked :*, all terms required. Quoting makes every word a
// plain lexeme: nothing a user types is tsquery syntax.
func TSQuery(q briefing.Query) string {
	var parts []string
	for _, t := range q.Terms {
		var words []string
		for i, w := range t.Words {
			s := quoteLexeme(fold(w))
			if t.Prefix && i == len(t.Words)-1 {
				s += ":*"
			}
			words = append(words, s)
		}
		if len(words) > 0 {
			parts = append(parts, "("+strings.Join(words, " <-> ")+")")
		}
	}
	return strings.Join(parts, " & ")
}

// Search returns the briefings that match q, best first (ts_rank_cd over
// the weighted fields, the title weighing most, then the newest), or
// newest first when q has only filters. The filters are the embedded
// index's: region and country match the front matter or what the text
// names, source a part of the source, role the roles and categories of
// key figures, since and until the publication date.
func (s *Store) Search(ctx context.Context, q briefing.Query, limit int) ([]briefing.Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	var args pgx.NamedArgs = pgx.NamedArgs{"limit": limit}
	where := filters(q, args)
	var sql string
	if tsq := TSQuery(q); tsq != "" {
		args["q"] = tsq
		// Rank every match, then read the text of the best only.
		sql = `WITH top AS (
				SELECT b.id, ts_rank_cd('` + rankWeights + `', b.search, @q::tsquery) AS rank, b.published
				FROM briefings b WHERE b.search @@ @q::tsquery` + where + `
				ORDER BY rank DESC, b.published DESC NULLS LAST, b.id LIMIT @limit)
			SELECT b.id, b.title, b.published, b.source, b.region, b.countries, b.summary, b.body, top.rank
			FROM top JOIN briefings b ON b.id = top.id
			ORDER BY top.rank DESC, top.published DESC NULLS LAST, b.id`
	} else {
		sql = `SELECT b.id, b.title, b.published, b.source, b.region, b.countries, b.summary, '', 0::real
			FROM briefings b WHERE true` + where + `
			ORDER BY b.published DESC NULLS LAST, b.title LIMIT @limit`
	}
	rows, err := s.pool.Query(ctx, sql, args)
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var hits []briefing.Hit
	var h briefing.Hit
	var published *time.Time
	var summary, body string
	var rank float32
	_, err = pgx.ForEachRow(rows, []any{&h.ID, &h.Title, &published, &h.Source, &h.Region, &h.Countries,
		&summary, &body, &rank}, func() error {
		hit := h
		hit.Countries = slices.Clone(h.Countries)
		if published != nil {
			hit.Published = *published
		}
		hit.Score = float64(rank)
		hit.Snippet, hit.Highlights = bestSnippet(q, body, summary)
		hits = append(hits, hit)
		return nil
	})
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return hits, nil
}

// filters is the SQL condition of q's field filters on briefings b, its
// arguments added to args.
func filters(q briefing.Query, args pgx.NamedArgs) string {
	var sb strings.Builder
	facet := func(field string, vals []string) {
		if len(vals) == 0 {
			return
		}
		var folded []string
		for _, v := range vals {
			folded = append(folded, index.FoldName(v))
		}
		args[field] = folded
		fmt.Fprintf(&sb, ` AND EXISTS (SELECT 1 FROM facets f WHERE f.briefing = b.id AND f.field = '%s' AND f.value = ANY(@%s))`, field, field)
	}
	facet("region", q.Regions)
	facet("country", q.Countries)
	facet("role", q.Roles)
	if len(q.Sources) > 0 {
		var lower []string
		for _, src := range q.Sources {
			lower = append(lower, strings.ToLower(src))
		}
		args["sources"] = lower
		sb.WriteString(` AND EXISTS (SELECT 1 FROM unnest(@sources::text[]) s WHERE strpos(lower(b.source), s) > 0)`)
	}
	if !q.Since.IsZero() {
		args["since"] = q.Since
		sb.WriteString(` AND b.published >= @since::date`)
	}
	if !q.Until.IsZero() {
		args["until"] = q.Until
		sb.WriteString(` AND b.published <= @until::date`)
	}
	return sb.String()
}

// token is a word of a text: its byte range.
type token struct{ start, end int }

// tokens splits text into words as briefing.Words does, with their byte
// ranges.
func tokens(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, token{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{start, len(text)})
	}
	return out
}

// bestSnippet is the passage of the body around the matches, else of the
// summary, else the summary itself, as the embedded index makes them.
func bestSnippet(q briefing.Query, body, summary string) (string, []briefing.Span) {
	if len(q.Terms) > 0 {
		if s, spans, ok := snippet(body, q); ok {
			return s, spans
		}
		if s, spans, ok := snippet(summary, q); ok {
			return s, spans
		}
	}
	return strings.TrimSpace(oneLine(summary)), nil
}

// snippet is the passage of text of snippetWords words that holds the most
// matches of q (index.MatchSpans: words, prefixes, phrases), starting a
// few words before the first of them, on one line and sanitized, with "…"
// where the text was cut, and the spans of the matches in it. ok is false
// when nothing in text matches.
func snippet(text string, q briefing.Query) (string, []briefing.Span, bool) {
	matches := index.MatchSpans(text, q)
	if len(matches) == 0 {
		return "", nil, false
	}
	toks := tokens(text)
	// word is the index of the word a byte offset falls in or before.
	word := func(off int) int {
		i, _ := slices.BinarySearchFunc(toks, off, func(t token, off int) int {
			switch {
			case t.end <= off:
				return -1
			case t.start > off:
				return 1
			}
			return 0
		})
		return min(i, len(toks)-1)
	}
	// The window with the most matches; the earliest among equals.
	best, bestN := 0, 0
	for _, m := range matches {
		from := max(0, word(m.Start)-3)
		to := min(len(toks), from+snippetWords)
		n := 0
		for _, o := range matches {
			if word(o.Start) >= from && word(o.End-1) < to {
				n++
			}
		}
		if n > bestN {
			best, bestN = from, n
		}
	}
	end := min(len(toks), best+snippetWords)
	lo, hi := toks[best].start, toks[end-1].end
	var sb strings.Builder
	var spans []briefing.Span
	if best > 0 {
		sb.WriteString("…")
	}
	pos := lo
	for _, m := range matches {
		if m.Start < lo || m.End > hi {
			continue
		}
		sb.WriteString(oneLine(text[pos:m.Start]))
		start := sb.Len()
		sb.WriteString(oneLine(text[m.Start:m.End]))
		if sb.Len() > start {
			spans = append(spans, briefing.Span{Start: start, End: sb.Len()})
		}
		pos = m.End
	}
	sb.WriteString(oneLine(text[pos:hi]))
	if end < len(toks) {
		sb.WriteString("…")
	}
	return sb.String(), spans, true
}

// oneLine is sanitized text with every run of white space one space, a
// leading or trailing run kept as one space.
func oneLine(s string) string {
	lead := s != "" && strings.ContainsRune(" \t\r\n", rune(s[0]))
	trail := s != "" && strings.ContainsRune(" \t\r\n", rune(s[len(s)-1]))
	out := strings.Join(strings.Fields(sanitize.Line(s)), " ")
	if out == "" {
		if lead || trail {
			return " "
		}
		return ""
	}
	if lead {
		out = " " + out
	}
	if trail {
		out += " "
	}
	return out
}
