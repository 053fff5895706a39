package briefing

import (
	"bytes"
	"io"
	"io/fs"
	"path/filepath"
	"sync"
)

// prefixSize is how much of a file loading reads at first: the front
// matter of nearly every briefing ends within it, so that one read gives
// the header; a longer front matter is read on through ReadHeader.
const prefixSize = 8 << 10

// prefixes recycles the buffers of header reads.
var prefixes = sync.Pool{New: func() any { b := make([]byte, prefixSize); return &b }}

// readHeaderFile reads the header of the briefing file p of fsys. A file
// that is not regular or is larger than MaxFileSize is refused. On a
// DirFS the file is opened, checked and read with one system call each
// (open, fstat, read, close); anything out of the ordinary (an error, a
// front matter that does not end in the first prefixSize bytes) is left
// to readHeaderSlow, so that the result and every error are its.
func readHeaderFile(fsys fs.FS, p string) (*Briefing, error) {
	h := newHeaderReader(fsys)
	defer h.close()
	return h.read(p)
}

// headerReader reads the headers of one file system's briefings; on a
// DirFS it opens them relative to one descriptor of the library directory.
type headerReader struct {
	fsys  fs.FS
	dirfd int // -1 when fsys is not a DirFS or its directory cannot be opened
}

func newHeaderReader(fsys fs.FS) headerReader {
	h := headerReader{fsys: fsys, dirfd: -1}
	if d, ok := fsys.(dirFS); ok {
		if fd, err := openDir(d.dir); err == nil {
			h.dirfd = fd
		}
	}
	return h
}

func (h headerReader) close() {
	if h.dirfd >= 0 {
		closeDir(h.dirfd)
	}
}

// stat gives the status of the file p, following links, as fs.Stat does;
// on a DirFS with one system call relative to the library directory.
func (h headerReader) stat(p string) (fileStat, bool) {
	if h.dirfd >= 0 && fs.ValidPath(p) {
		return statAt(h.dirfd, filepath.FromSlash(p))
	}
	info, err := fs.Stat(h.fsys, p)
	if err != nil {
		return fileStat{}, false
	}
	return statOfInfo(info), true
}

// read reads the header of the briefing file p.
func (h headerReader) read(p string) (*Briefing, error) {
	bufp := prefixes.Get().(*[]byte)
	defer prefixes.Put(bufp)
	if h.dirfd >= 0 && fs.ValidPath(p) {
		if n, st, ok := readPrefix(h.dirfd, filepath.FromSlash(p), *bufp); ok {
			if parse, ok := headerFromPrefix(p, (*bufp)[:n]); ok {
				b, err := parse()
				if err == nil {
					b.read = st
				}
				return b, err
			}
		}
	}
	return readHeaderSlow(h.fsys, p, *bufp)
}

// headerFromPrefix parses the header of a file from its first bytes when
// the front matter ends, on a line of its own ended by a newline, within
// them and no NUL byte comes before: then ReadHeader would read exactly
// these bytes, and the result is its. It reports false otherwise.
func headerFromPrefix(name string, data []byte) (func() (*Briefing, error), bool) {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return nil, false
	}
	first := bytes.TrimPrefix(data[:i], []byte("\ufeff"))
	if string(bytes.TrimRight(first, " \t\r")) != "---" {
		return nil, false
	}
	start := i + 1
	for off := start; off < len(data); {
		j := bytes.IndexByte(data[off:], '\n')
		if j < 0 {
			return nil, false
		}
		line := data[off : off+j]
		if string(bytes.TrimRight(line, " \t\r")) == "---" {
			head := data[:off+j+1]
			if bytes.IndexByte(head, 0) >= 0 {
				return nil, false
			}
			fm, offset := data[start:off], off+j+1
			return func() (*Briefing, error) {
				b, err := parseMeta(name, fm)
				if err != nil {
					return nil, err
				}
				b.bodyOffset = offset
				return b, nil
			}, true
		}
		off += j + 1
	}
	return nil, false
}

// readHeaderSlow reads a header through the file system's own Open, with
// every check and error: a file that is not regular, one larger than
// MaxFileSize, one that cannot be read or parsed. buf is scratch space.
func readHeaderSlow(fsys fs.FS, p string, buf []byte) (*Briefing, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, &ParseError{File: p, Err: unwrapPath(err)}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, &ParseError{File: p, Err: unwrapPath(err)}
	}
	if !st.Mode().IsRegular() {
		return nil, &ParseError{File: p, Err: notRegular(st.Mode())}
	}
	if st.Size() > MaxFileSize {
		return nil, &ParseError{File: p, Err: ErrTooLarge}
	}
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, &ParseError{File: p, Err: err} // as ReadHeader words it
	}
	var b *Briefing
	if parse, ok := headerFromPrefix(p, buf[:n]); ok {
		b, err = parse()
	} else {
		b, err = ReadHeader(p, io.LimitReader(io.MultiReader(bytes.NewReader(buf[:n]), f), MaxFileSize))
	}
	if err == nil {
		b.read = statOfInfo(st)
	}
	return b, err
}
