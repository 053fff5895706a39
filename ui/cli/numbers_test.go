package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestExtractTablePrintsNumbersAsPeopleWriteThem: no 5e+06 in the table.
func TestExtractTablePrintsNumbersAsPeopleWriteThem(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"The fighting displaced 5 million people last year.", "5,000,000"},
		{"About 2.5 million people need food aid.", "2,500,000"},
		{"Donors pledged $1.2 billion for the response.", "1,200,000,000"},
		{"At least 48 people were killed.", " 48 "},
		{"Between 1,500 and 2,000 families fled.", "1,500–2,000"},
	}
	for _, c := range cases {
		var out bytes.Buffer
		if err := Extract([]byte(c.text), time.Time{}).WriteTable(&out, "input"); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), c.want) || strings.Contains(out.String(), "e+") {
			t.Errorf("%q: the table should show %q:\n%s", c.text, c.want, out.String())
		}
	}
	for v, want := range map[float64]string{0: "0", 0.5: "0.5", 999: "999", 1000: "1,000", -12345.25: "-12,345.25", 1e15: "1,000,000,000,000,000"} {
		if got := formatNumber(v); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}
