package extract

import (
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []NumberMatch // Start, End, Value; flags checked where set
	}{
		{"2,900", []NumberMatch{{Start: 0, End: 5, Value: 2900}}},
		{"1.5 and .08", []NumberMatch{{Start: 0, End: 3, Value: 1.5}, {Start: 8, End: 11, Value: 0.08}}},
		{"12,34,567.89", []NumberMatch{{Start: 0, End: 12, Value: 1234567.89}}},
		{"1.111,11", []NumberMatch{{Start: 0, End: 8, Value: 1111.11}}},
		{"40 000 people", []NumberMatch{{Start: 0, End: 6, Value: 40000}}},
		{"3.6m people", []NumberMatch{{Start: 0, End: 4, Value: 3.6e6}}},
		{"$4bn", []NumberMatch{{Start: 1, End: 4, Value: 4e9}}},
		{"10k", []NumberMatch{{Start: 0, End: 3, Value: 1e4}}},
		{"1.2 million", []NumberMatch{{Start: 0, End: 11, Value: 1.2e6}}},
		{"six hundred", []NumberMatch{{Start: 0, End: 11, Value: 600, Words: true}}},
		{"five million", []NumberMatch{{Start: 0, End: 12, Value: 5e6, Words: true}}},
		{"twenty-one trillion and three hundred", []NumberMatch{{Start: 0, End: 37, Value: 21000000000300, Words: true}}},
		{"one hundred and sixty-one", []NumberMatch{{Start: 0, End: 25, Value: 161, Words: true}}},
		{"4 thousand 3 hundred and 21", []NumberMatch{{Start: 0, End: 27, Value: 4321, Words: true}}},
		{"a dozen", []NumberMatch{{Start: 0, End: 7, Value: 12, Words: true}}},
		{"half a dozen", []NumberMatch{{Start: 0, End: 12, Value: 6, Words: true, Fraction: true}}},
		{"half", []NumberMatch{{Start: 0, End: 4, Value: 0.5, Words: true, Fraction: true}}},
		{"two-thirds", []NumberMatch{{Start: 0, End: 10, Value: 2.0 / 3, Words: true, Fraction: true}}},
		{"one and a half million", []NumberMatch{{Start: 0, End: 22, Value: 1.5e6, Words: true, Fraction: true}}},
		{"two-and-a-half", []NumberMatch{{Start: 0, End: 14, Value: 2.5, Words: true, Fraction: true}}},
		{"a half-dozen", []NumberMatch{{Start: 0, End: 12, Value: 6, Words: true}}},
		{"1½", []NumberMatch{{Start: 0, End: 3, Value: 1.5, Fraction: true}}},
		{"3/4", []NumberMatch{{Start: 0, End: 3, Value: 0.75, Fraction: true}}},
		{"dozens", []NumberMatch{{Start: 0, End: 6, Value: 12, Words: true, Vague: true}}},
		{"hundreds of thousands", []NumberMatch{{Start: 0, End: 21, Value: 1e5, Words: true, Vague: true}}},
		{"tens of thousands", []NumberMatch{{Start: 0, End: 17, Value: 1e4, Words: true, Vague: true}}},
		{"minus five point five", []NumberMatch{{Start: 0, End: 21, Value: -5.5, Words: true}}},
		{"one in five", []NumberMatch{{Start: 0, End: 11, Value: 0.2, Words: true, Fraction: true}}},
		{"192.168.1.2", []NumberMatch{{Start: 0, End: 3, Value: 192}, {Start: 4, End: 7, Value: 168}, {Start: 8, End: 9, Value: 1}, {Start: 10, End: 11, Value: 2}}},
		{"the 4th and the third", nil},
		{"the 180ml liquid", nil},
		{"That one is good", nil},
	}
	for _, tt := range tests {
		got := Numbers(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Numbers(%q) = %+v, want %+v", tt.in, got, tt.want)
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Start != w.Start || g.End != w.End || !sameValue(g.Value, w.Value) ||
				(w.Words && !g.Words) || (w.Vague && !g.Vague) || (w.Fraction && !g.Fraction) {
				t.Errorf("Numbers(%q)[%d] = %+v, want %+v", tt.in, i, g, w)
			}
		}
	}
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		kind QuantityKind
		text string
		unit string
		val  float64
	}{
		{"prices rose 19%", QuantityPercent, "19%", "%", 19},
		{"twenty per cent", QuantityPercent, "twenty per cent", "per cent", 20},
		{"US$ 150 million", QuantityCurrency, "US$ 150 million", "US$", 1.5e8},
		{"420 million Finnish markka", QuantityCurrency, "420 million Finnish markka", "Finnish markka", 4.2e8},
		{"3 dollars 50 cents", QuantityCurrency, "3 dollars 50 cents", "dollars", 3.5},
		{"KSh 2.5 billion", QuantityCurrency, "KSh 2.5 billion", "KSh", 2.5e9},
		{"a six-mile trip", QuantityDimension, "six-mile", "mile", 6},
		{"16,000 metric tons", QuantityDimension, "16,000 metric tons", "metric tons", 16000},
		{"he is 5 ft 2 in", QuantityDimension, "5 ft 2 in", "ft", 5 + 2.0/12},
		{"a one-year extension", QuantityDuration, "one-year", "year", 1},
		{"for three months", QuantityDuration, "three months", "months", 3},
	}
	for _, tt := range tests {
		var found bool
		for _, q := range Quantities(tt.in) {
			if tt.in[q.Start:q.End] != tt.text {
				continue
			}
			found = true
			if q.Kind != tt.kind || q.Unit != tt.unit || !sameValue(q.Value, tt.val) {
				t.Errorf("Quantities(%q) %q = kind %d unit %q value %g, want kind %d unit %q value %g", tt.in, tt.text, q.Kind, q.Unit, q.Value, tt.kind, tt.unit, tt.val)
			}
		}
		if !found {
			t.Errorf("Quantities(%q): no %q in %+v", tt.in, tt.text, Quantities(tt.in))
		}
	}
}

func TestNumberRanges(t *testing.T) {
	tests := []struct{ in, text, interval string }{
		{"between 20 and 30 people", "between 20 and 30", "[20,30)"},
		{"from one thousand to one thousand and five hundred", "from one thousand to one thousand and five hundred", "[1000,1500)"},
		{"up to 700 workers", "up to 700", "(,700]"},
		{"at least 115 people", "at least 115", "[115,)"},
		{"more than 4,565", "more than 4,565", "(4565,)"},
		{"fewer than a thousand pandas", "fewer than a thousand", "(,1000)"},
		{"larger than 20 and less or equal than thirty five", "larger than 20 and less or equal than thirty five", "(20,35]"},
		{"1000-5000", "1000-5000", "[1000,5000)"},
		{"between 2 and 3 million", "between 2 and 3 million", "[2000000,3000000)"},
		{"500 or more", "500 or more", "[500,)"},
	}
	for _, tt := range tests {
		rs := NumberRanges(tt.in)
		var got []string
		ok := false
		for _, r := range rs {
			got = append(got, tt.in[r.Start:r.End]+" "+r.Interval())
			if tt.in[r.Start:r.End] == tt.text && r.Interval() == tt.interval {
				ok = true
			}
		}
		if !ok {
			t.Errorf("NumberRanges(%q) = %s, want %q %s", tt.in, strings.Join(got, "; "), tt.text, tt.interval)
		}
	}
}
