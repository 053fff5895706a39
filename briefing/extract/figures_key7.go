package extract

import "strings"

// Key rules of the seventh pass (issue 12). Each is a construction seen in
// several sentences and sources of the dev sets, with the batches agreeing
// on it; the class table they come from is in the pass's report
// (notes/h-key7.md).
//
//   - A count of places, events, vehicles or animals is no count of people,
//     whatever word of the sentence gave it a role: "attacks … on two
//     displacement camps", "three separate prison riots", "rescue workers
//     have been deployed in nine districts", "The number of cattle that
//     perished was 427". Aid trucks are left as they are: the dev sets
//     have "80 trucks carried food" as no key figure, the sample gold the
//     trucks of aid let into Gaza as one.
//   - A breakdown of a story's total by place or by day is its parts: after
//     "Sixty-two inmates have died in riots at prisons in three cities",
//     "33 died at the prison in Cuenca; 21 in … Guayaquil, and eight in …
//     Latacunga" says the 62 again, town by town; "two fatalities on Sunday
//     and five more on Monday" the seven of the lede, day by day. A
//     breakdown by who ("the dead include 305 men, 55 women and 46
//     children") is news of its own and stays key, as the dev sets have it.

// The rules of this file, registered by buildKey7.
var keyNotPeople, keyPartByPlace, keySumPart, roleNotPeople ruleID

// buildKey7 registers the rules of this file (buildKey6 calls it).
func buildKey7() {
	lexClass(0, "in at on since during") // placePrep's words, read by their entries
	roleNotPeople = register("role", "not-people", "Gunmen attacked two displacement camps, killing 114 civilians.")
	keyNotPeople = register("key", "not-count-of-people", "Ecuador has seen eight prison riots since 2021.")
	keySumPart = register("key", "not-part-of-sum", "The fund approved $333 million, including $233 million through its rapid response window.")
	keyPartByPlace = register("key", "not-part-by-place-or-day",
		"Sixty-two inmates died in riots. 33 died in Cuenca, 21 in Guayaquil and eight in Latacunga.")
	keyReleaseToCome = register("key", "not-release-to-come", "Israel has freed 117 prisoners, with 33 more expected to be released on Monday.")
	keyPartsOfTotal = register("key", "not-part-of-total", "Thirteen people died in attacks. 11 died in Kisima. Two people were killed in Oicha.")
	buildKeyRestated()
}

// thingKind is what a counted noun that is no person counts.
type thingKind uint8

const (
	thingNone  thingKind = iota
	thingArea            // countries, districts: a count of where, never affected itself
	thingEvent           // riots, attacks: a count of events
	thingPlace           // camps, vehicles: a count of things an attack may strike (affected)
	thingBeast           // cattle, livestock: animals, not the people a toll counts
)

// thingNoun returns what the last word of a figure's unit counts when it
// is no person: an area, an event, a place or vehicle, or an animal.
func thingNoun(unit string) thingKind {
	w := lastWord(unit)
	for len(w) > 0 && !isLetter(w[len(w)-1]) {
		w = w[:len(w)-1] // 'hunger "Hotspots"'
	}
	for len(w) > 0 && !isLetter(w[0]) {
		w = w[1:]
	}
	if len(w) < 5 || len(w) > len("municipalities") {
		return thingNone
	}
	var buf [len("municipalities")]byte
	for i := range len(w) {
		buf[i] = w[i] | 0x20 // ASCII letters only reach the cases below
	}
	switch string(buf[:len(w)]) {
	case "countries", "nations", "states", "provinces", "districts", "regions", "counties", "municipalities",
		"hotspots", "governorates", "territories":
		return thingArea
	case "riots", "attacks", "raids", "clashes", "incidents", "airstrikes", "bombings", "explosions", "crises":
		return thingEvent
	case "camps", "vehicles", "motorcycles", "centers", "centres", "vessels", "boats", "ships":
		return thingPlace
	case "cattle", "livestock", "animals", "goats", "sheep", "camels", "cows", "donkeys":
		return thingBeast
	}
	return thingNone
}

