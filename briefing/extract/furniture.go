package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture (extraction.md section 2) is text of a page that is not
// the story: lines that are only a date, a time, a byline or a
// "Published …" stamp; photo credits and captions marked as such;
// parenthetical source citations such as "(MSF 24/01/2025; ICCT
// 09/08/2024)". Nothing in it becomes a figure or a timeline entry.

// furniture returns the spans of page furniture in text, in order. It
// reads each line once and is linear in the length of text.
func furniture(text string) []Span {
	var out []Span
	prev := Span{-1, -1} // the last non-empty line, when it may be a caption
	prevCredit := false
	// belowCredit says prev came right after a credit on a line of its
	// own (prevAlone: the line before was one): a caption, when the
	// story's dateline follows it.
	belowCredit, prevFurniture, prevAlone := false, false, false
	links := 0 // link lines still possible under a "Related" heading
	// headline is the text's first line that is not furniture, when it
	// has no closing stop: a page prints its title again above the story
	// (the browser's title, then the page's), and the copy is furniture
	// (repeatedHeadline). headStart is where that first line starts.
	headline, headStart := "", -1
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := text[start:end]
		if strings.TrimSpace(line) == "" {
			start = end + 1
			continue
		}
		// A dateline's source may have a slash ("(ANI/Xinhua):"): it is
		// not a photo credit, and the line below it is story.
		dl := dateline(line)
		credit := dl == 0 && creditLine(line)
		// A credit on a line of its own, beside its caption; not a
		// caption that ends with its credit ("... 2024. Photo: AFP").
		t := strings.TrimSpace(line)
		creditOnly := credit && len(t) < 80 && !strings.Contains(t, ". ")
		aloneCredit := creditOnly
		header := linkHeader(t)
		switch {
		case header:
			out = append(out, Span{start, end})
			links = maxLinkLines
		case links > 0 && linkLine(t):
			out = append(out, Span{start, end}) // a link under the heading
			links--
		case links > 0 && dl > 0:
			// "KIGALI, Nov. 7 (Xinhua) -- Rwanda will deploy …" under a
			// "Related" heading: the opening of the linked story, a teaser.
			out = append(out, Span{start, end})
			links--
		case repeatedHeadline(headline, t):
			out = append(out, Span{start, end})
		case inlineLink(t) || cutTeaser(t):
			out = append(out, Span{start, end}) // "Read also: …", a teaser cut off "…"
		case credit || furnitureLine(line) || captionOpening(t) || datedCaption(t) || prev.Start >= 0 && sceneCaption(t):
			out = append(out, Span{start, end})
			if credit && creditOnly && prev.Start >= 0 && captionLike(text[prev.Start:prev.End]) {
				out = insertSpan(out, prev) // the caption above its credit
				creditOnly = false          // which is its caption, not the line below
			}
		case videoLabel(t):
			// "Deadly quake leaves thousands homeless 06:09", and the
			// video's title on the line right above it
			out = append(out, Span{start, end})
			if prev.Start > 0 && prev.End+1 == start && !prevFurniture && videoTitle(text[prev.Start:prev.End]) {
				out = insertSpan(out, prev)
			}
		case prevCredit && captionLike(line):
			out = append(out, Span{start, end}) // the caption below its credit
		case dl == 0 && (labelLine(t) || commentWidget(t) || addressLine(t)):
			out = append(out, Span{start, end})
		default:
			if n := stampPrefix(line); n > 0 {
				// "date 2025-10-22 MENAFN - IANS) Sanaa, Oct 23 (IANS) Twelve
				// …": the syndicator's label and the wire's dateline follow.
				n += stampedDateline(line[n:])
				out = append(out, Span{start + len(line) - len(trimBlanks(line)), start + n})
			} else if n := clockOpener(t); n > 0 {
				out = append(out, Span{start + len(line) - len(t), start + len(line) - len(t) + n})
			} else if n := firstDateline(prev.Start < 0, t); n > 0 {
				out = append(out, Span{start + len(line) - len(t), start + len(line) - len(t) + n})
			} else if n := headDateline(t); n > 0 && dl == 0 {
				// before the place-only readings: "UPDATE: 8:36 a.m. IST —"
				// is a stamp whole, not a place "UPDATE:"
				out = append(out, Span{start + len(line) - len(t), start + len(line) - len(t) + n})
			} else if n := capsPlaceDateline(t); n > 0 && dl == 0 {
				out = append(out, Span{start + len(line) - len(t), start + len(line) - len(t) + n})
			} else if n := openingDateline(t); n > 0 && dl == 0 {
				out = append(out, Span{start + len(line) - len(t), start + len(line) - len(t) + n})
			} else if n := dl; n > 0 {
				out = append(out, Span{start, start + n})
				if belowCredit && !prevFurniture {
					// "© UNHCR/F.Juez", then two sentences of caption, then
					// "GENEVA, August 3 (UNHCR)": the story starts here.
					out = insertSpan(out, prev)
				}
				if start < maxLeadFurniture {
					out = bulletsBefore(out, text, start)
				}
			}
			out = appendCitations(out, text, start, end)
			out = midStamps(out, text, start, end)
			if n := signoff(line); n > 0 {
				out = append(out, Span{start + n, end})
			}
		}
		if !header && (links == 0 || !linkLine(t) && dl == 0) {
			links = 0
		}
		n := len(out)
		prevFurniture = n > 0 && out[n-1].Start <= start && out[n-1].End >= end
		if headStart < 0 && !prevFurniture {
			headStart = start
			if c := t[len(t)-1]; c != '.' && c != '!' && c != '?' {
				headline = t // a headline has no closing stop; a caption or a lede has
			}
		}
		belowCredit = prevAlone
		prev, prevCredit, prevAlone = Span{start, end}, creditOnly, aloneCredit
		start = end + 1
	}
	return repeatedCaptions(text, trailingLinks(text, out), headStart, headline)
}

// minHeadline is the shortest headline repeatedHeadline reads again: a
// short line repeated is a label or a widget, which other rules read.
const minHeadline = 20

// repeatedHeadline reports whether t, a trimmed line below the text's
// first line of story, repeats that line, the headline, word for word:
// the page's title printed again above the story.
func repeatedHeadline(headline, t string) bool {
	return len(t) >= minHeadline && len(t) == len(headline) && t == headline
}

// trailingLinks adds the links a page prints after its story: the lines
// at the end of text that are furniture already or read as headlines of
// other stories ("Trump adds seven countries to full travel ban list"),
// when there are three of them or more and the line above them closes a
// sentence. A story's last paragraph ends with its stop; a chronology's
// entries open with their date and stay story.
func trailingLinks(text string, out []Span) []Span {
	var block []Span
	k := len(out) - 1
	lines, fresh := 0, 0
	aged := false // an age stamp ("2 weeks ago") seen below: a related-story block
	for end := len(text); end > 0; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		line := text[start:end]
		if t := strings.TrimSpace(line); t != "" {
			ts := start + len(line) - len(strings.TrimLeft(line, " \t\r"))
			te := start + len(strings.TrimRight(line, " \t\r"))
			for k >= 0 && out[k].Start > ts {
				k--
			}
			switch {
			case k >= 0 && out[k].End >= te:
				lines++ // furniture already
				aged = aged || ageStamp(t)
			case trailingLinkLine(t) || aged && teaserLine(t):
				block = append(block, Span{start, end})
				lines++
				fresh++
			case strings.Trim(t, "-–—") == "":
				block = append(block, Span{start, end}) // a rule above the links
			default:
				if lines >= 3 && fresh > 0 && closesSentence(t) {
					out = append(out, block...)
					sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
				}
				return out
			}
		}
		end = start - 1
	}
	return out
}

// ageStamp reports whether t, a trimmed line, is a related story's age:
// "2 weeks ago", "1 month ago", "3 hours ago".
func ageStamp(t string) bool {
	return len(t) >= len("1 day ago") && len(t) <= len("12 minutes ago") && isDigit(t[0]) && strings.HasSuffix(t, " ago")
}

// teaserLine reports whether t, a trimmed line above a related story's
// age stamp, is its headline or standfirst: capitalised, with no closing
// stop. Unlike trailingLinkLine it takes a standfirst's story tense ("…
// are among those reported to have been wounded"): the age stamp below
// already marks the block.
func teaserLine(t string) bool {
	return len(t) >= 8 && len(t) <= 240 && isUpperStart(t) && !closesSentence(t)
}

