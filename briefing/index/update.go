package index

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"strings"
	"sync"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/entity"
	"sitrep/briefing/ingest"
	"sitrep/briefing/story"
)

// batchSize is how many files one transaction writes: queries see the
// index grow batch by batch.
const batchSize = 256

// Stats says what an Update did.
type Stats struct {
	Files     int // briefing files found
	Added     int
	Changed   int
	Removed   int
	Unchanged int // skipped by size and modification time, or same hash
	Problems  int // files that could not be read or parsed
	Elapsed   time.Duration
}

// Progress is reported while an Update runs: how many of the files that
// needed reading are done.
type Progress struct {
	Done, Total int
}

// Update brings the index in step with the briefings (*.md at any depth,
// hidden files and directories left out) of fsys: new and changed files are
// read, parsed and analysed, removed ones dropped. A file whose status
// (size, modification time, change mark) is as indexed is not read; one whose content hash is
// as indexed is not parsed again. A file that cannot be read or parsed is
// recorded as a problem and the others go on. progress, when not nil, is
// called after each batch.
func (ix *Index) Update(ctx context.Context, fsys fs.FS, progress func(Progress)) (Stats, error) {
	ix.update.Lock()
	defer ix.update.Unlock()
	start := time.Now()
	var st Stats
	paths, err := listBriefings(fsys)
	if err != nil {
		return st, fmt.Errorf("index: list briefings: %w", err)
	}
	st.Files = len(paths)
	known, err := ix.knownFiles(ctx)
	if err != nil {
		return st, err
	}
	var todo []job
	for _, p := range paths {
		k, ok := known[p]
		delete(known, p) // what is left is gone
		info, err := fs.Stat(fsys, p)
		if err != nil {
			todo = append(todo, job{path: p, err: err})
			continue
		}
		if ok && k.Same(briefing.StatusOf(info)) {
			st.Unchanged++
			continue
		}
		j := job{path: p, info: info, known: ok}
		if ok {
			// Only a changed file's hash is wanted: a content as indexed
			// is not analysed again.
			if j.hash, err = ix.knownHash(ctx, p); err != nil {
				return st, err
			}
		}
		todo = append(todo, j)
	}
	gone := make([]string, 0, len(known))
	for p := range known {
		gone = append(gone, p)
	}
	changed, err := ix.apply(ctx, fsys, todo, gone, &st, progress)
	if err != nil {
		return st, err
	}
	// Every file is indexed now: a new index is complete (Complete). An
	// index complete already is not written.
	if complete, err := ix.Complete(ctx); err != nil {
		return st, err
	} else if !complete {
		if _, err := ix.db.ExecContext(ctx, `DELETE FROM meta WHERE key = 'partial'`); err != nil {
			return st, fmt.Errorf("index: %w", err)
		}
	}
	if changed {
		if _, err := ix.db.ExecContext(ctx, `UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'`); err != nil {
			return st, fmt.Errorf("index: %w", err)
		}
	}
	if st.Added+st.Changed+st.Removed > batchSize {
		// After a large update, fold the write-ahead log into the database
		// so that it does not keep its size on disk. Readers may hold it:
		// then it is folded later, by SQLite.
		ix.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	}
	st.Elapsed = time.Since(start)
	return st, nil
}

// Start runs Update in the background and returns at once; queries
// answer from what is indexed meanwhile. done receives the result.
func (ix *Index) Start(ctx context.Context, fsys fs.FS, progress func(Progress)) <-chan Result {
	done := make(chan Result, 1)
	go func() {
		st, err := ix.Update(ctx, fsys, progress)
		done <- Result{st, err}
	}()
	return done
}

// Result is what a background Update ends with.
type Result struct {
	Stats Stats
	Err   error
}

// job is one file to look at.
type job struct {
	path  string
	info  fs.FileInfo
	err   error // from listing or stat
	known bool
	hash  string // indexed hash, when known
}

// done is a job's outcome.
type done struct {
	job
	status  briefing.FileStatus
	newHash string
	same    bool // content as indexed: only the file's status changes
	doc     *docRow
	problem error
}

