package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

// CorpusFileError is the error about a gold annotation whose corpus_file
// is in none of the places looked in.
type CorpusFileError struct {
	File string   // the gold's corpus_file
	Dirs []string // the folders looked in
}

func (e *CorpusFileError) Error() string {
	return fmt.Sprintf("corpus_file %s not found in %s", e.File, strings.Join(e.Dirs, " or "))
}

// FindArticles reads the article of each gold annotation: its text_file,
// relative to the gold file's folder, or the record of its corpus_file
// whose id is its Doc. A corpus file is looked up in corpusDir, or, when
// that is "", in ../../corpus, then ../corpus, relative to the gold folder;
// each is streamed once for all the annotations that name it, and only
// until they are all found.
//
// It returns the articles by Doc, and an error for each annotation whose
// article could not be read, in the order of golds for the text files and
// missing corpus files (a *CorpusFileError), then per corpus file. It stops early, with what it
// found so far, when ctx is cancelled.
func FindArticles(ctx context.Context, golds []*Gold, corpusDir string) (map[string]*input.Article, []error) {
	articles := make(map[string]*input.Article, len(golds))
	var errs []error
	var corpusOrder []string
	byCorpus := make(map[string][]*Gold)
	for _, g := range golds {
		if ctx.Err() != nil {
			return articles, errs
		}
		goldDir := filepath.Dir(g.Path)
		if g.TextFile != "" {
			p := g.TextFile
			if !filepath.IsAbs(p) {
				p = filepath.Join(goldDir, p)
			}
			a, err := readOne(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: text_file: %w", g.Path, err))
				continue
			}
			articles[g.Doc] = a
			continue
		}
		p, err := corpusPath(goldDir, corpusDir, g.CorpusFile)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", g.Path, err))
			continue
		}
		if byCorpus[p] == nil {
			corpusOrder = append(corpusOrder, p)
		}
		byCorpus[p] = append(byCorpus[p], g)
	}
	for _, p := range corpusOrder {
		errs = append(errs, scanCorpus(ctx, p, byCorpus[p], articles)...)
	}
	return articles, errs
}

// readOne reads the one article of a text file.
func readOne(path string) (*input.Article, error) {
	r := input.Open([]string{path}, input.Options{})
	defer r.Close()
	a, err := r.Next()
	if err == io.EOF {
		return nil, fmt.Errorf("%s holds no article", path)
	}
	return a, err
}

// corpusPath finds a corpus file: in dir when it is given, else in
// ../../corpus, then ../corpus, relative to the gold folder.
func corpusPath(goldDir, dir, file string) (string, error) {
	if filepath.IsAbs(file) {
		return file, nil
	}
	cands := []string{dir}
	if dir == "" {
		cands = []string{filepath.Join(goldDir, "..", "..", "corpus"), filepath.Join(goldDir, "..", "corpus")}
	}
	for _, d := range cands {
		p := filepath.Join(d, file)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", &CorpusFileError{File: file, Dirs: cands}
}

// maxBadLines is how many unreadable records in a row make scanCorpus give
// up on a file.
const maxBadLines = 100

// scanCorpus streams one corpus file and keeps the records the gold files
// want, stopping as soon as it has them all. It returns an error for each
// gold whose record it did not find.
func scanCorpus(ctx context.Context, path string, golds []*Gold, articles map[string]*input.Article) []error {
	want := make(map[string]*Gold, len(golds))
	for _, g := range golds {
		want[g.Doc] = g
	}
	r := input.Open([]string{path}, input.Options{})
	defer r.Close()
	var firstBad error
	bad, badInRow := 0, 0
	var fatal error
	for len(want) > 0 && ctx.Err() == nil {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *graph.ParseError
			if !errors.As(err, &pe) || badInRow >= maxBadLines {
				fatal = err
				break
			}
			if firstBad == nil {
				firstBad = err
			}
			bad++
			badInRow++
			continue
		}
		badInRow = 0
		if g := want[a.ID]; g != nil {
			articles[g.Doc] = a
			delete(want, a.ID)
		}
	}
	if ctx.Err() != nil {
		return nil
	}
	var errs []error
	for _, g := range golds {
		if want[g.Doc] == nil {
			continue
		}
		switch {
		case fatal != nil:
			errs = append(errs, fmt.Errorf("%s: corpus_file: %w", g.Path, fatal))
		case firstBad != nil:
			errs = append(errs, fmt.Errorf("%s: no record with id %q in %s (which has %d unreadable lines, the first: %v)", g.Path, g.Doc, path, bad, firstBad))
		default:
			errs = append(errs, fmt.Errorf("%s: no record with id %q in %s; check the gold's \"doc\" and \"corpus_file\"", g.Path, g.Doc, path))
		}
	}
	return errs
}
