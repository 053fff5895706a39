package story

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/entity"
)

// Build turns the groups of Cluster into stories: members by date and
// source, places, actors, the figures reconciled, and related stories.
func Build(docs []Doc, groups []Group) []briefing.Story {
	out := make([]briefing.Story, len(groups))
	pf := placeFolds{}
	for g := range groups {
		out[g] = build(docs, groups, g, pf)
	}
	for g, grp := range groups {
		for _, r := range grp.Related {
			out[g].Related = append(out[g].Related, out[r].ID)
		}
	}
	return out
}

func build(docs []Doc, groups []Group, g int, pf placeFolds) briefing.Story {
	grp := groups[g]
	first := docs[grp.Members[0]]
	s := briefing.Story{ID: first.ID, Title: first.Title, First: first.Published}
	// The title of the story is the title of its member that names the
	// most of the story's shared entities: usually the main report.
	for _, i := range grp.Members {
		d := docs[i]
		s.Briefings = append(s.Briefings, briefing.StoryBriefing{ID: d.ID, Title: d.Title, Source: d.Source, Published: d.Published})
		if d.Published.After(s.Last) {
			s.Last = d.Published
		}
	}
	s.Places, s.Actors = shared(docs, grp.Members, pf)
	var related []int
	for _, r := range grp.Related {
		related = append(related, groups[r].Members...)
	}
	s.Figures = reconcile(docs, grp.Members, related, pf)
	return s
}

// shared lists the places and actors a story's briefings name, most
// named first.
func shared(docs []Doc, members []int, pf placeFolds) (places, actors []string) {
	type tally struct {
		name  string
		kind  entity.Kind
		count int
	}
	var all []tally
	idx := map[string]int{}
	for _, i := range members {
		for _, n := range docs[i].Entities {
			k := string(n.Kind) + "\x00" + pf.get(n.Name).key
			if j, ok := idx[k]; ok {
				all[j].count += n.Count
				continue
			}
			idx[k] = len(all)
			all = append(all, tally{n.Name, n.Kind, n.Count})
		}
	}
	slices.SortStableFunc(all, func(a, b tally) int { return cmp.Compare(b.count, a.count) })
	for _, t := range all {
		switch t.kind {
		case entity.Place, entity.Country, entity.Region:
			if len(places) < 8 {
				places = append(places, t.name)
			}
		case entity.Group, entity.Person:
			if len(actors) < 8 {
				actors = append(actors, t.name)
			}
		}
	}
	return places, actors
}

// reconciled roles: counts of people an analyst compares across sources.
var reconciledRoles = map[string]bool{"killed": true, "injured": true, "missing": true, "displaced": true,
	"refugees": true, "held": true, "detained": true, "released": true, "in_need": true, "affected": true,
	"deployed": true, "pledged": true, "withdrawn": true}

// reconcile lines up the figures of a story's briefings per role and
// place: every source's number with its date and who said it. Figures of
// related briefings join when their sentence names a place or armed group
// of the story (the Kenya briefing's "the Gran Grif gang ... killing at
// least 115 people" joins the Pont-Sondé massacre). A figure whose
// sentence names no place is the story's main place; totals over a period
// or a country are left out.
// pf keeps the folded spellings of places between calls.
func reconcile(docs []Doc, members, related []int, pf placeFolds) []briefing.Reconciled {
	main, marks := storyMarks(docs, members, pf)
	type key struct{ role, place string }
	groups := map[key]*briefing.Reconciled{}
	var order []key
	add := func(d Doc, f Figure, place string) {
		k := key{f.Role, pf.get(place).key}
		r, ok := groups[k]
		if !ok {
			r = &briefing.Reconciled{Role: f.Role, Place: place}
			groups[k] = r
			order = append(order, k)
		}
		for _, rep := range r.Reports {
			if rep.Briefing == d.ID && rep.Value == f.Value && rep.Said == f.Said {
				return // the same figure said twice in one briefing
			}
		}
		r.Reports = append(r.Reports, briefing.FigureReport{Value: f.Value, Qualifier: f.Qualifier, Text: f.Text,
			Said: f.Said, Date: f.Date, Briefing: d.ID, Source: d.Source, Sentence: f.Sentence})
	}
	for _, i := range members {
		for _, f := range docs[i].Figures {
			if !reconcilable(f) {
				continue
			}
			place := f.Place
			if place == "" || pf.get(place).country && namesMark(f, marks) {
				place = cmp.Or(main, place)
			}
			add(docs[i], f, place)
		}
	}
	// Related briefings' figures join when said while the story ran.
	from, to := storySpan(docs, members)
	for _, i := range related {
		for _, f := range docs[i].Figures {
			if f.Date.Before(from) || f.Date.After(to) || !reconcilable(f) {
				continue
			}
			switch {
			case f.Place != "" && marks["p:"+pf.get(f.Place).key]:
				add(docs[i], f, f.Place)
			case (f.Place == "" || pf.get(f.Place).country) && namesMark(f, marks) && main != "":
				add(docs[i], f, main)
			}
		}
	}
	out := make([]briefing.Reconciled, 0, len(order))
	for _, k := range order {
		r := groups[k]
		finishReconciled(r)
		out = append(out, *r)
	}
	slices.SortStableFunc(out, func(a, b briefing.Reconciled) int {
		return cmp.Compare(roleRank(a.Role), roleRank(b.Role))
	})
	return out
}

