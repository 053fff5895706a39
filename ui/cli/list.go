package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// briefingJSON is a briefing's metadata as the JSON output shows it.
type briefingJSON struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary,omitempty"`
	Published *string  `json:"published"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Region    string   `json:"region,omitempty"`
	Countries []string `json:"countries,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Dateline  string   `json:"dateline,omitempty"`
}

// toJSON gives a briefing's metadata for JSON output. Every string goes
// through the sanitizer, the ID (a file name, untrusted) included: JSON
// escapes only C0 controls, so a C1 control, bidi override or zero-width
// character would otherwise reach whatever shows the output.
func toJSON(b *briefing.Briefing) briefingJSON {
	j := briefingJSON{ID: sanitize.Line(b.ID), Title: sanitize.Line(b.Title), Summary: sanitize.Line(b.Summary),
		Source: sanitize.Line(b.Source), URL: sanitize.Line(b.URL), Region: sanitize.Line(b.Region),
		Countries: sanitize.Lines(b.Countries), Tags: sanitize.Lines(b.Tags), Dateline: sanitize.Line(b.Dateline)}
	if !b.Undated() {
		s := b.Published.Format(briefing.DateLayout)
		j.Published = &s
	}
	return j
}

// ReportProblems writes one warning line per skipped file.
func ReportProblems(w io.Writer, lib *briefing.Library) {
	for _, p := range lib.Problems() {
		fmt.Fprintf(w, "sitrep: skipped %s\n", sanitize.Line(p.Error()))
	}
}

// List writes the library, newest first: a table of date, region, title
// and ID, or a JSON array of metadata. Every field, the ID (a file name)
// included, is sanitized to one line.
func List(w io.Writer, lib *briefing.Library, asJSON bool) error {
	if asJSON {
		return writeJSONList(w, lib.Briefings())
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tREGION\tTITLE\tID")
	for _, b := range lib.Briefings() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", DateOrUndated(b), cell(Place(b)), cell(b.Title), cell(b.ID))
	}
	return tw.Flush()
}

// writeJSONList writes the briefings as an indented JSON array, exactly as
// json.Encoder with SetIndent("", "  ") writes the whole slice, but one
// element at a time through a buffer, so that a library of 100,000
// briefings is never held twice in memory as JSON.
func writeJSONList(w io.Writer, bs []*briefing.Briefing) error {
	if len(bs) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("[\n  ")
	for i, b := range bs {
		data, err := json.MarshalIndent(toJSON(b), "  ", "  ")
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",\n  ")
		}
		if _, err := bw.Write(data); err != nil {
			return err
		}
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// DateOrUndated is the briefing's date as YYYY-MM-DD, or "undated".
func DateOrUndated(b *briefing.Briefing) string {
	if b.Undated() {
		return "undated"
	}
	return b.Published.Format(briefing.DateLayout)
}

// Place is the region, or the countries when no region is given.
func Place(b *briefing.Briefing) string {
	if b.Region != "" {
		return b.Region
	}
	return strings.Join(b.Countries, ", ")
}

// cell keeps a table cell on one line without tabs.
func cell(s string) string {
	if s == "" {
		return "-"
	}
	return strings.ReplaceAll(sanitize.Line(s), "\t", " ")
}
