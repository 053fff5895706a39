package extract

import "math"

// sameValue compares figure values to a relative 1e-6, so that a third
// written as 0.3333333333333333 matches.
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}
