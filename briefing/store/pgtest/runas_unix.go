//go:build unix

package pgtest

import "syscall"

// runAs runs a program as the user uid of the group gid.
func runAs(uid, gid uint32) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uid, Gid: gid}}
}
