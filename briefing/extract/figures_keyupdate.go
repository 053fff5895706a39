package extract

import "strings"

// An earlier count of the story's own event, which the story has since
// updated, is not a key figure: the panel lists the count as it stands.
// Read once per text over its key counts (updateKeys, called from
// restatedKeys), each rule asks for the newer, larger count of the same
// role in the story:
//
//   - A live page's older entry. A page that stamps its entries "Update,
//     August 25, 7 a.m.: …" puts the newest first, so a count in a later
//     entry below a larger count of its role in an entry above it is that
//     count as it stood before: "Update: … the Italian quake's death toll
//     at 290" above "Update, August 26, 2:45 p.m.: The death toll … rose
//     to at least 268 people" and "Update, August 24, 6 p.m.: … raised the
//     earthquake's death count to 159, with more than 360 injuries".
//   - A count the copy says was reported before, "previously" or
//     "earlier" with a word of reporting beside it: "has killed 305
//     worshipers, … a dramatic increase in the death toll previously
//     announced, which was 235"; "the ministry had earlier announced that
//     75 people were detained". superseded (figures_key6.go) reads a
//     sentence's own words of this kind for each figure; this reads the
//     few that a word of reporting must confirm against the story's newer
//     count. "Initially" and "originally" are left to superseded: what
//     was "initially said" is as often the first account that the later
//     count bears out ("initially said more than 280 children had been
//     taken; a figure of 287 was widely reported", key in the sample
//     gold).

// The rules of this file, registered by buildKeyUpdate.
var keyOlderUpdate, keyReportedBefore ruleID

// buildKeyUpdate registers the rules of this file (buildKeyRestated calls it).
func buildKeyUpdate() {
	keyOlderUpdate = register("key", "not-older-update",
		"Update, May 3, 9 a.m.: The death toll has risen to 120.\nUpdate, May 2, 6 p.m.: The death toll rose to 85.")
	keyReportedBefore = register("key", "not-reported-before",
		"The attack killed 305 people, up from the toll previously announced, which was 235.")
}

// updateKeys marks not key the key counts of an older live entry and the
// counts reported before, when the story gives a larger count of their
// role. A text costs one search for an update stamp and one pass over its
// key figures, which keeps by role the largest count of the live entries
// above (storyTotals, by entry), so that no rule walks back over the
// text's figures; the largest key count of the role in the whole story is
// read only for a count reported before.
func updateKeys(text string, figs []Figure) {
	var stamps []int
	for i := range figs {
		// A live page's stamp opens the sentence of its entry's first
		// count ("Update, August 26, 2:45 p.m.: The death toll … rose to
		// at least 268 people"), so most texts are passed over on their
		// key figures' sentences, not searched whole.
		if f := &figs[i]; f.Key && updateStampAt(text, f.SentenceStart) {
			stamps = updateStamps(text)
			break
		}
	}
	live := len(stamps) > 1
	var above storyTotals // by live entry: its index is the "sentence"
	for i, r := range keyCounts(figs) {
		f := &figs[i]
		entry := -1
		if live {
			entry = entryOf(stamps, f.Start)
			above.sentence = entry
		}
		if f.Category == Casualties || f.Category == Displacement || f.Category == Detention {
			switch {
			case entry > 0 && above.totalBefore(r) > f.Value:
				f.Key, f.why.key = false, keyOlderUpdate
			case reportedBefore(text, f) && largerOfRole(figs, f):
				f.Key, f.why.key = false, keyReportedBefore
			}
		}
		if entry >= 0 {
			above.add(r, f.Value) // an older entry's count, kept or not, is above the next
		}
	}
}

// largerOfRole reports whether the story gives a key count of f's role
// larger than f.
func largerOfRole(figs []Figure, f *Figure) bool {
	for j := range figs {
		if g := &figs[j]; g.Key && g.Role == f.Role && g.Value > f.Value {
			return true
		}
	}
	return false
}

// maxStamps is the most update stamps a text's entries are read by.
const maxStamps = 32

// updateStamps returns where the lines that open with an update stamp
// ("Update:", "Update, August 25, 7 a.m.:") start, in order: each opens a
// live entry that runs to the next. Most texts have none.
func updateStamps(text string) []int {
	var stamps []int
	for k := 0; len(stamps) < maxStamps; {
		j := strings.Index(text[k:], "Update")
		if j < 0 {
			break
		}
		at := k + j
		k = at + len("Update")
		if (at == 0 || text[at-1] == '\n') && updateStampAt(text, at) {
			stamps = append(stamps, at)
		}
	}
	return stamps
}

// stampReach is how many bytes after "Update" the colon of its stamp may
// stand ("Update, August 24, 2016, 6 p.m.:").
const stampReach = 48

// updateStampAt reports whether an update stamp starts at byte at:
// "Update" and, after a colon or a comma, a colon within stampReach bytes.
func updateStampAt(text string, at int) bool {
	k := at + len("Update")
	if k >= len(text) || !strings.HasPrefix(text[at:], "Update") || text[k] != ':' && text[k] != ',' {
		return false
	}
	return strings.IndexByte(text[k:min(len(text), k+stampReach)], ':') >= 0
}

// entryOf returns the index in stamps of the live entry that holds byte
// at, or -1 above the first.
func entryOf(stamps []int, at int) int {
	e := -1
	for k, s := range stamps {
		if s > at {
			break
		}
		e = k
	}
	return e
}

// reportedReach is how many bytes before a count reportedBefore reads for
// a word of before.
const reportedReach = 56

// beforeWords say a count was reported before the story's; reportWords,
// beside one of them, say it is a report ("previously announced", "earlier
// reports", "had earlier said").
var (
	beforeWords = []string{"previously", "previous", "earlier"}
	reportWords = []string{"announced", "reported", "said", "put", "given", "estimated", "stated", "released", "report",
		"reports", "toll", "tolls", "figure", "figures", "count", "counts", "estimate", "estimates", "statement", "tally"}
)

// reportedBefore reports whether a word of before and a word of reporting
// beside it stand in the few words before f in its sentence (that the
// story gives a larger key count of its role is tested at the call).
func reportedBefore(text string, f *Figure) bool {
	before := text[max(f.SentenceStart, f.Start-reportedReach):f.Start]
	if !strings.Contains(before, "revious") && !strings.Contains(before, "arlier") {
		return false // the common case
	}
	ws := strings.Fields(before)
	for k, w := range ws {
		if !foldIn(trimSet(w, `,;:"'“”`), beforeWords...) {
			continue
		}
		for _, n := range ws[max(k-1, 0):min(k+2, len(ws))] {
			if foldIn(trimSet(n, `,;:"'“”`), reportWords...) {
				return true
			}
		}
	}
	return false
}
