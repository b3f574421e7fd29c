package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// DocSHA256 returns the hex SHA-256 of the document's canonical JSON: its
// encoding/json encoding as a Document (the fields in the order of the
// types, no spaces, the model's spelling of absent values), which is the
// same for a document as extracted and as read back from the JSON Lines it
// was written to. The Writer stores it in the article's `doc_sha256` and
// skips a document whose article already holds its hash: nothing of it
// would change. Unlike the article's `sha256`, which covers the cleaned
// body only, it covers everything extracted, so that an article extracted
// again by other rules is written again.
func DocSHA256(doc *Document) string {
	bp := hashBuffers.Get().(*[]byte)
	defer hashBuffers.Put(bp)
	b, ok := appendDocument((*bp)[:0], doc) // json.Marshal's bytes
	*bp = b
	if !ok {
		// A Document holds only strings, numbers, booleans and lists:
		// only a NaN or infinite score fails to encode, and Validate
		// rejects those. Without a hash the document is always written.
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// hashBuffers hold the encodings DocSHA256 hashes, for reuse.
var hashBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}
