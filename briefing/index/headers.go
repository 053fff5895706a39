package index

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"sitrep/briefing"
)

// Headers returns the front matter of every briefing indexed, with the
// status (size, modification time, change mark) its file had when it was
// indexed, without
// reading any file: what a list or the reader's first frame needs, at a
// fraction of the cost of reading every file's header. Files recorded as
// problems are left out (a loader reads them again, and reports them).
// briefing.LoadStored and briefing.FromStored turn them into a library.
func (ix *Index) Headers(ctx context.Context) ([]briefing.StoredHeader, error) {
	// The rows are read a block at a time (the rows whose rowids share
	// all but their last 10 bits), each block as one value: the one
	// headblocks keeps of it, made when it was last written, else made
	// now (group_concat): the driver's cost is per row and per column,
	// and SQLite's is mostly in making each row's text. One transaction
	// reads every block, so that an update committed meanwhile is seen
	// whole or not at all. A block longer than maxHeaderBlock (headers of
	// hostile length) is refused by SQLite before it is made, and read a
	// row at a time.
	conn, err := ix.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer conn.Close()
	was, err := sqlite.Limit(conn, sqlite3.SQLITE_LIMIT_LENGTH, maxHeaderBlock)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer sqlite.Limit(conn, sqlite3.SQLITE_LIMIT_LENGTH, was)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer tx.Rollback()
	kept, err := keptBlocks(ctx, tx)
	if err != nil {
		return nil, err
	}
	next, err := tx.PrepareContext(ctx, `SELECT min(rowid) FROM heads WHERE rowid > ?`)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer next.Close()
	// A kept block is read when its turn comes: read all at once, they
	// were 30 MB at 100,000 briefings.
	keptBlock, err := tx.PrepareContext(ctx, `SELECT data FROM headblocks WHERE id = ?`)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer keptBlock.Close()
	r := newHeaderRows()
	// Each block that has rows, found by a search of the rowids from the
	// last block's end: rowids far apart (an index edited by hand) never
	// make a loop of empty blocks.
	for after := int64(math.MinInt64); ; {
		var at sql.NullInt64
		if err := next.QueryRowContext(ctx, after).Scan(&at); err != nil {
			return nil, fmt.Errorf("index: headers: %w", err)
		}
		if !at.Valid {
			break
		}
		first, last := blockOf(at.Int64)
		if kept[first>>blockBits] {
			var block string
			if err = keptBlock.QueryRowContext(ctx, first>>blockBits).Scan(&block); err != nil {
				return nil, fmt.Errorf("index: headers: %w", err)
			}
			err = r.add(block)
		} else {
			err = r.block(ctx, tx, first, last)
		}
		if err != nil {
			return nil, err
		}
		if last == math.MaxInt64 {
			break
		}
		after = last
	}
	return r.result(), nil
}

// blockBits is how many of a rowid's last bits its block leaves out: a
// block holds up to 1,024 rows, a value of a few hundred kilobytes.
const blockBits = 10

// blockOf is the first and last rowid of the block of rowid.
func blockOf(rowid int64) (first, last int64) {
	first = rowid >> blockBits << blockBits
	return first, first + (1<<blockBits - 1)
}

// keptBlocks is the ids of the blocks headblocks keeps but those longer
// than maxHeaderBlock.
func keptBlocks(ctx context.Context, tx *sql.Tx) (map[int64]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM headblocks WHERE size <= ?`, maxHeaderBlock)
	if err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	defer rows.Close()
	kept := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("index: headers: %w", err)
		}
		kept[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("index: headers: %w", err)
	}
	return kept, nil
}

// block reads the rows of rowids first to last as one value, or a row at
// a time when that value would be too long.
func (r *headerRows) block(ctx context.Context, tx *sql.Tx, first, last int64) error {
	const from = ` FROM heads h WHERE h.rowid >= ? AND h.rowid <= ?`
	var block sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT group_concat(`+headsRow+`, char(0))`+from, first, last).Scan(&block)
	var serr *sqlite.Error
	switch {
	case errors.As(err, &serr) && serr.Code() == sqlite3.SQLITE_TOOBIG:
		return r.query(ctx, tx, `SELECT `+headsRow+from, first, last)
	case err != nil:
		return fmt.Errorf("index: headers: %w", err)
	}
	return r.add(block.String)
}

// maxKeptBlock is the most bytes a block of headblocks may take: one of
// headers of hostile length is not made (its 1,024 rows of 2 MiB would be
// 2 GiB in the writer's memory), and Headers reads its rows.
const maxKeptBlock = 16 << 20

