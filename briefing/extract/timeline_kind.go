package extract

import (
	"strings"
	"unicode/utf8"
)

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
	bw := lastWordsOf(text[max(sentStart, start-120):start], maxKindWords)
	before := bw.words()
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
	aw := firstWordsOf(text[end:min(sentEnd, end+24)], 2)
	after := aw.words()
	for _, w := range after {
		if reportVerbs[w] {
			return KindReport
		}
	}
	if len(after) > 0 && strings.TrimSpace(text[sentStart:start]) == "" && strings.HasPrefix(strings.TrimSpace(text[end:min(sentEnd, end+4)]), ",") {
		// "On Friday, Kenya said it would send ...": the sentence's own
		// subject and verb follow the date.
		next := firstWordsOf(strings.TrimLeft(strings.TrimSpace(text[end:min(sentEnd, end+80)]), ","), 7)
		for _, w := range next.words() {
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
	pw := lastWordsOf(text[max(sentStart, start-8):start], 1)
	prev := pw.words()
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
	// A word still capitalised here is a name ("United", "Ahmed"): the
	// capitalised verbs the rules know were lowered by asciiLower.
	if len(w) > 3 && strings.HasSuffix(w, "ed") && !edNotVerb[w] && !isUpperStart(w) {
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

// maxKindWords bounds the words lastWordsOf and firstWordsOf return.
const maxKindWords = 12

// kindWords holds the words of lastWordsOf or firstWordsOf without a heap
// allocation.
type kindWords struct {
	w [maxKindWords]string
	n int
}

func (k *kindWords) words() []string { return k.w[:k.n] }

// lastWordsOf returns the last n (at most maxKindWords) lower-case words
// of s, stopping at a clause break (a comma, semicolon or "that"). A
// capitalised word is kept as written (a name matches no verb), which
// spares an allocation.
func lastWordsOf(s string, n int) kindWords {
	var out kindWords
	n = min(n, maxKindWords)
	for end := len(s); end > 0 && out.n < n; {
		for end > 0 && isSpace(s[end-1]) {
			end--
		}
		start := end
		for start > 0 && !isSpace(s[start-1]) {
			start--
		}
		if start == end {
			break
		}
		raw := trimSet(s[start:end], `"'“”‘’()`)
		end = start
		if raw == "" {
			continue
		}
		if last := raw[len(raw)-1]; last == ',' || last == ';' {
			break
		}
		w := asciiLower(raw)
		if w == "that" {
			break
		}
		out.w[out.n] = w
		out.n++
	}
	for i, j := 0, out.n-1; i < j; i, j = i+1, j-1 {
		out.w[i], out.w[j] = out.w[j], out.w[i]
	}
	return out
}

// firstWordsOf returns the first n (at most maxKindWords) lower-case
// words of s, up to a comma.
func firstWordsOf(s string, n int) kindWords {
	var out kindWords
	n = min(n, maxKindWords)
	for i := 0; i < len(s) && out.n < n; {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		if i == j {
			break
		}
		raw := s[i:j]
		i = j
		out.w[out.n] = asciiLower(strings.TrimRight(raw, ",;."))
		out.n++
		if strings.ContainsAny(raw, ",;.") {
			break
		}
	}
	return out
}

// asciiLower lower-cases w when only its first letter is upper case
// ("According", "Said"), by looking it up among the words the kind rules
// know; any other word is returned as it is.
func asciiLower(w string) string {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return w
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' || w[i] >= utf8.RuneSelf {
			return w
		}
	}
	if k, ok := kindLower[w]; ok {
		return k
	}
	return w
}

// kindLower maps the capitalised forms of the words the kind rules test to
// their lower case, so that a sentence's first word is matched without an
// allocation.
var kindLower = func() map[string]string {
	m := map[string]string{}
	add := func(ws ...string) {
		for _, w := range ws {
			m[strings.ToUpper(w[:1])+w[1:]] = w
		}
	}
	for _, set := range []map[string]bool{reportVerbs, speechVerbs, passiveAuxiliaries, pastAnchorWords, actVerbs} {
		for w := range set {
			add(w)
		}
	}
	add("according", "the", "a", "an", "this", "that", "its", "their", "his", "her", "new")
	return m
}()

// pastAnchor reports whether the date at start is the anchor of a past
// event, never a planned one: "since 15 April", "the war began on 15
// April", "broke out on", "the anniversary of".
//
// An anniversary is one too, wherever its date stands in the clause: "the
// war … enters its third year on Tuesday", "the tenth anniversary of the
// Chibok abduction falls next month", "On Tuesday, Sudan marks two years
// since the war began". The date comes round; nobody plans it.
func pastAnchor(text string, sentStart, start int) bool {
	ws := lastWordsOf(text[max(sentStart, start-40):start], 3)
	for _, w := range ws.words() {
		if pastAnchorWords[w] {
			return true
		}
	}
	win := text[max(sentStart, start-100):start]
	if strings.Contains(win, "year") || strings.Contains(win, "anniversary") {
		if before := lastWordsOf(win, 10); anniversaryWords(before.words()) {
			return true
		}
	}
	rest := text[start:min(len(text), start+120)]
	if i := strings.IndexAny(rest, ".;!?"); i >= 0 {
		rest = rest[:i]
	}
	if !strings.Contains(rest, "year") && !strings.Contains(rest, "anniversary") {
		return false // the cheap test first
	}
	after := firstWordsOf(strings.ReplaceAll(rest, ",", " "), maxKindWords)
	return anniversaryWords(after.words())
}

// anniversaryWords reports whether words, lower case, name an anniversary:
// an ordinal before "anniversary" or "year" ("its third year", "the tenth
// anniversary"), or a count of years before "since" ("two years since").
func anniversaryWords(words []string) bool {
	for k := 0; k+1 < len(words); k++ {
		w, next := words[k], strings.TrimRight(words[k+1], ",")
		if (timexOrdinals[w] > 0 || ordinalDigits(w)) && (next == "anniversary" || next == "year") {
			return true
		}
		if (next == "years" || next == "year") && k+2 < len(words) && words[k+2] == "since" {
			return true
		}
	}
	return false
}

// ordinalDigits reports whether w is an ordinal in digits: "10th", "2nd".
func ordinalDigits(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n-2], "0123456789") == ""
	}
	return false
}

// pastAnchorWords mark a date as the start of something already under way.
var pastAnchorWords = map[string]bool{"since": true, "began": true, "begun": true, "broke": true, "erupted": true,
	"started": true, "outbreak": true, "anniversary": true, "ago": true}
