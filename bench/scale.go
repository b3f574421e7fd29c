package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// ScaleCorpus writes n articles to w as JSON Lines, streaming: the lines of
// the corpus files taken in turn (one from each file, round robin, so that
// any prefix mixes the outlets as the whole does), and when they run out the
// same again, each repetition r ≥ 1 giving every article the fresh id
// "<id>~r<r>". The first pass copies the lines as they are. It never holds
// more than one line per file in memory. It returns the number of articles
// and bytes written; a corpus with no article is an error.
func ScaleCorpus(w io.Writer, files []string, n int) (articles int, size int64, err error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	for rep := 0; articles < n; rep++ {
		k, s, err := scalePass(bw, files, n-articles, rep)
		articles += k
		size += s
		if err != nil {
			return articles, size, err
		}
		if k == 0 {
			return articles, size, errors.New("scale corpus: the corpus files hold no article")
		}
	}
	if err := bw.Flush(); err != nil {
		return articles, size, fmt.Errorf("scale corpus: %w", err)
	}
	return articles, size, nil
}

// lineReader reads the non-blank lines of one corpus file.
type lineReader struct {
	name string
	f    *os.File
	r    *bufio.Reader
	line int
}

func (lr *lineReader) next() ([]byte, error) {
	for {
		raw, err := lr.r.ReadBytes('\n')
		if len(raw) > 0 {
			lr.line++
			if t := bytes.TrimSpace(raw); len(t) > 0 {
				return t, nil
			}
		}
		if err != nil {
			return nil, err
		}
	}
}

// scalePass writes at most max articles of one pass over the files.
func scalePass(w *bufio.Writer, files []string, max, rep int) (articles int, size int64, err error) {
	readers := make([]*lineReader, 0, len(files))
	defer func() {
		for _, lr := range readers {
			if lr != nil {
				lr.f.Close()
			}
		}
	}()
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return 0, 0, fmt.Errorf("scale corpus: %w", err)
		}
		readers = append(readers, &lineReader{name: name, f: f, r: bufio.NewReaderSize(f, 1<<20)})
	}
	live := len(readers)
	for live > 0 && articles < max {
		for i, lr := range readers {
			if lr == nil || articles >= max {
				continue
			}
			raw, err := lr.next()
			if err == io.EOF {
				readers[i] = nil
				lr.f.Close()
				live--
				continue
			}
			if err != nil {
				return articles, size, fmt.Errorf("scale corpus: read %s: %w", lr.name, err)
			}
			if rep > 0 {
				if raw, err = withFreshID(raw, rep); err != nil {
					return articles, size, fmt.Errorf("scale corpus: %s:%d: %w", lr.name, lr.line, err)
				}
			}
			if _, err := w.Write(raw); err != nil {
				return articles, size, fmt.Errorf("scale corpus: %w", err)
			}
			if err := w.WriteByte('\n'); err != nil {
				return articles, size, fmt.Errorf("scale corpus: %w", err)
			}
			articles++
			size += int64(len(raw)) + 1
		}
	}
	return articles, size, nil
}

// withFreshID returns the JSON object line with its id replaced by
// "<id>~r<rep>" (other fields untouched, in key order).
func withFreshID(line []byte, rep int) ([]byte, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	var id string
	if raw, ok := obj["id"]; ok {
		if err := json.Unmarshal(raw, &id); err != nil {
			return nil, fmt.Errorf("id is not a string: %w", err)
		}
	}
	if id == "" {
		return nil, errors.New("article without an id: scaling needs ids to make fresh ones")
	}
	fresh, err := json.Marshal(id + "~r" + strconv.Itoa(rep))
	if err != nil {
		return nil, err
	}
	obj["id"] = fresh
	return json.Marshal(obj)
}