// trailingLinkLine reports whether t, a trimmed line, reads as a link to
// another story: a headline, a short label ("No comments:"), a teaser's
// "Full story", a teaser that ends with its section's tag and a dash —
// two words or more, no closing stop, not a date.
func trailingLinkLine(t string) bool {
	if len(t) < 8 || len(t) > 160 || strings.Count(t, " ") < 1 || closesSentence(t) {
		return false
	}
	if !isUpperStart(t) && !isDigit(t[0]) {
		return false
	}
	if strings.HasSuffix(t, " -") {
		return true // a teaser closed by its section's tag: "At least five workers were killed … Middle East -"
	}
	switch t[len(t)-1] {
	case ',', ';':
		return false
	case ':':
		return len(t) <= 30
	}
	first := strings.TrimRight(leadingWord(t), ",.")
	if isMonthWord(first) || weekdayWord(first) {
		return false // a chronology's entry: "March 4, 2024 – protests begin"
	}
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		if storyTenseWords[strings.TrimRight(w, ",;:")] {
			return false // headlines tell the past in the present: "Rebels seize Goma"
		}
	}
	if isDigit(first[0]) {
		if w, _ := nextWord(t, len(leadingWord(t))); isMonthWord(strings.TrimRight(w, ",.")) || isYear(first) {
			return false // "4 March 2024 – …", "2024: …"
		}
	}
	return true
}

// rightsNotice reports whether t, a trimmed line, holds a rights notice:
// "All rights reserved" opening the line or a field of it ("Example News
// 2024 · All rights reserved", "… since 2019. All rights reserved."), or
// the words in either case after a copyright sign ("© 2024 Example, all
// rights reserved"). A sentence that quotes the words ("… which says all
// rights reserved to its footage were violated, …") is story.
func rightsNotice(t string) bool {
	const words = "ll rights reserved"
	for from := 0; ; {
		i := strings.Index(t[from:], words)
		if i < 0 {
			return false
		}
		i += from - 1 // the "A" or "a"
		from = i + 1 + len(words)
		if i < 0 || t[i] != 'A' && t[i] != 'a' {
			continue
		}
		before := strings.TrimRight(t[:i], " \t")
		if strings.Contains(before, "©") || strings.Contains(before, "(c)") || strings.Contains(before, "(C)") ||
			strings.Contains(before, "Copyright") {
			return true
		}
		if t[i] != 'A' {
			continue
		}
		if before == "" || strings.HasSuffix(before, "·") || strings.HasSuffix(before, "—") ||
			strings.HasSuffix(before, "–") || strings.ContainsRune(".|-;,", rune(before[len(before)-1])) {
			return true
		}
	}
}

// storyTenseWords are the past and conditional forms of a story's
// sentence, which a headline does without.
var storyTenseWords = map[string]bool{"was": true, "were": true, "had": true, "said": true, "did": true,
	"would": true, "could": true, "been": true}

// closesSentence reports whether t, a trimmed line, ends a sentence: a
// stop, a question or exclamation mark, or a closing quotation mark.
func closesSentence(t string) bool {
	switch t[len(t)-1] {
	case '.', '!', '?', '"':
		return true
	}
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’")
}

// maxLinkLines bounds the links read under one "Related" heading.
const maxLinkLines = 12

// linkHeader reports whether t, a trimmed line, heads a block of links to
// other pages: "Related Articles", "More from CBS News", "You may also
// like".
func linkHeader(t string) bool {
	if len(t) > 40 || len(t) < 5 {
		return false
	}
	t = strings.TrimRight(t, ": ")
	if hasPrefixFold(t, "more from ") || hasPrefixFold(t, "related ") && strings.Count(t, " ") <= 2 {
		return true
	}
	for _, h := range linkHeaders {
		if strings.EqualFold(t, h) {
			return true
		}
	}
	return false
}

// linkHeaders are the headings of blocks of links, matched whole.
var linkHeaders = []string{"related", "read more", "read also", "also read", "more stories", "more news",
	"you may also like", "you might also like", "recommended", "recommended stories", "most read", "most popular",
	"trending", "latest news", "top stories", "see also", "more on this story", "further reading",
	"share this article"}

// hasPrefixFold reports whether s begins with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// linkLine reports whether t, a trimmed line under a link heading, is a
// link: a headline or a date stamp, with no full stop at its end.
func linkLine(t string) bool {
	if len(t) > 160 {
		return false
	}
	if furnitureLine(t) {
		return true
	}
	switch t[len(t)-1] {
	case '.', '"', '!':
		return false
	}
	return !strings.HasSuffix(t, "”")
}

// lineEnd returns the end of the line of text that starts at start: the
// offset of its line break, or the end of text.
func lineEnd(text string, start int) int {
	if end := strings.IndexByte(text[start:], '\n'); end >= 0 {
		return start + end
	}
	return len(text)
}

// maxCaptionLen bounds the captions repeatedCaptions looks for again.
const maxCaptionLen = 800

// repeatedCaptions adds the lines that repeat a caption found as
// furniture, with or without its closing credit: pages print a photo's
// caption two or three times (alt text, figure caption, gallery), and only
// one copy carries the credit. The headline, the first line of story at
// headStart (-1: none), stays story when its copy below is furniture; a
// first line with a closing stop is no headline (headline is ""), and its
// copies are read as any other line's.
func repeatedCaptions(text string, out []Span, headStart int, headline string) []Span {
	var seen map[string]bool
	for _, sp := range out {
		if sp.Start > 0 && text[sp.Start-1] != '\n' || sp.End < len(text) && text[sp.End] != '\n' {
			continue // part of a line: a dateline, a stamp, a citation
		}
		line := strings.TrimSpace(text[sp.Start:sp.End])
		if len(line) < 24 || len(line) > maxCaptionLen || strings.IndexByte(line, '\n') >= 0 {
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[line] = true
		if k := strings.LastIndexByte(line, '('); k > 0 && strings.HasSuffix(line, ")") {
			seen[strings.TrimSpace(line[:k])] = true // less its credit
		}
	}
	if seen == nil {
		return out
	}
	// A line can only repeat a caption of the same length, give or take
	// the white space around it: most lines are skipped unhashed.
	var lengths [maxCaptionLen/64 + 1]uint64
	for c := range seen {
		if len(c) <= maxCaptionLen {
			lengths[len(c)/64] |= 1 << (len(c) % 64)
		}
	}
	n := len(out)
	k := 0
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := text[start:end]
		if len(line) > maxCaptionLen+8 || inFurniture(out[:n], &k, start) {
			start = end + 1
			continue
		}
		if t := strings.TrimSpace(line); len(t) <= maxCaptionLen && lengths[len(t)/64]&(1<<(len(t)%64)) != 0 && seen[t] &&
			(start != headStart || headline == "") { // the headline stays, though its copy is furniture
			out = append(out, Span{start, end})
		}
		start = end + 1
	}
	if len(out) > n {
		sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	}
	return out
}

// insertSpan adds sp to the ordered spans, before the last one.
func insertSpan(spans []Span, sp Span) []Span {
	if n := len(spans); n >= 2 && spans[n-2] == sp {
		return spans
	}
	spans = append(spans, spans[len(spans)-1])
	spans[len(spans)-2] = sp
	return spans
}

// creditLine reports whether a line is a photo credit or carries one:
// "(AP Photo/Rahmat Gul)", "Photo by Ezra Kaplan/UPI", "© UNHCR/F.Juez",
// "AFP via Getty Images".
func creditLine(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) > 800 {
		return false
	}
	if strings.HasPrefix(t, "©") {
		return true
	}
	if creditLabel(t, "Image ") || creditLabel(t, "Photo ") {
		return true // "Representative image . Image Credit: ANI"
	}
	if tailCredit(t) {
		return true // "… on April 18, 2016. AFP PHOTO | JANE DOE"
	}
	t = t[max(0, len(t)-120):] // a credit closes its line
	if closingCredit(t) || bracketCredit(t) {
		return true
	}
	if strings.IndexByte(t, '/') < 0 && indexShort(t, "hoto") < 0 && !strings.Contains(t, "Getty") {
		return false
	}
	if slashCredit(t) {
		return true
	}
	if agencyCredit(t) {
		return true
	}
	for _, c := range []string{"(AP Photo", "(Photo", "Photo by ", "License Photo", "via Getty Images", "(Full-size photo)",
		"Associated Press photo", "/Getty Images", "(Reuters Photo", "/Reuters)", "/AFP)", ". Photo: ", ". Photograph: ",
		". Picture: ", ". Image: "} {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

// dashOrColon is strings.IndexAny(s, ":—–-") without its per-rune search
// of the set: the index of the first colon or dash in s, or -1.
func dashOrColon(s string) int {
	for i, r := range s {
		switch r {
		case ':', '—', '–', '-':
			return i
		}
	}
	return -1
}

// lastStop is strings.LastIndexAny(s, ".!?”\"") without the library's
// call to IndexRune for every rune, which a set with a rune past ASCII
// costs: the index of the last stop or closing quote in s, or -1.
func lastStop(s string) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch r {
		case '.', '!', '?', '”', '"':
			return i
		}
	}
	return -1
}

