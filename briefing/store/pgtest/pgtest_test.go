package pgtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

var server *Server

func TestMain(m *testing.M) { Main(m, &server) }

// TestServer connects to the server, restarts it and connects again.
func TestServer(t *testing.T) {
	Need(t, server)
	ctx := context.Background()
	dsn := server.Database(t)
	query := func() string {
		t.Helper()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var v string
		if err := conn.QueryRow(ctx, "SELECT current_setting('server_version_num')").Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := query(); v < "150000" {
		t.Errorf("server version %s", v)
	}
	if err := server.StopServer(); err != nil {
		t.Fatal(err)
	}
	if _, err := pgx.Connect(ctx, dsn); err == nil {
		t.Fatal("connected to a stopped server")
	}
	if err := server.StartServer(); err != nil {
		t.Fatal(err)
	}
	query()
}
