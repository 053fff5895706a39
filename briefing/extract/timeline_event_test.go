package extract

import (
	"strings"
	"testing"
)

// TestTimelineReportAndEvent checks that a sentence dating both a report
// and what it reports gives two entries, each with its own clause, and
// that a report dated alone is a report entry that says who reported.
func TestTimelineReportAndEvent(t *testing.T) {
	type entry struct{ value, kind, event string }
	for _, c := range []struct {
		text string
		want []entry
	}{
		{"The UN said on 4 October that 70 people had been killed in the attack on 3 October.", []entry{
			{"2024-10-03", "event", "70 people had been killed in the attack"},
			{"2024-10-04", "report", "The UN said 70 people had been killed in the attack"},
		}},
		{"Police said on Monday that gunmen had stormed the village on Sunday.", []entry{
			{"2024-10-06", "event", "Gunmen had stormed the village"},
			{"2024-10-07", "report", "Police said gunmen had stormed the village"},
		}},
		{"The ministry announced on Tuesday that 12 soldiers died in an ambush on 2 October.", []entry{
			{"2024-10-02", "event", "12 soldiers died in an ambush"},
			{"2024-10-08", "report", "The ministry announced 12 soldiers died in an ambush"},
		}},
		{"Russia's chief of general staff, Valery Gerasimov, said on 7 August that up to 1,000 troops had taken part.", []entry{
			{"2024-08-07", "report", "Valery Gerasimov said up to 1,000 troops had taken part"},
		}},
		{"On Friday, Kenya said it would send 600 more police officers.", []entry{
			{"2024-10-11", "report", "Kenya said it would send 600 more police officers"},
		}},
		{"As many as 1.5 million people could be displaced, warned the UN refugee agency on Thursday.", []entry{
			{"2024-10-10", "report", "As many as 1.5 million people could be displaced, warned the UN refugee agency"},
		}},
		{"According to the findings of the ministry released on Wednesday, 135 soldiers were killed.", []entry{
			{"2024-10-09", "report", "According to the findings of the ministry released: 135 soldiers were killed"},
		}},
		// Dates of the act, not of a report.
		{"The rebels declared a unilateral ceasefire on Monday.", []entry{
			{"2024-10-07", "event", "The rebels declared a unilateral ceasefire"},
		}},
		{"Fighting was reported the next day near Nyabibwe, on the road to Bukavu.", []entry{
			{"2024-10-12", "event", "Fighting was reported near Nyabibwe"},
		}},
		{"A spokesman said the Wednesday attack was aimed at the aid office.", []entry{
			{"2024-10-09", "event", "The attack was aimed at the aid office"},
		}},
		{"Hospitals said 30 people were injured on Thursday, according to the mayor.", []entry{
			{"2024-10-10", "event", "30 people were injured"},
		}},
	} {
		want := make([]tlWant, len(c.want))
		for i, w := range c.want {
			want[i] = tlWant{value: w.value, kind: w.kind, event: w.event}
		}
		checkTimeline(t, c.text, want)
	}
}

