// Package store keeps a library, what is derived from its briefings, the
// feed list and per-key reading state in PostgreSQL, for a team whose
// several `sitrep serve` front ends share one database.
//
// The Markdown file stays the unit of a briefing: the store holds each
// file as imported and hands the library back as a file system (Snapshot)
// that briefing.Load reads as it reads a directory. Search runs on
// PostgreSQL's full-text search with the query syntax and ranking of the
// embedded index (it implements briefing.Index); stories, related
// briefings and timelines are computed from the features the store keeps.
// Every front end hears of a change to the library or to a key's reading
// state through LISTEN/NOTIFY.
//
// The schema is versioned by the SQL files in migrations/, applied on
// Open in one transaction under an advisory lock; a database of a newer
// schema is refused.
//
// It imports the domain (sitrep/briefing, index, story, entity, sanitize)
// and pgx, never a UI package.
package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the key of the advisory lock held while migrating, so
// that front ends starting together migrate once.
const migrationLock = 0x5174_7265_7001

// Options tune a Store.
type Options struct {
	// MaxConns is the size of the connection pool (0: pgx's default, the
	// larger of 4 and the number of CPUs).
	MaxConns int
}

// Store is a library and reading state in PostgreSQL. It is safe for
// concurrent use.
type Store struct {
	pool *pgxpool.Pool

	// unreachable is set while the database cannot be reached.
	unreachable atomic.Bool

	cacheMu sync.Mutex
	cache   *derived
}

// ErrNewerSchema is a database migrated by a newer sitrep.
var ErrNewerSchema = errors.New("the database's schema is newer than this sitrep knows: upgrade sitrep")

// Open connects to the database dsn names (postgres://…) and brings its
// schema up to date.
func Open(ctx context.Context, dsn string, opt Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if opt.MaxConns > 0 {
		cfg.MaxConns = int32(opt.MaxConns)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s := &Store{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the pool.
func (s *Store) Close() { s.pool.Close() }

// migration is one versioned SQL file.
type migration struct {
	version int
	name    string
}

// listMigrations lists the schema versions in the repository, in order.
func listMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: the name does not start with a version", e.Name())
		}
		out = append(out, migration{v, e.Name()})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	return out, nil
}

// SchemaVersion is the newest schema this sitrep knows.
func SchemaVersion() int {
	ms, err := listMigrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies the migrations the database lacks, in one transaction
// under an advisory lock.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := listMigrations()
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
			return err
		}
		var current int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return err
		}
		if latest := ms[len(ms)-1].version; current > latest {
			return fmt.Errorf("%w (database: version %d, this sitrep: %d)", ErrNewerSchema, current, latest)
		}
		for _, m := range ms {
			if m.version <= current {
				continue
			}
			sql, err := fs.ReadFile(migrations, path.Join("migrations", m.name))
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, string(sql)); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return nil
}
