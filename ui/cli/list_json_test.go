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

// TestJSONStringAsEncoder holds the quoting of list --json to
// encoding/json on every kind of string, hostile ones included.
func TestJSONStringAsEncoder(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote\back`, "<b>&amp;</b>", "\x00\x01\b\f\n\r\t\x1f\x7f",
		"\u2028\u2029", "\xff\xfe bad \xc3", "émigrés 👨‍👩‍👧 \u202e", "\u0085\u009b", "end\\"} {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("quoted %q as %s, encoding/json as %s", s, got, want)
		}
	}
}

// FuzzJSONString holds the quoting to encoding/json on any string.
func FuzzJSONString(f *testing.F) {
	f.Add("<a href=\"x\">\u2028\xff</a>")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("quoted %q as %s, encoding/json as %s", s, got, want)
		}
	})
}
