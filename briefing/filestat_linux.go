package briefing

import (
	"io/fs"
	"syscall"
)

// sysStat is the inode and status change time (Unix nanoseconds) of a
// FileInfo that carries the system's status, else zeros.
func sysStat(fi fs.FileInfo) (ino uint64, ctime int64) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	return st.Ino, st.Ctim.Nano()
}
