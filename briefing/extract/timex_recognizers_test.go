package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The Recognizers-Text English DateTime specifications (Microsoft, MIT) are
// a conformance suite written by others, read from ../shared. This test
// measures how many of the records a news reader meets the tagger gets
// right, and fails below the committed baseline.
//
// Records measured: those not marked NotSupported for dotnet, with at least
// one expected result, whose expected results are all dates, date ranges,
// durations or sets (TypeName datetimeV2.date, .daterange, .duration,
// .set). Records with any clock time (.time, .timerange, .datetime,
// .datetimerange) are excluded: clock times are rare in briefings and the
// suite's are mostly meeting scheduling. Records expecting nothing are
// excluded too (the suite's negatives are mostly clock and scheduling
// phrasing).
//
// A record passes when every expected result is matched by a timex that
// overlaps its span and whose value is compatible with one of its
// expected timex values (see txRTCompatible).

const txRTBaselineFile = "testdata/recognizers-baseline-datetime.json"

// txRTBaseline is the committed floor of the pass rates.
type txRTBaseline struct {
	DateTimeModel  float64 `json:"datetime_model_pass_rate"`
	DurationParser float64 `json:"duration_parser_pass_rate"`
}

type txRTRecord struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	NotSupported string            `json:"NotSupported"`
	Results      []json.RawMessage `json:"Results"`
}

// txRTExpected is one expected result, from either file's schema.
type txRTExpected struct {
	text       string
	start, end int // rune offsets, end exclusive
	typeName   string
	timexes    []string
}

type txRTModelResult struct {
	Text       string `json:"Text"`
	Start      int    `json:"Start"`
	End        int    `json:"End"`
	TypeName   string `json:"TypeName"`
	Resolution struct {
		Values []struct {
			Timex string `json:"timex"`
		} `json:"values"`
	} `json:"Resolution"`
}

type txRTParserResult struct {
	Text   string `json:"Text"`
	Type   string `json:"Type"`
	Start  int    `json:"Start"`
	Length int    `json:"Length"`
	Value  struct {
		Timex string `json:"Timex"`
	} `json:"Value"`
}

func txLoadRT(t *testing.T, name string) []txRTRecord {
	t.Helper()
	data := readShared(t, "eval", "recognizers-text", name)
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var recs []txRTRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return recs
}

// txRTMeasured is the inclusion rule of the test: see the file comment.
func txRTMeasured(typeName string) bool {
	switch typeName {
	case "datetimeV2.date", "datetimeV2.daterange", "datetimeV2.duration", "datetimeV2.set", "duration":
		return true
	}
	return false
}

func TestTimexRecognizersText(t *testing.T) {
	base := txRTBaseline{}
	if data, err := os.ReadFile(txRTBaselineFile); err == nil {
		if err := json.Unmarshal(data, &base); err != nil {
			t.Fatalf("parse %s: %v", txRTBaselineFile, err)
		}
	}
	model := txRTPassRate(t, txLoadRT(t, "DateTime-English-DateTimeModel.json"), func(raw json.RawMessage) (txRTExpected, error) {
		var r txRTModelResult
		err := json.Unmarshal(raw, &r)
		e := txRTExpected{text: r.Text, start: r.Start, end: r.End + 1, typeName: r.TypeName}
		for _, v := range r.Resolution.Values {
			e.timexes = append(e.timexes, v.Timex)
		}
		return e, err
	})
	parser := txRTPassRate(t, txLoadRT(t, "DateTime-English-DurationParser.json"), func(raw json.RawMessage) (txRTExpected, error) {
		var r txRTParserResult
		err := json.Unmarshal(raw, &r)
		return txRTExpected{text: r.Text, start: r.Start, end: r.Start + r.Length, typeName: r.Type,
			timexes: []string{r.Value.Timex}}, err
	})
	t.Logf("Recognizers-Text DateTimeModel (dates, ranges, durations, sets): %.3f (baseline %.3f)", model, base.DateTimeModel)
	t.Logf("Recognizers-Text DurationParser: %.3f (baseline %.3f)", parser, base.DurationParser)
	if model+1e-9 < base.DateTimeModel {
		t.Errorf("DateTimeModel pass rate %.3f fell below the baseline %.3f", model, base.DateTimeModel)
	}
	if parser+1e-9 < base.DurationParser {
		t.Errorf("DurationParser pass rate %.3f fell below the baseline %.3f", parser, base.DurationParser)
	}
}

// txRTPassRate runs the measured records and returns the share that pass.
func txRTPassRate(t *testing.T, recs []txRTRecord, decode func(json.RawMessage) (txRTExpected, error)) float64 {
	t.Helper()
	pass, total := 0, 0
	failures := 0
	for _, r := range recs {
		if strings.Contains(strings.ToLower(r.NotSupported), "dotnet") || len(r.Results) == 0 {
			continue
		}
		var exp []txRTExpected
		measured := true
		for _, raw := range r.Results {
			e, err := decode(raw)
			if err != nil {
				t.Fatalf("decode result of %q: %v", r.Input, err)
			}
			if !txRTMeasured(e.typeName) {
				measured = false
			}
			exp = append(exp, e)
		}
		if !measured {
			continue
		}
		total++
		var ref time.Time
		if r.Context.ReferenceDateTime != "" {
			ref, _ = time.Parse("2006-01-02T15:04:05", r.Context.ReferenceDateTime)
		}
		got := Timexes(r.Input, ref)
		ok := true
		for _, e := range exp {
			if !txRTMatched(r.Input, e, got) {
				ok = false
				if failures < 400 && testing.Verbose() && os.Getenv("RT_FAILURES") != "" {
					t.Logf("fail %q: want %q %v; got %v", r.Input, e.text, e.timexes, got)
				}
				failures++
			}
		}
		if ok {
			pass++
		}
	}
	if total == 0 {
		t.Fatal("no measured records")
	}
	t.Logf("%d of %d measured records pass", pass, total)
	return float64(pass) / float64(total)
}

