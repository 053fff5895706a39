package extract

import "math"

// valueSet is the set of the figure values seen so far in a text, for
// "the 600 additional officers" (a figure named again). It is an
// open-addressing table of the values' bits, kept at most half full: one
// insertion per figure, cheaper than a map's.
type valueSet struct {
	slots []uint64 // the bits of a value plus one; 0 is an empty slot
	n     int
}

// newValueSet returns a set sized for about n values.
func newValueSet(n int) valueSet {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return valueSet{slots: make([]uint64, size)}
}

// valueKey is the slot content of v: its bits plus one, with -0 read as
// 0, as map[float64] keys compare.
func valueKey(v float64) uint64 {
	if v == 0 {
		v = 0
	}
	return math.Float64bits(v) + 1
}

// slot finds the slot of key k: where it is, or the empty slot where it
// would go.
func (s *valueSet) slot(k uint64) int {
	mask := len(s.slots) - 1
	i := int((k*0x9E3779B97F4A7C15)>>32) & mask
	for s.slots[i] != 0 && s.slots[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// add puts v in the set; a NaN, like a map's NaN key, is never found.
func (s *valueSet) add(v float64) {
	if v != v {
		return
	}
	if len(s.slots) == 0 {
		*s = newValueSet(8)
	}
	k := valueKey(v)
	i := s.slot(k)
	if s.slots[i] == k {
		return
	}
	s.slots[i] = k
	s.n++
	if 2*s.n > len(s.slots) {
		old := s.slots
		s.slots = make([]uint64, 2*len(old))
		for _, k := range old {
			if k != 0 {
				s.slots[s.slot(k)] = k
			}
		}
	}
}

// has reports whether v is in the set.
func (s *valueSet) has(v float64) bool {
	if len(s.slots) == 0 || v != v {
		return false
	}
	k := valueKey(v)
	return s.slots[s.slot(k)] == k
}