// trimBlanks is strings.TrimLeft(s, " \t") without building the cutset.
func trimBlanks(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}

// indexShort is strings.Index(s, sub) for a sub of a few bytes, searched
// 64 bytes of s at a time, each piece overlapping the last by len(sub)-1.
// The library compares a string that short at each position; on a longer
// one it jumps from one sub[0] to the next, and a common first letter
// ('h' of "hoto") makes it stop at every "the". On a long line with a rare
// first letter the library's jumps are the cheaper: keep it for those.
func indexShort(s, sub string) int {
	const piece = 64
	if len(sub) > piece/4 {
		return strings.Index(s, sub)
	}
	at := 0
	for len(s)-at > piece {
		if i := strings.Index(s[at:at+piece], sub); i >= 0 {
			return at + i
		}
		at += piece - len(sub) + 1
	}
	if i := strings.Index(s[at:], sub); i >= 0 {
		return at + i
	}
	return -1
}

// creditLabel reports whether t holds head followed by "Credit" or
// "credit" ("Image Credit", "Photo credit"). One scan for head serves
// both spellings.
func creditLabel(t, head string) bool {
	for {
		i := strings.Index(t, head)
		if i < 0 {
			return false
		}
		t = t[i+len(head):]
		if strings.HasPrefix(t, "Credit") || strings.HasPrefix(t, "credit") {
			return true
		}
	}
}

// bracketCredit reports whether t ends with a photo credit in square
// brackets, as Al Jazeera and others close a caption: "[Reuters]", "[Ammar
// Awad/Reuters]", "[File: Mohammed Salem/Reuters]" — an agency, or names
// around a slash. "[sic]" and "[1]" are no credit.
func bracketCredit(t string) bool {
	if !strings.HasSuffix(t, "]") {
		return false
	}
	open := strings.LastIndexByte(t, '[')
	if open < 0 || len(t)-open > 64 {
		return false
	}
	in := strings.TrimPrefix(strings.TrimPrefix(t[open+1:len(t)-1], "File:"), "File photo:")
	in = strings.TrimSpace(in)
	if photoAgencies[strings.ToLower(in)] {
		return true
	}
	who, agency, ok := strings.Cut(in, "/")
	if !ok || strings.ContainsAny(in, "0123456789") || !isUpperStart(strings.TrimSpace(who)) {
		return false
	}
	agency = strings.TrimSpace(agency)
	return isUpperStart(agency) || photoAgencies[strings.ToLower(agency)]
}

// photoAgencies are the agencies that credit news photos on their own.
var photoAgencies = map[string]bool{"reuters": true, "afp": true, "ap": true, "ap photo": true, "epa": true,
	"epa-efe": true, "getty images": true, "anadolu": true, "anadolu agency": true, "al jazeera": true,
	"xinhua": true, "ani": true, "pti": true, "file": true, "handout": true, "unicef": true, "unhcr": true,
	"dpa": true}

