package briefing

import "fmt"

// guarded runs extract, work of the extractor on the text of the briefing
// file path, and turns a panic in it into an error naming the file: a text
// that trips a bug of the extractor costs that briefing its panels, never
// the reader, the server or an index build.
func guarded(path string, extract func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ParseError{File: path, Err: fmt.Errorf("the extractor failed on this text: %v", r)}
		}
	}()
	extract()
	return nil
}
