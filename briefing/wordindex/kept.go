package wordindex

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// An index built on disk is one file: a header, then the sections it
// names. The header is the magic, the layout's version (FormatVersion),
// the version of what the caller's documents hold (given to BuildKept and
// OpenKept), the fields, the slots, and where each section is. The
// sections are the merged postings of the words, of the chunks and of the
// letter summaries (mapped, never read into memory), then each
// vocabulary's terms, their ends, where their postings start, their skips
// and where those start, the letter summaries' table, and each slot's key
// and stamp. Numbers are little-endian.
//
// A kept file (BuildKept) stays, under the name its caller gives, for the
// next process to map (OpenKept) instead of building the index again; an
// index built with BuildOnDisk has the same layout, in a file removed at
// once.

// FormatVersion is the version of the layout of a file of an index and of
// what its lists hold: raise it when the file's layout, the tokenising
// (tokens, appendLower), the postings, skips or letter summaries change,
// so that a file of another version is built again.
const FormatVersion = 1

// keptMagic begins every file of an index.
const keptMagic = "sitrepWX"

// Sections of a file, in the header's table.
const (
	secWordsPost = iota
	secChunksPost
	secLettersPost
	secWordsText
	secWordsEnds
	secWordsPosts
	secWordsSkips
	secWordsSkipAt
	secChunksText
	secChunksEnds
	secChunksPosts
	secChunksSkips
	secChunksSkipAt
	secLetters // per summary: rune, start (0 or 1), from, to (in secLettersPost)
	secKeyEnds
	secKeyText
	secStampEnds
	secStampText
	sections
)

// headerSize is the header's size: magic, four numbers, the table.
const headerSize = len(keptMagic) + 4*4 + sections*16

// maxKeptSize bounds a file of an index that a process opens: offsets
// within a vocabulary's postings are 32-bit.
const maxKeptSize = 1 << 34

// maxSlots bounds the slots a file may say it has.
const maxSlots = 1 << 26

// header is a file's header.
type header struct {
	format, content uint32
	fields, slots   int
	sec             [sections]struct{ off, n int64 }
}

func (h *header) encode() []byte {
	b := make([]byte, 0, headerSize)
	b = append(b, keptMagic...)
	b = binary.LittleEndian.AppendUint32(b, h.format)
	b = binary.LittleEndian.AppendUint32(b, h.content)
	b = binary.LittleEndian.AppendUint32(b, uint32(h.fields))
	b = binary.LittleEndian.AppendUint32(b, uint32(h.slots))
	for _, s := range h.sec {
		b = binary.LittleEndian.AppendUint64(b, uint64(s.off))
		b = binary.LittleEndian.AppendUint64(b, uint64(s.n))
	}
	return b
}

// decodeHeader reads a file's header, each section bounds-checked against
// the file's size.
func decodeHeader(b []byte, size int64) (header, error) {
	var h header
	if len(b) < headerSize || string(b[:len(keptMagic)]) != keptMagic {
		return h, errors.New("not an index of sitrep's filter (no magic)")
	}
	b = b[len(keptMagic):]
	h.format, h.content = binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[4:])
	fields, slots := binary.LittleEndian.Uint32(b[8:]), binary.LittleEndian.Uint32(b[12:])
	if fields < 1 || fields > MaxFields {
		return h, fmt.Errorf("%d fields", fields)
	}
	if slots > maxSlots {
		return h, fmt.Errorf("%d slots", slots)
	}
	h.fields, h.slots = int(fields), int(slots)
	b = b[16:]
	for k := range h.sec {
		off, n := binary.LittleEndian.Uint64(b[16*k:]), binary.LittleEndian.Uint64(b[16*k+8:])
		if off < uint64(headerSize) || off > uint64(size) || n > uint64(size)-off {
			return h, fmt.Errorf("section %d at %d, %d bytes, past the file's %d", k, off, n, size)
		}
		h.sec[k].off, h.sec[k].n = int64(off), int64(n)
	}
	return h, nil
}

