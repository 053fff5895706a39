package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// want is what a case expects of the figure whose text is text.
type want struct {
	text      string
	value     float64
	qualifier Qualifier
	unit      string
	category  Category
	key       bool
}

// findFigure returns the figure with the given text.
func findFigure(figs []Figure, text string) (Figure, bool) {
	for _, f := range figs {
		if f.Text == text {
			return f, true
		}
	}
	return Figure{}, false
}

func figureTexts(figs []Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.Text)
	}
	return out
}

func checkFigure(t *testing.T, in string, w want) {
	t.Helper()
	figs := Figures(in)
	f, ok := findFigure(figs, w.text)
	if !ok {
		t.Fatalf("Figures(%q): no figure %q; got %q", in, w.text, figureTexts(figs))
	}
	if !sameValue(f.Value, w.value) || f.Qualifier != w.qualifier || f.Unit != w.unit || f.Category != w.category || f.Key != w.key {
		t.Errorf("Figures(%q) %q:\n got value %g, qualifier %q, unit %q, category %s, key %v\nwant value %g, qualifier %q, unit %q, category %s, key %v",
			in, w.text, f.Value, f.Qualifier, f.Unit, f.Category, f.Key, w.value, w.qualifier, w.unit, w.category, w.key)
	}
	if in[f.Start:f.End] != f.Text || !strings.Contains(f.Sentence, f.Text) || in[f.SentenceStart:f.SentenceEnd] != f.Sentence {
		t.Errorf("Figures(%q) %q: offsets or sentence wrong: [%d:%d] sentence %q", in, w.text, f.Start, f.End, f.Sentence)
	}
}

func TestFiguresForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want want
	}{
		// Digits, separators, decimals and abbreviations.
		{"separators", "Gangs killed 2,900 people last year.", want{"2,900 people", 2900, "exact", "people", Casualties, true}},
		{"decimal million", "The fighting has displaced 1.5 million people.", want{"1.5 million people", 1.5e6, "exact", "people", Displacement, true}},
		{"abbreviated million", "Floods and fighting displaced 3.6m people in the region.", want{"3.6m people", 3.6e6, "exact", "people", Displacement, true}},
		{"abbreviated billion", "Donors pledged $4bn for reconstruction.", want{"$4bn", 4e9, "exact", "$", Money, true}},
		{"mixed", "Some 1.2 million refugees have fled to Chad.", want{"Some 1.2 million refugees", 1.2e6, "about", "refugees", Displacement, true}},
		{"list bullet", "Casualties:\n- 115 people killed\n- 70 injured", want{"115 people", 115, "exact", "people", Casualties, true}},
		{"space grouped", "The agency counted 40 000 displaced people.", want{"40 000 displaced people", 40000, "exact", "displaced people", Displacement, true}},
		// Numbers in words.
		{"six hundred", "Kenya deployed six hundred police officers.", want{"six hundred police officers", 600, "exact", "police officers", Deployment, true}},
		{"five million", "Five million people need food aid.", want{"Five million people", 5e6, "exact", "people", Humanitarian, true}},
		{"a dozen", "Gunmen kidnapped a dozen students on Monday.", want{"a dozen students", 12, "exact", "students", Detention, true}},
		{"half", "Half the population is food insecure.", want{"Half the population", 0.5, "exact", "the population", Humanitarian, true}},
		{"two-thirds", "Two-thirds of Haitians face acute hunger.", want{"Two-thirds of Haitians", 2.0 / 3, "exact", "Haitians", Humanitarian, true}},
		{"compound words", "Twenty-six people died in the attack.", want{"Twenty-six people", 26, "exact", "people", Casualties, true}},
		{"half a million", "At least half a million people have fled.", want{"At least half a million people", 5e5, "at least", "people", Displacement, true}},
		// Hyphenated forms.
		{"one-year", "The council approved a one-year extension of the mandate.", want{"one-year", 1, "exact", "year", Duration, true}},
		{"600-strong", "A 600-strong contingent was deployed to the capital.", want{"600-strong contingent", 600, "exact", "contingent", Deployment, true}},
		{"hyphenated dimension", "The convoy covered a six-mile stretch.", want{"six-mile", 6, "exact", "mile", Other, false}},
		// Context that names who acted or what was bought, not what is counted.
		{"temperature", "Temperatures exceeded 51 degrees Celsius as the heatwave killed 1,300 pilgrims.", want{"exceeded 51 degrees Celsius", 51, "more than", "°C", Other, false}},
		{"pilgrims killed", "The heatwave killed up to 1,300 pilgrims.", want{"up to 1,300 pilgrims", 1300, "up to", "pilgrims", Casualties, true}},
		{"military aid", "Germany pledged military aid, including four more Patriot systems.", want{"four more Patriot systems", 4, "exact", "Patriot systems", Other, false}},
		{"warships sent", "China sent 11 warships around Taiwan.", want{"11 warships", 11, "exact", "warships", Deployment, true}},
		{"strong force", "The bloc agreed to send a 5,000-strong standby force.", want{"5,000-strong standby", 5000, "exact", "standby", Deployment, true}},
		{"arrests", "The raids led to 45 arrests.", want{"45 arrests", 45, "exact", "arrests", Detention, true}},
		{"police said", "Police said two men had been arrested.", want{"two men", 2, "exact", "men", Detention, true}},
		{"seats needed", "The party needed 272 seats for a majority.", want{"272 seats", 272, "exact", "seats", Other, false}},
		{"fighters crossed", "About 5,000 fighters crossed the border.", want{"About 5,000 fighters", 5000, "about", "fighters", Other, false}},
		{"over a period", "The plan cuts 10,000 jobs over five years.", want{"five years", 5, "exact", "year", Duration, false}},
		{"for over", "He has been held for over five years.", want{"over five years", 5, "more than", "year", Duration, true}}, // captivity is key (dev README)
		{"left before a count", "The collapse left six workers missing and presumed dead.", want{"six workers", 6, "exact", "workers", Casualties, true}},
		{"cross a border", "At least 1,000 Sudanese cross into Chad every day.", want{"At least 1,000 Sudanese", 1000, "at least", "Sudanese", Displacement, false}}, // a daily rate, not a count (dev README: rates are not key)
		{"victims", "Compensation will be paid to the families of the 18 victims.", want{"18 victims", 18, "exact", "victims", Casualties, true}},
		{"rescued at sea", "Coastguards rescued 31 people from the sinking boat.", want{"31 people", 31, "exact", "people", Other, false}},
		{"stabbed", "A woman was among four people stabbed at a shopping centre.", want{"four people", 4, "exact", "people", Casualties, true}},
		{"forcing from homes", "Wildfires forced about 30,000 people from their homes.", want{"about 30,000 people", 30000, "about", "people", Displacement, true}},
		{"more hours", "Hospitals have fuel for 72 more hours.", want{"72 more hours", 72, "exact", "hour", Duration, false}},
		// Percentages and currencies.
		{"percent sign", "Food prices rose by 20% in March.", want{"20%", 20, "exact", "%", Other, false}},
		{"percent word", "Roughly 90 percent of the population has been displaced.", want{"Roughly 90 percent", 90, "about", "%", Displacement, true}},
		{"percent pc", "Growth slowed to 4.9pc last year.", want{"4.9pc", 4.9, "exact", "%", Other, false}},
		{"rupees crore", "The state allocated Rs 500 crore for flood relief.", want{"Rs 500 crore", 5e9, "exact", "Rs", Money, true}},
		{"ratio", "Only 3 in 10 schools are open.", want{"3 in 10 schools", 0.3, "exact", "schools", Other, false}},
		{"one in five", "One in five children is acutely malnourished.", want{"One in five children", 0.2, "exact", "children", Humanitarian, true}},
		{"million of them", "Fighting has displaced 12.4 million people, 3.7m of them across borders.", want{"3.7m", 3.7e6, "exact", "people", Displacement, true}},
		{"change by is not key", "The number of refugees fell by a third to 45,000.", want{"a third", 1.0 / 3, "exact", "", Displacement, false}},
		{"euros", "The EU pledged €30 million in humanitarian aid.", want{"€30 million", 3e7, "exact", "€", Money, true}},
		{"currency word", "The kidnappers demanded 50 million naira.", want{"50 million naira", 5e7, "exact", "₦", Money, true}},
		{"qualified sum", "Losses reached about $7 billion last year.", want{"about $7 billion", 7e9, "about", "$", Money, true}},
		{"small sum", "A loaf of bread now costs $2.", want{"$2", 2, "exact", "$", Money, false}},
		// Ranges.
		{"between", "Between 30 and 40 people were killed.", want{"Between 30 and 40 people", 30, "range", "people", Casualties, true}},
		{"to", "Officials said 30 to 40 people were injured.", want{"30 to 40 people", 30, "range", "people", Casualties, true}},
		{"thousands range", "Between 2,000 and 3,000 troops will deploy.", want{"Between 2,000 and 3,000 troops", 2000, "range", "troops", Deployment, true}},
		{"dash range", "The clashes left 15-20 civilians dead.", want{"15-20 civilians", 15, "range", "civilians", Casualties, true}},
		{"scale of upper bound", "Between 2 and 3 million people need aid.", want{"Between 2 and 3 million people", 2e6, "range", "people", Humanitarian, true}},
		// Vague counts, the ACLED way.
		{"dozens", "Dozens of civilians were killed in the raid.", want{"Dozens of civilians", 12, "at least", "civilians", Casualties, true}},
		{"hundreds", "Hundreds of families fled the fighting.", want{"Hundreds of families", 100, "at least", "families", Displacement, true}},
		{"tens of thousands", "Tens of thousands of people were displaced.", want{"Tens of thousands of people", 10000, "at least", "people", Displacement, true}},
		{"thousands", "Thousands of detainees remain unaccounted for.", want{"Thousands of detainees", 1000, "at least", "detainees", Detention, true}},
		{"several hundred", "Several hundred fighters surrendered.", want{"Several hundred fighters", 100, "at least", "fighters", Other, false}},
		// Qualifiers.
		{"at least", "The attack killed at least 115 people.", want{"at least 115 people", 115, "at least", "people", Casualties, true}},
		{"more than", "More than 6,000 people fled the town.", want{"More than 6,000 people", 6000, "more than", "people", Displacement, true}},
		{"over", "Over 700,000 people have been displaced.", want{"Over 700,000 people", 700000, "more than", "people", Displacement, true}},
		{"nearly", "Nearly 400 troops have arrived.", want{"Nearly 400 troops", 400, "nearly", "troops", Deployment, true}},
		{"almost", "Almost 300 people were wounded.", want{"Almost 300 people", 300, "nearly", "people", Casualties, true}},
		{"around", "Around 2,900 troops were pledged.", want{"Around 2,900 troops", 2900, "about", "troops", Deployment, true}},
		{"some", "Some 300 hostages remain in captivity.", want{"Some 300 hostages", 300, "about", "hostages", Detention, true}},
		{"roughly", "Roughly 100 hostages are still held.", want{"Roughly 100 hostages", 100, "about", "hostages", Detention, true}},
		{"up to", "Up to 400,000 people have fled the camp.", want{"Up to 400,000 people", 400000, "up to", "people", Displacement, true}},
		{"fewer than", "Fewer than 50 peacekeepers remain.", want{"Fewer than 50 peacekeepers", 50, "less than", "peacekeepers", Deployment, true}},
		{"as many as", "As many as 200 people may have died.", want{"As many as 200 people", 200, "up to", "people", Casualties, true}},
		{"or more", "Witnesses said 400 or more people were killed.", want{"400 or more people", 400, "at least", "people", Casualties, true}},
		// Counted nouns over adjectives, and ellipses.
		{"adjectives", "He said the 600 additional Kenyan officers were training.", want{"600 additional Kenyan officers", 600, "exact", "Kenyan officers", Deployment, true}},
		{"partitive", "Only about 430 troops have been deployed, with nearly 400 of those coming from Kenya.", want{"nearly 400", 400, "nearly", "troops", Deployment, true}},
		{"bare second count", "The ministry said 46,913 people had been killed and 110,750 wounded.", want{"110,750 wounded", 110750, "exact", "people", Casualties, true}},
		{"nominal adjective", "A boy was among the 12 dead.", want{"12 dead", 12, "exact", "dead", Casualties, true}},
		{"x of y things", "The air force shot down 31 of 47 drones overnight.", want{"31", 31, "exact", "drones", Other, false}},
		{"clause break", "The UN says 25 million people face hunger and that more than 150,000 people have been killed.", want{"more than 150,000 people", 150000, "more than", "people", Casualties, true}},
		{"conscripts", "Kyiv says it needs another 160,000 conscripts.", want{"160,000 conscripts", 160000, "exact", "conscripts", Deployment, true}},
		{"apposition", "OCHA said 2.1 million people depend on aid, and that 1.9 million, or 90 per cent of the population, have been displaced.", want{"1.9 million", 1.9e6, "exact", "people", Displacement, true}},
		{"of which", "Russia fired 90 drones, of which 84 were shot down.", want{"84", 84, "exact", "drones", Other, false}},
		// Categories from the words around.
		{"arrested", "Police arrested 45 protesters in the capital.", want{"45 protesters", 45, "exact", "protesters", Detention, true}},
		{"soldiers killed", "Five soldiers were killed in an ambush.", want{"Five soldiers", 5, "exact", "soldiers", Casualties, true}},
		{"in need", "Some 5.5 million people are in need of assistance.", want{"Some 5.5 million people", 5.5e6, "about", "people", Humanitarian, true}},
		{"things are not people", "The group targeted more than 100 merchant ships, killing four seafarers.", want{"more than 100 merchant ships", 100, "more than", "merchant ships", Other, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFigure(t, tt.in, tt.want) })
	}
}

