package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"sitrep/briefing/index"
	"sitrep/briefing/indextest"
	"sitrep/briefing/store/pgtest"
	"sitrep/content"
)

var server *pgtest.Server

func TestMain(m *testing.M) { pgtest.Main(m, &server) }

// open opens a store on a new database of the test server.
func open(t *testing.T) (*Store, string) {
	t.Helper()
	pgtest.Need(t, server)
	dsn := server.Database(t)
	s, err := Open(context.Background(), dsn, Options{MaxConns: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s, dsn
}

// openTwo opens two stores on one new database, as two front ends (two
// pools): a as open gives it, b with a pool of two; both close with the
// test.
func openTwo(t *testing.T) (a, b *Store) {
	t.Helper()
	a, dsn := open(t)
	b, err := Open(context.Background(), dsn, Options{MaxConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return a, b
}

// openSamples opens a store holding the embedded sample library.
func openSamples(t *testing.T) *Store {
	t.Helper()
	s, _ := open(t)
	st, err := s.Import(context.Background(), content.Briefings())
	if err != nil || st.Added != indextest.Samples || len(st.Problems) != 0 {
		t.Fatalf("import: %+v, %v", st, err)
	}
	return s
}

// TestIndexTable runs the same table against the embedded index and the
// store.
func TestIndexTable(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		ix, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		if _, err := ix.Update(context.Background(), content.Briefings(), nil); err != nil {
			t.Fatal(err)
		}
		indextest.Run(t, ix)
	})
	t.Run("postgres", func(t *testing.T) {
		indextest.Run(t, openSamples(t))
	})
}

func TestUnreachable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{&pgconn.PgError{Code: "57P01"}, true},                    // admin shutdown
		{&pgconn.PgError{Code: "08006"}, true},                    // connection failure
		{&pgconn.PgError{Code: "23505"}, false},                   // unique violation: the database answered
		{fmt.Errorf("read: %w", io.ErrUnexpectedEOF), true},       // cut off mid-answer
		{fmt.Errorf("dial: %w", syscall.ECONNREFUSED), true},      // nothing listening
		{errors.New("conn closed"), true},                         // pgx on a closed connection
		{context.Canceled, false},                                 // the caller gave up
		{errors.New("can't scan into dest[0]: bad value"), false}, // our own mistake
		{fmt.Errorf("x: %w", ErrUnreachable), true},
	}
	for _, tt := range tests {
		if got := unreachable(tt.err); got != tt.want {
			t.Errorf("unreachable(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
