package graph

// MergeEveryProperty is MergeNodes without skipping the records that add
// nothing, to check that skipping them changes nothing.
func MergeEveryProperty(old, n Node) Node {
	s := nodeSchemaOf(n.Label)
	if s == nil || !s.Shared {
		return n
	}
	return mergeProps(s, old, n)
}