func TestFiguresChange(t *testing.T) {
	tests := []struct {
		in, text string
		change   Change
	}{
		{"The death toll rose by 12 overnight.", "12", "up"},
		{"Attendance fell to 40% last year.", "40%", "down"},
		{"An increase of 5% was recorded.", "5%", "up"},
		{"At least 115 people were killed.", "At least 115 people", ">"},
		{"Nearly 400 troops arrived.", "Nearly 400 troops", "~"},
		{"Up to 700 workers were laid off.", "Up to 700 workers", "<"},
		{"Exactly 12 boats sank.", "Exactly 12 boats", "="},
	}
	for _, tt := range tests {
		figs := Figures(tt.in)
		f, ok := findFigure(figs, tt.text)
		if !ok {
			t.Errorf("Figures(%q): no %q in %q", tt.in, tt.text, figureTexts(figs))
			continue
		}
		if f.Change != tt.change {
			t.Errorf("Figures(%q) %q: change %q, want %q", tt.in, tt.text, f.Change, tt.change)
		}
	}
}

// TestFiguresNotFigures lists numbers that are not figures: none of them
// may come out as one.
func TestFiguresNotFigures(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"year", "In 2024, the mission began."},
		{"years in a span", "The 2019-2020 season was quiet."},
		{"date day month", "Gunmen attacked on 3 October."},
		{"date month day year", "The vote took place on October 3, 2024."},
		{"slash date", "The report is dated 5/17/2018."},
		{"iso date", "Published 2024-10-11."},
		{"time of day", "The truce began at 8:30 a.m. on Sunday."},
		{"time pm", "Shelling resumed at 10 pm."},
		{"ordinal digits", "The 4th battalion withdrew."},
		{"ordinal words", "It was the third attack this week."},
		{"list number", "1. Casualties are rising"},
		{"footnote", "Casualties are rising.[^1] Sources differ.[2]"},
		{"phone", "Call +254 722 123 456 for help."},
		{"phone with dashes", "The hotline is 020-7946-0958."},
		{"age in byline", "Romi Gonen, 24, was freed."},
		{"age", "The victim, aged 17, was a student."},
		{"age after a title", "The president, 81, said so."},
		{"year-old", "A 45-year-old man was arrested."},
		{"resolution", "Resolution 2699 authorised the mission."},
		{"g7", "The G7 met in Italy."},
		{"m23", "M23 rebels took the town."},
		{"aircraft", "A Su-25 jet was shot down."},
		{"covid", "COVID-19 spread quickly."},
		{"route", "Police patrolled Route Nationale 1 overnight."},
		{"number sign", "The unit moved to No. 5 camp."},
		{"first half", "Violence rose in the first half of 2024."},
		{"pronoun one", "It was one of the deadliest attacks."},
		{"ago", "The crisis began six months ago."},
		{"magnitude", "A magnitude 7.7 quake struck."},
		{"url", "See https://example.org/report/2024/115 for details."},
		{"vote tally", "The bill passed 52-48 in the Senate."},
		{"product", "The 737 Max was grounded."},
		{"richter", "The quake, measuring 6.8 on the Richter scale, struck at night."},
		{"division", "The pupils were driven from the army's 1 Division headquarters."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if figs := Figures(tt.in); len(figs) > 0 {
				t.Errorf("Figures(%q) = %q, want no figures", tt.in, figureTexts(figs))
			}
		})
	}
}

