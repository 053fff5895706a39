package briefing

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"sitrep/briefing/internal/fuzzseed"
)

// checkPrefixRead fails when reading the header of data from disk (one
// read of a prefix) gives another result or error than ReadHeader over
// the whole file.
func checkPrefixRead(t testing.TB, dir string, data []byte) {
	if err := os.WriteFile(filepath.Join(dir, "x.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, gotErr := readHeaderFile(DirFS(dir), "x.md")
	want, wantErr := ReadHeader("x.md", bytes.NewReader(data))
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("header of %q: error %v, ReadHeader says %v", data, gotErr, wantErr)
	}
	if got != nil {
		// The file's status as it was read: the one it has now.
		fi, err := os.Stat(filepath.Join(dir, "x.md"))
		if err != nil {
			t.Fatal(err)
		}
		if st := statOfInfo(fi); got.read != st || st.change == 0 {
			t.Fatalf("header of %q: read with the status %+v, the file's is %+v", data, got.read, st)
		}
		got.read = fileStat{} // ReadHeader reads no file
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("header of %q:\n%+v\nReadHeader says\n%+v", data, got, want)
	}
}

// headerCases are files at the edges of the one-read path.
func headerCases() []string {
	long := strings.Repeat("summary: "+strings.Repeat("x", 70)+"\n", 1)
	cases := []string{
		"---\ntitle: T\n---\nbody",
		"---\ntitle: T\n---",
		"---\ntitle: T\n---\r\n",
		"\ufeff---\r\ntitle: T\r\n--- \t\r\nbody\r\n",
		"---\ntitle: T\n",
		"---",
		"",
		"no front matter\n",
		"---\ntitle: T\x00\n---\n",
		"---\ntitle: T\n---\x00\n---\n",
		"---\ntitle: T\n---\n\x00body\n",
		"--- \ntitle: T\nsummary: \xff\xfe\n---\n",
		"---\ntitle: T\ntitle: U\n---\n",
		"---\ntitle: &a T\nsummary: *a\n---\n",
		"----\ntitle: T\n---\n",
		"---\ntitle: \"T\" # c\n...\n---\n",
		"---\ntitle: T\n" + strings.Repeat(long, 200) + "---\nbody\n",
		"---\ntitle: T\n" + strings.Repeat("x", prefixSize) + "\n---\n",
		"---\ntitle: T\n" + strings.Repeat("#", prefixSize-17) + "\n---\nbody",
		"---\ntitle: T\n" + strings.Repeat("#", prefixSize-18) + "\n---\nbody",
		"---\ntitle: T\n" + strings.Repeat("# c\n", MaxFrontMatterSize/4+2) + "---\n",
	}
	for _, s := range fuzzseed.Strings {
		cases = append(cases, s)
	}
	return cases
}

func TestPrefixReadMatchesReadHeader(t *testing.T) {
	dir := t.TempDir()
	for _, c := range headerCases() {
		checkPrefixRead(t, dir, []byte(c))
	}
}

// FuzzPrefixRead holds the one-read header path to ReadHeader.
func FuzzPrefixRead(f *testing.F) {
	for _, c := range headerCases() {
		f.Add([]byte(c))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		checkPrefixRead(t, dir, data)
	})
}