// slashCredit reports whether t ends with a credit after a spaced slash,
// closing a caption's sentence: "… after junta airstrikes on Tuesday. /
// Supplied", "… in Yangon on Monday. / The Irrawaddy".
func slashCredit(t string) bool {
	k := strings.LastIndex(t, " / ")
	if k < 1 || len(t)-k > 40 || t[k-1] != '.' {
		return false
	}
	words := strings.Fields(t[k+3:])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpperStart(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// closingCredit reports whether t ends with a bracketed photo credit:
// one that names a photo ("(Staff photo)", "(UN Photo)", "(File
// picture)"), or an agency and a photographer's name after a colon,
// Australian style ("(Reuters: Adnan Abidi)", "(ABC News: Jane Doe)").
func closingCredit(t string) bool {
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 || len(t)-open > 60 {
		return false
	}
	in := t[open+1 : len(t)-1]
	// "(AFP Photo/Jane Doe)": the agency's photo and its photographer
	// joined by a slash.
	for _, w := range strings.FieldsFunc(in, creditSeparator) {
		switch strings.ToLower(strings.Trim(w, ".,;:")) {
		case "photo", "photos", "photograph", "picture", "pictures", "image":
			return true
		}
	}
	org, name, ok := strings.Cut(in, ": ")
	if !ok || !isUpperStart(org) || citationLabels[strings.ToLower(org)] {
		return false // "(Source: World Bank)" cites, and the line is story
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpperStart(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// creditSeparator splits a bracketed credit into its words: spaces and
// the slashes that join an agency, its photo and a name.
func creditSeparator(r rune) bool { return r == ' ' || r == '/' }

// agencyCredit reports whether t ends with a wire photo credit in
// capitals and slashes: "… on 4 February. REUTERS/Jane Doe", "AFP/Getty
// Images", "EPA-EFE/John Smith". Agencies in brackets before the full stop
// of a sentence ("… landed in Port-au-Prince (MTPP/PAP).") are its
// sources, not a credit that makes the line a caption.
func agencyCredit(t string) bool {
	f := strings.Fields(t[max(0, len(t)-48):])
	for k, w := range f {
		if strings.HasPrefix(w, "(") && strings.HasSuffix(f[len(f)-1], ").") {
			continue
		}
		w = strings.Trim(w, "()")
		agency, name, ok := strings.Cut(w, "/")
		if !ok || len(agency) < 2 || strings.Trim(agency, "ABCDEFGHIJKLMNOPQRSTUVWXYZ-") != "" {
			continue // not "REUTERS/", "AFP/", "EPA-EFE/"
		}
		words := strings.Fields(strings.ReplaceAll(name+" "+strings.Join(f[k+1:], " "), "/", " "))
		if len(words) == 0 {
			return false
		}
		for _, x := range words {
			if x = strings.Trim(x, "()"); !isUpperStart(x) || strings.ContainsAny(x, "0123456789") {
				return false
			}
		}
		return true
	}
	return false
}

// citationLabels open a bracketed source, not a photographer's credit.
var citationLabels = map[string]bool{"source": true, "sources": true, "data": true, "note": true, "see": true}

// captionLike reports whether a line could be a photo caption: one
// sentence, not a heading or a list item.
func captionLike(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > 300 || strings.ContainsAny(t[:1], "#->|*") {
		return false
	}
	return strings.Count(strings.TrimRight(t, ". "), ". ") == 0
}

// dateline returns the length of a wire dateline opening a line —
// "MANTA, Ecuador, April 19 (UPI) --", "GENEVA, August 3 (UNHCR)",
// "YOLA (Adamawa, Nigeria), Nov 4 (NNN-XINHUA) —", "Adamawa [Nigeria],
// November 4 (ANI/Xinhua):", "Feb. 7 (UPI) —", "KIGALI (AFP) -",
// "(KABUL, Afghanistan) —" — or 0. Its date is the report's, not an
// event of the story.
func dateline(line string) int {
	t := trimBlanks(line)
	if len(t) < 8 {
		return 0
	}
	n := 0
	switch {
	case t[0] == '(':
		if n = bracketDateline(t); n == 0 {
			n = labelledDateline(t)
		}
	case 'A' <= t[0] && t[0] <= 'Z':
		if n = capsDateline(t); n == 0 {
			n = sourcedDateline(t)
		}
		if n == 0 {
			n = placeDateDateline(t)
		}
	}
	if n == 0 {
		return 0
	}
	return len(line) - len(t) + n
}

// stampedDateline returns the length of the dateline that follows a date
// stamp at the start of s, after a syndicator's label or none: " MENAFN -
// IANS) Sanaa, Oct 23 (IANS)", " GENEVA, Jan 4 (Reuters) -"; or 0.
func stampedDateline(s string) int {
	if n := dateline(s); n > 0 {
		return n
	}
	t := trimBlanks(s) // a label that lost its bracket: "MENAFN - IANS)"
	if n := labelledDateline(t); n > 0 {
		return len(s) - len(t) + n
	}
	if n := bareDateline(t); n > 0 {
		return len(s) - len(t) + n
	}
	if n := openingDateline(t); n > 0 {
		return len(s) - len(t) + n // " KHARTOUM: More than …"
	}
	return 0
}

// firstDateline is bareDateline of t when t is the text's first line, or 0.
func firstDateline(first bool, t string) int {
	if !first {
		return 0
	}
	return bareDateline(t)
}

// bareDateline returns the length of a dateline that a republisher
// printed without its source and without a dash, at the head of a story:
// a place of one to three capitalised words, a comma, a month and a day
// (and its year), then the story's first word, capitalised — "Khartoum,
// Oct 7 At least seven people were killed …" (a wire's "Khartoum, Oct 7
// (IANS)" with the agency cut) — or 0. Only a text's first line or the
// line after the store's date stamp is read this way.
func bareDateline(t string) int {
	comma := strings.IndexByte(t[:min(len(t), 32)], ',')
	if comma < 3 {
		return 0
	}
	words := 0
	for w, i := nextWord(t[:comma], 0); w != ""; w, i = nextWord(t[:comma], i) {
		if words++; words > 3 || !isUpperStart(w) || isMonthWord(w) || weekdayWord(w) {
			return 0
		}
	}
	month, i := nextWord(t, comma+1)
	if !isMonthWord(month) || strings.HasSuffix(month, ",") {
		return 0
	}
	day, n := nextWord(t, i)
	if day = strings.TrimSuffix(day, ","); day == "" || len(day) > 2 || strings.Trim(day, "0123456789") != "" {
		return 0
	}
	next, j := nextWord(t, n)
	if isYear(strings.TrimRight(next, ",")) {
		n = j - len(next) + len(strings.TrimRight(next, ","))
		next, _ = nextWord(t, j)
	}
	if next == "" || !isUpperStart(next) || isMonthWord(next) || weekdayWord(next) {
		return 0
	}
	return n
}

// labelledDateline returns the length of a dateline after a syndicator's
// label that opens s — "(MENAFN- IANS) Sanaa, Oct 23 (IANS)", the label
// with or without its opening bracket — or 0: aggregators print their
// label, then the wire's own dateline.
func labelledDateline(s string) int {
	k := strings.IndexByte(s[:min(len(s), 40)], ')')
	if k < 2 {
		return 0
	}
	label := strings.TrimPrefix(s[:k], "(")
	if strings.IndexByte(label, '-') < 0 || !sourceLike(label) {
		return 0 // "MENAFN- IANS": an aggregator, a dash, its source
	}
	rest := trimBlanks(s[k+1:])
	if rest == "" || rest[0] == '(' {
		return 0
	}
	n := dateline(rest)
	if n == 0 {
		return 0
	}
	return len(s) - len(rest) + n
}

// placeDateDateline returns the length of a dateline with no source: a
// place, a comma and a day of a month, then a dash or a colon —
// "Gurugram, November 18: Over 200 protesters …", "Geneva, 4 March 2024 –
// The UN said …" — or 0. A line that opens with a date ("March 4, 2024 –
// protests begin", a chronology's entry) is not one.
func placeDateDateline(line string) int {
	comma := strings.IndexByte(line[:min(len(line), 31)], ',')
	if comma < 3 {
		return 0
	}
	rest := line[:min(len(line), comma+30)]
	k := dashOrColon(rest[comma:])
	if k < 0 {
		return 0
	}
	k += comma
	n := k + 1
	switch {
	case strings.HasPrefix(line[k:], "—"), strings.HasPrefix(line[k:], "–"):
		n = k + len("—")
	case strings.HasPrefix(line[k:], "--"):
		n = k + 2
	case line[k] == '-' && (k+1 >= len(line) || line[k+1] != ' '):
		return 0 // a hyphen inside a word
	}
	head := strings.TrimSpace(line[:k])
	if !strings.HasSuffix(line[:k], " ") && line[k] != ':' {
		return 0
	}
	if first := leadingWord(head); isMonthWord(first) || weekdayWord(first) {
		return 0
	}
	_, month, day := dateHeadParts(head)
	if _, ok := datelineHead(head); !ok || !month || !day {
		return 0
	}
	return n
}

// weekdayWord reports whether w names a day of the week.
func weekdayWord(w string) bool {
	lx := numLexicon[strings.ToLower(strings.TrimRight(w, ".,"))]
	return lx != nil && lx.cls&clsWeekday != 0
}

// dateHeadParts reports whether head has a comma, a month word and a day
// number.
func dateHeadParts(head string) (comma, month, day bool) {
	comma = strings.IndexByte(head, ',') >= 0
	for w, i := nextWord(head, 0); w != ""; w, i = nextWord(head, i) {
		bare := strings.TrimRight(w, ",.")
		switch {
		case isMonthWord(bare):
			month = true
		case bare != "" && len(bare) <= 2 && strings.Trim(bare, "0123456789") == "":
			day = true
		}
	}
	return comma, month, day
}

// sourcedDateline returns the length of a dateline closed by its source
// in brackets: a place, a date or both, then "(AGENCY)", then a dash or a
// colon (or, after a place and a date, the story's first word).
func sourcedDateline(line string) int {
	for from := 0; from < min(len(line), 80); {
		k := strings.IndexByte(line[from:min(len(line), 80)], '(')
		if k < 0 {
			return 0
		}
		open := from + k
		k = strings.IndexByte(line[open:], ')')
		if k < 0 || k > 32 {
			return 0
		}
		close := open + k + 1
		from = close
		if !sourceLike(line[open+1 : close-1]) {
			continue
		}
		head := strings.TrimSpace(line[:open])
		comma, ok := datelineHead(head)
		if !ok {
			return 0
		}
		n := close
		for n < len(line) && line[n] == ' ' {
			n++
		}
		for _, d := range []string{"--", "—", "–", "-", ":"} {
			if strings.HasPrefix(line[n:], d) {
				return n + len(d)
			}
		}
		if comma && n < len(line) && 'A' <= line[n] && line[n] <= 'Z' {
			return close // "GENEVA, August 3 (UNHCR) The UN refugee agency ..."
		}
		return 0
	}
	return 0
}

// sourceLike reports whether s, the inside of brackets, names a wire
// source: "UPI", "NNN-XINHUA", "ANI/Xinhua", "dpa/MIA", "CBSNewYork/CBS
// News" — letters with spaces, dots, dashes and slashes, one capital at
// least.
func sourceLike(s string) bool {
	if s == "" {
		return false
	}
	upper := false
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			upper = true
		case 'a' <= r && r <= 'z', r == ' ', r == '.', r == '-', r == '/', r == '&':
		default:
			return false
		}
	}
	return upper
}

// datelineHead reports whether head, the text before a dateline's source,
// is a place, a date or both ("YOLA (Adamawa, Nigeria), Nov 4", "Feb. 7",
// "MEXICO CITY"), and whether it has a comma. Every word is a name, a
// number, a bracketed region or a short particle of a place name ("Rio de
// Janeiro"); a head without a comma is a place in capitals or a date.
func datelineHead(head string) (comma, ok bool) {
	if head == "" || len(head) > 60 {
		return false, false
	}
	comma = strings.IndexByte(head, ',') >= 0
	caps, month, day := true, false, false
	depth := 0
	for w, i := nextWord(head, 0); w != ""; w, i = nextWord(head, i) {
		inside := depth > 0
		depth += strings.Count(w, "(") + strings.Count(w, "[") - strings.Count(w, ")") - strings.Count(w, "]")
		if inside || w[0] == '(' || w[0] == '[' {
			continue // a region in brackets
		}
		bare := strings.TrimRight(w, ",.")
		switch {
		case bare == "":
		case isDigit(bare[0]):
			if strings.Trim(bare, "0123456789") != "" {
				return false, false
			}
			day = true
		case isUpperStart(bare):
			if isMonthWord(bare) {
				month = true
			} else if strings.ToUpper(bare) != bare {
				caps = false
			}
		case placeParticles[bare]:
			caps = false
		default:
			return false, false
		}
	}
	return comma, comma || caps || month && day
}

// placeParticles are the lower-case words of place names.
var placeParticles = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "du": true,
	"el": true, "al": true, "la": true, "le": true, "of": true, "es": true, "y": true}

// bracketDateline returns the length of a dateline whose place is in
// brackets, capitals first, closed by a dash: "(KABUL, Afghanistan) —".
func bracketDateline(line string) int {
	k := strings.IndexByte(line, ')')
	if k < 0 || k > 50 {
		return 0
	}
	place := line[1:k]
	first, _, _ := strings.Cut(place, ",")
	if len(first) < 3 || strings.ToUpper(first) != first || !isUpperStart(first) {
		return 0
	}
	if _, ok := datelineHead(place); !ok {
		return 0
	}
	n := k + 1
	for n < len(line) && line[n] == ' ' {
		n++
	}
	for _, d := range []string{"--", "—", "–", "-"} {
		if strings.HasPrefix(line[n:], d) {
			return n + len(d)
		}
	}
	return 0
}

// stampPrefix returns the length of a date stamp in figures that opens a
// line of story text — "2024-03-05 10:12 Police said …", "date
// 2023-11-08 People fleeing …" — or 0.
func stampPrefix(line string) int {
	i := len(line) - len(trimBlanks(line))
	if w, j := nextWord(line, i); strings.EqualFold(strings.TrimSuffix(w, ":"), "date") {
		i = j + 1
	}
	if i+10 > len(line) || !isoDate(line[i:i+10]) {
		return 0
	}
	n := i + 10
	if w, j := nextWord(line, n); len(w) >= 4 && len(w) <= 8 && isDigit(w[0]) && strings.Trim(w, "0123456789:") == "" && strings.IndexByte(w, ':') > 0 {
		n = j // the time: "10:12", "10:12:45"
	}
	return n
}

// capsDateline returns the length of a dateline without a source, in
// capitals up to its comma, closed by a dash: "MIANYANG, CHINA —",
// "KABUL, Afghanistan —"; or 0.
func capsDateline(line string) int {
	comma := strings.IndexByte(line, ',')
	if comma < 3 || comma > 30 {
		return 0
	}
	for k := 0; k < comma; k++ {
		if c := line[k]; c != ' ' && c != '-' && c != '.' && (c < 'A' || c > 'Z') {
			return 0
		}
	}
	rest := line[comma:min(len(line), comma+40)]
	for _, d := range []string{" — ", " -- ", " – "} {
		if k := strings.Index(rest, d); k > 0 && !strings.ContainsAny(rest[1:k], ".;:!?") {
			return comma + k + len(d) - 1
		}
	}
	return 0
}

// capsPlaceDateline returns the length of a dateline of a place alone, in
// capitals, closed by a dash before the story's first word: "GENEVA - The
// United Nations opened", "WASHINGTON — A helicopter crew", "LIBREVILLE --
// A group of", "ALBAWABA - Today"; or 0. The place is one to three words
// of capitals; the word after the dash opens a sentence.
func capsPlaceDateline(line string) int {
	end, words := 0, 0
	for end < len(line) && end < 30 {
		k := end
		for k < len(line) && ('A' <= line[k] && line[k] <= 'Z' || line[k] == '.' || line[k] == '\'' || line[k] == '-' && k > end) {
			k++
		}
		if k-end < 2 || k < len(line) && line[k] != ' ' {
			return 0
		}
		words++
		end = k
		if end+1 < len(line) && 'A' <= line[end+1] && line[end+1] <= 'Z' && words < 3 {
			end++ // "NEW YORK", "ADDIS ABABA"
			continue
		}
		break
	}
	if end < 3 {
		return 0
	}
	for _, d := range []string{" — ", " -- ", " – ", " - "} {
		if strings.HasPrefix(line[end:], d) {
			n := end + len(d)
			if n < len(line) && ('A' <= line[n] && line[n] <= 'Z' || '0' <= line[n] && line[n] <= '9' || line[n] == '"') {
				return n - 1
			}
			return 0
		}
	}
	return 0
}

// maxLeadFurniture bounds where a dateline may open the story for the
// bullets above it to count as photo captions.
const maxLeadFurniture = 3000

// bulletsBefore adds the lines above the dateline at start that are
// bullet items ("  • A woman tries to evacuate her son ... on Monday."):
// a gallery's captions above the story.
func bulletsBefore(out []Span, text string, start int) []Span {
	var bullets []Span
	for ls := 0; ls < start; {
		le := strings.IndexByte(text[ls:start], '\n')
		if le < 0 {
			le = start
		} else {
			le += ls
		}
		if t := strings.TrimSpace(text[ls:le]); strings.HasPrefix(t, "•") {
			bullets = append(bullets, Span{ls, le})
		}
		ls = le + 1
	}
	if len(bullets) == 0 {
		return out
	}
	// The bullets come before the dateline's span, which is last; the
	// spans stay in order and apart.
	last := out[len(out)-1]
	merged := append(bullets, out[:len(out)-1]...)
	sort.Slice(merged, func(a, b int) bool { return merged[a].Start < merged[b].Start })
	out = out[:0]
	for _, sp := range merged {
		if n := len(out); n > 0 && sp.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return append(out, last)
}

// furnitureLine reports whether a whole line is furniture: a stamp, a
// byline or credit, or a short line that is only a date or a time.
func furnitureLine(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	if len(t) <= 400 && briefingNote(t) {
		return true
	}
	if len(t) > 160 {
		return false
	}
	if clockLine(t) {
		return true // a live blog's update stamp: "6 p.m.", "3:20 p.m.", "15: 12"
	}
	if w := trailingWidget(t); w > 0 {
		// "Xinhua, March 31, 2017 Adjust font size:": a stamp with the
		// page's widget beside it is the stamp.
		t = strings.TrimSpace(t[:len(t)-w])
		if t == "" {
			return true
		}
	}
	for _, l := range furnitureLines {
		if strings.EqualFold(t, l) {
			return true
		}
	}
	if furnitureFirsts[t[0]] {
		for _, p := range furniturePrefixes {
			if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
				return true
			}
		}
	}
	switch t[0] {
	case '#', '-', '*', '>', '|':
		return false
	case '(':
		if bracketNotice(t) {
			return true
		}
	}
	if pageCounter(t) {
		return true
	}
	if strings.HasSuffix(t, "”") {
		return false
	}
	if rightsNotice(t) {
		return true // "© 2024 Reuters. All rights reserved."
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', '"':
		return false
	}
	if strings.Contains(t, "(@") && namesDate(t) {
		return true // an embedded post's signature: "— UN News (@UN_News) February 5, 2025"
	}
	// A line with a clause is story, full stop or not: "Five people were
	// killed in Kabul on Monday" names a day but is no date line.
	if clauseLine(t) {
		return false
	}
	if strings.HasPrefix(t, "By ") && len(t) <= 120 && strings.Count(t, " ") <= 16 && namesDate(t) {
		return true // "By The Associated Press March 8, 2019 7:49 am 03/08/2019 07:49am"
	}
	if len(t) > 70 || strings.Count(t, " ") > 9 {
		// "Jane Doe and John Smith, Reuters Published 4:12 AM EST, Tue
		// March 5, 2024": a clock time and a date make a stamp.
		return strings.Count(t, " ") <= 20 && clockTime(t) && namesDate(t) && !titleClause(t)
	}
	// a headline in title case names its day too: read last, on the few
	// lines that would be a date line
	return namesDate(t) && !titleClause(t) || strings.HasPrefix(t, "By ")
}

// lineWordMarks are the marks clauseLine and titleClause trim from a
// line's words before they read them.
const lineWordMarks = ",;:|()[]'\"“”‘’—–-"

// clauseLine reports whether t, a line with no closing stop, reads as a
// clause rather than a date line or a byline: a finite verb in lower case
// after a word that may be its subject ("Five people were killed in Kabul
// on Monday", "Rebels seized the town on Sunday"), or three lower-case
// words beyond those of a stamp ("fighting across the north of the
// country since Monday"). A date line is only names, numbers and the
// stamp's words: "Monday 3 March 2025", "Updated Tuesday, 11:02 AM",
// "By our correspondent in Kabul, Monday".
func clauseLine(t string) bool {
	content := 0
	n := 0
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		w = strings.Trim(w, lineWordMarks)
		if w == "" {
			continue
		}
		n++
		if !('a' <= w[0] && w[0] <= 'z') || stampWords[w] {
			continue
		}
		if n > 1 && (finiteVerb(w) || irregularPastForms[w] || eventAuxiliaries[w]) && w != "may" {
			return true
		}
		if content++; content >= 3 {
			return true
		}
	}
	return false
}

// titleClause reports whether t, a line with no clause in lower case, is a
// headline in title case: a capitalised finite verb after its first word
// ("12-Hour Ceasefire Went Into Effect 8 a.m. Saturday", "Rebels Seized
// Town on Sunday"). A date line's capitalised words are names, months,
// weekdays and the stamp's own ("Updated", "Created:"); a byline's names may look like
// verbs, so a line opening with "By " is left to the byline rules.
func titleClause(t string) bool {
	if strings.HasPrefix(t, "By ") {
		return false
	}
	n := 0
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		label := strings.HasSuffix(w, ":") // a stamp's label: "Created: 27-06-2022"
		w = strings.Trim(w, lineWordMarks)
		if w == "" {
			continue
		}
		if n++; n == 1 || label || len(w) < 3 || !isUpperStart(w) {
			continue
		}
		lw := lowerKey(w)
		if stampWords[lw] || lw == "may" || lw == "will" {
			continue
		}
		if irregularPastForms[lw] || finiteVerb(lw) {
			return true
		}
	}
	return false
}

