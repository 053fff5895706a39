package briefing

import "fmt"

// Guarded runs extract, work of the extractor on the text of the briefing
// file path, and turns a panic in it into an error naming the file: a text
// that trips a bug of the extractor costs that briefing its panels, never
// the reader, the server or an index build.
func Guarded(path string, extract func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ParseError{File: path, Err: fmt.Errorf("the extractor failed on this text: %v", r)}
		}
	}()
	extract()
	return nil
}
