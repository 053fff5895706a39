package extract

import "strings"

// authorisedWindow is how many tokens after a count authorisedStrength
// reads for the word that makes it a ceiling: "the 2,500 officers the
// mission needs".
const authorisedWindow = 5

// authorisedStrength reports whether the deployment count c is the
// strength a mission is authorised, mandated or needs, set beside the
// strength it has in the same sentence (an earlier figure of deployment):
// "Only about 60% of the UN mission's mandated 15,000 peacekeepers have
// been deployed", "to 17,500 troops from 10,350 authorized previously",
// "Only 40 of the 2,500 officers the mission needs have arrived". The
// ceiling is a comparison baseline; the strength on the ground is the
// key figure. A ceiling given alone ("authorising a drawdown to 3,590
// personnel") is news of its own and stays key.
func (fx *figurer) authorisedStrength(toks []ntoken, c *candidate, f *Figure) bool {
	if f.Category != Deployment || !fx.deployedBefore(f.SentenceStart) {
		return false
	}
	text := fx.text
	for k := c.first - 1; k >= 0 && k >= c.first-2; k-- {
		if ceilingWord(text, toks[k]) {
			return true // "the mission's mandated 15,000 peacekeepers"
		}
	}
	for k := c.last + 1; k < len(toks) && k <= c.last+authorisedWindow; k++ {
		if toks[k].kind != ntWord {
			return false
		}
		if ceilingWord(text, toks[k]) {
			return true // "10,350 authorized previously", "the 2,500 officers the mission needs"
		}
	}
	return false
}

// ceilingWords make a count of forces the strength allowed or sought
// rather than present.
var ceilingWords = strings.Fields("authorised authorized mandated needs needed requires required")

// ceilingWord reports whether token t is one of ceilingWords. A word
// whose first letter none of them has is passed over on that letter (a
// letter beyond ASCII is compared, as it may fold to one of theirs).
func ceilingWord(text string, t ntoken) bool {
	if t.kind != ntWord {
		return false
	}
	switch c := text[t.start]; {
	case c >= 0x80:
	case c|0x20 == 'a', c|0x20 == 'm', c|0x20 == 'n', c|0x20 == 'r':
	default:
		return false
	}
	return wordIn(text, t, ceilingWords)
}

// deployedBefore reports whether a figure of deployment comes earlier in
// the sentence that starts at start.
func (fx *figurer) deployedBefore(start int) bool {
	for i := len(fx.out) - 1; i >= 0 && fx.out[i].SentenceStart == start; i-- {
		if fx.out[i].Category == Deployment {
			return true
		}
	}
	return false
}

// shareWindow is how many words after "of" shareOfPeople reads.
const shareWindow = 9

// shareOfPeople reports whether the percent c is a share of people, the
// only share the panel lists ("About 90% of Gaza's 2.1 million people
// have been displaced", "80 percent of the population fell victim"). A
// percent of nothing named ("funded only to 20 per cent"), of a change
// ("a 40% drop in donations") or of things and places ("60 per cent of
// Port-au-Prince", "30 per cent of the USD 1 billion") is no key figure.
func shareOfPeople(text string, toks []ntoken, c *candidate) bool {
	k := c.first
	for k <= c.last && !isLex(toks[k], lexOf) {
		k++ // a fraction's text runs on to its noun: "a quarter of the province"
	}
	if k >= len(toks) || !isLex(toks[k], lexOf) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+shareWindow; j++ {
		t := toks[j]
		if t.kind == ntPunct && !strings.HasPrefix(text[t.start:], "'") && !strings.HasPrefix(text[t.start:], "’") {
			return false
		}
		if t.kind != ntWord {
			continue
		}
		if lx := t.lx; lx != nil && lx.cls&clsAux != 0 {
			return false // the verb: "…of the homes had collapsed"
		}
		w := text[t.start:t.end]
		if r := w[0]; r >= 'A' && r <= 'Z' {
			continue // a place or a people's name before the noun: "Gaza's"
		}
		switch lowerWord(text, t) {
		case "population", "people", "those", "them", "whom", "civilians", "residents", "inhabitants":
			return true
		}
		if personWord(w, t.lx, false) {
			return true
		}
	}
	return false
}

// populationNouns name a place or a body whose size a count "of" them
// gives: "a nation of 50 million people", "the city of 700,000", "a
// capacity of 85 people". Such a count is a population, not a count of
// what befell anyone.
var populationNouns = strings.Fields("nation country city town village province region state island enclave district territory population capacity")

// populationOf reports whether the count c gives the size of a place or
// a body: "a nation of 50 million people".
func populationOf(text string, toks []ntoken, c *candidate) bool {
	j := c.first - 1
	if j < 1 || !isLex(toks[j], lexOf) || toks[j-1].kind != ntWord {
		return false
	}
	return wordIn(text, toks[j-1], populationNouns)
}

