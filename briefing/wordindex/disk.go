package wordindex

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// BuildOnDisk is Build with the postings (nearly all the index holds) in a
// file of dir, mapped into memory, not in the Go heap: the pages a query
// reads are in memory, and the kernel can drop them again, so that a large
// library's index adds to the process only what the words typed read. The
// file is removed at once (the mapping keeps it until the index is
// collected); on a system without mappings its content is read into memory.
//
// It is built a part (buildPart documents) at a time, on one goroutine (it
// runs beside a reader, whose screen keeps the other core), each part's
// postings written to a spill file as it is done, then the parts merged
// into one segment: one part at a time is held in memory.
func BuildOnDisk(dir string, fields, n int, doc func(i int) Doc) (*Index, error) {
	return buildOnDisk(dir, "", 0, fields, n, buildPart, doc)
}

// onDisk is a part built: its segment, its postings written to the spill
// file (post, letters and chunks' post cleared), and where they are.
type onDisk struct {
	seg            *segment
	base           int   // its first document's slot
	words, chunks  int64 // where each vocabulary's postings start in the spill file
	letters        []int64
	lettersEnd     []int64
	wordsN, chunkN int
}

// buildOnDisk builds the index of n documents in a file of dir, in parts
// of part documents; the file is renamed to keepAs in dir (BuildKept), or
// removed at once when keepAs is "". version is the caller's version of
// what its documents hold, written in the header.
func buildOnDisk(dir, keepAs string, version uint32, fields, n, part int, doc func(i int) Doc) (*Index, error) {
	spill, err := os.CreateTemp(dir, "sitrep-words-*.spill")
	if err != nil {
		return nil, fmt.Errorf("filter index: %w", err)
	}
	// Removed at once where an open file can be (it is kept until closed),
	// else when closed.
	os.Remove(spill.Name())
	defer func() { spill.Close(); os.Remove(spill.Name()) }()

	// Each document's stamp, kept as it is read (one buffer, not a string
	// each: the build holds them to its end).
	stampEnds := make([]uint32, 1, n+1)
	var stampText []byte
	stamped := func(i int) Doc {
		d := doc(i)
		stampText = append(stampText, d.Stamp...)
		stampEnds = append(stampEnds, uint32(len(stampText)))
		return d
	}

	parts := (n + part - 1) / part
	built := make([]onDisk, parts)
	w := bufio.NewWriterSize(spill, 1<<16)
	var at int64
	var werr error
	write := func(b []byte) int64 {
		start := at
		if werr == nil {
			_, werr = w.Write(b)
		}
		at += int64(len(b))
		return start
	}
	for p := range parts {
		from, to := p*part, min(n, (p+1)*part)
		seg := buildSegment(fields, func(yield func(Doc) bool) {
			for i := from; i < to && yield(stamped(i)); i++ {
			}
		})
		d := onDisk{seg: seg, base: from, wordsN: len(seg.words.post), chunkN: len(seg.chunks.post)}
		d.words, d.chunks = write(seg.words.post), write(seg.chunks.post)
		for _, l := range seg.words.letters {
			d.letters = append(d.letters, write(l.inside))
			d.lettersEnd = append(d.lettersEnd, at)
		}
		seg.words.post, seg.chunks.post = nil, nil
		for k := range seg.words.letters {
			seg.words.letters[k].inside = nil
		}
		built[p] = d
	}
	if werr == nil {
		werr = w.Flush()
	}
	if werr != nil {
		return nil, fmt.Errorf("filter index: %s: %w", spill.Name(), werr)
	}
	out, err := os.CreateTemp(dir, "sitrep-words-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("filter index: %w", err)
	}
	if keepAs == "" {
		os.Remove(out.Name())
	}
	renamed := false
	defer func() {
		out.Close()
		if !renamed {
			os.Remove(out.Name())
		}
	}()
	h := header{format: FormatVersion, content: version, fields: fields, slots: n}
	ow := &offsetWriter{w: bufio.NewWriterSize(out, 1<<16)}
	ow.write(make([]byte, headerSize)) // written again once the sections are
	keys := make([]string, 0, n)
	for _, d := range built {
		keys = append(keys, d.seg.keys...)
	}
	// The parts' postings are read back in order, each part's from where
	// it is (not mapped: the pages read would count as the process's).
	readers := func(at func(onDisk) int64, n func(onDisk) int64) []*partReader {
		rs := make([]*partReader, len(built))
		for p, d := range built {
			rs[p] = &partReader{r: bufio.NewReaderSize(io.NewSectionReader(spill, at(d), n(d)), 1<<14)}
		}
		return rs
	}
	words := mergeParts(ow, built, readers(func(d onDisk) int64 { return d.words }, func(d onDisk) int64 { return int64(d.wordsN) }),
		func(d onDisk) *vocab { return &d.seg.words })
	chunks := mergeParts(ow, built, readers(func(d onDisk) int64 { return d.chunks }, func(d onDisk) int64 { return int64(d.chunkN) }),
		func(d onDisk) *vocab { return &d.seg.chunks })
	lettersAt := ow.at
	letters := mergeLetters(ow, built, spill)
	h.sec[secWordsPost].off, h.sec[secWordsPost].n = words.from, words.to-words.from
	h.sec[secChunksPost].off, h.sec[secChunksPost].n = chunks.from, chunks.to-chunks.from
	h.sec[secLettersPost].off, h.sec[secLettersPost].n = lettersAt, ow.at-lettersAt
	built = nil
	writeSections(ow, &h, &words.vocab, &chunks.vocab, letters, lettersAt, keys, stampEnds, stampText)
	size := ow.at
	if ow.err == nil {
		ow.err = ow.w.Flush()
	}
	if ow.err == nil {
		_, ow.err = out.WriteAt(h.encode(), 0)
	}
	if ow.err != nil {
		return nil, fmt.Errorf("filter index: %s: %w", out.Name(), ow.err)
	}
	if keepAs != "" {
		if err := os.Rename(out.Name(), filepath.Join(dir, keepAs)); err != nil {
			return nil, fmt.Errorf("filter index: %w", err)
		}
		renamed = true
	}
	// Read back as a later process would (OpenKept): one way in, checked.
	ix, _, err := load(out, size, version, fields, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("filter index: %s: %w", out.Name(), err)
	}
	return ix, nil
}

