package extract

import "strings"

// entryKind decides whether the date at [start, end) of the sentence
// [sentStart, sentEnd) dates a report or an event: a date that a verb of
// saying governs ("officials said on Friday", "Xinhua reported early
// Wednesday", "the UN on Friday said", "told journalists in Geneva on
// Friday", "On Friday, Kenya said") or an "according to" phrase holds is
// the report's; any other the event's, and so is a date inside a noun
// phrase ("said the Wednesday attack", "Friday's attack") or after a
// passive ("fighting was reported the next day").
func entryKind(text string, sentStart, start, end, sentEnd int) EntryKind {
	if attributiveDate(text, sentStart, start, end) {
		return KindEvent
	}
	before := lastWordsOf(text[max(sentStart, start-120):start], 12)
	if len(before) > 0 && before[0] == "according" && len(before) < 12 {
		return KindReport // "According to the findings released on Wednesday"
	}
	for k := len(before) - 1; k >= 0; k-- {
		w, near := before[k], len(before)-k <= 4
		if reportVerbs[w] && (near || speechVerbs[w]) {
			if k > 0 && passiveAuxiliaries[before[k-1]] {
				return KindEvent // "was reported the next day"
			}
			if actVerbs[w] && k+1 < len(before) && objectStart(before[k+1]) {
				return KindEvent // "declared a ceasefire on Monday": the act
			}
			return KindReport
		}
		if finiteVerb(w) {
			break // "said gunmen stormed the village on Sunday"
		}
	}
	after := firstWordsOf(text[end:min(sentEnd, end+24)], 2)
	for _, w := range after {
		if reportVerbs[w] {
			return KindReport
		}
	}
	if len(after) > 0 && strings.TrimSpace(text[sentStart:start]) == "" && strings.HasPrefix(strings.TrimSpace(text[end:min(sentEnd, end+4)]), ",") {
		// "On Friday, Kenya said it would send ...": the sentence's own
		// subject and verb follow the date.
		for _, w := range firstWordsOf(strings.TrimLeft(strings.TrimSpace(text[end:min(sentEnd, end+80)]), ","), 7) {
			if speechVerbs[w] {
				return KindReport
			}
			if finiteVerb(w) {
				break
			}
		}
	}
	return KindEvent
}

// attributiveDate reports whether the date at [start, end) modifies a
// noun: "the Wednesday attack", "Friday's strike".
func attributiveDate(text string, sentStart, start, end int) bool {
	rest := text[end:min(len(text), end+4)]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		return true
	}
	prev := lastWordsOf(text[max(sentStart, start-8):start], 1)
	if len(prev) == 0 || (prev[0] != "the" && prev[0] != "a" && prev[0] != "this" && prev[0] != "that") {
		return false
	}
	return len(rest) >= 2 && rest[0] == ' ' && rest[1] >= 'a' && rest[1] <= 'z'
}

// speechVerbs are the verbs of saying that date a report from further
// back in their clause: "told journalists at a briefing in Geneva on
// Friday", "said UNHCR spokeswoman Melissa Fleming on Tuesday".
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "warned": true,
	"announced": true, "reported": true, "stated": true, "briefed": true, "confirmed": true, "added": true}

// actVerbs are verbs of saying whose object is an act: "announced a
// $125 million package last Friday", "declared a ceasefire on Monday".
var actVerbs = map[string]bool{"announced": true, "declared": true}

// objectStart reports whether w opens a noun phrase object.
func objectStart(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "new":
		return true
	}
	return w != "" && (w[0] == '$' || w[0] >= '0' && w[0] <= '9')
}

// passiveAuxiliaries make a verb of saying a passive: "was reported".
var passiveAuxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true,
	"been": true, "being": true, "be": true}

// finiteVerb guesses that w, lower case, is a verb of its own clause: a
// past in -ed or a word the tense lexicon knows as a tense cue.
func finiteVerb(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") && !edNotVerb[w] {
		return true
	}
	switch w {
	case "yesterday", "earlier", "previously", "ago", "tomorrow", "upcoming", "forthcoming":
		return false
	}
	in := lexiconInfo(w)
	return in != nil && in.cue != cueNone
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
