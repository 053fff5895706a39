// Package index keeps an embedded index of a library in SQLite (through
// modernc.org/sqlite, pure Go, with FTS5): the front matter, the body as
// plain text, and what the story package derives from each briefing
// (entities, places, figures with their roles, the timeline, distinctive
// words). It answers library-wide search, stories, related briefings and
// theatre timelines (it implements briefing.Index).
//
// The Markdown files stay the source of truth: the index is a cache in the
// XDG cache directory, kept in step with the files by path, size,
// modification time, change mark (briefing.FileStatus) and content hash, and rebuilt when it is missing or of
// another schema version. Update catches up with the files in batches,
// each its own transaction, so that queries run meanwhile and see what is
// done (SQLite in WAL mode: readers do not wait for the writer). A new
// index is partial until its first Update has run to its end (Complete):
// what it holds meanwhile is not yet the library.
//
// It imports the domain (sitrep/briefing, entity, ingest, sanitize, story)
// and SQLite, never a UI package.
package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"modernc.org/sqlite" // also the database/sql driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"sitrep/briefing"
)

// SchemaVersion is the version of the tables below and of what they hold:
// raise it when the tables or the analysis (story.Analyze, the entity
// lists, the extractor) change, or the format of the kept header blocks
// (headsRow, headerFields in headers.go), so that every index is rebuilt. An index
// of another version is deleted and rebuilt (it is only a cache).
const SchemaVersion = 45

