// Package content embeds sitrep's sample library, so that the first run
// shows real briefings before the analyst has a library of their own.
//
// It imports nothing of the project.
package content

import (
	"embed"
	"io/fs"
)

//go:embed briefings/*.md
var files embed.FS

// Briefings returns the sample library: a read-only file system of
// briefing files (*.md at its root).
func Briefings() fs.FS {
	sub, err := fs.Sub(files, "briefings")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "briefings" is valid.
		panic(err)
	}
	return sub
}