// offsetWriter writes the merged postings, counting where it is.
type offsetWriter struct {
	w   *bufio.Writer
	at  int64
	err error
	buf [2 * 10]byte
}

func (o *offsetWriter) fail(err error) {
	if o.err == nil {
		o.err = err
	}
}

func (o *offsetWriter) write(b []byte) {
	if o.err == nil {
		_, o.err = o.w.Write(b)
	}
	o.at += int64(len(b))
}

// writeList writes a part's list of postings as part of a merged list
// whose last document is prev (-1: none yet), its documents moved by base:
// the first posting's delta is made again, the rest copied as they are. It
// returns the merged list's last document and how much longer the first
// delta was written (the shift of the part's skips).
func (o *offsetWriter) writeList(post []byte, base, prev int) (last, shift int) {
	d0, n := uvarint(post)
	first := base + int(d0)
	delta := first - max(prev, 0)
	enc := appendUvarint(o.buf[:0], uint64(delta))
	o.write(enc)
	o.write(post[n:])
	last = first
	for r := (postingReader{post: post}); r.i < len(post); {
		d, _ := r.next()
		last = base + d
	}
	return last, len(enc) - n
}

// mergedVocab is a vocabulary merged from the parts, its postings at
// [from, to) of the merged file.
type mergedVocab struct {
	vocab
	from, to int64
}

// partReader reads a part's postings in order, from the spill file.
type partReader struct {
	r   *bufio.Reader
	buf []byte
}

