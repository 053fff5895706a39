package extract

// init builds every word list and rule table of the extractor, in one
// place. The order matters: each step adds to the number lexicon the words
// the later ones look up.
func init() {
	ruleBook = append(make([]Rule, 0, 256), inlineRules[:]...)
	buildIrregularPlurals()
	buildPersonTitles()
	buildNumberLexicon()
	buildQualifiers()
	buildTemperatureWords()
	buildUnitWords()
	buildNationalities()
	buildTimexLexicon()
	buildTimexRules()
	buildHolidays()
	buildFigureRules()
	buildRoles()
}
