// Package cli holds the work of sitrep's non-interactive commands (list,
// show, import, extract) and the choice of library, as functions of their
// inputs and writers, so that each can be called from a test. main.go only
// parses flags and calls them.
//
// It imports the domain (sitrep/briefing and its subpackages), never the
// reader or the SSH server.
package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"sitrep/briefing"
	"sitrep/content"
)

// Source says where a library comes from, for messages.
type Source struct {
	// Dir is the library directory, or "" for the embedded sample library.
	Dir string
	// Why names the setting that chose it.
	Why string
}

func (s Source) String() string {
	if s.Dir == "" {
		return "the embedded sample library"
	}
	return fmt.Sprintf("%s (%s)", s.Dir, s.Why)
}

// LocateLibrary decides which library to read: the flag (or SITREP_LIBRARY,
// which the flag parser folds into it), else the XDG data directory when it
// exists, else the embedded sample library.
func LocateLibrary(flag string) (Source, error) {
	if flag != "" {
		return Source{Dir: flag, Why: "--library or SITREP_LIBRARY"}, nil
	}
	data, err := briefing.XDGDir("XDG_DATA_HOME", ".local", "share")
	if err != nil {
		return Source{}, err
	}
	dir := filepath.Join(data, "briefings")
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return Source{Dir: dir, Why: "XDG data directory"}, nil
	}
	return Source{}, nil
}

// ImportDir is where an import writes: the chosen library directory, or,
// when the reader is on the embedded library, the XDG directory (created by
// the write).
func ImportDir(flag string) (string, error) {
	src, err := LocateLibrary(flag)
	if err != nil || src.Dir != "" {
		return src.Dir, err
	}
	data, err := briefing.XDGDir("XDG_DATA_HOME", ".local", "share")
	if err != nil {
		return "", err
	}
	return filepath.Join(data, "briefings"), nil
}

// Open loads the library a Source names.
func (s Source) Open() (*briefing.Library, error) {
	fsys, err := s.fsys()
	if err != nil {
		return nil, err
	}
	lib, err := briefing.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("library %s: %w", s, err)
	}
	return lib, nil
}

// Find loads only the briefing with the given ID from the library a
// Source names (briefing.Find), for show: no other file is read.
func (s Source) Find(id string) (*briefing.Library, error) {
	fsys, err := s.fsys()
	if err != nil {
		return nil, err
	}
	lib, err := briefing.Find(fsys, id)
	if err != nil {
		return nil, fmt.Errorf("library %s: %w", s, err)
	}
	return lib, nil
}

// fsys is the library's files: the directory through briefing.DirFS, or
// the embedded samples.
func (s Source) fsys() (fs.FS, error) {
	if s.Dir == "" {
		return content.Briefings(), nil
	}
	st, err := os.Stat(s.Dir)
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("library %s: not a directory", s.Dir)
	}
	return briefing.DirFS(s.Dir), nil
}