// next is the next n bytes (valid until the next call).
func (p *partReader) next(n int) ([]byte, error) {
	if cap(p.buf) < n {
		p.buf = make([]byte, n)
	}
	p.buf = p.buf[:n]
	_, err := io.ReadFull(p.r, p.buf)
	return p.buf, err
}

// mergeParts merges one vocabulary of the parts (of), whose postings in
// term order read reads, into one, writing its postings to o.
func mergeParts(o *offsetWriter, parts []onDisk, read []*partReader, of func(onDisk) *vocab) mergedVocab {
	m := mergedVocab{from: o.at}
	cur := make([]int, len(parts)) // the next term of each part
	var text strings.Builder
	m.ends, m.posts, m.skipAt = []uint32{0}, []uint32{0}, []uint32{0}
	for {
		// The least term among the parts' next ones.
		term, any := "", false
		for p, d := range parts {
			if v := of(d); cur[p] < v.len() && (!any || v.term(cur[p]) < term) {
				term, any = v.term(cur[p]), true
			}
		}
		if !any {
			break
		}
		start, prev := o.at, -1
		for p, d := range parts {
			v := of(d)
			t := cur[p]
			if t >= v.len() || v.term(t) != term {
				continue
			}
			cur[p]++
			post, err := read[p].next(int(v.posts[t+1] - v.posts[t]))
			if err != nil {
				o.fail(err)
				continue
			}
			listAt := int(o.at - start)
			last, shift := o.writeList(post, d.base, prev)
			for _, sk := range chunkPairs(v.skips[2*v.skipAt[t] : 2*v.skipAt[t+1]]) {
				m.skips = append(m.skips, uint32(d.base)+sk[0], uint32(listAt+shift)+sk[1])
			}
			prev = last
		}
		text.WriteString(term)
		m.ends = append(m.ends, uint32(text.Len()))
		m.posts = append(m.posts, uint32(o.at-m.from))
		m.skipAt = append(m.skipAt, uint32(len(m.skips)/2))
	}
	m.text = text.String()
	m.to = o.at
	return m
}

// chunkPairs are s's pairs.
func chunkPairs(s []uint32) [][2]uint32 {
	out := make([][2]uint32, len(s)/2)
	for k := range out {
		out[k] = [2]uint32{s[2*k], s[2*k+1]}
	}
	return out
}

// mergedLetter is a letter's summary merged, at [from, to) of the file.
type mergedLetter struct {
	r        rune
	start    bool
	from, to int64
}

// mergeLetters merges the summaries of the letters every part has one of
// (a letter some part has none of is answered from the vocabulary, as a
// letter without a summary always is).
func mergeLetters(o *offsetWriter, parts []onDisk, spill io.ReaderAt) []mergedLetter {
	if len(parts) == 0 {
		return nil
	}
	var out []mergedLetter
	for _, l := range parts[0].seg.words.letters {
		k := make([]int, len(parts)) // the letter's place in each part's summaries
		all := true
		for p, d := range parts {
			k[p] = -1
			for j, m := range d.seg.words.letters {
				if m.r == l.r && m.start == l.start {
					k[p] = j
				}
			}
			all = all && k[p] >= 0
		}
		if !all {
			continue
		}
		ml := mergedLetter{r: l.r, start: l.start, from: o.at}
		prev := -1
		var b []byte
		for p, d := range parts {
			b = slices.Grow(b[:0], int(d.lettersEnd[k[p]]-d.letters[k[p]]))[:d.lettersEnd[k[p]]-d.letters[k[p]]]
			if _, err := spill.ReadAt(b, d.letters[k[p]]); err != nil {
				o.fail(err)
			} else if len(b) > 0 {
				prev, _ = o.writeList(b, d.base, prev)
			}
		}
		ml.to = o.at
		out = append(out, ml)
	}
	return out
}
