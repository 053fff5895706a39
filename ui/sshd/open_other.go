//go:build !unix

package sshd

// openNonblock has no equivalent here.
const openNonblock = 0