// TestTimelineEventClauses checks that an event reads as a clause, never a
// fragment of one or a phrase said twice.
func TestTimelineEventClauses(t *testing.T) {
	for _, c := range []struct{ text, phrase, event string }{
		{"The previous conference, held in Paris in April 2024, drew pledges of more than €2 billion.", "in April 2024",
			"The previous conference, held in Paris, drew pledges of more than €2 billion"},
		{"The talks, hosted by Qatar on Wednesday, ended without a deal.", "on Wednesday",
			"The talks, hosted by Qatar, ended without a deal"},
		{"Meteorologists have forecast rain across Mandalay, Sagaing and Naypyitaw from Sunday, which aid groups fear will bring disease.", "from Sunday",
			"Meteorologists have forecast rain across Mandalay, Sagaing and Naypyitaw"},
		{"Troops were deployed to Goma, Bukavu and Uvira on Monday.", "on Monday",
			"Troops were deployed to Goma, Bukavu and Uvira"},
		{"In a statement on Tuesday, the army said troops had been deployed.", "on Tuesday",
			"In a statement, the army said troops had been deployed"},
		{"On 16 April its fighters overran Adan Yabaal, a town north of Mogadishu that the army had used as a base since retaking it in December 2022.", "in December 2022",
			"The army retook Adan Yabaal"},
		{"It follows the three-phase framework that the Security Council endorsed in Resolution 2735 last June.", "last June",
			"The Security Council endorsed the three-phase framework in Resolution 2735"},
		{"Mali, Burkina Faso and Niger, all run by military governments that have expelled French forces, signed a treaty at a summit in Niamey on 6 July.", "on 6 July",
			"Mali, Burkina Faso and Niger signed a treaty at a summit in Niamey"},
		{"Washington, which has said it was not told of the operation in advance, announced a $125 million package of military aid last Friday.", "last Friday",
			"Washington announced a $125 million package of military aid"},
		{"On 16 April its fighters overran Adan Yabaal, a town north of Mogadishu that the army had used as a base since retaking it in December 2022.", "On 16 April",
			"Its fighters overran Adan Yabaal"},
		{"Washington would not back the mission, under the version of the framework the Security Council adopted in December 2023 as Resolution 2719.", "in December 2023",
			"The Security Council adopted the framework as Resolution 2719"},
		{"Under the deal Israel signed in January, hostages are freed in stages.", "in January",
			"Israel signed the deal"},
		{"Germany, which hosts nearly a million Syrians, on Monday froze decisions on 47,000 asylum applications.", "on Monday",
			"Germany froze decisions on 47,000 asylum applications"},
		{"Under the bloc's rules the withdrawal will take effect in January next year; the three announced it in January.", "in January next year",
			"Under the bloc's rules the withdrawal will take effect"},
		{"Parliament Speaker Nabih Berri today called a session for 9 January to elect a president.", "today",
			"Parliament Speaker Nabih Berri called a session to elect a president"},
		// Each of two predicates of one subject has its own date.
		{"The truce was due to begin at 8:30 a.m. but took effect only at 11:15 a.m.", "at 11:15 a.m.",
			"The truce took effect"},
		{"The truce was due to begin at 8:30 a.m. but took effect only at 11:15 a.m.", "at 8:30 a.m.",
			"The truce was due to begin"},
		{"The wounded pupils were flown to Kano on Sunday and will be reunited with their families this week.", "this week",
			"The wounded pupils will be reunited with their families"},
		{"The wounded pupils were flown to Kano on Sunday and will be reunited with their families this week.", "on Sunday",
			"The wounded pupils were flown to Kano"},
		{"Fighters of the Rwanda-backed M23 entered the city on Sunday and declared it taken on Monday.", "on Monday",
			"Fighters of the Rwanda-backed M23 declared it taken"},
	} {
		found := false
		for _, e := range Timeline(c.text, txFriday) {
			if e.Text != c.phrase {
				continue
			}
			found = true
			if e.Event != c.event {
				t.Errorf("%q: %q event %q, want %q", c.text, c.phrase, e.Event, c.event)
			}
			if first, _, _ := strings.Cut(e.Event, " "); strings.Count(e.Event, first+" ") > 1 && len(first) > 3 {
				t.Errorf("%q: event %q says %q twice", c.text, e.Event, first)
			}
		}
		if !found {
			t.Errorf("%q: no entry %q", c.text, c.phrase)
		}
	}
}

