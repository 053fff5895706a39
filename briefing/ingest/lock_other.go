//go:build !unix

package ingest

import "errors"

// ErrSyncRunning is returned when another sync holds the library's lock.
var ErrSyncRunning = errors.New("another sync of this library is running")

// lockLibrary is a no-op where flock is not available: two syncs of one
// library at once may then write an item twice.
func lockLibrary(string) (func(), error) { return func() {}, nil }
