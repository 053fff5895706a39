package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
)

// Extraction is the JSON contract of `sitrep extract` for one input
// (../shared/docs/extraction.md section 3).
type Extraction struct {
	Published *string                 `json:"published"`
	Figures   []extract.Figure        `json:"figures"`
	Timexes   []extract.Timex         `json:"timexes"`
	Timeline  []extract.TimelineEntry `json:"timeline"`
	// Explain adds the rules behind every figure and temporal expression
	// (`sitrep extract --explain`): a "rules" field beside each in JSON, a
	// line under each row in the table.
	Explain bool `json:"-"`
}

// Extract runs the extractors over one input as read. When the input is a
// briefing file, its front matter is skipped (offsets still count from the
// start of the input), its published date is used unless published is set,
// and its lead figure is chosen as the library chooses it, with the title
// and summary (briefing.FiguresWithLead), so that the command's lead is the
// reader's badge.
// The input is cleaned first with sanitize.Blank, which turns escape
// sequences and invisible characters into spaces of the same length: no
// "[31m" is read as a figure, no control reaches the JSON, and offsets
// still index the input as given.
func Extract(input []byte, published time.Time) Extraction {
	text := sanitize.Blank(string(input))
	input = []byte(text)
	start := 0
	b, err := briefing.ReadHeader("input", bytes.NewReader(input))
	if err == nil {
		start = b.BodyOffset()
		if published.IsZero() {
			published = b.Published
		}
	}
	body := text[start:]
	var figs []extract.Figure
	if err == nil {
		figs = briefing.FiguresWithLead(b, body)
	} else {
		figs = extract.Figures(body)
	}
	ex := Extraction{
		Figures:  figs,
		Timexes:  extract.Timexes(body, published),
		Timeline: extract.Timeline(body, published),
	}
	if !published.IsZero() {
		s := published.Format(briefing.DateLayout)
		ex.Published = &s
	}
	ex.shift(start)
	if ex.Figures == nil {
		ex.Figures = []extract.Figure{}
	}
	if ex.Timexes == nil {
		ex.Timexes = []extract.Timex{}
	}
	if ex.Timeline == nil {
		ex.Timeline = []extract.TimelineEntry{}
	}
	return ex
}

// shift moves every offset by n bytes, from the body to the whole input.
func (ex *Extraction) shift(n int) {
	if n == 0 {
		return
	}
	for i := range ex.Figures {
		f := &ex.Figures[i]
		f.Start, f.End, f.SentenceStart, f.SentenceEnd = f.Start+n, f.End+n, f.SentenceStart+n, f.SentenceEnd+n
	}
	for i := range ex.Timexes {
		ex.Timexes[i].Start += n
		ex.Timexes[i].End += n
	}
	for i := range ex.Timeline {
		e := &ex.Timeline[i]
		e.Start, e.End, e.SentenceStart, e.SentenceEnd = e.Start+n, e.End+n, e.SentenceStart+n, e.SentenceEnd+n
	}
}

