package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/glamour/v2"

	"sitrep/briefing/internal/fuzzseed"
)

// checkClean fails the test when s holds anything Sanitize removes.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if problem := Problem(s); problem != "" {
		t.Fatalf("%s: %s in %q", what, problem, s)
	}
}

func FuzzSanitize(f *testing.F) {
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		in := string(data)
		out := Text(in)
		checkClean(t, "Sanitize", out)
		if again := Text(out); again != out {
			t.Fatalf("Sanitize not idempotent:\n once  %q\n twice %q", out, again)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out: %q", out)
		}
		line := Line(in)
		checkClean(t, "SanitizeLine", line)
		if strings.ContainsAny(line, "\n\t") || strings.TrimSpace(line) != line || strings.Contains(line, "  ") {
			t.Fatalf("SanitizeLine left breaks or loose spaces: %q", line)
		}
		if again := Line(line); again != line {
			t.Fatalf("SanitizeLine not idempotent: %q -> %q", line, again)
		}
		blank := Blank(in)
		checkClean(t, "Blank", blank)
		if len(blank) != len(in) {
			t.Fatalf("Blank changed the length: %q -> %q", in, blank)
		}
		if again := Blank(blank); again != blank {
			t.Fatalf("Blank not idempotent:\n once  %q\n twice %q", blank, again)
		}
		md := Markdown(in)
		checkClean(t, "SanitizeMarkdown", md)
		if again := Markdown(md); again != md {
			t.Fatalf("SanitizeMarkdown not idempotent:\n once  %q\n twice %q", md, again)
		}
	})
}

// FuzzRenderSanitized renders sanitized Markdown through glamour, as the
// reader does, and checks what would reach the terminal: no control
// character, bidi control or zero-width character outside glamour's own
// hyperlinks, and no hyperlink to a refused scheme.
func FuzzRenderSanitized(f *testing.F) {
	fuzzseed.Add(f)
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(80))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4<<10 {
			return // rendering is slow; small documents find the same bugs
		}
		out, err := r.Render(Markdown(string(data)))
		if err != nil {
			return
		}
		for _, u := range hyperlinks(out) {
			if u != "" && !allowedLink(u) {
				t.Fatalf("hyperlink to %q", u)
			}
		}
		checkClean(t, "rendered", osc8.ReplaceAllString(out, ""))
	})
}
