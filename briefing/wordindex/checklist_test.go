package wordindex

import (
	"encoding/binary"
	"fmt"
	"os"
	"testing"
)

// checkListAsBinary is checkList as it was written first, every varint
// read by encoding/binary: the reference the faster reading must agree
// with.
func checkListAsBinary(post []byte, docs, fields int, skips []uint32) error {
	d, k := 0, 0
	for i, first := 0, true; i < len(post); first = false {
		at := i
		delta, n := binary.Uvarint(post[i:])
		if n <= 0 {
			return fmt.Errorf("posting at %d: not a number", i)
		}
		fp, m := binary.Uvarint(post[i+n:])
		if m <= 0 {
			return fmt.Errorf("posting at %d: not a number", i+n)
		}
		i += n + m
		if !first && delta == 0 || delta >= uint64(docs) || uint64(d)+delta >= uint64(docs) {
			return fmt.Errorf("posting at %d: document %d+%d of %d", at, d, delta, docs)
		}
		d += int(delta)
		if int(fp&3) >= fields || fp>>2 > MaxPos {
			return fmt.Errorf("posting at %d: field %d, position %d", at, fp&3, fp>>2)
		}
		if k < len(skips) && int64(skips[k+1]) == int64(at) {
			if int(skips[k]) != d {
				return fmt.Errorf("skip %d: document %d, not %d", k/2, skips[k], d)
			}
			k += 2
		}
	}
	if k != len(skips) {
		return fmt.Errorf("skip %d not on a posting", k/2)
	}
	return nil
}

// FuzzCheckList: checkList accepts what the reference accepts and refuses
// what it refuses, with the same reason, on any bytes.
func FuzzCheckList(f *testing.F) {
	var valid []byte
	for d, pos := range []uint64{0, 1, 40, 200, 5000, MaxPos} {
		valid = binary.AppendUvarint(valid, uint64(min(d, 1))+uint64(d*130))
		valid = binary.AppendUvarint(valid, pos<<2|uint64(d%3))
	}
	f.Add(valid, 1000, 3, uint32(0), uint32(0))
	f.Add(valid, 1000, 3, uint32(131), uint32(2))
	f.Add(valid[:len(valid)-1], 1000, 3, uint32(0), uint32(0))
	f.Add([]byte{0x80}, 10, 1, uint32(0), uint32(0))
	f.Add([]byte{1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1}, 10, 1, uint32(0), uint32(0))
	f.Add([]byte{0, 0, 0, 0}, 10, 1, uint32(0), uint32(0))
	f.Add([]byte{3, 0xff, 0x7f, 2, 4}, 10, 4, uint32(3), uint32(0))
	f.Fuzz(func(t *testing.T, post []byte, docs, fields int, skipDoc, skipAt uint32) {
		var skips []uint32
		if skipAt != 0 || skipDoc != 0 {
			skips = []uint32{skipDoc, skipAt}
		}
		got, want := checkList(post, docs, fields, skips), checkListAsBinary(post, docs, fields, skips)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("checkList(%x, %d, %d, %v) = %v, want %v", post, docs, fields, skips, got, want)
		}
	})
}

// BenchmarkOpenKept opens the kept index at SITREP_BENCH_KEPT (a reader's,
// from its cache's words directory), with its stamps read, as the reader
// opens it, for profiles of the opening at a library's size.
func BenchmarkOpenKept(b *testing.B) {
	path := os.Getenv("SITREP_BENCH_KEPT")
	if path == "" {
		b.Skip("SITREP_BENCH_KEPT names no kept index")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	hb := make([]byte, headerSize)
	_, err = f.ReadAt(hb, 0)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	h, err := decodeHeader(hb, 1<<40)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		stamps := 0
		ix, err := OpenKept(path, h.content, h.fields, func(int, string, []byte) { stamps++ })
		if err != nil {
			b.Fatal(err)
		}
		if stamps != ix.Len() {
			b.Fatalf("%d stamps for %d stories", stamps, ix.Len())
		}
	}
}
