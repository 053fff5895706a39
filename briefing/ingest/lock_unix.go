//go:build unix

package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// syncLockName is the lock file that keeps two syncs of one library (a
// scheduled one in the server and one from the command line, say) from
// writing the same items.
const syncLockName = ".feeds-sync.lock"

// ErrSyncRunning is returned when another sync holds the library's lock.
var ErrSyncRunning = errors.New("another sync of this library is running")

// lockLibrary takes the library's sync lock without waiting, and returns
// the function that releases it. The lock is released by the system if
// the process dies.
func lockLibrary(dir string) (func(), error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	path := filepath.Join(dir, syncLockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: %w", dir, ErrSyncRunning)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