// BuildKept is BuildOnDisk with the file kept at path (written to a
// temporary file beside it, then renamed into place, so that a process
// that maps the file path named before keeps what it mapped): OpenKept
// maps it again in a later process. Each document's Stamp is kept with
// it; version is what the caller's documents are (raise it when what they
// hold changes), which OpenKept checks.
//
// It first removes what builds cut short left beside path: temporary
// files an hour old (one is written only while a build merges its parts,
// a few seconds).
func BuildKept(path string, version uint32, fields, n int, doc func(i int) Doc) (*Index, error) {
	dir := filepath.Dir(path)
	if left, err := filepath.Glob(filepath.Join(dir, "sitrep-words-*.tmp")); err == nil {
		for _, p := range left {
			if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && time.Since(fi.ModTime()) > time.Hour {
				os.Remove(p)
			}
		}
	}
	return buildOnDisk(dir, filepath.Base(path), version, fields, n, buildPart, doc)
}

// OpenKept maps the index kept at path (BuildKept), and calls stamp with
// each slot's key and stamp, in slot order (the bytes are valid during
// the call only), once the file is found whole. The file must be a regular file (a symbolic link is refused) of
// this FormatVersion and of version, with fields fields, and is checked
// whole before it is used: every section within the file, every term's
// postings and skips read and found consistent, so that a truncated,
// damaged or forged file is an error (naming the file and the problem),
// never a panic or a wrong slot. A file found whole once is not read
// through again while it stays as it was then (checked.go): the record
// of the check is written beside it, at path with ".checked" added.
func OpenKept(path string, version uint32, fields int, stamp func(slot int, key string, stamp []byte)) (*Index, error) {
	f, err := openKept(path)
	if err != nil {
		return nil, fmt.Errorf("filter index %s: %w", path, err)
	}
	defer f.Close() // a mapping outlives the file's descriptor
	statAt := time.Now()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("filter index %s: %w", path, err)
	}
	id, known := identityOf(st)
	var hb []byte
	ix, whole, err := load(f, st.Size(), version, fields, stamp, func(header []byte) bool {
		hb = header
		return known && checkedBefore(path, id, header)
	})
	if err != nil {
		return nil, fmt.Errorf("filter index %s: %w", path, err)
	}
	if whole && known {
		recordChecked(f, path, id, hb, statAt)
	}
	return ix, nil
}