// storySpan is the days in which figures of related briefings join a
// story: from the day before its first briefing to three days after its
// last.
func storySpan(docs []Doc, members []int) (from, to time.Time) {
	for _, i := range members {
		p := docs[i].Published
		if from.IsZero() || p.Before(from) {
			from = p
		}
		if p.After(to) {
			to = p
		}
	}
	return from.AddDate(0, 0, -1), to.AddDate(0, 0, 3)
}

// reconcilable reports a count of people of one event: not a total over a
// period, not a share ("half the population", "19%"), not a count of
// households, trucks or countries, not a part of a toll said before it
// ("Among the victims were nine aid workers", "including 1,040 police").
func reconcilable(f Figure) bool {
	return reconciledRoles[f.Role] && !f.Aggregate && f.Value >= 1 && !notPeople(f.Text) && !subset(f)
}

// nonPeople are the things a figure of a people's role may count instead:
// "60,000 households had left", "600 trucks of aid", "10 countries have
// pledged".
var nonPeople = map[string]bool{"households": true, "household": true, "families": true,
	"homes": true, "houses": true, "buildings": true, "trucks": true, "lorries": true,
	"vehicles": true, "ships": true, "vessels": true, "countries": true, "nations": true,
	"states": true, "villages": true, "towns": true, "schools": true, "hospitals": true,
	"tonnes": true, "tons": true}

func notPeople(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	return len(f) > 0 && nonPeople[strings.Trim(f[len(f)-1], `"'“”’.,;:`)]
}

// subsetMarks end the words before a figure that is a part of a count
// the sentence or the one before gave.
var subsetMarks = []string{"including", "among them", "among whom", "of whom", "of them", "among them were",
	"among the dead were", "among the victims were", "among the dead", "among the victims"}

func subset(f Figure) bool {
	i := strings.Index(f.Sentence, f.Text)
	if i < 0 {
		return false
	}
	before := strings.ToLower(strings.TrimRight(f.Sentence[:i], " ,:;—–-"))
	if strings.HasPrefix(before, "among ") {
		return true // "Among the victims were nine aid workers"
	}
	for _, m := range subsetMarks {
		if strings.HasSuffix(before, m) && (len(before) == len(m) || before[len(before)-len(m)-1] == ' ') {
			return true
		}
	}
	return false
}

// storyMarks are a story's main place (the place below a country its
// briefings name most, if they name it twice or more; else the first
// briefing's home country) and its distinctive places and armed groups, as
// "p:"+PlaceKey and "g:"+name.
func storyMarks(docs []Doc, members []int, pf placeFolds) (string, map[string]bool) {
	marks := map[string]bool{}
	counts := map[string]int{}
	names := map[string]string{}
	for _, i := range members {
		for _, n := range docs[i].Entities {
			switch n.Kind {
			case entity.Place:
				k := pf.get(n.Name).key
				marks["p:"+k] = true
				counts[k] += n.Count
				if _, ok := names[k]; !ok {
					names[k] = n.Name
				}
			case entity.Group:
				marks["g:"+n.Name] = true
			}
		}
	}
	best := ""
	for k, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && k < best {
			best = k
		}
	}
	if counts[best] < 2 && len(members) > 0 {
		// a place named once is a passing mention ("the police flew to
		// Port-au-Prince"), no story's main place: the first briefing's
		// home country is
		d := docs[members[0]]
		if h := home(d.Entities, d.Countries, entity.Default()); h != "" {
			return h, marks
		}
	}
	return names[best], marks
}

