package extract

import "strings"

// numKind is the role a word plays in a number written in words.
type numKind uint8

const (
	nkNone    numKind = iota
	nkUnit            // zero to nine
	nkTeen            // ten to nineteen
	nkTens            // twenty, thirty ... ninety
	nkHundred         // hundred
	nkScale           // thousand, million, billion, trillion, lakh, crore
	nkDozen           // dozen, dozens after a number ("3 dozens")
	nkVague           // dozens, hundreds, thousands, tens, scores: a vague count
	nkOrdinal         // first, third, fifths: ordinals and fraction denominators
	nkHalf            // half, halves
	nkQuarter         // quarter, quarters
	nkArticle         // a, an
	nkAnd             // and
	nkPoint           // point, as in "two point five"
	nkMinus           // minus, negative
)

// wordClass is a set of grammatical and domain classes of a word.
type wordClass uint32

const (
	clsStop       wordClass = 1 << iota // ends a counted noun phrase
	clsDet                              // the, this, those, each ...
	clsAux                              // is, were, have, will ...
	clsMonth                            // January, Jan ...
	clsWeekday                          // Monday ...
	clsAdj                              // additional, more, other, new: skipped before the head noun
	clsPronoun                          // those, them, these: a partitive that refers back
	clsNameHead                         // Resolution, Article, Flight: a number after it is a name
	clsTimeOfDay                        // am, pm, GMT, hrs: a number before it is a time
	clsQuantifier                       // several, few, many: before a vague scale
	clsDurKey                           // mandate, extension, truce: a duration that belongs in the panel
	clsPerson                           // people, civilians ... generic people nouns
	clsRate                             // each, every, per: after a number, a rate
	clsNotNoun                          // words that are never the counted noun (adverbs, verbs)
	clsGeneric                          // additional, more, other: adjectives left out of the unit
)

// trigger strengths: how surely a context word decides a figure's category.
const (
	trigNone   uint8 = iota
	trigStrong       // killed, displaced, arrested: an event word
	trigWeak         // mission, aid, forces: a topic word
)

// numLex is what the extractor knows about one lower-case word.
type numLex struct {
	// The fields every token's tests read come first, so that they share
	// the entry's first 64 bytes: the figurer reads them for each word of
	// a sentence.
	w   string
	cls wordClass
	num numKind
	// trig is the strength of the signal of cat in context.
	trig uint8
	// marks are the words set once the lexicon is complete, so that the
	// figurer tests a flag where it would look a word up.
	marks lexMark
	// currency and dimension units, when the word is one.
	currency bool
	dim      bool
	percent  bool
	// injury marks words of injury (wounded, injured), which count a
	// different event from the dead.
	injury bool
	// party marks nouns of those who speak or take part ("officials",
	// "coups"), whose counts are not key figures.
	party bool
	// irregular marks plurals that do not end in s: people, police, men.
	irregular bool
	// funding marks the words of fundingWords, set with the marks.
	funding bool
	// protest marks the verbs of protestWords (protestAfter), in the
	// byte the flags above leave free: the marks are full.
	protest bool
	// r21 marks the words of figures_role21.go: the verbs of noFateVerbs
	// (r21Seeing), which meet or show the people they count, and the
	// nouns of vehicleNouns (r21Vehicle), which count no people.
	r21 uint8
	// ref is the entry's slot in lexTable, set when the table is built.
	ref lexRef
	// role is the role the word names ("wounded": injured), if it names
	// one (figures_role.go).
	role Role
	// change is the direction a word of change names (changeWords).
	change Change
	val    float64  // value of a number word; multiplier of a scale
	cat    Category // category the word signals, if any
	head   Category // category when the word is the counted noun itself
	// mult is the multiplier of a suffix such as "k", "bn" or "m".
	mult float64
	// timeUnit is the TIMEX3 unit letter of a time unit ("Y", "M", "W", "D", "H", "MIN").
	timeUnit string
	// qualBefore and qualAfter are the qualifier phrases the word ends
	// before a number and starts after one (qualifiersBefore,
	// qualifiersAfter), set with the marks.
	qualBefore, qualAfter []qualPhrase
}

// lexMark flags what a word is to the figurer's scans. The marks from
// markSupersede on are the words the key and role checks look for
// (figures_clause.go): the figurer ORs the marks of a sentence's words
// once, so that a check whose word the sentence lacks costs nothing per
// figure. The marks from markRoleWord on are set from the finished
// lexicon (markLexicon), so that the sentence's pass over its words tests
// one flag for what it indexes.
type lexMark uint32

