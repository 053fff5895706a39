package extract

import "strings"

// maxTailCredit bounds the credit tailCredit reads after a caption's last
// sentence: a photographer and an agency or two ("Abu Sufian
// Jewel/ZUMA Press Wire/dpa" is 36 bytes).
const maxTailCredit = 60

// tailCredit reports whether t, a trimmed line, closes on a photo credit
// after its last sentence — names and agencies joined by a slash or a
// bar, with no stop of their own: "… on April 18, 2016. AFP PHOTO |
// RODRIGO BUENDIA", "… into a tropical storm. Jane Doe / AP", "… may
// strike on Sunday. Jane Doe/ZUMA Press Wire/dpa" — or an agency that
// passed the picture on, after "via" or "BY" with no slash ("… from social
// media. Social Media via REUTERS", viaAgency). Every word of the
// credit is capitalised, a photo agency (photoAgencies, "dpa" in lower
// case) or "via", with no digit; it names an agency or a person (two
// capitalised words in a row), so a wire's code after a story's paragraph
// ("RSV/mmg") is no credit. The sentence before it is a caption's, at least 30 bytes.
func tailCredit(t string) bool {
	n := len(t)
	if n < 40 || t[n-1] == '.' || strings.IndexByte(t[max(0, n-maxTailCredit):], '/') < 0 && strings.IndexByte(t[max(0, n-maxTailCredit):], '|') < 0 && !viaAgency(t) {
		return false // the cheap gate: a credit ends the line with a slash or a bar in it, or "via REUTERS"
	}
	k := strings.LastIndex(t, ". ")
	if k < 30 || n-k-2 > maxTailCredit {
		return false
	}
	tail := t[k+2:]
	words, run, longest := 0, 0, 0
	agency := false
	for i := 0; i < len(tail); {
		j := i
		for j < len(tail) && tail[j] != ' ' && tail[j] != '/' && tail[j] != '|' {
			j++
		}
		w := tail[i:j]
		i = j + 1
		if w == "" {
			continue
		}
		if words++; words > 8 || strings.ContainsAny(w, "0123456789") {
			return false
		}
		switch {
		case lowerIn(photoAgencies, w):
			agency, run = true, 0
		case w == "via":
			run = 0
		case isUpperStart(w):
			run++
			longest = max(longest, run)
		default:
			return false
		}
	}
	return words >= 2 && (agency || longest >= 2)
}

// viaAgency reports whether t closes on an agency that passed the picture
// on: "… posted on social media. Social Media via REUTERS", "… taken
// from a video. VIDEO OBTAINED BY REUTERS", "Handout via AP".
func viaAgency(t string) bool {
	sp := strings.LastIndexByte(t, ' ')
	if sp < 4 || !lowerIn(photoAgencies, t[sp+1:]) {
		return false
	}
	w := t[max(0, sp-4):sp]
	return strings.HasSuffix(w, " via") || strings.HasSuffix(w, " BY")
}
