package index

import (
	"strconv"
	"testing"
)

// The stored sizes, times and change marks are read as strconv reads
// them: the same value, or an error where it gives one.
func TestParseIntAsStrconv(t *testing.T) {
	for _, s := range []string{"0", "7", "007", "3072", "1733560000123456789", "9223372036854775807",
		"9223372036854775808", "9999999999999999999", "18446744073709551616", "-1", "-1733560000123456789",
		"+5", "", " 5", "5 ", "1_000", "0x10", "12a", "١٢"} {
		checkParseInt(t, s)
	}
	for _, s := range []string{"0", "4294967295", "4294967296", "9999999999999999999", "-1", "", "x"} {
		checkChange(t, s)
	}
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0", "1733560000123456789", "9223372036854775808", "-12", "+3", "4294967296"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseInt(t, s)
		checkChange(t, s)
	})
}

func checkParseInt(t *testing.T, s string) {
	t.Helper()
	got, err := parseInt(s)
	want, wantErr := strconv.ParseInt(s, 10, 64)
	if got != want || (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
		t.Errorf("parseInt(%q) = %d, %v; strconv: %d, %v", s, got, err, want, wantErr)
	}
}

// checkChange: a change mark, as header reads it.
func checkChange(t *testing.T, s string) {
	t.Helper()
	got, err := parseChange(s)
	want, wantErr := strconv.ParseUint(s, 10, 32)
	if uint64(got) != want || (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
		t.Errorf("parseChange(%q) = %d, %v; strconv: %d, %v", s, got, err, want, wantErr)
	}
}