// headsRowBound is, for a heads row h, a bound on the bytes of its text
// in a block (headsRow and a separator), from the columns' stored sizes:
// SQLite reads them without reading the columns (octet_length).
const headsRowBound = `octet_length(h.path) + octet_length(h.title) + octet_length(h.summary) + octet_length(h.url) +
	octet_length(h.id) + octet_length(h.published) + octet_length(h.source) + octet_length(h.region) +
	octet_length(h.countries) + octet_length(h.tags) + octet_length(h.dateline) + 3*20 + 14`

// refillBlocks makes again, in tx, the blocks of headblocks that writes
// of tx dropped (headdirty): each one value, as Headers would make it. A
// block that could be longer than maxKeptBlock stays out.
func refillBlocks(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM headdirty`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	const block = ` FROM heads h WHERE h.rowid >= ? AND h.rowid <= ?`
	for _, id := range ids {
		first, last := blockOf(id << blockBits)
		var bound sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT sum(`+headsRowBound+`)`+block, first, last).Scan(&bound); err != nil {
			return err
		}
		if !bound.Valid || bound.Int64 > maxKeptBlock {
			continue // no rows left, or too long a block
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO headblocks(id, size, data)
			SELECT ?, octet_length(d), d FROM (SELECT group_concat(`+headsRow+`, char(0)) AS d`+block+`)`,
			id, first, last); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM headdirty`)
	return err
}

// maxHeaderBlock is the most bytes Headers lets SQLite make one value of:
// a block of 1,024 headers of 2 MiB each would be 2 GiB. A variable for
// the tests.
var maxHeaderBlock = 16 << 20

// headsRow is the stored header of a heads row h, as one text of
// headerFields fields joined by NUL (which neither a file name nor a
// sanitized field holds). The blocks kept on disk hold this text:
// a change of it raises SchemaVersion, or every kept block misreads.
const headsRow = `concat_ws(char(0), h.path, h.title, h.summary, h.url, h.id, h.published, h.source, h.region,
	h.countries, h.tags, h.dateline, h.size, h.mtime, h.change)`

const headerFields = 14

// NewestHeaders returns the stored headers of the n briefings a library
// lists first (newest first, then by title and ID; undated ones last),
// for a first screen: a few milliseconds where Headers takes a tenth of a
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
// BY and LIMIT clause) selects, in its order.
func (ix *Index) headers(ctx context.Context, where string) ([]briefing.StoredHeader, error) {
	r := newHeaderRows()
	if err := r.query(ctx, ix.db, `SELECT `+headsRow+` FROM docs d JOIN heads h ON h.rowid = d.rowid `+where); err != nil {
		return nil, err
	}
	return r.result(), nil
}

// query reads the rows of headsRow a query selects, a row at a time.
func (r *headerRows) query(ctx context.Context, db interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("index: headers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var row string
		if err := rows.Scan(&row); err != nil {
			return fmt.Errorf("index: headers: %w", err)
		}
		if err := r.add(row); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("index: headers: %w", err)
	}
	return nil
}

// headerRows turns rows of headsRow into stored headers. The values many
// briefings share (a source, a region, a list of countries, a date) are
// read once: a library of 100,000 holds a few thousand.
type headerRows struct {
	// parts are the headers read, in order: each block's made at its
	// size, and the rows read one at a time appended to the last;
	// result joins them once. Appended to one slice, the headers of
	// 100,000 briefings were copied as it grew, 50 ms of a reader's
	// catch-up.
	parts  [][]briefing.StoredHeader
	single bool // the last part is of rows read one at a time
	shared map[string]string
	lists  map[string][]string
	dates  map[string]time.Time
}

func newHeaderRows() *headerRows {
	return &headerRows{shared: map[string]string{}, lists: map[string][]string{}, dates: map[string]time.Time{}}
}

// add reads rows of headsRow joined by NUL (one row, or a block).
func (r *headerRows) add(rows string) error {
	if rows == "" {
		return nil
	}
	fields := strings.Count(rows, "\x00") + 1
	if fields%headerFields != 0 {
		return fmt.Errorf("index: headers: %d fields, not rows of %d", fields, headerFields)
	}
	// The briefings are made together, and the fields each has alone
	// (path, title, summary, URL) copied into one string for them all:
	// a few allocations a block, not a few a row.
	bs := make([]briefing.Briefing, fields/headerFields)
	out := r.part(len(bs))
	owned := make([]string, 0, 4*len(bs))
	size := 0
	var f [headerFields]string
	for i := range bs {
		for j := range f {
			f[j], rows, _ = strings.Cut(rows, "\x00")
		}
		h, err := r.header(&bs[i], f)
		if err != nil {
			return err
		}
		out = append(out, h)
		owned = append(owned, f[:4]...)
		size += len(f[0]) + len(f[1]) + len(f[2]) + len(f[3])
	}
	r.parts[len(r.parts)-1] = out
	var own strings.Builder
	own.Grow(size)
	for _, s := range owned {
		own.WriteString(s)
	}
	text := own.String()
	next := func() string {
		s := text[:len(owned[0])]
		text, owned = text[len(owned[0]):], owned[1:]
		return s
	}
	for i := range bs {
		b := &bs[i]
		b.Path, b.Title, b.Summary, b.URL = next(), next(), next(), next()
		if base := path.Base(b.Path); strings.TrimSuffix(base, ".md") == b.ID {
			b.ID = b.Path[len(b.Path)-len(base) : len(b.Path)-len(".md")] // as parseMeta shares it
		} else {
			b.ID = strings.Clone(b.ID)
		}
	}
	return nil
}

