//go:build !unix

package pgtest

import "syscall"

// runAs is never needed where there is no root (os.Geteuid is -1).
func runAs(uid, gid uint32) *syscall.SysProcAttr { return nil }
