package extract

import "testing"

// TestEventNamesItsSubject checks that an event opening with a pronoun
// names who acted when the text says it (issue 12 item 3): the subject of
// the sentence before, the speaker who says "it", the plural subject a
// "they" after a subordinator continues; and that a pronoun whose
// referent is not sure stays as written.
func TestEventNamesItsSubject(t *testing.T) {
	for _, c := range []struct{ text, event string }{
		// The sentence before names the actor.
		{"The convoy left the border town at dawn. It reached the camp on Tuesday.", "The convoy reached the camp"},
		{"Government troops shelled the district for a week. By Wednesday they had retaken the bridge.", "Government troops had retaken the bridge"},
		{"On Monday, the engineers surveyed the dam. They finished the repairs on Thursday.", "The engineers finished the repairs"},
		{"The regional council met in emergency session. Its members approved the budget on Tuesday.", "The regional council's members approved the budget"},
		// A speaker who speaks of itself.
		{"The army, meanwhile, says it recaptured the airport on Tuesday.", "The army recaptured the airport"},
		{"The Contact Group said its envoys reached the capital on Tuesday.", "The Contact Group's envoys reached the capital"},
		{"Minsk Group said its co-chairs met on Tuesday.", "Minsk Group's co-chairs met"},
		// A plural subject that a "they" after a subordinator continues.
		{"Twelve fishermen were missing at sea until they were found on Tuesday.", "Twelve fishermen were found"},
		// Not sure: kept as written.
		{"A statement from the ministry gave no figure. It said on Tuesday that talks would resume.", "It said talks would resume"},
		{"The Security Council endorsed it last month. It may deploy 5,000 troops on Tuesday.", "It may deploy 5,000 troops"},
		{"The killings were a blow to the general. His government fell on Tuesday.", "His government fell"},
		{"Rebels said the ceasefire would hold. It collapsed on Tuesday.", "It collapsed"},
		{"The government said the truce would hold. It collapsed on Tuesday.", "It collapsed"},
		{"The ministry said 40 people had died. It added on Tuesday that 12 were missing.", "The ministry added 12 were missing"},
	} {
		got := Timeline(c.text, txFriday)
		if len(got) == 0 {
			t.Errorf("%q: no entry", c.text)
			continue
		}
		if e := got[len(got)-1].Event; e != c.event {
			t.Errorf("%q: event %q, want %q", c.text, e, c.event)
		}
	}
}

// TestEventRelativeAndListTail checks two fragments that become clauses: a
// relative that opens with "whose", which names what it owns, and the
// tail of a list of names with its adjunct ("Iran and Oman about the
// detentions"), which joins the clause whose list it ends.
func TestEventRelativeAndListTail(t *testing.T) {
	for _, c := range []struct{ text, event string }{
		{"The monitoring mission, whose mandate the council extended on Tuesday, will leave next year.", "The council extended the monitoring mission's mandate"},
		{"The militia, whose fighters stormed the depot on Tuesday, has withdrawn.", "The militia's fighters stormed the depot"},
		{"The envoy met the leaders of Chad, Niger and Mali on Tuesday about the border.", "The envoy met the leaders of Chad, Niger and Mali about the border"},
	} {
		got := Timeline(c.text, txFriday)
		found := false
		for _, e := range got {
			found = found || e.Event == c.event
		}
		if !found {
			t.Errorf("%q: no event %q in %+v", c.text, c.event, got)
		}
	}
}
