package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// Targets are the figures the bench checks a run against (issues 7 and
// 14).
type Targets struct {
	ArticlesPerCPUSecond float64       // extraction on one core
	VsNaive              float64       // newsgraph load rate ÷ naive loader rate, at least
	VsAdmin              float64       // newsgraph load time ÷ neo4j-admin time, at most
	EndToEnd             time.Duration // extract + load of the scaled corpus, at most
	QueryP95             time.Duration // every saved query, at most
	SampleBuild          time.Duration // newsgraph build of the sample on a warm server, at most
	OneArticle           time.Duration // newsgraph load of one new document on a warm server, at most
	UnchangedPerSecond   float64       // articles skipped per second by a re-load of unchanged documents, at least
}

// DefaultTargets are the targets of the issues.
var DefaultTargets = Targets{
	ArticlesPerCPUSecond: 2000,
	VsNaive:              10,
	VsAdmin:              1.2,
	EndToEnd:             10 * time.Minute,
	QueryP95:             100 * time.Millisecond,
	SampleBuild:          2 * time.Second,
	OneArticle:           300 * time.Millisecond,
	UnchangedPerSecond:   20000,
}

// WriteTable prints the report as plain-text tables: extraction, loading,
// queries, then the ratios the targets are about, each marked met or not.
func (rep *Report) WriteTable(w io.Writer, t Targets) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "newsgraph bench, %s UTC, %s, took %s\n", rep.Start.UTC().Format("2006-01-02 15:04"), rep.Machine, rep.Duration.Round(time.Second))
	for _, c := range rep.Corpora {
		fmt.Fprintf(ew, "corpus %s: %s articles, %s\n", c.Name, thousands(int64(c.Articles)), megabytes(c.Bytes))
	}
	if len(rep.Extract) > 0 {
		fmt.Fprintln(ew, "\nEXTRACT (newsgraph extract, JSON Lines in, documents out)")
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "corpus\tarticles\tcores\tseconds\tarticles/s\tarticles/CPU-s\tMB/s\tMB/CPU-s\tpeak RSS\t")
		for _, e := range rep.Extract {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f\t%s\t%s\t%.1f\t%.1f\t%s\t\n", e.Corpus, thousands(int64(e.Articles)), e.Cores,
				e.Wall.Seconds(), thousands(int64(per(float64(e.Articles), e.Wall))), thousands(int64(per(float64(e.Articles), e.CPU))),
				per(float64(e.Bytes)/1e6, e.Wall), per(float64(e.Bytes)/1e6, e.CPU), megabytes(e.PeakRSS))
		}
		tw.Flush()
		if rep.Startup.CPU > 0 {
			fmt.Fprintf(ew, "start-up (extracting a one-word article, 1 core): %.2f CPU-s, %s peak RSS; included above\n",
				rep.Startup.CPU.Seconds(), megabytes(rep.Startup.PeakRSS))
		}
	}
	if len(rep.Loads) > 0 {
		fmt.Fprintln(ew, "\nLOAD (into an empty database; rate = nodes+relationships in the graph after the route ÷ seconds)")
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "corpus\troute\tdocuments\tseconds\tnodes\trelationships\tnodes+rels/s\tvs naive\t")
		var notes []string
		for _, l := range rep.Loads {
			if l.Skipped != "" {
				notes = append(notes, fmt.Sprintf("%s, %s: not run: %s", l.Corpus, routeName(l.Route, l.Bulk), l.Skipped))
				continue
			}
			if p := phases(l.Phases); p != "" {
				notes = append(notes, fmt.Sprintf("%s, %s: %s", l.Corpus, routeName(l.Route, l.Bulk), p))
			}
			vsNaive := ""
			if n, ok := rep.load(l.Corpus, RouteNaive); ok && n.Rate() > 0 {
				vsNaive = fmt.Sprintf("%.1f×", l.Rate()/n.Rate())
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t%s\t\n", l.Corpus, routeName(l.Route, l.Bulk), thousands(int64(l.Documents)),
				l.Time.Seconds(), thousands(l.Nodes), thousands(l.Rels), thousands(int64(l.Rate())), vsNaive)
		}
		tw.Flush()
		for _, n := range notes {
			fmt.Fprintln(ew, n)
		}
		rep.checkSameGraph(ew)
	}
	if len(rep.Queries) > 0 {
		fmt.Fprintf(ew, "\nQUERIES (saved queries with their example parameters, on the %s graph)\n", rep.Queries[0].Corpus)
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "query\trows\truns\tp50 ms\tp95 ms\tmax ms\t")
		for _, q := range rep.Queries {
			if q.Err != "" {
				fmt.Fprintf(tw, "%s\t\t\t\t\tfailed: %s\t\n", q.Name, q.Err)
				continue
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t\n", q.Name, q.Rows, q.Runs, ms(q.P50), ms(q.P95), ms(q.Max))
		}
		tw.Flush()
	}
	if len(rep.Small) > 0 {
		fmt.Fprintln(ew, "\nSMALL LOADS (newsgraph as a user runs it, start-up included, on a warm server; the median of the runs)")
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "job\tarticles\truns\tseconds\tarticles/s\t")
		for _, sm := range rep.Small {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%s\t\n", sm.Name, thousands(int64(sm.Articles)), sm.Runs, sm.Median.Seconds(), thousands(int64(sm.Rate())))
		}
		tw.Flush()
	}
	fmt.Fprintln(ew, "\nRATIOS AND TARGETS")
	for _, line := range rep.Ratios(t) {
		fmt.Fprintln(ew, line)
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(ew, "note: "+n)
	}
	return ew.err
}