func namesMark(f Figure, marks map[string]bool) bool {
	for _, a := range f.Actors {
		if marks["g:"+a] {
			return true
		}
	}
	return false
}

// placeFolds keeps each place name's PlaceKey and whether it is a
// country, so that building every story of a library folds each name
// once rather than once per story that meets it.
type placeFolds map[string]placeFold

type placeFold struct {
	key     string
	country bool
}

func (pf placeFolds) get(name string) placeFold {
	f, ok := pf[name]
	if !ok {
		f = placeFold{entity.PlaceKey(name), isCountry(name)}
		pf[name] = f
	}
	return f
}

func isCountry(place string) bool {
	e, ok := entity.Default().Lookup(place)
	return ok && (e.Kind == entity.Country || e.Kind == entity.Region)
}

var roleOrder = []string{"killed", "injured", "missing", "held", "detained", "released", "displaced",
	"refugees", "in_need", "affected", "deployed", "pledged", "withdrawn"}

func roleRank(r string) int {
	if i := slices.Index(roleOrder, r); i >= 0 {
		return i
	}
	return len(roleOrder)
}

// finishReconciled orders the reports by date, and sets the latest, the
// range and whether sources disagree.
func finishReconciled(r *briefing.Reconciled) {
	slices.SortStableFunc(r.Reports, func(a, b briefing.FigureReport) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Value, b.Value))
	})
	r.Min, r.Max = math.Inf(1), math.Inf(-1)
	for _, rep := range r.Reports {
		r.Min = math.Min(r.Min, rep.Value)
		r.Max = math.Max(r.Max, rep.Value)
	}
	r.Latest = r.Reports[len(r.Reports)-1]
	r.Disagree = disagree(r.Reports)
}

// disagree reports two sources whose numbers cannot both be right: from
// different briefings, said within a day of each other, with bounds that
// do not overlap (115 and 109 killed; not "at least 70" and "at least
// 115", nor a toll that rose over a week).
func disagree(reps []briefing.FigureReport) bool {
	for i, a := range reps {
		for _, b := range reps[i+1:] {
			if a.Briefing == b.Briefing || absDays(a.Date, b.Date) > 1 {
				continue
			}
			alo, ahi := bounds(a)
			blo, bhi := bounds(b)
			if ahi < blo || bhi < alo {
				return true
			}
		}
	}
	return false
}

func absDays(a, b time.Time) float64 { return math.Abs(a.Sub(b).Hours() / 24) }

// bounds is the interval of values a report allows.
func bounds(r briefing.FigureReport) (lo, hi float64) {
	v := r.Value
	switch r.Qualifier {
	case "at least", "more than":
		return v, math.Inf(1)
	case "less than", "up to":
		return 0, v
	case "nearly":
		return 0.9 * v, v
	case "about":
		return 0.9 * v, 1.1 * v
	default:
		return v, v
	}
}

// FormatReport is one report as a story view lists it: "≥115 — the mayor
// of nearby Saint-Marc, 9 Oct (UN OHCHR; IOM...)".
func FormatReport(r briefing.FigureReport) string {
	var sb strings.Builder
	sb.WriteString(FormatValue(r.Value, r.Qualifier))
	sb.WriteString(" — ")
	if r.Said != "" {
		sb.WriteString(r.Said)
		sb.WriteString(", ")
	}
	if !r.Date.IsZero() {
		sb.WriteString(r.Date.Format("2 Jan 2006"))
	}
	if r.Source != "" {
		sb.WriteString(" (")
		sb.WriteString(r.Source)
		sb.WriteString(")")
	}
	return sb.String()
}

// FormatValue writes a value with its qualifier as a sign: ≥115, ~2,900.
func FormatValue(v float64, qualifier string) string {
	sign := map[string]string{"at least": "≥", "more than": ">", "less than": "<", "up to": "≤",
		"nearly": "≲", "about": "~"}[qualifier]
	return sign + thousands(v)
}

func thousands(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', 0, 64)
	var sb strings.Builder
	if v < 0 {
		sb.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(c)
	}
	return sb.String()
}
