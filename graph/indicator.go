package graph

import (
	"sort"
	"strings"
)

// Value is one value of an indicator, as a SETS_TARGET or REPORTS
// relationship carries it.
type Value struct {
	Value      float64
	Unit       string
	Raw        string
	Year       int
	Kind       string // target, actual or baseline
	Comparator string // =, >=, <= or ~
	// Source is the plan or document the value comes from.
	Source   string
	Evidence []Evidence
}

// unitScales are the multiplier prefixes of Chinese and SI units.
var unitScales = []struct {
	prefix string
	scale  float64
}{
	{"万亿", 1e12}, {"千亿", 1e11}, {"亿", 1e8}, {"千万", 1e7}, {"百万", 1e6}, {"万", 1e4}, {"千", 1e3},
	{"T", 1e12}, {"G", 1e9}, {"M", 1e6}, {"K", 1e3}, {"k", 1e3},
}

// BaseValue returns v in its base unit (1.28 万亿元 → 1.28e12 元), so that
// values written with different multipliers compare.
func BaseValue(v float64, unit string) (float64, string) {
	for _, s := range unitScales {
		if strings.HasPrefix(unit, s.prefix) && len(unit) > len(s.prefix) {
			return v * s.scale, strings.TrimPrefix(unit, s.prefix)
		}
	}
	return v, unit
}

// SortValues orders values by year, then targets before actuals.
func SortValues(vs []Value) {
	sort.SliceStable(vs, func(i, j int) bool {
		if vs[i].Year != vs[j].Year {
			return vs[i].Year < vs[j].Year
		}
		return vs[i].Kind > vs[j].Kind
	})
}

// Progress compares the latest actual value of an indicator to the nearest
// target: the first target at or after the actual's year, else the latest
// before it. It reports false when there is no actual or no target in a
// unit the actual can be compared with.
func Progress(vs []Value) (actual, target Value, ratio float64, met bool, ok bool) {
	var actuals, targets []Value
	for _, v := range vs {
		switch v.Kind {
		case "actual":
			actuals = append(actuals, v)
		case "target":
			targets = append(targets, v)
		}
	}
	if len(actuals) == 0 || len(targets) == 0 {
		return
	}
	SortValues(actuals)
	actual = actuals[len(actuals)-1]
	av, au := BaseValue(actual.Value, actual.Unit)
	best := -1
	for i, t := range targets {
		if _, tu := BaseValue(t.Value, t.Unit); tu != au {
			continue
		}
		switch {
		case best < 0:
			best = i
		case t.Year >= actual.Year && (targets[best].Year < actual.Year || t.Year < targets[best].Year):
			best = i
		case t.Year < actual.Year && targets[best].Year < actual.Year && t.Year > targets[best].Year:
			best = i
		}
	}
	if best < 0 {
		return
	}
	target = targets[best]
	tv, _ := BaseValue(target.Value, target.Unit)
	if tv != 0 {
		ratio = av / tv
	}
	switch target.Comparator {
	case "<=":
		met = av <= tv
	default:
		met = av >= tv
	}
	return actual, target, ratio, met, true
}