// openKept opens path for reading if it is a regular file, and not
// through a symbolic link.
func openKept(path string) (*os.File, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", fi.Mode().Type())
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNoFollow, 0)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err == nil && (!st.Mode().IsRegular() || !os.SameFile(fi, st)) {
		err = errors.New("replaced while it was opened")
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// load checks the file of an index, of size bytes, and maps it: its
// index; stamp (when not nil) is called with each slot's key and stamp.
// The postings are read through and checked, and the keys found unique,
// unless checked (when not nil) reports, given the header's bytes, that
// the file was checked whole before as it is now (checked.go); whole
// says whether they were.
func load(f *os.File, size int64, version uint32, fields int, stamp func(slot int, key string, stamp []byte), checked func(hb []byte) bool) (ix *Index, whole bool, err error) {
	if size < int64(headerSize) {
		return nil, false, fmt.Errorf("%d bytes: shorter than a header", size)
	}
	if size > maxKeptSize {
		return nil, false, fmt.Errorf("%d bytes: larger than an index can be", size)
	}
	hb := make([]byte, headerSize)
	if _, err := f.ReadAt(hb, 0); err != nil {
		return nil, false, err
	}
	h, err := decodeHeader(hb, size)
	if err != nil {
		return nil, false, err
	}
	switch {
	case h.format != FormatVersion:
		return nil, false, fmt.Errorf("of format %d, not %d", h.format, FormatVersion)
	case h.content != version:
		return nil, false, fmt.Errorf("of version %d, not %d", h.content, version)
	case h.fields != fields:
		return nil, false, fmt.Errorf("of %d fields, not %d", h.fields, fields)
	}
	whole = checked == nil || !checked(hb)
	r := &sectionReader{f: f, h: &h, whole: whole}
	keys, err := r.strings(secKeyEnds, secKeyText, h.slots)
	if err != nil {
		return nil, false, fmt.Errorf("keys: %w", err)
	}
	if whole {
		wholeChecks.Add(1)
		if err := uniqueKeys(keys); err != nil {
			return nil, false, err
		}
	}
	stampEnds, err := r.uint32s(secStampEnds)
	if err == nil {
		err = checkEnds(stampEnds, h.slots, int(h.sec[secStampText].n))
	}
	if err != nil {
		return nil, false, fmt.Errorf("stamps: %w", err)
	}
	seg := &segment{keys: keys}
	if seg.words, err = r.vocab(secWordsText, secWordsPost); err != nil {
		return nil, false, fmt.Errorf("words: %w", err)
	}
	if seg.chunks, err = r.vocab(secChunksText, secChunksPost); err != nil {
		return nil, false, fmt.Errorf("chunks: %w", err)
	}
	letters, err := r.letters()
	if err != nil {
		return nil, false, fmt.Errorf("letter summaries: %w", err)
	}
	if stamp != nil {
		s := h.sec[secStampText]
		br := bufio.NewReaderSize(io.NewSectionReader(f, s.off, s.n), 1<<16)
		var buf []byte
		for slot := range h.slots {
			n := int(stampEnds[slot+1] - stampEnds[slot])
			buf = slices.Grow(buf[:0], n)[:n]
			if _, err := io.ReadFull(br, buf); err != nil {
				return nil, false, fmt.Errorf("stamps: %w", err)
			}
			stamp(slot, keys[slot], buf)
		}
	}
	data, unmap, err := mapFile(f, size)
	if err != nil {
		return nil, false, err
	}
	sec := func(k int) []byte {
		s := h.sec[k]
		return data[s.off : s.off+s.n : s.off+s.n]
	}
	seg.words.post, seg.chunks.post = sec(secWordsPost), sec(secChunksPost)
	lp := sec(secLettersPost)
	for _, l := range letters {
		seg.words.letters = append(seg.words.letters, letterSummary{r: l.r, start: l.start, inside: lp[l.from:l.to:l.to]})
	}
	if unmap != nil {
		runtime.AddCleanup(seg, func(unmap func()) { unmap() }, unmap)
	}
	return &Index{fields: fields, slots: h.slots, built: 1, segs: []*segment{seg}, slotOf: []slotMap{{}}}, whole, nil
}

// uniqueKeys checks that no key names two slots.
func uniqueKeys(keys []string) error {
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
	for k := 1; k < len(order); k++ {
		if keys[order[k]] == keys[order[k-1]] {
			return fmt.Errorf("key %q in slots %d and %d", keys[order[k]], order[k-1], order[k])
		}
	}
	return nil
}

// sectionReader reads the sections of a file, each read bounded by the
// section's size (checked against the file's).
type sectionReader struct {
	f *os.File
	h *header
	// whole: the postings are read through and checked (else the file
	// was checked whole before as it is now).
	whole bool
}

// reader reads section k from its start.
func (r *sectionReader) reader(k int) *bufio.Reader {
	s := r.h.sec[k]
	return bufio.NewReaderSize(io.NewSectionReader(r.f, s.off, s.n), 1<<16)
}

// uint32s reads section k as numbers.
func (r *sectionReader) uint32s(k int) ([]uint32, error) {
	if r.h.sec[k].n%4 != 0 {
		return nil, fmt.Errorf("section %d: %d bytes, not numbers of 4", k, r.h.sec[k].n)
	}
	out := make([]uint32, r.h.sec[k].n/4)
	br := r.reader(k)
	var b [4]byte
	for i := range out {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, fmt.Errorf("section %d: %w", k, err)
		}
		out[i] = binary.LittleEndian.Uint32(b[:])
	}
	return out, nil
}

// text reads section k as one string.
func (r *sectionReader) text(k int) (string, error) {
	var sb strings.Builder
	sb.Grow(int(r.h.sec[k].n))
	if _, err := io.Copy(&sb, r.reader(k)); err != nil {
		return "", fmt.Errorf("section %d: %w", k, err)
	}
	return sb.String(), nil
}

