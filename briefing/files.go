package briefing

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ErrNotRegular is the error for a path that is not a regular file (a
// named pipe, a device, a socket, a directory): only regular files are
// read, since opening or reading anything else may block forever or
// never end.
var ErrNotRegular = errors.New("not a regular file")

// notRegular describes a file type that is not a regular file.
func notRegular(mode fs.FileMode) error {
	var kind string
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeCharDevice != 0:
		kind = "a character device"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	case mode.IsDir():
		kind = "a directory"
	case mode&fs.ModeSymlink != 0:
		kind = "a symbolic link"
	default:
		kind = "of type " + mode.Type().String()
	}
	return fmt.Errorf("%w: it is %s", ErrNotRegular, kind)
}

// DirFS is the briefings under dir as a file system, like os.DirFS, except
// that it never blocks on opening: files are opened non-blocking and
// anything that turns out not to be a regular file or a directory (a
// named pipe, a device, a socket put there, or swapped in, by someone) is
// closed again and refused with ErrNotRegular. Symbolic links are followed.
func DirFS(dir string) fs.FS { return dirFS{dir: dir, fsys: os.DirFS(dir)} }

type dirFS struct {
	dir  string
	fsys fs.FS
}

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := openRegular(filepath.Join(d.dir, filepath.FromSlash(name)), true)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			pe.Path = name
		}
		return nil, err
	}
	return f, nil
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.fsys, name) }

// openRegular opens path for reading without blocking (O_NONBLOCK, so a
// named pipe with no writer cannot hold it up) and keeps it only when it
// is a regular file, or a directory when dirOK.
func openRegular(path string, dirOK bool) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() && !(dirOK && st.IsDir()) {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: path, Err: notRegular(st.Mode())}
	}
	return f, nil
}

// readRegular reads a whole regular file of at most limit bytes from
// fsys. It checks the type before opening (a named pipe is never opened
// through a file system that would block on it) and the type and size
// again on the open file, and never reads past limit: a file swapped or
// grown since it was last looked at is refused, not read whole.
func readRegular(fsys fs.FS, name string, limit int64) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	if st.Size() > limit {
		return nil, errTooLarge(limit)
	}
	// One buffer of the size stat gave (io.ReadAll would grow one from
	// 512 bytes, allocating about twice the file: the filter's index reads
	// every body), growing only if the file grew meanwhile.
	var buf bytes.Buffer
	buf.Grow(int(st.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, errTooLarge(limit)
	}
	return data, nil
}

// errTooLarge is ErrTooLarge for the briefing limit, or a like error for
// another limit.
func errTooLarge(limit int64) error {
	if limit == MaxFileSize {
		return ErrTooLarge
	}
	return fmt.Errorf("file is larger than %d KiB", limit>>10)
}
