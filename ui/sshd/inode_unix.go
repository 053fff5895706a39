//go:build unix

package sshd

import (
	"os"
	"syscall"
)

// inodeOf returns the file's inode, so that a file replaced by rename with
// the same size and time is still seen as changed.
func inodeOf(info os.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino) //nolint:unconvert // int64 on some platforms
	}
	return 0
}
