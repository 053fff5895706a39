package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/story"
)

// batchSize is how many briefings one import transaction writes.
const batchSize = 256

// Analysis is the version of what the store derives from a briefing
// (features, facets, the search vector): the embedded index's schema
// version, which changes when the analysis does. Import brings briefings
// analysed by an older sitrep up to date.
const Analysis = index.SchemaVersion

// ImportStats says what an Import did.
type ImportStats struct {
	Files     int // briefing files found
	Added     int
	Changed   int
	Unchanged int // same content as stored
	Problems  []error
}

// Import loads the briefings (*.md at any depth, hidden files and
// directories left out) of fsys into the store. It is idempotent: a
// briefing stored with the same content is not written again. A file that
// cannot be read or parsed is reported in Problems, naming it, and the
// others go on. Briefings in the store and not in fsys stay.
func (s *Store) Import(ctx context.Context, fsys fs.FS) (ImportStats, error) {
	var st ImportStats
	paths, err := listBriefings(fsys)
	if err != nil {
		return st, fmt.Errorf("store: list briefings: %w", err)
	}
	st.Files = len(paths)
	problems, err := s.reanalyse(ctx)
	st.Problems = append(st.Problems, problems...)
	if err != nil {
		return st, err
	}
	var batch []*row
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			for _, r := range batch {
				changed, added, err := put(ctx, tx, r)
				if err != nil {
					return fmt.Errorf("%s: %w", r.path, err)
				}
				switch {
				case added:
					st.Added++
				case changed:
					st.Changed++
				default:
					st.Unchanged++
				}
			}
			return nil
		})
		batch = batch[:0]
		return s.note(err)
	}
	// Read and analyse a batch on every core, then write it.
	for chunk := range slices.Chunk(paths, batchSize) {
		rows := make([]*row, len(chunk))
		errs := make([]error, len(chunk))
		var wg sync.WaitGroup
		next := make(chan int)
		for range max(1, runtime.GOMAXPROCS(0)) {
			wg.Go(func() {
				for i := range next {
					var data []byte
					if data, errs[i] = readLimited(fsys, chunk[i]); errs[i] == nil {
						rows[i], errs[i] = newRow(chunk[i], data)
					}
				}
			})
		}
		for i := range chunk {
			next <- i
		}
		close(next)
		wg.Wait()
		for i, r := range rows {
			if errs[i] != nil {
				st.Problems = append(st.Problems, errs[i])
				continue
			}
			batch = append(batch, r)
		}
		if err := flush(); err != nil {
			return st, fmt.Errorf("store: import: %w", err)
		}
	}
	if err := flush(); err != nil {
		return st, fmt.Errorf("store: import: %w", err)
	}
	return st, nil
}

// Put stores one briefing file (name is its file name, the ID is the name
// without .md), replacing the stored one of the same ID; it reports
// whether anything changed.
func (s *Store) Put(ctx context.Context, name string, data []byte) (bool, error) {
	r, err := newRow(name, data)
	if err != nil {
		return false, err
	}
	var changed bool
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var err error
		changed, _, err = put(ctx, tx, r)
		return err
	})
	if err = s.note(err); err != nil {
		return false, fmt.Errorf("store: %s: %w", name, err)
	}
	return changed, nil
}

// Remove deletes a briefing; it reports whether there was one.
func (s *Store) Remove(ctx context.Context, id string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM briefings WHERE id = $1`, id)
	if err = s.note(err); err != nil {
		return false, fmt.Errorf("store: remove %s: %w", id, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Len is the number of briefings stored.
func (s *Store) Len(ctx context.Context) (int, error) {
	var n int
	err := s.note(s.pool.QueryRow(ctx, `SELECT count(*) FROM briefings`).Scan(&n))
	return n, err
}

// Snapshot is the library as it is now, as a file system of "<id>.md"
// files (the Markdown as imported, modified at its last update), for
// briefing.Load.
func (s *Store) Snapshot(ctx context.Context) (fstest.MapFS, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, markdown, updated FROM briefings`)
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: snapshot: %w", err)
	}
	fsys := fstest.MapFS{}
	var id, md string
	var updated time.Time
	_, err = pgx.ForEachRow(rows, []any{&id, &md, &updated}, func() error {
		fsys[id+".md"] = &fstest.MapFile{Data: []byte(md), Mode: 0o444, ModTime: updated}
		return nil
	})
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: snapshot: %w", err)
	}
	return fsys, nil
}

