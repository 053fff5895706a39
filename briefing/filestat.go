package briefing

import (
	"io/fs"

	"golang.org/x/sys/unix"
)

// fileStat is what a briefing file's status said when its header was
// read: its size and modification time (Unix nanoseconds) and, where the
// file system tells them, its inode and the time its status last changed
// (0: not known, as for a header stored in an index, which keeps the size
// and the time only). A file whose status says the same now is taken to
// hold what was read; one rewritten in place within the same tick of the
// clock with the same size shows a new status change time, one replaced
// by a rename (an atomic write) a new inode.
type fileStat struct {
	size, mtime, ctime int64
	ino                uint64
}

// statOf is the fileStat of a status from the system.
func statOf(st *unix.Stat_t) fileStat {
	return fileStat{size: st.Size, mtime: st.Mtim.Nano(), ctime: st.Ctim.Nano(), ino: st.Ino}
}

// statOfInfo is the fileStat of a file's FileInfo: the inode and the
// status change time where the file system gives its system's status
// (os.DirFS does), else the size and the time alone.
func statOfInfo(fi fs.FileInfo) fileStat {
	s := fileStat{size: fi.Size(), mtime: fi.ModTime().UnixNano()}
	if fi.ModTime().IsZero() {
		s.mtime = 0
	}
	s.ino, s.ctime = sysStat(fi)
	return s
}

// storedStat is the fileStat of a stored header: its size and time.
func storedStat(s StoredHeader) fileStat { return fileStat{size: s.Size, mtime: s.ModTime} }

// same reports whether the file read with s is, as far as the two
// statuses tell, the one read with t: the same size and modification
// time, and the same inode and status change time where both know them.
func (s fileStat) same(t fileStat) bool {
	return s.size == t.size && s.mtime == t.mtime &&
		(s.ino == 0 || t.ino == 0 || s.ino == t.ino) &&
		(s.ctime == 0 || t.ctime == 0 || s.ctime == t.ctime)
}
