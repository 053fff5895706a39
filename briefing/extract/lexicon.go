package extract

import "sync"

// tablesOnce guards buildTables: the tables are built on the first call
// of an entry point of the package (prepare), not as a program that links
// it starts. Every sitrep command links the extractor; building its
// tables cost each of them, the reader's first frame included, about
// 6 ms and 1.1 MB before main ran, for tables only an extraction reads.
var tablesOnce sync.Once

// prepare builds the tables once. Every exported function and method that
// reads them, directly or not, calls it first (TestEntryPointsPrepare
// checks it); the functions they call do not, so the cost is one load per
// call of an entry point, none per word or per figure.
func prepare() { tablesOnce.Do(buildTables) }

// buildTables builds every word list and rule table of the extractor, in
// one place. The order matters: each step adds to the number lexicon the
// words the later ones look up.
func buildTables() {
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
