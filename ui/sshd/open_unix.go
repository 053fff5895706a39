//go:build unix

package sshd

import "syscall"

// openNonblock makes opening a FIFO return at once instead of waiting for a
// writer, so that the type check after opening can refuse it.
const openNonblock = syscall.O_NONBLOCK
