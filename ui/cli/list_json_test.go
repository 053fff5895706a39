package cli

import (
	"bytes"
	"encoding/json"
	"testing"
	"testing/fstest"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestListJSONAsEncoder checks that list --json, written one briefing at a
// time, is byte for byte what encoding/json writes for the whole list.
func TestListJSONAsEncoder(t *testing.T) {
	evil := fstest.MapFS{"e<v>&l.md": {Data: []byte("---\ntitle: \"<b>&amp; \\u2028\"\ntags: [\"a\\\"b\"]\n---\n")}}
	for name, fsys := range map[string]fstest.MapFS{"generated": librarytest.FS(300, 3), "empty": {}, "one": evil} {
		t.Run(name, func(t *testing.T) {
			lib, err := briefing.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			var got, want bytes.Buffer
			if err := List(&got, lib, true); err != nil {
				t.Fatal(err)
			}
			all := make([]briefingJSON, 0, lib.Len())
			for _, b := range lib.Briefings() {
				all = append(all, toJSON(b))
			}
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(all); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("list --json differs from encoding/json:\n%s\nwant\n%s", got.Bytes(), want.Bytes())
			}
		})
	}
}
