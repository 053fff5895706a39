//go:build linux

package wordindex

import (
	"io/fs"
	"syscall"
)

// identityOf is the identity of a file whose status is fi, for its record
// (checked.go); false when the status does not tell it.
func identityOf(fi fs.FileInfo) (fileIdentity, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileIdentity{}, false
	}
	return fileIdentity{dev: uint64(st.Dev), ino: uint64(st.Ino), size: st.Size,
		mtime: syscall.TimespecToNsec(st.Mtim), ctime: syscall.TimespecToNsec(st.Ctim)}, true
}
