package index

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"

	"sitrep/briefing/story"
)

// maxFeatures bounds the decompressed features of one briefing (a 2 MiB
// briefing's are far smaller), so that a damaged index cannot exhaust
// memory.
const maxFeatures = 16 << 20

// encodeFeatures is a doc's features as stored: JSON, deflated (they are a
// briefing's largest part of the index, and repetitive).
func encodeFeatures(doc story.Doc) []byte {
	raw, _ := json.Marshal(doc) // plain data: cannot fail
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestSpeed) // a valid level: cannot fail
	w.Write(raw)
	w.Close()
	return buf.Bytes()
}

// decodeFeatures reads what encodeFeatures wrote.
func decodeFeatures(data []byte) (story.Doc, error) {
	r := flate.NewReader(bytes.NewReader(data))
	defer r.Close()
	raw, err := io.ReadAll(io.LimitReader(r, maxFeatures+1))
	if err != nil {
		return story.Doc{}, fmt.Errorf("features: %w", err)
	}
	if len(raw) > maxFeatures {
		return story.Doc{}, fmt.Errorf("features: larger than %d MiB", maxFeatures>>20)
	}
	var doc story.Doc
	if err := json.Unmarshal(raw, &doc); err != nil {
		return story.Doc{}, fmt.Errorf("features: %w", err)
	}
	return doc, nil
}