// knownFiles is the status of every file indexed, by path; their
// hashes are read only for the files that changed (knownHash), so that a
// library of 100,000 does not hold 100,000 of them to find a few.
func (ix *Index) knownFiles(ctx context.Context) (map[string]briefing.FileStatus, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT path, size, mtime, change FROM files`)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	defer rows.Close()
	out := map[string]briefing.FileStatus{}
	for rows.Next() {
		var p string
		var m briefing.FileStatus
		if err := rows.Scan(&p, &m.Size, &m.ModTime, &m.Change); err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
		out[p] = m
	}
	return out, rows.Err()
}

// knownHash is the content hash indexed for the file at path.
func (ix *Index) knownHash(ctx context.Context, path string) (string, error) {
	var h string
	if err := ix.db.QueryRowContext(ctx, `SELECT hash FROM files WHERE path = ?`, path).Scan(&h); err != nil {
		return "", fmt.Errorf("index: %s: %w", path, err)
	}
	return h, nil
}

// listBriefings lists the *.md files of fsys as briefing.Load does.
func listBriefings(fsys fs.FS) ([]string, error) {
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			return nil
		}
		if d.IsDir() && p != "." && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") && !strings.HasPrefix(d.Name(), ".") {
			paths = append(paths, p)
		}
		return nil
	})
	return paths, err
}

// apply reads and analyses the jobs on every core and writes the results
// and the removals in batches; it reports whether anything changed.
func (ix *Index) apply(ctx context.Context, fsys fs.FS, todo []job, gone []string, st *Stats, progress func(Progress)) (bool, error) {
	results := make(chan done, batchSize)
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for j := range jobs {
				results <- process(fsys, j)
			}
		})
	}
	go func() {
		defer close(jobs)
		for _, j := range todo {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	changed := len(gone) > 0
	batch := make([]done, 0, batchSize)
	n := 0
	flush := func() error {
		if err := ix.write(ctx, batch, nil, st); err != nil {
			return err
		}
		n += len(batch)
		for _, d := range batch {
			if !d.same {
				changed = true
			}
		}
		batch = batch[:0]
		if progress != nil {
			progress(Progress{Done: n, Total: len(todo)})
		}
		return nil
	}
	var err error
	for d := range results {
		if err != nil {
			continue // drain
		}
		batch = append(batch, d)
		if len(batch) == batchSize {
			err = flush()
		}
	}
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil && len(gone) > 0 {
		err = ix.write(ctx, nil, gone, st)
	}
	return changed, err
}

// process reads, hashes, parses and analyses one file.
func process(fsys fs.FS, j job) done {
	d := done{job: j}
	if j.err != nil {
		d.problem = &briefing.ParseError{File: j.path, Err: unwrapPath(j.err)}
		return d
	}
	d.status = briefing.StatusOf(j.info)
	if !j.info.Mode().IsRegular() {
		d.problem = &briefing.ParseError{File: j.path, Err: errors.New("not a regular file")}
		return d
	}
	if j.info.Size() > briefing.MaxFileSize {
		d.problem = &briefing.ParseError{File: j.path, Err: briefing.ErrTooLarge}
		return d
	}
	data, err := readLimited(fsys, j.path)
	if err != nil {
		d.problem = err
		return d
	}
	sum := sha256.Sum256(data)
	d.newHash = hex.EncodeToString(sum[:])
	if j.known && d.newHash == j.hash {
		d.same = true
		return d
	}
	b, body, err := briefing.Parse(j.path, data)
	if err != nil {
		d.problem = err
		return d
	}
	d.doc = newDocRow(b, body)
	return d
}

func readLimited(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, &briefing.ParseError{File: p, Err: unwrapPath(err)}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, briefing.MaxFileSize+1))
	if err != nil {
		return nil, &briefing.ParseError{File: p, Err: unwrapPath(err)}
	}
	if len(data) > briefing.MaxFileSize {
		return nil, &briefing.ParseError{File: p, Err: briefing.ErrTooLarge}
	}
	return data, nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// docRow is a briefing as the docs and facets tables hold it.
type docRow struct {
	b        *briefing.Briefing
	body     string // plain text
	places   string // names of places and actors, for the search's places column
	features []byte // story.Doc, encoded (see encodeFeatures)
	facets   [][2]string
	textKey  uint64 // ingest.TextKey of the body
}

// newDocRow analyses a parsed briefing.
func newDocRow(b *briefing.Briefing, body string) *docRow {
	doc := story.Analyze(b, body)
	r := &docRow{b: b, body: story.Plain(body), features: encodeFeatures(doc), textKey: ingest.TextKey(body)}
	var names []string
	for _, n := range doc.Entities {
		names = append(names, n.Name)
	}
	r.places = strings.Join(append(append([]string{b.Region, b.Dateline}, b.Countries...), names...), " · ")
	r.facets = Facets(b, doc)
	return r
}

// Facets are the values a briefing has for the region, country and role
// filters, folded, in the order found: the front matter's region and
// countries (by their gazetteer names where known), the regions and
// countries its title names or its text names at least twice, and the
// roles and categories of its key figures. The store keeps the same.
func Facets(b *briefing.Briefing, doc story.Doc) [][2]string {
	set := map[[2]string]bool{}
	var out [][2]string
	add := func(field, v string) {
		if v = FoldName(v); v != "" && !set[[2]string{field, v}] {
			set[[2]string{field, v}] = true
			out = append(out, [2]string{field, v})
		}
	}
	add("region", b.Region)
	for _, c := range b.Countries {
		add("country", c)
	}
	title := map[string]bool{}
	for _, m := range entity.Recognise(b.Title) {
		title[m.Name] = true
	}
	for _, n := range doc.Entities {
		if n.Count < 2 && !title[n.Name] {
			continue
		}
		switch n.Kind {
		case entity.Region:
			add("region", n.Name)
		case entity.Country:
			add("country", n.Name)
		}
	}
	for _, f := range doc.Figures {
		add("role", f.Role)
		add("role", f.Category)
	}
	return out
}

// FoldName is the form a region, country or role is compared in: its
// gazetteer name where it has one ("DRC" is "dr congo"), folded for case
// and accents.
func FoldName(s string) string {
	if e, ok := entity.Default().Lookup(s); ok && (e.Kind == entity.Country || e.Kind == entity.Region) {
		s = e.Name
	}
	return entity.PlaceKey(s)
}

// write applies a batch in one transaction.
func (ix *Index) write(ctx context.Context, batch []done, gone []string, st *Stats) error {
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer tx.Rollback()
	for _, d := range batch {
		if err := writeOne(ctx, tx, d, st); err != nil {
			return fmt.Errorf("index: %s: %w", d.path, err)
		}
	}
	for _, p := range gone {
		if err := deleteDoc(ctx, tx, p); err != nil {
			return fmt.Errorf("index: %s: %w", p, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM files WHERE path = ?`, p); err != nil {
			return fmt.Errorf("index: %s: %w", p, err)
		}
		st.Removed++
	}
	if err := refillBlocks(ctx, tx); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

