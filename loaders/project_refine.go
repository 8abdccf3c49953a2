package loaders

// refineMentions corrects the project mentions read in one sentence s
// before they become nodes: quoted titles replace the fragments the head
// scanner read inside them, and mentions that name a kind rather than a
// project go (the kind each of a count of places builds, an example of a
// kind of event).
func refineMentions(s []rune, ms []projectMention) []projectMention {
	ms = preferQuotedTitles(s, ms)
	out := ms[:0:0]
	for _, m := range ms {
		if countedBuilders(s, m) || quotedEventExample(s, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// quotedEventExample reports whether m is a whole quotation of a list of
// event examples (“A”、“B热线”等各种公益活动).
func quotedEventExample(s []rune, m projectMention) bool {
	return m.Start > 0 && isOpenQuote(s[m.Start-1]) && m.End < len(s) && isCloseQuote(s[m.End]) && listOfEvents(s, m.End)
}