// Library loads the library from a snapshot of the store.
func (s *Store) Library(ctx context.Context) (*briefing.Library, error) {
	fsys, err := s.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	return briefing.Load(fsys)
}

// ExportStats says what an Export did.
type ExportStats struct {
	Written, Unchanged int
}

// Export writes every briefing to dir as <id>.md, each atomically (a
// temporary file renamed). A file that exists with other content is not
// overwritten unless force; one with the same content is left alone.
func (s *Store) Export(ctx context.Context, dir string, force bool) (ExportStats, error) {
	var st ExportStats
	fsys, err := s.Snapshot(ctx)
	if err != nil {
		return st, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("export: %w", err)
	}
	var errs []error
	for name, f := range fsys {
		p := filepath.Join(dir, name)
		old, err := os.ReadFile(p)
		switch {
		case err == nil && string(old) == string(f.Data):
			st.Unchanged++
			continue
		case err == nil && !force:
			errs = append(errs, fmt.Errorf("export %s: exists with other content (--force overwrites)", p))
			continue
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			errs = append(errs, fmt.Errorf("export %s: %w", p, err))
			continue
		}
		if err := writeAtomic(p, f.Data); err != nil {
			errs = append(errs, fmt.Errorf("export %s: %w", p, err))
			continue
		}
		st.Written++
	}
	return st, errors.Join(errs...)
}