// key7Key decides the key flag of a key figure f (candidate c) whose
// counted noun counts no people: its count of places, events, vehicles or
// animals is not key, and takes no role of people. Countries that pledge
// keep their role (the seed fixture's "At least 10 countries have
// pledged … troops" is a deployment), and places or areas struck keep
// theirs ("three Kunar districts" affected), though neither is a count of
// people the panel shows but the first.
//
// Only a key sum or a key figure with a counted noun is asked (the test is
// at the call), so the rest cost nothing.
func (fx *figurer) key7Key(toks []ntoken, c *candidate, f *Figure) (bool, ruleID) {
	if f.Role == RoleMoney {
		if fx.partOfSum(toks, c, f) {
			return false, keySumPart
		}
		return f.Key, f.why.key
	}
	if c.q.kind != QuantityNumber || f.Role == RolePledged {
		return f.Key, f.why.key
	}
	if lx := toks[c.unitLast].lx; lx != nil && lx.cls&clsPerson != 0 {
		return f.Key, f.why.key // "people", "civilians": the common case, with no word to read
	}
	kind := thingNoun(f.Unit)
	if kind != thingNone && toks[c.unitLast].upper && c.unitLast > c.unitFirst && toks[c.unitLast-1].upper {
		kind = thingNone // a name: "Twelve United Nations staff"
	}
	cat := f.Category // the category the head was added under
	switch {
	case kind == thingNone:
		return f.Key, f.why.key
	case f.Role == RoleAffected && (kind == thingPlace || kind == thingArea):
		if kind == thingPlace {
			return f.Key, f.why.key // "strikes on two camps": places struck
		}
	case f.Role != RoleOther:
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNotPeople, 0
	}
	fx.keys.dropValue(f.Value, cat, 1)
	return false, keyNotPeople
}

// sumPartWindow is how many tokens before a sum partOfSum reads for the
// larger sum it is a part of.
const sumPartWindow = 40

// partOfSum reports whether the sum f (candidate c) is a part of a larger
// key sum given before it in its sentence, with "including" between the
// two: "approved $333 million through the Fund, including $233 million
// through the rapid response window and $100 million through the
// underfunded emergencies window", "received $536 million (including $80
// million in pledges)". The whole is the figure the panel wants (the dev
// sets: the parts of an allocation given beside its total are not key).
func (fx *figurer) partOfSum(toks []ntoken, c *candidate, f *Figure) bool {
	for i := len(fx.out) - 1; i >= 0 && fx.out[i].SentenceStart == f.SentenceStart; i-- {
		p := &fx.out[i]
		if p.Role != RoleMoney || !p.Key && p.why.key != keySumPart || p.Value <= f.Value {
			continue
		}
		for k := c.first - 1; k >= 0 && k >= c.first-sumPartWindow && toks[k].start >= p.End; k-- {
			if isLex(toks[k], lexIncluding) {
				return true
			}
		}
	}
	return false
}

// breakdownRoles are the roles whose story totals a sentence breaks down by
// place or day (docRole indexes below 9: the tolls, the captives, the
// displaced and those in need; not the places struck or the forces, whose
// counts by place are each news: "except some 152 peacekeepers in South
// Sudan and 218 troops in Lebanon").
const breakdownRoles = 9

// storyParts runs after the last figure of a sentence of several figures,
// or of any once a total was spread over places (the test is at the call;
// cands are the last len(cands) figures of fx.out): a breakdown of a
// story's total by place or day in the sentence (storyBreakdown), then the
// tolls of the places a total was spread over, each in a sentence of its
// own (storyPlaces).
func (fx *figurer) storyParts(toks []ntoken, cands []candidate) {
	if len(cands) > 1 {
		fx.storyBreakdown(toks, cands)
	}
	fx.storyPlaces(toks, cands)
}

// maxPlaces is the most places storyPlaces expects a total's tolls of.
const maxPlaces = 12

