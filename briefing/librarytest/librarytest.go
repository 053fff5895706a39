// Package librarytest generates synthetic libraries of any size for tests
// and benchmarks: briefings of about 3 KB with realistic front matter
// (dates over several years, sources, regions, countries, tags) and bodies
// that name places, armed groups and people, give figures and dates, and
// quote sources, so that the index, search and stories do the work they do
// on a real library. The same seed always gives the same library.
//
// It imports nothing of the project.
package librarytest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"time"
)

// theatre is a region with the countries, places, groups and people its
// briefings name.
type theatre struct {
	region    string
	countries []string
	places    []string
	groups    []string
	people    []string
}

var theatres = []theatre{
	{"Sahel", []string{"Mali", "Burkina Faso", "Niger"}, []string{"Djibo", "Kayes", "Menaka", "Barsalogho", "Tillaberi", "Gao", "Timbuktu", "Dori"}, []string{"JNIM", "IS Sahel", "Wagner"}, []string{"Assimi Goita", "Ibrahim Traore"}},
	{"Great Lakes", []string{"DR Congo", "Rwanda", "Burundi"}, []string{"Goma", "Bukavu", "Uvira", "Masisi", "Rutshuru", "Lubero", "Beni", "Walikale"}, []string{"M23", "ADF", "CODECO", "Wazalendo"}, []string{"Felix Tshisekedi", "Corneille Nangaa"}},
	{"East Africa", []string{"Sudan", "South Sudan", "Chad"}, []string{"El Fasher", "Tawila", "Zamzam", "Omdurman", "Kosti", "Nyala", "El Obeid", "Wad Madani"}, []string{"RSF", "SAF"}, []string{"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"}},
	{"Caribbean", []string{"Haiti", "Dominican Republic"}, []string{"Pont-Sondé", "Saint-Marc", "Pétion-Ville", "Croix-des-Bouquets", "Mirebalais", "Cabaret", "Kenscoff"}, []string{"Gran Grif", "Viv Ansanm", "400 Mawozo"}, []string{"Garry Conille", "Jimmy Cherizier"}},
	{"Middle East", []string{"Lebanon", "Israel", "Syria", "Yemen"}, []string{"Nabatieh", "Tyre", "Baalbek", "Hodeidah", "Aleppo", "Idlib", "Deir ez-Zor", "Sanaa"}, []string{"Hezbollah", "Houthis", "HTS", "IDF"}, []string{"Benjamin Netanyahu", "Ahmed al-Sharaa"}},
	{"Horn of Africa", []string{"Somalia", "Ethiopia", "Kenya"}, []string{"Beledweyne", "Mogadishu", "Kismayo", "Baidoa", "Garissa", "Mandera", "Jowhar"}, []string{"al-Shabaab", "AUSSOM", "Fano"}, []string{"Hassan Sheikh Mohamud", "Abiy Ahmed"}},
	{"Eastern Europe", []string{"Ukraine", "Russia"}, []string{"Sumy", "Kharkiv", "Pokrovsk", "Kherson", "Zaporizhzhia", "Odesa", "Kupiansk", "Toretsk"}, []string{"Wagner"}, []string{"Volodymyr Zelensky", "Vladimir Putin"}},
	{"Southeast Asia", []string{"Myanmar", "Thailand"}, []string{"Sagaing", "Mandalay", "Lashio", "Myawaddy", "Sittwe", "Bhamo", "Loikaw"}, []string{"Arakan Army", "TNLA", "KIA", "PDF"}, []string{"Min Aung Hlaing", "Aung San Suu Kyi"}},
}

var sources = []string{"Reuters", "AFP", "AP", "Al Jazeera", "BBC", "UN OCHA", "UNHCR", "IOM", "ACLED", "MSF", "ICRC", "Human Rights Watch", "local media"}

var speakers = []string{"local officials", "the health ministry", "a UN spokesperson", "the army", "residents", "a hospital director", "the governor", "aid workers", "the regional administration", "police"}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var fillers = []string{
	"The fighting has cut the main road, and traders say prices of flour and fuel have doubled since the start of the month.",
	"Humanitarian agencies say access remains restricted, with convoys held at checkpoints for days at a time.",
	"Analysts say the offensive is meant to secure supply routes before the rainy season makes roads impassable.",
	"Hospitals in the area report shortages of blood, anaesthetics and fuel for generators.",
	"Diplomats at the Security Council discussed the situation in closed consultations, without agreeing on a statement.",
	"Schools in the district have been closed, and several are being used as shelters for displaced families.",
	"Mobile networks were down for much of the week, making it hard to verify the accounts of survivors.",
	"Community leaders called for an independent investigation and for those responsible to be held to account.",
	"The government said it would send reinforcements, but residents say similar promises have not been kept.",
	"Aid groups warn that the lean season will deepen hunger in areas already cut off by the fighting.",
}

