package extract

import (
	"strings"
	"testing"
	"time"
)

// TestEventTextWhole: the event texts a reader sees are whole clauses, one
// row per fault found in review, each with a neighbour that must not
// change (issue 12).
func TestEventTextWhole(t *testing.T) {
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, text, value, want string
	}{
		// 1. A list's comma ends no clause.
		{"list and", "On Monday the government pledged to rebuild the roads, bridges and schools destroyed in the fighting.",
			"2025-03-10", "The government pledged to rebuild the roads, bridges and schools destroyed in the fighting"},
		{"list or, serial comma", "Aid groups on Monday asked for food, water, or medicine for the camps.",
			"2025-03-10", "Aid groups asked for food, water, or medicine for the camps"},
		{"list with determiners", "Aid agencies on Monday handed out the water, the food and the hygiene kits.",
			"2025-03-10", "Aid agencies handed out the water, the food and the hygiene kits"},
		// neighbours: a fronted adjunct, an inclusion and a report end their clause
		{"fronted clause", "When the rains came, crops and homes were destroyed on Monday.",
			"2025-03-10", "Crops and homes were destroyed"},
		{"including", "MSF said its teams received eight injured people on Sunday, including women and children.",
			"2025-03-09", "MSF's teams received eight injured people"}, // the speaker named (issue 12 item 3)
		{"speakers after a list", "Troops entered the town on Monday, residents and officials said.",
			"2025-03-10", "Troops entered the town"},

		// 3. The entry's own possessive date keeps the noun's preposition.
		{"own possessive", "Monday's attack came after Sunday's strike and Saturday's raid.",
			"2025-03-09", "Monday's attack came after the strike and Saturday's raid"},
		{"own possessive, in", "At least 480 people died in Saturday's earthquake.",
			"2025-03-08", "At least 480 people died in the earthquake"},
		{"own possessive, since", "Some villagers have fled their homes since Tuesday's airstrike, a resident said.",
			"2025-03-11", "Some villagers have fled their homes since Tuesday's airstrike"},
		// neighbour: another date's possessive stays
		{"other possessive", "Monday's attack came after Sunday's strike and Saturday's raid.",
			"2025-03-10", "The attack came after Sunday's strike and Saturday's raid"},

		// 4. A preposition whose dates are cut with it goes with them.
		{"between", "Troops arrived between 2 and 5 March and left on 9 March.", "2025-03-09", "Troops arrived and left"},
		{"from to", "Troops arrived from 2 to 5 March and left on 9 March.", "2025-03-09", "Troops arrived and left"},
		{"from until", "Troops stayed from 2 March until 5 March and left on 9 March.", "2025-03-09", "Troops stayed and left"},
		// neighbour: "between" before no date stays
		{"between names", "Talks between the army and the rebels resumed on Monday.", "2025-03-10",
			"Talks between the army and the rebels resumed"},

		// 5. "and" with a subject and a date of its own splits the clauses.
		{"and new subject, first", "Troops withdrew on Monday and the rebels entered the town on Tuesday.", "2025-03-10", "Troops withdrew"},
		{"and new subject, second", "Troops withdrew on Monday and the rebels entered the town on Tuesday.", "2025-03-11", "The rebels entered the town"},
		{"and a name", "The army withdrew from the town on Monday and Wagner fighters took the airport on Tuesday.", "2025-03-11", "Wagner fighters took the airport"},
		// neighbours: a joined subject, "between … and", one subject's two verbs
		{"joined subject", "Sudan on Tuesday marked two years since the war between the army and the Rapid Support Forces began on 15 April 2023.",
			"2023-04-15", "The war between the army and the Rapid Support Forces began"},
		{"since joined subjects", "It was the deadliest strike since 8 October, when the Hezbollah militant group and Israeli military started trading strikes on 8 October 2023.",
			"2023-10-08", "The Hezbollah militant group and Israeli military started trading strikes"},
		{"one subject", "Troops arrived on Monday and left on Tuesday.", "2025-03-10", "Troops arrived"},

		// 6. A date's label goes with the date.
		{"date label", "date 2025-01-31\nRebels seized the airport on 30 January.", "2025-01-30", "Rebels seized the airport"},
		{"dated", "The ministry published a letter dated 3 March on Monday.", "2025-03-10", "The ministry published a letter"},
		// neighbour: "date" as a noun before no date stays
		{"date noun", "The election date was announced on Monday.", "2025-03-10", "The election date was announced"},

		// A participle phrase after a clause takes the clause.
		{"participle after clause", "The treasury sold 91-day bills at a yield of 7.25%, unchanged from last week's auction.",
			"2025-W10", "The treasury sold 91-day bills at a yield of 7.25%, unchanged from the auction"},
	} {
		got, found := "", false
		var all []string
		for _, e := range Timeline(c.text, pub) {
			all = append(all, e.Value+" "+e.Event)
			if e.Value == c.value {
				got, found = e.Event, true
				break
			}
		}
		if !found || got != c.want {
			t.Errorf("%s: %q\n entry %s = %q, want %q (all: %s)", c.name, c.text, c.value, got, c.want, strings.Join(all, "; "))
		}
	}
}

