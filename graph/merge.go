package graph

import "slices"

// MergeNodes returns the node the database holds after loading old and
// then n, two records of one node: n itself for the nodes that belong to
// one article, which each load replaces; for the nodes shared by articles
// (Label.Shared), each property merged by its rule (Prop.Merge), whatever
// the order of the two. Properties not of the schema are replaced, n's
// winning. The Writer merges two records of a node in one batch so, and
// the CSV export every record of a shared node.
func MergeNodes(old, n Node) Node {
	s := nodeSchemaOf(n.Label)
	if s == nil || !s.Shared {
		return n
	}
	out := make(map[string]any, len(n.Props))
	for k, v := range old.Props {
		out[k] = v
	}
	for k, v := range n.Props {
		out[k] = v
	}
	var oldName, newName, name string
	for _, p := range s.Props {
		if p.Merge == MergeName {
			oldName, _ = old.Props[p.Name].(string)
			newName, _ = n.Props[p.Name].(string)
			name = oldName
			if name == "" || (newName != "" && newName < name) {
				name = newName
			}
			out[p.Name] = name
		}
	}
	for _, p := range s.Props {
		a, b := old.Props[p.Name], n.Props[p.Name]
		switch p.Merge {
		case MergeAliases:
			all := append(append(stringList(a), stringList(b)...), oldName, newName)
			out[p.Name] = slices.DeleteFunc(SortedUnique(all), func(s string) bool { return s == name })
		case MergeUnion:
			if a != nil || b != nil {
				out[p.Name] = SortedUnique(append(stringList(a), stringList(b)...))
			}
		case MergeMax:
			x, _ := a.(string)
			if y, _ := b.(string); y > x {
				x = y
			}
			if x != "" {
				out[p.Name] = x
			} else {
				delete(out, p.Name)
			}
		}
	}
	return Node{Label: n.Label, ID: n.ID, Props: out}
}

// stringList returns a list value as a new []string.
func stringList(v any) []string {
	switch l := v.(type) {
	case []string:
		return slices.Clone(l)
	case []any:
		out := make([]string, 0, len(l))
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
