//go:build !unix

package serve

import "errors"

func sighup() error { return errors.New("no SIGHUP here") }
