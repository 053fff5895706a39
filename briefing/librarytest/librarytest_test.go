package librarytest

import (
	"bytes"
	"testing"

	"sitrep/briefing"
)

func TestGenerate(t *testing.T) {
	a, b := Generate(200, 7), Generate(200, 7)
	total := 0
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("briefing %d differs between two runs of one seed", i)
		}
		total += len(a[i].Data)
	}
	if avg := total / len(a); avg < 2800 || avg > 3600 {
		t.Errorf("average size %d bytes, want about 3 KB", avg)
	}
	if Generate(1, 8)[0].Name == a[0].Name && bytes.Equal(Generate(1, 8)[0].Data, a[0].Data) {
		t.Error("another seed gives the same library")
	}
	lib, err := briefing.Load(FS(200, 7))
	if err != nil {
		t.Fatal(err)
	}
	if lib.Len() != 200 || len(lib.Problems()) != 0 {
		t.Errorf("%d briefings loaded, problems %v", lib.Len(), lib.Problems())
	}
	figs, err := lib.KeyFigures(lib.Briefings()[0].ID)
	if err != nil || len(figs) < 2 {
		t.Errorf("key figures %v, %v: want a toll and a displacement", figs, err)
	}
}
