package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSentenceMarksMatchEntries checks the marks the sentence's pass reads
// against the fields they stand for, on every entry of the lexicon: a word
// that names a role, signals a category or starts a phrase is counted or
// indexed only through its mark.
func TestSentenceMarksMatchEntries(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	phrase := map[string]bool{"of": true, "every": true, "each": true, "per": true}
	loss := map[string]bool{}
	for _, w := range lossWords {
		loss[w] = true
	}
	for w, e := range numLexicon {
		for _, m := range []struct {
			mark lexMark
			name string
			want bool
		}{
			{markRoleWord, "role word", e.role != ""},
			{markTrigger, "trigger", e.trig != trigNone},
			{markPhrase, "phrase word", phrase[w]},
			{markLossWord, "loss word", loss[w]},
			{markChange, "verb of change", changeOfWord(e) != ""},
			{markNumStart, "number start", e.num != nkNone && e.num != nkAnd || e.cls&clsQuantifier != 0},
			{markFrom, "from", w == "from"},
			{markDeath, "word of death", e.role == RoleKilled},
		} {
			if got := e.marks&m.mark != 0; got != m.want {
				t.Errorf("%q: %s mark %v, want %v", w, m.name, got, m.want)
			}
		}
	}
	for _, w := range lossWords {
		if numLexicon[w] == nil {
			t.Errorf("loss word %q has no entry, so no mark can stand for it", w)
		}
	}
}

// TestIndexFindsNumberStarts checks the tokens the sentence's pass offers
// to candidateAt: each is one mayStartNumber accepts, and parseNumber finds
// no number at any other that mayStartNumber accepts ("and", "a" before a
// word it cannot count), on every chunk of the benchmark text and of texts
// dense in number words, articles, signs and fractions.
func TestIndexFindsNumberStarts(t *testing.T) {
	texts := []string{benchText(64 << 10), "Some − 5, -3 and ½ of a dozen; several hundred, a few, One thousand and twelve.",
		"A hundred and a half, an eighth and a-half, a third of a million and A DOZEN, a couple and a twenty-first, and a."}
	offered, skipped := 0, 0
	for _, text := range texts {
		fx := figurer{text: text}
		for _, s := range Sentences(text) {
			toks := ntokenize(text, s.Start, s.End, nil)
			starts := slices.Clone(fx.index(toks))
			for k, tok := range toks {
				switch {
				case slices.Contains(starts, k):
					if !mayStartNumber(text, tok) {
						t.Errorf("%q: index offers %q, which mayStartNumber refuses", text[s.Start:s.End], text[tok.start:tok.end])
					}
					offered++
				case mayStartNumber(text, tok):
					if p, ok := parseNumber(text, toks, k); ok {
						t.Errorf("%q: index skips %q, where %q starts", text[s.Start:s.End], text[tok.start:tok.end],
							text[toks[p.first].start:toks[p.last].end])
					}
					skipped++
				}
			}
		}
	}
	if offered < 1000 || skipped < 100 {
		t.Fatalf("only %d number starts offered and %d skipped", offered, skipped)
	}
}

// TestNoNumberStartsWithAnd checks what lets the sentence pass skip "and":
// parseNumber finds no number that starts with it, whatever follows.
func TestNoNumberStartsWithAnd(t *testing.T) {
	follow := []string{"a half", "one", "twenty", "a hundred", "500", "a few", "several", "half", "-", "thousands", "and", "point five", "a"}
	for _, a := range []string{"and", "And", "AND"} {
		for _, f := range follow {
			text := "Some 12 " + a + " " + f + " people."
			toks := ntokenize(text, 0, len(text), nil)
			for i, tok := range toks {
				if tok.lx != nil && tok.lx.num == nkAnd {
					if p, ok := parseNumber(text, toks, i); ok {
						t.Errorf("%q: a number starts at %q: %q", text, a, text[toks[p.first].start:toks[p.last].end])
					}
				}
			}
		}
	}
}

// TestLossWordsNeedMark checks what lets the sentence skip withoutRole and
// passedAway: a token that strings.EqualFold takes for a loss word carries
// the mark, or is a word beyond ASCII (foreign), on random texts that
// spell the words in any case and with "ſ" or the Kelvin sign.
func TestLossWordsNeedMark(t *testing.T) {
	pieces := append([]string{" ", ", ", "loſt", "ſ", "\u212a", "é", "12", "passed", "homes", "lo", "st"}, lossWords...)
	texts := randomTexts(rand.New(rand.NewPCG(5, 6)), pieces, 500, 30)
	found := 0
	for _, text := range texts {
		for _, tok := range ntokenize(text, 0, len(text), nil) {
			for _, w := range lossWords {
				if !strings.EqualFold(text[tok.start:tok.end], w) {
					continue
				}
				found++
				if !(tok.lx != nil && tok.lx.marks&markLossWord != 0 || tok.foreign) {
					t.Errorf("%q is %q to EqualFold, but has no loss mark and is not foreign", text[tok.start:tok.end], w)
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no loss word in the texts")
	}
}

// TestChangeNeedsVerb checks the changes of figures with and without a
// verb of change: a sentence with none gives only the plain "=".
func TestChangeNeedsVerb(t *testing.T) {
	for _, tc := range []struct {
		text, figure string
		want         Change
	}{
		{"The toll rose to 57 on Monday.", "57", ChangeUp},
		{"Prices fell from 4.89% to 3.2% last year.", "3.2%", ChangeDown},
		{"The estimate was revised from 70 million to 81 million people.", "81 million people", ChangeUp},
		{"Officials counted 57 bodies on Monday.", "57 bodies", ChangeEqual},
	} {
		var got []string
		found := false
		for _, f := range Figures(tc.text) {
			got = append(got, f.Text)
			if f.Text == tc.figure {
				found = true
				if f.Change != tc.want {
					t.Errorf("%q in %q: change %q, want %q", f.Text, tc.text, f.Change, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no figure %q in %q: %q", tc.figure, tc.text, got)
		}
	}
}

// TestLossRoles checks the roles the loss words give, spelled plainly and
// with a long s: the sentence's marks must not hide them.
func TestLossRoles(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"lost homes", "Some 17,000 people lost their homes in the quake.", "Some 17,000 people", RoleDisplaced, true},
		{"lost homes, long s", "Some 17,000 people loſt their homes in the quake.", "Some 17,000 people", RoleDisplaced, true},
		{"without water", "Some 620,000 people are still without clean water.", "Some 620,000 people", RoleInNeed, true},
		{"fell victim", "Some 80,000 people fell victim to the floods.", "Some 80,000 people", RoleAffected, true},
	})
}
