package loaders

// Indicators reads indicators (numeric statements → Indicator nodes with SETS_TARGET/REPORTS values).
func Indicators(dicts *Dictionaries) func(*Doc) error {
	return func(d *Doc) error { return nil }
}
