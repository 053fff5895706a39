package cli

import (
	"context"
	"io"

	"sitrep/briefing/index"
)

// OpenIndexAsIs opens the library's index without bringing it up to date
// with the files, for a caller that knows it is: the reader, whose
// catch-up with the index's stored headers found every file as indexed,
// none new, none gone and none that cannot be read. Checking again would
// list and look at every file a second time (at 100,000 briefings about a
// second and a half of processor time and 15 MB more at the reader's peak
// of memory). An index that records problems, or that cannot be opened as
// it is, is opened and brought up to date as OpenIndex does: a file it
// could not read may have been fixed or removed.
func OpenIndexAsIs(ctx context.Context, src Source, stderr io.Writer) (*index.Index, error) {
	path, err := index.DefaultPath(src.Dir)
	if err != nil {
		return nil, err
	}
	// Looked at read-only first: an index that is not there, or not of
	// this version, is never created or rebuilt here as one up to date.
	ro, err := index.OpenExisting(ctx, path)
	if err != nil {
		return OpenIndex(ctx, src, stderr)
	}
	probs, err := ro.Problems(ctx)
	ro.Close()
	if err != nil || len(probs) > 0 {
		return OpenIndex(ctx, src, stderr)
	}
	// Opened for writing: a change on disk brings it up to date later.
	return index.Open(path)
}