// ends checks that ends are n+1 offsets, from 0, never decreasing, the
// last to (n < 0: any count).
func checkEnds(ends []uint32, n int, to int) error {
	if n >= 0 && len(ends) != n+1 || len(ends) == 0 {
		return fmt.Errorf("%d offsets for %d entries", len(ends), n)
	}
	if ends[0] != 0 || int64(ends[len(ends)-1]) != int64(to) {
		return fmt.Errorf("offsets from %d to %d, not from 0 to %d", ends[0], ends[len(ends)-1], to)
	}
	for i := 1; i < len(ends); i++ {
		if ends[i] < ends[i-1] {
			return fmt.Errorf("offset %d goes back (%d after %d)", i, ends[i], ends[i-1])
		}
	}
	return nil
}

// strings reads n strings, their ends in one section and their text in
// another: sliced from one string.
func (r *sectionReader) strings(endsSec, textSec, n int) ([]string, error) {
	ends, err := r.uint32s(endsSec)
	if err != nil {
		return nil, err
	}
	if err := checkEnds(ends, n, int(r.h.sec[textSec].n)); err != nil {
		return nil, err
	}
	text, err := r.text(textSec)
	if err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i := range out {
		out[i] = text[ends[i]:ends[i+1]]
	}
	return out, nil
}

// vocab reads a vocabulary whose sections begin at textSec (text, ends,
// posts, skips, skipAt, in that order), its postings in postSec, which it
// reads through (not mapped) to check every term's list and skips.
func (r *sectionReader) vocab(textSec, postSec int) (vocab, error) {
	var v vocab
	var err error
	if v.text, err = r.text(textSec); err != nil {
		return v, err
	}
	if v.ends, err = r.uint32s(textSec + 1); err != nil {
		return v, err
	}
	if err := checkEnds(v.ends, -1, len(v.text)); err != nil {
		return v, fmt.Errorf("terms: %w", err)
	}
	terms := len(v.ends) - 1
	for t := 1; t < terms; t++ {
		if v.term(t) <= v.term(t-1) {
			return v, fmt.Errorf("term %d (%q) not after term %d (%q)", t, v.term(t), t-1, v.term(t-1))
		}
	}
	if v.posts, err = r.uint32s(textSec + 2); err != nil {
		return v, err
	}
	postSize := r.h.sec[postSec].n
	if postSize > 1<<32-1 {
		return v, fmt.Errorf("%d bytes of postings", postSize)
	}
	if err := checkEnds(v.posts, terms, int(postSize)); err != nil {
		return v, fmt.Errorf("postings: %w", err)
	}
	if v.skips, err = r.uint32s(textSec + 3); err != nil {
		return v, err
	}
	if len(v.skips)%2 != 0 {
		return v, fmt.Errorf("%d numbers of skips, not pairs", len(v.skips))
	}
	if v.skipAt, err = r.uint32s(textSec + 4); err != nil {
		return v, err
	}
	if err := checkEnds(v.skipAt, terms, len(v.skips)/2); err != nil {
		return v, fmt.Errorf("skips: %w", err)
	}
	if !r.whole {
		return v, nil
	}
	br := r.reader(postSec)
	var buf []byte
	for t := range terms {
		n := int(v.posts[t+1] - v.posts[t])
		buf = slices.Grow(buf[:0], n)[:n]
		if _, err := io.ReadFull(br, buf); err != nil {
			return v, fmt.Errorf("postings of term %d: %w", t, err)
		}
		if err := checkList(buf, r.h.slots, r.h.fields, v.skips[2*v.skipAt[t]:2*v.skipAt[t+1]]); err != nil {
			return v, fmt.Errorf("postings of term %d (%q): %w", t, v.term(t), err)
		}
	}
	return v, nil
}

// keptLetter is a letter summary's entry in the table: its postings at
// [from, to) of the letters' section.
type keptLetter struct {
	r        rune
	start    bool
	from, to int64
}