const schema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
	path TEXT PRIMARY KEY,
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL,
	change INTEGER NOT NULL DEFAULT 0,
	hash TEXT NOT NULL,
	problem TEXT NOT NULL DEFAULT ''
);
CREATE TABLE docs(
	rowid INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE,
	id TEXT NOT NULL,
	title TEXT NOT NULL,
	summary TEXT NOT NULL,
	published TEXT NOT NULL,
	source TEXT NOT NULL,
	url TEXT NOT NULL,
	region TEXT NOT NULL,
	countries TEXT NOT NULL,
	tags TEXT NOT NULL,
	dateline TEXT NOT NULL,
	body TEXT NOT NULL,
	places TEXT NOT NULL,
	features BLOB NOT NULL,
	textkey INTEGER NOT NULL
);
-- heads holds what a list needs of each docs row (its header and its
-- file's status), by the docs row's rowid: a few hundred bytes a row,
-- where a docs row holds the body too, so that Headers reads a library's
-- 100,000 headers from some thousands of pages instead of 100,000.
CREATE TABLE heads(
	rowid INTEGER PRIMARY KEY,
	path TEXT NOT NULL,
	id TEXT NOT NULL,
	title TEXT NOT NULL,
	summary TEXT NOT NULL,
	published TEXT NOT NULL,
	source TEXT NOT NULL,
	url TEXT NOT NULL,
	region TEXT NOT NULL,
	countries TEXT NOT NULL,
	tags TEXT NOT NULL,
	dateline TEXT NOT NULL,
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL,
	change INTEGER NOT NULL
);
-- headblocks holds the stored headers of the heads rows whose rowids
-- share all but their last 10 bits (block id = rowid >> 10), as Headers
-- reads them (group_concat of headsRow), made when a write transaction
-- ends (refillBlocks): SQLite made them row by row at each read, 60% of
-- its time. The triggers drop a block when a row of it changes and mark
-- it in headdirty, so that no block is ever older than its rows; a block
-- that could be longer than maxKeptBlock stays out, and Headers reads its
-- rows.
CREATE TABLE headblocks(id INTEGER PRIMARY KEY, size INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE headdirty(id INTEGER PRIMARY KEY);
CREATE TRIGGER heads_ai AFTER INSERT ON heads BEGIN
	DELETE FROM headblocks WHERE id = new.rowid >> 10;
	INSERT OR IGNORE INTO headdirty(id) VALUES (new.rowid >> 10);
END;
CREATE TRIGGER heads_au AFTER UPDATE ON heads BEGIN
	DELETE FROM headblocks WHERE id IN (old.rowid >> 10, new.rowid >> 10);
	INSERT OR IGNORE INTO headdirty(id) VALUES (old.rowid >> 10), (new.rowid >> 10);
END;
CREATE TRIGGER heads_ad AFTER DELETE ON heads BEGIN
	DELETE FROM headblocks WHERE id = old.rowid >> 10;
	INSERT OR IGNORE INTO headdirty(id) VALUES (old.rowid >> 10);
END;
-- The files with a problem, for Problems: a few, where the files are
-- 100,000.
CREATE INDEX files_problems ON files(path) WHERE problem != '';
CREATE INDEX docs_id ON docs(id);
CREATE INDEX docs_textkey ON docs(textkey);
CREATE INDEX docs_published ON docs(published);
CREATE TABLE facets(
	field TEXT NOT NULL,
	value TEXT NOT NULL,
	doc INTEGER NOT NULL,
	PRIMARY KEY(field, value, doc)
) WITHOUT ROWID;
CREATE INDEX facets_doc ON facets(doc);
CREATE VIRTUAL TABLE fts USING fts5(
	title, summary, body, source, places,
	content='docs', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
	INSERT INTO fts(rowid, title, summary, body, source, places)
	VALUES (new.rowid, new.title, new.summary, new.body, new.source, new.places);
END;
CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN
	INSERT INTO fts(fts, rowid, title, summary, body, source, places)
	VALUES ('delete', old.rowid, old.title, old.summary, old.body, old.source, old.places);
END;
`

// Index is an open index database. It is safe for concurrent use: one
// Update at a time writes, any number of queries read.
type Index struct {
	db   *sql.DB
	path string

	// update serialises writers.
	update sync.Mutex

	// cache holds the stories, for the generation they were computed at.
	cacheMu sync.Mutex
	cache   *derived
}

// DefaultPath is where the index of a library lives: in sitrep's XDG cache
// directory, one file per library directory ("" is the embedded samples).
func DefaultPath(libraryDir string) (string, error) {
	dir, err := briefing.CacheDir()
	if err != nil {
		return "", err
	}
	key := "embedded"
	if libraryDir != "" {
		if key, err = briefing.CacheKey(libraryDir); err != nil {
			return "", fmt.Errorf("index: %w", err)
		}
	}
	return filepath.Join(dir, "index", key+".db"), nil
}

// Open opens the index at path, creating it (and its directory) when
// missing and rebuilding it empty when it is of another schema version or
// unreadable. It does not read the library: call Update (or Start).
func Open(path string) (*Index, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix, err := open(context.Background(), path, true)
	if err == nil {
		return ix, nil
	}
	if !rebuildable(err) {
		// Busy past the timeout (another writer holds it) or out of
		// memory: the file is someone's index, not a damaged one.
		return nil, err
	}
	// A cache of another version or a damaged file: start again.
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if rmErr := os.Remove(p); rmErr != nil && !errors.Is(rmErr, os.ErrNotExist) {
			return nil, fmt.Errorf("index %s: %v; and removing it: %w", path, err, rmErr)
		}
	}
	return open(context.Background(), path, true)
}

// rebuildable reports whether an error of open means the file is no index
// of this version — another schema, no meta table, not a database, a
// damaged one — and can be removed and made again. A lock held past the
// busy timeout is not: removing the file would pull the index from under
// the writer that holds it.
func rebuildable(err error) bool {
	if errors.Is(err, errVersion) || errors.Is(err, errNotIndex) {
		return true
	}
	var serr *sqlite.Error
	if !errors.As(err, &serr) {
		return false
	}
	switch serr.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_SCHEMA, sqlite3.SQLITE_FORMAT:
		return true
	}
	return false
}

// OpenExisting opens the index at path to read what it holds, and never
// creates, rebuilds or removes one: a missing index, or one of another
// schema version, is an error. A command that only reads (list) uses it;
// the index is built by those that need it whole (search, the reader).
// The file is opened read-only: an empty file (one another process has
// just created), another database or any other file is refused with an
// error naming it, and left as it was. ctx ends the opening too: a file
// locked by another writer is waited for up to the busy timeout (10 s),
// and a reader that quits meanwhile stops waiting.
func OpenExisting(ctx context.Context, path string) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return open(ctx, path, false)
}

// errVersion is an index of another schema version; errNotIndex a file
// that holds no index (yet).
var (
	errVersion  = errors.New("index of another schema version")
	errNotIndex = errors.New("not an index of sitrep (no meta table)")
)

// open opens the index at path; create makes the tables of a new one, and
// without it the file is opened read-only.
func open(ctx context.Context, path string, create bool) (*Index, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(OFF)"
	if !create {
		// An index is in WAL mode already; setting it would write.
		dsn = "file:" + path + "?mode=ro&_pragma=busy_timeout(10000)&_pragma=foreign_keys(OFF)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	ix := &Index{db: db, path: path}
	if err := ix.init(ctx, create); err != nil {
		db.Close()
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	return ix, nil
}

// init checks the version of an existing index, or creates the tables of
// a new one when create allows it.
func (ix *Index) init(ctx context.Context, create bool) error {
	var n int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'meta'`).Scan(&n); err != nil {
		return err
	}
	if n == 0 && !create {
		return errNotIndex
	}
	if n == 0 {
		tx, err := ix.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if _, err := tx.Exec(schema); err != nil {
			return fmt.Errorf("create tables: %w", err)
		}
		// A new index is partial until an Update has run to its end: one
		// interrupted (or still running) holds only the batches written.
		if _, err := tx.Exec(`INSERT INTO meta(key, value) VALUES ('schema', ?), ('generation', '0'), ('partial', '1')`, strconv.Itoa(SchemaVersion)); err != nil {
			return err
		}
		return tx.Commit()
	}
	var v string
	if err := ix.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'schema'`).Scan(&v); err != nil {
		return fmt.Errorf("%w: %v", errVersion, err)
	}
	if v != strconv.Itoa(SchemaVersion) {
		return fmt.Errorf("%w: %s, want %d", errVersion, v, SchemaVersion)
	}
	return nil
}

// Path is the index's file.
func (ix *Index) Path() string { return ix.path }

// Close closes the database.
func (ix *Index) Close() error { return ix.db.Close() }

// Len is the number of briefings indexed.
func (ix *Index) Len(ctx context.Context) (int, error) {
	var n int
	err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM docs`).Scan(&n)
	return n, err
}

