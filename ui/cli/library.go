// Package cli holds the work of sitrep's non-interactive commands (list,
// show, import, extract) and the choice of library, as functions of their
// inputs and writers, so that each can be called from a test. main.go only
// parses flags and calls them.
//
// It imports the domain (sitrep/briefing and its subpackages) and the
// embedded samples (sitrep/content), never the reader or the SSH server.
package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"sitrep/briefing"
	"sitrep/content"
)

// Source says where a library comes from, for messages.
type Source struct {
	// Dir is the library directory, or "" for the embedded sample library.
	Dir string
	// Why names the setting that chose it.
	Why string
	// File, when set, is the one briefing of Dir to read (sitrep FILE.md).
	File string
}

func (s Source) String() string {
	if s.Dir == "" {
		return "the embedded sample library"
	}
	if s.File != "" {
		return filepath.Join(s.Dir, s.File)
	}
	return fmt.Sprintf("%s (%s)", s.Dir, s.Why)
}

// SamplesFlag is the --library value that reads the embedded sample
// library, even once an import has made a library of the analyst's own.
const SamplesFlag = "samples:"

// LocateLibrary decides which library to read: the flag (or SITREP_LIBRARY,
// which the flag parser folds into it; SamplesFlag names the samples), else
// the XDG data directory when it exists, else the embedded sample library.
func LocateLibrary(flag string) (Source, error) {
	if flag == SamplesFlag {
		return Source{}, nil
	}
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

// LocatePath is the library of a path given on the command line (sitrep
// FILE.md, sitrep DIR): a directory is read as a library, a Markdown file
// as a library of that one briefing. Anything else is refused, and nothing
// that is not a regular file is opened as one.
func LocatePath(path string) (Source, error) {
	st, err := os.Stat(path)
	if err != nil {
		return Source{}, err
	}
	switch {
	case st.IsDir():
		return Source{Dir: path, Why: "the path given"}, nil
	case !st.Mode().IsRegular():
		return Source{}, fmt.Errorf("%s: not a regular file or a directory", path)
	case !strings.EqualFold(filepath.Ext(path), ".md"):
		return Source{}, fmt.Errorf("%s: not a Markdown briefing (.md); sitrep import turns an article into one", path)
	}
	return Source{Dir: filepath.Dir(path), Why: "the path given", File: filepath.Base(path)}, nil
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

// ImportHidesSamples reports whether an import now would hide the sample
// library: the reader shows the samples because no library of the
// analyst's own exists yet, and the import will create one.
func ImportHidesSamples(flag string) bool {
	src, err := LocateLibrary(flag)
	return err == nil && src.Dir == "" && flag != SamplesFlag
}

// NoteSamplesHidden tells the analyst, in one line, that the library dir an
// import created now replaces the samples, and how to see them again. It
// says nothing when the import wrote nothing there.
func NoteSamplesHidden(w io.Writer, dir string) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return
	}
	fmt.Fprintf(w, "sitrep: the reader now shows your library in %s instead of the sample briefings (sitrep --library %s shows the samples)\n", dir, SamplesFlag)
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
	var fsys fs.FS = briefing.DirFS(s.Dir)
	if s.File != "" {
		fsys = oneFile{fsys, s.File}
	}
	return fsys, nil
}

// oneFile is a directory that shows only one of its files.
type oneFile struct {
	dir  fs.FS
	name string
}

func (o oneFile) Open(name string) (fs.File, error) {
	if name != "." && name != o.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.dir.Open(name)
}

// ReadDir lists the one file.
func (o oneFile) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	st, err := fs.Stat(o.dir, o.name)
	if err != nil {
		return nil, err
	}
	return []fs.DirEntry{fs.FileInfoToDirEntry(st)}, nil
}
