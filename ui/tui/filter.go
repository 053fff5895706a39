package tui

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"sitrep/briefing"
)

// filterText is what the list filter searches of one story, lower-cased:
// its metadata (title, summary, region, countries, tags) and its body.
type filterText struct{ meta, body string }

// filterBodyLimit bounds the body text kept per story for the filter.
const filterBodyLimit = 256 << 10

// filterTextsMsg brings the filter's texts of a library's stories, in
// library order.
type filterTextsMsg struct {
	lib   *briefing.Library
	texts []filterText
}

// filterTextsCmd reads every story's body (off the key path: bodies are
// read from disk on first use) and builds what the filter searches.
func filterTextsCmd(lib *briefing.Library) tea.Cmd {
	return func() tea.Msg {
		all := lib.Briefings()
		texts := make([]filterText, len(all))
		for i, b := range all {
			meta := append(append([]string{b.Title, b.Summary, b.Region}, b.Countries...), b.Tags...)
			texts[i].meta = strings.ToLower(strings.Join(meta, " "))
			if body, err := lib.Body(b.ID); err == nil {
				if len(body) > filterBodyLimit {
					body = strings.ToValidUTF8(body[:filterBodyLimit], "")
				}
				texts[i].body = strings.ToLower(body)
			}
		}
		return filterTextsMsg{lib: lib, texts: texts}
	}
}

// Match tiers of one query word in a story, best first.
const (
	tierNone    = iota
	tierScatter // the word's letters in order across the metadata (fuzzy)
	tierInWord  // the word's letters in order inside one word of the metadata
	tierInfix   // the word inside a word
	tierPrefix  // a word, or the start of one
)

// matchStories keeps the stories that match every word of the query, best
// first and, among equals, in library order (newest first). A word matches
// as a word or a word prefix (in the metadata above in the body), else
// inside a word; only when no story has it so is it matched by its letters
// in order — inside one word of the metadata first, then across it — so a
// typo still finds something without a correct word drowning in near
// misses.
func matchStories(query string, texts []filterText) []int {
	score := make([]int, len(texts))
	alive := make([]int, len(texts))
	for i := range alive {
		alive[i] = i
	}
	for _, word := range strings.Fields(strings.ToLower(query)) {
		next := alive[:0:0]
		for _, i := range alive {
			if s := exactScore(texts[i], word); s > 0 {
				score[i] += s
				next = append(next, i)
			}
		}
		if len(next) == 0 {
			next = fuzzyMatches(word, texts, alive, score)
		}
		alive = next
	}
	slices.SortStableFunc(alive, func(a, b int) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a, b))
	})
	return alive
}

// exactScore scores word found as written in a story: by tier, then the
// metadata above the body, then earlier above later; 0 when it is absent.
func exactScore(t filterText, word string) int {
	best := 0
	for _, f := range []struct {
		text  string
		bonus int
	}{{t.meta, 50000}, {t.body, 0}} {
		tier, at := findWord(f.text, word)
		if tier == tierNone {
			continue
		}
		best = max(best, tier*100000+f.bonus-min(at, 49999))
	}
	return best
}

// findWord finds word in text: the first place it starts a word (a word
// prefix), else the first place it is at all.
func findWord(text, word string) (tier, at int) {
	first := -1
	for off := 0; off <= len(text); {
		j := strings.Index(text[off:], word)
		if j < 0 {
			break
		}
		j += off
		if first < 0 {
			first = j
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:j]); j == 0 || !isWordRune(r) {
			return tierPrefix, j
		}
		off = j + 1
	}
	if first >= 0 {
		return tierInfix, first
	}
	return tierNone, 0
}

// fuzzyMatches matches word by its letters in order in the metadata of the
// stories alive, adding to their scores: inside one word first, across the
// metadata (sahilm/fuzzy) only when no story has it inside a word.
func fuzzyMatches(word string, texts []filterText, alive, score []int) []int {
	var next []int
	for _, i := range alive {
		if slack, ok := inOneWord(texts[i].meta, word); ok {
			score[i] += tierInWord*100000 - min(slack, 99999)
			next = append(next, i)
		}
	}
	if len(next) > 0 {
		return next
	}
	metas := make([]string, len(alive))
	for k, i := range alive {
		metas[k] = texts[i].meta
	}
	for _, m := range fuzzy.FindNoSort(word, metas) {
		i := alive[m.Index]
		score[i] += tierScatter*100000 + min(m.Score, 99999)
		next = append(next, i)
	}
	return next
}

// inOneWord reports whether the letters of q appear in order inside one
// word of text; slack is how many other letters that word has (the
// shortest such word counts).
func inOneWord(text, q string) (slack int, ok bool) {
	slack = -1
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		if _, found := subsequence([]rune(w), []rune(q)); found {
			if s := utf8.RuneCountInString(w) - utf8.RuneCountInString(q); slack < 0 || s < slack {
				slack = s
			}
		}
	}
	return slack, slack >= 0
}

// subsequence finds the runes of q in order in w, at the positions it
// returns.
func subsequence(w, q []rune) ([]int, bool) {
	var at []int
	k := 0
	for i, r := range w {
		if k < len(q) && r == q[k] {
			at = append(at, i)
			k++
		}
	}
	return at, k == len(q) && len(q) > 0
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// filterHighlights are the cells of s (plain text) that the query's words
// match, as ranges styled st: each word where it starts a word, else
// where it is inside one, else its letters in order inside one word.
func filterHighlights(s, query string, st lipgloss.Style) []lipgloss.Range {
	runes := []rune(s)
	lower := make([]rune, len(runes))
	for i, r := range runes {
		lower[i] = unicode.ToLower(r)
	}
	marked := make([]bool, len(runes))
	for _, word := range strings.Fields(strings.ToLower(query)) {
		for _, i := range locateWord(lower, []rune(word)) {
			marked[i] = true
		}
	}
	var out []lipgloss.Range
	col, start := 0, -1
	for i, r := range runes {
		if marked[i] && start < 0 {
			start = col
		}
		if !marked[i] && start >= 0 {
			out = append(out, lipgloss.NewRange(start, col, st))
			start = -1
		}
		col += ansi.StringWidth(string(r))
	}
	if start >= 0 {
		out = append(out, lipgloss.NewRange(start, col, st))
	}
	return out
}

// locateWord is the rune positions in text that q matches, by the tiers of
// matchStories (without the scattered one, which would mark noise).
func locateWord(text, q []rune) []int {
	if len(q) == 0 {
		return nil
	}
	infix := -1
	for i := 0; i+len(q) <= len(text); i++ {
		if !slices.Equal(text[i:i+len(q)], q) {
			continue
		}
		if i == 0 || !isWordRune(text[i-1]) {
			return span(i, len(q))
		}
		if infix < 0 {
			infix = i
		}
	}
	if infix >= 0 {
		return span(infix, len(q))
	}
	for i := 0; i < len(text); {
		if !isWordRune(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordRune(text[j]) {
			j++
		}
		if at, ok := subsequence(text[i:j], q); ok {
			for k := range at {
				at[k] += i
			}
			return at
		}
		i = j
	}
	return nil
}

func span(from, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = from + i
	}
	return out
}
