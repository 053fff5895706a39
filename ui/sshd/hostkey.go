package sshd

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// loadHostKey reads the server's private host key from path, generating an
// Ed25519 key there (mode 0600, in a directory of mode 0700) when none
// exists yet. Like sshd, it refuses a key file that others can read or
// write: a leaked host key lets anyone impersonate the server.
func loadHostKey(path string) (signer gossh.Signer, created bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = createHostKey(path)
		created = true
	}
	if err != nil {
		return nil, false, err
	}
	if !created {
		if err := checkKeyMode(path); err != nil {
			return nil, false, err
		}
	}
	signer, err = gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, fmt.Errorf("parse host key %s: %w", path, err)
	}
	return signer, created, nil
}

// checkKeyMode refuses a private key that group or others may access.
func checkKeyMode(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("host key %s: permissions %#o are too open (want 0600): run chmod 600 %s",
			path, perm, path)
	}
	return nil
}

// createHostKey generates an Ed25519 key and writes it in OpenSSH format.
// The file is created exclusively, so two servers starting at once cannot
// overwrite each other's key; the loser reads the winner's.
func createHostKey(path string) ([]byte, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create host key directory: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "sitrep host key")
	if err != nil {
		return nil, fmt.Errorf("encode host key: %w", err)
	}
	data := pem.EncodeToMemory(block)
	tmp, err := os.CreateTemp(filepath.Dir(path), ".hostkey-*")
	if err != nil {
		return nil, fmt.Errorf("write host key: %w", err)
	}
	defer os.Remove(tmp.Name()) //nolint:errcheck // gone after a successful link
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close() //nolint:errcheck,gosec // already failing
		return nil, fmt.Errorf("write host key: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close() //nolint:errcheck,gosec // already failing
		return nil, fmt.Errorf("write host key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close() //nolint:errcheck,gosec // already failing
		return nil, fmt.Errorf("write host key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("write host key: %w", err)
	}
	// Link rather than rename: link fails if another process created the
	// key in the meantime, and then its key is the one to use.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			existing, rerr := os.ReadFile(path)
			if rerr != nil {
				return nil, fmt.Errorf("read host key: %w", rerr)
			}
			return existing, nil
		}
		return nil, fmt.Errorf("write host key: %w", err)
	}
	return data, nil
}
