package extract

import "testing"

func TestCompact(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name string
		fig  Figure
		want string
	}{
		{"at least", Figure{Value: 115, Qualifier: "at least", Unit: "people", Category: Casualties}, "≥115"},
		{"about with separator", Figure{Value: 2900, Qualifier: "about", Unit: "troops", Category: Deployment}, "~2,900"},
		{"more than thousands", Figure{Value: 700000, Qualifier: "more than", Unit: "people", Category: Displacement}, ">700K"},
		{"more than millions", Figure{Value: 5e6, Qualifier: "more than", Unit: "Haitians", Category: Humanitarian}, ">5M"},
		{"exact count keeps digits", Figure{Value: 46913, Qualifier: "exact", Unit: "people", Category: Casualties}, "46,913"},
		{"decimal millions", Figure{Value: 1.9e6, Qualifier: "about", Unit: "people", Category: Displacement}, "~1.9M"},
		{"duration", Figure{Value: 1, Qualifier: "exact", Unit: "year", Category: Duration, Timex: "P1Y"}, "1 yr"},
		{"days", Figure{Value: 42, Qualifier: "exact", Unit: "day", Category: Duration, Timex: "P42D"}, "42 days"},
		{"half", Figure{Value: 0.5, Qualifier: "nearly", Unit: "the population", Category: Humanitarian}, "~½"},
		{"third", Figure{Value: 1.0 / 3, Qualifier: "at least", Unit: "hostages", Category: Casualties}, "≥⅓"},
		{"percent", Figure{Value: 90, Qualifier: "about", Unit: "%", Category: Displacement}, "~90%"},
		{"money", Figure{Value: 18.5e9, Qualifier: "exact", Unit: "$", Category: Money}, "$18.5B"},
		{"money in words", Figure{Value: 3e7, Qualifier: "up to", Unit: "euros", Category: Money}, "≤€30M"},
		{"range", Figure{Value: 5000, Min: f(5000), Max: f(13000), Qualifier: "range", Unit: "people", Category: Casualties}, "5,000–13,000"},
		{"range of days", Figure{Value: 10, Min: f(10), Max: f(14), Qualifier: "range", Unit: "days", Category: Duration, Timex: "P10D"}, "10–14 days"},
		{"range of percent", Figure{Value: 30, Min: f(30), Max: f(40), Qualifier: "range", Unit: "%", Category: Other}, "30–40%"},
		{"up to", Figure{Value: 700, Qualifier: "up to", Unit: "workers", Category: Other}, "≤700"},
		{"price per barrel", Figure{Value: 58.24, Qualifier: "exact", Unit: "$ per barrel", Category: Money}, "$58.24/barrel"},
		{"wage per hour", Figure{Value: 12.21, Qualifier: "exact", Unit: "£ per hour", Category: Money}, "£12.21/hour"},
		{"another dollar", Figure{Value: 2.5e6, Qualifier: "exact", Unit: "A$", Category: Money}, "A$2.5M"},
		{"yuan", Figure{Value: 3e9, Qualifier: "exact", Unit: "CN¥", Category: Money}, "CN¥3B"},
		{"naira", Figure{Value: 2e7, Qualifier: "exact", Unit: "₦", Category: Money}, "₦20M"},
		{"a currency by its code", Figure{Value: 3000, Qualifier: "exact", Unit: "KES", Category: Money}, "3,000 KES"},
		{"range of prices per share", Figure{Value: 1, Min: f(1), Max: f(2), Qualifier: "range", Unit: "$ per share", Category: Money}, "$1–$2/share"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fig.Compact(); got != tt.want {
				t.Errorf("Compact() = %q, want %q", got, tt.want)
			}
		})
	}
}
