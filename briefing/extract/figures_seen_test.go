package extract

import (
	"math"
	"testing"
)

// TestValueSet checks the set of seen values against a map, through its
// growth, with the values a map treats alike (0 and -0, NaNs).
func TestValueSet(t *testing.T) {
	var s valueSet
	want := map[float64]bool{}
	vals := []float64{0, math.Copysign(0, -1), math.NaN(), math.NaN(), 1, 115, 2900, 0.5, 1e6, -3}
	for i := range 5000 {
		vals = append(vals, float64(i*7)+0.25*float64(i%4))
	}
	for i, v := range vals {
		if i%3 != 2 {
			s.add(v)
			want[v] = true
		}
	}
	for _, v := range append(vals, 7.5, 1e9, -1) {
		got, ok := s.has(v), want[v]
		if got != ok {
			t.Errorf("has(%v) = %v, want %v", v, got, ok)
		}
	}
}
