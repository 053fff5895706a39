package sanitize

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"charm.land/glamour/v2"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// C0 controls, CR and DEL.
		{"plain text unchanged", "Kenya will deploy 600 officers.\n\tNext line.", "Kenya will deploy 600 officers.\n\tNext line."},
		{"NUL and BEL removed", "a\x00b\x07c", "abc"},
		{"backspace overwrite removed", "safe\x08\x08\x08\x08evil", "safeevil"},
		{"CRLF becomes LF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR removed", "visible\rhidden", "visiblehidden"},
		{"vertical tab and form feed removed", "a\vb\fc", "abc"},
		{"DEL removed", "a\x7fb", "ab"},

		// Escape sequences, removed whole.
		{"CSI colour", "\x1b[31mred\x1b[0m text", "red text"},
		{"CSI cursor move with intermediates", "a\x1b[2;5Hb\x1b[?25lc\x1b[1 qd", "abcd"},
		{"CSI clear screen", "\x1b[2J\x1b[Hhello", "hello"},
		{"OSC title with BEL", "\x1b]0;pwned\x07title", "title"},
		{"OSC hyperlink with ST", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"OSC 52 clipboard write", "x\x1b]52;c;cm0gLXJmIH4K\x07y", "xy"},
		{"OSC with 8-bit ST", "a\x1b]2;t\u009cb", "ab"},
		{"unterminated OSC ends at the line", "a\x1b]0;title\nnext line", "a\nnext line"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC PM SOS", "a\x1b_Gf=100\x1b\\b\x1b^pm\x1b\\c\x1bXsos\x1b\\d", "abcd"},
		{"two-character sequences", "a\x1b7b\x1b8c\x1bcd\x1b(Be\x1b#8f", "abcdef"},
		{"ESC at end", "text\x1b", "text"},
		{"ESC before non-ASCII", "a\x1bé", "aé"},

		// C1 controls, 8-bit introducers.
		{"C1 NEL removed", "a\u0085b", "ab"},
		{"8-bit CSI with its sequence", "a\u009b31mb", "ab"},
		{"8-bit OSC with its string", "a\u009d0;title\u0007b", "ab"},
		{"stray 8-bit ST", "a\u009cb", "ab"},

		// Bidi controls and marks.
		{"RLO override", "file\u202Etxt.exe", "filetxt.exe"},
		{"embeddings and PDF", "a\u202Ab\u202Bc\u202Cd\u202De", "abcde"},
		{"isolates", "a\u2066b\u2067c\u2068d\u2069e", "abcde"},
		{"LRM RLM ALM", "a\u200Eb\u200Fc\u061Cd", "abcd"},

		// Zero-width and invisible format characters.
		{"zero-width space", "pass\u200Bword", "password"},
		{"word joiner and BOM", "\uFEFFa\u2060b", "ab"},
		{"invisible operators", "a\u2062b\u2064c", "abc"},
		{"tag characters", "hi\U000E0041\U000E0042", "hi"},
		{"ZWJ between Latin letters", "a\u200Db", "ab"},
		{"ZWNJ between Latin letters", "a\u200Cb", "ab"},
		{"ZWJ in emoji family", "👨\u200D👩\u200D👧", "👨👩👧"},
		{"ZWNJ in Persian kept", "می\u200Cخواهم", "می\u200Cخواهم"},
		{"ZWJ in Devanagari conjunct kept", "क्\u200Dष", "क्\u200Dष"},
		{"ZWNJ at end of Persian word removed", "می\u200C", "می"},

		// Combining marks.
		{"eight marks kept", "e" + strings.Repeat("\u0301", 8) + "x", "e" + strings.Repeat("\u0301", 8) + "x"},
		{"zalgo cut to eight", "e" + strings.Repeat("\u0301", 40) + "x", "e" + strings.Repeat("\u0301", 8) + "x"},
		{"marks counted across removed controls", "e" + strings.Repeat("\u0301", 5) + "\x00" + strings.Repeat("\u0301", 5), "e" + strings.Repeat("\u0301", 8)},

		// Character references.
		{"decimal ESC reference", "&#27;[31mred", "red"},
		{"hex ESC reference", "&#x1b;[31mred", "red"},
		{"upper-case hex", "&#X1B;[0m.", "."},
		{"no semicolon, leading zeros", "&#0027[2Jok", "ok"},
		{"double-encoded", "a&amp;#27;b", "ab"},
		{"triple-encoded", "a&amp;amp;#x1b;b", "ab"},
		{"reference to RLO", "file&#x202E;gpj.exe", "filegpj.exe"},
		{"reference to CR", "a&#13;b", "ab"},
		{"reference to zero-width space", "a&#8203;b", "ab"},
		{"reference to 8-bit CSI", "a&#x9b;31mb", "ab"},
		{"huge reference saturates", "a&#99999999999999999999;b", "a&#99999999999999999999;b"},
		{"reference assembled by removal", "&\x00#27;x", "x"},
		{"nested assembled references", "&&#27;#27;x", "x"},
		{"amp assembled around removal", "&a&#27;mp;#27;x", "x"},
		{"named references to invisible characters", "a&zwj;b&lrm;c&ZeroWidthSpace;d&NoBreak;e", "abcde"},
		{"double-encoded named reference", "a&amp;rlm;b", "ab"},
		{"named reference assembled by removal", "&z\x00wj;x", "x"},
		{"amp assembled into a named reference", "&a&lrm;mp;lrm;x", "x"},
		{"ordinary named references kept", "&eacute; &nbsp; &copy; &ZWJ; &lrm &unknownname;", "&eacute; &nbsp; &copy; &ZWJ; &lrm &unknownname;"},
		{"ordinary references kept", "AT&amp;T &#233; &#10; &lt;b&gt; Q&A &#", "AT&amp;T &#233; &#10; &lt;b&gt; Q&A &#"},
		{"newline and tab references kept", "a&#10;b&#x9;c", "a&#10;b&#x9;c"},

		// Other.
		{"line separators become newlines", "a\u2028b\u2029c", "a\nb\nc"},
		{"invalid UTF-8 replaced", "a\xffb\xc0\xafc", "a\uFFFDb\uFFFDc"},
		{"private use kept", "icon \uE0A0 here", "icon \uE0A0 here"},
		{"variation selector kept", "❤\uFE0F", "❤\uFE0F"},
		{"Mongolian vowel separator", "a\u180Eb", "ab"},
		{"soft hyphen", "co\u00ADop", "coop"},
		{"Hangul filler", "\u3164name\uFFA0", "name"},
		{"combining grapheme joiner", "a\u034Fb", "ab"},
		{"astral format character", "a\U0001D173b\U000110BDc", "abc"},
		{"run of variation selectors cut to one", "❤\uFE0F\uFE00\uFE01\U000E0100x", "❤\uFE0Fx"},
		{"variation selector at the start", "\uFE0Fa", "a"},
		{"reference to a variation selector", "a&#xFE0F;b", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if again := Text(got); again != got {
				t.Errorf("not idempotent: Text(%q) = %q", got, again)
			}
		})
	}
}

