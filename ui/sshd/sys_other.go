//go:build !unix

package sshd

import "net"

// openNonblock has no equivalent here.
const openNonblock = 0

// sentLine cannot look ahead here: a connection has spoken once the
// server has read its version line.
func sentLine(net.Conn) bool { return false }