// TestTimelineSubordinateClauses checks that a date inside a relative or
// subordinate clause ("that …", "which …", "since retaking it in …",
// "after seizing … in …") dates that clause, read with its subject, and
// that the two dates of one sentence never give the same text.
func TestTimelineSubordinateClauses(t *testing.T) {
	type entry struct{ phrase, event string }
	for _, c := range []struct {
		text string
		want []entry
	}{
		{"On 16 April its fighters overran Adan Yabaal, a town in Middle Shabelle about 245 km north of Mogadishu that the army had used as a base since retaking it in December 2022.", []entry{
			{"On 16 April", "Its fighters overran Adan Yabaal"},
			{"in December 2022", "The army retook Adan Yabaal"},
		}},
		{"On Monday rebels shelled Kalehe, a town that government troops had held since capturing it in March.", []entry{
			{"On Monday", "Rebels shelled Kalehe"},
			{"in March", "Government troops captured Kalehe"},
		}},
		{"The rebels withdrew from Bunia on Sunday after seizing the airport in August.", []entry{
			{"on Sunday", "The rebels withdrew from Bunia"},
			{"in August", "The rebels seized the airport"},
		}},
		{"On Tuesday the militia attacked Mopti, which the army had recaptured after losing it in 2019.", []entry{
			{"On Tuesday", "The militia attacked Mopti"},
			{"in 2019", "The army lost Mopti"},
		}},
		{"Gunmen on Thursday killed 12 villagers in Tillaberi, where soldiers had fought jihadists since launching an offensive in January.", []entry{
			{"on Thursday", "Gunmen killed 12 villagers in Tillaberi"},
			{"in January", "Soldiers launched an offensive"},
		}},
		{"The UN closed its office in Goma on Friday, a year after moving staff there in October 2023.", []entry{
			{"on Friday", "The UN closed its office in Goma"},
			{"in October 2023", "The UN moved staff there"},
		}},
		{"The minister, who resigned in May, said on Wednesday that the talks had failed.", []entry{
			{"in May", "The minister resigned"},
			{"on Wednesday", "The minister said the talks had failed"},
		}},
		{"The group, which has controlled the port since seizing it in 2019, released 25 crew on Wednesday.", []entry{
			{"in 2019", "The group seized the port"},
			{"on Wednesday", "The group released 25 crew"},
		}},
		{"The general, who took power after ousting the president in July 2023, met envoys on Thursday.", []entry{
			{"in July 2023", "The general ousted the president"},
			{"on Thursday", "The general met envoys"},
		}},
		{"Since taking office in 2021, the president has purged the army.", []entry{
			{"in 2021", "The president took office"},
		}},
		{"While visiting Kyiv on Monday, Macron pledged more aid.", []entry{
			{"on Monday", "Macron visited Kyiv"},
		}},
		{"Aid has not reached the town since the siege began in June.", []entry{
			{"in June", "The siege began"},
		}},
		{"The agency reopened the crossing on Monday, which Israel had shut after the attack in May.", []entry{
			{"on Monday", "The agency reopened the crossing"},
			{"in May", "The attack"},
		}},
		{"Schools have been closed since the earthquake on 28 March.", []entry{
			{"on 28 March", "The earthquake"},
		}},
		{"Police have guarded the camp since stopping an attack on 3 October.", []entry{
			{"on 3 October", "Police stopped an attack"},
		}},
		// A date inside a subject relative dates what its antecedent did.
		{"The ministry said on Thursday that 40 people had died in the landslide that buried the village two days ago.", []entry{
			{"two days ago", "The landslide buried the village"},
			{"on Thursday", "The ministry said 40 people had died in the landslide that buried the village"},
		}},
		{"The drone strike that hit the market on Tuesday killed nine people, officials said.", []entry{
			{"on Tuesday", "The drone strike hit the market"},
		}},
		// A relative closed by its own date: the main clause resumes, and
		// its date dates the main clause without the relative.
		{"The toll from a quake that struck the region two days ago rose to 300 on Thursday.", []entry{
			{"two days ago", "A quake struck the region"},
			{"on Thursday", "The toll from a quake rose to 300"},
		}},
		{"A court on Friday jailed the man who had shot the envoy in March.", []entry{
			{"in March", "The man had shot the envoy"},
			{"on Friday", "A court jailed the man who had shot the envoy"},
		}},
		// -ing clauses: the subject of what was said, a subject before
		// or after the clause, "having" and "being", and the source's
		// words where the past is not sure.
		{"Officials said the militia had been weakened since losing its commander in May.", []entry{
			{"in May", "The militia lost its commander"},
		}},
		{"The brigade has grown since undergoing training in 2022.", []entry{
			{"in 2022", "The brigade underwent training"},
		}},
		{"Insurgents, after seizing the depot in August, moved on the capital.", []entry{
			{"in August", "Insurgents seized the depot"},
		}},
		{"By blowing up the bridge in June, the retreating troops cut the road.", []entry{
			{"in June", "The retreating troops blew up the bridge"},
		}},
		{"The garrison, having retaken the fort in March, pushed north.", []entry{
			{"in March", "The garrison had retaken the fort"},
		}},
		{"Having seized the mine in April, rebels pushed south.", []entry{
			{"in April", "Rebels had seized the mine"},
		}},
		{"The mediator quit after being overruled in July.", []entry{
			{"in July", "The mediator was overruled"},
		}},
		{"The snipers struck on Friday after lying low in the hills in March.", []entry{
			{"on Friday", "The snipers struck"},
			{"in March", "The snipers, after lying low in the hills"},
		}},
		{"The market has been quiet since evening prayers on Thursday.", []entry{
			{"on Thursday", "Evening prayers"},
		}},
		{"When the rebels entered Goma in January, the governor fled.", []entry{
			{"in January", "The rebels entered Goma"},
		}},
		{"Beijing imposed sanctions on Monday, officials said.", []entry{
			{"on Monday", "Beijing imposed sanctions"},
		}},
		// A relative inside a quote whose report the date dates is not.
		{"\"Families in the camps who are asking for tents need help now,\" said a UN spokeswoman on Tuesday.", []entry{
			{"on Tuesday", "\"Families in the camps who are asking for tents need help now,\" said a UN spokeswoman"},
		}},
	} {
		got := map[string]string{}
		events := map[string]string{}
		for _, e := range Timeline(c.text, txFriday) {
			got[e.Text] = e.Event
			if p, ok := events[e.Event]; ok {
				t.Errorf("%q: %q and %q both read %q", c.text, p, e.Text, e.Event)
			}
			events[e.Event] = e.Text
		}
		for _, w := range c.want {
			if g, ok := got[w.phrase]; !ok {
				t.Errorf("%q: no entry %q (have %v)", c.text, w.phrase, got)
			} else if g != w.event {
				t.Errorf("%q: %q event %q, want %q", c.text, w.phrase, g, w.event)
			}
		}
	}
}

// TestPastOf checks the simple past made of an -ing form, and that a word
// that is not surely a verb gets none.
func TestPastOf(t *testing.T) {
	for g, want := range map[string]string{
		"retaking": "retook", "capturing": "captured", "stopping": "stopped", "carrying": "carried",
		"launching": "launched", "killing": "killed", "withdrawing": "withdrew", "freeing": "freed",
		"shelling": "shelled", "attacking": "attacked", "undergoing": "underwent", "overseeing": "oversaw",
		"forbidding": "forbade", "rebuilding": "rebuilt", "upholding": "upheld", "misleading": "misled",
		"dying": "died", "panicking": "panicked", "relaying": "relayed", "agreeing": "agreed",
	} {
		if got, ok := pastOf(g); got != want || !ok {
			t.Errorf("pastOf(%q) = %q, %v, want %q", g, got, ok, want)
		}
	}
	for _, g := range []string{"morning", "evening", "nothing", "according", "lying", "hanging", "bring", "being"} {
		if got, ok := pastOf(g); ok {
			t.Errorf("pastOf(%q) = %q, want none", g, got)
		}
	}
}
