//go:build !unix

package tui

// noFollow is no flag where the system has none: there the log is opened
// as named, in the user's own cache directory (0700).
const noFollow = 0
