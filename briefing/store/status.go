package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// ErrUnreachable wraps the errors of a database that cannot be reached
// (down, restarting, the network gone).
var ErrUnreachable = errors.New("the store is unreachable")

// Reachable reports whether the last use of the database reached it.
func (s *Store) Reachable() bool { return !s.unreachable.Load() }

// note records whether err says that the database is unreachable, and
// wraps it in ErrUnreachable when it does.
func (s *Store) note(err error) error {
	if err == nil {
		s.unreachable.Store(false)
		return nil
	}
	if !unreachable(err) {
		return err
	}
	s.unreachable.Store(true)
	return fmt.Errorf("%w: %w", ErrUnreachable, err)
}

// unreachable tells a failure to reach the database (refused, reset, cut
// off, shutting down) from an error the database answered with or one of
// sitrep's own.
func unreachable(err error) bool {
	if errors.Is(err, ErrUnreachable) {
		return true
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		// Connection exceptions, and a server shutting down or starting up.
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		strings.Contains(err.Error(), "conn closed")
}
