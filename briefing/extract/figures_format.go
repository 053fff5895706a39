package extract

import (
	"math"
	"strconv"
	"strings"
)

// Compact returns the figure in a few characters for the side panel: its
// qualifier as a sign and its value rounded for reading, such as "≥115",
// "~2,900", ">700K", ">5M", "$4B", "19%", "~½" or "1 yr".
func (f Figure) Compact() string {
	prepare()
	var b strings.Builder
	per := ""
	if base, denom, ok := strings.Cut(f.Unit, " per "); ok && f.Category == Money {
		f.Unit, per = base, denom // "$58.24 per barrel": "$58.24/barrel"
	}
	if f.Qualifier == Range && f.Min != nil && f.Max != nil {
		if f.Category == Duration || f.Unit == "%" {
			b.WriteString(compactNumber(*f.Min)) // "10–14 days", "30–40%"
		} else {
			b.WriteString(f.compactValue(*f.Min))
		}
		b.WriteString("–")
		b.WriteString(f.compactValue(*f.Max))
	} else {
		b.WriteString(f.Qualifier.Sign())
		b.WriteString(f.compactValue(f.Value))
	}
	if per != "" {
		b.WriteString("/" + per)
	}
	return b.String()
}

// compactValue writes one value of the figure with its unit where the unit
// is a sign, a percentage or a duration.
func (f Figure) compactValue(v float64) string {
	switch {
	case f.Category == Duration || f.Timex != "":
		return compactDuration(v, f.Timex, f.Unit)
	case f.Unit == "%":
		return compactNumber(v) + "%"
	case f.Category == Money:
		if sign := currencySymbol(f.Unit); sign != "" {
			return sign + compactNumber(v)
		}
		return compactNumber(v) + " " + f.Unit
	case v > 0 && v < 1:
		if s, ok := vulgar[math.Round(v*1000)/1000]; ok {
			return s
		}
		return compactNumber(math.Round(v*1000)/10) + "%"
	}
	return compactNumber(v)
}

// vulgar are the fractions a reader knows at a glance.
var vulgar = map[float64]string{0.5: "½", 0.333: "⅓", 0.667: "⅔", 0.25: "¼", 0.75: "¾", 0.2: "⅕", 0.125: "⅛"}

// currencySymbol returns the sign for a currency unit: "$", "US$",
// "dollars" are "$"; "A$", "HK$" and "CN¥" are signs of their own.
func currencySymbol(unit string) string {
	u := strings.ToLower(unit)
	switch {
	case u == "$" || u == "us$" || strings.HasPrefix(u, "dollar") || u == "us dollars" || u == "usd":
		return "$"
	case strings.HasSuffix(unit, "$") || strings.HasSuffix(unit, "¥") || strings.HasSuffix(unit, "₵"):
		return unit // "A$", "HK$", "CN¥", "GH₵": another dollar, the yuan, the cedi
	case u == "€" || strings.HasPrefix(u, "euro") || u == "eur":
		return "€"
	case u == "£" || strings.HasPrefix(u, "pound") || u == "gbp" || u == "sterling":
		return "£"
	case len(unit) > 0 && len(unit) <= 4 && !isLatinLetter(unit[0]):
		return unit // "¥", "₦", "₹"
	}
	return ""
}

// compactNumber rounds a value for reading: counts below 100,000 keep every
// digit ("2,900", "46,913"); larger ones read in thousands, millions or
// billions with at most three significant digits ("700K", "1.9M", "18.5B").
func compactNumber(v float64) string {
	neg := v < 0
	v = math.Abs(v)
	var s string
	switch {
	case v >= 1e12:
		s = sig3(v/1e12) + "T"
	case v >= 1e9:
		s = sig3(v/1e9) + "B"
	case v >= 1e6:
		s = sig3(v/1e6) + "M"
	case v >= 1e5 && math.Mod(v, 1000) == 0 || v >= 1e6:
		s = sig3(v/1e3) + "K"
	default:
		s = grouped(v)
	}
	if neg {
		return "-" + s
	}
	return s
}

// sig3 writes v with at most three significant digits and no trailing zeros.
func sig3(v float64) string {
	prec := 2
	switch {
	case v >= 100:
		prec = 0
	case v >= 10:
		prec = 1
	}
	return strconv.FormatFloat(v, 'f', prec, 64)[:trimZeros(strconv.FormatFloat(v, 'f', prec, 64))]
}

func trimZeros(s string) int {
	if !strings.Contains(s, ".") {
		return len(s)
	}
	n := len(s)
	for n > 0 && s[n-1] == '0' {
		n--
	}
	if n > 0 && s[n-1] == '.' {
		n--
	}
	return n
}

// grouped writes v with thousands separators and at most two decimals.
func grouped(v float64) string {
	whole := math.Floor(v)
	frac := v - whole
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac > 0.004 {
		d := strconv.FormatFloat(frac, 'f', 2, 64)
		b.WriteString(d[1:trimZeros(d)])
	}
	return b.String()
}

// compactDuration writes a duration as "1 yr", "6 mo", "42 days".
func compactDuration(v float64, timex, unit string) string {
	n := strconv.FormatFloat(v, 'f', -1, 64)
	one := v == 1
	letter := ""
	if len(timex) > 1 {
		letter = timex[len(timex)-1:]
		if strings.HasPrefix(timex, "PT") {
			letter = "T" + letter
		}
	}
	if name, ok := durationNames[letter]; ok {
		if one {
			return n + " " + name[0]
		}
		return n + " " + name[1]
	}
	return n + " " + unit
}

// durationNames are the short names of TIMEX3 duration units, singular and
// plural.
var durationNames = map[string][2]string{"Y": {"yr", "yrs"}, "M": {"mo", "mo"}, "W": {"wk", "wks"}, "D": {"day", "days"},
	"TH": {"hr", "hrs"}, "TM": {"min", "min"}, "E": {"decade", "decades"}}