// TestSanitizeRemovesWholeInvisibleClasses: every character of the Unicode
// format class (Cf) and every default-ignorable code point goes, whatever
// it is (U+180E once got through because it was missing from a list); the
// joiners and variation selectors kept in real text are the only ones that
// may stay, in their places.
// TestVariationSelectorNeedsACharacter: a variation selector after white
// space or at the start selects nothing, and goes (a search query made of
// one once read back differently: "x \u180b" kept it, "\u180b" did not).
func TestVariationSelectorNeedsACharacter(t *testing.T) {
	for in, want := range map[string]string{
		"x \u180b":        "x ",
		"\u180b":          "",
		"a\n\ufe0f":       "a\n",
		"\u2764\ufe0f ok": "\u2764\ufe0f ok",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
		if got := Text(Line(in)); got != Line(in) {
			t.Errorf("Line(%q) = %q is not clean again", in, Line(in))
		}
	}
}

func TestSanitizeRemovesWholeInvisibleClasses(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector) {
			continue
		}
		in := "a" + string(r) + string(r) + "b"
		got := Text(in)
		want := "ab"
		if unicode.Is(unicode.Variation_Selector, r) {
			want = "a" + string(r) + "b"
		}
		if got != want {
			t.Errorf("Text(%q) = %q, want %q (U+%04X)", in, got, want, r)
		}
		if p := Problem("a" + string(r) + "b"); p == "" && !unicode.Is(unicode.Variation_Selector, r) {
			t.Errorf("Problem misses U+%04X", r)
		}
	}
}