// letters reads the letter summaries' table and checks their postings.
func (r *sectionReader) letters() ([]keptLetter, error) {
	table, err := r.uint32s(secLetters)
	if err != nil {
		return nil, err
	}
	if len(table)%4 != 0 {
		return nil, fmt.Errorf("%d numbers, not entries of 4", len(table))
	}
	s := r.h.sec[secLettersPost]
	var out []keptLetter
	var buf []byte
	for e := 0; e < len(table); e += 4 {
		l := keptLetter{r: rune(table[e]), start: table[e+1] == 1, from: int64(table[e+2]), to: int64(table[e+3])}
		switch {
		case !utf8.ValidRune(l.r) || table[e+1] > 1:
			return nil, fmt.Errorf("entry %d: letter %d (%d)", e/4, table[e], table[e+1])
		case l.from > l.to || l.to > s.n:
			return nil, fmt.Errorf("entry %d: postings at [%d, %d) of %d bytes", e/4, l.from, l.to, s.n)
		case slices.ContainsFunc(out, func(m keptLetter) bool { return m.r == l.r && m.start == l.start }):
			return nil, fmt.Errorf("entry %d: letter %q twice", e/4, l.r)
		}
		if !r.whole {
			out = append(out, l)
			continue
		}
		buf = slices.Grow(buf[:0], int(l.to-l.from))[:l.to-l.from]
		if _, err := r.f.ReadAt(buf, s.off+l.from); err != nil {
			return nil, fmt.Errorf("letter %q: %w", l.r, err)
		}
		if err := checkList(buf, r.h.slots, r.h.fields, nil); err != nil {
			return nil, fmt.Errorf("letter %q: %w", l.r, err)
		}
		out = append(out, l)
	}
	return out, nil
}

// checkList checks a list of postings as queries read it: whole varints,
// documents in order below docs, fields below fields, positions at most
// MaxPos, and each skip (document, offset) on a posting of the list, in
// order.
func checkList(post []byte, docs, fields int, skips []uint32) error {
	d, k := 0, 0
	for i, first := 0, true; i < len(post); first = false {
		at := i
		// Nearly every posting is a document's step of one byte and a
		// field and position of one or two: read here, without a call (a
		// kept index's opening reads tens of millions at 100,000
		// stories); any other as encoding/binary reads it.
		var delta, fp uint64
		var n, m int
		if i+2 < len(post) && post[i] < 0x80 {
			delta, n = uint64(post[i]), 1
			if post[i+1] < 0x80 {
				fp, m = uint64(post[i+1]), 1
			} else if post[i+2] < 0x80 {
				fp, m = uint64(post[i+1]&0x7f)|uint64(post[i+2])<<7, 2
			}
		}
		if m == 0 {
			if delta, n = binary.Uvarint(post[i:]); n <= 0 {
				return fmt.Errorf("posting at %d: not a number", i)
			}
			if fp, m = binary.Uvarint(post[i+n:]); m <= 0 {
				return fmt.Errorf("posting at %d: not a number", i+n)
			}
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

// writeSections appends the vocabularies' arrays, the letter table, the
// keys and the stamps to o, recording each section in h (the postings'
// sections are recorded by the caller).
func writeSections(o *offsetWriter, h *header, words, chunks *vocab, letters []mergedLetter, lettersAt int64, keys []string, stampEnds []uint32, stampText []byte) {
	put := func(k int, b []byte) {
		h.sec[k].off = o.at
		o.write(b)
		h.sec[k].n = o.at - h.sec[k].off
	}
	nums := func(k int, u []uint32) {
		h.sec[k].off = o.at
		var b [4]byte
		for _, x := range u {
			binary.LittleEndian.PutUint32(b[:], x)
			o.write(b[:])
		}
		h.sec[k].n = o.at - h.sec[k].off
	}
	for _, vs := range []struct {
		at int
		v  *vocab
	}{{secWordsText, words}, {secChunksText, chunks}} {
		put(vs.at, []byte(vs.v.text))
		nums(vs.at+1, vs.v.ends)
		nums(vs.at+2, vs.v.posts)
		nums(vs.at+3, vs.v.skips)
		nums(vs.at+4, vs.v.skipAt)
	}
	var table []uint32
	for _, l := range letters {
		start := uint32(0)
		if l.start {
			start = 1
		}
		table = append(table, uint32(l.r), start, uint32(l.from-lettersAt), uint32(l.to-lettersAt))
	}
	nums(secLetters, table)
	keyEnds := make([]uint32, 1, len(keys)+1)
	var text bytes.Buffer
	for _, k := range keys {
		text.WriteString(k)
		keyEnds = append(keyEnds, uint32(text.Len()))
	}
	nums(secKeyEnds, keyEnds)
	put(secKeyText, text.Bytes())
	nums(secStampEnds, stampEnds)
	put(secStampText, stampText)
}
