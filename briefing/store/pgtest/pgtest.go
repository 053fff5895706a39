// Package pgtest starts a real PostgreSQL server for tests: initdb into a
// temporary directory, pg_ctl start on a Unix socket in it (no TCP), one
// server per test binary, torn down when the tests end.
//
// PostgreSQL refuses to run as root, and CI runs as root: the server is
// then run as the postgres system user (or the user SITREP_PG_USER names)
// in a directory that user owns. When PostgreSQL is not installed the
// tests that need it skip with a message saying so, except under CI
// (CI set), where that is a failure: .ci/run installs it.
//
// It imports nothing of the project.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Server is a PostgreSQL server that a test binary started.
type Server struct {
	// Dir holds the data directory, the socket and the log.
	Dir  string
	bin  string               // the directory of initdb, pg_ctl and postgres
	attr *syscall.SysProcAttr // how its programs run: as the server's user, under root
	port int
}

// ErrNotInstalled is returned by Start when no PostgreSQL binaries are
// found.
var ErrNotInstalled = errors.New("PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin)")

// FindBin returns the directory holding initdb, pg_ctl and postgres: the
// one of initdb on PATH, else the newest /usr/lib/postgresql/N/bin.
func FindBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		return filepath.Dir(p), nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", ErrNotInstalled
}

// Start initialises a cluster in a new temporary directory and starts it,
// listening only on a Unix socket in that directory.
func Start() (*Server, error) {
	bin, err := FindBin()
	if err != nil {
		return nil, err
	}
	// Under root the server runs as another user, who must reach the
	// directory: /tmp rather than a $TMPDIR that may be root's own. A
	// short path also keeps the socket's within the limit of 107 bytes.
	base := ""
	if st, err := os.Stat("/tmp"); err == nil && st.IsDir() {
		base = "/tmp"
	}
	dir, err := os.MkdirTemp(base, "sitrep-pg-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s := &Server{Dir: dir, bin: bin, port: 5432}
	if os.Geteuid() == 0 {
		name := cmpOr(os.Getenv("SITREP_PG_USER"), "postgres")
		u, err := user.Lookup(name)
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("pgtest: running as root, and PostgreSQL refuses root: need the user %q: %w", name, err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.attr = runAs(uint32(uid), uint32(gid))
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("pgtest: %w", err)
		}
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	if err := s.run("initdb", "-D", s.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
		"--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := s.StartServer(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (s *Server) data() string { return filepath.Join(s.Dir, "data") }

// run runs one of PostgreSQL's programs as the server's user.
func (s *Server) run(prog string, args ...string) error {
	cmd := exec.Command(filepath.Join(s.bin, prog), args...)
	cmd.Dir = s.Dir
	cmd.SysProcAttr = s.attr
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("pgtest: %s: %w\n%s", prog, err, out)
	}
	return nil
}

// StartServer starts the server (again, after StopServer) and waits until
// it accepts connections.
func (s *Server) StartServer() error {
	opts := fmt.Sprintf("-c listen_addresses='' -k %s -p %d -c fsync=off -c shared_buffers=16MB -c max_connections=100",
		s.Dir, s.port)
	return s.run("pg_ctl", "start", "-w", "-t", "60", "-D", s.data(), "-l", filepath.Join(s.Dir, "log"), "-o", opts)
}

// StopServer stops the server (fast: open connections are cut).
func (s *Server) StopServer() error {
	return s.run("pg_ctl", "stop", "-w", "-m", "fast", "-D", s.data())
}

// Close stops the server and removes its directory.
func (s *Server) Close() error {
	err := s.run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", s.data())
	if rmErr := os.RemoveAll(s.Dir); err == nil {
		err = rmErr
	}
	return err
}

// DSN is the connection string of a database of the server.
func (s *Server) DSN(db string) string {
	return fmt.Sprintf("postgres://postgres@/%s?host=%s&port=%d&sslmode=disable", db, s.Dir, s.port)
}

// Database creates an empty database with a name of its own for the test
// and returns its connection string.
func (s *Server) Database(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.DSN("postgres"))
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	defer conn.Close(ctx)
	name := "t_" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '_'
	}, t.Name())
	name = name[:min(len(name), 50)] + "_" + strconv.FormatInt(time.Now().UnixNano()%1e9, 36)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	return s.DSN(name)
}

// ChildEnv, set in the environment of a test binary that a test runs as
// a child process, keeps Main from starting a server of its own.
const ChildEnv = "SITREP_PGTEST_CHILD"

// Main runs a test binary's tests with a server started for them: *srv is
// set before m.Run and the server is torn down after. Without PostgreSQL,
// *srv stays nil and a message says why (tests then call Need to skip);
// under CI that is a failure.
func Main(m *testing.M, srv **Server) {
	if os.Getenv(ChildEnv) != "" {
		os.Exit(m.Run()) // a test's child process: it uses its parent's server
	}
	s, err := Start()
	switch {
	case errors.Is(err, ErrNotInstalled) && os.Getenv("CI") == "":
		fmt.Fprintf(os.Stderr, "pgtest: SKIPPING the PostgreSQL tests: %v\n", err)
	case err != nil:
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		if errors.Is(err, ErrNotInstalled) {
			fmt.Fprintln(os.Stderr, "pgtest: CI is set: PostgreSQL must be installed (.ci/run installs it)")
		}
		os.Exit(1)
	}
	*srv = s
	code := m.Run()
	if s != nil {
		if err := s.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		}
	}
	os.Exit(code)
}

// Need skips the test when no server could be started (PostgreSQL is not
// installed and CI is not set).
func Need(t testing.TB, s *Server) {
	t.Helper()
	if s == nil {
		t.Skip("PostgreSQL is not installed: skipping (install Debian's postgresql package, or see .ci/run)")
	}
}