// TestEventWindowStart: a run-on text cut by the event window before the
// event's clause opens at a whole word, marked "…", never mid-word ("Y
// along the damaged road", the Y of "slowly").
func TestEventWindowStart(t *testing.T) {
	pub := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	filler := strings.Repeat("the trucks stood in the mud and ", 14)
	tail := "the line of trucks moved very slowly along the damaged road The convoy finally reached the town on Tuesday after a week"
	midWord := 0
	for k := range 40 {
		s := "Rain fell " + filler[:len(filler)-k] + tail
		tl := Timeline(s, pub)
		if len(tl) != 1 {
			t.Fatalf("%d: got %d entries", k, len(tl))
		}
		ev, ws := tl[0].Event, tl[0].Start-eventWindow
		if ws <= 0 || s[ws-1] == ' ' {
			continue
		}
		midWord++
		rest, marked := strings.CutPrefix(ev, "…")
		first, _, _ := strings.Cut(rest, " ")
		at := strings.Index(s[ws:], first+" ")
		if !marked || at < 0 || s[ws+at-1] != ' ' {
			t.Errorf("window from %q: event %q opens mid-word or without its mark", s[ws:ws+12], ev[:min(len(ev), 30)])
		}
	}
	if midWord < 20 {
		t.Fatalf("only %d windows start mid-word", midWord)
	}
	// neighbour: a sentence inside the window opens with its first word
	if tl := Timeline("The convoy finally reached the town on Tuesday after a week.", pub); len(tl) != 1 || tl[0].Event != "The convoy finally reached the town after a week" {
		t.Errorf("short sentence: got %+v", tl)
	}
}

// TestListComma: the commas of a list of nouns end no clause; a comma
// after a fronted phrase, before an inclusion or before a new clause does.
func TestListComma(t *testing.T) {
	for _, c := range []struct {
		s    string
		list bool
	}{
		{"They pledged to rebuild the roads, bridges and schools", true},
		{"They asked for food, water, or medicine", true},
		{"They handed out the water, the food and the kits", true},
		{"After the attack, soldiers and police arrived", false},       // no verb before the comma
		{"When the rains came, crops and homes were destroyed", false}, // a subordinator's clause
		{"They received eight people, including women and children", false},
		{"Troops entered the town, residents and officials said", false},
		{"Troops entered the town, police were deployed and shops closed", false},
		{"Troops shelled the town, killing civilians and soldiers", false},
		{"Troops entered the town, they said and left", false},
		{"Troops entered the town, and the rebels fled", false},
	} {
		i := strings.IndexByte(c.s, ',')
		if got := listComma(c.s, 0, i); got != c.list {
			t.Errorf("listComma(%q) = %v, want %v", c.s, got, c.list)
		}
	}
	// the serial comma before "or" follows the list's first comma
	s := "They asked for food, water, or medicine"
	if i := strings.LastIndexByte(s, ','); !listComma(s, 0, i) {
		t.Errorf("listComma(%q) at the serial comma = false", s)
	}
}

// TestAnotherEventKept: a later mention of the same date that names
// another thing of its kind is an entry of its own; a retelling of the
// same event still folds into the first.
func TestAnotherEventKept(t *testing.T) {
	pub := time.Date(2023, 6, 28, 0, 0, 0, 0, time.UTC)
	count := func(s string) (n int) {
		for _, e := range Timeline(s, pub) {
			if e.Value == "2023-06-27" {
				n++
			}
		}
		return n
	}
	another := "At least 11 civilians were killed in two junta airstrikes on Tuesday. Residents buried the dead. " +
		"A villager in Pale Township was killed in another airstrike on Tuesday."
	if n := count(another); n != 2 {
		t.Errorf("'another airstrike': %d entries for Tuesday, want 2", n)
	}
	retold := "At least 11 civilians were killed in two junta airstrikes on Tuesday. Residents buried the dead. " +
		"The junta airstrikes on Tuesday killed at least 11 civilians, residents said."
	if n := count(retold); n != 1 {
		t.Errorf("a retelling: %d entries for Tuesday, want 1", n)
	}
	// the same sentence twice (a page that repeats itself) is one entry
	twice := "A villager was killed in another airstrike on Tuesday. Residents buried the dead. " +
		"A villager was killed in another airstrike on Tuesday."
	if n := count(twice); n != 1 {
		t.Errorf("one sentence twice: %d entries for Tuesday, want 1", n)
	}
	for s, want := range map[string]bool{
		"killed in another airstrike": true, "Another strike hit": true, "A second quake followed": true, "a further attack": true, "the others left": false,
		"the second-largest city was shelled": false, "for the second time": false, "the new government": false,
	} {
		if got := anotherEvent(s); got != want {
			t.Errorf("anotherEvent(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAnotherEventShortTexts: the "another" test reads no word past the
// end of a short event.
func TestAnotherEventShortTexts(t *testing.T) {
	for _, e := range []string{"", "A", "A ", "a", "another", "A second"} {
		anotherEvent(e) // must not panic
	}
	if !anotherEvent("A second strike hit the camp") || anotherEvent("A strike hit the camp") {
		t.Error("anotherEvent misreads an event that opens with A")
	}
}

// TestClauseJoinSkipsJoinedWords: an "and" that joins words ("Israeli and
// Palestinian officials") is no place to split two dated clauses, and
// neither is an "and" after it (final review).
func TestClauseJoinSkipsJoinedWords(t *testing.T) {
	text := "The ceasefire took hold on Monday and Israeli and Palestinian officials met on Tuesday."
	for _, e := range Timeline(text, txFriday) {
		if strings.HasSuffix(e.Event, "and Israeli") || strings.HasPrefix(e.Event, "Palestinian") {
			t.Errorf("%s: event cut inside a subject: %q", e.Text, e.Event)
		}
	}
}
