package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// gold is a hand annotation of one text: its key figures and its timeline,
// in the schema of ../shared/fixtures/kenya-haiti-mss.gold.json.
type gold struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Figures   []struct {
		Text      string    `json:"text"`
		Value     float64   `json:"value"`
		Qualifier Qualifier `json:"qualifier"`
		Unit      string    `json:"unit"`
		Category  Category  `json:"category"`
		Timex     string    `json:"timex"`
	} `json:"figures"`
	Timeline []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
		Event string `json:"event"`
	} `json:"timeline"`
	AlsoTimexes []struct {
		Text  string    `json:"text"`
		Type  TimexType `json:"type"`
		Value string    `json:"value"`
	} `json:"also_timexes"`
}

// loadGold reads a gold file, failing the test on a malformed one.
func loadGold(t testing.TB, path string) gold {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return g
}

// fixture returns the shared fixture article and its gold annotation
// (see readShared for when ../shared is absent).
func fixture(t testing.TB) (string, gold) {
	t.Helper()
	text := readShared(t, "fixtures", "kenya-haiti-mss.txt")
	readShared(t, "fixtures", "kenya-haiti-mss.gold.json")
	return string(text), loadGold(t, filepath.Join(sharedDir, "fixtures", "kenya-haiti-mss.gold.json"))
}
