package extract

import "strings"

// Event texts rebuilt from an -ing clause ("after seizing the airport in
// August" → "The rebels seized the airport") need the simple past of the
// -ing form. English makes it by a closed list of irregular verbs and a
// spelling rule for every other verb, and the rule is exact when it starts
// from the -ing form (its doubled consonant, its dropped "e" and its "y"
// carry over: "stopping" → "stopped", "capturing" → "captured",
// "carrying" → "carried"). So a past is written only for a word that is
// surely a verb; for a word that is not ("morning", "according") or whose
// past is not one ("lying": lay or lied), the event keeps the source's
// words instead of inventing a form.

// irregularPasts maps the -ing form of each irregular English verb in
// common use to its simple past.
var irregularPasts = map[string]string{
	"arising": "arose", "awaking": "awoke", "bearing": "bore", "beating": "beat",
	"becoming": "became", "beginning": "began", "bending": "bent", "betting": "bet", "bidding": "bid",
	"binding": "bound", "biting": "bit", "bleeding": "bled", "blowing": "blew", "breaking": "broke",
	"breeding": "bred", "bringing": "brought", "broadcasting": "broadcast", "building": "built",
	"burning": "burned", "bursting": "burst", "buying": "bought", "casting": "cast",
	"catching": "caught", "choosing": "chose", "clinging": "clung", "coming": "came",
	"costing": "cost", "creeping": "crept", "cutting": "cut", "dealing": "dealt", "digging": "dug",
	"doing": "did", "drawing": "drew", "drinking": "drank", "driving": "drove", "eating": "ate",
	"falling": "fell", "feeding": "fed", "feeling": "felt", "fighting": "fought", "finding": "found",
	"fleeing": "fled", "flinging": "flung", "flying": "flew", "forbidding": "forbade",
	"forecasting": "forecast", "foreseeing": "foresaw", "forgetting": "forgot",
	"forgiving": "forgave", "freezing": "froze", "getting": "got", "giving": "gave", "going": "went",
	"grinding": "ground", "growing": "grew", "having": "had", "hearing": "heard",
	"hiding": "hid", "hitting": "hit", "holding": "held", "hurting": "hurt", "keeping": "kept",
	"kneeling": "knelt", "knowing": "knew", "laying": "laid", "leading": "led", "leaping": "leapt",
	"leaving": "left", "lending": "lent", "letting": "let", "lighting": "lit", "losing": "lost",
	"making": "made", "meaning": "meant", "meeting": "met", "paying": "paid", "proving": "proved",
	"putting": "put", "quitting": "quit", "reading": "read", "ridding": "rid", "riding": "rode",
	"ringing": "rang", "rising": "rose", "running": "ran", "saying": "said", "seeing": "saw",
	"seeking": "sought", "selling": "sold", "sending": "sent", "setting": "set", "shaking": "shook",
	"shedding": "shed", "shining": "shone", "shooting": "shot", "showing": "showed",
	"shrinking": "shrank", "shutting": "shut", "singing": "sang", "sinking": "sank", "sitting": "sat",
	"sleeping": "slept", "sliding": "slid", "speaking": "spoke", "speeding": "sped",
	"spending": "spent", "spinning": "spun", "splitting": "split", "spreading": "spread",
	"springing": "sprang", "standing": "stood", "stealing": "stole", "sticking": "stuck",
	"stinging": "stung", "striking": "struck", "striving": "strove", "swearing": "swore",
	"sweeping": "swept", "swimming": "swam", "swinging": "swung", "taking": "took",
	"teaching": "taught", "tearing": "tore", "telling": "told", "thinking": "thought",
	"throwing": "threw", "thrusting": "thrust", "treading": "trod", "understanding": "understood",
	"undertaking": "undertook", "waking": "woke", "wearing": "wore", "weaving": "wove",
	"weeping": "wept", "winning": "won", "winding": "wound", "withdrawing": "withdrew",
	"withholding": "withheld", "withstanding": "withstood", "writing": "wrote",
	"relaying": "relayed", // not re- + lay
}

