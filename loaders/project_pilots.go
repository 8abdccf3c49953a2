package loaders

// A bulletin reports a pilot it runs as 开展/启动X试点工作: 工作 after 试点
// ends the head scanner's word (试点工作 is most often the work of pilots in
// general), so the named pilot before it is read here, only when a verb
// that sets work up introduces it and its name is specific.

// pilotVerbs start or carry out a pilot (开展X试点工作, 启动X试点工作).
var pilotVerbs = map[string]bool{
	"开展": true, "启动": true, "实施": true, "推进": true, "进行": true,
	"开展了": true, "启动了": true, "推出": true,
}

// pilotWorkHead is the pilot head as the name reader extends it.
var pilotWorkHead = projectHead{word: "试点"}

// pilotWorks returns the pilots a sentence names as X试点工作.
func pilotWorks(s []rune) []projectMention {
	var out []projectMention
	for end := 2; end+2 <= len(s); end++ {
		if s[end-1] != '点' || s[end-2] != '试' || !hasStringAt(s, end, "工作") {
			continue
		}
		m, ok := mentionEndingAt(s, end, pilotWorkHead)
		if !ok {
			continue
		}
		m = cutAtVerb(m, pilotVerbs)
		if !pilotVerbs[m.Stop] || countedWorks(m.Name) || startsWithCount(m.Name) || containsAny(m.Name, namedWorkKinds) {
			continue
		}
		if n := len([]rune(m.Name)); n < 6 || !plausibleWith(m.Name, pilotWorkHead, 4) {
			continue
		}
		m.Clause = clauseBefore(s, m.Start)
		out = append(out, m)
	}
	return out
}
