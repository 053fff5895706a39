//go:build unix

package wordindex

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps the first size bytes of f into memory, read only; unmap
// releases them (nil when there is nothing mapped).
func mapFile(f *os.File, size int64) (data []byte, unmap func(), err error) {
	if size == 0 {
		return nil, nil, nil
	}
	data, err = unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, func() { unix.Munmap(data) }, nil
}

// openNoFollow makes an open fail on a symbolic link, and not wait on a
// named pipe.
const openNoFollow = unix.O_NOFOLLOW | unix.O_NONBLOCK