func writeAtomic(p string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(p), ".export-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, p)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// row is a briefing as the tables hold it.
type row struct {
	path     string
	b        *briefing.Briefing
	markdown string
	body     string
	features []byte
	doc      story.Doc
	search   string // the tsvector, in PostgreSQL's literal syntax
	hash     string
	facets   [][2]string
}

func newRow(name string, data []byte) (*row, error) {
	b, body, err := briefing.Parse(name, data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	doc := story.Analyze(b, body)
	features, err := json.Marshal(doc)
	if err != nil {
		return nil, &briefing.ParseError{File: name, Err: err}
	}
	r := &row{path: name, b: b, markdown: string(data), body: story.Plain(body), features: features,
		doc: doc, hash: hex.EncodeToString(sum[:])}
	var names []string
	for _, n := range doc.Entities {
		names = append(names, n.Name)
	}
	places := strings.Join(append(append([]string{b.Region, b.Dateline}, b.Countries...), names...), " · ")
	r.search = tsvector(b.Title, b.Summary, b.Source+" · "+places, r.body)
	r.facets = index.Facets(b, doc)
	return r, nil
}

// put writes a row unless the stored one has the same hash.
func put(ctx context.Context, tx pgx.Tx, r *row) (changed, added bool, err error) {
	b := r.b
	var published *time.Time
	if !b.Undated() {
		published = &b.Published
	}
	var inserted bool
	err = tx.QueryRow(ctx, `INSERT INTO briefings (id, title, summary, published, source, url, region,
		countries, tags, dateline, markdown, body, features, search, hash, analysis, updated)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::tsvector, $15, $16, now())
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
			published = excluded.published, source = excluded.source, url = excluded.url,
			region = excluded.region, countries = excluded.countries, tags = excluded.tags,
			dateline = excluded.dateline, markdown = excluded.markdown, body = excluded.body,
			features = excluded.features, search = excluded.search, hash = excluded.hash,
			analysis = excluded.analysis, updated = now()
		WHERE briefings.hash <> excluded.hash OR briefings.analysis <> excluded.analysis
		RETURNING xmax = 0`,
		b.ID, b.Title, b.Summary, published, b.Source, b.URL, b.Region, nonNil(b.Countries), nonNil(b.Tags),
		b.Dateline, r.markdown, r.body, r.features, r.search, r.hash, Analysis).Scan(&inserted)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, false, nil // same hash: nothing to do
	}
	if err != nil {
		return false, false, err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM facets WHERE briefing = $1`, b.ID); err != nil {
		return false, false, err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM entities WHERE briefing = $1`, b.ID); err != nil {
		return false, false, err
	}
	for _, f := range r.facets {
		if _, err := tx.Exec(ctx, `INSERT INTO facets (field, value, briefing) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
			f[0], f[1], b.ID); err != nil {
			return false, false, err
		}
	}
	for _, n := range r.doc.Entities {
		if _, err := tx.Exec(ctx, `INSERT INTO entities (briefing, kind, name, count) VALUES ($1, $2, $3, $4)
			ON CONFLICT (briefing, kind, name) DO UPDATE SET count = entities.count + excluded.count`,
			b.ID, string(n.Kind), n.Name, n.Count); err != nil {
			return false, false, err
		}
	}
	return true, inserted, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
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

// readLimited reads a regular file of at most briefing.MaxFileSize.
func readLimited(fsys fs.FS, p string) ([]byte, error) {
	info, err := fs.Stat(fsys, p)
	if err != nil {
		return nil, &briefing.ParseError{File: p, Err: unwrapPath(err)}
	}
	if !info.Mode().IsRegular() { // a FIFO would block the open
		return nil, &briefing.ParseError{File: p, Err: errors.New("not a regular file")}
	}
	if info.Size() > briefing.MaxFileSize {
		return nil, &briefing.ParseError{File: p, Err: briefing.ErrTooLarge}
	}
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

// ErrExists is a briefing that is in the store already.
var ErrExists = errors.New("exists in the store")

// Add stores a new briefing (as Put), refusing to replace one of the same
// ID unless force.
func (s *Store) Add(ctx context.Context, name string, data []byte, force bool) error {
	r, err := newRow(name, data)
	if err != nil {
		return err
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM briefings WHERE id = $1)`, r.b.ID).Scan(&exists); err != nil {
			return err
		}
		if exists && !force {
			return fmt.Errorf("briefing %s %w (--force replaces it)", r.b.ID, ErrExists)
		}
		_, _, err := put(ctx, tx, r)
		return err
	})
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: %s: %w", name, err)
	}
	return nil
}

// reanalyse analyses again, from the Markdown stored, the briefings that
// an older analysis derived. A briefing this sitrep can no longer parse
// keeps what it had, and is a problem.
func (s *Store) reanalyse(ctx context.Context) ([]error, error) {
	var problems []error
	for {
		rows, err := s.pool.Query(ctx, `SELECT id, markdown FROM briefings WHERE analysis <> $1 LIMIT $2`, Analysis, batchSize)
		if err = s.note(err); err != nil {
			return problems, fmt.Errorf("store: reanalyse: %w", err)
		}
		var stale []*row
		var broken []string
		var id, md string
		_, err = pgx.ForEachRow(rows, []any{&id, &md}, func() error {
			r, err := newRow(id+".md", []byte(md))
			if err != nil {
				problems = append(problems, err)
				broken = append(broken, id)
				return nil
			}
			stale = append(stale, r)
			return nil
		})
		if err = s.note(err); err != nil {
			return problems, fmt.Errorf("store: reanalyse: %w", err)
		}
		if len(stale)+len(broken) == 0 {
			return problems, nil
		}
		err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			for _, r := range stale {
				if _, _, err := put(ctx, tx, r); err != nil {
					return fmt.Errorf("%s: %w", r.path, err)
				}
			}
			_, err := tx.Exec(ctx, `UPDATE briefings SET analysis = $1 WHERE id = ANY($2)`, Analysis, broken)
			return err
		})
		if err = s.note(err); err != nil {
			return problems, fmt.Errorf("store: reanalyse: %w", err)
		}
	}
}