// Briefing is one generated briefing: its file name and content.
type Briefing struct {
	Name string
	Data []byte
}

// Generate returns n briefings from seed, deterministically.
func Generate(n int, seed uint64) []Briefing {
	r := rand.New(rand.NewPCG(seed, 0x5157))
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	days := 4 * 365
	out := make([]Briefing, n)
	for i := range n {
		th := theatres[r.IntN(len(theatres))]
		pub := start.AddDate(0, 0, r.IntN(days))
		out[i] = generate(r, i, th, pub)
	}
	return out
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func generate(r *rand.Rand, i int, th theatre, pub time.Time) Briefing {
	place, other := pick(r, th.places), pick(r, th.places)
	group, person := pick(r, th.groups), pick(r, th.people)
	country := th.countries[0]
	if r.IntN(3) == 0 {
		country = pick(r, th.countries)
	}
	killed := 5 + r.IntN(300)
	displaced := 1000 * (1 + r.IntN(90))
	source := pick(r, sources)
	slug := strings.ToLower(strings.NewReplacer(" ", "-", "é", "e", "'", "").Replace(place))
	name := fmt.Sprintf("%s-%s-%06d.md", pub.Format("2006-01-02"), slug, i)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\n", fmt.Sprintf("%s attack on %s kills at least %d", group, place, killed))
	fmt.Fprintf(&b, "summary: %q\n", fmt.Sprintf("Fighting around %s in %s displaces thousands as %s presses its offensive.", place, country, group))
	fmt.Fprintf(&b, "published: %s\nsource: %s\nregion: %s\ncountries: [%s]\ntags: [%s, %s]\ndateline: %s\n---\n",
		pub.Format("2006-01-02"), source, th.region, country, strings.ToLower(group), "conflict", place)
	day := weekdays[r.IntN(7)]
	fmt.Fprintf(&b, "At least %d people were killed when %s fighters attacked %s on %s, %s said, in one of the deadliest assaults in %s this year. ",
		killed, group, place, day, pick(r, speakers), country)
	fmt.Fprintf(&b, "Witnesses described gunmen moving from house to house before dawn and setting the market alight.\n\n")
	fmt.Fprintf(&b, "The toll rose to %d on %s as rescuers reached outlying villages near %s, %s told %s. ",
		killed+r.IntN(40), weekdays[r.IntN(7)], other, pick(r, speakers), source)
	fmt.Fprintf(&b, "More than %d people fled %s towards %s, according to IOM, and nearly %d are sheltering in schools and mosques.\n\n",
		displaced, place, other, displaced/10)
	fmt.Fprintf(&b, "## Reactions\n\n%s condemned the attack and promised to pursue those responsible. ", person)
	fmt.Fprintf(&b, "On %d %s, %d soldiers were deployed to %s to secure the road to %s.\n\n",
		1+r.IntN(27), pub.AddDate(0, 0, -r.IntN(20)).Format("January"), 100*(1+r.IntN(20)), place, other)
	for b.Len() < 2900 {
		b.WriteString(pick(r, fillers))
		b.WriteString(" ")
		if r.IntN(3) == 0 {
			b.WriteString("\n\n")
		}
	}
	fmt.Fprintf(&b, "\n\nTalks on a ceasefire are due to resume next month in %s.\n", pick(r, []string{"Doha", "Addis Ababa", "Nairobi", "Geneva", "Jeddah"}))
	return Briefing{Name: name, Data: []byte(b.String())}
}

// FS returns n generated briefings as an in-memory file system.
func FS(n int, seed uint64) fstest.MapFS {
	fsys := fstest.MapFS{}
	mtime := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, br := range Generate(n, seed) {
		fsys[br.Name] = &fstest.MapFile{Data: br.Data, Mode: 0o644, ModTime: mtime}
	}
	return fsys
}

// Write writes n generated briefings into dir, which it creates.
func Write(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, br := range Generate(n, seed) {
		if err := os.WriteFile(filepath.Join(dir, br.Name), br.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