// txRTMatched reports whether some timex overlaps e's span with a compatible
// value.
func txRTMatched(input string, e txRTExpected, got []Timex) bool {
	bs, be := txRuneToByte(input, e.start), txRuneToByte(input, e.end)
	var inside []Timex
	for _, x := range got {
		if x.Start >= be || bs >= x.End {
			continue
		}
		inside = append(inside, x)
		for _, want := range e.timexes {
			if txRTCompatible(x.Value, want) {
				return true
			}
		}
	}
	for _, want := range e.timexes {
		if txRTRangeEnds(inside, want) {
			return true
		}
	}
	return false
}

// txRTRangeEnds matches a range "(start,end,duration)" with the two timexes
// TimeML gives its ends ("from 2014 to 2018"): the first starts at start,
// and the last starts or ends at end (the suite's ends are sometimes
// inclusive, sometimes not).
func txRTRangeEnds(xs []Timex, want string) bool {
	if len(xs) < 2 || !strings.HasPrefix(want, "(") {
		return false
	}
	parts := strings.Split(strings.Trim(want, "()"), ",")
	if len(parts) != 3 {
		return false
	}
	s1, _, ok1 := txValueInterval(xs[0].Value)
	s2, e2, ok2 := txValueInterval(xs[len(xs)-1].Value)
	return ok1 && ok2 && txWildcardEqual(s1, parts[0]) &&
		(txWildcardEqual(s2, parts[1]) || txWildcardEqual(e2, parts[1]))
}

// txRuneToByte converts a rune offset of s to a byte offset.
func txRuneToByte(s string, n int) int {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// txRTCompatible compares a TIMEX3 value of ours with a Recognizers-Text
// timex:
//   - equal strings match;
//   - their X digits are unknowns that any digit of ours matches (they
//     leave the year of "Oct. 2" unresolved where we resolve it), and our X
//     (an unspecified amount, "PXD") matches any number of theirs ("few
//     days" is P3D there);
//   - their unresolved weekday XXXX-WXX-5 matches any Friday of ours;
//   - their range "(start,end,duration)" matches a value of ours that
//     covers exactly [start, end) (a decade, quarter, month, year), or our
//     duration equal to theirs (TimeML tags "the next three days" as a
//     duration).
func txRTCompatible(ours, theirs string) bool {
	if ours == theirs {
		return true
	}
	if strings.HasPrefix(theirs, "(") && strings.HasSuffix(theirs, ")") {
		parts := strings.Split(theirs[1:len(theirs)-1], ",")
		if len(parts) != 3 {
			return false
		}
		if txRTCompatible(ours, parts[2]) {
			return true
		}
		s, e, ok := txValueInterval(ours)
		return ok && txWildcardEqual(s, parts[0]) && txWildcardEqual(e, parts[1])
	}
	if strings.HasPrefix(theirs, "XXXX-WXX-") && len(theirs) == 10 && len(ours) == 10 {
		d, err := time.Parse(time.DateOnly, ours)
		return err == nil && int(d.Weekday()+6)%7+1 == int(theirs[9]-'0')
	}
	return txWildcardEqual(ours, theirs)
}

// txWildcardEqual compares a and b where an X in b stands for any digit of
// a, and an X in a stands for any number in b.
func txWildcardEqual(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			i++
			j++
		case b[j] == 'X' && a[i] >= '0' && a[i] <= '9':
			i++
			j++
		case a[i] == 'X' && (b[j] >= '0' && b[j] <= '9' || b[j] == '.'):
			for j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] == '.') {
				j++
			}
			i++
		default:
			return false
		}
	}
	return i == len(a) && j == len(b)
}

// txValueInterval returns the first and the day after the last day of a
// calendar value as YYYY-MM-DD, for decades, years, halves, quarters,
// months, weeks and days.
func txValueInterval(v string) (string, string, bool) {
	var d timexVal
	switch {
	case len(v) == 2 && timexAllDigits(v):
		d = timexVal{g: GrainCentury, y: txAtoi(v) * 100}
	case len(v) == 3 && timexAllDigits(v):
		d = timexVal{g: GrainDecade, y: txAtoi(v) * 10}
	case len(v) == 4 && timexAllDigits(v):
		d = timexVal{g: GrainYear, y: txAtoi(v)}
	case len(v) == 7 && v[4] == '-' && v[5] == 'Q':
		d = timexVal{g: GrainQuarter, y: txAtoi(v[:4]), q: txAtoi(v[6:])}
	case len(v) == 7 && v[4] == '-' && v[5] == 'H':
		d = timexVal{g: GrainHalf, y: txAtoi(v[:4]), q: txAtoi(v[6:])}
	case len(v) == 7 && v[4] == '-' && timexAllDigits(v[5:]):
		d = timexVal{g: GrainMonth, y: txAtoi(v[:4]), m: txAtoi(v[5:])}
	case len(v) == 8 && v[4:6] == "-W":
		d = timexVal{g: GrainWeek, y: txAtoi(v[:4]), w: txAtoi(v[6:])}
	case len(v) == 10:
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return "", "", false
		}
		d = dayVal(t)
	default:
		return "", "", false
	}
	if d.y == 0 {
		return "", "", false
	}
	return d.start().Format(time.DateOnly), d.end().Format(time.DateOnly), true
}

func txAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