// storyPlaces reads a sentence's figures (cands, the last len(cands) of
// fx.out) against the places a story's total was spread over. A key count
// of the total's role, in a sentence that names where ("the strike on the
// village of Joun", "the attack on the Zamzam displacement camp"), that
// the rest of the total still holds, is one place's part of it: not key
// ("More than 114 civilians were killed in attacks on two displacement
// camps" — "More than 100 civilians were killed … on the Zamzam
// displacement camp" — "14 civilians were also killed … on the Abu Shouk
// displacement camp"). A count the rest cannot hold, or a separate
// incident, ends the places of its role. Then a sentence with a key count
// and a count of the places or events it was spread over ("two
// displacement camps", "three villages") sets them.
func (fx *figurer) storyPlaces(toks []ntoken, cands []candidate) {
	n := len(cands)
	figs := fx.out[len(fx.out)-n:]
	t := &fx.totals
	if t.anyPlace {
		named := -1 // whether the sentence names a place: -1 not read yet
		for i := range figs {
			f := &figs[i]
			if !f.Key || cands[i].q.kind != QuantityNumber {
				continue
			}
			r := docRole(f.Role)
			if r < 0 || r >= breakdownRoles || t.places[r] == 0 {
				continue
			}
			if listOfCounts(figs, cands, f.Role) {
				t.places[r] = 0 // news of its own: the sentence's own list (figures_key19.go)
				continue
			}
			if named < 0 {
				named = 0
				if !fx.separateIncident(toks) && fx.namesPlace(toks) {
					named = 1
				}
			}
			if named == 0 || f.Value > t.left[r] || f.why.number == numVague {
				// News of its own: the places are told. A round word
				// ("tens of thousands of others") is a magnitude whose
				// floor says nothing of what the rest still holds.
				t.places[r] = 0
				continue
			}
			t.places[r]--
			t.left[r] -= f.Value
			f.Key, f.why.key = false, keyPartByPlace
			fx.keys.dropValue(f.Value, f.Category, n)
		}
	}
	if n < 2 {
		return
	}
	total := -1 // the first key count that may be a total spread over places
	for i := range figs {
		if r := docRole(figs[i].Role); figs[i].Key && r >= 0 && r < breakdownRoles && cands[i].q.kind == QuantityNumber && figs[i].Value > t.left[r] {
			total = i
			break
		}
	}
	if total < 0 {
		return
	}
	places := 0
	for j := range figs {
		if v := figs[j].Value; v >= 2 && v <= maxPlaces && cands[j].unitFirst >= 0 && v == float64(int(v)) && placeCount(toks[cands[j].unitLast].lx, figs[j].Unit) {
			places = int(v)
			break
		}
	}
	if places == 0 {
		return
	}
	for i := total; i < n; i++ {
		f := &figs[i]
		if r := docRole(f.Role); f.Key && r >= 0 && r < breakdownRoles && cands[i].q.kind == QuantityNumber && f.Value > t.left[r] && !listOfCounts(figs, cands, f.Role) {
			t.places[r], t.left[r], t.anyPlace = int8(places), f.Value, true
		}
	}
}

// placeCount reports whether unit counts the places a toll was spread
// over: camps, villages, towns, cities, districts. A count of events is
// none: "eight prison riots which have left about 400 inmates dead since
// 2021" are a history, whose next riot is news.
func placeCount(lx *numLex, unit string) bool {
	if lx != nil && lx.cls&(clsPerson|clsDwelling) != 0 {
		return lx.cls&clsDwelling != 0 // "three villages", "five communities"; not "two people"
	}
	switch thingNoun(unit) {
	case thingArea, thingPlace:
		return true
	}
	return foldIn(lastWord(unit), "cities", "prisons", "sites")
}

// namesPlace reports whether a sentence names a place after a preposition
// (prepThenName over the sentence but its first word).
func (fx *figurer) namesPlace(toks []ntoken) bool { return prepThenName(fx.text, toks, 1, len(toks)) }

