package briefing

import "strings"

// Sanitize removes terminal control from untrusted text.
// (Interim version: the full sanitizer replaces it.)
func Sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

// SanitizeLine is Sanitize for one-line fields: line breaks become spaces.
func SanitizeLine(s string) string {
	return strings.TrimSpace(strings.Join(strings.Fields(Sanitize(s)), " "))
}

// SanitizeMarkdown is Sanitize for a Markdown body.
func SanitizeMarkdown(s string) string { return Sanitize(s) }