// WriteJSON writes the extraction as one line of JSON.
//
// The line is written a figure at a time, not encoded whole first: a
// megabyte of hostile input (a table of numbers) has some 250,000
// figures, each with up to a kilobyte of sentence, and one buffer of
// that line took over a gigabyte.
func (ex Extraction) WriteJSON(w io.Writer) error {
	jw := jsonLineWriter{w: bufio.NewWriter(w)}
	jw.raw(`{"published":`)
	jw.value(ex.Published)
	jw.raw(`,"figures":`)
	if ex.Explain {
		writeJSONArray(&jw, ex.Figures, func(f *extract.Figure) any { return explainedFigure{Figure: *f, Rules: f.Explain()} })
	} else {
		writeJSONArray(&jw, ex.Figures, func(f *extract.Figure) any { return f })
	}
	jw.raw(`,"timexes":`)
	if ex.Explain {
		writeJSONArray(&jw, ex.Timexes, func(t *extract.Timex) any { return explainedTimex{Timex: *t, Rules: t.Explain()} })
	} else {
		writeJSONArray(&jw, ex.Timexes, func(t *extract.Timex) any { return t })
	}
	jw.raw(`,"timeline":`)
	writeJSONArray(&jw, ex.Timeline, func(e *extract.TimelineEntry) any { return e })
	jw.raw("}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}

// jsonLineWriter writes JSON piece by piece and keeps the first error.
type jsonLineWriter struct {
	w   *bufio.Writer
	err error
}

func (jw *jsonLineWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

// value writes v as encoding/json's Encoder does, HTML escaped.
func (jw *jsonLineWriter) value(v any) {
	if jw.err != nil {
		return
	}
	var data []byte
	if data, jw.err = json.Marshal(v); jw.err == nil {
		_, jw.err = jw.w.Write(data)
	}
}

// writeJSONArray writes xs as a JSON array, each element as elem makes
// it; a nil slice is an empty array, as Extract makes it.
func writeJSONArray[T any](jw *jsonLineWriter, xs []T, elem func(*T) any) {
	jw.raw("[")
	for i := range xs {
		if i > 0 {
			jw.raw(",")
		}
		jw.value(elem(&xs[i]))
	}
	jw.raw("]")
}

// explainedFigure and explainedTimex are the JSON of `extract --explain`:
// the contract, with the rules behind each figure and temporal expression.
type explainedFigure struct {
	extract.Figure
	Rules string `json:"rules"`
}

type explainedTimex struct {
	extract.Timex
	Rules string `json:"rules"`
}

// WriteTable writes the extraction as readable tables: key figures first
// (marked *), then the timeline and the other temporal expressions.
func (ex Extraction) WriteTable(w io.Writer, name string) error {
	return tabled(w, 0, func(tw io.Writer) { ex.writeTable(tw, name) })
}

// writeTable writes the tables of WriteTable to tw, a tabwriter.
func (ex Extraction) writeTable(tw io.Writer, name string) {
	pub := "undated"
	if ex.Published != nil {
		pub = *ex.Published
	}
	fmt.Fprintf(tw, "== %s (published %s)\n\nFIGURES (%d, * = key)\n", cell(name), pub, len(ex.Figures))
	fmt.Fprintln(tw, "\tVALUE\tQUALIFIER\tUNIT\tROLE\tCATEGORY\tTEXT")
	for _, f := range ex.Figures {
		mark := ""
		if f.Key {
			mark = "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", mark, formatValue(f), f.Qualifier, cell(f.Unit), f.Role, f.Category, cell(f.Text))
		if ex.Explain {
			fmt.Fprintf(tw, "\t\t\t\t\t\t  rules: %s\n", f.Explain())
		}
	}
	fmt.Fprintf(tw, "\nTIMELINE (%d)\n", len(ex.Timeline))
	fmt.Fprintln(tw, "\tDATE\tTEXT\tEVENT")
	for _, e := range ex.Timeline {
		mark := ""
		if e.Planned {
			mark = "planned"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", mark, e.Value, cell(e.Text), cell(e.Event))
	}
	fmt.Fprintf(tw, "\nTEMPORAL EXPRESSIONS (%d)\n", len(ex.Timexes))
	fmt.Fprintln(tw, "\tTYPE\tVALUE\tMOD\tTEXT")
	for _, t := range ex.Timexes {
		fmt.Fprintf(tw, "\t%s\t%s\t%s\t%s\n", t.Type, t.Value, t.Mod, cell(t.Text))
		if ex.Explain {
			fmt.Fprintf(tw, "\t\t\t\t  rules: %s\n", t.Explain())
		}
	}
}

// formatValue is a figure's value as people write it: 5,000,000, not 5e+06.
func formatValue(f extract.Figure) string {
	if f.Min != nil && f.Max != nil && *f.Min != *f.Max {
		return formatNumber(*f.Min) + "–" + formatNumber(*f.Max)
	}
	return formatNumber(f.Value)
}

// formatNumber writes v in plain decimal notation, the integer part in
// groups of three digits, with as many decimals as it has (at most six).
func formatNumber(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	s := strconv.FormatFloat(v, 'f', 6, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	if out := b.String(); out != "0" || sign == "" {
		return sign + out
	}
	return "0"
}