// restatedShare reports whether the share c (a fraction or a percent) of
// the population gives again a count of people set right beside it: "An
// estimated 4.3 million people need food assistance, roughly a third of
// the population", "equivalent to one in eleven people globally", "nearly
// half of Haiti's population – around 5.2 million people – needs
// humanitarian assistance". The count is the key figure; the share
// restates it. A share between the count and its verb stays key, as the
// sample gold has it. A share of the set itself stays a part of its own ("300
// people were killed, half of them children").
func (fx *figurer) restatedShare(toks []ntoken, c *candidate, f *Figure) bool {
	text := fx.text
	if n := len(fx.out); n > 0 && ofEveryone(f.Text) {
		p := &fx.out[n-1]
		before := strings.TrimSpace(text[f.SentenceStart:f.Start])
		after := strings.TrimSpace(text[f.End:f.SentenceEnd])
		if p.SentenceStart == f.SentenceStart && p.Key && p.Role == f.Role && p.Unit != "%" &&
			(strings.HasSuffix(before, "equivalent to") ||
				(strings.HasSuffix(before, ",") || strings.HasSuffix(before, "–")) && len(after) <= 1) {
			// Only a share that closes the sentence, or one said to be
			// equivalent: the samples' "More than five million Haitians,
			// nearly half the population, face…" keep the share.
			return true
		}
	}
	// The count after the share: "nearly half of Haiti's population –
	// around 5.2 million people".
	for j := c.last + 1; j < len(toks) && j <= c.last+6; j++ {
		if toks[j].kind != ntPunct {
			continue
		}
		switch text[toks[j].start:toks[j].end] {
		case "'", "’":
			continue
		case ",", "–", "—", "(":
		default:
			return false
		}
		if !ofEveryone(text[f.Start:toks[j].start]) {
			return false
		}
		for m := j + 1; m < len(toks) && m <= j+3; m++ {
			if toks[m].kind == ntNum {
				return true
			}
			if toks[m].lx == nil || toks[m].lx.qualBefore == nil && toks[m].lx.num == nkNone {
				return false
			}
		}
		return false
	}
	return false
}

// ofEveryone reports whether a share's words make it a share of a whole
// population rather than of a set: "a third of the population", "one in
// eleven people".
func ofEveryone(s string) bool {
	return strings.Contains(s, "population") || strings.HasSuffix(s, " people")
}

// partOfPeople reports whether the partitive c ("N of …") is a part of
// people, so that it stays a count of people though it has no noun of
// its own: "Half of those killed were children", "Five of the dozens of
// students kidnapped …", "three of them" after a count of people. A part
// of things ("300 trucks, and 50 of them carried food") is not, nor a
// part whose verb only says who they were ("only 55 of 75 confirmed dead
// had been identified"): identifying counts no casualty of its own.
func (fx *figurer) partOfPeople(toks []ntoken, c *candidate, f *Figure) bool {
	text := fx.text
	k := c.last + 1
	if k+1 >= len(toks) || !isLex(toks[k], lexOf) || identifiedAfter(text, toks, k) {
		return false
	}
	if lx := toks[k+1].lx; lx != nil && lx.cls&clsPronoun != 0 {
		if k+2 < len(toks) && toks[k+2].lx != nil && toks[k+2].lx.role != "" {
			return true // "those killed", "those detained"
		}
		for i := len(fx.out) - 1; i >= 0 && fx.out[i].SentenceStart == f.SentenceStart; i-- {
			if fx.out[i].Unit != "" {
				return personNoun(fx.out[i].Unit) // what "them" counts
			}
		}
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		t := toks[j]
		if t.kind == ntPunct {
			return false
		}
		if t.kind == ntWord && personWord(text[t.start:t.end], t.lx, false) && !t.upper {
			return true
		}
	}
	return false
}

// identifiedAfter reports whether the part's predicate after token k is
// an identification (identifiedPredicate): "Ten of those killed have been
// identified", "… identified as members of terror groups".
func identifiedAfter(text string, toks []ntoken, k int) bool {
	found, _ := identifiedPredicate(text, toks, k)
	return found
}

// fromWindow is how many tokens before "from" fromBaseline reads for the
// change.
const fromWindow = 6

// fromBaseline reports whether the figure c is the level a change started
// from: "more than doubled – from 705,000 people … to 1.9 million", "This
// number differed from the 42 people…", "a fall of 30% from the 1,200
// reported last year". The level before is a baseline, not news of its
// own.
func fromBaseline(text string, toks []ntoken, c *candidate) bool {
	j := c.first - 1
	for j > c.first-3 && j >= 1 && toks[j].kind == ntWord && !wordAt(text, toks[j], "from") {
		j-- // "from the record $10.25 billion"
	}
	if j < 1 || !wordAt(text, toks[j], "from") {
		return false
	}
	if k := c.last + 1; k+1 < len(toks) && ntIsWord(toks[k], "to") && (toks[k+1].kind == ntNum || toks[k+1].lx != nil && toks[k+1].lx.num != nkNone) {
		return false // "rose from 1.5 to 2.3 million": the old state's own rule
	}
	for k := j - 1; k >= 0 && k >= j-fromWindow; k-- {
		t := toks[k]
		if ntIsPunct(text, t, '.') || ntIsPunct(text, t, ';') {
			return false
		}
		if t.lx != nil && t.lx.change != "" {
			return true
		}
		if t.kind == ntWord {
			switch lowerWord(text, t) {
			case "doubled", "tripled", "halved", "differed", "differs", "different":
				return true
			}
		}
	}
	return false
}
