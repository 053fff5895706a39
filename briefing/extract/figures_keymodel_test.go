package extract

import (
	"math"
	"strings"
)

// The key model is a candidate story-level last word on Figure.Key,
// measured here and not wired into Figures (see TestKeyModelTransfer: it
// did not beat the rules on batches it had not seen). The key rules each
// read one case of English news copy right, but each batch of articles has
// misses of its own, and on the held-out batches the rules mark too many
// figures key. The model weighs the signals the rules already compute —
// the rule that decided, the role, the qualifier, where the figure stands
// in the story and how it compares with the story's other figures of its
// role — by data: a logistic regression trained on the dev article sets
// by TestTrainKeyModel (figures_keymodel_train_test.go), its weights in
// figures_keymodel_gen_test.go. It reads no words: one pass over a story's
// figures after the rules. To wire it, move this file and the weights out
// of the tests and call applyKeyModel from Figures before markLead, for a
// text isKeyStory accepts.

// keyFeature indexes one signal of a figure the key model weighs; the
// rule that decided the key flag is weighed besides (keyWeights.rule).
type keyFeature uint8

const (
	kfBias           keyFeature = iota
	kfVague                     // "dozens", "hundreds"
	kfMagnitude                 // log10(value+1)/3
	kfHeadline                  // in the text's first line
	kfTop                       // in the first two lines of text (headline and lede)
	kfPlace                     // where in the text, 0 at the top and 1 at the end
	kfRoleCount                 // log2 of 1 + the story's figures of its role
	kfRoleLargest               // the largest figure of its role in the story
	kfRoleRatio                 // log10 of the largest of its role over its value, /3
	kfRestated                  // the same value of its role came before
	kfSaidAgain                 // the same value of its role comes again later
	kfHeadSaidAgain             // in the headline, and said again in the story
	kfLargerBefore              // a larger figure of its role came before
	kfSentenceLarger            // its sentence has a larger figure of its role
	kfStoryRole                 // its role is that of the story's first key figure
	kfStoryLength               // log10 of the text's bytes, less 3
	kfUnitNone                  // no counted noun ("the toll rose to 115")
	kfUnitInherited             // the unit of a figure before it
	kfRole                      // first of the one-hot roles, in keyRoles order
)

// kfQualifier is the first of the one-hot qualifiers, and keyFeatureCount
// the number of signals.
const (
	kfQualifier     = kfRole + keyFeature(len(keyRoles))
	keyFeatureCount = kfQualifier + keyFeature(len(keyQualifiers))
)

// keyRoles and keyQualifiers are the roles and qualifiers, in the order of
// their one-hot signals.
var (
	keyRoles = [...]Role{RoleKilled, RoleInjured, RoleMissing, RoleHeld, RoleDetained, RoleReleased,
		RoleDisplaced, RoleRefugees, RoleInNeed, RoleAffected, RoleDeployed, RolePledged, RoleWithdrawn,
		RoleMoney, RoleDuration, RoleOther}
	keyQualifiers = [...]Qualifier{Exact, About, Nearly, AtLeast, MoreThan, LessThan, UpTo, Range}
)

// keyFeatureName is the name of signal k in the weights file.
func keyFeatureName(k keyFeature) string {
	switch {
	case k >= kfQualifier:
		return "qualifier/" + string(keyQualifiers[k-kfQualifier])
	case k >= kfRole:
		return "role/" + string(keyRoles[k-kfRole])
	}
	return [...]string{"bias", "vague", "magnitude", "headline", "top", "place",
		"role-count", "role-largest", "role-ratio", "restated", "said-again", "headline-said-again", "larger-before", "sentence-larger", "story-role",
		"story-length", "unit-none", "unit-inherited"}[k]
}

// roleIndex is r's place in keyRoles; other for a role it does not know.
func roleIndex(r Role) int {
	for i, k := range keyRoles {
		if k == r {
			return i
		}
	}
	return len(keyRoles) - 1
}

// keyStoryMinLines and keyStoryMinFigures gate the model: it decides
// only for a story — a text of several lines with several figures — where
// the signals of place and of the other figures mean something. A sentence
// or two keeps the rules' answers, as the rules' table cases are.
const (
	keyStoryMinLines   = 4
	keyStoryMinFigures = 3
)

// isKeyStory reports whether the key model decides for text.
func isKeyStory(text string, figs []Figure) bool {
	return len(figs) >= keyStoryMinFigures && strings.Count(text, "\n") >= keyStoryMinLines-1
}

// keyStory is what the first pass over a story's figures learns: how many
// figures each role has and the largest of each, how often each value of
// a role is given, the role of the first key figure, and how many lines
// the text has.
type keyStory struct {
	lines     int
	roleCount [len(keyRoles)]int
	roleMax   [len(keyRoles)]float64
	values    keyValues
	storyRole int
	length    float64
}

// keyValues counts the values of a story by role, in a small open table
// that holds its first 48 values, which is all of most stories'.
type keyValues struct {
	keys  [64]uint64 // valueKey of the value, 0 for an empty slot
	roles [64]uint8
	count [64]uint8
	n     int
}

// slot returns the slot of a value of a role, added if there is room, or
// -1.
func (v *keyValues) slot(value float64, role int) int {
	key := valueKey(value)
	h := int((key+uint64(role))*0x9E3779B97F4A7C15>>58) & 63
	for v.keys[h] != 0 {
		if v.keys[h] == key && int(v.roles[h]) == role {
			return h
		}
		h = (h + 1) & 63
	}
	if v.n >= 48 {
		return -1
	}
	v.keys[h], v.roles[h] = key, uint8(role)
	v.n++
	return h
}

