package extract

import "strings"

// Key rules for sums of money read over a whole text (issue 12, second
// pass), called from restatedKeys: an appeal story gives its sum, then the
// sums that make it up and the sums it is compared with, and the panel
// wants the appeal.
//
//   - Sums that add up to a key sum given just before them are its parts
//     by purpose: "an appeal to raise $4 billion …" — "$2.7 billion is
//     needed for vital aid and $1.3 billion for sustainable development".
//     partOfSum (figures_key7.go) reads the parts a sentence gives after
//     "including"; these come in the next sentence, with no word to tell
//     them, so only their sum tells them (two to maxSumParts of them, of
//     the total's unit, in its sentence or the next). A funding status is
//     no breakdown: "The appeals are funded at $7.0 billion, leaving a
//     shortfall of $16.5 billion" tells how far the appeal has got, which
//     the dev sets keep key, and a sentence with a word of it
//     (fundingStatus) holds no parts.
//   - A sum of an earlier year is a baseline the story's appeal is
//     measured against: "The equivalent appeal for aid within Syria was
//     $3.64 billion in 2018" in a story of the 2019 appeal; "seeks $4
//     billion …, after raising nearly $2.6 billion last year". The words
//     right after the sum date it: "last year", or "in" a year before the
//     latest year a sentence of another key sum names. A year elsewhere in
//     the sentence may date something else ("the 2023 contribution was $20
//     billion", "So far in 2016, OCHA has received $11.4 billion", which
//     the dev sets keep key, in reports that name later years), and "up
//     from $600 million last year to $830 million" dates only the $600
//     million. A toll of an earlier year stays key (the war's dead are its
//     history, which the dev sets keep); only money is read.

// The rules of this file, registered by buildKeyMoney.
var keyMoneyParts, keyMoneyEarlier ruleID

// buildKeyMoney registers the rules of this file (buildKeyRestated calls
// it).
func buildKeyMoney() {
	keyMoneyParts = register("key", "not-sums-adding-up",
		"The UN launched an appeal for $4 billion. $2.7 billion is needed for aid and $1.3 billion for development.")
	keyMoneyEarlier = register("key", "not-earlier-year-sum",
		"The 2019 plan seeks $4 billion. The appeal for Syria was $3.64 billion in 2018.")
}

// moneyKeys applies this file's rules to the key sums of figs. Texts with
// fewer than two key sums read nothing; the others read each key sum's
// sentence once for its years.
func moneyKeys(text string, figs []Figure) {
	sums, latest := 0, 0
	for i := range figs {
		if f := &figs[i]; f.Key && f.Role == RoleMoney {
			sums++
			latest = max(latest, latestYear(f.Sentence))
		}
	}
	if sums < 2 {
		return
	}
	for i := range figs {
		f := &figs[i]
		if !f.Key || f.Role != RoleMoney {
			continue
		}
		addingUpTo(figs, i)
		if earlierYearSum(text, f, latest) {
			f.Key, f.why.key = false, keyMoneyEarlier
		}
	}
}

// addingUpTo marks not key the key sums after figs[t], in its sentence or
// the next, that add up exactly to it: two to maxSumParts of them in a
// row, each smaller, of its unit.
func addingUpTo(figs []Figure, t int) {
	total := &figs[t]
	var parts [maxSumParts]int
	n, sum, next := 0, 0.0, -1
	for j := t + 1; j < len(figs) && n < maxSumParts; j++ {
		p := &figs[j]
		if p.SentenceStart != total.SentenceStart {
			if next < 0 {
				next = p.SentenceStart
			} else if p.SentenceStart != next {
				break
			}
		}
		if !p.Key || p.Role != RoleMoney {
			continue
		}
		if p.SentenceStart != total.SentenceStart && fundingStatus(p.Sentence) {
			break
		}
		if p.Unit != total.Unit || p.Value >= total.Value || sum+p.Value > total.Value {
			break
		}
		parts[n] = j
		n++
		sum += p.Value
		if sum == total.Value {
			if n < 2 {
				break
			}
			for _, k := range parts[:n] {
				figs[k].Key, figs[k].why.key = false, keyMoneyParts
			}
			return
		}
	}
}

// latestYear returns the latest year (1900–2099) a sentence names as a
// word of its own ("in 2018", "for 2019"; not "2,019" nor "2018/19"'s
// second half), or 0.
func latestYear(s string) int {
	y := 0
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1]) && s[i-1] != ',' && s[i-1] != '.' && s[i-1] != '/' && s[i-1] != '$') &&
			(i+4 == len(s) || !isDigit(s[i+4]) && !(s[i+4] == ',' && i+5 < len(s) && isDigit(s[i+5]))) {
			y = max(y, int(s[i]-'0')*1000+int(s[i+1]-'0')*100+int(s[i+2]-'0')*10+int(s[i+3]-'0'))
		}
	}
	return y
}

// earlierYearSum reports whether the words right after the sum f date
// it to an earlier year: "last year", or "in" a year before latest.
func earlierYearSum(text string, f *Figure, latest int) bool {
	after := text[f.End:f.SentenceEnd]
	after = strings.TrimLeft(after, " ")
	if hasPrefixFold(after, "last year") {
		return true
	}
	if !hasPrefixFold(after, "in ") || len(after) < 7 {
		return false
	}
	y := latestYear(after[3:7])
	return y > 0 && y < latest && (len(after) == 7 || !isDigit(after[7]))
}

// fundingStatus reports whether a sentence tells how far an appeal is
// funded: "funded at", "received", "a shortfall of", "a gap of".
func fundingStatus(s string) bool {
	for _, w := range fundingStatusWords {
		if hasWordFold(s, w) {
			return true
		}
	}
	return false
}

// fundingStatusWords are the words of an appeal's funding status.
var fundingStatusWords = []string{"funded", "received", "shortfall", "gap", "pledged", "raised", "unmet", "contributed"}
