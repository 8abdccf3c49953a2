package loaders

// Relations reads funds and FUNDS, COOPERATES_WITH, SUPERSEDES, IMPLEMENTS.
func Relations(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error { return nil }
}
