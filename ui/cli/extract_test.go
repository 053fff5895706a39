package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestExtractExplain checks `sitrep extract --explain`: the rules behind
// each figure and expression, as a line under each row and as a "rules"
// field in JSON, and nothing of them without the flag.
func TestExtractExplain(t *testing.T) {
	input := []byte("Gunmen killed at least 115 people last week, officials said.\n")
	published := time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		explain, json bool
		want, not     []string
	}{
		{explain: true, want: []string{
			"rules: number/digits, qualifier/at-least, unit/counted-noun, category/trigger-word (killed), role/object-of-verb, key/counted-category",
			"rules: timex/relative"}},
		{explain: true, json: true, want: []string{
			`"rules":"number/digits, qualifier/at-least, unit/counted-noun, category/trigger-word (killed), role/object-of-verb, key/counted-category, exclusion/none of 21"`,
			`"rules":"timex/relative"`}},
		{not: []string{"rules"}},
		{json: true, not: []string{"rules"}},
	}
	for _, c := range cases {
		ex := Extract(input, published)
		ex.Explain = c.explain
		var out bytes.Buffer
		var err error
		if c.json {
			err = ex.WriteJSON(&out)
		} else {
			err = ex.WriteTable(&out, "input")
		}
		if err != nil {
			t.Fatal(err)
		}
		if c.json && !json.Valid(out.Bytes()) {
			t.Errorf("explain=%v: invalid JSON: %s", c.explain, out.String())
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("explain=%v json=%v: output lacks %q:\n%s", c.explain, c.json, w, out.String())
			}
		}
		for _, w := range c.not {
			if strings.Contains(out.String(), w) {
				t.Errorf("explain=%v json=%v: output has %q:\n%s", c.explain, c.json, w, out.String())
			}
		}
	}
}
