package extract

import "strings"

// entryKind decides whether the date at [start, end) of the sentence
// [sentStart, sentEnd) dates a report or an event: a date that a verb of
// saying governs ("officials said on Friday", "Xinhua reported early
// Wednesday", "the UN on Friday said") is the report's; any other the
// event's.
func entryKind(text string, sentStart, start, end, sentEnd int) EntryKind {
	before := lastWordsOf(text[max(sentStart, start-48):start], 4)
	for _, w := range before {
		if reportVerbs[w] {
			return KindReport
		}
	}
	for _, w := range firstWordsOf(text[end:min(sentEnd, end+24)], 2) {
		if reportVerbs[w] {
			return KindReport
		}
	}
	return KindEvent
}

// reportVerbs are the verbs of saying that date a report.
var reportVerbs = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "reported": true,
	"warned": true, "confirmed": true, "stated": true, "added": true, "briefed": true, "findings": true,
	"described": true, "estimated": true, "declared": true, "tweeted": true, "posted": true, "statement": true}

// lastWordsOf returns the last n lower-case words of s, stopping at a
// clause break (a comma, semicolon or "that").
func lastWordsOf(s string, n int) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, `"'“”‘’()`))
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || w == "that" {
			out = out[:0]
			continue
		}
		out = append(out, w)
	}
	return out[max(0, len(out)-n):]
}

// firstWordsOf returns the first n lower-case words of s, up to a comma.
func firstWordsOf(s string, n int) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if len(out) == n {
			break
		}
		out = append(out, strings.ToLower(strings.TrimRight(w, ",;.")))
		if strings.ContainsAny(w, ",;.") {
			break
		}
	}
	return out
}

// pastAnchor reports whether the date at start is the anchor of a past
// event, never a planned one: "since 15 April", "the war began on 15
// April", "broke out on", "the anniversary of".
func pastAnchor(text string, sentStart, start int) bool {
	for _, w := range lastWordsOf(text[max(sentStart, start-40):start], 3) {
		if pastAnchorWords[w] {
			return true
		}
	}
	return false
}

// pastAnchorWords mark a date as the start of something already under way.
var pastAnchorWords = map[string]bool{"since": true, "began": true, "begun": true, "broke": true, "erupted": true,
	"started": true, "outbreak": true, "anniversary": true, "ago": true}
