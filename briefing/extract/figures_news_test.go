package extract

import "testing"

// TestFiguresNewsValues runs the extractor on news sentences of many kinds,
// written for this test, and checks the values of all the figures it finds,
// in order: what a quantity-extraction benchmark would score.
func TestFiguresNewsValues(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"Shares of the company fell 3.2% to $189.50 on Tuesday, wiping $90bn off its market value.", []float64{3.2, 189.5, 9e10}},
		{"The unemployment rate edged down to 3.7 percent in November, and employers added 199,000 jobs.", []float64{3.7, 199000}},
		{"The 737 Max was grounded for 20 months after two crashes that killed 346 people.", []float64{20, 2, 346}},
		{"Britain will send 20,000 troops, the Ministry of Defence said on 3 May 2024.", []float64{20000}},
		{"Around one in five children in Gaza is acutely malnourished, UNICEF said.", []float64{0.2}},
		{"The bill passed 52-48 in the Senate at 11:30 p.m. on Thursday.", nil},
		{"He was sentenced to 25 years in prison and fined $1m.", []float64{25, 1e6}},
		{"The 27-member bloc agreed a €50bn package for Ukraine, its 13th round of sanctions.", []float64{27, 5e10}},
		{"Police said a 34-year-old man had been arrested and three others detained.", []float64{3}},
		{"Nearly two-thirds of the 1,500 migrants who crossed on Saturday were Afghans.", []float64{2.0 / 3, 1500}},
		{"Israel said it had struck 150 targets overnight; the ministry said 92 people were killed.", []float64{150, 92}},
		{"The Dow rose 300 points, or 0.8%, to 38,500.", []float64{300, 0.8, 38500}},
		{"The UN needs $2.8bn to help 3m people in 2025, the agency said in Resolution 2720.", []float64{2.8e9, 3e6}},
		{"Two people were killed and 15 injured when a bus plunged 200 metres into a gorge.", []float64{2, 15, 200}},
		{"Over the past 12 months, more than 40,000 Palestinians have been killed.", []float64{12, 40000}},
		{"The researchers studied 1,024 adults over a period of 10 years.", []float64{1024, 10}},
		{"Between 30 and 40 people were killed in the attack, up to 2,000 fled and dozens were arrested.", []float64{30, 2000, 12}},
		{"The storm left 1.2 million homes without power and caused about $50 billion in damage.", []float64{1.2e6, 5e10}},
		{"Some 2,000 to 3,000 fighters are believed to remain in the city, 40 km from the border.", []float64{2000, 40}},
		{"Tens of thousands of people marched in 200 cities, and hundreds were detained.", []float64{10000, 200, 100}},
		{"The kidnappers demanded ₦1 billion, about $690,000, within a 20-day deadline.", []float64{1e9, 690000, 20}},
		{"Half the population, some 5.5 million people, needs aid, up 20% on last year.", []float64{0.5, 5.5e6, 20}},
		{"The M23 took Goma in January; the G7 pledged $1.5-billion and 600-strong units arrived.", []float64{1.5e9, 600}},
		{"Call +254 722 123 456 or visit https://example.org/2024/report for details.", nil},
		{"A magnitude 7.7 quake struck at 12:50 p.m., killing 3,085 people.", []float64{3085}},
		{"The bridge is 1.7km long, 45 metres high and cost 2.3 billion yuan.", []float64{1.7, 45, 2.3e9}},
		{"Inflation rose to 4.1% in March from 3.8% in February, the highest since 2008.", []float64{4.1, 3.8}},
		{"Fighting has displaced 12.4 million people since April 2023, 3.7m of them across borders.", []float64{1.24e7, 3.7e6}},
		{"He won 61.5% of the vote with 2.3 million votes, one of 14 candidates.", []float64{61.5, 2.3e6, 14}},
		{"About a quarter of the 8,000 staff will lose their jobs in the first quarter of 2025.", []float64{0.25, 8000}},
		{"Temperatures hit 47C in Jacobabad and 1.5C of warming is near; it was 104°F in Phoenix and minus 15 degrees in Oslo.", []float64{47, 1.5, 104, -15}},
		{"Call 0800 123 456 or 020 7946 0000, the council said.", nil},
		{"He won a fifth term with 87% of the vote, and turnout fell by a fifth last year.", []float64{87, 0.2}},
		{"Some 2 million children under the age of five, and babies under one, are malnourished.", []float64{2e6}},
		{"Two men, aged 24 and 31, were arrested.", []float64{2}},
		{"Turkey will buy 40 F-16s and the army lost 12 MiG-29s.", []float64{40, 12}},
		{"The Fed held rates at 5.25%-5.5%, and analysts expect 3% to 4% growth.", []float64{5.25, 3}},
		{"The firm is valued at £1.2tn, and 40tn of grain was shipped.", []float64{1.2e12}},
		{"Hamas released 13 Israelis and 12 Somalis after a crisis in Paris.", []float64{13, 12}},
		{"Recruits aged between 18 and 25, the voting age to 16, a senator who turned 80 last month.", nil},
		{"The service added 9 million subscribers in the quarter; a quarter of staff left.", []float64{9e6, 0.25}},
		{"Interstate 95 was closed after Apple unveiled the iPhone 16, and 95 people were hurt.", []float64{95}},
		{"One out of every four children is stunted, and one in every five adults is obese.", []float64{0.25, 0.2}},
		{"Parliament lowered the mobilisation age from 27 to 25, and hospitals have fuel for 72 more hours.", []float64{72}},
		{"The firm has 2.1m customers and the wall is 1.8m high.", []float64{2.1e6, 1.8}},
		{"The UK has 650 MPs; police were called on 4/5 July about variant B.1.351 and clade 1b.", []float64{650}},
		{"The poll of 1,010 people has a margin of error of plus or minus 3 percentage points; it was minus 5 degrees.", []float64{1010, 3, -5}},
		{"A loaf rose from 90p to £1.40 and shares fell 4.5p, on screens showing 720p video.", []float64{90, 1.4, 4.5}},
	}
	for _, tt := range tests {
		var got []float64
		var texts []string
		for _, f := range Figures(tt.in) {
			got = append(got, f.Value)
			texts = append(texts, f.Text)
		}
		if !sameValues(got, tt.want) {
			t.Errorf("Figures(%q)\n got %v %q\nwant %v", tt.in, got, texts, tt.want)
		}
	}
}

func sameValues(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameValue(a[i], b[i]) {
			return false
		}
	}
	return true
}
