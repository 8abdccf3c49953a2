package loaders

// Organizations reads agencies by the structure of their names, aliases, RESPONSIBLE_FOR and LOCATED_IN.
func Organizations(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error { return nil }
}