// pastPrefixes make new verbs of irregular ones: "undergoing" →
// "underwent", "retaking" → "retook", "overseeing" → "oversaw".
var pastPrefixes = []string{"re", "over", "under", "out", "mis", "up", "fore", "with", "un"}

// notVerbIng are words in -ing that are no verb's -ing form, or whose past
// is not one.
var notVerbIng = map[string]bool{
	"during": true, "morning": true, "evening": true, "spring": true, "string": true, "nothing": true,
	"something": true, "anything": true, "everything": true, "according": true, "including": true,
	"regarding": true, "concerning": true, "pending": true, "notwithstanding": true, "ceiling": true,
	"wedding": true, "sibling": true, "lightning": true, "offspring": true, "underlying": true,
	"excluding": true, "barring": true, "following": true,
}

// unsurePasts are -ing forms of verbs whose simple past depends on the
// sense: "lying" (lay, lied), "hanging" (hung, hanged).
var unsurePasts = map[string]bool{"lying": true, "hanging": true}

// gerund reports whether w, lower case, is an -ing form ("retaking",
// "being", "lying") that may be a verb's: its stem has a vowel ("bring"
// and "thing" have none).
func gerund(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && len(stem) >= 2 && strings.ContainsAny(stem, "aeiouy") && !notVerbIng[w]
}

// irregularPastForms holds the pasts of irregularPasts: words that are
// finite verbs though they do not end in -ed ("cut", "struck").
var irregularPastForms = func() map[string]bool {
	m := make(map[string]bool, len(irregularPasts))
	for _, p := range irregularPasts {
		m[p] = true
	}
	return m
}()

// pastOf returns the simple past of g, a lower-case -ing form, and whether
// it is sure: "capturing" → "captured", "undergoing" → "underwent"; ""
// and false for a word that is not surely a verb.
func pastOf(g string) (string, bool) {
	if !gerund(g) || unsurePasts[g] || g == "being" {
		return "", false
	}
	if p, ok := irregularPasts[g]; ok {
		return p, true
	}
	for _, pre := range pastPrefixes {
		if rest, ok := strings.CutPrefix(g, pre); ok && len(rest) > 4 {
			if p, ok := irregularPasts[rest]; ok {
				return pre + p, true
			}
		}
	}
	stem := strings.TrimSuffix(g, "ing")
	n := len(stem)
	switch {
	case n >= 2 && stem[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(stem[n-2])):
		return stem[:n-1] + "ied", true // "carrying"
	case stem[n-1] == 'e':
		return stem + "d", true // "agreeing"
	}
	return stem + "ed", true // "launching", "capturing", "stopping"
}

// pastPhrase turns tail, an -ing phrase ("seizing the airport", "having
// retaken the town", "being overruled"), into the predicate of subj in the
// simple past: "seized the airport", "had retaken the town", "was
// overruled". It reports false when the -ing word is not surely a verb.
func pastPhrase(subj, tail string) (string, bool) {
	g, rest, _ := strings.Cut(tail, " ")
	switch lg := lowerKey(g); lg {
	case "having":
		if isParticiple(firstWord(rest)) {
			return strings.TrimSpace("had " + rest), true
		}
	case "being":
		if isParticiple(firstWord(rest)) {
			return strings.TrimSpace(beOf(subj) + " " + rest), true
		}
		return "", false
	}
	p, ok := pastOf(lowerKey(g))
	if !ok {
		return "", false
	}
	return strings.TrimSpace(p + " " + rest), true
}

// beOf is the past of "be" that agrees with subj: "were" after a plural
// noun ("Talks", "the soldiers"), "was" after any other.
func beOf(subj string) string {
	last := subj[strings.LastIndexByte(subj, ' ')+1:]
	if len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && strings.ToUpper(last) != last || pluralNouns[lowerKey(last)] {
		return "were"
	}
	return "was"
}

// pluralNouns are the plurals without an s that news names people by.
var pluralNouns = map[string]bool{"they": true, "children": true, "schoolchildren": true, "people": true,
	"men": true, "women": true, "police": true, "personnel": true, "cattle": true}

