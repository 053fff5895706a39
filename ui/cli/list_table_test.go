package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"text/tabwriter"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// tabwriterList is sitrep list as text/tabwriter wrote it before
// writeTable: the reference writeTable is held to.
func tabwriterList(bs []*briefing.Briefing) string {
	var out bytes.Buffer
	tw := tabwriter.NewWriter(&out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tREGION\tTITLE\tID")
	for _, b := range bs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", DateOrUndated(b), cell(Place(b)), cell(b.Title), cell(b.ID))
	}
	tw.Flush()
	return out.String()
}

// TestTableAsTabwriter checks that sitrep list lays out its table as
// text/tabwriter did, on a generated library and on briefings whose
// fields hold hostile strings (wide, combining and invalid characters,
// tabs, strings the sanitizer empties).
func TestTableAsTabwriter(t *testing.T) {
	lib, err := briefing.Load(librarytest.FS(200, 4))
	if err != nil {
		t.Fatal(err)
	}
	var odd []*briefing.Briefing
	for i, s := range append(hostile, "\x01", "東京 ５", "e\u0301\u0301", strings.Repeat("w", 90)) {
		b := &briefing.Briefing{ID: s, Title: s, Countries: []string{s, "Mali"}}
		if i%3 == 0 {
			b.Region = s
		}
		odd = append(odd, b)
	}
	for name, bs := range map[string][]*briefing.Briefing{"generated": lib.Briefings(), "hostile": odd, "empty": nil} {
		var got bytes.Buffer
		if err := writeTextList(&got, bs); err != nil {
			t.Fatal(err)
		}
		if want := tabwriterList(bs); got.String() != want {
			t.Errorf("%s: list writes\n%s\ntabwriter wrote\n%s", name, got.String(), want)
		}
	}
}

// FuzzTableAsTabwriter holds the table to text/tabwriter's on any fields.
func FuzzTableAsTabwriter(f *testing.F) {
	f.Add("a\tb", "Великие озёра", "x\xffy")
	f.Fuzz(func(t *testing.T, id, region, title string) {
		bs := []*briefing.Briefing{{ID: id, Region: region, Title: title}, {ID: title, Countries: []string{region, id}}}
		var got bytes.Buffer
		if err := writeTextList(&got, bs); err != nil {
			t.Fatal(err)
		}
		if want := tabwriterList(bs); got.String() != want {
			t.Errorf("list writes\n%q\ntabwriter wrote\n%q", got.String(), want)
		}
	})
}
