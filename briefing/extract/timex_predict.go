package extract

// predictedToday reports whether the time at token i, on the day of
// publication, is when an act is predicted: "waves could hit the
// shoreline at 8:30 p.m.", "the storm was forecast to take it near the
// coast Tuesday afternoon", "the storm, set to make landfall on Friday
// morning" in a Friday paper. A report of a forecast is told in the past
// ("authorities said"), but what it foresees later that day has not yet
// happened: it is planned, as "is expected to cross the coast on Tuesday
// morning" already was. The modal must govern an act that news plans or
// foresees ("could see smoke at 8 p.m." is no prediction), and a verb of
// another tense between them dates the time by its own tense.
func (tg *tagger) predictedToday(i int) bool {
	lo, _ := tg.clause(i, i+1)
	for k := i - 1; k > lo && k >= i-predictReach; k-- {
		planned := tg.lowerIn(k, plannedActs)
		if planned && (tg.lowerIn(k-1, predictModals) ||
			tg.w(k-1) == "to" && (tg.lowerIn(k-2, forecastWords) || tg.lowerIn(k-2, planVerbs))) {
			return true
		}
		if !planned && tg.info(k).cue != cueNone {
			return false // a verb of its own: "could hit the town, which was shelled at 8 p.m."
		}
	}
	return false
}

// predictModals foresee the act of the verb after them.
var predictModals = map[string]bool{"could": true, "would": true, "may": true, "might": true}

// forecastWords put the act of the infinitive after them as foreseen:
// "forecast to take it near the coast", "likely to reach".
var forecastWords = map[string]bool{"forecast": true, "predicted": true, "likely": true, "projected": true}

// predictReach bounds how many tokens back from the time predictedToday
// looks for the act's verb: "set to make landfall in the coastal district
// of Puri in Odisha on Friday morning" puts ten words between them.
const predictReach = 12
