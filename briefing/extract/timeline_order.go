package extract

import "time"

// partYear is the leap year in which a month or day without a year is
// placed for ordering, so that 29 February has a place.
const partYear = 2000

// setSpan sets the stretch the entry honestly names: its period narrowed
// by its modifier ("early", "mid", "late" take a third of it), then, with
// a publication date, cut at that date: a past entry ends on it at the
// latest ("earlier this month", "this year"), a planned one starts on it
// at the earliest ("later this month"). A month or day without a year is
// placed in partYear.
func (it *tlItem) setSpan(dct time.Time, hasDCT bool) {
	if it.v.rel {
		return
	}
	v := it.v
	if v.y == 0 {
		v.y = partYear
	}
	from, to := v.start(), v.end()
	if v.g > GrainDay {
		from, to = modPart(from, to, it.e.Mod)
	}
	if hasDCT && it.v.y != 0 {
		next := dct.AddDate(0, 0, 1)
		switch {
		case it.e.Planned && from.Before(dct):
			from = dct
		case !it.e.Planned && from.Before(next) && to.After(next):
			to = next
		}
	}
	it.from, it.to = from, to
}

// modPart narrows [from, to) to the third a START, MID or END modifier
// names, in whole days.
func modPart(from, to time.Time, m Mod) (time.Time, time.Time) {
	days := int(to.Sub(from).Hours() / 24)
	third := max(days/3, 1)
	switch m {
	case ModStart:
		return from, from.AddDate(0, 0, third)
	case ModMid:
		return from.AddDate(0, 0, third), from.AddDate(0, 0, 2*third)
	case ModEnd:
		return from.AddDate(0, 0, 2*third), to
	}
	return from, to
}

// rank orders the kinds of entry: past ones before planned ones, and in
// an undated briefing full dates, then partial dates without a year, then
// relative ones.
func (it *tlItem) rank() int {
	r := 0
	switch {
	case it.v.rel:
		r = 2
	case it.v.y == 0:
		r = 1
	}
	if it.e.Planned && !it.v.rel && it.v.y != 0 {
		r += 3 // dated and planned: after the publication date
	}
	return r
}

// less orders timeline items (see Timeline for the rule).
func (it *tlItem) less(o *tlItem) bool {
	ra, rb := it.rank(), o.rank()
	if ra != rb {
		return ra < rb
	}
	if ra == 2 {
		if it.v.off != o.v.off {
			return it.v.off < o.v.off
		}
		return it.e.Start < o.e.Start
	}
	if !it.to.Equal(o.to) {
		return it.to.Before(o.to)
	}
	if !it.from.Equal(o.from) {
		return it.from.After(o.from)
	}
	if it.v.g == GrainTime && o.v.g == GrainTime && it.v.clock && o.v.clock {
		if it.v.hh*60+it.v.mm != o.v.hh*60+o.v.mm {
			return it.v.hh*60+it.v.mm < o.v.hh*60+o.v.mm
		}
	}
	return it.e.Start < o.e.Start
}
