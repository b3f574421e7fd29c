package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// walker expands the paths given to a Reader into the list of inputs.
type walker struct {
	stdin   io.Reader
	items   []item
	visited map[string]bool // real paths of the directories walked
	chain   []string        // real paths of the directories being walked
}

func (w *walker) fail(path string, err error) {
	w.items = append(w.items, item{path: path, err: &graph.ParseError{File: path, Err: err}})
}

func (w *walker) path(p string) {
	if p == "-" {
		w.items = append(w.items, item{path: "-", size: -1, r: w.stdin})
		return
	}
	fi, err := os.Stat(p)
	if err != nil {
		w.fail(p, statErr(p, err))
		return
	}
	switch {
	case fi.IsDir():
		real, err := filepath.EvalSymlinks(p)
		if err != nil {
			w.fail(p, statErr(p, err))
			return
		}
		if abs, err := filepath.Abs(real); err == nil {
			real = abs
		}
		w.dir(p, real)
	case fi.Mode().IsRegular():
		w.items = append(w.items, item{path: p, size: fi.Size(), format: formatOf(p)})
	default: // a pipe or device named on purpose, such as /dev/stdin
		w.items = append(w.items, item{path: p, size: -1, format: formatOf(p)})
	}
}

// dir walks a directory whose real (symlink-free, absolute) path is real.
func (w *walker) dir(path, real string) {
	if w.visited == nil {
		w.visited = map[string]bool{}
	}
	if w.visited[real] {
		return // reached twice through symlinks: read it once
	}
	w.visited[real] = true
	w.chain = append(w.chain, real)
	defer func() { w.chain = w.chain[:len(w.chain)-1] }()
	entries, err := os.ReadDir(path)
	if err != nil {
		w.fail(path, fmt.Errorf("read directory: %w", openErr(err)))
		// ReadDir returns what it could read before the error
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(path, name)
		switch {
		case e.Type()&fs.ModeSymlink != 0:
			w.symlink(full, real)
		case e.IsDir():
			w.dir(full, filepath.Join(real, name))
		case e.Type().IsRegular():
			if f := formatOf(name); f != FormatAuto {
				var size int64 = -1
				if fi, err := e.Info(); err == nil {
					size = fi.Size()
				}
				w.items = append(w.items, item{path: full, size: size, format: f})
			}
		}
	}
}

// symlink follows a symbolic link met in directory real.
func (w *walker) symlink(full, parentReal string) {
	target, err := filepath.EvalSymlinks(full)
	if err != nil {
		w.fail(full, statErr(full, err))
		return
	}
	if abs, err := filepath.Abs(target); err == nil {
		target = abs
	}
	fi, err := os.Stat(target)
	if err != nil {
		w.fail(full, statErr(full, err))
		return
	}
	switch {
	case fi.IsDir():
		if w.inChain(target) || strings.HasPrefix(parentReal, target+string(filepath.Separator)) {
			w.fail(full, errors.New("symlink loop: it points back to a directory that contains it (skipped)"))
			return
		}
		w.dir(full, target)
	case fi.Mode().IsRegular():
		if f := formatOf(full); f != FormatAuto {
			w.items = append(w.items, item{path: full, size: fi.Size(), format: f})
		}
	}
}

func (w *walker) inChain(real string) bool {
	for _, c := range w.chain {
		if c == real {
			return true
		}
	}
	return false
}

func statErr(path string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return errors.New("broken symlink (its target does not exist)")
		}
		return errors.New("no such file or directory (check the path)")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied (check the permissions)")
	case errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "too many levels of symbolic links"),
		strings.Contains(err.Error(), "too many links"):
		return errors.New("symlink loop (the link points back to itself)")
	}
	return err
}
