package extract

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchArticle is a briefing of about 3 KB, written for the benchmark in the
// style of the sample briefings.
const benchArticle = `Gunmen killed at least 115 people in Pont-Sondé last week, local officials said on Wednesday, in one of the deadliest attacks Haiti has seen in recent years. The UN human rights office said on Friday that at least 70 people had been killed and that 16 others were seriously wounded, including gang members hit in an exchange of fire with the police.

## Thousands shelter in Saint-Marc

The International Organization for Migration counted more than 6,000 people who fled Pont-Sondé and surrounding villages, most of them to Saint-Marc on the coast. Nearly a thousand have nowhere to go and are sleeping in a church, a school and on a public square. Aid agencies are handing out water, food and hygiene kits to some 1,500 families.

The massacre adds to a displacement crisis that had already reached over 700,000 people across Haiti, according to IOM, roughly double the figure of six months ago. More than five million Haitians, nearly half the population, face acute food insecurity, and the UN appeal for $674 million is only 40% funded.

Kenya will deploy an additional 600 police officers next month to support the Multinational Security Support mission, President William Ruto said. At least 10 countries have pledged a total of around 2,900 troops, but only about 430 have been deployed since the mission began in June, nearly 400 of them from Kenya. The Security Council approved a one-year extension of the mandate under Resolution 2699 on 30 September 2024.

Police said they had arrested 45 suspected gang members and freed 12 hostages, among them three children, in operations on Route Nationale 1. Between 30 and 40 vehicles were torched. The transitional council is due to hand power to elected authorities by 7 February 2026.

"We need 2,500 more officers, and we need them now," the police chief, Normil Rameau, 52, told reporters at 3 p.m. on Thursday. He said gangs controlled about 80% of the capital and dozens of neighbourhoods outside it, and that the force of roughly 9,000 officers was stretched across 10 departments.

Rights groups say more than 3,600 people were killed in gang violence in the first half of 2024, up from 2,500 in the same period last year, and that kidnappings rose by 20%. The government has asked donors for a further €30 million to equip the force, and the United States has pledged US$ 60 million over two years. A 15-member commission will review the mission's rules of engagement within 90 days.
`

// benchText repeats the paragraphs of benchArticle to size bytes, rotating
// their digits each time so that figures and deduplication keep changing.
func benchText(size int) string {
	var b strings.Builder
	b.Grow(size + len(benchArticle))
	for i := 0; b.Len() < size; i++ {
		b.WriteString(strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '0' + (r-'0'+rune(i))%10
			}
			return r
		}, benchArticle))
		b.WriteString("\n")
	}
	return b.String()[:size]
}

func benchmarkFigures(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	for b.Loop() {
		Figures(text)
	}
	reportCPU(b, start, len(text))
}

// cpuTime is the process's user and system CPU time so far. On a shared
// machine wall-clock ns/op counts time spent waiting for a core; CPU time
// per operation does not, so the benchmarks report both.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds cpu-ns/op and cpu-MB/s, measured from start.
func reportCPU(b *testing.B, start time.Duration, size int) {
	used := cpuTime() - start
	if used <= 0 || b.N == 0 {
		return
	}
	perOp := float64(used.Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp, "cpu-ns/op")
	b.ReportMetric(float64(size)/perOp*1e9/1e6, "cpu-MB/s")
}

// BenchmarkFiguresArticle runs the extractor on a 3 KB briefing.
func BenchmarkFiguresArticle(b *testing.B) { benchmarkFigures(b, benchArticle) }

// BenchmarkFigures1MB runs it on 1 MB of varied news sentences.
func BenchmarkFigures1MB(b *testing.B) { benchmarkFigures(b, benchText(1<<20)) }

// BenchmarkFiguresPathological runs it on 2 MiB inputs built to defeat
// sentence splitting and number parsing: one sentence of numbers, and
// digits with separators and no spaces. Linear time keeps them well under a
// second.
func BenchmarkFiguresPathological(b *testing.B) {
	inputs := map[string]string{
		"numbers-one-sentence": strings.Repeat("1,000 and 2 to 3 or 4 of those, ", 1<<16),
		"digits-no-spaces":     strings.Repeat("1,2.3-4/5", 1<<18)[:2<<20],
		"words":                strings.Repeat("one hundred and twenty thousand and ", 1<<16),
		"blank-lines":          strings.Repeat("\n", 2<<20),
		"open-brackets":        strings.Repeat("(", 2<<20),
		"parts-of-totals":      strings.Repeat("30 people died. 24 died in Goma and 6 died in Beni on Monday. ", 2<<20/62),
		"villages":             strings.Repeat(strings.Repeat("12 villages, ", 1200)+"were flooded. ", 2<<20/15614),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) { benchmarkFigures(b, in) })
	}
}

// BenchmarkNumbers runs the number layer alone on the 3 KB briefing.
func BenchmarkNumbers(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchArticle)))
	start := cpuTime()
	for b.Loop() {
		Numbers(benchArticle)
	}
	reportCPU(b, start, len(benchArticle))
}
