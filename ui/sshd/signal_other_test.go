//go:build !unix

package sshd

import "errors"

func sighup() error { return errors.New("no SIGHUP here") }
