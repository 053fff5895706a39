//go:build linux || openbsd || dragonfly || solaris || illumos

package briefing

import (
	"io/fs"
	"syscall"
)

// sysStat is the inode and status change time (Unix nanoseconds) of a
// FileInfo that carries the system's status, else zeros, where the system
// names it Ctim (Linux, OpenBSD, DragonFly, Solaris, illumos):
// the index and the reader's own stat (statOf) then mark a file alike.
func sysStat(fi fs.FileInfo) (ino uint64, ctime int64) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	return uint64(st.Ino), syscall.TimespecToNsec(st.Ctim)
}