// bracketNotice reports whether t, a trimmed line, is a page's notice or
// a wire footer wholly in brackets: "(Reporting by Jane Doe; editing by
// John Smith)", "(Copyright 2012 by BNO News B.V. All rights reserved.)",
// "(This story has not been edited …)", "(with AFP)", "(ST)".
func bracketNotice(t string) bool {
	if len(t) < 4 || t[len(t)-1] != ')' || strings.IndexByte(t[1:], '(') >= 0 {
		return false
	}
	in := strings.TrimSpace(t[1 : len(t)-1])
	if len(in) <= 16 && sourceLike(in) && strings.ToUpper(in) == in {
		return true // a wire's initials: "(ST)", "(AFP)"
	}
	for _, p := range noticePrefixes {
		if hasPrefixFold(in, p) {
			return true
		}
	}
	return strings.Contains(in, "rights reserved")
}

// noticePrefixes open the notices and footers pages print in brackets.
var noticePrefixes = []string{"copyright", "©", "reporting by", "additional reporting", "editing by", "writing by",
	"compiled by", "this story", "this article", "with inputs from", "with agency inputs", "with afp", "with ap",
	"with reuters", "with pti", "with ani", "source:", "photo:"}

// stampWords are the lower-case words of date lines, stamps and bylines.
var stampWords = map[string]bool{
	"on": true, "at": true, "in": true, "of": true, "the": true, "a": true, "an": true, "and": true,
	"by": true, "for": true, "from": true, "to": true, "with": true, "via": true, "our": true,
	"updated": true, "published": true, "posted": true, "modified": true, "edited": true, "reviewed": true,
	"last": true, "first": true, "am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true,
	"ago": true, "hours": true, "hour": true, "hrs": true, "minutes": true, "minute": true, "mins": true, "min": true,
	"days": true, "day": true, "weeks": true, "week": true, "today": true, "yesterday": true, "read": true,
	"time": true, "local": true, "st": true, "nd": true, "rd": true, "th": true, "de": true, "van": true, "von": true,
	"al": true, "el": true, "bin": true, "ibn": true, "da": true, "du": true, "le": true, "la": true,
}

