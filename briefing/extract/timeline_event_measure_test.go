package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The event-text measure (issue 12 item 3): every timeline entry of the
// dev timeline sets (never the held-out ones) and of the sample library,
// with the flags a reader would raise at its event text. It fails nothing;
// it counts. Run with SITREP_EVENTS=1 -v to list every entry:
//
//	SITREP_EVENTS=1 go test ./briefing/extract -run TestEventTextMeasure -v -count=1

// eventPanelCells is what the timeline panel shows of an event: about two
// lines of 44 cells at 200 columns.
const eventPanelCells = 2 * 44

// eventFlag names one way an event text fails a reader.
type eventFlag struct {
	name string
	test func(ev string) bool
}

// eventFlags are the checks of the measure, in the order they are listed.
var eventFlags = []eventFlag{
	{"noverb", func(ev string) bool { return !measureHasVerb(ev) }},
	{"nosubject", measureNoSubject},
	{"pronoun", measurePronounStart},
	{"doubled", measureDoubled},
	{"dangling", measureDangling},
	{"long", func(ev string) bool { return utf8.RuneCountInString(ev) > eventPanelCells }},
	{"furniture", measureFurniture},
}

// measureHasVerb reports whether ev holds a verb, as clauseHasVerb, or a
// short verb the lexicon does not mark ("is", "are", "will").
func measureHasVerb(ev string) bool {
	if clauseHasVerb(ev) {
		return true
	}
	for w, i := nextWord(ev, 0); w != ""; w, i = nextWord(ev, i) {
		lw := lowerKey(trimSet(w, `.,;:!?"'“”‘’()…`))
		if eventAuxiliaries[lw] || irregularPastForms[lw] || eventReportingVerbs[lw] || lw == "be" || lw == "been" {
			return true
		}
	}
	return false
}

// measureNoSubject reports whether ev opens with its predicate: a lower-
// case verb, auxiliary or participle, or a relative pronoun.
func measureNoSubject(ev string) bool {
	w := leadingWord(strings.TrimLeft(ev, "…"))
	lw := lowerKey(trimSet(w, `.,;:!?"'“”‘’()`))
	if eventRelatives[lw] || lw == "whose" || eventAuxiliaries[lw] || eventReportingVerbs[lw] {
		return true
	}
	return (finiteVerb(lw) || isParticiple(lw)) && !startsNounPhrase(ev)
}

// measurePronouns stand for someone the text does not name.
var measurePronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "its": true,
	"their": true, "his": true, "her": true, "them": true, "i": true}

// measurePronounStart reports whether ev opens with a pronoun: its referent
// is not in the text.
func measurePronounStart(ev string) bool {
	return measurePronouns[lowerKey(trimSet(leadingWord(strings.TrimLeft(ev, "…")), `.,;:"'“”‘’()`))]
}

// measureDoubled reports whether a run of four words comes twice in ev.
func measureDoubled(ev string) bool {
	f := strings.Fields(lowerKey(ev))
	seen := map[string]bool{}
	for i := 0; i+4 <= len(f); i++ {
		k := strings.Join(f[i:i+4], " ")
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// measureDanglers end a phrase that goes on.
var measureDanglers = map[string]bool{"and": true, "or": true, "but": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "by": true, "with": true, "from": true, "the": true, "a": true, "an": true,
	"as": true, "that": true, "than": true, "between": true, "after": true, "before": true, "since": true,
	"until": true, "into": true, "during": true, "which": true, "who": true, "while": true, "when": true}

// measureDangling reports whether ev ends on a word that needs more.
func measureDangling(ev string) bool {
	ev = strings.TrimRight(ev, " .,;:")
	if strings.HasSuffix(ev, "…") {
		return false // marked as cut
	}
	return measureDanglers[lowerKey(lastWordOf(ev))]
}

// measureFurnitureWords belong to a page, not a story.
var measureFurnitureWords = []string{"published", "updated", "photo", "getty", "image", "caption", "credit",
	"read more", "share", "advertisement", "subscribe", "copyright", "a.m.", "p.m.", " am ", " pm ", "gmt", "click"}

// measureFurniture reports whether ev holds a word of page furniture.
func measureFurniture(ev string) bool {
	l := " " + lowerKey(ev) + " "
	for _, w := range measureFurnitureWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// measureDoc is one text of the measure.
type measureDoc struct {
	set, id, text string
	published     time.Time
}

// measureDocs loads the dev timeline sets and the sample library.
func measureDocs(t *testing.T) []measureDoc {
	var docs []measureDoc
	dir := filepath.Join("testdata", "dev")
	for _, b := range append(append([]string{}, devBatches...), "-b9") { // never b10: held out
		p := filepath.Join(dir, "timelines"+b+".jsonl")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		for _, a := range devLoadArticles(t, p) {
			pub, _ := time.Parse(time.DateOnly, a.Published)
			docs = append(docs, measureDoc{"timelines" + b, a.ID, a.Text, pub})
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		var pub time.Time
		if strings.HasPrefix(s, "---\n") {
			if i := strings.Index(s[4:], "\n---\n"); i >= 0 {
				sc := bufio.NewScanner(strings.NewReader(s[4 : 4+i]))
				for sc.Scan() {
					if v, ok := strings.CutPrefix(sc.Text(), "published: "); ok {
						pub, _ = time.Parse(time.DateOnly, strings.TrimSpace(v))
					}
				}
				s = s[4+i+5:]
			}
		}
		docs = append(docs, measureDoc{"content", strings.TrimSuffix(filepath.Base(f), ".md"), s, pub})
	}
	return docs
}

func TestEventTextMeasure(t *testing.T) {
	list := os.Getenv("SITREP_EVENTS") != ""
	counts := map[string]int{}
	total, flagged := 0, 0
	for _, d := range measureDocs(t) {
		for _, e := range Timeline(d.text, d.published) {
			total++
			var fl []string
			for _, f := range eventFlags {
				if f.test(e.Event) {
					fl = append(fl, f.name)
					counts[f.name]++
				}
			}
			if len(fl) > 0 {
				flagged++
			}
			if list {
				t.Logf("EV\t%s\t%s\t%s\t%s\t%q\t%s", d.set, d.id, e.Value, strings.Join(fl, ","), e.Text, e.Event)
			}
		}
	}
	names := make([]string, 0, len(counts))
	for _, f := range eventFlags {
		names = append(names, fmt.Sprintf("%s %d", f.name, counts[f.name]))
	}
	t.Logf("event texts: %d entries, %d flagged; %s", total, flagged, strings.Join(names, ", "))
}
