package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var updateRecognizersBaseline = flag.Bool("recognizers.update", false, "rewrite testdata/recognizers-baseline.json with the measured pass rates")

// rtRecord is one case of a Recognizers-Text specification file.
type rtRecord struct {
	Input        string
	NotSupported string
	Results      []struct {
		Text       string
		Start, End int // rune offsets, End inclusive
		Resolution map[string]any
	}
}

// rtSpan is a recognised span in the terms of the specification: rune
// offsets with an inclusive end, and the resolved value as a normalised
// string.
type rtSpan struct {
	Start, End int
	Value      string
}

// recognizerModels maps each specification file to the function under test,
// which returns the spans it recognises in an input.
var recognizerModels = map[string]func(string) []rtSpan{
	"Number-English-NumberModel": func(s string) []rtSpan {
		var out []rtSpan
		for _, n := range Numbers(s) {
			out = append(out, rtSpanOf(s, n.Start, n.End, rtNumber(n.Value)))
		}
		return out
	},
	"Number-English-NumberRangeModel": func(s string) []rtSpan {
		var out []rtSpan
		for _, r := range NumberRanges(s) {
			out = append(out, rtSpanOf(s, r.Start, r.End, r.Interval()))
		}
		return out
	},
	"Number-English-PercentModel":           quantitiesOf(QuantityPercent),
	"NumberWithUnit-English-CurrencyModel":  quantitiesOf(QuantityCurrency),
	"NumberWithUnit-English-DimensionModel": quantitiesOf(QuantityDimension),
}

func quantitiesOf(kind QuantityKind) func(string) []rtSpan {
	return func(s string) []rtSpan {
		var out []rtSpan
		for _, q := range Quantities(s) {
			if q.Kind != kind {
				continue
			}
			v := rtNumber(q.Value)
			if kind == QuantityPercent {
				v += "%"
			}
			out = append(out, rtSpanOf(s, q.Start, q.End, v))
		}
		return out
	}
}

// rtSpanOf converts byte offsets to the rune offsets, end inclusive, of the
// specifications.
func rtSpanOf(s string, start, end int, value string) rtSpan {
	rs := utf8.RuneCountInString(s[:start])
	return rtSpan{Start: rs, End: rs + utf8.RuneCountInString(s[start:end]) - 1, Value: value}
}

// rtNumber normalises a value to 12 significant digits, so that
// "0.666666666666667" and 2.0/3 compare equal.
func rtNumber(v float64) string {
	return strconv.FormatFloat(v, 'g', 12, 64)
}

// rtExpected normalises a resolution value of a specification.
func rtExpected(v any) string {
	s, ok := v.(string)
	if !ok {
		return "null"
	}
	if strings.HasSuffix(s, "%") {
		if f, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64); err == nil {
			return rtNumber(f) + "%"
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return rtNumber(f)
	}
	// A range such as "[20,35)": normalise each bound.
	if len(s) >= 3 && strings.ContainsAny(s[:1], "[(") && strings.ContainsAny(s[len(s)-1:], "])") {
		lo, hi, _ := strings.Cut(s[1:len(s)-1], ",")
		return s[:1] + rtBound(lo) + "," + rtBound(hi) + s[len(s)-1:]
	}
	return s
}

func rtBound(s string) string {
	if s == "" {
		return ""
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return rtNumber(f)
}

// TestRecognizersText measures the pass rate of the number layer on the
// English specifications of Microsoft's Recognizers-Text. A case passes
// when the set of recognised spans (rune offsets, end inclusive, as in the
// specifications) with their resolved values equals the expected set
// exactly: every expected span found with the same bounds and value, and
// nothing else. Values are compared to 12 significant digits; ranges by
// their interval notation ("[20,30)"). Cases whose NotSupported names
// dotnet are skipped. The test fails when a file's rate drops below the
// committed baseline in testdata/recognizers-baseline.json.
func TestRecognizersText(t *testing.T) {
	dir := filepath.Join(sharedDir, "eval", "recognizers-text")
	if _, err := os.Stat(dir); err != nil {
		missingShared(t, dir, err)
	}
	baselinePath := filepath.Join("testdata", "recognizers-baseline.json")
	baseline := map[string]float64{}
	if data, err := os.ReadFile(baselinePath); err == nil {
		if err := json.Unmarshal(data, &baseline); err != nil {
			t.Fatalf("parse %s: %v", baselinePath, err)
		}
	}
	names := make([]string, 0, len(recognizerModels))
	for name := range recognizerModels {
		names = append(names, name)
	}
	sort.Strings(names)
	measured := map[string]float64{}
	for _, name := range names {
		records := readSpec(t, filepath.Join(dir, name+".json"))
		pass, total := 0, 0
		var failures []string
		for _, rec := range records {
			if strings.Contains(strings.ToLower(rec.NotSupported), "dotnet") {
				continue
			}
			total++
			want := make([]rtSpan, 0, len(rec.Results))
			for _, r := range rec.Results {
				want = append(want, rtSpan{Start: r.Start, End: r.End, Value: rtExpected(r.Resolution["value"])})
			}
			got := recognizerModels[name](rec.Input)
			if sameSpans(got, want) {
				pass++
			} else {
				failures = append(failures, fmt.Sprintf("%q: got %v want %v", rec.Input, got, want))
			}
		}
		rate := float64(pass) / float64(total)
		measured[name] = rate
		t.Logf("%-40s %3d/%3d passed (%.1f%%), baseline %.1f%%", name, pass, total, 100*rate, 100*baseline[name])
		if testing.Verbose() && os.Getenv("RECOGNIZERS_FAILURES") != "" {
			for _, f := range failures {
				t.Logf("  FAIL %s", f)
			}
		}
		if rate < baseline[name]-1e-9 {
			t.Errorf("%s: pass rate %.1f%% fell below the baseline %.1f%%", name, 100*rate, 100*baseline[name])
		}
	}
	if *updateRecognizersBaseline {
		data, _ := json.MarshalIndent(measured, "", "  ")
		if err := os.WriteFile(baselinePath, append(data, '\n'), 0o644); err != nil {
			t.Fatalf("write baseline: %v", err)
		}
	}
}

func readSpec(t *testing.T, path string) []rtRecord {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var recs []rtRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return recs
}

// sameSpans compares two sets of spans, ignoring order.
func sameSpans(got, want []rtSpan) bool {
	if len(got) != len(want) {
		return false
	}
	key := func(s rtSpan) string { return fmt.Sprintf("%d:%d:%s", s.Start, s.End, s.Value) }
	count := map[string]int{}
	for _, s := range want {
		count[key(s)]++
	}
	for _, s := range got {
		k := key(s)
		if count[k] == 0 {
			return false
		}
		count[k]--
	}
	return true
}