// furniturePrefixes open lines that are furniture whole.
var furniturePrefixes = []string{"Published ", "Publish date", "Updated ", "Last updated", "Posted ", "Copyright ", "©",
	"Credit:", "Photo:", "Photograph:", "Image:", "Source :", "Story Code",
	// BBC-style caption labels, links to other stories, wire footers.
	"Image caption", "Image source", "Media caption", "Caption:", "First published", "Originally published",
	"Last modified", "Read more", "Related:", "Also read", "See also:", "Reporting by ", "Additional reporting",
	"Editing by ", "Writing by ", "Issued on", "Modified:", "Date:", "File photo", "Correction:", "Correction,", "Correction appended",
	"This story was", "This story has been", "A version of this", "pic.twitter.com",
	"Published:", "Updated:", "Posted:", "Last update", "Watch:", "Listen:",
	// page notices: "This article is more than 2 years old", "This article
	// originally appeared on …".
	"This article ", "Originally appeared",

	// media labels and chart sources: "Pictured: …", "Video: …", "Source: OCHA, 3 March 2024".
	"Pictured:", "Gallery:", "Video:", "In pictures:", "Click here", "Source:",
	// labels of links to other stories set between paragraphs: "MORE:
	// Rebels seize Goma", "Related story: …", "Don't miss: …".
	"More:", "Related story:", "Related stories:", "Related article:", "Recommended:", "Don't miss:",
	"Must read:", "Read next:", "Read also:", "Also see:", "Further reading:"}

// briefingNote reports whether t, a trimmed line, is a briefing's note on
// itself, a sentence too long for a furniture prefix: UNHCR's "This is a
// summary of what was said by … at the press briefing, on 10 July 2012, at
// the Palais des Nations in Geneva.", the UN's "The following is a
// near-verbatim transcript of today's noon briefing by …".
func briefingNote(t string) bool {
	return t[0] == 'T' && (strings.HasPrefix(t, "This is a summary of what was said") ||
		strings.HasPrefix(t, "The following is a near-verbatim transcript"))
}

// furnitureFirsts marks the bytes a line can start with to match a
// furniture prefix under strings.EqualFold. A prefix that starts with a
// letter matches either case of it. Runes beyond ASCII fold to an ASCII
// letter only from two or more bytes ("K" is the Kelvin sign), and
// t[:len(p)] of such a line then holds fewer runes than p: no match.
var furnitureFirsts = func() (m [256]bool) {
	for _, p := range furniturePrefixes {
		c := p[0]
		m[c] = true
		if 'a' <= c|0x20 && c|0x20 <= 'z' {
			m[c|0x20], m[c&^0x20] = true, true
		}
	}
	return m
}()

// furnitureLines are lines of page chrome, matched whole.
var furnitureLines = []string{"Share", "Read Comments", "Skip to content", "Comments", "Comments are closed.",
	"hide caption", "toggle caption"}

// namesDate reports whether a short line names a month or a weekday,
// gives a clock time ("11:02 AM") or a numeric date ("05/02/2025",
// "2025-02-05"), or is a stamp's "3 hours ago".
func namesDate(t string) bool {
	if clockTime(t) {
		return true
	}
	n, first, last := 0, "", ""
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		if w = strings.Trim(w, ",;|()"); slashDate(w) || isoDate(w) {
			return true
		}
		if n == 0 {
			first = w
		}
		n, last = n+1, w
	}
	if n >= 2 && n <= 3 && strings.EqualFold(last, "ago") && first != "" && isDigit(first[0]) {
		return true // "3 hours ago"
	}
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		if len(w) < 3 {
			continue
		}
		if lx := numLexicon[strings.ToLower(w)]; lx != nil && lx.cls&(clsMonth|clsWeekday) != 0 && w != "may" && w != "May" {
			return true
		}
		if w == "May" && mayDated(t) {
			return true // "Jatindra Dash 1 May 2019": May beside its day or year
		}
		if strings.EqualFold(w, "today") {
			return true
		}
	}
	return false
}

// clockLine reports whether t, a trimmed line, is only a clock time, as
// a live blog prints over each update: "6 p.m.", "3:20 p.m.", "14:52",
// "15: 12" (a stray space), "4.00 pm IST". Without a colon a mark must
// follow ("6 p.m."): a bare "15" or "2.5" is a number, not a time.
func clockLine(t string) bool {
	i := 0
	for i < len(t) && i < 2 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i < len(t) && isDigit(t[i]) {
		return false
	}
	colon := false
	if i < len(t) && (t[i] == ':' || t[i] == '.') {
		sep := t[i]
		j := i + 1
		if sep == ':' && j < len(t) && t[j] == ' ' {
			j++
		}
		if j+2 > len(t) || !isDigit(t[j]) || !isDigit(t[j+1]) || j+2 < len(t) && isDigit(t[j+2]) {
			return false
		}
		colon, i = sep == ':', j+2
	}
	rest := strings.TrimSpace(t[i:])
	if rest == "" {
		return colon
	}
	marks := 0
	for w, k := nextWord(rest, 0); w != ""; w, k = nextWord(rest, k) {
		if marks++; marks > 2 || !clockMark(w) {
			return false
		}
		if marks == 1 && !colon && foldIn(strings.TrimRight(w, "."), "hours", "hrs", "h") {
			return false // "24 hours", "48 hrs": a span of time, as a heading or a line of a list writes it, not a stamp
		}
	}
	return true
}

// trailingWidget returns the length of a page widget's label that ends
// t ("Adjust font size:", "Print", "Email this"), or 0.
func trailingWidget(t string) int {
	for _, w := range pageWidgets {
		if len(t) > len(w) && strings.EqualFold(t[len(t)-len(w):], w) && t[len(t)-len(w)-1] == ' ' {
			return len(w)
		}
	}
	return 0
}

// pageWidgets are the labels of a page's tools printed beside its stamp.
var pageWidgets = []string{"Adjust font size:", "Font size:", "Text size:", "Print this page", "Email this page",
	"Print article", "Email article"}

// mayDated reports whether "May" in t stands beside a number, a day or
// a year ("1 May 2019", "May 3"), which makes it the month, not the verb.
func mayDated(t string) bool {
	for k := 0; ; {
		i := strings.Index(t[k:], "May")
		if i < 0 {
			return false
		}
		i += k
		k = i + 3
		if i > 0 && isLatinLetter(t[i-1]) || k < len(t) && isLatinLetter(t[k]) {
			continue // "Mayfair", "Mayor": not the word
		}
		before := strings.TrimRight(t[:i], " ")
		after := strings.TrimLeft(t[k:], " .")
		if len(before) < i && before != "" && isDigit(before[len(before)-1]) ||
			len(after) < len(t)-k && after != "" && isDigit(after[0]) {
			return true
		}
	}
}

// pageCounter reports whether t is a page's counter: "12 Shares", "1.2K
// views", "0 comments", "3 min read", "1 minute", "Image 3 of 12".
func pageCounter(t string) bool {
	if len(t) > 24 {
		return false
	}
	if hasPrefixFold(t, "image ") || hasPrefixFold(t, "photo ") {
		// "Image 3 of 12"
		_, rest, _ := strings.Cut(t, " ")
		n, of, _ := strings.Cut(rest, " of ")
		return n != "" && of != "" && strings.Trim(n, "0123456789") == "" && strings.Trim(of, "0123456789") == ""
	}
	n, rest, ok := strings.Cut(t, " ")
	if !ok || n == "" || !isDigit(n[0]) || strings.Trim(n, "0123456789.,KkMm") != "" {
		return false
	}
	for _, c := range pageCounters {
		if strings.EqualFold(rest, c) {
			return true
		}
	}
	return false
}