// participleClause returns body, the event of segment idx of sent, read
// with its subject when it is a participle clause of its own: "The army,
// having retaken the town in March, pushed north" gives "The army had
// retaken the town"; "Having retaken the town in March, the army…" the
// same. The subject is the segment before when that is only a noun phrase,
// or the one that opens the next segment when body opens the sentence. A
// participle after a clause of its own reads with that clause: "Rebels
// attacked the town, killing 12 people on Sunday". Body is returned as it
// is when no subject is found.
func participleClause(body, sent string, segs []Span, idx int) string {
	first := firstWord(body)
	if !gerund(first) || idx > 0 && isUpperStart(body) {
		return body // "Beijing" is a name
	}
	_, pred, _ := strings.Cut(body, " ")
	if first == "having" || first == "being" {
		_, pred, _ = strings.Cut(pred, " ") // "having seized": its participle
	}
	if clauseHasVerb(pred) {
		return body // "Beijing imposed sanctions": a clause with its verb
	}
	seg := func(k int) string { return cleanEvent(sent[segs[k].Start:segs[k].End]) }
	subj := ""
	switch {
	case idx > 0:
		if subj = nounPhrase(seg(idx - 1)); subj == "" && first != "having" && first != "being" {
			// "Rebels attacked the town, killing 12 people on Sunday": the
			// participle tells what the clause before it did, and reads
			// with it.
			if head := seg(idx - 1); leadingSubject(head) != "" && clauseHasVerb(head) && !isAttribution(head) {
				return head + ", " + body
			}
		}
	case len(segs) > 1:
		if subj = leadingSubject(stripLeadingAttribution(seg(1))); subj == "" {
			// "Confirming the incident on Wednesday, the lawmaker
			// representing the constituency, Jonathan Agbidye, said …":
			// the next segment is the subject alone.
			subj = nounPhrase(seg(1))
		}
	}
	if subj == "" {
		return body
	}
	if pred, ok := pastPhrase(subj, body); ok {
		return subj + " " + pred
	}
	return subj + ", " + body // the source's words
}

// subjectParticiple returns the event of a date inside a participle
// phrase that ends a clause's subject, or "": "The schoolchildren abducted
// from the town of Kuriga earlier this month have been freed" gives "The
// schoolchildren were abducted from the town of Kuriga", not the freeing
// dated earlier this month. Before and after are the clause's words either
// side of the date; after must open with the clause's verb, and before
// must be a short noun phrase with one determiner at most, then the
// participle.
func subjectParticiple(before, after string) string {
	// The verb after the date is in lower case: "… have been freed".
	if a := strings.TrimLeft(after, " "); a == "" || a[0] < 'a' || a[0] > 'z' {
		return ""
	}
	w, _ := nextWord(after, 0)
	if lw := lowerKey(strings.TrimRight(w, ",;:")); w == "" || w != strings.TrimRight(w, ",;:") ||
		!eventAuxiliaries[lw] && lw != "remain" && lw != "remains" && lw != "remained" {
		return ""
	}
	before = strings.TrimSpace(before)
	n, dets := 0, 0
	for v, i := nextWord(before, 0); v != "" && n < 6; v, i = nextWord(before, i) {
		lv := lowerKey(v)
		if n > 0 && isParticiple(lv) && !isUpperStart(v) {
			subj := strings.TrimSpace(before[:i-len(v)])
			if !startsNounPhrase(subj) && !startsQuantity(subj) || clauseHasVerb(subj) || eventReportingVerbs[lv] {
				return ""
			}
			// "abducted from the town", "seized in Darfur", "agreed": the
			// participle takes no object, or it would be the clause's verb
			// ("Gunmen seized 121 students").
			if next, _ := nextWord(before, i); next != "" && !eventPrepositions[lowerKey(next)] && lowerKey(next) != "by" {
				return ""
			}
			return subj + " " + beOf(subj) + " " + before[i-len(v):]
		}
		if determiners[lv] {
			if dets++; dets > 1 {
				return "" // "The attack the rebels launched on Monday"
			}
		}
		if strings.ContainsAny(v, ",;:\"“”") || eventAuxiliaries[lv] || eventRelatives[lv] || lv == "that" || finiteVerb(lv) && !isParticiple(lv) {
			return ""
		}
		n++
	}
	return ""
}

