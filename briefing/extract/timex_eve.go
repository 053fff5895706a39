package extract

import "time"

// matchEveOf matches "eve of" a holiday at the word "eve": "on the eve of
// Eid al-Adha", "on eve of Eid" (a headline), "the eve of Christmas" —
// the day before that holiday. A bare "Eid" is the nearest of the two
// feasts in the clause's direction.
func (tg *tagger) matchEveOf(i int) (timexCand, bool) {
	k := i + 1
	if tg.w(k) != "of" {
		return noTimexCand, false
	}
	k++
	if tg.w(k) == "the" {
		k++
	}
	if !tg.hasDCT {
		return noTimexCand, false
	}
	var c timexCand
	var ok bool
	if hd, j := tg.holidayNamed(k); hd != nil {
		c, ok = tg.holidayDate(hd, k, j)
	} else if tg.w(k) == "eid" && tg.tok(k).upper {
		c, ok = tg.nearestEid(k, k+1) // holidayNamed reads only a named Eid
	}
	if !ok || c.value != "" || c.v.g != GrainDay || c.v.y == 0 || c.v.m == 0 {
		return noTimexCand, false
	}
	c.v = dayVal(c.v.start().AddDate(0, 0, -1))
	c.holiday = true
	return c, true
}

// nearestEid resolves a bare "Eid" at tokens [i, j): of Eid al-Fitr and
// Eid al-Adha, the last one on or before the publication date in a past
// clause, the next in a future one, else the nearest.
func (tg *tagger) nearestEid(i, j int) (timexCand, bool) {
	dir := tg.dirNear(i, j)
	var best time.Time
	bestGap := -1.0
	for y := tg.dct.Year() - 1; y <= tg.dct.Year()+1; y++ {
		for _, kind := range [...]int{hEidFitr, hEidAdha} {
			t, ok := movableDate(kind, y)
			if !ok || dir < 0 && t.After(tg.dct) || dir > 0 && t.Before(tg.dct) {
				continue
			}
			gap := t.Sub(tg.dct).Hours()
			if gap < 0 {
				gap = -gap
			}
			if bestGap < 0 || gap < bestGap {
				best, bestGap = t, gap
			}
		}
	}
	if bestGap < 0 {
		return noTimexCand, false
	}
	return timexDateCand(j, dayVal(best))
}

// holidayWeekend widens a holiday's day c to its weekend when "weekend"
// follows the name: "the Fourth of July weekend", "the Easter weekend",
// "Memorial Day weekend" — the weekend of the holiday's week, or for a
// Monday holiday the weekend just before it.
func (tg *tagger) holidayWeekend(c timexCand, ok bool) (timexCand, bool) {
	if !ok || tg.w(c.j) != "weekend" || c.value != "" || c.v.g != GrainDay || c.v.y == 0 || c.v.m == 0 {
		return c, ok
	}
	t := c.v.start()
	if t.Weekday() == time.Monday {
		t = t.AddDate(0, 0, -1)
	}
	v := weekVal(t)
	v.g = GrainWeekend
	c.v, c.j = v, c.j+1
	return c, true
}