// Real text in other scripts reaches the analyst exactly as written.
func TestSanitizeKeepsRealText(t *testing.T) {
	texts := map[string]string{
		"Arabic":   "قالت الأمم المتحدة إن أكثر من 700 ألف شخص نزحوا من ديارهم.",
		"Persian":  "سازمان ملل می\u200Cگوید بیش از ۷۰۰ هزار نفر آواره شده\u200Cاند.",
		"Hebrew":   "האו\"ם אמר כי יותר מ-700 אלף בני אדם נעקרו מבתיהם.",
		"Cyrillic": "Більше 700 тисяч людей були змушені покинути свої домівки.",
		"Chinese":  "联合国表示，超过70万人被迫逃离家园。",
		"Japanese": "国連によると、70万人以上が避難を余儀なくされた。",
		"Korean":   "유엔은 70만 명 이상이 집을 떠나야 했다고 밝혔다.",
		"Hindi":    "संयुक्त राष्ट्र ने कहा कि 7 लाख से अधिक लोग विस्थापित हुए।",
		"Thai":     "สหประชาชาติระบุว่ามีผู้พลัดถิ่นกว่า 700,000 คน",
		"Amharic":  "የተባበሩት መንግስታት ከ700,000 በላይ ሰዎች ተፈናቅለዋል ብሏል።",
		"Emoji":    "Flags 🇭🇹 🇰🇪, skin tone 👍🏽, keycap 1️⃣, heart ❤️.",
		"Accents":  "Côte d’Ivoire, São Tomé, Curaçao — “quoted” ‘text’ … €5",
		"Vietnam":  "Việt Nam: Hội đồng Bảo an Liên Hợp Quốc",
		"Markdown": "## Heading\n\n> quote\n\n- item & more\n\n`code`\t[link](https://example.org)\n",
	}
	for name, s := range texts {
		if got := Text(s); got != s {
			t.Errorf("%s changed:\n got %q\nwant %q", name, got, s)
		}
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kenya to send 600 officers", "Kenya to send 600 officers"},
		{"  Kenya\r\nto\tsend  600\n", "Kenya to send 600"},
		{"\x1b]0;evil\x07Title\u202E", "Title"},
		{"a\u2028b", "a b"},
		{"non\u00a0breaking", "non breaking"},
		{"", ""},
		{"\x1b[31m\n\n", ""},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Clean text is returned as it is, without a copy.
func TestSanitizeCleanAllocatesNothing(t *testing.T) {
	body := strings.Repeat("Kenya will deploy 600 officers — “next month”, said Ruto. AT&amp;T 联合国\n", 100)
	allocs := testing.AllocsPerRun(10, func() {
		_ = Text(body)
		_ = Line("A clean title")
		_ = Markdown(body)
	})
	if allocs > 0 {
		t.Errorf("clean text allocated %v times per run", allocs)
	}
}

func TestSanitizeMarkdown(t *testing.T) {
	deepQuote := strings.Repeat("> ", 30) + "deep\n"
	deepList := strings.Repeat("- ", 30) + "deep\n"
	tests := []struct {
		name, in, want string
	}{
		{"ordinary markdown unchanged",
			"# Title\n\nText with [a link](https://example.org \"t\") and <https://un.org>.\n\n> quote\n>> nested\n\n- a\n  - b\n\n1. one\n2. two\n\n---\n\n* * *\n\n[ref]: http://example.org\n",
			"# Title\n\nText with [a link](https://example.org \"t\") and <https://un.org>.\n\n> quote\n>> nested\n\n- a\n  - b\n\n1. one\n2. two\n\n---\n\n* * *\n\n[ref]: http://example.org\n"},
		{"blockquotes flattened to 20", deepQuote, strings.Repeat("> ", 20) + "deep\n"},
		{"quotes without spaces flattened", strings.Repeat(">", 80) + "x", strings.Repeat(">", 20) + "x"},
		{"lists flattened to 20", deepList, strings.Repeat("- ", 20) + "deep\n"},
		{"mixed containers flattened", strings.Repeat("> 1. ", 15) + "x", strings.Repeat("> 1. ", 10) + "x"},
		{"indentation capped", strings.Repeat(" ", 100) + "- x\n", strings.Repeat(" ", 40) + "- x\n"},
		{"twenty levels kept", strings.Repeat("> ", 20) + "x", strings.Repeat("> ", 20) + "x"},
		{"long thematic break kept", strings.Repeat("- ", 30) + "\n", strings.Repeat("- ", 30) + "\n"},
		{"javascript link unlinked", "see [the report](javascript:alert(1)) now", "see the report now"},
		{"file link unlinked", "[x](file:///etc/passwd \"title\")", "x"},
		{"relative link unlinked", "[x](/path) [y](#anchor)", "x y"},
		{"angle destination", "[x](<javascript:a b>)", "x"},
		{"mailto kept", "[mail](mailto:desk@example.org)", "[mail](mailto:desk@example.org)"},
		{"upper-case scheme kept", "[x](HTTPS://EXAMPLE.ORG)", "[x](HTTPS://EXAMPLE.ORG)"},
		{"entity-spelled scheme unlinked", "[x](javascript&colon;alert(1))", "x"},
		{"image unlinked", "![chart](data:image/png;base64,AAAA)", "chart"},
		{"nested image in link", "[![i](javascript:a)](javascript:b)", "i"},
		{"link text across lines", "[two\nlines](vbscript:x)", "two\nlines"},
		{"link across an empty list marker", "[a\n1.\nb](javascript:x)\n", "a\n1.\nb\n"},
		{"link across a lone star", "[a\n*\nb](javascript:x)\n", "a\n*\nb\n"},
		{"link in quote across lines", "> [two\n> lines](vbscript:x)", "> two\n> lines"},
		{"reference definition dropped", "[x][r] and [r]\n\n[r]: javascript:alert(1)\n", "x and r\n\n\n"},
		{"collapsed reference", "[R][]\n\n[r]: <ftp://x>\n", "R\n\n\n"},
		{"definition with destination on next line", "[r]\n\n[r]:\n  javascript:x\n", "r\n\n\n"},
		{"definition with label over two lines", "[r s]\n\n[r\ns]: javascript:x\n", "r s\n\n\n"},
		{"definition in a quote, destination below", "[r]\n\n> [r]:\n> javascript:x\n", "r\n\n> \n"},
		{"bracket over a blank line is no label", "[r\n\ns]: javascript:x\n", "[r\n\ns]: javascript:x\n"},
		{"label matched with full case folding", "[STRASSE]\n\n[straße]: javascript:x\n", "STRASSE\n\n\n"},
		{"good reference kept", "[x][r]\n\n[r]: https://example.org\n", "[x][r]\n\n[r]: https://example.org\n"},
		{"autolink to refused scheme", "x <javascript:alert(1)> y", "x javascript:alert(1) y"},
		{"ftp autolink", "<ftp://example.org/f>", "ftp&#58;//example.org/f"},
		{"email autolink kept", "<desk@example.org>", "<desk@example.org>"},
		{"bare ftp URL not linkified", "get ftp://example.org/f now", "get ftp&#58;//example.org/f now"},
		{"link in code span untouched", "`[x](javascript:y)` and [z](javascript:w)", "`[x](javascript:y)` and z"},
		{"link in fenced code untouched", "```\n[x](javascript:y)\n```\n", "```\n[x](javascript:y)\n```\n"},
		{"link in fenced code in a list untouched", "- ```\n  [x](javascript:y)\n  ```\n", "- ```\n  [x](javascript:y)\n  ```\n"},
		{"link in fenced code in a quote untouched", "> ~~~\n> [x](javascript:y)\n", "> ~~~\n> [x](javascript:y)\n"},
		{"quote ends an unclosed fence", "> ```\n\n[x](javascript:y)\n", "> ```\n\nx\n"},
		{"list item ends an unclosed fence", "- ```\n[x](javascript:y)\n", "- ```\nx\n"},
		// Indented code cannot be told from list or definition content
		// without a full parser: links there are unlinked too.
		{"link in indented block unlinked", "Term\n: definition\n\n    [x](javascript:y)\n", "Term\n: definition\n\n    x\n"},
		{"escaped brackets are not links", `\[x\](javascript:y)`, `\[x\](javascript:y)`},
		{"crowded paragraph read as text", strings.Repeat("*a_[", 134), strings.Repeat(`\*a\_\[`, 134)},
		{"only the crowded paragraph is escaped", "- x\n" + strings.Repeat("* [a](javascript:b)\n", 3) + "p " + strings.Repeat("*", 401),
			"- x\n* a\n* a\n* \\[a\\](javascript:b)\np " + strings.Repeat(`\*`, 401)},
		{"indented item continues a paragraph", "[a\n    - b](javascript:x)\n", "a\n    - b\n"},
		{"a label without destination is text, kept", "[]()[0]:\n\n[1]:\nnext", "[0]:\n\n"},
		{"controls removed too", "\x1b[31m[x](https://a.org)\x1b[0m", "[x](https://a.org)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Markdown(tt.in)
			if got != tt.want {
				t.Errorf("Markdown(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if again := Markdown(got); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

// hostileMarkdown returns documents built to stall or hijack a renderer.
func hostileMarkdown() map[string]string {
	var indented strings.Builder
	for i := range 80 {
		indented.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	return map[string]string{
		"80 nested quotes":       strings.Repeat("> ", 80) + "deep\n",
		"200 quote markers":      strings.Repeat(">", 200) + "deep\n",
		"80 nested list markers": strings.Repeat("- ", 80) + "deep\n",
		"80 indented levels":     indented.String(),
		"mixed containers":       strings.Repeat("> 1. - ", 40) + "deep\n",
		"unclosed links":         strings.Repeat("[a](x", 64<<10/5),
		"unclosed links by line": "p\n" + strings.Repeat("2. [a](x\n", 64<<10/9),
		"emphasis delimiters":    strings.Repeat("*a_", 64<<10/3),
		"nested brackets":        strings.Repeat("[", 32<<10) + strings.Repeat("](javascript:x)", 2<<10),
		"escapes and links":      strings.Repeat("\x1b[31m[x](javascript:a) <javascript:b> ftp://c.org/d [ok](https://e.org) &#27;[2J ", 200),
	}
}

// A hostile document renders through glamour in bounded time once
// sanitized, and the result holds no link to a refused scheme.
func TestSanitizeMarkdownRendersHostileDocuments(t *testing.T) {
	// The check below can see a bad link: the raw document renders some.
	raw := renderWithin(t, hostileMarkdown()["escapes and links"], 30*time.Second)
	if !slices.ContainsFunc(hyperlinks(raw), func(u string) bool { return !allowedLink(u) }) {
		t.Fatal("raw hostile links render no refused hyperlink: the check below would be blind")
	}
	for name, doc := range hostileMarkdown() {
		t.Run(name, func(t *testing.T) {
			out := renderWithin(t, Markdown(doc), 30*time.Second)
			for _, u := range hyperlinks(out) {
				if u != "" && !allowedLink(u) {
					t.Errorf("rendered a hyperlink to %q", u)
				}
			}
		})
	}
}

// A briefing full of escape sequences, references and bidi controls
// renders with none of them: what reaches the terminal holds only
// glamour's own styling and hyperlinks to allowed schemes.
func TestSanitizedMarkdownRendersNoControls(t *testing.T) {
	doc := "# Title \x1b]0;owned\x07\n\n" +
		"Red \x1b[31mtext\x1b[0m, clear \x1b[2J, bell \a, RLO \u202Eevil\u202C, ZWSP pass\u200Bword.\n\n" +
		"Refs: &#27;[31m &#x1b;]0;t&#7; &#x202E; &#8203; &zwj; &lrm; &ZeroWidthSpace; &#0027;[2J\n\n" +
		"> [quoted link](javascript:alert(1)) and <vbscript:x> and [ok](https://example.org)\n\n" +
		"- item \u009b31m C1 \u0085 \x7f del\n"
	render := func(md string) string {
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(80))
		if err != nil {
			t.Fatal(err)
		}
		out, err := r.Render(md)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// glamour's own hyperlinks are checked apart, then dropped.
	if Problem(osc8.ReplaceAllString(render(doc), "")) == "" {
		t.Fatal("the raw document renders clean: this test would prove nothing")
	}
	out := render(Markdown(doc))
	for _, u := range hyperlinks(out) {
		if u != "" && !allowedLink(u) {
			t.Errorf("hyperlink to %q", u)
		}
	}
	if problem := Problem(osc8.ReplaceAllString(out, "")); problem != "" {
		t.Errorf("rendered sanitized document holds a %s:\n%q", problem, out)
	}
}

var osc8 = regexp.MustCompile("\x1b]8;[^\a\x1b]*(\a|\x1b\\\\)")

// hyperlinks returns the targets of the OSC 8 hyperlinks in rendered output.
func hyperlinks(out string) []string {
	var urls []string
	for _, part := range strings.Split(out, "\x1b]8;")[1:] {
		_, rest, _ := strings.Cut(part, ";")
		u, _, _ := strings.Cut(rest, "\a")
		urls = append(urls, u)
	}
	return urls
}

// renderWithin renders md with glamour and fails the test if that takes
// longer than limit (a generous bound: a hang, not a slow machine).
func renderWithin(t *testing.T, md string, limit time.Duration) string {
	t.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := r.Render(md)
		done <- result{out, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			t.Fatalf("render: %v", res.err)
		}
		return res.out
	case <-ctx.Done():
		t.Fatalf("rendering did not finish within %v", limit)
		return ""
	}
}

func BenchmarkSanitize(b *testing.B) {
	para := "Nairobi: Kenya will deploy an additional 600 police officers to Haiti next month, President William Ruto announced on Friday — “the fight against gangs is a battle we can win.” AT&amp;T.\n\n"
	cases := map[string]string{
		"clean-1MB":       strings.Repeat(para, 1<<20/len(para)),
		"clean-cjk-1MB":   strings.Repeat("联合国表示，超过70万人被迫逃离家园。Більше 700 тисяч людей.\n", 1<<20/86),
		"dirty-1MB":       strings.Repeat(para+"\x1b[31m&#27;\u202E\u200B", 1<<20/(len(para)+14)),
		"markdown-1MB":    strings.Repeat("## Heading\n\n"+para+"> quoted [link](https://example.org) and `code`.\n\n- item\n", 1<<20/(len(para)+80)),
		"markdown-bad-1M": strings.Repeat("> [x](javascript:a) <ftp://b> "+para, 1<<20/(len(para)+30)),
	}
	for name, s := range cases {
		f := Text
		if strings.HasPrefix(name, "markdown") {
			f = Markdown
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				_ = f(s)
			}
		})
	}
}

// TestEscapeReferenceRemovesOnlyItself: an escape written as a character
// reference ("&#27;]", "&#x1b;]") is removed, and nothing after it: the
// link text, definition, image, table cell or link that follows on its line
// reaches the analyst as if the reference had never been there.
// TestEncodedControlStringRemovedThroughItsEnd: a control string whose
// introducer and terminator are both written as references, on one line,
// is hostile text from end to end and goes whole; what follows it stays.
func TestEncodedControlStringRemovedThroughItsEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Before &#27;]0;title&#7; after", "Before  after"},
		{"&#27;]8;;https://evil.example/&#27;\\link text [next](https://example.org)", "link text [next](https://example.org)"},
		{"&amp;#x1b;]0;title&amp;#7; after", " after"},
		{"x &#x1b;]2;t\x07 y", "x  y"},
		{"x &#27;P1$r&#x9c; y", "x  y"},
		{"&#27;]0;title and more", "]0;title and more"},
		{"&#27;]0;x\nnext &#7;", "]0;x\nnext "},
		{"&#27;]0;" + strings.Repeat("a", 300) + "&#7;z", "]0;" + strings.Repeat("a", 300) + "z"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeReferenceRemovesOnlyItself(t *testing.T) {
	shapes := []struct{ name, md string }{
		{"link text", "See [the report REF] 0;t](https://example.org/r) today.\n"},
		{"link definition", "Read [the report][r].\n\n[rREF]]: https://example.org/r\n[r]: https://example.org/r \"REF]0;title\"\n"},
		{"image", "![map REF]](https://example.org/map.png) of the front\n"},
		{"table cells", "| town | REF]0; dead | wounded |\n| --- | --- | --- |\n| Goma REF] | 3,000 | REF]2;x 12 |\n"},
		{"following links", "Sources REF]0;x: [UN](https://un.org) and [ICRC](https://icrc.org) and <https://msf.org>.\n"},
		{"line after an unclosed OSC opener", "REF]8;;https://evil.example/ link text [next](https://example.org)\n"},
	}
	for _, ref := range []string{"&#27;", "&#x1b;", "&#X1B;", "&#0027", "&amp;#27;", "&#x9d;", "&#x90;"} {
		for _, sh := range shapes {
			t.Run(ref+" in "+sh.name, func(t *testing.T) {
				in := strings.ReplaceAll(sh.md, "REF", ref)
				want := Markdown(strings.ReplaceAll(sh.md, "REF", ""))
				if got := Markdown(in); got != want {
					t.Errorf("Markdown(%q)\n got %q\nwant %q", in, got, want)
				}
			})
		}
	}
}
