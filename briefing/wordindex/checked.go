package wordindex

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"
)

// A kept file that OpenKept has checked whole is not checked whole again
// at each opening (at 100,000 stories, reading through 90 MB of postings
// took a tenth of a second of every reader's start): beside it, a record
// (the file's path with checkedSuffix) names the file as it was checked,
// by its device, inode, size, modification time and status change time,
// with a hash of its header. An opening that finds the record of the file
// it opened, as it is now, checks what it reads of the file anyway (the
// header, the sections' bounds, the terms, keys and stamps) but not every
// posting again. A file written since (in place: another status change
// time, which no one can set; by a rename: another inode), copied or
// restored is checked whole, as is any file when the record is missing,
// damaged, of another file, or not a regular file.
//
// A record is written only once the file's data is on disk (fsync), so
// that a crash cannot leave a record of data that never got there, and
// only for a file whose status last changed checkedAge ago or more: on a
// file system whose clock ticks coarsely, a write in the same tick as
// the status read leaves the status change time as it was (as Git's
// "racily clean" entries), and a later write is then a later tick.

// checkedSuffix names a kept file's record.
const checkedSuffix = ".checked"

// checkedMagic begins a record.
const checkedMagic = "sitrepWC"

// checkedAge is how long ago a file's status must have last changed for
// its record to be written. A variable for the tests.
var checkedAge = 2 * time.Second

// wholeChecks counts the openings that checked a file whole: for the
// tests.
var wholeChecks atomic.Int64

// fileIdentity is what a record names a file by.
type fileIdentity struct {
	dev, ino           uint64
	size, mtime, ctime int64
}

// record is the record of a file of identity id and header hb.
func (id fileIdentity) record(hb []byte) []byte {
	b := make([]byte, 0, len(checkedMagic)+5*8+sha256.Size)
	b = append(b, checkedMagic...)
	for _, v := range []uint64{id.dev, id.ino, uint64(id.size), uint64(id.mtime), uint64(id.ctime)} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	sum := sha256.Sum256(hb)
	return append(b, sum[:]...)
}

// checkedBefore reports whether the record beside path names the file of
// identity id and header hb: it was checked whole as it is now.
func checkedBefore(path string, id fileIdentity, hb []byte) bool {
	want := id.record(hb)
	f, err := os.OpenFile(path+checkedSuffix, os.O_RDONLY|openNoFollow, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(want)) {
		return false
	}
	got := make([]byte, len(want)+1) // one more: a file grown since is not read whole
	n, err := io.ReadFull(f, got)
	if err != io.ErrUnexpectedEOF {
		return false
	}
	return bytes.Equal(got[:n], want)
}

// recordChecked writes the record of f, kept at path, of identity id and
// header hb, just found whole, when its status was old enough at statAt,
// when it was read (a check of many seconds must not make a status read
// within the file's last tick look settled); a record that cannot be
// written is no error (the next opening checks the file whole again).
func recordChecked(f *os.File, path string, id fileIdentity, hb []byte, statAt time.Time) {
	if statAt.Sub(time.Unix(0, id.ctime)) < checkedAge {
		return
	}
	if f.Sync() != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "sitrep-words-*.tmp")
	if err != nil {
		return
	}
	_, err = tmp.Write(id.record(hb))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path+checkedSuffix)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}
