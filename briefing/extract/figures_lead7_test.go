package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLeadReadsHeadline checks the lead figure (the list's badge) on the
// constructions of whole articles where it went wrong: a flash appeal's
// headline is about its money, a headline number speaks only of the
// figures that count the same people, a Title Case headline's number is
// read, and a vague lede count stands for the exact count that follows it.
func TestLeadReadsHeadline(t *testing.T) {
	cases := []struct {
		name, headline, text, lead string
	}{
		{"an appeal's own sum", "UN launches $38 million appeal to help flood-ravaged Pakistanis",
			"The United Nations today launched a $38 million Flash Appeal to aid hundreds of thousands of people affected by the floods.\n\nAlmost 300 people have lost their lives.",
			"$38 million"},
		{"a headline that names funds", "UN agency appeals for urgent funds for Sudanese refugees in Chad",
			"The UN refugee agency has launched an urgent appeal for $16.6 million to avert a disaster among more than 65,000 Sudanese refugees in Chad.",
			"$16.6 million"},
		{"a flash appeal with no sum in the headline", "UN launches flash appeal for cyclone survivors",
			"The UN launched a flash appeal for $20 million to help 300,000 people hit by the cyclone.\n\nThe storm killed 40 people.",
			"$20 million"},
		{"an appeal for calm asks for no money", "UN chief appeals for calm after clashes in Tripoli",
			"Clashes between rival militias killed 30 people in Tripoli on Sunday.\n\nThe UN said it had released $5 million in emergency aid.",
			"30 people"},
		{"a sum in an aside still never leads", "Gunmen kill 12 in village raid",
			"Gunmen killed 12 villagers on Sunday. Donors pledged $50 million for the region last month.",
			"12 villagers"},
		{"a summary's sum does not outrank the freed", "Houthis free ship's crew. The 25 seafarers seized in November reach Oman; Egypt counts a $7 billion loss in canal revenue.",
			"The Houthis freed 25 crew members on Wednesday.\n\nEgypt says it lost about $7 billion in canal revenue.",
			"25 crew members"},
		{"the headline's wounded are not the dead", "Car bomb in Baghdad kills 13, wounds dozens",
			"A car bomb killed at least 13 people and wounded more than 50 others on Sunday.\n\nA series of attacks in the capital have killed dozens of people this month.",
			"at least 13 people"},
		{"the headline's villages are not people", "Dozen dead in machete attack on two villages",
			"Thirteen people have died in attacks on villages near Beni.\n\nIn a separate attack overnight, two people were killed near Oicha.",
			"Thirteen people"},
		{"a Title Case headline's number", "Death Toll In Mexico Quake Hits 369 As Collapsed Buildings Are Cleared",
			"The quake killed 225 people in the capital alone.\n\nThe national death toll has risen to at least 369 people.",
			"at least 369 people"},
		{"a headline's camps house refugees too", "Newly arrived Rohingya sheltered at transit camps",
			"The UN refugee agency said thousands of newly arrived Rohingyas have been admitted to Bangladesh after days stranded near its border with Myanmar.\n\nMore than 247,606 forcibly displaced Myanmar nationals have so far been counted in the district.",
			"thousands"},
		{"a vague lede count and its exact count", "Rohingya arrive at transit camps",
			"Thousands of Rohingya refugees have arrived in Bangladesh, UNHCR said.\n\nBy last night, over 6,800 Rohingya refugees had arrived through Anjuman Para.",
			"over 6,800 Rohingya refugees"},
		{"a headline's round word is no nearness to a count", "Thousands flee the province as fighting spreads",
			"More than 4,500 people have fled the province, the doctors' network said on Friday.\n\nThe agency said on Thursday that some 1,100 people had fled the town.",
			"More than 4,500 people"},
		{"a lede's thousands stands for tens of thousands", "Fleeing the violence in the north",
			"Since then, thousands have fled as the conflict has displaced entire communities.\n\nThe agency said more than 53,000 people have fled to urban centres.",
			"more than 53,000 people"},
		{"a headline's rounded toll speaks of the lede's exact one", "Over 600 dead, 1,500 injured as earthquake hits Afghanistan",
			"An earthquake struck eastern Afghanistan late on Sunday, leaving at least 622 people dead and more than 1,500 others injured, the ministry said.",
			"at least 622 people"},
		{"a headline's 'nears' stands for the toll just below it", "Flood toll nears 300, 280 missing",
			"Floods have killed 288 people in the province and 280 are missing, officials said.",
			"288 people"},
		{"a dateline's year makes no lede historic", "Save the Children condemns school attack in Ukraine",
			"DNIPRO, 9 MAY 2022 – Save the Children condemns the bombing of a school in which 60 people were killed on Sunday.\n\nMore than 200 children have lost their lives since the conflict escalated.",
			"60 people"},
		{"a page's date stamp makes no lede historic", "Israeli strike in southern Lebanon",
			" date 2024-08-17 BEIRUT (AP) — An Israeli strike killed 10 people on Saturday.\n\nMore than 600 people have been killed in Lebanon since October.",
			"10 people"},
		{"a toll risen since the lede leads", "Strikes hit southern Lebanon",
			"Israeli strikes on southern Lebanon killed at least 20 people on Saturday, the health ministry said.\n\nBy Sunday evening the toll had risen to 31, the ministry said in a later statement.",
			"31"},
		{"'sincere' is no 'since' of a running total", "Gunmen attack villages in Zamfara",
			"Gunmen killed 12 villagers in Zamfara on Monday, police said.\n\nBy Tuesday the death toll had risen to 31, and the governor offered his sincere condolences.",
			"31"},
		{"the latest of two risen tolls leads", "Bomb blast in Quetta market",
			"A bomb killed 8 people in a Quetta market on Friday.\n\nThe death toll rose to 11 overnight, police said.\n\nOn Saturday afternoon the toll climbed to 14, hospital officials said.",
			"14"},
		{"a war's running total is not the strike's toll risen", "Strikes hit southern Lebanon",
			"Israeli strikes on southern Lebanon killed at least 20 people on Saturday.\n\nThe toll in Lebanon since October has risen to 150, the ministry said.",
			"at least 20 people"},
		{"a live blog's older, smaller toll does not lead", "Earthquake in central Italy",
			"Update, 6 p.m.: The death toll has risen to 290.\n\nUpdate, 2 p.m.: The death toll rose to 268.",
			"290"},
		{"an exact count of another magnitude is not the vague one's", "",
			"Dozens of people were killed in the attack on Friday.\n\nAt least 300 people were killed in the province before the attack.",
			"Dozens of people"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}

// checkLead checks that the text under headline has one lead figure, the
// one written lead.
func checkLead(t *testing.T, text, headline, lead string) {
	t.Helper()
	var leads []string
	for _, f := range Lead(Figures(text), text, headline) {
		if f.Lead {
			leads = append(leads, f.Text)
		}
	}
	if len(leads) != 1 || leads[0] != lead {
		t.Errorf("leads %q, want [%q]", leads, lead)
	}
}

// TestSentenceCase checks that only a Title Case sentence of a headline is
// lowered, its capitalised words but the first, and that acronyms, the
// summary and the headline's length are kept.
func TestSentenceCase(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Death Toll In Mexico Quake Hits 369 As Collapsed Buildings Are Cleared",
			"Death toll in mexico quake hits 369 as collapsed buildings are cleared"},
		{"Live Updates: Death Toll In Mexico Quake Hits 369",
			"Live Updates: Death toll in mexico quake hits 369"}, // the kicker alone is too short to tell
		{"UN Peacekeeping Mission in Central African Republic Stands at 6,500 Troops. The UN took over from the AU on Monday.",
			"UN peacekeeping mission in central african republic stands at 6,500 troops. The UN took over from the AU on Monday."},
		{"Car bomb in eastern Baghdad kills 13, wounds dozens", "Car bomb in eastern Baghdad kills 13, wounds dozens"},
		{"Kenya to send 600 more police officers to Haiti", "Kenya to send 600 more police officers to Haiti"},
		{"Enhanced Security: Kenya to Send 600 Police to Haiti", "Enhanced Security: Kenya to send 600 police to haiti"},
		{"Fighting In Sudan", "Fighting In Sudan"}, // too few words to tell
		{"", ""},
	}
	for _, tc := range cases {
		got := sentenceCase(tc.in)
		if got != tc.want {
			t.Errorf("sentenceCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(got) != len(tc.in) {
			t.Errorf("sentenceCase(%q) changed the length", tc.in)
		}
	}
}

// TestDatelineEnd checks where running text starts after a press
// release's dateline, and that a sentence's own date is no dateline.
func TestDatelineEnd(t *testing.T) {
	cases := []struct{ in, rest string }{
		{"DNIPRO, 9 MAY 2022 – Save the Children condemns the attack.", "Save the Children condemns the attack."},
		{" date 2025-10-22 MENAFN - IANS) Sanaa, Oct 23 (IANS) Twelve UN staff were released.", "Twelve UN staff were released."},
		{" date 2024-08-17 BEIRUT (AP) — A strike killed 10 people.", "A strike killed 10 people."},
		{"2024-03-05 10:12 Police said 4 people died.", "Police said 4 people died."},
		{"New York, Sept. 3, 2019: Gunmen killed 12 people.", "Gunmen killed 12 people."},
		{"In March 2020 – weeks before the truce – 40 people were killed.", "In March 2020 – weeks before the truce – 40 people were killed."},
		{"KABUL – Gunmen killed 12 people on Monday.", "KABUL – Gunmen killed 12 people on Monday."}, // no date
		{"Officials said on 9 May 2022 - a Monday - that 12 died.", "Officials said on 9 May 2022 - a Monday - that 12 died."},
		{"", ""},
	}
	for _, tc := range cases {
		if got := strings.TrimSpace(tc.in[datelineEnd(tc.in):]); got != tc.rest {
			t.Errorf("after the dateline of %q: %q, want %q", tc.in, got, tc.rest)
		}
	}
}

// FuzzLead checks that no headline and text make Lead panic, that exactly
// one figure leads when any is key and counts something, that the lead is
// such a figure, and that sentenceCase keeps the headline's length.
func FuzzLead(f *testing.F) {
	f.Add("Death Toll In Mexico Quake Hits 369 As Collapsed Buildings Are Cleared",
		"The quake left hundreds dead.\n\nWhat We Know So Far\n\n  • The death toll has risen to at least 369 people.")
	f.Add("UN Launches $38 Million Appeal", "The UN launched a $38 million appeal to aid hundreds of thousands of people.")
	f.Add("", "Dozens of people were killed.\n\n\n\nAt least 30 people were killed.")
	f.Add("A: B. C? D! ", "thousands\n\n\n")
	f.Fuzz(func(t *testing.T, headline, text string) {
		if c := sentenceCase(headline); len(c) != len(headline) {
			t.Fatalf("sentenceCase(%q) = %q: length changed", headline, c)
		}
		leads, counted := 0, 0
		for _, fig := range Lead(Figures(text), text, headline) {
			if fig.Key && fig.Role != RoleOther {
				counted++
			}
			if fig.Lead {
				leads++
				if !fig.Key || fig.Role == RoleOther {
					t.Fatalf("lead %q is not a key figure that counts something", fig.Text)
				}
			}
		}
		if counted > 0 && leads != 1 || counted == 0 && leads != 0 {
			t.Fatalf("%d leads among %d key figures", leads, counted)
		}
	})
}

// TestAppealForMoney checks which headline appeals ask for money.
func TestAppealForMoney(t *testing.T) {
	cases := []struct {
		headline string
		money    bool
	}{
		{"UN plans $160m flash appeal", true},
		{"UN launches $38 million appeal to help flood-ravaged Pakistanis", true},
		{"UN agency appeals for urgent funds for Sudanese refugees in Chad", true},
		{"WFP appeals for $200m as hunger spreads", true},
		{"UN launches appeal for Sudan", true},
		{"UN chief appeals for calm after clashes in Tripoli", false},
		{"ICRC appeals for access to besieged town", false},
		{"Pope appeals for release of kidnapped nuns", false},
		{"Court rejects protesters' appeal", false},
		{"Gunmen kill 12 in village raid", false},
		{"UN appeals for", false},
	}
	for _, tc := range cases {
		if got := appealForMoney(tc.headline); got != tc.money {
			t.Errorf("appealForMoney(%q) = %v, want %v", tc.headline, got, tc.money)
		}
	}
}

// BenchmarkLead chooses the lead of each whole article of the articles-b6
// dev set with its headline, on figures found once: the cost of Lead
// alone, once per briefing.
// BenchmarkLeadHugeHeadline weighs a stored briefing's hostile summary of
// 256 KB of counts against a text of as many: linear, as the headline's
// figures are capped.
func BenchmarkLeadHugeHeadline(b *testing.B) {
	var h, t strings.Builder
	for i := 0; h.Len() < 256<<10; i++ {
		fmt.Fprintf(&h, "%d killed, %d wounded; ", 10+i, 20+i)
		fmt.Fprintf(&t, "Gunmen killed %d people and wounded %d in the village. ", 10+i, 20+i)
	}
	headline, text := h.String(), t.String()
	figs := Figures(text)
	b.SetBytes(int64(len(headline) + len(text)))
	for b.Loop() {
		Lead(figs, text, headline)
	}
}

func BenchmarkLead(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "dev", "articles-b6.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	type article struct {
		title, text string
		figs        []Figure
	}
	var arts []article
	size := 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var a struct{ Title, Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			b.Fatal(err)
		}
		arts = append(arts, article{a.Title, a.Text, Figures(a.Text)})
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i := range arts {
			Lead(arts[i].figs, arts[i].text, arts[i].title)
		}
	}
}
