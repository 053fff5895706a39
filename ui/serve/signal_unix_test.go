//go:build unix

package serve

import (
	"os"
	"syscall"
)

// sighup sends SIGHUP to this process, as an administrator would.
func sighup() error { return syscall.Kill(os.Getpid(), syscall.SIGHUP) }
