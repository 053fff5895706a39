package briefing

import (
	"io/fs"
	"math"
)

// fileStat is what a briefing file's status said when its header was
// read: its size and modification time and, where the file system tells
// them, a fingerprint of its inode and of the time its status last
// changed. A file whose status says the same now is taken to hold what
// was read. One rewritten in place with the same size and its time put
// back, or copied with its time kept, shows another status change time;
// one replaced by a rename (an atomic write), another inode. A rewrite of
// the same size within the clock tick in which the file was read shows
// none on a file system with coarse timestamps (Linux before 6.13): that
// edit is seen when the file changes again. It
// takes 16 bytes, which keeps a Briefing in the allocator's class of 224
// (every briefing of a library is held: 100,000 at a time).
type fileStat struct {
	mtime int64 // Unix nanoseconds; 0 when the file system has no time
	size  int32 // bytes: a briefing file holds at most MaxFileSize
	// change fingerprints the inode and the status change time; 0: not
	// known (the file system tells neither, or a header stored without).
	change uint32
}

// statOfInfo is the fileStat of a file's FileInfo: with the inode and
// the status change time where the file system gives its system's status
// (os.DirFS does), else the size and the time alone.
func statOfInfo(fi fs.FileInfo) fileStat {
	s := fileStat{size: size32(fi.Size())}
	if t := fi.ModTime(); !t.IsZero() {
		s.mtime = t.UnixNano()
	}
	s.change = changeMark(sysStat(fi))
	return s
}

// storedStat is the fileStat of a stored header.
func storedStat(s StoredHeader) fileStat {
	return fileStat{mtime: s.ModTime, size: size32(s.Size), change: s.Change}
}

// size32 is a file's size as fileStat keeps it; a size past what it holds
// (never a briefing's) is -1.
func size32(n int64) int32 {
	if n < 0 || n > math.MaxInt32 {
		return -1
	}
	return int32(n)
}

// changeMark fingerprints an inode and a status change time, never 0
// unless both are unknown (0).
func changeMark(ino uint64, ctime int64) uint32 {
	if ino == 0 && ctime == 0 {
		return 0
	}
	// The finalizer of splitmix64 over the two: any bit of either moves
	// about half the bits of the mark.
	h := ino*0x9e3779b97f4a7c15 ^ uint64(ctime)
	h = (h ^ h>>30) * 0xbf58476d1ce4e5b9
	h = (h ^ h>>27) * 0x94d049bb133111eb
	h ^= h >> 31
	return max(uint32(h^h>>32), 1)
}

// same reports whether the file read with s is, as far as the two
// statuses tell, the one read with t: the same size and modification
// time, and the same inode and status change time where both know them.
func (s fileStat) same(t fileStat) bool {
	return s.size == t.size && s.mtime == t.mtime && (s.change == 0 || t.change == 0 || s.change == t.change)
}

// FileStatus is the status of the file a briefing's header was read from,
// as the briefing keeps it (see Diff): what a cache derived from the file
// (the reader's filter index) records, to tell at its next use which
// briefings changed since.
type FileStatus struct {
	Size    int64
	ModTime int64 // Unix nanoseconds; 0 when the file system has no time
	// Change fingerprints the inode and the status change time; 0: not
	// known.
	Change uint32
}

// StatusOf is the status of a file as a briefing read from it keeps it
// (FileStatus): its size and time, and its change mark where the file
// system gives its system's status (os.DirFS does). An index of the
// library records it, to give it back in its stored headers.
func StatusOf(fi fs.FileInfo) FileStatus {
	s := statOfInfo(fi)
	return FileStatus{Size: fi.Size(), ModTime: s.mtime, Change: s.change}
}

// FileStatus is the status of the file b's header was read from.
func (b *Briefing) FileStatus() FileStatus {
	return FileStatus{Size: int64(b.read.size), ModTime: b.read.mtime, Change: b.read.change}
}

// Same reports whether the file read with s is, as far as the two
// statuses tell, the one read with t, as Diff compares them; a status
// without a time (an embedded file) is never the same.
func (s FileStatus) Same(t FileStatus) bool {
	return s.ModTime != 0 && fileStat{mtime: s.ModTime, size: size32(s.Size), change: s.Change}.same(
		fileStat{mtime: t.ModTime, size: size32(t.Size), change: t.Change})
}
