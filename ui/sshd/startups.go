package sshd

import (
	"fmt"
	"math/rand/v2"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"sync"
)

// Startups is OpenSSH's MaxStartups, start:rate:full: with start or more
// connections not yet logged in, a new one is refused with probability
// rate percent, rising linearly to certain refusal at full. Refusing at
// random rather than all at once keeps a flood from locking everyone out
// at a fixed number.
type Startups struct {
	Start, Rate, Full int
}

// String formats s as start:rate:full.
func (s Startups) String() string { return fmt.Sprintf("%d:%d:%d", s.Start, s.Rate, s.Full) }

// UnmarshalText reads start:rate:full, or a single number (refuse at
// that many, as sshd reads it).
func (s *Startups) UnmarshalText(text []byte) error {
	parts := strings.Split(string(text), ":")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return fmt.Errorf("max startups %q: want start:rate:full, three whole numbers", text)
		}
		nums[i] = n
	}
	switch len(nums) {
	case 1:
		*s = Startups{Start: nums[0], Rate: 100, Full: nums[0]}
	case 3:
		*s = Startups{Start: nums[0], Rate: nums[1], Full: nums[2]}
	default:
		return fmt.Errorf("max startups %q: want start:rate:full", text)
	}
	return s.Validate()
}

// Validate checks that 1 ≤ start ≤ full and rate is a percentage.
func (s Startups) Validate() error {
	if s.Start < 1 || s.Full < s.Start || s.Rate < 0 || s.Rate > 100 {
		return fmt.Errorf("max startups %s: want 1 ≤ start ≤ full and a rate of 0 to 100", s)
	}
	return nil
}

// dropPercent is the chance, in percent, that a new connection is refused
// when n connections are not yet logged in (sshd's should_drop_connection).
func (s Startups) dropPercent(n int) int {
	switch {
	case n < s.Start:
		return 0
	case n >= s.Full || s.Rate == 100:
		return 100
	}
	return s.Rate + (100-s.Rate)*(n-s.Start)/(s.Full-s.Start)
}

// startupTable holds the connections that have not logged in yet, over
// all and by source (an IPv4 address, or an IPv6 /64: one host's share).
// A source at its limit gets a new connection in only by the oldest of its
// connections that have not said a word giving way: a flood of silent
// connections from one address then churns through its own share instead
// of shutting out the analysts behind the same address, whose clients
// send their version line as soon as they connect.
type startupTable struct {
	limits    Startups
	perSource int
	roll      func() int // 0 to 99

	mu       sync.Mutex
	total    int
	bySource map[netip.Prefix][]*connState // oldest first
}

func newStartupTable(limits Startups, perSource int) *startupTable {
	return &startupTable{limits: limits, perSource: perSource, roll: func() int { return rand.IntN(100) },
		bySource: map[netip.Prefix][]*connState{}}
}

// sourceOf is the source a remote address counts under.
func sourceOf(remote net.Addr) netip.Prefix {
	ap, err := netip.ParseAddrPort(remote.String())
	if err != nil {
		return netip.Prefix{}
	}
	addr := ap.Addr().Unmap()
	bits := 32
	if addr.Is6() {
		bits = 64
	}
	p, _ := addr.Prefix(bits)
	return p
}

// admit decides on a new connection: it is refused (with the reason), or
// admitted, possibly in the place of a silent connection from the same
// source, which the caller closes.
func (t *startupTable) admit(cs *connState) (gaveWay *connState, refusal string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	same := t.bySource[cs.source]
	if len(same) >= t.perSource {
		gaveWay = oldestMute(same)
		if gaveWay == nil {
			return nil, "too many connections from this address not logged in yet"
		}
		t.removeLocked(gaveWay)
	} else if p := t.limits.dropPercent(t.total); p > 0 && t.roll() < p {
		return nil, fmt.Sprintf("%d connections not logged in yet (max startups %s)", t.total, t.limits)
	}
	t.total++
	t.bySource[cs.source] = append(t.bySource[cs.source], cs)
	return gaveWay, ""
}

// oldestMute returns the first connection of a source's list that has not
// sent its version line, looking in the kernel's buffer too: a client
// that has spoken keeps its place even when the server is too busy to
// have read it yet.
func oldestMute(conns []*connState) *connState {
	for _, c := range conns {
		if !c.mute.Load() {
			continue
		}
		if sentLine(c.raw) {
			c.mute.Store(false)
			continue
		}
		return c
	}
	return nil
}

// release removes a connection that logged in or closed; it does nothing
// for one already removed.
func (t *startupTable) release(cs *connState) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.removeLocked(cs)
}

func (t *startupTable) removeLocked(cs *connState) {
	same := t.bySource[cs.source]
	for i, c := range same {
		if c == cs {
			same = append(same[:i:i], same[i+1:]...)
			t.total--
			if len(same) == 0 {
				delete(t.bySource, cs.source)
			} else {
				t.bySource[cs.source] = same
			}
			return
		}
	}
}

// counts returns the connections held, in all and by source, for tests.
func (t *startupTable) counts() (total int, bySource map[string]int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	bySource = make(map[string]int, len(t.bySource))
	for k, v := range t.bySource {
		bySource[k.String()] = len(v)
	}
	return t.total, bySource
}