// startsQuantity reports whether s opens with a count: "137 hostages",
// "Two aid workers".
func startsQuantity(s string) bool {
	w := firstWord(s)
	_, card := timexCardinals[w]
	return w != "" && ('0' <= w[0] && w[0] <= '9' || card && w != "a" && w != "an")
}

// dateSubject returns the event of a date that is its clause's subject,
// the date kept, or "": "2024 was the deadliest year on record for aid
// workers" (not "Was the deadliest year …"), `"Today... marks the handover
// of the base," the minister said`. The date has no preposition, nothing
// but a quotation mark stands before it in its clause, and a verb follows
// it.
func dateSubject(text string, t *taggedTimex, before, after string) string {
	if t.pre != t.Start || t.pre-t.sent.Start > 8 || strings.Trim(text[t.sent.Start:t.pre], " \n\"“‘'") != "" {
		return ""
	}
	rest := strings.TrimLeft(after, " .…")
	w, _ := nextWord(rest, 0)
	if lw := lowerKey(w); w == "" || isUpperStart(w) || !eventAuxiliaries[lw] && !finiteVerb(lw) && !dateSubjectVerbs[lw] || eventReportingVerbs[lw] {
		return ""
	}
	return cleanEvent(strings.TrimSpace(before) + text[t.Start:t.End] + " " + rest)
}

// dateSubjectVerbs are verbs a date is the subject of that the lexicon
// reads as nouns: "Today marks", "Sunday marks".
var dateSubjectVerbs = map[string]bool{"marks": true, "mark": true, "saw": true, "sees": true}

// nounInfinitive returns the event of a date that ends the infinitive of a
// noun of intent after its clause's verb, the noun phrase whole, or "":
// "France handed over its base as part of an agreement with the country's
// authorities to withdraw its military forces by the end of January" gives
// "An agreement with the country's authorities to withdraw its military
// forces", not the handover. Before is the clause up to the date and after
// the rest of it, which must be empty.
func nounInfinitive(before, after string) string {
	if !onlyClosers(after) {
		return ""
	}
	before = strings.TrimRight(before, " ")
	tail := before[max(0, len(before)-80):]
	if !strings.Contains(tail, " to ") {
		return ""
	}
	to := strings.LastIndex(tail, " to ") + len(before) - len(tail)
	if v, _ := nextWord(before, to+4); v == "" || isUpperStart(v) || determiners[lowerKey(v)] || strings.ContainsAny(v[:1], "0123456789$") {
		return ""
	}
	// The noun stands up to six words before "to", after its determiner:
	// "an agreement with the country's authorities to".
	head := before[:to]
	end := len(head)
	for n := 0; n < 6 && end > 0; n++ {
		start := strings.LastIndexByte(head[:end], ' ') + 1
		if intentNouns[lowerKey(strings.Trim(head[start:end], ",;:"))] {
			d := strings.LastIndexByte(strings.TrimRight(head[:start], " "), ' ') + 1
			if start == 0 || !determiners[lowerKey(strings.TrimSpace(head[d:start]))] {
				return ""
			}
			if !clauseHasVerb(head[:d]) {
				return "" // "The plan to hold elections in 2026 was approved": the subject
			}
			return before[d:]
		}
		end = max(0, start-1)
	}
	return ""
}

// intentNouns name a plan, a promise or a deal whose infinitive says what
// is to be done: "an agreement to withdraw", "a plan to hold elections".
var intentNouns = map[string]bool{
	"agreement": true, "plan": true, "plans": true, "deal": true, "pledge": true, "promise": true,
	"decision": true, "bid": true, "order": true, "call": true, "proposal": true, "commitment": true,
	"mandate": true, "resolution": true, "ultimatum": true, "deadline": true, "offer": true,
}

// onlyClosers reports whether s, the words after a date, holds nothing but
// spaces and the marks that close a sentence or a quotation.
func onlyClosers(s string) bool {
	if len(s) > 8 {
		return false
	}
	for _, r := range s {
		switch r {
		case ' ', '.', ',', ';', ':', '!', '?', '"', '\'', '”', '’':
		default:
			return false
		}
	}
	return true
}