func writeOne(ctx context.Context, tx *sql.Tx, d done, st *Stats) error {
	upsertFile := func(hash, problem string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO files(path, size, mtime, change, hash, problem) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, change = excluded.change,
				hash = excluded.hash, problem = excluded.problem`,
			d.path, d.status.Size, d.status.ModTime, d.status.Change, hash, problem)
		return err
	}
	switch {
	case d.problem != nil:
		st.Problems++
		if err := deleteDoc(ctx, tx, d.path); err != nil {
			return err
		}
		return upsertFile(d.newHash, d.problem.Error())
	case d.same:
		// Its content as indexed: its status is the file's now, and what
		// the index made of it stays, a problem too (a file that could
		// not be parsed, touched, is still a problem).
		// The status is written only over the content it was compared
		// with: another process (the SSH server beside a local reader)
		// may have indexed other content of the file since this one read
		// the stored hash, and the file's status now must not be put on
		// that content, or the file would never be read again. Left
		// alone, the older status has the file read at the next update.
		st.Unchanged++
		res, err := tx.ExecContext(ctx, `UPDATE files SET size = ?, mtime = ?, change = ? WHERE path = ? AND hash = ?`,
			d.status.Size, d.status.ModTime, d.status.Change, d.path, d.newHash)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE heads SET size = ?, mtime = ?, change = ? WHERE rowid = (SELECT rowid FROM docs WHERE path = ?)`,
			d.status.Size, d.status.ModTime, d.status.Change, d.path)
		return err
	}
	if d.known {
		st.Changed++
	} else {
		st.Added++
	}
	if err := deleteDoc(ctx, tx, d.path); err != nil {
		return err
	}
	b, r := d.doc.b, d.doc
	countries, _ := json.Marshal(b.Countries)
	tags, _ := json.Marshal(b.Tags)
	published := ""
	if !b.Undated() {
		published = b.Published.Format(briefing.DateLayout)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO docs(path, id, title, summary, published, source, url, region,
		countries, tags, dateline, body, places, features, textkey) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.path, b.ID, b.Title, b.Summary, published, b.Source, b.URL, b.Region, string(countries), string(tags),
		b.Dateline, r.body, r.places, r.features, int64(r.textKey))
	if err != nil {
		return err
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO heads(rowid, path, id, title, summary, published, source, url, region,
		countries, tags, dateline, size, mtime, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rowid, d.path, b.ID, b.Title, b.Summary, published, b.Source, b.URL, b.Region, string(countries), string(tags),
		b.Dateline, d.status.Size, d.status.ModTime, d.status.Change); err != nil {
		return err
	}
	for _, f := range r.facets {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO facets(field, value, doc) VALUES (?, ?, ?)`, f[0], f[1], rowid); err != nil {
			return err
		}
	}
	return upsertFile(d.newHash, "")
}

// deleteDoc removes the briefing of a path, its header and its facets, if
// indexed.
func deleteDoc(ctx context.Context, tx *sql.Tx, path string) error {
	var rowid int64
	err := tx.QueryRowContext(ctx, `SELECT rowid FROM docs WHERE path = ?`, path).Scan(&rowid)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM facets WHERE doc = ?`, rowid); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM heads WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM docs WHERE rowid = ?`, rowid)
	return err
}