// pageCounters are what a page counts beside a story.
var pageCounters = []string{"shares", "share", "views", "view", "comments", "comment", "likes", "reads",
	"replies", "reply", "responses", "response",
	"min read", "mins read", "minute read", "minutes read",
	// a reading time alone on its line, under the headline: "1 minute"
	"minute", "minutes", "min", "mins"}

// clockTime reports whether t holds a clock time: "11:02", or with a dot
// before an hour mark or a zone, "04.53 EDT", "12.50 pm", "16.03pm".
func clockTime(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		if !isDigit(t[i]) || !isDigit(t[i+2]) {
			continue
		}
		if t[i+1] == ':' {
			return true
		}
		if t[i+1] == '.' && i > 1 && isDigit(t[i-1]) && isDigit(t[i-2]) {
			continue // "2024.10": no hour has three digits
		}
		if t[i+1] == '.' && i+3 < len(t) && isDigit(t[i+3]) && (i+4 == len(t) || !isDigit(t[i+4])) && clockMark(t[i+4:]) {
			return true
		}
	}
	return false
}

// clockMark reports whether s, after a dotted time, opens with an hour
// mark or a time zone: "pm", " a.m.", " GMT", " EDT", " IST".
func clockMark(s string) bool {
	s = strings.TrimLeft(s, " ")
	w := s
	if k := strings.IndexAny(s, " ,|)"); k >= 0 {
		w = s[:k]
	}
	switch strings.ToLower(strings.TrimRight(w, ".")) {
	case "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "edt", "est", "et", "pt", "pdt", "pst", "ist",
		"eat", "wat", "cat", "sast", "aest", "hrs", "hours", "h":
		return true
	}
	return false
}

// appendCitations adds the parenthetical source citations of a line:
// "(MSF 24/01/2025; ICCT 09/08/2024)", "(OCHA 03/02/2025)" — sources and
// dates in slashes and nothing else.
func appendCitations(out []Span, text string, start, end int) []Span {
	for i := start; i < end; i++ {
		k := strings.IndexByte(text[i:end], '(')
		if k < 0 {
			break
		}
		i += k
		// The bracket closes within 120 bytes or it is no citation: only
		// those are searched, so that a run of '(' is read in linear time.
		j := strings.IndexByte(text[i:min(end, i+121)], ')')
		if j < 0 {
			continue
		}
		if citation(text[i+1 : i+j]) {
			out = append(out, Span{i, i + j + 1})
		}
		i += j
	}
	return out
}

// citation reports whether s is a list of sources with their dates:
// "MSF 24/01/2025; ICCT 09/08/2024", "UNICEF, 3 February 2025", "WHO
// Sudan, Jan 30, 2025". A source is one to four capitalised words.
func citation(s string) bool {
	dates := 0
	for _, part := range strings.Split(s, ";") {
		f := strings.Fields(part)
		if len(f) < 2 {
			return false
		}
		src := 0
		for src < len(f) && src < 4 && isUpperStart(f[src]) && !isMonthWord(f[src]) {
			src++
			if strings.HasSuffix(f[src-1], ",") {
				break
			}
		}
		if src == 0 || !citedDate(f[src:]) {
			return false
		}
		dates++
	}
	return dates > 0
}

// citedDate reports whether the words f are one date: "24/01/2025",
// "2025-01-24", "3 February 2025", "Jan 30, 2025", "January 2025".
func citedDate(f []string) bool {
	switch len(f) {
	case 1:
		return slashDate(f[0]) || isoDate(f[0])
	case 2:
		return isMonthWord(f[0]) && isYear(f[1])
	case 3:
		day, month := f[0], f[1]
		if isMonthWord(f[0]) {
			day, month = strings.TrimSuffix(f[1], ","), f[0]
		}
		return isMonthWord(month) && len(day) <= 2 && strings.Trim(day, "0123456789") == "" && isYear(f[2])
	}
	return false
}

// isMonthWord reports whether w names a month ("February", "Feb", "Feb.").
func isMonthWord(w string) bool {
	lx := numLexicon[strings.ToLower(strings.TrimRight(w, ".,"))]
	return lx != nil && lx.cls&clsMonth != 0
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	return len(w) == 4 && strings.Trim(w, "0123456789") == ""
}

// slashDate reports whether w is a date written d/m/y.
func slashDate(w string) bool {
	parts, last := numberParts(w, '/')
	return parts == 3 && last > 0
}

// numberParts counts the parts of w, runs of one to four digits joined by
// sep, and the digits of its last; 0, 0 when w is anything else.
func numberParts(w string, sep byte) (parts, last int) {
	parts = 1
	for k := 0; k < len(w); k++ {
		switch {
		case w[k] == sep:
			if last == 0 {
				return 0, 0
			}
			parts, last = parts+1, 0
		case isDigit(w[k]) && last < 4:
			last++
		default:
			return 0, 0
		}
	}
	return parts, last
}

// isoDate reports whether w is a date written yyyy-mm-dd.
func isoDate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k != 4 && k != 7 && !isDigit(w[k]) {
			return false
		}
	}
	return true
}

// inFurniture reports whether offset at lies in one of the spans, which
// are in order; k is a cursor into spans that only moves forward.
func inFurniture(spans []Span, k *int, at int) bool {
	for *k < len(spans) && spans[*k].End <= at {
		*k++
	}
	return *k < len(spans) && spans[*k].Start <= at
}

// pastFurniture returns where the sentence that starts at start begins
// after the furniture span opening it (a dateline, a stamp) when that span
// ends before pre, the date in the sentence; otherwise start. Spans are
// sorted, and *k is where the search starts: the starts asked for do not
// decrease.
func pastFurniture(text string, spans []Span, k *int, start, pre int) int {
	for *k < len(spans) && spans[*k].End <= start {
		*k++
	}
	if *k == len(spans) || spans[*k].Start > start || spans[*k].End > pre {
		return start
	}
	end := spans[*k].End
	for end < pre && isSpace(text[end]) {
		end++
	}
	return end
}

// captionOpening reports whether t, a trimmed line, opens the way a wire
// photo caption does, naming the picture it sits under: "In this image
// taken from video, UN peacekeepers guard …", "In this Feb. 22, 2021
// file photo, …", "This photo provided by … shows …", "This satellite
// image shows …", "A picture taken on 3 March shows …", "An image grab
// taken from AFPTV video shows …". Such a line is a caption whole,
// credit or not.
func captionOpening(t string) bool {
	if len(t) < 12 || len(t) > maxCaptionLen || (t[0] != 'I' && t[0] != 'T' && t[0] != 'A') {
		return false
	}
	var rest string
	var kind int
	switch {
	case strings.HasPrefix(t, "In this "):
		rest, kind = t[len("In this "):], 0
	case strings.HasPrefix(t, "This "):
		rest, kind = t[len("This "):], 1
	case strings.HasPrefix(t, "A "):
		rest, kind = t[len("A "):], 2
	case strings.HasPrefix(t, "An "):
		rest, kind = t[len("An "):], 2
	default:
		return false
	}
	// The picture's noun comes within a few words ("file photo", "frame
	// grab", "handout picture released by …"); a comma that is not in a
	// date ends the opening.
	// A sentence that says who reports it, or what a picture proves ("A
	// satellite image taken on 12 March shows that 300 homes were burned,
	// Human Rights Watch said"), is the story's, not a caption.
	if strings.Contains(t, " said") || strings.Contains(t, " says") || strings.Contains(t, "according to") ||
		strings.Contains(t, " shows that ") || strings.Contains(t, " show that ") {
		return false
	}
	words := strings.Fields(rest)
	word := func(i int) string { return strings.ToLower(strings.TrimRight(words[i], ",.")) }
	for i := 0; i < len(words) && i < 6; i++ {
		if captionNouns[word(i)] {
			if i+1 < len(words) && captionNouns[word(i+1)] {
				continue // "handout photo", "image grab"
			}
			switch kind {
			case 0:
				return true // "In this image …," names the picture
			case 1:
				// "This photo provided by …", "This image shows …": not
				// "This photo went viral", a sentence about the picture.
				return i+1 < len(words) && captionVerbs[word(i+1)]
			default:
				// "A picture taken on … shows …"
				return i+1 < len(words) && captionVerbs[word(i+1)] &&
					(strings.Contains(t, " shows ") || strings.Contains(t, " show "))
			}
		}
		if strings.HasSuffix(words[i], ",") && (words[i][0] < '0' || words[i][0] > '9') {
			return false
		}
	}
	return false
}

// captionNouns name the picture a caption sits under.
var captionNouns = map[string]bool{"image": true, "photo": true, "photograph": true, "picture": true,
	"grab": true, "screengrab": true, "screenshot": true, "still": true, "handout": true}

