package ingest

import (
	"cmp"
	"slices"

	"sitrep/briefing"
	"sitrep/briefing/entity"
)

// maxCountries is how many recognised countries a briefing is filed under.
const maxCountries = 4

// recognisePlaces files a briefing under the countries and the region its
// text is about, where the feed's settings said nothing: a country named
// in the title, or at least twice in the body (the one country named,
// when there is only one), most named first; the region the text names
// most, else the region of the gazetteer that covers most of those
// countries (the first listed on a tie: Sahel before West Africa).
func recognisePlaces(m *briefing.Meta, body string) {
	if m.Region != "" && len(m.Countries) > 0 {
		return
	}
	gz := entity.Default()
	type tally struct {
		name         string
		score, first int
	}
	var countries, regions []tally
	add := func(list []tally, name string, weight, at int) []tally {
		if i := slices.IndexFunc(list, func(t tally) bool { return t.name == name }); i >= 0 {
			list[i].score += weight
			return list
		}
		return append(list, tally{name, weight, at})
	}
	count := func(text string, weight, offset int) {
		for _, mt := range gz.Find(text) {
			switch mt.Kind {
			case entity.Country:
				countries = add(countries, mt.Name, weight, offset+mt.Start)
			case entity.Region:
				regions = add(regions, mt.Name, weight, offset+mt.Start)
			}
		}
	}
	count(m.Title, 2, 0)
	count(body, 1, len(m.Title))
	byScore := func(a, b tally) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.first, b.first)) }
	slices.SortStableFunc(countries, byScore)
	slices.SortStableFunc(regions, byScore)
	var found []string
	for _, c := range countries {
		if (c.score >= 2 || len(countries) == 1) && len(found) < maxCountries {
			found = append(found, c.name)
		}
	}
	if len(m.Countries) == 0 {
		m.Countries = found
	}
	if m.Region != "" {
		return
	}
	if len(regions) > 0 {
		m.Region = regions[0].name
		return
	}
	m.Region = regionOf(gz, m.Countries)
}

// regionOf is the gazetteer's region that covers most of countries.
func regionOf(gz *entity.Gazetteer, countries []string) string {
	best, bestN := "", 0
	for _, e := range gz.Entities() {
		if e.Kind != entity.Region {
			continue
		}
		n := 0
		for _, c := range countries {
			if slices.Contains(e.Countries, c) {
				n++
			}
		}
		if n > bestN {
			best, bestN = e.Name, n
		}
	}
	return best
}