// Complete reports whether the index holds every briefing the library had
// when an Update last ran to its end. A new index fills batch by batch
// (queries see it grow): until its first Update ends, whether still
// running or interrupted (a reader quit while the index was built), it
// lacks briefings the library has, and what it holds is not what the
// library was. An index made before this was recorded counts as complete.
func (ix *Index) Complete(ctx context.Context) (bool, error) {
	var n int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM meta WHERE key = 'partial'`).Scan(&n); err != nil {
		return false, fmt.Errorf("index: %w", err)
	}
	return n == 0, nil
}

// generation counts the updates that changed the index.
func (ix *Index) generation(ctx context.Context) (int64, error) {
	var v string
	if err := ix.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'generation'`).Scan(&v); err != nil {
		return 0, fmt.Errorf("index: %w", err)
	}
	return strconv.ParseInt(v, 10, 64)
}

// problemsQuery lists the problems of the files (files_problems holds
// them).
const problemsQuery = `SELECT problem FROM files WHERE problem != '' ORDER BY path`

// Problems lists the files the index could not read, each naming the file
// and why, as the library does.
func (ix *Index) Problems(ctx context.Context) ([]error, error) {
	rows, err := ix.db.QueryContext(ctx, problemsQuery)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	defer rows.Close()
	var out []error
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			return nil, err
		}
		out = append(out, errors.New(msg)) // the message names the file
	}
	return out, rows.Err()
}