// Ratios states the ratios the targets are about, one line each, marked
// [met], [NOT met], or [-] when the run cannot tell.
func (rep *Report) Ratios(t Targets) []string {
	var out []string
	mark := func(ok bool) string {
		if ok {
			return "[met]"
		}
		return "[NOT met]"
	}
	for _, e := range rep.Extract {
		if e.Cores != 1 || e.CPU <= 0 {
			continue
		}
		r := per(float64(e.Articles), e.CPU)
		steady := ""
		if st := rep.Startup.CPU; st > 0 && st < e.CPU {
			steady = fmt.Sprintf(", %s without the start-up", thousands(int64(per(float64(e.Articles), e.CPU-st))))
		}
		out = append(out, fmt.Sprintf("%s extraction of the %s corpus: %s articles per CPU-second on 1 core%s (target ≥ %s)",
			mark(r >= t.ArticlesPerCPUSecond), e.Corpus, thousands(int64(r)), steady, thousands(int64(t.ArticlesPerCPUSecond))))
	}
	if len(rep.Corpora) > 1 {
		small, big := rep.Corpora[0].Name, rep.Corpora[len(rep.Corpora)-1].Name
		for _, e := range rep.Extract {
			if e.Corpus != big {
				continue
			}
			for _, s := range rep.Extract {
				if s.Corpus == small && s.Cores == e.Cores && s.PeakRSS > 0 {
					g := float64(e.PeakRSS) / float64(s.PeakRSS)
					out = append(out, fmt.Sprintf("%s peak RSS on %d core(s): %s for %s articles, %s for %s (×%.2f; target: does not grow with the corpus)",
						mark(g < 1.5), e.Cores, megabytes(s.PeakRSS), thousands(int64(s.Articles)), megabytes(e.PeakRSS), thousands(int64(e.Articles)), g))
				}
			}
		}
	}
	for _, c := range rep.Corpora {
		load, ok := rep.load(c.Name, RouteLoad)
		if !ok {
			continue
		}
		if n, ok := rep.load(c.Name, RouteNaive); ok && n.Rate() > 0 {
			r := load.Rate() / n.Rate()
			what := ""
			if n.Documents < load.Documents {
				what = fmt.Sprintf(" (naive loader on the first %s documents)", thousands(int64(n.Documents)))
			}
			out = append(out, fmt.Sprintf("%s %s: newsgraph load is %.1f× the naive loader's nodes+rels/s%s (target ≥ %.0f×)",
				mark(r >= t.VsNaive), c.Name, r, what, t.VsNaive))
		}
		if a, ok := rep.load(c.Name, RouteAdmin); ok && a.Time > 0 {
			r := load.Time.Seconds() / a.Time.Seconds()
			if b, ok := rep.load(c.Name, RouteBolt); ok {
				out = append(out, fmt.Sprintf("[-] %s: newsgraph load --bulk never (over Bolt) takes %.1f× the time of neo4j-admin import (%.1f s)",
					c.Name, b.Time.Seconds()/a.Time.Seconds(), b.Time.Seconds()))
			}
			imp := a.Phase("import")
			// neo4j-admin writes into a stopped server (Community has one
			// database), so its way from CSV files to a graph that can be
			// queried holds a stop and a start, as the bulk path does
			csvToGraph := a.Phase("stop") + imp + a.Phase("start") + a.Phase("after-import") + a.Phase("indexes")
			docsToGraph := a.Phase("export") + csvToGraph
			out = append(out, fmt.Sprintf("%s %s: %s takes %.2f× the time of neo4j-admin import (import + after-import + indexes: %.1f s; target ≤ %.1f×); "+
				"%.1f× the import command alone (%.1f s); %.2f× the way from the CSV files with the server's stop and start (stop, import, start, after-import, indexes: %.1f s); "+
				"%.2f× the whole way from documents (export, stop, import, start, after-import, indexes: %.1f s)",
				mark(r <= t.VsAdmin), c.Name, routeName(load.Route, load.Bulk), r, a.Time.Seconds(), t.VsAdmin, load.Time.Seconds()/imp.Seconds(), imp.Seconds(),
				load.Time.Seconds()/csvToGraph.Seconds(), csvToGraph.Seconds(),
				load.Time.Seconds()/docsToGraph.Seconds(), docsToGraph.Seconds()))
		}
		if csv, ok := rep.load(c.Name, RouteLoadCSV); ok && csv.Time > 0 {
			out = append(out, fmt.Sprintf("[-] %s: newsgraph load takes %.1f× the time of LOAD CSV (%.1f s)",
				c.Name, load.Time.Seconds()/csv.Time.Seconds(), csv.Time.Seconds()))
		}
	}
	if len(rep.Corpora) > 1 {
		big := rep.Corpora[len(rep.Corpora)-1]
		var ext time.Duration
		for _, e := range rep.Extract {
			if e.Corpus == big.Name && e.Cores > 1 {
				ext = e.Wall
			}
		}
		if load, ok := rep.load(big.Name, RouteLoad); ok && ext > 0 {
			total := ext + load.Time
			out = append(out, fmt.Sprintf("%s %s articles extracted (%.0f s on all cores) and loaded (%.0f s): %s (target < %s)",
				mark(total < t.EndToEnd), thousands(int64(big.Articles)), ext.Seconds(), load.Time.Seconds(),
				total.Round(time.Second), t.EndToEnd))
		}
	}
	for _, sm := range rep.Small {
		switch sm.Name {
		case SmallSample:
			out = append(out, fmt.Sprintf("%s the %d-article sample built (newsgraph build) in %.2f s on a warm server (target < %s)",
				mark(sm.Median < t.SampleBuild), sm.Articles, sm.Median.Seconds(), t.SampleBuild))
		case SmallOne:
			out = append(out, fmt.Sprintf("%s a 1-article load (newsgraph load) takes %.0f ms on a warm server (target < %.0f ms)",
				mark(sm.Median < t.OneArticle), ms(sm.Median), ms(t.OneArticle)))
		case SmallUnchanged:
			out = append(out, fmt.Sprintf("%s re-loading the %s articles of the %s corpus, unchanged, skips %s articles/s (%.1f s; target ≥ %s/s)",
				mark(sm.Rate() >= t.UnchangedPerSecond), thousands(int64(sm.Articles)), sm.Corpus, thousands(int64(sm.Rate())),
				sm.Median.Seconds(), thousands(int64(t.UnchangedPerSecond))))
		}
	}
	if len(rep.Queries) > 0 {
		var worst QueryResult
		failed, under := 0, 0
		for _, q := range rep.Queries {
			if q.Err != "" {
				failed++
				continue
			}
			if q.P95 >= worst.P95 {
				worst = q
			}
			if q.P95 < t.QueryP95 {
				under++
			}
		}
		line := fmt.Sprintf("%s saved queries on the %s graph: %d of %d under the target; the slowest p95 is %s's, %.0f ms (target < %.0f ms)",
			mark(failed == 0 && worst.P95 < t.QueryP95), rep.Queries[0].Corpus, under, len(rep.Queries), worst.Name, ms(worst.P95), ms(t.QueryP95))
		if failed > 0 {
			line += fmt.Sprintf("; %d queries failed", failed)
		}
		out = append(out, line)
	}
	return out
}

