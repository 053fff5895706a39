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
	return valueSet{slots: make([]uint64, valueSetSize(n))}
}

// valueSetSize is the slots of a set for about n values: a power of two,
// at least twice n.
func valueSetSize(n int) int {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return size
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
	i := int(mix(k)) & mask
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

// keyHeads holds the head nouns of the key figures so far by keyKind, for
// deduplication: an open-addressing table of the kinds, whose heads are
// chained in one slab. It does what a map[keyKind][]string did, without
// hashing a struct and allocating a slice per kind.
type keyHeads struct {
	slots []int32 // index+1 in kinds of a kind's last head; 0 is empty
	heads []keyHead
	kinds int
}

// keyHead is one head noun, with its kind and the kind's head before it.
type keyHead struct {
	kind keyKind
	head string
	prev int32 // index+1 in heads of the kind's previous head, or 0
}

// slot finds the slot of kind k: where its last head is, or the empty slot
// where it would go. A NaN value, like a map's NaN key, is never found.
func (s *keyHeads) slot(k keyKind) int {
	mask := len(s.slots) - 1
	h := valueKey(k.value) ^ uint64(len(k.category))<<56
	if k.injury {
		h ^= 1 << 63
	}
	i := int(mix(h)) & mask
	for s.slots[i] != 0 && s.heads[s.slots[i]-1].kind != k {
		i = (i + 1) & mask
	}
	return i
}

// repeats reports whether a key figure of kind k with head noun head says
// again one already seen: same kind and same head, or either head empty,
// "people" or a word of what befell them ("four dead" after "four
// Palestinians" were killed), which names no group of its own.
func (s *keyHeads) repeats(k keyKind, head string) bool {
	if len(s.slots) == 0 {
		return false
	}
	slot := &s.slots[s.slot(k)]
	for link := slot; *link != 0; {
		e := &s.heads[*link-1]
		if e.head == droppedHead && (e.prev != 0 || link != slot) {
			*link = e.prev // a taken-back head is passed once, not by every later figure of its kind
			continue
		}
		if e.head != droppedHead && (e.head == head || anyHead(e.head) || anyHead(head)) {
			return true
		}
		link = &e.prev
	}
	return false
}

// anyHead reports whether a key figure's head noun names no group of its
// own: none, "people", or the word of what befell them, an adjective read
// as the counted noun ("12 dead", "40 wounded").
func anyHead(h string) bool {
	switch h {
	case "", "people", "dead", "killed", "wounded", "injured", "hurt", "missing":
		return true
	}
	return false
}

// droppedHead marks a head taken back by dropLast; the head stays in its
// chain, so that no slot is emptied under the probe sequence of another
// kind.
const droppedHead = "\x00"

// dropLast takes back the head noun added last when it is of kind k: a
// figure found key and then a part of a total (figures_keydoc.go) says
// nothing again that a later figure could repeat.
func (s *keyHeads) dropLast(value float64, category Category) {
	if n := len(s.heads); n > 0 && s.heads[n-1].kind.value == value && s.heads[n-1].kind.category == category {
		s.heads[n-1].head = droppedHead
	}
}

// dropValue takes back the head noun of a figure of value and category
// among the within heads added last: a figure of a sentence found key and
// then a part of a story's total (storyBreakdown).
func (s *keyHeads) dropValue(value float64, category Category, within int) {
	for i := len(s.heads) - 1; i >= 0 && i >= len(s.heads)-within; i-- {
		if h := &s.heads[i]; h.kind.value == value && h.kind.category == category && h.head != droppedHead {
			h.head = droppedHead
			return
		}
	}
}

// add records head as a head noun of kind k.
func (s *keyHeads) add(k keyKind, head string) {
	if len(s.slots) == 0 {
		// Room for the key figures of a long article (a 3 KB story has
		// about 25), so that most texts neither grow the heads nor lay the
		// slots out again.
		s.slots = make([]int32, 64)
		s.heads = make([]keyHead, 0, 32)
	}
	i := s.slot(k)
	if s.slots[i] == 0 {
		s.kinds++
	}
	s.heads = append(s.heads, keyHead{kind: k, head: head, prev: s.slots[i]})
	s.slots[i] = int32(len(s.heads))
	if 2*s.kinds > len(s.slots) {
		old := s.slots
		s.slots = make([]int32, 2*len(old))
		for _, j := range old {
			if j != 0 {
				s.slots[s.slot(s.heads[j-1].kind)] = j
			}
		}
	}
}

// mix spreads the bits of k over all the bits of the result (the finalizer
// of MurmurHash3), so that the low bits that pick a slot depend on the
// exponent and top mantissa bits where whole numbers differ.
func mix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	return k
}
