package graph

import "testing"

func TestBaseValue(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want float64
		base string
	}{
		{1.28, "万亿元", 1.28e12, "元"},
		{12800, "亿元", 1.28e12, "元"},
		{60, "Gbps", 60e9, "bps"},
		{13, "%", 13, "%"},
		{45, "万人", 45e4, "人"},
		{3, "万", 3, "万"}, // a bare multiplier is a unit of its own
	}
	for _, tt := range tests {
		v, u := BaseValue(tt.v, tt.unit)
		if v != tt.want || u != tt.base {
			t.Errorf("BaseValue(%v, %q) = %v %q, want %v %q", tt.v, tt.unit, v, u, tt.want, tt.base)
		}
	}
}

func TestProgress(t *testing.T) {
	vs := []Value{
		{Value: 800, Unit: "亿元", Year: 2010, Kind: "target", Comparator: ">="},
		{Value: 300, Unit: "亿元", Year: 2005, Kind: "baseline"},
		{Value: 5e10, Unit: "元", Year: 2007, Kind: "actual"},
		{Value: 400, Unit: "亿元", Year: 2006, Kind: "actual"},
		{Value: 50, Unit: "%", Year: 2010, Kind: "target"},
	}
	a, tg, ratio, met, ok := Progress(vs)
	if !ok || a.Year != 2007 || tg.Year != 2010 || tg.Unit != "亿元" {
		t.Fatalf("Progress = %+v %+v %v", a, tg, ok)
	}
	if ratio != 0.625 || met {
		t.Errorf("ratio %v met %v, want 0.625 false", ratio, met)
	}
	if _, _, _, _, ok := Progress(vs[:2]); ok {
		t.Error("progress without an actual")
	}
}
