package importer

import "hash/maphash"

// idSet is a set of node ids that holds 128 bits of hash per id rather
// than the id: no pointer for the garbage collector to follow, and a
// quarter of the memory, for the million ids of a large export. Two ids
// share a hash with a chance of about n²/2¹²⁹ (below 10⁻²⁵ for a hundred
// million ids); that would report an id as exported before.
type idSet struct {
	seeds [2]maphash.Seed
	m     map[[2]uint64]struct{}
}

func newIDSet() idSet {
	return idSet{
		seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()},
		m:     make(map[[2]uint64]struct{}),
	}
}

func (s idSet) key(id string) [2]uint64 {
	return [2]uint64{maphash.String(s.seeds[0], id), maphash.String(s.seeds[1], id)}
}

func (s idSet) has(id string) bool {
	_, ok := s.m[s.key(id)]
	return ok
}

func (s idSet) add(id string) { s.m[s.key(id)] = struct{}{} }
