package graph_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
)

// TestMergeNodesSkipsOnlyWhatAddsNothing merges every record of every
// shared node of the sample's documents, in the order of the documents and
// in the reverse order, and checks each merge against the merge of every
// property: skipping a record that adds nothing must give the same node.
func TestMergeNodesSkipsOnlyWhatAddsNothing(t *testing.T) {
	docs := sampleDocuments(t)
	var records []graph.Node
	for _, d := range docs {
		nodes, _ := graph.Flatten(d)
		for _, n := range nodes {
			if n.Label.Shared() {
				records = append(records, n)
			}
		}
	}
	for _, reverse := range []bool{false, true} {
		merged := make(map[string]graph.Node)
		var same, differ int
		for i := range records {
			n := records[i]
			if reverse {
				n = records[len(records)-1-i]
			}
			old, ok := merged[n.ID]
			if !ok {
				merged[n.ID] = n
				continue
			}
			got, want := graph.MergeNodes(old, n), graph.MergeEveryProperty(old, n)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("merging %s (reverse %v): mismatch (-every property +MergeNodes):\n%s", n.ID, reverse, diff)
			}
			if cmp.Equal(old, want) {
				same++
			} else {
				differ++
			}
			merged[n.ID] = got
		}
		// The sample must hold both kinds, or the test checks nothing.
		if same == 0 || differ == 0 {
			t.Errorf("reverse %v: %d merges gave the old node, %d another: want both", reverse, same, differ)
		}
		t.Logf("reverse %v: %d records, %d merges gave the old node, %d another", reverse, len(records), same, differ)
	}
}
