package extract

import "strings"

// datedCaption reports whether t, a trimmed line, is a photo caption in
// the wire agencies' style: one sentence that closes on the day the
// picture was taken, set after a comma — "Police inspect the scene of a
// bombing in the city center, 14 July 2015.", "… in Nyiragongo, North Kivu
// province, Congo, February 22, 2021." A story's sentence gives its date
// with a preposition ("on 14 July 2015"), not as a trailing comma phrase.
// It is one sentence with no quotation and no speaker, so a quoted or
// reported line that happens to end on a date stays text.
func datedCaption(t string) bool {
	n := len(t)
	if n < 30 || n > maxCaptionLen || t[n-1] != '.' || !isDigit(t[n-2]) {
		// the cheap gate: a line that ends in a year and its stop, or
		// in a bracket
		return n >= 30 && n <= maxCaptionLen && (t[n-1] == ')' || t[n-2] == ')') && bracketDatedCaption(t)
	}
	body := t[:n-1]
	c := strings.LastIndexByte(body, ',')
	if c > 0 && isYear(strings.TrimSpace(body[c+1:])) {
		c = strings.LastIndexByte(body[:c], ',') // "April 26, 2015": the comma before the month
	}
	return captionDatedAt(body, c)
}

// bracketDatedCaption is datedCaption for a caption that closes on its day
// in brackets, as an image's alt text does: "Afghan policeman checks a car
// in Kabul (19 August 2009)", "… (March 3, 2021)."
func bracketDatedCaption(t string) bool {
	t = strings.TrimSuffix(t, ".")
	n := len(t)
	if t[n-1] != ')' || !isDigit(t[n-2]) {
		return false
	}
	body := t[:n-1]
	c := strings.LastIndexByte(body, '(')
	if c > 0 && body[c-1] != ' ' {
		return false
	}
	return captionDatedAt(body, c)
}

// captionDatedAt reports whether body, a caption without its closing
// mark, is one sentence whose date follows the comma or bracket at c.
func captionDatedAt(body string, c int) bool {
	if c < 20 || len(body)-c > 32 {
		return false // a date is short: "Friday, October 4, 2024" leaves "October 4, 2024"
	}
	// The date's words, read in place (no allocation on the figures' path).
	var f [3]string
	m := 0
	for w, k := nextWord(body, c+1); w != ""; w, k = nextWord(body, k) {
		if m == len(f) {
			return false
		}
		f[m], m = w, m+1
	}
	if !citedDate(f[:m]) {
		return false
	}
	head := body[:c]
	return !strings.Contains(head, ". ") && !strings.ContainsAny(head, "\"“”") &&
		!strings.Contains(head, " said") && !strings.Contains(head, " says") && strings.Count(head, " ") >= 5
}