// part is the part that the headers of n rows read together are to be
// appended to.
func (r *headerRows) part(n int) []briefing.StoredHeader {
	if n == 1 && r.single {
		return r.parts[len(r.parts)-1]
	}
	r.parts = append(r.parts, make([]briefing.StoredHeader, 0, n))
	r.single = n == 1
	return r.parts[len(r.parts)-1]
}

// result is the headers read, in order.
func (r *headerRows) result() []briefing.StoredHeader {
	switch len(r.parts) {
	case 0:
		return nil
	case 1:
		return r.parts[0]
	}
	n := 0
	for _, p := range r.parts {
		n += len(p)
	}
	out := make([]briefing.StoredHeader, 0, n)
	for _, p := range r.parts {
		out = append(out, p...)
	}
	return out
}

// header fills b with the fields f of a row but its own four (path,
// title, summary, URL), which add copies, and gives its stored header.
// b.ID is f's until add shares or copies it.
func (r *headerRows) header(b *briefing.Briefing, f [headerFields]string) (briefing.StoredHeader, error) {
	p := f[0]
	b.ID = f[4]
	if f[5] != "" {
		t, ok := r.dates[f[5]]
		if !ok {
			var err error
			if t, err = time.Parse(briefing.DateLayout, f[5]); err != nil {
				return briefing.StoredHeader{}, fmt.Errorf("index: %s: published %q: %w", p, f[5], err)
			}
			r.dates[strings.Clone(f[5])] = t
		}
		b.Published = t
	}
	b.Source, b.Region, b.Dateline = r.str(f[6]), r.str(f[7]), r.str(f[10])
	var err error
	if b.Countries, err = r.list(f[8]); err != nil {
		return briefing.StoredHeader{}, fmt.Errorf("index: %s: countries: %w", p, err)
	}
	if b.Tags, err = r.list(f[9]); err != nil {
		return briefing.StoredHeader{}, fmt.Errorf("index: %s: tags: %w", p, err)
	}
	s := briefing.StoredHeader{Briefing: b}
	if s.Size, err = parseInt(f[11]); err != nil {
		return briefing.StoredHeader{}, fmt.Errorf("index: %s: size: %w", p, err)
	}
	if s.ModTime, err = parseInt(f[12]); err != nil {
		return briefing.StoredHeader{}, fmt.Errorf("index: %s: mtime: %w", p, err)
	}
	if s.Change, err = parseChange(f[13]); err != nil {
		return briefing.StoredHeader{}, fmt.Errorf("index: %s: change mark: %w", p, err)
	}
	return s, nil
}

// parseInt is strconv.ParseInt(s, 10, 64), read by digits when s is
// nothing else: three numbers a stored header, 300,000 at 100,000
// briefings, most of them times of 19 digits.
func parseInt(s string) (int64, error) {
	if n, ok := digits(s); ok && n <= math.MaxInt64 {
		return int64(n), nil
	}
	return strconv.ParseInt(s, 10, 64)
}

// parseChange is strconv.ParseUint(s, 10, 32) as parseInt is ParseInt.
func parseChange(s string) (uint32, error) {
	if n, ok := digits(s); ok && n <= math.MaxUint32 {
		return uint32(n), nil
	}
	n, err := strconv.ParseUint(s, 10, 32)
	return uint32(n), err
}

// digits is the value of s when s is 1 to 19 decimal digits (which a
// uint64 holds), else false: a sign, another byte or more digits are left
// to strconv, and its errors.
func digits(s string) (uint64, bool) {
	if len(s) == 0 || len(s) > 19 {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + uint64(d)
	}
	return n, true
}

// str is raw, held once.
func (r *headerRows) str(raw string) string {
	if s, ok := r.shared[raw]; ok {
		return s
	}
	s := strings.Clone(raw)
	r.shared[s] = s
	return s
}

// list is the stored list raw, held once, its strings too.
func (r *headerRows) list(raw string) ([]string, error) {
	if l, ok := r.lists[raw]; ok {
		return l, nil
	}
	l, err := decodeList(raw)
	if err != nil {
		return nil, err
	}
	for i := range l {
		l[i] = r.str(l[i])
	}
	r.lists[strings.Clone(raw)] = l
	return l, nil
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
