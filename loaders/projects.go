package loaders

// Projects reads special projects (HAS_PROJECT, PART_OF).
func Projects(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error { return nil }
}
