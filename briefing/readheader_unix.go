//go:build unix

package briefing

import "golang.org/x/sys/unix"

// openDir opens the directory of a DirFS for the reads relative to it.
func openDir(dir string) (int, error) {
	return unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
}

// closeDir closes a descriptor from openDir.
func closeDir(fd int) { unix.Close(fd) }

// statAt gives the status of the file path relative to the directory
// dirfd, following links.
func statAt(dirfd int, path string) (fileStat, bool) {
	var st unix.Stat_t
	if err := unix.Fstatat(dirfd, path, &st, 0); err != nil {
		return fileStat{}, false
	}
	return statOf(&st), true
}

// readPrefix reads the first len(buf) bytes of a regular file of at most
// MaxFileSize bytes, path relative to the directory dirfd, without
// blocking on anything else, and gives the file's status as it was read.
// It reports false on any error or another kind of file.
func readPrefix(dirfd int, path string, buf []byte) (int, fileStat, bool) {
	fd, err := unix.Openat(dirfd, path, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return 0, fileStat{}, false
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG || st.Size > MaxFileSize {
		return 0, fileStat{}, false
	}
	n := 0
	for n < len(buf) {
		m, err := unix.Read(fd, buf[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, fileStat{}, false
		}
		if m == 0 {
			break
		}
		n += m
		if int64(n) >= st.Size {
			break
		}
	}
	return n, statOf(&st), true
}

// statOf is the fileStat of a status from the system.
func statOf(st *unix.Stat_t) fileStat {
	return fileStat{mtime: st.Mtim.Nano(), size: size32(st.Size), change: changeMark(st.Ino, st.Ctim.Nano())}
}
