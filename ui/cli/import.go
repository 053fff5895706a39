package cli

import (
	"errors"
	"fmt"
	"io"
	"sitrep/briefing/ingest"
)

// ImportFile turns one raw article into a briefing file in dir and returns
// the path written. It refuses to replace an existing briefing unless
// force, an undated article unless undated, and an article already stored
// under another name.
func ImportFile(dir, name string, data []byte, opts ingest.ImportOptions, force, undated bool) (string, error) {
	a, err := ingest.Import(name, data, opts)
	if err == nil {
		err = checkImport(dir, name, a, undated)
	}
	if err != nil {
		return "", err
	}
	md, err := a.Markdown()
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return ingest.WriteNew(dir, a.FileName(), md, force)
}

// ImportAll imports each input in turn, printing the path of each briefing
// written to w. It goes on past a failed input and returns all the errors.
func ImportAll(w io.Writer, dir string, inputs []string, read func(string) ([]byte, error), opts ingest.ImportOptions, force, undated bool) error {
	var errs []error
	for _, name := range inputs {
		data, err := read(name)
		if err == nil {
			var path string
			path, err = ImportFile(dir, name, data, opts, force, undated)
			if err == nil {
				fmt.Fprintln(w, path)
				continue
			}
		}
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