// storyBreakdown runs after the last figure of a sentence of several
// figures (cands, the last len(cands) figures of fx.out): two or more
// counts of one role, each tied to a place or a day ("21 in … Guayaquil",
// "five more on Monday"), that add up to no more than a total of their
// role the story gave before — and to at least a fifth of it, so that a
// day's tolls are not taken for parts of a war's — are that total again,
// in parts: not key.
func (fx *figurer) storyBreakdown(toks []ntoken, cands []candidate) {
	n := len(cands)
	if n > maxBreakdown || !fx.totals.anyTotal() {
		return // a table or a list of many numbers, no sentence's breakdown
	}
	base := len(fx.out) - n
	figs := fx.out[base:]
	t := &fx.totals
	done := 0 // the roles already read, by bit
	for i := range figs {
		if !figs[i].Key || cands[i].q.kind != QuantityNumber {
			continue
		}
		r := docRole(figs[i].Role)
		if r < 0 || r >= breakdownRoles || done&(1<<r) != 0 {
			continue
		}
		done |= 1 << r
		// The total first, then the sums: most sentences have no total of
		// the role before, or counts that do not add up to one, and read no
		// word.
		t.sentence = figs[i].SentenceStart
		total := t.totalBefore(r)
		if total <= 0 {
			continue
		}
		sum, count := 0.0, 0
		for j := range figs {
			if figs[j].Role == figs[i].Role && cands[j].q.kind == QuantityNumber {
				sum += figs[j].Value
				count++
			}
		}
		if count < 2 || sum > total || 5*sum < total {
			continue
		}
		tied, first, last := 0, -1, -1
		head, oneHead := "", true
		for j := range figs {
			if figs[j].Role != figs[i].Role || cands[j].q.kind != QuantityNumber {
				continue
			}
			if h := breakdownHead(figs[j].Unit); h != "" && head != "" && !strings.EqualFold(h, head) {
				oneHead = false // "handed three Israeli women … released 90 Palestinian prisoners": two groups
			} else if h != "" {
				head = h
			}
			if first < 0 {
				first = j
			}
			last = j
			if fx.tiedToPlaceOrDay(toks, cands, j) {
				tied++
			}
		}
		if tied < 2 || !oneHead || includingBetween(toks, cands[first].last, cands[last].first) || fx.separateIncident(toks) {
			continue // "killed two medics in south Lebanon, including one in Borj Rahal": the sentence's own count, in parts
		}
		for j := range figs {
			if f := &figs[j]; f.Key && f.Role == figs[i].Role && cands[j].q.kind == QuantityNumber {
				f.Key, f.why.key = false, keyPartByPlace
				fx.keys.dropValue(f.Value, f.Category, n)
			}
		}
	}
}

// maxBreakdown is the most figures a sentence storyBreakdown reads may
// hold.
const maxBreakdown = 16

// breakdownHead is the head noun of a unit as a breakdown compares it: the
// nouns of the dead are one ("36 deaths …, while 22 fatalities were
// recorded in Mansehra").
func breakdownHead(unit string) string {
	w := lastWord(unit)
	if foldIn(w, "deaths", "fatalities", "dead", "lives", "bodies", "victims", "casualties", "killed") {
		return "dead"
	}
	return w
}

// placePrep reports whether w is a preposition before a place or a day:
// "in", "at", "on", "since", "during" (entered in the lexicon by buildKey7,
// so that a word with no entry is none of them).
func placePrep(w string) bool {
	switch w {
	case "in", "at", "on", "since", "during":
		return true
	}
	return false
}

// includingBetween reports whether "including" stands between tokens from
// and to.
func includingBetween(toks []ntoken, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if isLex(toks[k], lexIncluding) {
			return true
		}
	}
	return false
}

// placeWindow is how many words after a count tiedToPlaceOrDay reads.
const placeWindow = 9

// tiedToPlaceOrDay reports whether the words after figure j of the
// sentence, up to the next figure, tie it to a place or a day: "in",
// "at", "on", "since" or "during" and, within five words, a capitalised
// word ("at the prison in Cuenca", "in the Pacific coast city of
// Guayaquil", "on Monday", "in Sunday's bombardment").
func (fx *figurer) tiedToPlaceOrDay(toks []ntoken, cands []candidate, j int) bool {
	end := len(toks)
	if j+1 < len(cands) {
		end = cands[j+1].first
	}
	return prepThenName(fx.text, toks, cands[j].last+1, min(end, cands[j].last+1+placeWindow))
}

// prepThenName reports whether, in toks[from:end] and before a ';' or '.',
// a placePrep word is followed within five tokens by a capitalised word.
func prepThenName(text string, toks []ntoken, from, end int) bool {
	prep := -1
	for k := from; k < end; k++ {
		t := toks[k]
		if t.kind != ntWord {
			if t.kind == ntPunct && (ntIsPunct(text, t, ';') || ntIsPunct(text, t, '.')) {
				return false
			}
			continue
		}
		if prep >= 0 && t.upper && k-prep <= 5 {
			return true
		}
		if t.lx != nil && placePrep(t.lx.w) {
			prep = k
		}
	}
	return false
}