func TestFiguresDuplicateNotKey(t *testing.T) {
	in := "Kenya will deploy an additional 600 police officers to Haiti. He noted that the 600 additional Kenyan officers were undergoing training. At least 115 people were killed. The toll of 115 dead was confirmed."
	figs := Figures(in)
	var keys []string
	for _, f := range figs {
		if f.Key {
			keys = append(keys, f.Text)
		}
	}
	want := []string{"600 police officers", "At least 115 people"}
	if strings.Join(keys, "|") != strings.Join(want, "|") {
		t.Errorf("key figures %q, want %q (repeats are not key)", keys, want)
	}
}

func TestFiguresOffsets(t *testing.T) {
	in := "“Más de 300” — officials said **at least 1,200 people** were killed; ½ of them children.\n\n## Aid\n\nAbout 2 million need help."
	for _, f := range Figures(in) {
		if f.Start < 0 || f.End > len(in) || f.Start >= f.End || in[f.Start:f.End] != f.Text {
			t.Errorf("figure %q has bad offsets [%d:%d]", f.Text, f.Start, f.End)
		}
		if !utf8.ValidString(f.Text) {
			t.Errorf("figure %q is not valid UTF-8", f.Text)
		}
	}
}

// TestFiguresFixture checks every gold figure of the shared Kenya-Haiti
// fixture: value, qualifier, head noun of the unit and category; and that
// at most one key figure is not in the gold.
func TestFiguresFixture(t *testing.T) {
	text, g := fixture(t)
	figs := Figures(text)
	for _, gf := range g.Figures {
		f, ok := findFigure(figs, gf.Text)
		if !ok {
			t.Errorf("gold figure %q not found; got %q", gf.Text, figureTexts(figs))
			continue
		}
		if !sameValue(f.Value, gf.Value) || f.Qualifier != gf.Qualifier || headOf(f.Unit) != headOf(gf.Unit) || f.Category != gf.Category {
			t.Errorf("%q: got value %g, qualifier %q, unit %q, category %s; want %g, %q, %q, %s",
				gf.Text, f.Value, f.Qualifier, f.Unit, f.Category, gf.Value, gf.Qualifier, gf.Unit, gf.Category)
		}
		if gf.Timex != "" && f.Timex != gf.Timex {
			t.Errorf("%q: timex %q, want %q", gf.Text, f.Timex, gf.Timex)
		}
	}
	extra := 0
	for _, f := range figs {
		if !f.Key {
			continue
		}
		found := false
		for _, gf := range g.Figures {
			if sameValue(f.Value, gf.Value) && f.Category == gf.Category {
				found = true
			}
		}
		if !found {
			extra++
			t.Logf("key figure not in the gold: %q", f.Text)
		}
	}
	if extra > 1 {
		t.Errorf("%d key figures not in the gold, want at most 1", extra)
	}
}