// checkSameGraph notes routes whose graph differs from newsgraph load's.
func (rep *Report) checkSameGraph(w io.Writer) {
	for _, l := range rep.Loads {
		ref, ok := rep.load(l.Corpus, RouteLoad)
		if !ok || l.Skipped != "" || l.Route == RouteLoad || l.Documents != ref.Documents {
			continue
		}
		if l.Nodes != ref.Nodes || l.Rels != ref.Rels {
			fmt.Fprintf(w, "warning: %s on %s made %d nodes and %d relationships, newsgraph load %d and %d\n",
				routeName(l.Route, l.Bulk), l.Corpus, l.Nodes, l.Rels, ref.Nodes, ref.Rels)
		}
	}
}

// load returns the result of a route that ran on a corpus.
func (rep *Report) load(corpus, route string) (LoadResult, bool) {
	for _, l := range rep.Loads {
		if l.Corpus == corpus && l.Route == route && l.Skipped == "" {
			return l, true
		}
	}
	return LoadResult{}, false
}

// routeName names a route in the table; bulk says newsgraph load took the
// bulk path.
func routeName(route string, bulk bool) string {
	switch route {
	case RouteLoad:
		if bulk {
			return "newsgraph load (bulk)"
		}
		return "newsgraph load"
	case RouteBolt:
		return "newsgraph load (Bolt)"
	case RouteNaive:
		return "naive MERGE"
	case RouteLoadCSV:
		return "LOAD CSV"
	case RouteAdmin:
		return "neo4j-admin import"
	}
	return route
}

func phases(ps []Phase) string {
	if len(ps) < 2 {
		return ""
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = fmt.Sprintf("%s %.1f s", p.Name, p.Time.Seconds())
	}
	return strings.Join(parts, ", ")
}

func per(x float64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return x / d.Seconds()
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func megabytes(b int64) string {
	if b <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f MB", float64(b)/1e6)
}

// thousands writes n with comma separators: 100,000.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	_, e.err = e.w.Write(p)
	return len(p), nil
}