// keyWalk is the state of the second pass: the line of the last figure,
// the largest of each role so far, and how often each value was given so
// far.
type keyWalk struct {
	at, line int
	roleMax  [len(keyRoles)]float64
	said     [64]uint8
}

// newKeyStory reads the story-level signals of figs in text.
func newKeyStory(text string, figs []Figure) keyStory {
	s := keyStory{lines: lineStarts(text) + 1, storyRole: -1, length: math.Log10(float64(len(text))+1) - 3}
	for i := range figs {
		f := &figs[i]
		r := roleIndex(f.Role)
		s.roleCount[r]++
		s.roleMax[r] = max(s.roleMax[r], f.Value)
		if h := s.values.slot(f.Value, r); h >= 0 && s.values.count[h] < 255 {
			s.values.count[h]++
		}
		if s.storyRole < 0 && f.Key && f.Role != RoleOther && f.Role != RoleMoney && f.Role != RoleDuration {
			s.storyRole = r
		}
	}
	return s
}

// lineStarts counts the lines of text after its first that hold something.
func lineStarts(text string) int {
	n := 0
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		if i+1 < len(text) && text[i+1] != '\n' {
			n++
		}
		j := strings.IndexByte(text[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// row writes the signals of figs[i] into x; figures are walked in order.
func (s *keyStory) row(text string, figs []Figure, i int, w *keyWalk, x *[keyFeatureCount]float64) {
	f := &figs[i]
	if f.Start > w.at {
		w.line += lineStarts(text[w.at:f.Start])
		w.at = f.Start
	}
	*x = [keyFeatureCount]float64{}
	r := roleIndex(f.Role)
	x[kfBias] = 1
	x[kfVague] = b2f(f.why.number == numVague)
	x[kfMagnitude] = math.Log10(math.Abs(f.Value)+1) / 3
	x[kfHeadline] = b2f(w.line == 0)
	x[kfTop] = b2f(w.line <= 1)
	x[kfPlace] = float64(f.Start) / float64(len(text))
	x[kfRoleCount] = math.Log2(float64(s.roleCount[r]) + 1)
	x[kfRoleLargest] = b2f(f.Value >= s.roleMax[r])
	if f.Value > 0 && s.roleMax[r] > 0 {
		x[kfRoleRatio] = math.Log10(s.roleMax[r]/f.Value) / 3
	}
	x[kfLargerBefore] = b2f(w.roleMax[r] > f.Value)
	w.roleMax[r] = max(w.roleMax[r], f.Value)
	x[kfSentenceLarger] = b2f(sentenceLarger(figs, i))
	if h := s.values.slot(f.Value, r); h >= 0 {
		x[kfRestated] = b2f(w.said[h] > 0)
		x[kfSaidAgain] = b2f(s.values.count[h] > w.said[h]+1)
		x[kfHeadSaidAgain] = x[kfSaidAgain] * x[kfHeadline]
		w.said[h]++
	}
	x[kfStoryRole] = b2f(r == s.storyRole)
	x[kfStoryLength] = s.length
	x[kfUnitNone] = b2f(f.why.unit == unitNone || f.Unit == "")
	x[kfUnitInherited] = b2f(f.why.unit == unitInherited)
	x[kfRole+keyFeature(r)] = 1
	for k, q := range keyQualifiers {
		if q == f.Qualifier {
			x[kfQualifier+keyFeature(k)] = 1
		}
	}
}

// sentenceLarger reports whether a figure of the sentence of figs[i] has
// its role and a larger value: a part beside its total.
func sentenceLarger(figs []Figure, i int) bool {
	f := &figs[i]
	for j := i - 1; j >= 0 && figs[j].SentenceStart == f.SentenceStart; j-- {
		if figs[j].Role == f.Role && figs[j].Value > f.Value {
			return true
		}
	}
	for j := i + 1; j < len(figs) && figs[j].SentenceStart == f.SentenceStart; j++ {
		if figs[j].Role == f.Role && figs[j].Value > f.Value {
			return true
		}
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// keyWeights are the key model's weights: one per signal, and one per
// rule of the key step.
type keyWeights struct {
	dense [keyFeatureCount]float64
	rule  []float64 // by ruleID
}

// score is the model's log-odds that an analyst wants the figure in the
// panel.
func (kw *keyWeights) score(x *[keyFeatureCount]float64, rule ruleID) float64 {
	z := 0.0
	for k, v := range x {
		z += kw.dense[k] * v
	}
	if int(rule) < len(kw.rule) {
		z += kw.rule[rule]
	}
	return z
}

// applyKeyModel sets the key flag of each key figure of figs by kw: the
// model only takes figures out of the panel, as the rules mark too many
// key on stories they have not seen and miss few that they find.
func applyKeyModel(text string, figs []Figure, kw *keyWeights) {
	s := newKeyStory(text, figs)
	var w keyWalk
	var x [keyFeatureCount]float64
	for i := range figs {
		f := &figs[i]
		s.row(text, figs, i, &w, &x)
		if !f.Key {
			continue
		}
		f.Key = kw.score(&x, f.why.key) >= 0
	}
}

// newKeyWeights lays out named weights ("bias", "role/killed",
// "rule/key/not-repeat") by signal and by rule.
func newKeyWeights(named map[string]float64) keyWeights {
	prepare()
	var kw keyWeights
	for k := range keyFeatureCount {
		kw.dense[k] = named[keyFeatureName(k)]
	}
	kw.rule = make([]float64, len(ruleBook))
	for id, r := range ruleBook {
		if r.Dimension == "key" {
			kw.rule[id] = named["rule/"+r.String()]
		}
	}
	return kw
}
