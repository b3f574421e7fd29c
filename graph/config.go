package graph

// Config says how to reach Neo4j. The password is never printed: Config's
// String and GoString leave it out.
type Config struct {
	URI      string // bolt://, neo4j://, bolt+s://, neo4j+s://, ...
	Username string
	Password string
	Database string // "" means the server's default database
}

func (c Config) String() string {
	db := c.Database
	if db == "" {
		db = "(default)"
	}
	return c.Username + "@" + c.URI + " database " + db
}

// GoString keeps the password out of %#v.
func (c Config) GoString() string { return "graph.Config{" + c.String() + "}" }
