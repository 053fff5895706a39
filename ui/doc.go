// Package ui holds sitrep's front ends, side by side, as subpackages:
//
//   - tui: the reader, a bubbletea program of panes under a thin root;
//   - cli: the non-interactive commands (list, show, import, extract, ...);
//   - sshd: the SSH server that runs the reader for each session.
//
// Dependencies flow one way: main imports the front ends; the front ends
// import the domain (sitrep/briefing and its subpackages); sshd imports tui
// to run it per session; nothing under briefing imports anything here.
package ui
