package briefing

import (
	"errors"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, want string // want: the normalised query, or "error: ..." (a substring)
	}{
		{"Tawila", "tawila"},
		{"  tawi*  ", "tawi*"},
		{`"Gran Grif"`, `"gran grif"`},
		{`"Gran Grif"*`, `"gran grif"*`},
		{"Pont-Sondé massacre", `"pont sondé" massacre`},
		{`region:Sahel country:Mali`, "region:Sahel country:Mali"},
		{`country:"DR Congo" goma`, `goma country:"DR Congo"`},
		{`Source:Reuters role:killed`, "source:Reuters role:killed"},
		{"since:2024-06-01 until:2024-10", "since:2024-06-01 until:2024-10-31"},
		{"since:2024", "since:2024-01-01"},
		{"until:2024", "until:2024-12-31"},
		{"since:yesterday", "error: since: \"yesterday\": want a date"},
		{"role:bored", "error: role \"bored\" is not known"},
		{"10:30 talks", `"10 30" talks`},
		{"colour:red", `"colour red"`},
		{"region:", "region"},
		// unbalanced quotes run to the end
		{`"gran grif`, `"gran grif"`},
		{`gran "grif`, `gran grif`},
		{`country:"DR Congo`, `country:"DR Congo"`},
		{`"`, ""},
		{`""`, ""},
		// FTS5 and boolean syntax is only text
		{`tawila OR zamzam NOT goma`, "tawila or zamzam not goma"},
		{`NEAR(tawila zamzam, 5)`, `"near tawila" zamzam 5`},
		{`title:tawila ^goma -rsf +saf (a) {b} [c]`, `"title tawila" goma rsf saf a b c`},
		{`'; DROP TABLE docs; --`, "drop table docs"},
		{`*`, ""},
		{`***`, ""},
		{"\x1b[31mred\x1b[0m", "red"},
		{"a\x00b", "ab"},
		{strings.Repeat("x", 200), strings.Repeat("x", 64)},
		{strings.Repeat("a ", MaxQueryLen), "error: longer than"},
		{strings.Repeat("w ", 40), "error: more than 32"},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.in)
		var got string
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Errorf("ParseQuery(%q): error %v is not a QueryError", tt.in, err)
			}
			got = "error: " + strings.TrimPrefix(err.Error(), "query: ")
		} else {
			got = q.String()
		}
		if got != tt.want && !(strings.HasPrefix(tt.want, "error: ") && strings.HasPrefix(got, tt.want)) {
			t.Errorf("ParseQuery(%.40q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	f.Add(`"gran grif" region:"Middle East" tawi* since:2024`)
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			return
		}
		for _, term := range q.Terms {
			if len(term.Words) == 0 {
				t.Fatal("empty term")
			}
			for _, w := range term.Words {
				if w == "" || strings.ContainsAny(w, "\"*:()^ ") {
					t.Fatalf("word %q holds syntax", w)
				}
			}
		}
		// A parsed query reads back as itself.
		again, err := ParseQuery(q.String())
		if err != nil || again.String() != q.String() {
			t.Fatalf("%q: round trip %q -> %q (%v)", s, q.String(), again.String(), err)
		}
	})
}
