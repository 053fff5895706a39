package extract

// peopleFor returns the count of people that a lead count of a force's
// formations or hardware stands for in its own sentence, or best: "50
// additional companies of paramilitary forces – approximately 6,500
// personnel" is one force in two units, and the analyst's badge counts the
// people sent, not the companies (as "three battalions … some 2,500
// troops" leads with the troops). A later or earlier key figure of the
// same role in that sentence whose unit is no formation (materielNoun) is
// the one.
func peopleFor(figs []Figure, best int) int {
	b := &figs[best]
	if !materielNoun(b.Unit) {
		return best
	}
	for i := range figs {
		g := &figs[i]
		if i != best && g.SentenceStart == b.SentenceStart && g.Key && g.Role == b.Role && !materielNoun(g.Unit) {
			return i
		}
	}
	return best
}
