//go:build unix

package sshd

import (
	"bytes"
	"net"
	"syscall"
)

// openNonblock makes opening a FIFO return at once instead of waiting for a
// writer, so that the type check after opening can refuse it.
const openNonblock = syscall.O_NONBLOCK

// sentLine reports whether a line has arrived on conn, waiting in the
// kernel's buffer (nothing is consumed): a client's version line that the
// server has not got round to reading yet.
func sentLine(conn net.Conn) bool {
	sc, ok := conn.(syscall.Conn)
	if !ok {
		return false
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	var buf [256]byte
	n := 0
	// Control, not Read: Read would wait for the ssh library's own read
	// of the connection to finish.
	_ = raw.Control(func(fd uintptr) { //nolint:errcheck // no line is the answer
		n, _, _ = syscall.Recvfrom(int(fd), buf[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
	})
	return n > 0 && bytes.IndexByte(buf[:n], '\n') >= 0
}
