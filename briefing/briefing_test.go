package briefing

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		check   func(t *testing.T, b *Briefing, body string)
		wantErr string // substring; "" means success
	}{
		{
			name: "full",
			in: "---\ntitle: Kenya to send 600 more police\nsummary: A dek.\npublished: 2024-10-11\nsource: Wire\n" +
				"url: https://example.org/a\nregion: Caribbean\ncountries: [Haiti, Kenya]\ntags: [MSS]\ndateline: Nairobi\n---\nBody *text*.\n",
			check: func(t *testing.T, b *Briefing, body string) {
				want := Briefing{ID: "x", Title: "Kenya to send 600 more police", Summary: "A dek.",
					Published: time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC), Source: "Wire", URL: "https://example.org/a",
					Region: "Caribbean", Dateline: "Nairobi"}
				if b.ID != want.ID || b.Title != want.Title || b.Summary != want.Summary || !b.Published.Equal(want.Published) ||
					b.Source != want.Source || b.URL != want.URL || b.Region != want.Region || b.Dateline != want.Dateline {
					t.Errorf("got %+v", b)
				}
				if strings.Join(b.Countries, ",") != "Haiti,Kenya" || strings.Join(b.Tags, ",") != "MSS" {
					t.Errorf("lists: %v %v", b.Countries, b.Tags)
				}
				if body != "Body *text*.\n" {
					t.Errorf("body %q", body)
				}
			},
		},
		{
			name: "undated, CRLF and BOM",
			in:   "\ufeff---\r\ntitle: Undated note\r\n---\r\nBody\r\n",
			check: func(t *testing.T, b *Briefing, body string) {
				if !b.Undated() || b.Title != "Undated note" {
					t.Errorf("got %+v", b)
				}
			},
		},
		{
			name: "RFC 3339 published",
			in:   "---\ntitle: T\npublished: 2024-10-11T09:30:00Z\n---\n",
			check: func(t *testing.T, b *Briefing, body string) {
				if b.Published.Format(DateLayout) != "2024-10-11" {
					t.Errorf("published %v", b.Published)
				}
			},
		},
		{
			name: "control characters in fields are removed",
			in:   "---\ntitle: \"Evil \\e[31mred\\e[0m title\"\nsummary: \"bell\\a here\"\n---\n",
			check: func(t *testing.T, b *Briefing, body string) {
				if strings.ContainsAny(b.Title+b.Summary, "\x1b\a") {
					t.Errorf("control characters survived: %q %q", b.Title, b.Summary)
				}
			},
		},
		{
			name: "invalid UTF-8 is replaced",
			in:   "---\ntitle: \"caf\xe9\"\n---\nbody \xff here\n",
			check: func(t *testing.T, b *Briefing, body string) {
				if !strings.Contains(b.Title, "\uFFFD") || !strings.Contains(body, "\uFFFD") {
					t.Errorf("got %q / %q", b.Title, body)
				}
			},
		},
		{name: "no front matter", in: "# Just markdown\n", wantErr: "x.md:1: no front matter"},
		{name: "unterminated", in: "---\ntitle: T\nbody\n", wantErr: "not closed"},
		{name: "no title", in: "---\nsummary: S\n---\n", wantErr: "no title"},
		{name: "bad date", in: "---\ntitle: T\npublished: last Tuesday\n---\n", wantErr: "x.md:3: published \"last Tuesday\" is not a date"},
		{name: "unknown field names the line", in: "---\ntitle: T\n\npublised: 2024-01-01\n---\n", wantErr: "x.md:4: unknown field \"publised\""},
		{name: "bad YAML names the line", in: "---\ntitle: T\ntags: [a, b\n---\n", wantErr: "x.md:"},
		{name: "wrong type", in: "---\ntitle: [a, b]\n---\n", wantErr: "x.md:2:"},
		{name: "alias", in: "---\ntitle: &t T\nsummary: *t\n---\n", wantErr: "x.md:2: YAML anchors and aliases are not allowed"},
		{name: "binary", in: "\x00\x01\x02---\n", wantErr: "not a text file"},
		{name: "published as a list", in: "---\ntitle: T\npublished: [2024-01-01]\n---\n", wantErr: "x.md:3: published is a list, not a date"},
		{name: "published as a map", in: "---\ntitle: T\npublished: {year: 2024}\n---\n", wantErr: "x.md:3: published is a map, not a date"},
		{name: "published as a block list", in: "---\ntitle: T\npublished:\n  - 2024-01-01\n---\n", wantErr: "x.md:4: published is a list, not a date"},
		{name: "year 0000", in: "---\ntitle: T\npublished: 0000-01-01\n---\n", wantErr: "x.md:3: published \"0000-01-01\": there is no year 0000"},
		{name: "document end hides keys", in: "---\ntitle: T\n...\nsummary: lost\n---\n", wantErr: "x.md:3: a line \"...\" ends the YAML here"},
		{name: "document end with nothing after it", in: "---\ntitle: T\n...\n# comment\n---\n", check: func(t *testing.T, b *Briefing, body string) {
			if b.Title != "T" {
				t.Errorf("title %q", b.Title)
			}
		}},
		{name: "duplicate key counts lines from the file", in: "---\ntitle: A\nsummary: S\ntitle: B\n---\n", wantErr: "x.md:4: mapping key \"title\" already defined at line 2"},
		{name: "no title names a line", in: "---\nsummary: S\n---\n", wantErr: "x.md:1: front matter has no title"},
		{name: "YAML error without a line names one", in: "---\ntitle: T\x01\n---\n", wantErr: "x.md:2: "},
		{name: "front matter too large", in: "---\ntitle: T\nsummary: " + strings.Repeat("a", MaxFrontMatterSize) + "\n---\n", wantErr: "front matter is larger than 64 KiB"},
		{name: "file too large", in: "---\ntitle: T\n---\n" + strings.Repeat("a", MaxFileSize), wantErr: "larger than 2 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, body, err := Parse("x.md", []byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Parse error = %v, want it to contain %q", err, tt.wantErr)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.File != "x.md" {
					t.Errorf("error %v does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.check(t, b, body)
		})
	}
}

// TestAliasBomb checks that a billion-laughs document is refused quickly,
// before anything expands it.
func TestAliasBomb(t *testing.T) {
	bomb := "---\ntitle: T\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" +
		"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" +
		"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n"
	_, _, err := Parse("bomb.md", []byte(bomb))
	if err == nil || !strings.Contains(err.Error(), "anchors and aliases") {
		t.Fatalf("alias bomb: err = %v", err)
	}
}

func TestParseErrorSanitizesFileName(t *testing.T) {
	_, _, err := Parse("evil\x1b]0;pwned\a.md", []byte("no front matter"))
	if err == nil || strings.ContainsAny(err.Error(), "\x1b\a") {
		t.Fatalf("error %q carries terminal control from the file name", err)
	}
}

// TestParseDate: the command line's dates (import --published) are
// YYYY-MM-DD, and year 0000 is refused as in front matter.
func TestParseDate(t *testing.T) {
	for in, ok := range map[string]bool{
		"2024-10-11": true, "0001-01-01": true, "0000-01-01": false, "0000-12-31": false,
		"2024-13-01": false, "11/10/2024": false, "": false,
	} {
		got, err := ParseDate(in)
		if (err == nil) != ok {
			t.Errorf("ParseDate(%q) = %v, %v; want ok = %v", in, got, err, ok)
		}
	}
}
