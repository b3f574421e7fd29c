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
	if !adds(s, old, n) {
		return old
	}
	return mergeProps(s, old, n)
}

// mergeProps is MergeNodes of two records of a shared node, property by
// property.
func mergeProps(s *NodeSchema, old, n Node) Node {
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

// adds reports whether merging n into old, two records of a shared node,
// may give anything but old: false when every value of n is one old
// already holds as MergeNodes keeps it (the same name, aliases and union
// items old has, a value no greater than old's), as when an entity comes
// again as it came before: most records of a shared node, whose merge
// can then be skipped. It answers true when unsure.
func adds(s *NodeSchema, old, n Node) bool {
	var name string // old's name, which its aliases never hold
	for _, p := range s.Props {
		if p.Merge == MergeName {
			name, _ = old.Props[p.Name].(string)
		}
	}
	known := 0 // the properties of n that are of the schema
	for _, p := range s.Props {
		v, inNew := n.Props[p.Name]
		ov, inOld := old.Props[p.Name]
		if inNew {
			known++
		}
		switch p.Merge {
		case MergeAliases, MergeUnion:
			// a list old lacks would be written, possibly empty
			have, ok := ov.([]string)
			if !ok || !increasing(have) {
				return true
			}
			if !inNew {
				continue
			}
			l, ok := v.([]string)
			if !ok {
				return true
			}
			aliases := p.Merge == MergeAliases
			if aliases && slices.Contains(have, name) {
				return true
			}
			for _, x := range l {
				if !slices.Contains(have, x) && !(aliases && x == name) {
					return true
				}
			}
		case MergeName:
			if inNew && (!inOld || v != ov) {
				return true
			}
		case MergeMax:
			if !inNew {
				continue
			}
			x, ok1 := v.(string)
			y, ok2 := ov.(string)
			if !inOld || !ok1 || !ok2 || x > y {
				return true
			}
		default:
			if inNew && (!inOld || !sameValue(v, ov)) {
				return true
			}
		}
	}
	// a property not of the schema: n's replaces old's
	return known != len(n.Props)
}

// sameValue says whether two property values are equal: scalars, or
// lists of strings; anything else is not known to be.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case string, int64, float64, bool:
		return a == b
	case []string:
		y, ok := b.([]string)
		return ok && slices.Equal(x, y)
	}
	return false
}

// increasing says whether a list is sorted without repeats, as merged
// lists are.
func increasing(l []string) bool {
	for i := 1; i < len(l); i++ {
		if l[i-1] >= l[i] {
			return false
		}
	}
	return true
}