const (
	markChangeFiller lexMark = 1 << iota // changeFillers: "has risen sharply by"
	markClauseBreak                      // clauseBreakWords: "and", "that", "while"
	markRoleStop                         // roleStopWords: "that", "after", "including"
	markNationality                      // nationality: "Swiss", "Australian"
	markSupersede                        // initially, earlier: superseded
	markSeverity                         // critically, critical: severityPart
	markReturn                           // returned, gone: returnedHome
	markBaseline                         // short, down, up, compared, contrast: baselineBefore (baselineWords)
	markRoleWord                         // a word that names a role (numLex.role): rolesIn
	markTrigger                          // a word that signals a category (numLex.trig): the sentence's triggers
	markPhrase                           // of, every, each, per: phraseAt
	markLossWord                         // without, lost, fell, away: withoutRole and passedAway (lossWords)
	markChange                           // a verb of change (changeOfWord): figureChange
	markNumStart                         // a number word or quantifier: a number may start at it (mayStartNumber)
	markFrom                             // from: fromBaseline
	markDeath                            // a word of death (role killed): deathAtRisk
	markThreshold                        // a verb of threshold or nearing, "past", "beyond": thresholdQualifier
	markModal                            // could, may, might: projection
	markSentenced                        // a verb of a court or a charge (sentenceVerbs): sentencedPeople
	markComplement                       // a word complementWord reads (dead, missing, homeless): complementRole
	markSubject                          // number, unemployment, employment, claimant: subjectCount (number_counted.go)
	markStoryPart                        // separate, meanwhile, hospital, received: partWords (storyPartWords)
	// markBottomEnd is not a mark: the first bit past this list, under
	// the marks figures_key6.go sets from the top bit down
	// (TestKey6MarksFree fails when the two meet).
	markBottomEnd
)

var numLexicon = map[string]*numLex{}

// numLexEntry returns the lexicon entry of w, creating it when absent.
func numLexEntry(w string) *numLex {
	e := numLexicon[w]
	if e == nil {
		e = &numLex{w: w}
		numLexicon[w] = e
	}
	return e
}

func lexClass(c wordClass, words string) {
	for _, w := range strings.Fields(words) {
		numLexEntry(w).cls |= c
	}
}

func lexTrigger(cat Category, strength uint8, words string) {
	for _, w := range strings.Fields(words) {
		e := numLexEntry(w)
		e.cat, e.trig = cat, strength
	}
}

func lexHead(cat Category, words string) {
	for _, w := range strings.Fields(words) {
		numLexEntry(w).head = cat
	}
}

var numUnitWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
var numTeenWords = []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var numTensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var numUnitOrdinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
var numTeenOrdinals = []string{"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
var numTensOrdinals = []string{"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}

// buildNumberLexicon adds the number words, scales and triggers to the lexicon.
func buildNumberLexicon() {
	setNum := func(w string, k numKind, v float64) {
		e := numLexEntry(w)
		e.num, e.val = k, v
	}
	for i, w := range numUnitWords {
		setNum(w, nkUnit, float64(i))
	}
	setNum("nought", nkUnit, 0)
	setNum("naught", nkUnit, 0)
	setNum("oh", nkNone, 0)
	for i, w := range numTeenWords {
		setNum(w, nkTeen, float64(10+i))
	}
	for i, w := range numTensWords {
		if w != "" {
			setNum(w, nkTens, float64(10*i))
		}
	}
	setNum("fourty", nkTens, 40)
	for i, w := range numUnitOrdinals {
		if w != "" {
			setNum(w, nkOrdinal, float64(i))
			setNum(w+"s", nkOrdinal, float64(i))
		}
	}
	for i, w := range numTeenOrdinals {
		setNum(w, nkOrdinal, float64(10+i))
		setNum(w+"s", nkOrdinal, float64(10+i))
	}
	for i, w := range numTensOrdinals {
		if w != "" {
			setNum(w, nkOrdinal, float64(10*i))
			setNum(w+"s", nkOrdinal, float64(10*i))
		}
	}
	for w, v := range map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12} {
		setNum(w, nkOrdinal, v)
		setNum(w+"s", nkOrdinal, v)
	}
	setNum("hundred", nkHundred, 100)
	for w, v := range map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7} {
		setNum(w, nkScale, v)
	}
	setNum("dozen", nkDozen, 12)
	setNum("dz", nkDozen, 12)
	setNum("dzs", nkDozen, 12)
	setNum("doz", nkDozen, 12)
	setNum("dozs", nkDozen, 12)
	for w, v := range map[string]float64{"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10, "scores": 20} {
		setNum(w, nkVague, v)
	}
	setNum("half", nkHalf, 2)
	setNum("halves", nkHalf, 2)
	setNum("quarter", nkQuarter, 4)
	setNum("quarters", nkQuarter, 4)
	setNum("a", nkArticle, 1)
	setNum("an", nkArticle, 1)
	setNum("and", nkAnd, 0)
	setNum("point", nkPoint, 0)
	setNum("minus", nkMinus, 0)
	setNum("negative", nkMinus, 0)

	// Multiplier suffixes written after digits: "10k", "3.6m", "$4bn", "2mil".
	for w, v := range map[string]float64{"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
		"b": 1e9, "bn": 1e9, "bln": 1e9, "g": 1e9, "t": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12} {
		numLexEntry(w).mult = v
	}

	for w, u := range map[string]string{"year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
		"week": "W", "weeks": "W", "day": "D", "days": "D", "hour": "H", "hours": "H", "hr": "H", "hrs": "H",
		"minute": "MIN", "minutes": "MIN", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
		"night": "D", "nights": "D", "weekend": "WE", "fortnight": "W2", "seconds": "S", "secs": "S"} {
		numLexEntry(w).timeUnit = u
	}

	for _, w := range strings.Fields(`dollar dollars cent cents pence penny pennies euro euros pound pounds sterling yen yuan
		renminbi franc francs peseta pesetas markka guilder guilders rupee rupees ruble rubles rouble roubles shilling shillings
		gourde gourdes naira rand birr dinar dinars dirham dirhams riyal riyals rial rials shekel shekels lira liras hryvnia hryvnias
		peso pesos real reais won rupiah ringgit baht taka kwacha cedi cedis usd eur gbp jpy cny chf kes ksh htg ngn zar etb sdg ils
		uah rub inr cad aud rmb btc bitcoin bitcoins satoshi satoshis mxn nzd sgd hkd rs kshs tsh ush`) {
		numLexEntry(w).currency = true
	}
	for _, w := range strings.Fields(`km kms kilometre kilometres kilometer kilometers metre metres meter meters cm mm
		mile miles foot feet ft inch inches yard yards acre acres hectare hectares ha sq square km2 m2 mi
		ton tons tonne tonnes kg kgs kilogram kilograms kilogramme kilogrammes gram grams gramme grammes lb lbs ounce ounces oz
		gallon gallons litre litres liter liters ml barrel barrels mph kph kmph bit bits mb gb tb kb
		dm decimeter decimeters centimetre centimetres centimeter centimeters millimetre millimetres millimeter millimeters
		microgram micrograms microgrammes mcg nautical knots metric cubic tablespoon tablespoons teaspoon teaspoons
		cup cups rad radian radians pint pints quart quarts`) {
		numLexEntry(w).dim = true
	}
	for _, w := range strings.Fields("percent percents percentage percentages pct pc") {
		numLexEntry(w).percent = true
	}

	lexClass(clsDet, `the this that these those which each every any no another its their his her our your my whose what some all both either neither such`)
	lexClass(clsAux, `is are was were be been being am have has had having will would shall should can could may might must do does did`)
	lexClass(clsStop, `of in on at to from by for with into onto across since during after before over under near between within without
		per via through toward towards against about around than as like unlike upon among amid amidst along beyond despite
		and or but nor yet so if while when where whom who which that because although though whereas until unless
		it they them he she we you i there here then also not only just still even already now later soon ago
		is are was were be been being have has had will would shall should can could may might must do does did
		according including each every said says say told reported due`)
	lexClass(clsPronoun, "those them these whom which it us")
	lexClass(clsMonth, `january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec`)
	lexClass(clsWeekday, "monday tuesday wednesday thursday friday saturday sunday")
	lexClass(clsAdj, `additional more other new further extra fresh another armed unarmed suspected alleged estimated reported
		total combined confirmed registered trained elite foreign international local regional national
		young old elderly wounded injured dead missing displaced internally innocent unidentified various different separate
		full whole entire remaining surviving existing active serving heavily lightly poorly well fully newly recently`)
	lexClass(clsNameHead, `resolution resolutions article articles chapter section paragraph flight route highway road camp unit
		brigade battalion division regiment block sector zone phase level grade room gate building platform station lot track protocol
		decree law act order bill amendment item annex appendix page pages figure table exit division corps squadron fleet army group
		version
		district ward lane street avenue plot hangar terminal runway pillar goal stage round game match verse psalm surah`)
	lexClass(clsTimeOfDay, "am pm gmt utc hrs hours h oclock est edt cet eat wat cat bst")
	lexClass(clsQuantifier, "several few many couple numerous countless")
	lexClass(clsDurKey, `mandate mandates extension extensions extend extended extending extends renew renewed renewal renewing
		truce ceasefire ceasefires phase deal agreement moratorium suspension curfew lockdown pause halt deadline ultimatum
		captivity transition transitional authorised authorized withdraw withdrawal giving given gave`)
	lexClass(clsPerson, `people persons person civilians civilian residents individuals men women children boys girls villagers
		migrants families households inhabitants citizens haitians pupils students schoolchildren workers members fighters
		militants rebels insurgents jihadists seafarers sailors crew inmates journalists doctors nurses patients volunteers
		staff employees farmers herders worshippers passengers victims survivors settlers babies infants teenagers adults
		minors mourners protesters demonstrators voters miners gunmen attackers assailants suspects officials lawmakers
		population populace pilgrims fans guests athletes youths locals nationals relatives parents orphans widows priests
		clerics tourists spectators`)
	lexClass(clsRate, "each every per apiece")
	lexClass(clsNotNoun, `drove went came took left fled met gave made began rose fell ran saw sent spent kept brought fought lost won
		stood sat told found got put set struck hit remain remains face faces need needs live became become
		also only just still even already ago later earlier more less most least very too so then now here there
		again once twice thrice yet instead respectively alone each together apart ahead away back down up out off`)

	// Words the extractor compares by name.
	for _, w := range strings.Fields(`magnitude level category aged age ages out over per cent apiece strong old ago earlier later
		before after by to from time local hour h hr ms millisecond second s square cubic metric sq nautical sterling between
		first latter former other back top bottom no nos nr nrs art para sec vol p pp o clock increase increased increases
		increasing rose risen rise rises rising climbed climb jumped surged soared grew grown swelled doubled tripled raised
		spiked fell fallen fall falls falling dropped drop drops declined decline decreased decrease plunged plummeted slumped
		shrank shrunk dipped cut reduced slashed halved sharply steadily further has had up down measuring richter
		reportedly missing`) {
		numLexEntry(w)
	}
	lexClass(clsStop, "overnight today yesterday tomorrow tonight daily weekly monthly annually last next earlier later ago")
	lexClass(clsGeneric, "additional more other new further extra fresh another estimated reported total combined confirmed registered remaining")

	// Words that decide a figure's category in context.
	lexTrigger(Casualties, trigStrong, `killed kill kills killing dead deaths death died die dies dying fatalities fatality fatal
		casualties casualty injured injuries injuring injure wounded wounding wounds wound hurt massacred massacre slain slaughtered
		murdered murder executed toll lives bodies corpses perished drowned shot beheaded lynched victims stabbed stabbing
		exterminated assassinated butchered gunned`)
	lexTrigger(Other, trigStrong, `surrendered surrender surrendering defected deserted votes voted vote`)
	lexTrigger(Displacement, trigStrong, `displaced displacement displacing displace fled flee fleeing flees refugees refugee idps idp
		evacuated evacuation evacuees uprooted homeless asylum exodus`)
	lexTrigger(Displacement, trigWeak, `shelter sheltering camps camp returnees leave left forced driven crossed returned
		returning return cross crossing forcing`)
	lexTrigger(Deployment, trigStrong, `deployed deploy deploying deployment deployments pledged pledge pledges pledging stationed dispatched
		troops soldiers peacekeepers contingent contingents conscripted mobilised mobilized recruited drafted conscripts recruits`)
	lexTrigger(Deployment, trigWeak, `police officers forces force personnel mission battalion battalions brigade brigades marines
		military army troop send sent sending reinforcements strong boots servicemen reservists mercenaries commit committed contribute`)
	lexTrigger(Humanitarian, trigStrong, `insecurity insecure famine starvation starving hunger hungry malnourished malnutrition
		humanitarian relief stunted stunting`)
	lexTrigger(Humanitarian, trigWeak, "need needs needed")
	lexTrigger(Humanitarian, trigWeak, `aid assistance food cholera rations`)
	lexTrigger(Detention, trigStrong, `arrested arrest arrests detained detention detainees detainee kidnapped kidnapping kidnappings
		abducted abduction abductions hostages hostage captives captive prisoners prisoner jailed imprisoned captured custody
		disappeared captivity kidnappers abductors ransom inmates`)
	lexTrigger(Detention, trigWeak, `freed released release handed seized snatched prison prisons took taken`)
	lexTrigger(Money, trigWeak, `funding budget fund funds appeal donated donation donations grant loan`)

	lexHead(Deployment, `troops soldiers police officers peacekeepers personnel forces marines contingent servicemen reservists
		conscripts recruits brigades battalions
		mercenaries policemen gendarmes paratroopers commandos guards sailors`)
	lexHead(Displacement, "refugees idps evacuees returnees")
	lexHead(Casualties, "victims fatalities casualties")
	lexHead(Detention, "hostages captives prisoners detainees abductees inmates arrests detentions abductions kidnappings")
	for _, w := range strings.Fields("injured injuries injuring injure wounded wounding wounds wound hurt") {
		numLexEntry(w).injury = true
	}
	lexHead(Casualties, "deaths fatalities casualties bodies dead corpses")
}
