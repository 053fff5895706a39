//go:build !unix

package briefing

import "errors"

// Where the system has no reads relative to a directory descriptor, every
// header is read through the file system (readHeaderSlow).

func openDir(string) (int, error) { return -1, errors.ErrUnsupported }

func closeDir(int) {}

func statAt(int, string) (fileStat, bool) { return fileStat{}, false }

func readPrefix(int, string, []byte) (int, fileStat, bool) { return 0, fileStat{}, false }