// captionVerbs follow the picture's noun in a caption's opening.
var captionVerbs = map[string]bool{"shows": true, "taken": true, "made": true, "provided": true, "released": true,
	"obtained": true, "distributed": true, "grab": true, "from": true, "dated": true, "courtesy": true}

// maxLabelWords is the most words a label line holds between separators:
// "International News", "Watch CBS News", "Search This Blog".
const maxLabelWords = 4

// labelSeparators are the tokens that divide a label line into parts:
// a breadcrumb's "/" and "|", a sign-off's leading dash ("— NNN-XINHUA").
var labelSeparators = map[string]bool{"/": true, "|": true, "—": true, "–": true, "-": true, "·": true, "•": true, ">": true, "›": true, "»": true}

// labelLine reports whether t is a page's label rather than story: a
// section name or breadcrumb ("Business / International News / U.S.
// News"), a site or agency name ("REUTERS", "China Post", "— NNN-XINHUA"),
// a wire sign-off ("Enditem"), a widget's caption ("Search This Blog").
// Its shape: short parts of capitalised words with no verb in lower case,
// no stop at the end, and no digit, month or weekday, so it can hold no
// figure or date of the story. A story sentence has lower-case words; a
// short subheading in title case with a date ("Monday Attack") is left
// to the date rules.
func labelLine(t string) bool {
	if len(t) > 80 {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';', ',', '"', ')':
		return false
	}
	words, run := 0, 0
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		if labelSeparators[w] {
			run = 0
			continue
		}
		w = strings.TrimLeft(w, "—–-")
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		if strings.ContainsAny(w, "0123456789\"“”'‘’()[]") || isMonthWord(w) || weekdayWord(w) {
			return false
		}
		words++
		if run++; run > maxLabelWords {
			return false
		}
	}
	return words > 0
}

// openingDateline returns the length of a dateline with no date that
// opens a paragraph — a place of capitalised words, with its country
// after a comma and its source in brackets or neither, then a dash, or a
// colon after a place in capitals: "Maputo —", "Ouagadougou (AFP) -",
// "LAGOS, Nigeria (Wire News) —", "KANDAHAR:" — when the story's first
// word, capitalised, or the end of the line follows; or 0. The span is
// the place, source and mark only, which hold no digit, month or weekday,
// so it can swallow no figure or date of the story.
func openingDateline(t string) int {
	k := datelineMark(t[:min(len(t), 48)])
	if k < 3 || t[k] != '(' && t[k] != ':' && t[k-1] != ' ' {
		return 0 // a hyphen inside a word: "Mid-December", "Anti-"
	}
	head := strings.TrimSpace(t[:k])
	if len(head) < 3 {
		return 0 // an acronym that opens a sentence: "UN - The agency met"
	}
	caps := strings.ToUpper(head) == head
	place, country, two := strings.Cut(head, ", ") // "LAGOS, Nigeria"
	if !datelinePlace(place) || two && !datelinePlace(country) {
		return 0
	}
	i := k
	if t[i] == '(' {
		c := strings.IndexByte(t[i:], ')')
		if c < 3 || c > 48 || !isUpperStart(t[i+1:]) || strings.ContainsAny(t[i:i+c], "0123456789") {
			return 0
		}
		i += c + 1
		for i < len(t) && t[i] == ' ' {
			i++
		}
	}
	switch {
	case strings.HasPrefix(t[i:], "—"), strings.HasPrefix(t[i:], "–"):
		i += len("—")
	case strings.HasPrefix(t[i:], "--"):
		i += 2
	case strings.HasPrefix(t[i:], "-"):
		i++
	case i < len(t) && t[i] == ':' && caps: // the line may end at the source: "KABUL (Reuters)"
		i++
	default:
		return 0
	}
	next, _ := nextWord(t, i)
	if next != "" && !isUpperStart(next) && !strings.ContainsAny(next[:1], "0123456789\"“'‘") {
		return 0
	}
	return i
}

// datelineMark is the index of the first bracket, colon or dash of s
// (strings.IndexAny(s, "(:—–-") without the library's call to IndexRune for
// every rune, which a set with runes past ASCII costs), or -1 as soon as a
// word before it opens with an ASCII byte that is no capital and no space:
// datelinePlace refuses every such head ("The army said …", "said: …"), so
// a story's paragraph stops at its first lower-case word instead of being
// read to its 48th byte. A word here opens after an isSpace byte, as in
// nextWord; other blanks (\v, \f) never refuse, as TrimSpace drops them.
func datelineMark(s string) int {
	for i, r := range s {
		switch r {
		case '(', ':', '—', '–', '-':
			return i
		}
		if (i == 0 || isSpace(s[i-1])) && r > ' ' && r < utf8.RuneSelf && (r < 'A' || r > 'Z') {
			return -1
		}
	}
	return -1
}

// datelinePlace reports whether s is one to three capitalised words with
// no digit, month or weekday: "Maputo", "ADDIS ABABA", "Agenzia Fides".
func datelinePlace(s string) bool {
	words := 0
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if words++; words > 3 || !isUpperStart(w) || strings.ContainsAny(w, "0123456789") || isMonthWord(w) || weekdayWord(w) {
			return false
		}
	}
	return words > 0
}

// maxSignoff bounds the tail of a paragraph that may be a wire's sign-off.
const maxSignoff = 40

// signoff returns where a wire's sign-off begins at the end of the
// story's last paragraph — "… kidnappings. — ABC-WIRE", "… he said.
// Endstory", "… the ACP said. With PTI" — or -1: after a sentence's stop,
// a label (labelLine) that ends the line. The sentence before it must be
// one (six words or more, its stop after a word of three letters or more,
// not an initial: "U.S. Army Base" is a headline), and the tail holds no
// digit, month or weekday, so it can swallow no figure or date.
func signoff(line string) int {
	t := strings.TrimRight(line, " \t\r")
	if len(t) < 40 {
		return -1
	}
	from := len(t) - maxSignoff
	k := lastStop(t[from:])
	if k < 0 {
		return -1
	}
	k += from
	stop := len(".")
	if t[k] >= 0x80 {
		stop = len("”")
		k = strings.LastIndex(t[:k+1], "”")
		if k < 0 {
			return -1
		}
	}
	tail := strings.TrimLeft(t[k+stop:], " ")
	if tail == "" || !labelLine(tail) {
		return -1
	}
	head := t[:k]
	w := strings.TrimRight(head[strings.LastIndexByte(head, ' ')+1:], ".!?’'")
	if len(w) < 3 || strings.Contains(w, ".") || strings.Count(head, " ") < 6 {
		return -1
	}
	return len(t) - len(tail)
}

// widgetWords are the words of a comment box's labels: "No comments:",
// "Post a Comment", "Leave a Reply", "0 replies", "Please enter your
// comment!" (the importer's share rows know the same words).
var widgetWords = map[string]bool{"comment": true, "comments": true, "reply": true, "replies": true}

// maxWidgetWords is the most words a comment box's label holds.
const maxWidgetWords = 5

// commentWidget reports whether t is a label of the page's comment box:
// a short line with a word of widgetWords and no sentence stop at its end
// ("No comments:", "Post a Comment", "Please enter your comment!"). A
// story's "did not reply to a request for comment." is a sentence, longer
// and closed by its stop; a number past the count ("Hamas replies to
// 3-day truce") or a date makes the line story.
func commentWidget(t string) bool {
	if len(t) > 40 || strings.HasSuffix(t, ".") {
		return false
	}
	words, widget := 0, false
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		if words++; words > maxWidgetWords || words > 1 && strings.ContainsAny(w, "0123456789") {
			return false // only a count opens it: "0 replies"
		}
		if w = strings.TrimRight(w, ":!?"); len(w) >= len("reply") && len(w) <= len("comments") {
			widget = widget || lowerIn(widgetWords, w)
		}
	}
	if !widget {
		return false
	}
	// Only now the dates, whose look-up lowers each word.
	for w, i := nextWord(t, 0); w != ""; w, i = nextWord(t, i) {
		if isMonthWord(w) || weekdayWord(w) {
			return false
		}
	}
	return true
}

// minAddressLine is the shortest line read as an address or an id alone.
const minAddressLine = 20

// addressLine reports whether t is a web address or a media id alone on
// a line ("https://example.org/a/b.html", "media:image:3f2a-…"): one
// token with no space, long, and with a scheme, "www." or two colons or
// slashes. No story sentence is one token; digits in it are no figure.
func addressLine(t string) bool {
	if len(t) < minAddressLine || strings.ContainsAny(t, " \t") {
		return false
	}
	return strings.Contains(t, "://") || hasPrefixFold(t, "www.") ||
		strings.Count(t, ":") >= 2 || strings.Count(t, "/") >= 2
}
