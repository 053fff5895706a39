//go:build !unix

package wordindex

import (
	"io"
	"os"
)

// mapFile reads the first size bytes of f into memory (a system without
// mappings); unmap is nil.
func mapFile(f *os.File, size int64) (data []byte, unmap func(), err error) {
	data = make([]byte, size)
	if _, err := f.ReadAt(data, 0); err != nil && err != io.EOF {
		return nil, nil, err
	}
	return data, nil, nil
}

// openNoFollow is no flag where the system has none (OpenKept checks the
// file it opened is the one Lstat saw).
const openNoFollow = 0
